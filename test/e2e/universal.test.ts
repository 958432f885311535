// The packages for everyone, in the real workbench: the universal .vsix (no native module) in
// code-server's Node extension host, where the server falls back to jieba-wasm; the same package
// as a web extension (package.json "browser") in the browser's extension host, where code-server
// allows no worker for it (microsoft/vscode#168942) and the server runs in the extension host's
// own worker; and the web extension served from a location on the workbench's origin, as
// vscode.dev serves extensions, where it gets a web worker of its own. Each shows hovers and
// diagnostics, and its output channel says where its language server runs.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { test, type TestContext } from 'node:test';
import { codeServer, REPO_ROOT, withWorkbench, type Workbench } from './harness.ts';
import { ARTIFACTS, builtVsix, cliAnnotations, commandTitles, expectedCounts, makeWorkspace, type Annotation } from './setup.ts';

const DOCUMENT = '新闻.md';
const EXTENSION_ID = 'ai-annotator.ai-annotator';

interface ZipModule { zipEntries(file: string): string[]; zipEntry(file: string, name: string): Buffer | undefined }
const zip = () => import(pathToFileURL(path.join(REPO_ROOT, 'scripts', 'package.mjs')).href) as Promise<ZipModule>;

async function statusCounts(wb: Workbench): Promise<number[] | undefined> {
  const item = (await wb.statusBarItems()).find((i) => i.id.endsWith('aiAnnotator.counts'));
  return item?.text.match(/\d+/g)?.map(Number);
}

