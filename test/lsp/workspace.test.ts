// The workspace index over LSP: the documents a user edits, no others. A file excluded by
// aiAnnotator.exclude, files.exclude or .gitignore neither lists as a document nor conflicts.
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { REQUESTS } from '../../protocol/index.ts';
import { TestClient } from '../helpers/lspClient.ts';

const client = new TestClient();
const uriOf = (rel: string) => pathToFileURL(join(client.root, rel)).toString();

before(async () => {
  for (const [rel, text] of [
    ['drafts/old.md', 'GPT-4o拥有1.8万亿参数。\n'],
    ['vendor/copy.txt', 'GPT-4o拥有1.8万亿参数。\n'],
    ['ignored/x.txt', 'GPT-4o拥有1.8万亿参数。\n'],
    ['notes/keep.md', '华为发布盘古大模型。\n'],
  ]) {
    mkdirSync(join(client.root, rel, '..'), { recursive: true });
    writeFileSync(join(client.root, rel), text);
  }
  writeFileSync(join(client.root, '.gitignore'), 'ignored/\n');
  client.filesExclude = { '**/vendor': true };
  await client.initialize();
});
after(() => client.close());

/** The documents the server lists, once they have `count` entries (settings are read after initialization). */
async function documents(count: number): Promise<string[]> {
  let now: string[] = [];
  for (let i = 0; i < 50; i++) {
    now = await client.request<string[]>(REQUESTS.documents, { folder: pathToFileURL(client.root).toString() });
    if (now.length === count) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  return now;
}

test('the documents request lists what the index takes, and follows aiAnnotator.exclude', async () => {
  assert.deepEqual(await documents(2), [uriOf('drafts/old.md'), uriOf('notes/keep.md')], 'not vendor/ (files.exclude), not ignored/ (.gitignore)');
  await client.changeSettings({ exclude: ['drafts/**'] });
  assert.deepEqual(await documents(1), [uriOf('notes/keep.md')]);
});

test('an excluded document makes no cross-document conflict', async () => {
  await client.changeSettings({});
  const a = await client.open('a.md', 'GPT-4o的参数量约为2000亿参数，这是外界的估计。\n');
  const d = await client.waitForDiagnostics(a, (x) => x.some((y) => y.code === 'figure-conflict'), 30000);
  assert.deepEqual(d.filter((x) => x.code === 'figure-conflict').map((x) => x.relatedInformation?.[0].location.uri), [uriOf('drafts/old.md')], 'only the draft: vendor/ and ignored/ are excluded');
  await client.changeSettings({ exclude: ['drafts/'] });
  await client.waitForDiagnostics(a, (x) => x.length > 0 && !x.some((y) => y.code === 'figure-conflict'), 30000);
});

test('a closed document that is not on disk conflicts no more', async () => {
  await client.changeSettings({});
  const first = await client.open('unsaved-1.md', '该实验室发布了Zephyrus-3.5，其总参数为700亿。\n');
  const second = await client.open('unsaved-2.md', '该实验室发布了Zephyrus-3.5，其总参数为900亿。\n');
  const d = await client.waitForDiagnostics(second, (x) => x.some((y) => y.code === 'figure-conflict'), 30000);
  assert.ok(d.some((y) => y.relatedInformation?.some((r) => r.location.uri === first)), 'the open draft is the other place');
  await client.closeDocument(first);
  await client.waitForDiagnostics(second, (x) => x.length > 0 && !x.some((y) => y.code === 'figure-conflict'), 30000);
});
