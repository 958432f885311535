// The extension in the real VS Code 1.100 workbench (code-server + headless Chromium), as a
// person sees it: hovers, Problems, Outline, semantic colours, status bar, command palette,
// export, and the "Mark as verified…" quick fix. One workbench session; each check is a
// subtest with its screenshot in test-results/e2e/en/.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test, type TestContext } from 'node:test';
import { withWorkbench, type Workbench } from './harness.ts';
import { ARTIFACTS, builtVsix, cliAnnotations, commandTitles, expectedCounts, makeWorkspace, tokenColours, type Annotation } from './setup.ts';

const SIMPLIFIED = '新闻.md';
const TRADITIONAL = '繁體.txt';
/** "Unverified figure: subject · attribute · figure (value). …": the figure as written is group 1. */
const UNVERIFIED_MESSAGE = /^Unverified figure: .+? · .+? · (.+) \((.+)\)\. No source in its sentence and no matching fact\.$/;

/** A subtest that saves a screenshot named after the check, also when it fails. */
function check(t: TestContext, wb: Workbench, name: string, fn: () => Promise<void>) {
  return t.test(name, async () => {
    try {
      await fn();
      await wb.screenshot(name);
    } catch (e) {
      await wb.screenshot(`${name}-FAILED`).catch(() => {});
      throw e;
    }
  });
}

/** Numbers shown by the extension's status-bar item ("$(organization) 2  $(symbol-module) 2 …"). */
async function statusCounts(wb: Workbench): Promise<number[] | undefined> {
  const item = (await wb.statusBarItems()).find((i) => i.id.endsWith('aiAnnotator.counts'));
  return item?.text.match(/\d+/g)?.map(Number);
}

