// The verification workflow of issue 4, over stdio: records written to
// .ai-annotator/verifications.json, anchored through edits, stale when the figure changes,
// orphaned when it is gone, a corrupt file reported and left alone, disk edits picked up,
// workspace knowledge used at once, and conflicts across documents.
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { CodeAction, Diagnostic, Hover } from 'vscode-languageserver-protocol';
import { anchorFor } from '../../server/src/analysis/anchoring.ts';
import { TestClient } from '../helpers/lspClient.ts';

const TEXT = [
  '# 盘古政务大模型',
  '',
  '据介绍，盘古政务大模型通过对超过20万条政务数据进行精调。',
  '',
  '在实际应用中，办结时间缩短5分钟以上，平均节省研发成本80%以上。',
  '',
].join('\n');

const hoverText = (h: Hover | null) => (h && typeof h.contents === 'object' && 'value' in h.contents ? h.contents.value : '');
const figureDiag = (client: TestClient, uri: string, text: string) => (d: Diagnostic[]) => d.some((x) => client.document(uri).getText(x.range) === text);
const noFigureDiag = (client: TestClient, uri: string, text: string) => (d: Diagnostic[]) => !figureDiag(client, uri, text)(d);

describe('verification workflow', () => {
  const client = new TestClient();
  const file = () => join(client.root, '.ai-annotator', 'verifications.json');
  let uri: string;

  before(async () => {
    await client.initialize();
    uri = await client.open('gov.md', TEXT);
  });
  after(() => client.close());

  test('mark as verified through the code action writes a record and clears the diagnostic', async () => {
    const diags = await client.waitForDiagnostics(uri, figureDiag(client, uri, '5分钟以上'));
    const d = diags.find((x) => client.document(uri).getText(x.range) === '5分钟以上')!;
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: d.range, context: { diagnostics: [d] } });
    const verify = actions.find((a) => a.title === 'Mark as verified…')!;
    const result = await client.command<{ ok: boolean; id: string }>(verify.command!.command, ...verify.command!.arguments!, 'https://example.org/pangu-gov', 'checked with the case study', 'tester');
    assert.ok(result.ok);
    const onDisk = JSON.parse(readFileSync(file(), 'utf8'));
    const record = onDisk.verifications.find((r: { id: string }) => r.id === result.id);
    assert.equal(record.quote, '5分钟以上');
    assert.equal(record.path, 'gov.md');
    assert.equal(record.source, 'https://example.org/pangu-gov');
    assert.equal(record.verifiedBy, 'tester');
    assert.ok(record.prefix.endsWith('办结时间缩短'));
    await client.waitForDiagnostics(uri, noFigureDiag(client, uri, '5分钟以上'));
    const hover = hoverText(await client.request<Hover>('textDocument/hover', { textDocument: { uri }, position: client.positionOf(uri, '5分钟以上') }));
    assert.match(hover, /Status: \*\*verified\*\*/);
    assert.match(hover, /Verified by tester on \d{4}-\d{2}-\d{2}; source: https:\/\/example\.org\/pangu-gov/);
  });

  test('edits before, after and around the figure keep it verified', async () => {
    await client.edit(uri, '# 盘古政务大模型', '# 盘古政务大模型：落地案例\n\n新增的一段导语，提到华为。');
    await client.edit(uri, '平均节省', '平均可节省');
    await client.edit(uri, '办结时间缩短', '办结时间平均缩短');
    const diags = await client.waitForDiagnostics(uri, figureDiag(client, uri, '超过20万条'));
    assert.ok(noFigureDiag(client, uri, '5分钟以上')(diags), 'still verified after edits');
  });

  test('reopening the document finds the record again', async () => {
    const text = client.document(uri).getText();
    await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
    const again = await client.open('gov.md', text);
    const diags = await client.waitForDiagnostics(again, figureDiag(client, again, '超过20万条'));
    assert.ok(noFigureDiag(client, again, '5分钟以上')(diags));
  });

  test('changing the number makes it unverified again, and the hover says why', async () => {
    await client.edit(uri, '5分钟以上', '8分钟以上');
    const diags = await client.waitForDiagnostics(uri, figureDiag(client, uri, '8分钟以上'));
    const d = diags.find((x) => client.document(uri).getText(x.range) === '8分钟以上')!;
    assert.equal(d.code, 'verification-stale');
    const hover = hoverText(await client.request<Hover>('textDocument/hover', { textDocument: { uri }, position: client.positionOf(uri, '8分钟以上') }));
    assert.match(hover, /verified, but its text has changed since/);
  });

  test('deleting the figure leaves the record, reported as orphaned at the top', async () => {
    await client.edit(uri, '在实际应用中，办结时间平均缩短8分钟以上，', '');
    const diags = await client.waitForDiagnostics(uri, (d) => d.some((x) => x.code === 'verification-orphaned'));
    const orphan = diags.find((x) => x.code === 'verification-orphaned')!;
    assert.deepEqual(orphan.range.start, { line: 0, character: 0 });
    assert.equal(orphan.severity, 3);
    assert.match(String(orphan.message), /5分钟以上/);
    const onDisk = JSON.parse(readFileSync(file(), 'utf8'));
    assert.ok(onDisk.verifications.some((r: { quote: string }) => r.quote === '5分钟以上'), 'the record is kept');
  });

  test('unmark removes the record', async () => {
    await client.edit(uri, '平均可节省', '在实际应用中，办结时间缩短5分钟以上，平均可节省');
    const diags = await client.waitForDiagnostics(uri, (d) => !d.some((x) => x.code === 'verification-orphaned'));
    assert.ok(noFigureDiag(client, uri, '5分钟以上')(diags), 'verified again once the text is back');
    const record = JSON.parse(readFileSync(file(), 'utf8')).verifications[0];
    await client.command('aiAnnotator.server.unmarkVerified', record.id);
    await client.waitForDiagnostics(uri, figureDiag(client, uri, '5分钟以上'));
    assert.equal(JSON.parse(readFileSync(file(), 'utf8')).verifications.length, 0);
  });

  test('ignore this figure: no diagnostic, the figure is still recognised', async () => {
    const diags = await client.waitForDiagnostics(uri, figureDiag(client, uri, '80%以上'));
    const d = diags.find((x) => client.document(uri).getText(x.range) === '80%以上')!;
    await client.command('aiAnnotator.server.ignoreFigure', uri, d.data);
    await client.waitForDiagnostics(uri, noFigureDiag(client, uri, '80%以上'));
    const hover = hoverText(await client.request<Hover>('textDocument/hover', { textDocument: { uri }, position: client.positionOf(uri, '80%以上') }));
    assert.match(hover, /80%/);
  });

  test('a corrupt file gets a diagnostic, stays byte-for-byte unchanged, and nothing else breaks', async () => {
    const corrupt = '{ "verifications": [ { "id": "v1", "path": ';
    writeFileSync(file(), corrupt);
    await client.fileChanged(file());
    const problems = await client.waitForDiagnostics(new URL(`file://${file()}`).toString(), (d) => d.length > 0);
    assert.equal(problems[0].code, 'workspace-file-invalid');
    assert.match(String(problems[0].message), /Invalid JSON/);
    // marking another figure must not overwrite the broken file
    const diags = await client.waitForDiagnostics(uri, figureDiag(client, uri, '超过20万条'));
    const d = diags.find((x) => client.document(uri).getText(x.range) === '超过20万条')!;
    const result = await client.command<{ ok: boolean; error?: string }>('aiAnnotator.server.markVerified', uri, d.data, 'source');
    assert.equal(result.ok, false);
    assert.match(result.error ?? '', /not valid/);
    assert.equal(readFileSync(file(), 'utf8'), corrupt);
    const hover = await client.request<Hover>('textDocument/hover', { textDocument: { uri }, position: client.positionOf(uri, '华为', 0, 1) });
    assert.match(hoverText(hover), /Huawei/);
  });

  test('a change made on disk by someone else is picked up by the open document', async () => {
    const diags = await client.waitForDiagnostics(uri, figureDiag(client, uri, '超过20万条'));
    const d = diags.find((x) => client.document(uri).getText(x.range) === '超过20万条')!;
    const doc = client.document(uri);
    const anchor = anchorFor(doc.getText(), doc.offsetAt(d.range.start), doc.offsetAt(d.range.end));
    writeFileSync(file(), JSON.stringify({
      version: 1,
      verifications: [{ id: 'v-disk', path: 'gov.md', quote: anchor.quote, prefix: anchor.prefix, suffix: anchor.suffix, source: 'colleague', verifiedBy: 'colleague', verifiedAt: '2026-11-26T10:00:00Z' }],
    }, null, 2));
    await client.fileChanged(file());
    await client.waitForDiagnostics(uri, noFigureDiag(client, uri, '超过20万条'));
    await client.waitForDiagnostics(new URL(`file://${file()}`).toString(), (x) => x.length === 0);
  });

  test('a record added while another was written on disk is merged, not lost', async () => {
    const diags = await client.waitForDiagnostics(uri, figureDiag(client, uri, '5分钟以上'));
    const d = diags.find((x) => client.document(uri).getText(x.range) === '5分钟以上')!;
    await client.command('aiAnnotator.server.markVerified', uri, d.data, 'second source');
    const ids = JSON.parse(readFileSync(file(), 'utf8')).verifications.map((r: { id: string }) => r.id);
    assert.ok(ids.includes('v-disk'));
    assert.equal(ids.length, 2);
  });
});