/** What every host must show for the document: the CLI's counts, a vendor's hover, the unverified figures as warnings. */
async function showsTheAnalysis(t: TestContext, wb: Workbench, name: string) {
  const annotations = cliAnnotations(path.join(wb.folder, DOCUMENT)).annotations;
  const unverified = annotations.filter((a) => a.kind === 'figure' && a.status === 'unverified').map((a) => a.text).sort();
  assert.deepEqual(unverified, ['1亿', '接近80个'], 'the fixture analysis changed');
  await t.test(`${name}: status bar, hover and diagnostics`, async () => {
    await wb.openFile(DOCUMENT);
    const want = expectedCounts(annotations);
    await wb.waitFor(() => statusCounts(wb), (c) => JSON.stringify(c) === JSON.stringify(want), { timeout: 60_000, message: `status bar counts ${want}` });
    const hover = await wb.hover('华为', { occurrence: 2, contains: 'Vendor' });
    assert.match(hover, /^Huawei \(华为\) · Vendor$/m);
    assert.match(hover, /Mentions in this document: 3/);
    const problems = await wb.waitFor(() => wb.problems(), (ps) => ps.filter((p) => p.severity === 'warning').length === unverified.length,
      { message: `${unverified.length} warnings` });
    assert.deepEqual(problems.filter((p) => p.severity === 'warning').map((p) => p.message.match(/^Unverified figure: .+? · .+? · (.+?) \(/)?.[1]).sort(), unverified);
    await wb.screenshot(`${name}-hover-problems`);
  });
}

/** Labels of the Claims view's rows. */
function claimsLabels(wb: Workbench): Promise<string[]> {
  return wb.page.evaluate(() => {
    const pane = Array.from(document.querySelectorAll<HTMLElement>('.part.sidebar .pane'))
      .find((p) => p.querySelector('.pane-header .title')?.textContent?.trim().toLowerCase() === 'claims');
    return Array.from(pane?.querySelectorAll<HTMLElement>('.monaco-list-row .label-name') ?? []).map((l) => l.textContent?.trim() ?? '');
  });
}

/** The AI Annotator output channel as one string (the panel wraps long lines). */
async function serverLog(wb: Workbench, until: RegExp): Promise<string> {
  return wb.waitFor(async () => (await wb.outputChannel('AI Annotator')).join(' '), (log) => until.test(log), { message: `the log to say ${until}` });
}

test('the universal .vsix: jieba-wasm in Node, then the web extension in the extension host\'s worker', { timeout: 300_000 }, async (t) => {
  const vsix = await builtVsix('universal');
  const { zipEntries } = await zip();
  assert.deepEqual(zipEntries(vsix).filter((f) => /node_modules|\.node$/.test(f)), [], 'no native module in the universal package');
  const ws = makeWorkspace();
  t.after(() => ws.dispose());
  await withWorkbench({ folder: ws.dir, vsix: [vsix], artifactsDir: path.join(ARTIFACTS, 'universal') }, async (wb) => {
    const installed = path.join(wb.tempDir, 'extensions', `${EXTENSION_ID}-${JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')).version}`);
    assert.ok(fs.existsSync(path.join(installed, 'server', 'out', 'server.js')) && !fs.existsSync(path.join(installed, 'node_modules')), `installed at ${installed}`);

    // 1. code-server's Node extension host runs "main"; nodejieba is not there, jieba-wasm is used
    await showsTheAnalysis(t, wb, 'node');
    await t.test('node: the server fell back to the WebAssembly segmenter', async () => {
      const logs = path.join(wb.tempDir, 'user-data', 'logs');
      const read = () => fs.readdirSync(logs, { recursive: true, encoding: 'utf8' })
        .filter((f) => f.endsWith(path.join(EXTENSION_ID, 'AI Annotator.log')))
        .map((f) => fs.readFileSync(path.join(logs, f), 'utf8')).join('\n');
      const log = await wb.waitFor(read, (text) => /word segmentation ready/.test(text), { message: 'the server log on disk' });
      assert.match(log, /nodejieba cannot load here \(Cannot find module 'nodejieba'\); using the WebAssembly segmenter/);
      assert.match(log, /language server running in Node/);
      assert.match(log, /word segmentation ready \(jieba-wasm\)/);
    });

    // 2. the same package as a web extension: "browser" in the browser's extension host
    await t.test('web: the extension runs in the browser once its kind is web', async () => {
      const cs = await codeServer();
      cs.writeUserSettings(path.join(wb.tempDir, 'user-data'), { 'remote.extensionKind': { [EXTENSION_ID]: ['web'] } });
      await wb.page.reload({ waitUntil: 'domcontentloaded' });
      await wb.waitReady();
    });
    await showsTheAnalysis(t, wb, 'web');
    await t.test('web: its language server runs in the extension host\'s worker, with jieba-wasm', async () => {
      const log = await serverLog(wb, /word segmentation ready/);
      await wb.screenshot('web-output');
      assert.match(log, /language server started in the extension host's worker: no web worker here \(Creating workers from remote extensions is currently not supported\.\)/);
      assert.match(log, /language server running in a browser/);
      assert.match(log, /word segmentation ready \(jieba-wasm\)/);
      assert.doesNotMatch(log, /running in Node/);
    });
    await t.test('web: the Claims view, the export of a document into the workspace, the report', async () => {
      await wb.openFile(DOCUMENT);
      await wb.waitFor(() => claimsLabels(wb), (labels) => labels.includes('接近80个'), { message: 'the Claims view lists 接近80个' });
      const target = path.join(wb.folder, '新闻.annotations.json');
      await wb.runCommand(commandTitles('en')['aiAnnotator.exportDocument']);
      await wb.waitForQuickInput('Choose a format');
      await wb.pickQuickItem('JSON');
      await wb.waitFor(() => wb.waitForQuickInput('Save annotations'), (q) => q.value === target, { message: `the save dialog proposes ${target}` });
      await wb.submitQuickInput();
      await wb.waitForNotification('Annotations written to 新闻.annotations.json');
      await wb.screenshot('web-export');
      // the report of the document renders (its webview in the browser)
      await wb.runCommand(commandTitles('en')['aiAnnotator.showReport']);
      const report = wb.page.locator('iframe.webview.ready:visible').contentFrame().locator('iframe#active-frame').contentFrame();
      await report.locator('h1').waitFor({ state: 'visible', timeout: wb.timeout });
      assert.match(await report.locator('h1').innerText(), /Report: 新闻\.md/);
      assert.equal(await report.locator('#unverified tr.figure').count(), 2);
      await wb.screenshot('web-report');
      const key = (a: Annotation) => `${a.kind}:${a.start}-${a.end}:${a.text}:${a.entityId ?? ''}:${a.value ?? ''}:${a.status ?? ''}`;
      const exported = JSON.parse(fs.readFileSync(target, 'utf8')) as { annotations: Annotation[] };
      // in the browser there are no workspace files (.ai-annotator/): the CLI's answer without them
      const noWorkspaceFiles = fs.mkdtempSync(path.join(os.tmpdir(), 'e2e-none-'));
      assert.deepEqual(exported.annotations.map(key), cliAnnotations(path.join(wb.folder, DOCUMENT), noWorkspaceFiles).annotations.map(key));
    });
  });
});

test('the web extension from a location on the workbench\'s origin gets a web worker', { timeout: 240_000 }, async (t) => {
  const vsix = await builtVsix('universal');
  const { zipEntry } = await zip();
  // the package's files over HTTP, as a web extension's location is served (vscode.dev: its CDN)
  const types: Record<string, string> = { '.js': 'text/javascript', '.json': 'application/json', '.wasm': 'application/wasm' };
  const served: string[] = [];
  const files = http.createServer((req, res) => {
    const name = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname).slice(1);
    const body = zipEntry(vsix, `extension/${name}`);
    served.push(name);
    res.writeHead(body ? 200 : 404, { 'Content-Type': types[path.extname(name)] ?? 'text/plain; charset=utf-8' }).end(body);
  });
  await new Promise<void>((resolve) => files.listen(0, '127.0.0.1', resolve));
  t.after(() => new Promise<void>((resolve) => files.close(() => resolve())));
  const ws = makeWorkspace();
  t.after(() => ws.dispose());
  // code-server's port proxy puts the files on the workbench's origin, which its CSP allows
  await withWorkbench({ folder: ws.dir, proxy: true, artifactsDir: path.join(ARTIFACTS, 'web-worker') }, async (wb) => {
    const location = `${wb.server.url.replace(/\/$/, '')}/proxy/${(files.address() as { port: number }).port}/`;
    await t.test('installs from its location', async () => {
      await wb.runCommand('Developer: Install Extension from Location...');
      await wb.waitForQuickInput('Location of the web extension');
      await wb.submitQuickInput(location);
    });
    await showsTheAnalysis(t, wb, 'worker');
    await t.test('worker: its language server runs in a web worker of its own, with jieba-wasm', async () => {
      const log = await serverLog(wb, /word segmentation ready/);
      await wb.screenshot('worker-output');
      assert.match(log, /language server started in a web worker/);
      assert.match(log, /language server running in a browser/);
      assert.match(log, /word segmentation ready \(jieba-wasm\)/);
      // the browser fetched the web entry, the server's bundle, the compiled knowledge and the segmenter's files, and no Node entry
      for (const f of ['client/out/browser.js', 'server/out/browserServer.js', 'server/out/knowledge.json', 'server/out/segmenter/jieba_rs_wasm_bg.wasm', 'server/out/segmenter/jieba.dict.utf8']) {
        assert.ok(served.includes(f), `${f} served: ${served}`);
      }
      assert.ok(!served.includes('client/out/extension.js') && !served.includes('server/out/server.js'), `${served}`);
    });
  });
});
