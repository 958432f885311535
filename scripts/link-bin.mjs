// npm links the bins of dependencies into node_modules/.bin, not the package's own; link
// ai-annotate there too, so scripts and tools that look in node_modules/.bin find it.
import { existsSync, mkdirSync, rmSync, symlinkSync } from 'node:fs';

if (existsSync('node_modules')) {
  mkdirSync('node_modules/.bin', { recursive: true });
  rmSync('node_modules/.bin/ai-annotate', { force: true });
  symlinkSync('../../bin/ai-annotate.js', 'node_modules/.bin/ai-annotate');
}