describe('workspace knowledge and cross-document conflicts', () => {
  const client = new TestClient();
  before(async () => {
    await client.initialize();
  });
  after(() => client.close());

  test('a model added to knowledge.json is recognised at once', async () => {
    const uri = await client.open('new.md', '星河科技发布了天枢大模型，参数量达到300亿参数。');
    let h = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: client.positionOf(uri, '天枢', 0, 1) });
    const before = hoverText(h);
    assert.ok(!/Tianshu/.test(before));
    mkdirSync(join(client.root, '.ai-annotator'), { recursive: true });
    const kpath = join(client.root, '.ai-annotator', 'knowledge.json');
    writeFileSync(kpath, JSON.stringify({
      vendors: [{ id: 'vendor:xinghe', name: '星河科技', names: { 'zh-Hans': '星河科技', 'zh-Hant': '星河科技', en: 'Xinghe Tech' }, country: 'CN', type: 'company' }],
      models: [{ id: 'model:tianshu', name: '天枢大模型', names: { 'zh-Hans': '天枢大模型', 'zh-Hant': '天樞大模型', en: 'Tianshu' }, aliases: ['天枢'], vendor: 'vendor:xinghe', parameters: 30000000000 }],
      facts: [{ subject: 'model:tianshu', attribute: 'parameters', value: 30000000000, unit: '参数', source: { title: 'Xinghe press release', url: 'https://example.org/xinghe/tianshu', published: '2026-01-01' } }],
    }));
    await client.fileChanged(kpath, 1);
    for (let i = 0; i < 100; i++) {
      h = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: client.positionOf(uri, '天枢', 0, 1) });
      if (/Tianshu/.test(hoverText(h))) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    assert.match(hoverText(h), /\*\*Tianshu\*\*/);
    assert.match(hoverText(h), /Vendor: Xinghe Tech/);
    // the workspace fact verifies the figure
    await client.waitForDiagnostics(uri, noFigureDiag(client, uri, '300亿参数'));
  });

  test('two documents stating different parameter counts for one model both get a conflict pointing at the other', async () => {
    const a = await client.open('a.md', 'GPT-4o的参数量约为2000亿参数，这是外界的估计。\n');
    const b = await client.open('b.md', 'GPT-4o拥有1.8万亿参数。\n');
    const da = await client.waitForDiagnostics(a, (d) => d.some((x) => x.code === 'figure-conflict'), 30000);
    const db = await client.waitForDiagnostics(b, (d) => d.some((x) => x.code === 'figure-conflict'), 30000);
    const ca = da.find((x) => x.code === 'figure-conflict')!;
    const cb = db.find((x) => x.code === 'figure-conflict')!;
    assert.equal(ca.relatedInformation?.[0].location.uri, b);
    assert.equal(cb.relatedInformation?.[0].location.uri, a);
    assert.deepEqual(cb.relatedInformation?.[0].location.range.start, client.positionOf(a, '2000亿参数'));
    assert.deepEqual(ca.relatedInformation?.[0].location.range.start, client.positionOf(b, '1.8万亿参数'));
  });
});
