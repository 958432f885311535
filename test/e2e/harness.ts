/*
 * End-to-end harness: the real VS Code 1.100 workbench served by code-server, driven through
 * Debian's headless Chromium with playwright-core. Run with `node --import tsx <test>.ts`
 * (or node's test runner: `node --import tsx --test test/e2e/*.test.ts`).
 *
 * Example:
 *
 *   import assert from 'node:assert/strict';
 *   import { test } from 'node:test';
 *   import { withWorkbench } from './harness.ts';
 *
 *   test('hover on a Chinese vendor name', { timeout: 240_000 }, () =>
 *     withWorkbench({
 *       folder: '/path/to/workspace',            // opened as the workspace folder
 *       vsix: ['/path/to/ext.vsix'],             // installed into a fresh extensions dir
 *       locale: 'zh-cn',                          // optional; installs the minimal zh-cn pack
 *       settings: { 'editor.fontSize': 14 },      // merged over defaultUserSettings
 *       artifactsDir: 'test-results/e2e/hover',   // screenshots + code-server log on failure
 *     }, async (wb) => {
 *       await wb.openFile('新闻.md');
 *       await wb.runCommand('Hello: Say Hello');
 *       assert.ok((await wb.commandTitles('Hello:')).includes('Hello: Say Hello'));
 *       const hover = await wb.hover('盘古', { contains: 'Pangu' });
 *       assert.match(hover, /Pangu/);
 *       const problems = await wb.waitFor(() => wb.problems(), (p) => p.length > 0);
 *       assert.equal(problems[0].severity, 'warning');
 *       console.log(await wb.outline(), await wb.statusBarItems(), await wb.tokenColor('华为'));
 *       await wb.screenshot('done');
 *     }));
 *
 * Rules kept here: every wait is on a condition with a timeout (no fixed sleeps); text is
 * located by content in the rendered editor, never by column arithmetic (Problems/LSP count
 * UTF-16 units, the status bar's "Col" counts characters); everything started is stopped in
 * `close()`, which `withWorkbench` always calls.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type BrowserContext, type Page, type Locator } from 'playwright-core';

// No import.meta: under the repo's package.json (no "type": "module") .ts files are CommonJS.
// (tsx's ESM->CJS bridge sets __filename correctly but not always __dirname.)
function findRepoRoot(): string {
  const ok = (d: string) => fs.existsSync(path.join(d, 'scripts', 'code-server.mjs'));
  if (process.env.E2E_REPO_ROOT) return path.resolve(process.env.E2E_REPO_ROOT);
  if (typeof __filename !== 'undefined' && ok(path.resolve(path.dirname(__filename), '..', '..'))) {
    return path.resolve(path.dirname(__filename), '..', '..');
  }
  for (let d = process.cwd(); ; d = path.dirname(d)) {
    if (ok(d)) return d;
    if (path.dirname(d) === d) throw new Error('cannot locate the repo root (set E2E_REPO_ROOT)');
  }
}
export const REPO_ROOT = findRepoRoot();

// ------------------------------------------------------------ code-server module (plain ESM)
export interface CodeServerHandle { url: string; port: number; pid: number; logFile: string; readyMs: number; stop(): Promise<void> }
export interface CodeServerModule {
  CODE_SERVER_VERSION: string;
  defaultUserSettings: Record<string, unknown>;
  ensureCodeServer(opts?: { dir?: string; log?: (m: string) => void }): Promise<{ dir: string; entry: string; vscodeDir: string; version: string }>;
  installExtension(opts: { vsix: string; extensionsDir: string; userDataDir: string; force?: boolean }): Promise<string>;
  installZhCnLanguagePack(opts: { extensionsDir: string; userDataDir: string }): Promise<{ id: string; version: string; languagePacksFile: string }>;
  writeUserSettings(userDataDir: string, settings?: Record<string, unknown>, opts?: { merge?: boolean }): string;
  packageExtension(extDir: string, outFile: string): string;
  startCodeServer(opts: {
    folder?: string; userDataDir: string; extensionsDir: string; port?: number; host?: string; locale?: string;
    logFile?: string; extraArgs?: string[]; env?: Record<string, string>; readyTimeoutMs?: number;
    settings?: Record<string, unknown>; proxy?: boolean;
  }): Promise<CodeServerHandle>;
  folderUrl(url: string, folder: string): string;
  freePort(host?: string): Promise<number>;
}
let csModule: Promise<CodeServerModule> | undefined;
/** The scripts/code-server.mjs module (loaded by URL so TypeScript needs no declaration file). */
export function codeServer(): Promise<CodeServerModule> {
  csModule ??= import(pathToFileURL(path.join(REPO_ROOT, 'scripts', 'code-server.mjs')).href) as Promise<CodeServerModule>;
  return csModule;
}

// ------------------------------------------------------------ generic waiting
export const DEFAULT_TIMEOUT = Number(process.env.E2E_TIMEOUT_MS || 30_000);
const tick = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/**
 * Poll `fn` until `pred(value)` holds (default: truthy), then return the value. Throws with the
 * last value (or error) after `timeout` ms. This is the only polling primitive used here.
 */
export async function waitFor<T>(
  fn: () => Promise<T> | T,
  pred: (v: T) => boolean = (v) => Boolean(v),
  { timeout = DEFAULT_TIMEOUT, interval = 100, message = 'condition' }: { timeout?: number; interval?: number; message?: string } = {},
): Promise<T> {
  const deadline = Date.now() + timeout;
  let last: T | undefined;
  let lastErr: unknown;
  for (;;) {
    try {
      last = await fn();
      lastErr = undefined;
      if (pred(last)) return last;
    } catch (e) { lastErr = e; }
    if (Date.now() > deadline) {
      const detail = lastErr ? `last error: ${(lastErr as Error).message ?? lastErr}` : `last value: ${safeJson(last)}`;
      throw new Error(`timed out after ${timeout} ms waiting for ${message}; ${detail}`);
    }
    await tick(interval);
  }
}

