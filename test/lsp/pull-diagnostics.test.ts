// Pull diagnostics (textDocument/diagnostic) never describe an outdated document: bursts of
// random edits (inserts, deletions, pastes of figures), with pulls sent in between and some of
// them cancelled as VS Code cancels a pull when the document changes, under several seeds. Every
// answer must equal a fresh analysis of the text at a version that was current while the
// request was out (sent … answered); a request that raced an edit may instead be refused with
// ServerCancelled (the client asks again) or RequestCancelled. `unchanged` stands for the report
// it names, so it is held to the same rule.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { CancellationTokenSource, type Diagnostic } from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyze } from '../../server/src/analysis/analyze.ts';
import { diagnosticsFor } from '../../server/src/features/diagnostics.ts';
import { mergeSettings } from '../../server/src/features/settings.ts';
import { engine } from '../helpers/engine.ts';
import { TestClient } from '../helpers/lspClient.ts';

const SEEDS = [11, 23, 47];
const EDITS = 60;
/** The figure at the caret is not held back while typing, so that answers compare with a fresh analysis. */
const SETTINGS = { diagnostics: { typingPauseMs: 0 } };
const PASTES = ['超过5万亿tokens', 'GPT-3拥有1750亿参数。', '提升了3.5倍', '融资10亿美元', '\n\n## 新的一节\n\n', '，据华为介绍，', '约2000亿参数', '99.9%'];
const SERVER_CANCELLED = -32802;
const REQUEST_CANCELLED = -32800;

function rng(seed: number) {
  return () => {
    seed = (seed * 1664525 + 1013904223) >>> 0;
    return seed / 2 ** 32;
  };
}

type Report = { kind: 'full'; resultId?: string; items: Diagnostic[] } | { kind: 'unchanged'; resultId: string };
interface Answer { sent: number; received: number; report?: Report; error?: { code?: number; message: string } }

const key = (d: Diagnostic) => `${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character} ${d.code} ${d.message}`;
const keys = (items: Diagnostic[]) => items.map(key).sort();

