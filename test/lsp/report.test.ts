// aiAnnotator/report over stdio: the report of an open document (its current version) and of
// every text file of the workspace folder, open or not, without files outside it.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, test } from 'node:test';
import type { ReportData } from '../../protocol/index.ts';
import { TestClient } from '../helpers/lspClient.ts';

const OPEN = '智谱的GLM-4参数量达到9000亿，GPT-4o用户超过2亿。\n今年整个行业的融资增长了30%。';
const ON_DISK = '百度文心一言用户突破3亿。\n华为的盘古3.0训练数据超过3万亿tokens。';

describe('aiAnnotator/report', () => {
  const root = mkdtempSync(join(tmpdir(), 'ai-annotator-report-'));
  mkdirSync(join(root, 'docs'));
  writeFileSync(join(root, 'docs', 'disk.md'), ON_DISK);
  writeFileSync(join(root, 'notes.json'), '{"not": "a text file"}');
  const client = new TestClient({ root });
  let uri: string;
  let outside: string;
  before(async () => {
    await client.initialize();
    uri = await client.open('open.txt', OPEN);
    outside = pathToFileURL(join(mkdtempSync(join(tmpdir(), 'ai-annotator-outside-')), 'x.md')).toString();
    await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: outside, languageId: 'markdown', version: 1, text: ON_DISK } });
  });
  after(() => client.close());

  test('the report of an open document follows its edits', async () => {
    const first = await client.request<ReportData>('aiAnnotator/report', { uri });
    assert.equal(first.scope, 'document');
    assert.equal(first.uri, uri);
    assert.deepEqual(first.paths, ['open.txt']);
    const glm = first.figures.find((f) => f.text === '9000亿')!;
    assert.equal(glm.subjectId, 'model:glm-4');
    assert.equal(glm.status, 'unverified');
    assert.deepEqual(glm.range.start, client.positionOf(uri, '9000亿'));
    assert.ok(first.timeline.some((m) => m.id === 'model:gpt-4o' && m.released));
    assert.equal(first.vendors.find((v) => v.id === 'vendor:zhipu')?.count, 1);

    await client.edit(uri, '智谱的GLM-4', '智谱的GLM-4和智谱AI');
    const second = await client.request<ReportData>('aiAnnotator/report', { uri });
    assert.equal(second.version, 2);
    assert.equal(second.vendors.find((v) => v.id === 'vendor:zhipu')?.count, 2);
    assert.deepEqual(second.figures.find((f) => f.text === '9000亿')!.range.start, client.positionOf(uri, '9000亿'));
  });

  test('the workspace report holds the files on disk and the open ones, not files outside the folder', async () => {
    const ws = await client.request<ReportData>('aiAnnotator/report', { workspace: true });
    assert.equal(ws.scope, 'workspace');
    assert.deepEqual(ws.paths, ['docs/disk.md', 'open.txt']);
    const disk = ws.figures.find((f) => f.path === 'docs/disk.md' && f.text === '3亿')!;
    assert.equal(disk.uri, pathToFileURL(join(root, 'docs', 'disk.md')).toString());
    assert.deepEqual(disk.range, { start: { line: 0, character: 10 }, end: { line: 0, character: 12 } });
    assert.equal(ws.figures.filter((f) => f.uri === outside).length, 0);
    const huawei = ws.vendors.find((v) => v.id === 'vendor:huawei');
    assert.equal(huawei?.count, 1, 'the file outside the folder (which also names 华为) is not counted');
  });

  test('no answer for a document it cannot read', async () => {
    assert.equal(await client.request('aiAnnotator/report', { uri: pathToFileURL(join(root, 'missing.md')).toString() }), null);
    assert.equal(await client.request('aiAnnotator/report', {}), null);
  });
});
