// Runs the test suites with Node's test runner (TypeScript through tsx):
//   node scripts/test.mjs [unit] [lsp] [e2e]   (default: all three)
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const suites = process.argv.slice(2).filter((a) => !a.startsWith('-'));
const wanted = suites.length ? suites : ['unit', 'lsp', 'e2e'];

function find(dir) {
  let out = [];
  let entries = [];
  try { entries = readdirSync(dir); } catch { return out; }
  for (const name of entries.sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out = out.concat(find(path));
    else if (name.endsWith('.test.ts')) out.push(path);
  }
  return out;
}

let failed = false;
for (const suite of wanted) {
  const files = find(join('test', suite));
  if (!files.length) continue;
  if (suite === 'e2e') {
    // the e2e tests install the packaged .vsix files into code-server: package them fresh, and
    // install code-server (once, about a minute) before any test's timeout starts
    const setup = [['scripts/package.mjs'], ['scripts/code-server.mjs', 'install']].find((step) => {
      const r = spawnSync(process.execPath, step, { stdio: ['inherit', step.length === 1 ? 'pipe' : 'inherit', 'inherit'], encoding: 'utf8' });
      // the package script prints the paths of both .vsix files: all e2e tests of this run install those
      if (r.status === 0 && step.length === 1) {
        const files = r.stdout.trim().split('\n');
        process.env.E2E_VSIX_UNIVERSAL = files.find((f) => f.endsWith('-universal.vsix'));
        process.env.E2E_VSIX = files.find((f) => !f.endsWith('-universal.vsix'));
      }
      return r.status !== 0;
    });
    if (setup) { console.error(`e2e setup failed: node ${setup.join(' ')}`); failed = true; continue; }
  }
  console.log(`\n# ${suite}: ${files.length} files`);
  // e2e suites drive one browser and one code-server each: run them one after another
  const concurrency = suite === 'e2e' ? ['--test-concurrency=1'] : [];
  const r = spawnSync(process.execPath, ['--import', 'tsx', '--test', '--test-reporter=spec', ...concurrency, ...files], { stdio: 'inherit' });
  if (r.status !== 0) failed = true;
}
process.exit(failed ? 1 : 0);