/** Poll until two consecutive reads (>= `settleMs` apart) are equal and `pred` holds. */
async function waitStable<T>(fn: () => Promise<T>, pred: (v: T) => boolean, opts: { timeout?: number; settleMs?: number; message?: string } = {}): Promise<T> {
  let prev: string | undefined;
  return waitFor(async () => {
    const v = await fn();
    const key = safeJson(v);
    const stable = key === prev && pred(v);
    prev = key;
    return { v, stable };
  }, (r) => r.stable, { timeout: opts.timeout, interval: opts.settleMs ?? 150, message: opts.message }).then((r) => r.v);
}

function safeJson(v: unknown): string {
  try { return JSON.stringify(v)?.slice(0, 2000) ?? String(v); } catch { return String(v); }
}

// ------------------------------------------------------------ browser
export const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
  '--disable-sync', '--no-first-run', '--disable-quic', '--disable-dev-shm-usage',
  '--disable-features=Translate,MediaRouter,OptimizationHints', '--no-default-browser-check',
  '--password-store=basic', '--lang=en-US',
];

/** Launch Debian's Chromium headless with a fresh persistent profile in `userDataDir`. */
export async function launchBrowser({ userDataDir, viewport = { width: 1400, height: 900 }, executablePath = process.env.CHROMIUM_PATH || '/usr/bin/chromium', headless = true }: {
  userDataDir: string; viewport?: { width: number; height: number }; executablePath?: string; headless?: boolean;
}): Promise<BrowserContext> {
  if (!fs.existsSync(executablePath)) throw new Error(`${executablePath} missing: apt-get install -y chromium`);
  fs.mkdirSync(userDataDir, { recursive: true });
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath, headless, viewport, deviceScaleFactor: 1, args: CHROMIUM_ARGS,
    // VS Code uses navigator.clipboard; allow it so copy/paste commands do not prompt.
    permissions: ['clipboard-read', 'clipboard-write'],
  });
  // tsx/esbuild (keepNames) wraps named inner functions of page.evaluate callbacks in
  // __name(...), which does not exist in the page: provide it.
  await context.addInitScript('globalThis.__name = globalThis.__name || ((f) => f);');
  return context;
}

// ------------------------------------------------------------ workbench session
export interface SessionOptions {
  /** Workspace folder to open. */
  folder: string;
  /** .vsix files to install into the fresh extensions dir before start. */
  vsix?: string[];
  /** e.g. 'zh-cn': passed as --locale; for 'zh-cn' the minimal local language pack is installed. */
  locale?: string;
  /** Merged over defaultUserSettings into User/settings.json. */
  settings?: Record<string, unknown>;
  /** Where screenshots (and on failure the code-server log) go. Default test-results/e2e. */
  artifactsDir?: string;
  viewport?: { width: number; height: number };
  /** Keep the temp dir (user data, extensions, browser profile, logs) after close. */
  keepTemp?: boolean;
  /** Print browser console errors to stderr. */
  logConsole?: boolean;
  /** Called with the page before the workbench is loaded (e.g. to record requests). */
  onPage?: (page: Page) => unknown;
  /** Keep code-server's port proxy: http://127.0.0.1:<its port>/proxy/<port>/ reaches a local server on the workbench's origin. */
  proxy?: boolean;
}

export interface ProblemEntry {
  severity: 'error' | 'warning' | 'info' | 'hint' | 'unknown';
  message: string;
  source: string;
  code: string;
  /** As displayed, e.g. "[Ln 3, Col 10]" (Col counts UTF-16 units). */
  position: string;
  file: string;
  /** The row's accessible label, for anything not parsed above. */
  ariaLabel: string;
}
export interface OutlineItem { label: string; level: number; description: string; ariaLabel: string }
export interface StatusBarItem { id: string; text: string; ariaLabel: string; tooltip: string }

const SEL = {
  workbench: '.monaco-workbench',
  statusbar: '#workbench\\.parts\\.statusbar',
  quickInput: '.quick-input-widget',
  quickInputBox: '.quick-input-widget .quick-input-box input',
  quickInputRows: '.quick-input-widget .quick-input-list .monaco-list-row',
  activeGroup: '.part.editor .editor-group-container.active',
  activeEditor: '.part.editor .editor-group-container.active .editor-container .monaco-editor',
  hover: '.monaco-editor .monaco-hover:not(.hidden), .workbench-hover-container .monaco-hover',
  problemsPanel: '.markers-panel',
  outlinePane: '.pane-body.outline-pane, .outline-pane',
};

export class Workbench {
  readonly timeout = DEFAULT_TIMEOUT;
  private closed = false;
  private shotCounter = 0;

  constructor(
    readonly page: Page,
    readonly context: BrowserContext,
    readonly server: CodeServerHandle,
    readonly folder: string,
    readonly artifactsDir: string,
    readonly tempDir: string,
    private readonly keepTemp: boolean,
  ) {}

  /** Poll helper bound to the default timeout. */
  waitFor<T>(fn: () => Promise<T> | T, pred?: (v: T) => boolean, opts?: { timeout?: number; interval?: number; message?: string }) {
    return waitFor(fn, pred, { timeout: this.timeout, ...opts });
  }

  /** Open the workbench with the folder and wait until it is usable. */
  async open(): Promise<void> {
    const cs = await codeServer();
    await this.page.goto(cs.folderUrl(this.server.url, this.folder), { waitUntil: 'domcontentloaded', timeout: 60_000 });
    await this.waitReady();
  }

  /**
   * Ready = workbench parts rendered, the explorer shows the folder, the remote extension host
   * is connected (status bar populated) and no startup progress is running.
   */
  async waitReady({ timeout = 90_000 } = {}): Promise<void> {
    const p = this.page;
    await p.locator(`${SEL.workbench} .part.editor`).first().waitFor({ state: 'visible', timeout });
    await p.locator(`${SEL.statusbar} .statusbar-item`).first().waitFor({ state: 'visible', timeout });
    await p.locator('.explorer-folders-view .monaco-list-row').first().waitFor({ state: 'visible', timeout });
    await waitFor(() => p.evaluate(() => {
      // Remote connection indicator says we are connected, and no global progress is spinning.
      const busy = document.querySelector('.part.statusbar .statusbar-item .codicon-sync.codicon-modifier-spin, .monaco-workbench .monaco-progress-container.active.infinite');
      return !busy;
    }), Boolean, { timeout, message: 'workbench idle' });
  }

