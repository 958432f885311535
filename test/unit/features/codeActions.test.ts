// Code actions, called on an analysis without a server: quick fixes on figure diagnostics, unmark
// on a verified figure, add-to-knowledge on a name found by its form; the VS Code client's
// commands or the server's, depending on who asks.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { CodeActionParams } from 'vscode-languageserver/node';
import { CLIENT_COMMANDS, SERVER_COMMANDS, type FigureData } from '../../../protocol/index.ts';
import { codeActions } from '../../../server/src/features/codeActions.ts';
import { diagnosticsFor } from '../../../server/src/features/diagnostics.ts';
import { DEFAULT_SETTINGS } from '../../../server/src/features/settings.ts';
import { analysedDocument, offsetOf } from '../../helpers/features.ts';
import type { AnalysedDocument } from '../../../server/src/features/context.ts';

const TEXT = '华为发布盘古大模型5.0，参数规模达到1000亿。新发布的StarGPT表现不错。';

function params(doc: AnalysedDocument, needle: string, withDiagnostics = true): CodeActionParams {
  const at = offsetOf(doc, needle, 1);
  const position = doc.document.positionAt(at);
  const diagnostics = withDiagnostics
    ? diagnosticsFor(doc, DEFAULT_SETTINGS, 'en').filter((d) => doc.document.offsetAt(d.range.start) <= at && at <= doc.document.offsetAt(d.range.end))
    : [];
  return { textDocument: { uri: doc.uri }, range: { start: position, end: position }, context: { diagnostics } };
}

test('on an unverified figure: mark as verified (preferred) and ignore, with the anchor the commands need', () => {
  const doc = analysedDocument(TEXT);
  const actions = codeActions(doc, params(doc, '1000亿'), 'en', true);
  assert.deepEqual(actions.map((a) => a.command?.command), [CLIENT_COMMANDS.markVerified, SERVER_COMMANDS.ignoreFigure]);
  assert.equal(actions[0].isPreferred, true);
  const [uri, data] = actions[0].command!.arguments as [string, FigureData];
  assert.equal(uri, doc.uri);
  assert.equal(data.figure.text, '1000亿');
  assert.equal(data.anchor?.quote, '1000亿');
  assert.ok(data.anchor!.prefix.endsWith('达到'));
});

test('another editor than VS Code gets the server\'s commands', () => {
  const doc = analysedDocument(TEXT);
  const actions = codeActions(doc, params(doc, '1000亿'), 'zh-cn', false);
  assert.equal(actions[0].command?.command, SERVER_COMMANDS.markVerified);
  assert.match(actions[0].title, /核实/);
});

test('with diagnostics switched off, the cursor on a figure still offers to verify it', () => {
  const doc = analysedDocument(TEXT);
  const actions = codeActions(doc, params(doc, '1000亿', false), 'en');
  assert.deepEqual(actions.map((a) => a.command?.command), [CLIENT_COMMANDS.markVerified]);
});

test('on a verified figure: unmark', () => {
  const records = [{ id: 'v-1', path: 'doc.txt', quote: '1000亿', prefix: '参数规模达到', suffix: '。新发布的', source: 's', verifiedAt: '2024-01-01T00:00:00Z' }];
  const doc = analysedDocument(TEXT, { records });
  assert.equal(doc.analysis.figures.find((f) => f.text === '1000亿')?.status, 'verified');
  const actions = codeActions(doc, params(doc, '1000亿'), 'en');
  assert.deepEqual(actions.map((a) => [a.command?.command, a.command?.arguments]), [[SERVER_COMMANDS.unmarkVerified, ['v-1']]]);
});

test('on a name the knowledge base lacks: add it; on a known one: nothing', () => {
  const doc = analysedDocument(TEXT);
  const unknown = doc.analysis.entities.find((e) => e.via === 'pattern')!;
  const actions = codeActions(doc, params(doc, unknown.text, false), 'en');
  assert.equal(actions.length, 1);
  assert.equal(actions[0].command?.command, CLIENT_COMMANDS.addToKnowledge);
  assert.deepEqual(actions[0].command?.arguments, [{ kind: unknown.kind, name: unknown.canonical, vendorId: unknown.vendorId }]);
  assert.deepEqual(codeActions(doc, params(doc, '华为', false), 'en'), []);
});