test('AI Annotator in the VS Code workbench (English)', { timeout: 300_000 }, async (t) => {
  const vsix = await builtVsix();
  const ws = makeWorkspace();
  t.after(() => ws.dispose());
  const simplified = cliAnnotations(path.join(ws.dir, SIMPLIFIED)).annotations;
  const traditional = cliAnnotations(path.join(ws.dir, TRADITIONAL)).annotations;
  const unverified = (as: Annotation[]) => as.filter((a) => a.kind === 'figure' && a.status === 'unverified').map((a) => a.text);

  await withWorkbench({ folder: ws.dir, vsix: [vsix], artifactsDir: path.join(ARTIFACTS, 'en') }, async (wb) => {
    // Open the traditional document first, so that both are open (Problems lists open documents).
    await wb.openFile(TRADITIONAL);
    await wb.openFile(SIMPLIFIED);
    // the extension is active and its server has analysed the document: the counts are shown
    await wb.waitFor(() => statusCounts(wb), (c) => c !== undefined, { timeout: 60_000, message: 'the AI Annotator status-bar item' });

    await check(t, wb, 'hover-vendor', async () => {
      // the vendor in simplified Chinese …
      const text = await wb.hover('华为', { occurrence: 2, contains: 'Vendor' });
      assert.match(text, /^Huawei \(华为\) · Vendor$/m);
      assert.match(text, /Also written: .*華為/);
      assert.match(text, /Mentions in this document: 3/);
      // … and in traditional Chinese: the same entity
      await wb.openFile(TRADITIONAL);
      const trad = await wb.hover('華為', { contains: 'Vendor' });
      assert.match(trad, /^Huawei \(华为\) · Vendor$/m);
      assert.match(trad, /Mentions in this document: 2/);
      await wb.screenshot('hover-vendor-traditional');
      await wb.openFile(SIMPLIFIED);
    });

    await check(t, wb, 'hover-figure', async () => {
      const text = await wb.hover('超过3万亿tokens', { contains: 'Status' });
      assert.match(text, /^Pangu 3\.0 · training tokens · 超过3万亿tokens \(more than 3 × 10¹² tokens\)$/m);
      assert.match(text, /Qualifier: more than \(gt\)/);
      assert.match(text, /Subject: Pangu 3\.0/);
      assert.match(text, /Status: verified/);
      assert.match(text, /Matches the knowledge-base fact\./);
      // the fact's source (the workspace's knowledge file): title, publisher and date, linked
      assert.match(text, /盘古大模型3\.0发布会（测试资料） · Example · 2023-07-07/);
      const unverifiedHover = await wb.hover('接近80个', { contains: 'Status' });
      assert.match(unverifiedHover, /^no named subject · count · 接近80个 \(about 80 个\)$/m);
      assert.match(unverifiedHover, /Status: unverified/);
      assert.match(unverifiedHover, /No source, no verification, no matching fact\./);
    });

    await check(t, wb, 'problems', async () => {
      // every unverified figure of both documents (as the CLI finds them), and nothing else as a warning
      const want = [...unverified(simplified), ...unverified(traditional)].sort();
      assert.deepEqual(want, ['1亿', '接近80个', '約30%', '超過30個'].sort(), 'the fixture analysis changed');
      const problems = await wb.waitFor(() => wb.problems(), (ps) => ps.filter((p) => p.severity === 'warning').length === want.length,
        { message: `${want.length} warnings in Problems` }).catch(async (e) => { console.log('OUTPUT', (await wb.outputChannel('AI Annotator')).join('\n')); throw e; });
      const warnings = problems.filter((p) => p.severity === 'warning');
      for (const w of warnings) {
        assert.match(w.message, UNVERIFIED_MESSAGE);
        assert.equal(w.source, 'ai-annotator');
        assert.equal(w.code, 'figure-unverified');
      }
      assert.deepEqual(warnings.map((w) => w.message.match(UNVERIFIED_MESSAGE)![1]).sort(), want);
      const byText = Object.fromEntries(warnings.map((w) => [w.message.match(UNVERIFIED_MESSAGE)![1], w]));
      assert.equal(byText['接近80个'].message, 'Unverified figure: no named subject · count · 接近80个 (about 80 个). No source in its sentence and no matching fact.');
      assert.equal(byText['接近80个'].file, SIMPLIFIED);
      assert.equal(byText['超過30個'].message, 'Unverified figure: no named subject · count · 超過30個 (more than 30 个). No source in its sentence and no matching fact.');
      assert.equal(byText['超過30個'].file, TRADITIONAL);
      // the attributed figure of the traditional text is information, not a warning
      const info = problems.filter((p) => p.severity === 'info');
      assert.deepEqual(info.map((p) => p.code), ['figure-attributed']);
      assert.match(info[0].message, /^Attributed figure: .+ · .+ · 90% \(90%\) \(source: .+表示\)\. Not checked against a fact yet\.$/);
    });

    await check(t, wb, 'outline', async () => {
      const items = await wb.outline();
      const find = (label: string) => {
        const it = items.find((i) => i.label === label);
        assert.ok(it, `"${label}" in the outline: ${JSON.stringify(items.map((i) => i.label))}`);
        return it!;
      };
      // sections nested by heading level, entities and figures inside the section that holds them
      const title = find('华为发布盘古大模型3.0');
      assert.equal(find('发布会').level, title.level + 1);
      assert.equal(find('市场').level, title.level + 1);
      assert.equal(find('华为').description, 'Vendor ×2');
      assert.equal(find('华为').level, title.level + 2);
      assert.equal(find('盘古大模型 3.0').description, 'Model ×2');
      assert.equal(find('超过3万亿tokens').description, 'training tokens · more than 3 × 10¹² tokens — verified');
      assert.equal(find('接近80个').description, 'count · about 80 个 — unverified');
      assert.equal(find('百度').description, 'Vendor');
      const market = items.indexOf(find('市场'));
      assert.ok(items.indexOf(find('接近80个')) > market, 'the figure 接近80个 belongs to the section 市场');
    });

    await check(t, wb, 'semantic-colours', async () => {
      // semantic tokens arrive after the text is rendered: wait for each expected colour
      const colours = tokenColours();
      const colourOf = (text: string, want: string, occurrence = 1) =>
        wb.waitFor(() => wb.tokenColor(text, { occurrence }), (c) => c === want, { message: `colour of ${text} = ${want}` });
      const vendor = await colourOf('华为', colours.vendor, 2);
      const model = await colourOf('盘古3.0', colours.model);
      const figure = await colourOf('接近80个', colours['figure.unverified']);
      const verified = await colourOf('超过3万亿tokens', colours['figure.verified']);
      const plain = await wb.tokenColor('业内人士');
      assert.equal(new Set([plain, vendor, model, figure, verified]).size, 5, `all different: ${[plain, vendor, model, figure, verified]}`);
      // … and in the traditional document
      await wb.openFile(TRADITIONAL);
      await colourOf('華為', colours.vendor);
      await colourOf('星火認知大模型', colours.model);
      await colourOf('超過30個', colours['figure.unverified']);
      await wb.screenshot('semantic-colours-traditional');
      await wb.openFile(SIMPLIFIED);
    });

    await check(t, wb, 'status-bar', async () => {
      const want = expectedCounts(simplified);
      assert.deepEqual(want, [2, 2, 3, 2], 'the fixture analysis changed');
      await wb.waitFor(() => statusCounts(wb), (c) => JSON.stringify(c) === JSON.stringify(want), { message: `status bar counts ${want}` });
      const item = (await wb.statusBarItems()).find((i) => i.id.endsWith('aiAnnotator.counts'))!;
      // what a screen reader announces: the tooltip, not the icon names
      assert.equal(item.ariaLabel, '2 vendors, 2 models, 3 figures, 2 unverified — click for the list');
      // it follows the active editor
      await wb.openFile(TRADITIONAL);
      const trad = expectedCounts(traditional);
      await wb.waitFor(() => statusCounts(wb), (c) => JSON.stringify(c) === JSON.stringify(trad), { message: `status bar counts ${trad}` });
      await wb.openFile(SIMPLIFIED);
      await wb.waitFor(() => statusCounts(wb), (c) => JSON.stringify(c) === JSON.stringify(want), { message: `status bar counts ${want}` });
    });

    await check(t, wb, 'command-palette', async () => {
      const want = Object.values(commandTitles('en')).sort();
      const shown = await wb.commandTitles('AI Annotator:', { atLeast: want.length, keepOpen: true });
      await wb.screenshot('command-palette-open');
      await wb.closeQuickInput();
      assert.deepEqual([...shown].sort(), want);
    });

    await check(t, wb, 'export-document', async () => {
      const target = path.join(ws.dir, '新闻.annotations.json');
      assert.ok(!fs.existsSync(target));
      await wb.runCommand(commandTitles('en')['aiAnnotator.exportDocument']);
      // 1. the format quick pick
      const formats = await wb.waitForQuickInput('Choose a format');
      assert.ok(formats.rows.includes('JSON') && formats.rows.includes('CSV'), `formats: ${formats.rows}`);
      await wb.pickQuickItem('JSON');
      // 2. the save dialog (code-server's simple file dialog, a quick input holding the path)
      // the dialog fills in the proposed path a moment after it opens
      const save = await wb.waitFor(() => wb.waitForQuickInput('Save annotations'), (q) => q.value === target,
        { message: `the save dialog proposes ${target}` });
      assert.equal(save.value, target);
      await wb.screenshot('export-save-dialog');
      await wb.submitQuickInput();
      await wb.waitForNotification('Annotations written to 新闻.annotations.json');
      // 3. the file: the ai-annotations/1 document, the same annotations as the CLI's
      const exported = JSON.parse(fs.readFileSync(target, 'utf8'));
      assert.equal(exported.schema, 'ai-annotations/1');
      assert.equal(exported.source.length, fs.readFileSync(path.join(ws.dir, SIMPLIFIED), 'utf8').length);
      const key = (a: Annotation) => `${a.kind}:${a.start}-${a.end}:${a.text}:${a.entityId ?? ''}:${a.value ?? ''}:${a.status ?? ''}`;
      assert.deepEqual(exported.annotations.map(key), simplified.map(key));
      const pangu = exported.annotations.find((a: Annotation) => a.text === '超过3万亿tokens');
      assert.deepEqual([pangu.kind, pangu.value, pangu.unit, pangu.qualifier, pangu.subjectId], ['figure', 3e12, 'tokens', 'gt', 'model:pangu-3.0']);
      assert.ok(exported.annotations.some((a: Annotation) => a.kind === 'vendor' && a.text === '华为' && a.entityId === 'vendor:huawei'));
    });

    await check(t, wb, 'quick-fix-mark-verified', async () => {
      const offered = await wb.quickFix('接近80个', 'Mark as verified…');
      assert.ok(offered.includes('Ignore this figure'), `offered: ${offered}`);
      await wb.waitForQuickInput('Mark "接近80个" as verified');
      await wb.submitQuickInput('https://example.org/report-2023');
      await wb.waitForQuickInput('Note (optional)');
      await wb.submitQuickInput('checked in the e2e test');
      // the warning disappears, the other stays; the counts follow
      await wb.waitFor(() => wb.problems(), (ps) => !ps.some((p) => p.message.includes('接近80个')) && ps.some((p) => p.message.includes('1亿')),
        { message: 'the warning for 接近80个 cleared' });
      await wb.waitFor(() => statusCounts(wb), (c) => c?.[3] === 1, { message: 'one unverified figure left' });
      const record = JSON.parse(fs.readFileSync(path.join(ws.dir, '.ai-annotator', 'verifications.json'), 'utf8'));
      const json = JSON.stringify(record);
      assert.ok(json.includes('接近80个') && json.includes('https://example.org/report-2023') && json.includes('checked in the e2e test'), json);
      const hover = await wb.hover('接近80个', { contains: 'Status' });
      assert.match(hover, /Status: verified/);
      assert.match(hover, /source: https:\/\/example\.org\/report-2023/);
    });

    // For the README: Outline, Problems, colours and a hover on an unverified figure at once.
    await check(t, wb, 'overview', async () => {
      await wb.outline();
      await wb.problems();
      const hover = await wb.hover('1亿', { contains: 'Status' });
      assert.match(hover, /Status: unverified/);
    });
  });
});
