// Pushed diagnostics (textDocument/publishDiagnostics) never describe an outdated document: bursts
// of random edits (inserts, deletions, pastes of figures), with pauses of random length between
// them, under several seeds, and a settings change in the middle of a burst (which publishes every
// document again). Every notification names the version it describes, and its diagnostics equal
// a fresh analysis of the text at that version; once the edits stop, the last one is of the last
// version.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyze } from '../../server/src/analysis/analyze.ts';
import { diagnosticsFor } from '../../server/src/features/diagnostics.ts';
import { mergeSettings } from '../../server/src/features/settings.ts';
import { engine } from '../helpers/engine.ts';
import { TestClient } from '../helpers/lspClient.ts';

const SEEDS = [5, 17, 29];
const EDITS = 60;
/** The figure at the caret is not held back while typing, so that notifications compare with a fresh analysis. */
const SETTINGS = { diagnostics: { typingPauseMs: 0 } };
const PASTES = ['超过5万亿tokens', 'GPT-3拥有1750亿参数。', '提升了3.5倍', '融资10亿美元', '\n\n## 新的一节\n\n', '，据华为介绍，', '约2000亿参数', '99.9%'];

function rng(seed: number) {
  return () => {
    seed = (seed * 1664525 + 1013904223) >>> 0;
    return seed / 2 ** 32;
  };
}

const key = (d: Diagnostic) => `${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character} ${d.code} ${d.message}`;
const keys = (items: Diagnostic[]) => items.map(key).sort();

describe('push diagnostics under edit bursts', () => {
  const client = new TestClient({ settings: SETTINGS });
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
    await client.waitForDiagnostics(uri, (d) => d.length > 0);
    for (let i = 0; i < 100 && !client.logs.some((l) => l.includes('word segmentation ready')); i++) await new Promise((r) => setTimeout(r, 100));
    assert.ok(client.logs.some((l) => l.includes('word segmentation ready')), 'the server has loaded word segmentation');
  });
  after(() => client.close());

  /** One random edit: an insert of a figure or of text, a deletion, or a replacement. */
  async function randomEdit(rand: () => number) {
    const doc = client.document(uri);
    const text = doc.getText();
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
    (client as unknown as { docs: Map<string, TextDocument> }).docs.set(uri, next);
    texts.set(next.version, next.getText());
    await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: next.version }, contentChanges: [{ range, text: insert }] });
  }

  for (const seed of SEEDS) {
    test(`seed ${seed}: every notification describes the version it names`, { timeout: 120_000 }, async () => {
      const rand = rng(seed);
      const from = client.published.length;
      for (let i = 0; i < EDITS; i++) {
        await randomEdit(rand);
        // a settings change publishes every open document again, whatever its analysis is of
        if (i === EDITS / 3 || i === EDITS / 2) await client.changeSettings(SETTINGS);
        if (rand() < 0.3) await new Promise((r) => setTimeout(r, Math.floor(rand() * 60)));
      }
      const last = client.document(uri).version;
      await client.waitForDiagnostics(uri, () => true, 60_000);
      const seen = client.published.slice(from).filter((p) => p.uri === uri);
      assert.ok(seen.length >= 2, `${seen.length} notifications`);
      for (const p of seen) {
        assert.ok(p.version !== undefined && texts.has(p.version), `a notification names a version the client sent: ${p.version}`);
        const got = keys(p.diagnostics);
        assert.deepEqual(got, fresh(p.version!), `the diagnostics published for version ${p.version} are that version's`);
      }
      assert.equal(seen[seen.length - 1].version, last, 'the last notification is of the last version');
    });
  }
});
