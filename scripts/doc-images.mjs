// Copies the screenshots of the README and of the users' readme (MARKETPLACE.md, its zh-cn
// version) from the latest e2e run (test-results/e2e/) to docs/images/.
//   npm run test:e2e && node scripts/doc-images.mjs
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const RESULTS = path.join(ROOT, 'test-results', 'e2e');
// docs/images/<name> ← test-results/e2e/<dir>/NN-<shot>.png
const IMAGES = {
  'workbench.png': ['en', 'overview'],
  'export.png': ['en', 'export-save-dialog'],
  'palette-zh-cn.png': ['zh-cn', 'command-palette-zh-cn'],
  'report.png': ['report', 'report-document'],
  // MARKETPLACE.md
  'hover.png': ['en', 'hover-figure'],
  'diagnostics.png': ['en', 'problems'],
  'outline.png': ['en', 'outline'],
  'claims.png': ['report', 'claims-view'],
  // MARKETPLACE.zh-cn.md
  'hover-zh-cn.png': ['zh-cn', 'hover-vendor-zh-cn'],
  'diagnostics-zh-cn.png': ['zh-cn', 'problems-zh-cn'],
};

const out = path.join(ROOT, 'docs', 'images');
fs.mkdirSync(out, { recursive: true });
let missing = 0;
for (const [name, [dir, shot]] of Object.entries(IMAGES)) {
  const files = fs.existsSync(path.join(RESULTS, dir)) ? fs.readdirSync(path.join(RESULTS, dir)) : [];
  const hit = files.find((f) => f.replace(/^\d+-/, '') === `${shot}.png`);
  if (!hit) { console.error(`missing: ${dir}/NN-${shot}.png (run npm run test:e2e first)`); missing++; continue; }
  fs.copyFileSync(path.join(RESULTS, dir, hit), path.join(out, name));
  console.log(`docs/images/${name} ← test-results/e2e/${dir}/${hit}`);
}
process.exit(missing ? 1 : 0);