  // ---------------------------------------------------------- quick input
  private quickInputVisible(): Promise<boolean> {
    return this.page.locator(SEL.quickInput).isVisible();
  }

  /** Close the visible quick input (Escape in its input box), if any. */
  async closeQuickInput(): Promise<void> {
    if (!(await this.quickInputVisible())) return;
    await this.page.locator(SEL.quickInputBox).press('Escape');
    await this.page.locator(SEL.quickInput).waitFor({ state: 'hidden', timeout: this.timeout });
  }

  /** Open a quick input with `key` and set its value (kept as typed, e.g. '>Hello'). */
  private async openQuickInput(key: string, value: string, expectPrefix = ''): Promise<Locator> {
    await this.closeQuickInput();
    await this.focusWorkbench();
    await this.page.keyboard.press(key);
    const input = this.page.locator(SEL.quickInputBox);
    await input.waitFor({ state: 'visible', timeout: this.timeout });
    await waitFor(() => input.inputValue(), (v) => v.startsWith(expectPrefix), { timeout: this.timeout, message: `quick input prefix ${expectPrefix}` });
    await input.fill(value);
    await waitFor(() => input.inputValue(), (v) => v === value, { timeout: this.timeout, message: `quick input value ${value}` });
    return input;
  }

  private async focusWorkbench(): Promise<void> {
    // Keybindings are dispatched from the window; make sure the page (not the URL bar) has focus.
    await this.page.bringToFront();
    const focused = await this.page.evaluate(() => document.hasFocus() && document.activeElement !== document.body);
    if (!focused) await this.page.locator(SEL.statusbar).focus().catch(() => {});
  }

  /** Labels (as shown) of the visible quick-input rows, after the list has settled. */
  private async readQuickInputRows(): Promise<{ label: string; description: string; ariaLabel: string; index: number }[]> {
    return this.page.evaluate(() => {
      const rows = Array.from(document.querySelectorAll<HTMLElement>('.quick-input-widget .quick-input-list .monaco-list-row'));
      return rows.map((r) => ({
        index: Number(r.dataset.index ?? -1),
        label: (r.querySelector('.quick-input-list-label .label-name, .label-name')?.textContent ?? '').trim(),
        description: (r.querySelector('.label-description')?.textContent ?? '').trim(),
        ariaLabel: r.getAttribute('aria-label') ?? '',
      })).sort((a, b) => a.index - b.index);
    });
  }

  private async quickInputBusy(): Promise<boolean> {
    return this.page.evaluate(() => {
      const p = document.querySelector('.quick-input-widget .quick-input-progress.active, .quick-input-widget .monaco-progress-container.active');
      return Boolean(p && (p as HTMLElement).offsetParent !== null);
    });
  }

  /** Read all rows of the (virtualised) quick-input list by scrolling through it. */
  private async collectQuickInputRows(): Promise<{ label: string; description: string; ariaLabel: string; index: number }[]> {
    const settled = await waitStable(async () => ({ busy: await this.quickInputBusy(), rows: await this.readQuickInputRows() }),
      (v) => !v.busy, { timeout: this.timeout, message: 'quick input list to settle' });
    const byIndex = new Map<number, { label: string; description: string; ariaLabel: string; index: number }>();
    for (const r of settled.rows) byIndex.set(r.index, r);
    const total = await this.page.evaluate(() => {
      const r = document.querySelector('.quick-input-widget .quick-input-list .monaco-list-row');
      return Number(r?.getAttribute('aria-setsize') ?? 0);
    });
    const list = this.page.locator('.quick-input-widget .quick-input-list .monaco-list').first();
    let guard = 0;
    while (total > byIndex.size && guard++ < 200) {
      const before = Math.max(...byIndex.keys());
      await list.hover();
      await this.page.mouse.wheel(0, 200);
      const rows = await waitFor(() => this.readQuickInputRows(), (rs) => rs.some((r) => r.index > before),
        { timeout: 2000, message: 'quick input list to scroll' }).catch(() => null);
      if (!rows) break;
      for (const r of rows) byIndex.set(r.index, r);
    }
    return [...byIndex.values()].sort((a, b) => a.index - b.index);
  }

  /** Open a file by name through Quick Open (Ctrl+P) and wait until its editor is active. */
  async openFile(name: string): Promise<void> {
    const base = path.basename(name);
    await this.openQuickInput('Control+P', name);
    const row = this.page.locator(SEL.quickInputRows).filter({
      has: this.page.locator('.label-name', { hasText: new RegExp(`^\\s*${escapeRe(base)}\\s*$`) }),
    }).first();
    // Quick Open lists recently opened files first and re-renders when the file search answers;
    // a click during that re-render can land on a row being replaced and leave the widget open.
    // So click once the list has settled, and click again while the widget stays open.
    const deadline = Date.now() + this.timeout;
    for (;;) {
      await waitStable(async () => ({ busy: await this.quickInputBusy(), rows: await this.readQuickInputRows() }),
        (v) => !v.busy, { timeout: this.timeout, message: 'quick open list to settle' });
      await row.waitFor({ state: 'visible', timeout: this.timeout });
      await row.click();
      const closed = await this.page.locator(SEL.quickInput).waitFor({ state: 'hidden', timeout: 5000 }).then(() => true, () => false);
      if (closed) break;
      if (Date.now() > deadline) throw new Error(`Quick Open stayed open after choosing ${base}`);
    }
    await waitFor(() => this.page.evaluate((sel) => {
      const tab = document.querySelector(`${sel} .tab.active .label-name`);
      return tab?.textContent?.trim() ?? '';
    }, SEL.activeGroup), (t) => t === base, { timeout: this.timeout, message: `active tab ${base}` });
    await this.page.locator(`${SEL.activeEditor} .view-lines .view-line`).first().waitFor({ state: 'visible', timeout: this.timeout });
    await this.page.locator(`${SEL.activeEditor}.focused`).waitFor({ state: 'attached', timeout: this.timeout });
  }

