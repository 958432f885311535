// The language server's word segmenter: the aiAnnotator.segmenter setting, a change of it at
// run time, and the server without nodejieba (the universal package), which falls back to the
// WebAssembly segmenter and still drops a name that a word crosses (华为 in 中华为民).
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import type { DocumentSymbol } from 'vscode-languageserver-protocol';
import { TestClient } from '../helpers/lspClient.ts';

const TEXT = '中华为民是一句口号。华为发布了盘古大模型。';

async function until(what: string, check: () => boolean | Promise<boolean>, timeoutMs = 20_000) {
  const end = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** How many mentions of 华为 the document symbols count (its detail says "Vendor ×N"). */
async function huaweiMentions(client: TestClient, uri: string): Promise<number> {
  const symbols = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
  const flat: DocumentSymbol[] = [];
  const walk = (list: DocumentSymbol[]) => list.forEach((s) => { flat.push(s); walk(s.children ?? []); });
  walk(symbols);
  const huawei = flat.find((s) => s.name === '华为');
  return Number(/×(\d+)/.exec(huawei?.detail ?? '')?.[1] ?? (huawei ? 1 : 0));
}

const ready = (client: TestClient, which: string) => client.logs.some((l) => l.includes(`word segmentation ready (${which})`));

test('aiAnnotator.segmenter: wasm loads jieba-wasm, and a change to native swaps it at run time', async () => {
  const client = new TestClient({ settings: { segmenter: 'wasm' } });
  try {
    await client.initialize();
    const uri = await client.open('a.txt', TEXT);
    await until('jieba-wasm', () => ready(client, 'jieba-wasm'));
    assert.ok(!ready(client, 'nodejieba'), client.logs.join('\n'));
    // 华为 inside 中华为民 is dropped once the segmenter answers
    await until('one 华为', async () => (await huaweiMentions(client, uri)) === 1);
    await client.changeSettings({ segmenter: 'native' });
    await until('nodejieba', () => ready(client, 'nodejieba'));
    await until('one 华为', async () => (await huaweiMentions(client, uri)) === 1);
  } finally {
    await client.close();
  }
});

test('a server without node_modules (no nodejieba) falls back to jieba-wasm on auto', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'ai-annotator-universal-'));
  cpSync(join(process.cwd(), 'server', 'out'), join(dir, 'server', 'out'), { recursive: true });
  const env = { ...process.env };
  delete env.AI_ANNOTATE_SEGMENTER;
  const client = new TestClient({ server: join(dir, 'server', 'out', 'server.js'), env });
  try {
    await client.initialize();
    const uri = await client.open('a.txt', TEXT);
    await until('jieba-wasm', () => ready(client, 'jieba-wasm'));
    assert.ok(client.logs.some((l) => l.includes('nodejieba cannot load here')), client.logs.join('\n'));
    await until('one 华为', async () => (await huaweiMentions(client, uri)) === 1);
  } finally {
    await client.close();
  }
});

test('AI_ANNOTATE_SEGMENTER chooses for a server whose setting says auto', async () => {
  const client = new TestClient({ env: { ...process.env, AI_ANNOTATE_SEGMENTER: 'wasm' } });
  try {
    await client.initialize();
    await client.open('a.txt', TEXT);
    await until('jieba-wasm', () => ready(client, 'jieba-wasm'));
  } finally {
    await client.close();
  }
});
