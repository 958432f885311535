// With VS Code's display language set to Simplified Chinese (code-server --locale zh-cn and a
// minimal local language pack): the command palette shows the extension's commands with the
// titles of package.nls.zh-cn.json, and the language server answers in Chinese.
import assert from 'node:assert/strict';
import path from 'node:path';
import { test } from 'node:test';
import { withWorkbench } from './harness.ts';
import { ARTIFACTS, builtVsix, commandTitles, makeWorkspace } from './setup.ts';

test('AI Annotator in the VS Code workbench (简体中文)', { timeout: 240_000 }, async (t) => {
  const vsix = await builtVsix();
  const ws = makeWorkspace();
  t.after(() => ws.dispose());
  await withWorkbench({ folder: ws.dir, vsix: [vsix], locale: 'zh-cn', artifactsDir: path.join(ARTIFACTS, 'zh-cn') }, async (wb) => {
    await wb.openFile('新闻.md');
    // the extension is active and its server has analysed the document: the counts are shown
    await wb.waitFor(async () => (await wb.statusBarItems()).some((i) => i.id.endsWith('aiAnnotator.counts')), Boolean,
      { timeout: 60_000, message: 'the AI Annotator status-bar item' });

    await t.test('command palette in Chinese', async () => {
      const want = Object.values(commandTitles('zh-cn')).sort();
      assert.ok(want.every((title) => title.startsWith('AI 标注: ')), `${want}`);
      assert.ok(want.includes('AI 标注: 导出本文档的标注…'));
      const shown = await wb.commandTitles('AI 标注:', { atLeast: want.length, keepOpen: true });
      await wb.screenshot('command-palette-zh-cn');
      await wb.closeQuickInput();
      assert.deepEqual([...shown].sort(), want);
      // no English title left (typing the English category still finds them: VS Code also
      // matches a localized command by its English title, but shows the Chinese one)
      const byEnglish = await wb.commandTitles('AI Annotator: Export Annotations of This Document');
      assert.ok(byEnglish.includes('AI 标注: 导出本文档的标注…'), `${byEnglish}`);
      assert.ok(!byEnglish.some((title) => /Export Annotations/.test(title)), `${byEnglish}`);
    });

    await t.test('hover and diagnostics in Chinese', async () => {
      const hover = await wb.hover('华为', { occurrence: 2, contains: '厂商' });
      assert.match(hover, /^华为 · 厂商$/m);
      assert.match(hover, /其他写法: .*華為/);
      assert.match(hover, /本文提及次数: 3/);
      await wb.screenshot('hover-vendor-zh-cn');
      const problems = await wb.waitFor(() => wb.problems(), (ps) => ps.some((p) => p.message.includes('接近80个')));
      const p = problems.find((x) => x.message.includes('接近80个'))!;
      assert.equal(p.message, '未核实的数据：无具体对象 · 数量 · 接近80个（约 80 个）。所在句子没有出处，知识库中也没有相符的事实。');
      await wb.screenshot('problems-zh-cn');
    });
  });
});