  /**
   * Run a command by its exact palette title (e.g. 'Hello: Say Hello') through F1. Retries
   * (reopening the palette) until the title is listed: right after startup the workbench may
   * not have registered the extensions' contributions yet.
   */
  async runCommand(title: string, { timeout = this.timeout }: { timeout?: number } = {}): Promise<void> {
    const deadline = Date.now() + timeout;
    for (;;) {
      await this.openQuickInput('F1', `>${title}`, '>');
      const rows = await this.collectQuickInputRows();
      const hit = rows.find((r) => r.label === title);
      if (hit) {
        await this.page.locator(`${SEL.quickInputRows}[data-index="${hit.index}"]`).click();
        // The palette closes; the command may open its own quick input right away (a quick
        // pick, an input box), so wait for the palette's text to go rather than the widget.
        await waitFor(() => this.quickInput(), (q) => q === null || q.value !== `>${title}`,
          { timeout: this.timeout, message: `palette closed after "${title}"` });
        return;
      }
      await this.closeQuickInput();
      if (Date.now() > deadline) {
        throw new Error(`command "${title}" not in palette after ${timeout} ms; shown: ${JSON.stringify(rows.map((r) => r.label))}`);
      }
      await tick(250); // poll interval before reopening the palette
    }
  }

  /**
   * Titles the command palette shows for `prefix` (all of them, in display order). Reopens the
   * palette until at least `atLeast` (default 1) titles are shown or `timeout` passes, then
   * returns what is shown (pass atLeast: 0 when an empty list is expected). With `keepOpen` the
   * palette stays open (for a screenshot) until closeQuickInput().
   */
  async commandTitles(prefix: string, { atLeast = 1, timeout = this.timeout, keepOpen = false }: { atLeast?: number; timeout?: number; keepOpen?: boolean } = {}): Promise<string[]> {
    const deadline = Date.now() + timeout;
    for (;;) {
      await this.openQuickInput('F1', `>${prefix}`, '>');
      let titles: string[] = [];
      let done = false;
      try {
        titles = (await this.collectQuickInputRows()).map((r) => r.label).filter((l) => l && !NO_MATCH.includes(l));
        done = titles.length >= atLeast || Date.now() > deadline;
      } finally {
        // keepOpen: leave the palette open for a screenshot (close it with closeQuickInput())
        if (!(keepOpen && done)) await this.closeQuickInput();
      }
      if (done) return titles;
      await tick(250); // poll interval before reopening the palette
    }
  }

  // ---------------------------------------------------------- quick input opened by an extension
  /**
   * State of the visible quick input (a quick pick, an input box, or the simple file dialog
   * that code-server uses for open/save dialogs), or null when none is shown.
   */
  async quickInput(): Promise<{ title: string; value: string; placeholder: string; message: string; rows: string[] } | null> {
    if (!(await this.quickInputVisible())) return null;
    return this.page.evaluate(() => {
      const w = document.querySelector<HTMLElement>('.quick-input-widget');
      if (!w) return null;
      const input = w.querySelector<HTMLInputElement>('.quick-input-box input');
      const text = (s: string) => (w.querySelector<HTMLElement>(s)?.innerText ?? '').trim();
      return {
        title: text('.quick-input-title'),
        value: input?.value ?? '',
        placeholder: input?.placeholder ?? '',
        message: text('.quick-input-message'),
        rows: Array.from(w.querySelectorAll<HTMLElement>('.quick-input-list .monaco-list-row'))
          .sort((a, b) => Number(a.dataset.index) - Number(b.dataset.index))
          .map((r) => (r.querySelector('.label-name')?.textContent ?? '').trim()),
      };
    });
  }

  /** Wait for a quick input whose title, placeholder or prompt contains `text`; returns its state. */
  async waitForQuickInput(text: string | RegExp, { timeout = this.timeout }: { timeout?: number } = {}) {
    const has = (s: string) => (typeof text === 'string' ? s.includes(text) : text.test(s));
    const q = await this.waitFor(() => this.quickInput(), (v) => v !== null && [v.title, v.placeholder, v.message].some(has),
      { timeout, message: `quick input "${text}"` });
    return q!;
  }

  /** In the visible quick pick, choose the row whose label is exactly `label` (click). */
  async pickQuickItem(label: string): Promise<void> {
    const row = this.page.locator(SEL.quickInputRows).filter({
      has: this.page.locator('.label-name', { hasText: new RegExp(`^\\s*${escapeRe(label)}\\s*$`) }),
    }).first();
    await row.waitFor({ state: 'visible', timeout: this.timeout });
    await row.click();
  }

  /**
   * Type `value` into the visible input box (replacing its text unless `append`) and press Enter.
   * Waits until that input box has gone (another may follow: pass the next one's text to
   * waitForQuickInput).
   */
  async submitQuickInput(value?: string, { append = false }: { append?: boolean } = {}): Promise<void> {
    const input = this.page.locator(SEL.quickInputBox);
    await input.waitFor({ state: 'visible', timeout: this.timeout });
    const before = await this.quickInput();
    if (value !== undefined) {
      if (append) await input.press('End');
      if (append) await input.pressSequentially(value);
      else await input.fill(value);
      const want = append ? `${before?.value ?? ''}${value}` : value;
      await waitFor(() => input.inputValue(), (v) => v === want, { timeout: this.timeout, message: `input value ${want}` });
    }
    await input.press('Enter');
    // Gone, or replaced by another quick input (different title/value).
    await waitFor(() => this.quickInput(), (q) => q === null || q.title !== before?.title || q.value !== (value ?? before?.value),
      { timeout: this.timeout, message: 'quick input accepted' });
  }

