// The report webview and the Claims view in the real workbench: the Claims view groups the
// document's figures and selects one on click; the report renders under its CSP (styles and
// script run, nothing is blocked), shows the charts, and a row of its table selects the
// figure in the editor. Screenshots in test-results/e2e/report/.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import type { FrameLocator } from 'playwright-core';
import { withWorkbench, type Workbench } from './harness.ts';
import { ARTIFACTS, builtVsix, cliAnnotations, makeWorkspace } from './setup.ts';

const DOC = '新闻.md';
const OTHER = '繁體.txt';
const FIGURE = '接近80个'; // unverified, in the "市场" section

/** A text as a regular expression that matches only itself. */
function exactly(text: string): RegExp {
  return new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);
}

/** Line (1-based) of a text in a file, as the status bar shows it. */
function lineOf(text: string, needle: string): number {
  return text.slice(0, text.indexOf(needle)).split('\n').length;
}

/** Rows of the Claims view: label, description, tree depth. */
function claimsRows(wb: Workbench) {
  return wb.page.evaluate(() => {
    const pane = Array.from(document.querySelectorAll<HTMLElement>('.part.sidebar .pane'))
      .find((p) => p.querySelector('.pane-header .title')?.textContent?.trim().toLowerCase() === 'claims');
    return Array.from(pane?.querySelectorAll<HTMLElement>('.monaco-list-row') ?? [])
      .sort((a, b) => Number(a.dataset.index) - Number(b.dataset.index))
      .map((r) => ({ label: r.querySelector('.label-name')?.textContent?.trim() ?? '', description: r.querySelector('.label-description')?.textContent?.trim() ?? '', level: Number(r.getAttribute('aria-level')) }));
  });
}

/** The content frame of the visible webview (VS Code overlays its iframe on the editor and nests the content in another). */
function activeWebview(wb: Workbench): FrameLocator {
  return wb.page.locator('iframe.webview.ready:visible').contentFrame().locator('iframe#active-frame').contentFrame();
}

/** The row of the report's table for a figure (by its own cell: the context of other rows may contain it too). */
function figureRow(frame: FrameLocator, text: string) {
  return frame.locator('#unverified tr.figure').filter({ has: frame.locator('td.text', { hasText: exactly(text) }) });
}