describe('pull diagnostics under edit bursts', () => {
  const client = new TestClient({ pull: true, settings: SETTINGS });
  const settings = mergeSettings(SETTINGS);
  const base = readFileSync(join(__dirname, '..', 'fixtures', 'heldout', '004_qwen25_family_md.txt'), 'utf8');
  /** Each version's text, as the client sent it. */
  const texts = new Map<number, string>();
  const expected = new Map<number, string[]>();
  let uri: string;

  /** A fresh analysis of the text at `version`, as diagnostics (the server uses nodejieba too, once loaded). */
  function fresh(version: number): string[] {
    let known = expected.get(version);
    if (!known) {
      const text = texts.get(version)!;
      const document = TextDocument.create(uri, 'markdown', version, text);
      const { analysis } = analyze(text, engine(), { markdown: true });
      known = keys(diagnosticsFor({ uri, document, analysis, kb: engine().kb, path: 'doc.md', orphaned: [] }, settings, 'en'));
      expected.set(version, known);
    }
    return known;
  }

  before(async () => {
    await client.initialize();
    uri = await client.open('doc.md', base);
    texts.set(1, base);
    // the engine with word segmentation, as in this process
    await client.pullDiagnostics(uri, (d) => d.length > 0);
    for (let i = 0; i < 100 && !client.logs.some((l) => l.includes('word segmentation ready')); i++) await new Promise((r) => setTimeout(r, 100));
    assert.ok(client.logs.some((l) => l.includes('word segmentation ready')), 'the server has loaded word segmentation');
  });
  after(() => client.close());

  /** One random edit: an insert of a figure or of text, a deletion, or a replacement. */
  async function randomEdit(rand: () => number) {
    const doc = client.document(uri);
    const text = doc.getText();
    // never between the two halves of a surrogate pair
    const at = (x: number) => {
      let o = Math.floor(x * text.length);
      if (o > 0 && /[\udc00-\udfff]/.test(text[o] ?? '')) o--;
      return o;
    };
    const start = at(rand());
    const kind = rand();
    const length = kind < 0.4 ? 0 : Math.min(text.length - start, 1 + Math.floor(rand() * 30));
    let end = start + length;
    if (/[\udc00-\udfff]/.test(text[end] ?? '')) end++;
    const insert = kind < 0.7 ? PASTES[Math.floor(rand() * PASTES.length)] : '';
    const range = { start: doc.positionAt(start), end: doc.positionAt(end) };
    const next = TextDocument.update(doc, [{ range, text: insert }], doc.version + 1);
    // the client's own copy, then the notification (as TestClient.edit does)
    (client as unknown as { docs: Map<string, TextDocument> }).docs.set(uri, next);
    texts.set(next.version, next.getText());
    await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: next.version }, contentChanges: [{ range, text: insert }] });
  }

  function pull(previousResultId: string | undefined, token?: CancellationTokenSource): Promise<Answer> {
    const sent = client.document(uri).version;
    const params = { textDocument: { uri }, previousResultId };
    const request = token ? client.connection.sendRequest<Report>('textDocument/diagnostic', params, token.token) : client.connection.sendRequest<Report>('textDocument/diagnostic', params);
    return request.then(
      (report) => ({ sent, received: client.document(uri).version, report }),
      (error: { code?: number; message: string }) => ({ sent, received: client.document(uri).version, error }),
    );
  }

  for (const seed of SEEDS) {
    test(`seed ${seed}: every answer describes a version current while it was asked for`, { timeout: 120_000 }, async () => {
      const rand = rng(seed);
      const answers: Array<Promise<Answer>> = [];
      const reports = new Map<string, Diagnostic[]>();
      let inflight: CancellationTokenSource | undefined;
      let lastResultId: string | undefined;
      const remember = (a: Answer) => {
        if (a.report?.kind === 'full' && a.report.resultId) { reports.set(a.report.resultId, a.report.items); lastResultId = a.report.resultId; }
        return a;
      };
      for (let i = 0; i < EDITS; i++) {
        await randomEdit(rand);
        // VS Code cancels an outstanding pull when the document changes, then pulls again
        if (inflight && rand() < 0.5) inflight.cancel();
        if (rand() < 0.35) {
          inflight = new CancellationTokenSource();
          answers.push(pull(lastResultId, inflight).then(remember));
        }
        if (rand() < 0.25) await new Promise((r) => setTimeout(r, Math.floor(rand() * 60)));
      }
      answers.push(pull(lastResultId).then(remember));
      const settled = await Promise.all(answers);
      const final = settled[settled.length - 1];
      assert.ok(final.report, `the last pull, raced by nothing, is answered: ${JSON.stringify(final.error)}`);

      let answered = 0;
      for (const a of settled) {
        if (a.error) {
          assert.ok([SERVER_CANCELLED, REQUEST_CANCELLED].includes(a.error.code!), `only a cancellation may refuse a pull: ${JSON.stringify(a.error)}`);
          continue;
        }
        answered++;
        const items = a.report!.kind === 'full' ? a.report!.items : reports.get(a.report!.resultId);
        assert.ok(items, `unchanged names a report the client has: ${a.report!.resultId}`);
        const got = keys(items!);
        const versions = Array.from({ length: a.received - a.sent + 1 }, (_, k) => a.sent + k);
        const match = versions.find((v) => JSON.stringify(fresh(v)) === JSON.stringify(got));
        assert.ok(match !== undefined, `a ${a.report!.kind} answer to a pull sent at version ${a.sent}, received at ${a.received}, matches none of those versions: ${got.length} items, e.g. ${got.slice(0, 3).join(' | ')}; expected e.g. ${fresh(a.received).slice(0, 3).join(' | ')}`);
      }
      assert.ok(answered >= 2, `${answered} answers`);

      // the same report again: unchanged; after a content change, never
      const resultId = (final.report as { resultId: string }).resultId;
      assert.equal((await pull(resultId)).report?.kind, 'unchanged');
      await randomEdit(rand);
      assert.equal((await pull(resultId)).report?.kind, 'full');
    });
  }
});