  /**
   * Put the cursor on `text`, open the Quick Fix menu (Ctrl+.) and choose the action titled
   * `title`. Returns the titles the menu offered.
   */
  async quickFix(text: string, title: string, { occurrence = 1 }: { occurrence?: number } = {}): Promise<string[]> {
    await this.dismissHover();
    await this.moveCursorTo(text, { occurrence });
    // Step inside the text: a code action request at its first character can include the
    // neighbour to the left.
    await this.page.keyboard.press('ArrowRight');
    const menu = this.page.locator('.action-widget');
    const rows = menu.locator('.monaco-list-row.action');
    let offered: string[] = [];
    await waitFor(async () => {
      if (!(await menu.isVisible())) {
        await this.focusActiveEditor();
        await this.page.keyboard.press('Control+Period');
        await menu.waitFor({ state: 'visible', timeout: 5000 }).catch(() => {});
      }
      offered = (await rows.allInnerTexts()).map((s) => s.replace(/\s+/g, ' ').trim());
      if (offered.includes(title)) return true;
      // Not (yet) offered, e.g. diagnostics not published yet: close the menu and ask again.
      if (await menu.isVisible()) {
        await this.page.keyboard.press('Escape');
        await menu.waitFor({ state: 'hidden', timeout: this.timeout });
      }
      return false;
    }, Boolean, { timeout: this.timeout, message: `quick fix "${title}" (offered: ${offered.join(' | ')})` });
    // Choose with the keyboard: while the menu is open, a pointer block covers the page.
    const focusedLabel = async () => (await menu.locator('.monaco-list-row.action.focused').getAttribute('aria-label').catch(() => null)) ?? '';
    await waitFor(async () => {
      if ((await focusedLabel()) === title) return true;
      await this.page.keyboard.press('ArrowDown');
      return (await focusedLabel()) === title;
    }, Boolean, { timeout: this.timeout, message: `quick fix "${title}" focused` });
    await this.page.keyboard.press('Enter');
    await menu.waitFor({ state: 'hidden', timeout: this.timeout });
    return offered;
  }

  // ---------------------------------------------------------- editor
  private activeEditor(): Locator {
    return this.page.locator(SEL.activeEditor).first();
  }

  private async focusActiveEditor(): Promise<void> {
    const ed = this.activeEditor();
    await ed.waitFor({ state: 'visible', timeout: this.timeout });
    if (await ed.evaluate((e) => e.classList.contains('focused'))) return;
    // Focusing the hidden input element does not move the cursor (clicking would).
    await ed.locator('textarea.inputarea, .native-edit-context').first().focus();
    await waitFor(() => ed.evaluate((e) => e.classList.contains('focused')), Boolean, { timeout: this.timeout, message: 'editor focus' });
  }

  /** Text of the rendered (visible) lines of the active editor. */
  async visibleLines(): Promise<string[]> {
    return this.activeEditor().evaluate((ed) => Array.from(ed.querySelectorAll<HTMLElement>('.view-lines .view-line'))
      .sort((a, b) => parseFloat(a.style.top) - parseFloat(b.style.top))
      .map((l) => (l.textContent ?? '').replace(/\u00a0/g, ' ')));
  }

  /**
   * Put the cursor at the start of the `occurrence`-th (1-based) occurrence of `text` in the
   * active editor, revealing it. Uses the editor's Find widget (Ctrl+F) from the document start,
   * so it works for off-screen lines and CJK text without any column arithmetic.
   */
  async moveCursorTo(text: string, { occurrence = 1 }: { occurrence?: number } = {}): Promise<void> {
    await this.focusActiveEditor();
    const ed = this.activeEditor();
    await this.page.keyboard.press('Control+Home');
    await this.page.keyboard.press('Control+F');
    const find = ed.locator('.find-widget.visible');
    await find.waitFor({ state: 'visible', timeout: this.timeout });
    const input = find.locator('.monaco-findInput textarea, .monaco-findInput input').first();
    // Clear first: re-filling an unchanged search string triggers no new search.
    await input.fill('');
    await input.fill(text);
    const count = find.locator('.matchesCount');
    const parse = async () => {
      const t = ((await count.textContent()) ?? '').trim();
      // "2 of 5", or "? of 5" when no match is current; "No results" otherwise.
      const m = t.match(/^(\d+|\?)\D+(\d+)/);
      return { t, cur: m && m[1] !== '?' ? Number(m[1]) : 0, total: m ? Number(m[2]) : 0 };
    };
    let st = await waitFor(parse, (s) => s.total > 0 || /no results/i.test(s.t), { timeout: this.timeout, message: `find "${text}"` });
    if (st.total < occurrence) {
      await input.press('Escape');
      throw new Error(`"${text}" occurs ${st.total} time(s) in the active editor; wanted occurrence ${occurrence}`);
    }
    // Typing in the Find widget selects the first match at/after the cursor (document start).
    while (st.cur !== occurrence) {
      const want = (st.cur % st.total) + 1;
      await input.press('Enter');
      st = await waitFor(parse, (s) => s.cur === want, { timeout: this.timeout, message: `find match ${want}` });
    }
    // Close with the widget's own button: Escape would first hide notification toasts.
    await find.locator('.button.codicon-widget-close, .button.codicon-find-close, .button[aria-label^="Close"]').first().click();
    await find.waitFor({ state: 'hidden', timeout: this.timeout });
    await this.focusActiveEditor();
    // Collapse the selection (the match) to its start.
    await this.page.keyboard.press('ArrowLeft');
    await waitFor(() => this.page.evaluate((sel) => !document.querySelector(`${sel} .selected-text`), SEL.activeEditor),
      Boolean, { timeout: this.timeout, message: 'selection collapsed' });
    // The status bar's "Ln x, Col y" lags the editor: wait until it no longer reports a selection
    // ("Ln 3, Col 22 (6 selected)"), so callers reading it see the collapsed cursor.
    await waitFor(() => this.page.evaluate(() => {
      const el = document.getElementById('status.editor.selection');
      return !el || /^\D*\d+\D+\d+\s*$/.test((el.textContent ?? '').trim());
    }), Boolean, { timeout: this.timeout, message: 'status bar cursor position' });
  }

