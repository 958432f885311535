// NOTICE credits every third-party package that ships: the ones esbuild bundles into the
// extension, the server and the CLI, and the ones kept external and shipped beside them.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { build } from 'esbuild';

const ROOT = join(__dirname, '..', '..');

test('NOTICE names every third-party package that is bundled or shipped', async () => {
  const script = readFileSync(join(ROOT, 'scripts', 'build.mjs'), 'utf8');
  const entries = [...script.matchAll(/\['([^']+\.ts)',\s*'[^']+\.js'\]/g)].map((m) => m[1]);
  const external = JSON.parse(script.match(/external:\s*(\[[^\]]*\])/)![1].replace(/'/g, '"')) as string[];
  assert.ok(entries.length >= 3, `entries found in scripts/build.mjs: ${entries}`);
  const shipped = new Set(external.filter((p) => p !== 'vscode'));
  for (const entry of entries) {
    const { metafile } = await build({
      entryPoints: [join(ROOT, entry)], bundle: true, platform: 'node', format: 'cjs', write: false, metafile: true,
      external, logLevel: 'silent', absWorkingDir: ROOT,
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
