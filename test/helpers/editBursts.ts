// What the edit-burst tests of pushed and pulled diagnostics share: a seeded random source, random
// edits sent to the server as the editor sends them, and the diagnostics a fresh analysis gives for
// each version the client sent, to compare the server's answers with.
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyze } from '../../server/src/analysis/analyze.ts';
import { diagnosticsFor } from '../../server/src/features/diagnostics.ts';
import { mergeSettings } from '../../server/src/features/settings.ts';
import { engine } from './engine.ts';
import type { TestClient } from './lspClient.ts';

/** The figure at the caret is not held back while typing, so that answers compare with a fresh analysis. */
export const BURST_SETTINGS = { diagnostics: { typingPauseMs: 0 } };
const PASTES = ['超过5万亿tokens', 'GPT-3拥有1750亿参数。', '提升了3.5倍', '融资10亿美元', '\n\n## 新的一节\n\n', '，据华为介绍，', '约2000亿参数', '99.9%'];

export function rng(seed: number) {
  return () => {
    seed = (seed * 1664525 + 1013904223) >>> 0;
    return seed / 2 ** 32;
  };
}

const key = (d: Diagnostic) => `${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character} ${d.code} ${d.message}`;
/** Diagnostics as sorted comparable strings. */
export const diagnosticKeys = (items: Diagnostic[]) => items.map(key).sort();

/** One Markdown document under random edits, with every version's text as the client sent it. */
export class EditBurst {
  private readonly texts = new Map<number, string>();
  private readonly expected = new Map<number, string[]>();
  private readonly settings = mergeSettings(BURST_SETTINGS);

  constructor(private readonly client: TestClient, readonly uri: string, base: string) {
    this.texts.set(client.document(uri).version, base);
  }

  /** Whether the client sent this version. */
  has(version: number): boolean {
    return this.texts.has(version);
  }

  /** A fresh analysis of the text at `version`, as diagnostic keys (the server uses nodejieba too, once loaded). */
  fresh(version: number): string[] {
    let known = this.expected.get(version);
    if (!known) {
      const text = this.texts.get(version)!;
      const document = TextDocument.create(this.uri, 'markdown', version, text);
      const { analysis } = analyze(text, engine(), { markdown: true });
      known = diagnosticKeys(diagnosticsFor({ uri: this.uri, document, analysis, kb: engine().kb, path: 'doc.md', orphaned: [] }, this.settings, 'en'));
      this.expected.set(version, known);
    }
    return known;
  }

  /** One random edit: an insert of a figure or of text, a deletion, or a replacement; never between the halves of a surrogate pair. */
  async randomEdit(rand: () => number): Promise<void> {
    const { client, uri } = this;
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
    // the client's own copy, then the notification (as TestClient.edit does)
    (client as unknown as { docs: Map<string, TextDocument> }).docs.set(uri, next);
    this.texts.set(next.version, next.getText());
    await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: next.version }, contentChanges: [{ range, text: insert }] });
  }
}