  /**
   * Screen rectangle of the occurrence of `text` that starts at the cursor (call moveCursorTo
   * first). Located by content through DOM Ranges over the rendered spans.
   */
  private async rectAtCursor(text: string): Promise<{ x: number; y: number; width: number; height: number }> {
    return waitFor(() => this.activeEditor().evaluate((ed, needle) => {
      const cursor = ed.querySelector<HTMLElement>('.cursors-layer .cursor');
      if (!cursor) return null;
      const cr = cursor.getBoundingClientRect();
      const lines = Array.from(ed.querySelectorAll<HTMLElement>('.view-lines .view-line'));
      const line = lines.find((l) => { const r = l.getBoundingClientRect(); return cr.top + cr.height / 2 >= r.top && cr.top + cr.height / 2 < r.bottom; });
      if (!line) return null;
      // Flatten text nodes; monaco renders spaces as U+00A0.
      const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
      const nodes: { node: Text; start: number }[] = [];
      let flat = '';
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        nodes.push({ node: n as Text, start: flat.length });
        flat += (n.textContent ?? '').replace(/\u00a0/g, ' ');
      }
      const locate = (i: number) => {
        for (let k = nodes.length - 1; k >= 0; k--) if (nodes[k].start <= i) return { node: nodes[k].node, offset: i - nodes[k].start };
        return null;
      };
      let best: { x: number; y: number; width: number; height: number } | null = null;
      let bestDist = Infinity;
      for (let i = flat.indexOf(needle); i >= 0; i = flat.indexOf(needle, i + 1)) {
        const a = locate(i); const b = locate(i + needle.length - 1);
        if (!a || !b) continue;
        const range = document.createRange();
        range.setStart(a.node, a.offset);
        range.setEnd(b.node, b.offset + 1);
        const r = range.getBoundingClientRect();
        const dist = Math.abs(r.left - cr.left);
        if (dist < bestDist) { bestDist = dist; best = { x: r.left, y: r.top, width: r.width, height: r.height }; }
      }
      return best && bestDist < 4 ? best : null;
    }, text), (r) => r !== null && r.width > 0, { timeout: this.timeout, message: `rendered "${text}" at the cursor` }) as Promise<{ x: number; y: number; width: number; height: number }>;
  }

  /**
   * Hover over the `occurrence`-th occurrence of `text` and return the hover widget's text.
   * `via: 'mouse'` (default) moves the mouse to the middle of the rendered text; 'keyboard'
   * runs Show or Focus Hover (Ctrl+K Ctrl+I) at the cursor. `contains` waits for that substring.
   */
  async hover(text: string, { occurrence = 1, via = 'mouse', contains, timeout = this.timeout }: { occurrence?: number; via?: 'mouse' | 'keyboard'; contains?: string; timeout?: number } = {}): Promise<string> {
    // A hover asked for before the language server has analysed the document comes back empty
    // and is not asked for again: trigger it again (a few seconds apart) until it shows.
    const deadline = Date.now() + timeout;
    for (let attempt = 1; ; attempt++) {
      await this.dismissHover();
      await this.moveCursorTo(text, { occurrence });
      if (via === 'keyboard') {
        await this.page.keyboard.press('Control+K');
        await this.page.keyboard.press('Control+I');
      } else {
        const r = await this.rectAtCursor(text);
        // Arrive with a real mousemove from outside the text so monaco schedules the hover.
        await this.page.mouse.move(r.x + r.width / 2, r.y - r.height * 1.5);
        await this.page.mouse.move(r.x + r.width / 2, r.y + r.height / 2, { steps: 4 });
      }
      const left = deadline - Date.now();
      try {
        return await this.hoverText({ contains, timeout: Math.max(1000, Math.min(5000, left)) });
      } catch (e) {
        if (Date.now() >= deadline) throw new Error(`${(e as Error).message} (${attempt} attempts)`);
      }
    }
  }

  /** Text of the visible editor hover, once it has finished loading. */
  async hoverText({ contains, timeout = this.timeout }: { contains?: string; timeout?: number } = {}): Promise<string> {
    return waitStable(() => this.page.evaluate((sel) => {
      const hs = Array.from(document.querySelectorAll<HTMLElement>(sel)).filter((h) => h.offsetParent !== null || h.getClientRects().length > 0);
      return hs.map((h) => h.innerText.trim()).filter(Boolean).join('\n');
    }, SEL.hover), (t) => t.length > 0 && !/^Loading\.\.\.$/m.test(t) && (!contains || t.includes(contains)),
    { timeout, message: `hover${contains ? ` containing "${contains}"` : ''}` });
  }

  /** Hide any hover (mouse away + Escape) and wait until none is visible. */
  async dismissHover(): Promise<void> {
    await this.page.mouse.move(1, 1);
    const visible = () => this.page.evaluate((sel) => Array.from(document.querySelectorAll<HTMLElement>(sel)).some((h) => h.offsetParent !== null), SEL.hover);
    // Each Escape closes one layer (notification toasts first, then a focused hover).
    await waitFor(async () => {
      if (!(await visible())) return true;
      await this.page.keyboard.press('Escape');
      return !(await visible());
    }, Boolean, { timeout: this.timeout, interval: 200, message: 'hover hidden' });
  }

  /**
   * Computed CSS colour (e.g. 'rgb(163, 21, 21)') of the rendered token span that contains the
   * first character of the `occurrence`-th occurrence of `text` (moves the cursor there).
   */
  async tokenColor(text: string, { occurrence = 1 }: { occurrence?: number } = {}): Promise<string> {
    await this.moveCursorTo(text, { occurrence });
    const r = await this.rectAtCursor(text);
    return this.page.evaluate(({ x, y }) => {
      let el = document.elementFromPoint(x, y) as HTMLElement | null;
      // elementFromPoint may hit an overlay (cursor, decorations layer); fall back to the span under the range.
      if (!el || !el.closest('.view-line')) {
        const lines = Array.from(document.querySelectorAll<HTMLElement>('.view-line'));
        for (const l of lines) for (const s of Array.from(l.querySelectorAll<HTMLElement>('span span'))) {
          const b = s.getBoundingClientRect();
          if (x >= b.left && x < b.right && y >= b.top && y < b.bottom) el = s;
        }
      }
      return el ? getComputedStyle(el).color : '';
    }, { x: r.x + Math.min(2, r.width / 4), y: r.y + r.height / 2 });
  }

  // ---------------------------------------------------------- panels and views
  /** Open the Problems panel (Ctrl+Shift+M unless it is already visible) and read all entries. */
  async problems(): Promise<ProblemEntry[]> {
    const panel = this.page.locator(SEL.problemsPanel).first();
    if (!(await panel.isVisible())) {
      await this.focusWorkbench();
      await this.page.keyboard.press('Control+Shift+M');
      await panel.waitFor({ state: 'visible', timeout: this.timeout });
    }
    await waitFor(() => this.page.evaluate(() => Boolean(document.querySelector('.markers-panel .monaco-list-row, .markers-panel .message-box-container:not(.hidden), .markers-panel .monaco-table-tr'))),
      Boolean, { timeout: this.timeout, message: 'problems panel content' });
    return this.page.evaluate(() => {
      const out: ProblemEntry[] = [];
      let file = '';
      const rows = Array.from(document.querySelectorAll<HTMLElement>('.markers-panel .monaco-list-row'))
        .sort((a, b) => Number(a.dataset.index) - Number(b.dataset.index));
      for (const r of rows) {
        const txt = (s: string) => (r.querySelector(s)?.textContent ?? '').trim();
        if (r.querySelector('.resource-label, .file-icon') && !r.querySelector('.marker-message-details, .marker-icon')) {
          file = txt('.label-name');
          continue;
        }
        // <div class="marker-icon warning"> (the row's first .codicon is the quick-fix action).
        const cls = r.querySelector('.marker-icon')?.className ?? '';
        const severity = /error/.test(cls) ? 'error' : /warning/.test(cls) ? 'warning' : /info/.test(cls) ? 'info' : /hint|lightbulb/.test(cls) ? 'hint' : 'unknown';
        out.push({
          severity,
          message: txt('.marker-message-details .marker-message, .marker-message'),
          source: txt('.marker-source'),
          code: txt('.marker-code .monaco-link, .marker-code .code-label, .marker-code').replace(/^\(|\)$/g, ''),
          position: txt('.marker-line'),
          file,
          ariaLabel: r.getAttribute('aria-label') ?? '',
        });
      }
      return out;
    });
  }

  /**
   * Focus the Outline view (Explorer) and read its items (expanded rows, in order). With `alone`
   * (default) the other views of the side bar are collapsed first, so all rows are rendered.
   */
  async outline({ alone = true }: { alone?: boolean } = {}): Promise<OutlineItem[]> {
    const pane = this.page.locator(SEL.outlinePane).first();
    if (!(await pane.isVisible())) {
      await this.runCommand('Explorer: Focus on Outline View');
      await pane.waitFor({ state: 'visible', timeout: this.timeout });
    }
    if (alone) {
      // The list is virtualised: only rows that fit are rendered. Collapse the other views of
      // the side bar (Folders, Timeline…) so that the Outline gets its whole height.
      const others = this.page.locator('.part.sidebar .pane')
        .filter({ hasNot: this.page.locator('.outline-pane') })
        .locator('.pane-header.expanded');
      await waitFor(async () => {
        const n = await others.count();
        if (n) await others.first().click();
        return n === 0;
      }, Boolean, { timeout: this.timeout, message: 'other side-bar views collapsed' });
    }
    const read = () => this.page.evaluate((sel) => {
      const pane = document.querySelector(sel);
      if (!pane) return { empty: true, items: [] as OutlineItem[] };
      const msg = pane.querySelector<HTMLElement>('.outline-message');
      const rows = Array.from(pane.querySelectorAll<HTMLElement>('.monaco-list-row'))
        .sort((a, b) => Number(a.dataset.index) - Number(b.dataset.index));
      return {
        empty: rows.length === 0 && Boolean(msg && msg.offsetParent !== null && msg.textContent?.trim()),
        items: rows.map((r) => ({
          label: (r.querySelector('.label-name')?.textContent ?? '').trim(),
          level: Number(r.getAttribute('aria-level') ?? 1),
          description: (r.querySelector('.label-description')?.textContent ?? '').trim(),
          ariaLabel: r.getAttribute('aria-label') ?? '',
        })),
      };
    }, SEL.outlinePane);
    const r = await waitStable(read, (v) => v.items.length > 0 || v.empty, { timeout: this.timeout, message: 'outline items' });
    return r.items;
  }

  /** All status-bar items: DOM id (e.g. 'status.problems', '<ext-id>.<item-id>'), text, labels. */
  async statusBarItems(): Promise<StatusBarItem[]> {
    return this.page.evaluate((sel) => Array.from(document.querySelectorAll<HTMLElement>(`${sel} .statusbar-item`))
      .filter((e) => e.offsetParent !== null)
      .map((e) => {
        const a = e.querySelector('a, .statusbar-item-label');
        return {
          id: e.id,
          text: (e.innerText || e.textContent || '').replace(/\s+/g, ' ').trim(),
          ariaLabel: e.getAttribute('aria-label') ?? a?.getAttribute('aria-label') ?? '',
          tooltip: e.getAttribute('title') ?? a?.getAttribute('title') ?? '',
        };
      }), SEL.statusbar);
  }

  /** Wait for a status-bar item whose text matches and return its text. */
  async waitForStatusBarText(match: string | RegExp, opts: { timeout?: number } = {}): Promise<string> {
    const test = (t: string) => (typeof match === 'string' ? t.includes(match) : match.test(t));
    const items = await this.waitFor(() => this.statusBarItems(), (its) => its.some((i) => test(i.text)),
      { timeout: opts.timeout, message: `status bar text ${match}` });
    return items.find((i) => test(i.text))!.text;
  }

  /** Texts of the visible notification toasts. */
  async notifications(): Promise<string[]> {
    return this.page.evaluate(() => Array.from(document.querySelectorAll<HTMLElement>('.notifications-toasts .notification-toast .notification-list-item-message'))
      .map((e) => (e.textContent ?? '').trim()));
  }

  /** Wait for a notification toast containing `text` and return its full message. */
  async waitForNotification(text: string, opts: { timeout?: number } = {}): Promise<string> {
    const list = await this.waitFor(() => this.notifications(), (ns) => ns.some((n) => n.includes(text)),
      { timeout: opts.timeout, message: `notification "${text}"` });
    return list.find((n) => n.includes(text))!;
  }

  /**
   * The text of an Output channel (Output: Show Output Channels…, then the channel by name), as
   * the panel's editor renders it: the lines in view, top to bottom (enough for a short log).
   */
  async outputChannel(name: string): Promise<string[]> {
    await this.runCommand('Output: Show Output Channels...');
    await this.waitForQuickInput(/./);
    await this.pickQuickItem(name);
    const read = () => this.page.evaluate(() => {
      const lines = Array.from(document.querySelectorAll<HTMLElement>('.part.panel .monaco-editor .view-lines .view-line'));
      return lines.sort((a, b) => a.getBoundingClientRect().top - b.getBoundingClientRect().top)
        .map((l) => (l.textContent ?? '').replace(/\u00a0/g, ' ').trimEnd()).filter(Boolean);
    });
    return waitStable(read, (lines) => lines.length > 0, { timeout: this.timeout, message: `output channel ${name}` });
  }

  /** Full-page PNG screenshot into artifactsDir; returns its path. */
  async screenshot(name: string): Promise<string> {
    fs.mkdirSync(this.artifactsDir, { recursive: true });
    const file = path.join(this.artifactsDir, `${String(++this.shotCounter).padStart(2, '0')}-${name.replace(/[^\w.\-\u4e00-\u9fff]+/g, '_')}.png`);
    // animations: 'disabled' fast-forwards CSS transitions (e.g. the Find widget sliding away).
    await this.page.screenshot({ path: file, timeout: this.timeout, animations: 'disabled' });
    return file;
  }

  /** Close the browser, kill code-server's process group, remove temp dirs. Idempotent. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    const errors: unknown[] = [];
    await withTimeout(this.context.close(), 15_000, 'browser close').catch((e) => errors.push(e));
    await this.server.stop().catch((e) => errors.push(e));
    if (!this.keepTemp) fs.rmSync(this.tempDir, { recursive: true, force: true });
    if (errors.length) throw new Error(`close: ${errors.map((e) => (e as Error).message).join('; ')}`);
  }
}

/** Labels of the palette's placeholder row when nothing matches (English; the minimal zh-cn pack does not translate VS Code). */
export const NO_MATCH = ['No matching commands', '没有匹配的命令'];

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

