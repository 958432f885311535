// Shared setup of the e2e tests: the packaged .vsix, a fresh copy of the fixture workspace,
// the same analysis through the CLI (to know what the workbench must show), and the strings of
// the manifest.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { REPO_ROOT } from './harness.ts';

export const FIXTURES = path.join(REPO_ROOT, 'test', 'e2e', 'fixtures', 'workspace');
export const ARTIFACTS = path.join(REPO_ROOT, 'test-results', 'e2e');

interface PackageModule {
  hostTarget(): string;
  UNIVERSAL: string;
  packageVsix(opts?: { target?: string; build?: boolean; log?: (m: string) => void }): Promise<{ file: string; bytes: number }>;
}

const SOURCES = ['client/src', 'protocol', 'server/src', 'l10n', 'syntaxes', 'package.json', 'package.nls.json', 'package.nls.zh-cn.json', '.vscodeignore'];

function newestMtime(p: string): number {
  const st = fs.statSync(p);
  if (!st.isDirectory()) return st.mtimeMs;
  let max = st.mtimeMs;
  for (const name of fs.readdirSync(p)) max = Math.max(max, newestMtime(path.join(p, name)));
  return max;
}

/**
 * The .vsix to test: this machine's platform (nodejieba and jieba-wasm), or the universal one
 * (jieba-wasm only, and the web extension). $E2E_VSIX / $E2E_VSIX_UNIVERSAL when set
 * (`node scripts/test.mjs e2e` packages both before the tests and sets them), else
 * dist/<name>-<version>-<target>.vsix, packaged now when it is missing or older than the sources.
 */
export async function builtVsix(kind: 'platform' | 'universal' = 'platform'): Promise<string> {
  const given = kind === 'universal' ? process.env.E2E_VSIX_UNIVERSAL : process.env.E2E_VSIX;
  if (given) return given;
  const mod = await import(pathToFileURL(path.join(REPO_ROOT, 'scripts', 'package.mjs')).href) as PackageModule;
  const target = kind === 'universal' ? mod.UNIVERSAL : mod.hostTarget();
  const pkg = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8'));
  const file = path.join(REPO_ROOT, 'dist', `${pkg.name}-${pkg.version}-${target}.vsix`);
  const sources = Math.max(...SOURCES.map((s) => path.join(REPO_ROOT, s)).filter((s) => fs.existsSync(s)).map(newestMtime));
  if (!fs.existsSync(file) || fs.statSync(file).mtimeMs < sources) return (await mod.packageVsix({ target })).file;
  return file;
}

/** A fresh copy of the fixture workspace in a temp dir (tests write exports and verifications). */
export function makeWorkspace(): { dir: string; dispose(): void } {
  const base = fs.mkdtempSync(path.join(os.tmpdir(), 'e2e-ws-'));
  const dir = path.join(base, 'workspace');
  fs.cpSync(FIXTURES, dir, { recursive: true });
  return { dir, dispose: () => fs.rmSync(base, { recursive: true, force: true }) };
}

export interface Annotation {
  kind: string; start: number; end: number; text: string; entityId?: string; canonical?: string;
  value?: number; unit?: string; qualifier?: string; status?: string; subjectId?: string;
}

/** The analysis of a file by the ai-annotate CLI (the same engine as the language server). */
export function cliAnnotations(file: string, workspace = path.dirname(file)): { schema: string; annotations: Annotation[] } {
  // the workspace's .ai-annotator/ files count, as they do in the editor
  const r = spawnSync(process.execPath, [path.join(REPO_ROOT, 'server', 'out', 'cli.js'), 'annotate', '--format', 'json', '--workspace', workspace, file], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`ai-annotate failed on ${file}: ${r.stderr}`);
  return JSON.parse(r.stdout);
}

/** What the status-bar item must show for a document: distinct vendors/models, figures, unverified. */
export function expectedCounts(annotations: Annotation[]): number[] {
  const distinct = (kind: string) => new Set(annotations.filter((a) => a.kind === kind).map((a) => a.entityId)).size;
  const figures = annotations.filter((a) => a.kind === 'figure');
  return [distinct('vendor'), distinct('model'), figures.length, figures.filter((f) => f.status === 'unverified').length];
}

/** The extension's command titles as the palette shows them ("Category: Title") for a locale. */
export function commandTitles(locale: 'en' | 'zh-cn'): Record<string, string> {
  const pkg = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8'));
  const nls = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, locale === 'en' ? 'package.nls.json' : `package.nls.${locale}.json`), 'utf8'));
  const str = (s: string) => s.replace(/^%(.+)%$/, (_, k) => nls[k] ?? s);
  // commands hidden from the palette (they need an argument, like a folder from the Explorer) are not listed
  const hidden = new Set((pkg.contributes.menus?.commandPalette ?? []).filter((m: { when?: string }) => m.when === 'false').map((m: { command: string }) => m.command));
  const out: Record<string, string> = {};
  for (const c of pkg.contributes.commands) if (!hidden.has(c.command)) out[c.command] = `${str(c.category)}: ${str(c.title)}`;
  return out;
}

/** rgb(…) of a #RRGGBB colour, as getComputedStyle reports it. */
export function rgb(hex: string): string {
  const n = Number.parseInt(hex.replace('#', ''), 16);
  return `rgb(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255})`;
}

/** The colours the manifest's configurationDefaults give to the semantic token types. */
export function tokenColours(): Record<string, string> {
  const pkg = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8'));
  const rules = pkg.contributes.configurationDefaults['editor.semanticTokenColorCustomizations'].rules as Record<string, { foreground: string }>;
  return Object.fromEntries(Object.entries(rules).map(([k, v]) => [k, rgb(v.foreground)]));
}