test('Report webview and Claims view', { timeout: 120_000 }, async () => {
  const vsix = await builtVsix();
  const ws = makeWorkspace();
  const text = fs.readFileSync(path.join(ws.dir, DOC), 'utf8');
  const figures = cliAnnotations(path.join(ws.dir, DOC)).annotations.filter((a) => a.kind === 'figure');
  const unverified = figures.filter((f) => f.status === 'unverified');
  assert.ok(unverified.some((f) => f.text === FIGURE), `${FIGURE} is unverified`);
  const second = unverified.find((f) => f.text !== FIGURE)!; // another unverified figure of the document
  const otherText = fs.readFileSync(path.join(ws.dir, OTHER), 'utf8');
  const otherUnverified = cliAnnotations(path.join(ws.dir, OTHER)).annotations.filter((a) => a.kind === 'figure' && a.status === 'unverified');
  const selected = (text: string, figure: string) => new RegExp(`Ln ${lineOf(text, figure)}, Col \\d+ \\(${figure.length} selected\\)`);
  const cspErrors: string[] = [];
  try {
    await withWorkbench({
      folder: ws.dir, vsix: [vsix], artifactsDir: path.join(ARTIFACTS, 'report'),
      onPage: (page) => { page.on('console', (m) => { if (/Content Security Policy|Refused to/i.test(m.text())) cspErrors.push(m.text()); }); },
    }, async (wb) => {
      await wb.openFile(DOC);
      await wb.waitFor(() => wb.statusBarItems(), (items) => items.some((i) => i.id.endsWith('aiAnnotator.counts')), { timeout: 60_000, message: 'the AI Annotator status-bar item' });

      // ---- Claims view: status groups, subjects, figures; a click selects the figure
      await wb.runCommand('Explorer: Focus on Claims View');
      // give the Claims view the side bar's height: collapse the folder view (and any other) above it
      const others = wb.page.locator('.part.sidebar .pane').filter({ hasNot: wb.page.locator('.pane-header .title', { hasText: /^Claims$/i }) }).locator('.pane-header.expanded');
      await wb.waitFor(async () => {
        const n = await others.count();
        if (n) await others.first().click();
        return n === 0;
      }, Boolean, { message: 'other side-bar views collapsed' });
      const rows = await wb.waitFor(() => claimsRows(wb), (r) => r.some((x) => x.label === FIGURE), { message: `${FIGURE} in the Claims view` });
      const top = rows.filter((r) => r.level === 1);
      assert.equal(top[0].label, 'unverified', 'the figures that need attention first');
      assert.equal(top[0].description, String(unverified.length));
      // only the unverified group is expanded: its subjects, the figures without one last
      const subjects = rows.filter((r) => r.level === 2).map((r) => r.label);
      assert.equal(subjects.length, new Set(unverified.map((f) => f.subjectId)).size);
      assert.equal(subjects.at(-1), '(no subject)', `${FIGURE} has no subject`);
      assert.match(rows.find((r) => r.label === FIGURE)!.description, / · unverified$/);
      assert.deepEqual(top.map((r) => r.label), ['unverified', 'attributed', 'verified'].filter((s) => figures.some((f) => f.status === s)));
      // a click that lands while the tree re-renders may only select the row: click until the editor selection follows
      const row = wb.page.locator('.part.sidebar .monaco-list-row').filter({ has: wb.page.locator('.label-name', { hasText: exactly(second.text) }) });
      await wb.waitFor(async () => {
        await row.click();
        return wb.waitForStatusBarText(selected(text, second.text), { timeout: 3000 }).then(() => true, () => false);
      }, Boolean, { message: `${second.text} selected in the editor from the Claims view` });
      await wb.screenshot('claims-view');

      // ---- report of the document: charts drawn and styled by the theme; a row selects its figure
      await wb.runCommand('AI Annotator: Show Report for This Document');
      const report = activeWebview(wb);
      await report.locator('h1').waitFor({ state: 'visible', timeout: wb.timeout });
      assert.match(await report.locator('h1').innerText(), /Report: 新闻\.md/);
      assert.equal(await report.locator('#unverified tr.figure').count(), unverified.length);
      assert.ok(await report.locator('#vendors tr.bar-row').count() >= 1);
      assert.equal(await report.locator('#statuses tr.bar-row').nth(1).getAttribute('data-count'), String(unverified.length), 'the unverified bar');
      assert.ok(await report.locator('#timeline circle.dot').count() >= 2);
      // the nonce'd stylesheet applies: bars are filled with a theme colour, not SVG's default black
      const fill = await report.locator('#vendors svg.bar rect').first().evaluate((r) => getComputedStyle(r).fill);
      assert.ok(fill && fill !== 'rgb(0, 0, 0)' && fill !== 'none', `bar fill ${fill}`);
      await wb.screenshot('report-document');
      // the nonce'd script runs: a click on a row selects the figure in the editor
      await figureRow(report, FIGURE).click();
      await wb.waitForStatusBarText(selected(text, FIGURE));

      // ---- report of the workspace: both documents; a row opens the other document
      await wb.runCommand('AI Annotator: Show Report for the Workspace');
      const all = activeWebview(wb);
      await all.locator('.summary', { hasText: '2 documents' }).waitFor({ state: 'visible', timeout: 60_000 });
      assert.equal(await all.locator('#unverified tr.figure').count(), unverified.length + otherUnverified.length);
      await wb.screenshot('report-workspace');
      const target = otherUnverified[0].text;
      await figureRow(all, target).click();
      await wb.waitFor(() => wb.page.evaluate(() => document.querySelector('.part.editor .editor-group-container.active .tab.active .label-name')?.textContent?.trim()), (t) => t === OTHER, { message: `${OTHER} active after the click` });
      await wb.waitForStatusBarText(selected(otherText, target));
      // the Claims view follows the active editor
      await wb.waitFor(() => claimsRows(wb), (r) => r.some((x) => x.label === target) && !r.some((x) => x.label === FIGURE), { message: `the Claims view of ${OTHER}` });
      await wb.screenshot('report-workspace-revealed');
      assert.deepEqual(cspErrors, [], 'nothing blocked by a Content-Security-Policy');
    });
  } finally {
    ws.dispose();
  }
});