async function withTimeout<T>(p: Promise<T>, ms: number, what: string): Promise<T> {
  let t: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([p, new Promise<T>((_, rej) => { t = setTimeout(() => rej(new Error(`${what} timed out after ${ms} ms`)), ms); })]);
  } finally { clearTimeout(t); }
}

/**
 * Install code-server if needed, create fresh user-data/extensions/browser dirs, install the
 * given extensions (and the zh-cn pack for locale 'zh-cn'), start code-server, launch Chromium
 * and open the workbench on `folder`. On any failure everything already started is stopped.
 */
export async function startWorkbench(opts: SessionOptions): Promise<Workbench> {
  const cs = await codeServer();
  await cs.ensureCodeServer();
  const tempDir = fs.mkdtempSync(path.join(os.tmpdir(), 'vscode-e2e-'));
  const userDataDir = path.join(tempDir, 'user-data');
  const extensionsDir = path.join(tempDir, 'extensions');
  const artifactsDir = path.resolve(opts.artifactsDir ?? path.join(REPO_ROOT, 'test-results', 'e2e'));
  let server: CodeServerHandle | undefined;
  let context: BrowserContext | undefined;
  try {
    cs.writeUserSettings(userDataDir, { ...cs.defaultUserSettings, ...(opts.settings ?? {}) });
    for (const v of opts.vsix ?? []) await cs.installExtension({ vsix: v, extensionsDir, userDataDir });
    if (opts.locale?.toLowerCase() === 'zh-cn') await cs.installZhCnLanguagePack({ extensionsDir, userDataDir });
    server = await cs.startCodeServer({
      folder: opts.folder, userDataDir, extensionsDir, locale: opts.locale, proxy: opts.proxy,
      logFile: path.join(tempDir, 'code-server.log'),
    });
    context = await launchBrowser({ userDataDir: path.join(tempDir, 'chromium'), viewport: opts.viewport });
    const page = context.pages()[0] ?? await context.newPage();
    page.setDefaultTimeout(DEFAULT_TIMEOUT);
    if (opts.logConsole) page.on('console', (m) => { if (m.type() === 'error') process.stderr.write(`[browser] ${m.text()}\n`); });
    await opts.onPage?.(page);
    const wb = new Workbench(page, context, server, path.resolve(opts.folder), artifactsDir, tempDir, Boolean(opts.keepTemp));
    try {
      await wb.open();
    } catch (e) {
      await wb.screenshot('startup-failure').catch(() => {});
      copyLog(tempDir, artifactsDir);
      await wb.close().catch(() => {});
      throw e;
    }
    return wb;
  } catch (e) {
    if (context) await context.close().catch(() => {});
    if (server) await server.stop().catch(() => {});
    if (!opts.keepTemp) fs.rmSync(tempDir, { recursive: true, force: true });
    throw e;
  }
}

function copyLog(tempDir: string, artifactsDir: string): void {
  try {
    fs.mkdirSync(artifactsDir, { recursive: true });
    fs.copyFileSync(path.join(tempDir, 'code-server.log'), path.join(artifactsDir, 'code-server.log'));
  } catch { /* no log */ }
}

/**
 * Run `fn` against a fresh workbench; on failure save a screenshot and the code-server log to
 * artifactsDir; always close everything.
 */
export async function withWorkbench<T>(opts: SessionOptions, fn: (wb: Workbench) => Promise<T>): Promise<T> {
  const wb = await startWorkbench(opts);
  try {
    return await fn(wb);
  } catch (e) {
    await wb.screenshot('failure').catch(() => {});
    copyLog(wb.tempDir, wb.artifactsDir);
    throw e;
  } finally {
    await wb.close();
  }
}
