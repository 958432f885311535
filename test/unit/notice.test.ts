// NOTICE credits every third-party package that ships: the ones esbuild bundles into the
// extension, the server and the CLI (for Node and for the browser), and the ones kept external and
// shipped beside them.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { test } from 'node:test';
import { build, type Plugin } from 'esbuild';

const ROOT = join(__dirname, '..', '..');

test('NOTICE names every third-party package that is bundled or shipped', async () => {
  const script = readFileSync(join(ROOT, 'scripts', 'build.mjs'), 'utf8');
  const entries = [...script.matchAll(/\['([^']+\.ts)',\s*'[^']+\.js'\]/g)].map((m) => m[1]);
  const external = JSON.parse(script.match(/external:\s*(\[[^\]]*\])/)![1].replace(/'/g, '"')) as string[];
  assert.ok(entries.length >= 3, `entries found in scripts/build.mjs: ${entries}`);
  // the web extension's client and server: { ..., entryPoints: ['client/src/browser.ts'], ... }
  const browserBlock = script.slice(script.indexOf('const browserEntries'), script.indexOf('];', script.indexOf('const browserEntries')));
  const browserEntries = [...browserBlock.matchAll(/entryPoints:\s*\['([^']+\.ts)'\]/g)].map((m) => m[1]);
  assert.ok(browserEntries.length >= 2, `browser entries found in scripts/build.mjs: ${browserEntries}`);
  const shipped = new Set(external.filter((p) => p !== 'vscode'));
  const builds = [
    ...entries.map((entry) => ({ entry, platform: 'node' as const, alias: {} })),
    ...browserEntries.map((entry) => ({ entry, platform: 'browser' as const, alias: { 'node:path': 'path-browserify' } })),
  ];
  // as scripts/build.mjs: the browser build takes a module's twin x.browser.ts where there is one
  const browserTwins: Plugin = {
    name: 'browser-twins',
    setup(b) {
      b.onResolve({ filter: /^\.{1,2}\/.*\.ts$/ }, (args) => {
        const twin = resolve(args.resolveDir, args.path).replace(/\.ts$/, '.browser.ts');
        return existsSync(twin) ? { path: twin } : undefined;
      });
    },
  };
  for (const { entry, platform, alias } of builds) {
    const { metafile } = await build({
      entryPoints: [join(ROOT, entry)], bundle: true, platform, format: 'cjs', write: false, metafile: true,
      external: platform === 'node' ? external : ['vscode'], alias, logLevel: 'silent', absWorkingDir: ROOT,
      plugins: platform === 'browser' ? [browserTwins] : [], conditions: platform === 'browser' ? ['worker'] : [],
    });
    for (const input of Object.keys(metafile.inputs)) {
      const m = input.match(/node_modules\/((?:@[^/]+\/)?[^/]+)\//);
      if (m) shipped.add(m[1]);
    }
  }
  const notice = readFileSync(join(ROOT, 'NOTICE'), 'utf8');
  // "micromark-*" in NOTICE stands for a family of packages from one source
  const families = [...notice.matchAll(/([\w@/.-]+-)\*/g)].map((m) => m[1]);
  const named = (p: string) => new RegExp(`(^|[\\s,(])${p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}([\\s,.):]|$)`, 'm').test(notice) || families.some((f) => p.startsWith(f));
  const missing = [...shipped].filter((p) => !named(p)).sort();
  assert.deepEqual(missing, [], 'packages that ship without a NOTICE section naming them: add one per source');
});
