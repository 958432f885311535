#!/usr/bin/env node
// Builds the production bundles and packages the extension with @vscode/vsce, twice:
//   dist/<name>-<version>-<target>.vsix    this machine's platform: nodejieba (native) + jieba-wasm
//   dist/<name>-<version>-universal.vsix   every platform and the browser: jieba-wasm only
// nodejieba is a native addon (kept external by esbuild): the platform .vsix ships the copy in
// node_modules/nodejieba, and packaging refuses a nodejieba binary built for another platform.
// The universal one leaves it out (.vscodeignore without its lines); the server then uses the
// WebAssembly segmenter, and the web extension (package.json "browser") needs nothing native.
// Each package's files are listed with their sizes, and checked: nothing required missing, no
// sources, source maps, tests or CLI.
//
//   node scripts/package.mjs [--target linux-x64|universal] [--out-dir dist] [--skip-build]
//   import { packageAll, packageVsix } from './package.mjs'   -> [{ file, target, bytes, files }]
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import zlib from 'node:zlib';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const NODEJIEBA_BINARY = 'node_modules/nodejieba/build/Release/nodejieba.node';
/** The Marketplace page and the extension's page in VS Code: the users' readme, not the developers' README.md. */
const USER_README = 'MARKETPLACE.md';

/** The target of the package without a native module. */
export const UNIVERSAL = 'universal';

/** Files the installed extension cannot work without (checked in the package listing). */
const REQUIRED = [
  'package.json', 'package.nls.json', 'package.nls.zh-cn.json', 'images/icon.png', 'LICENSE', 'NOTICE',
  'client/out/extension.js', 'server/out/server.js', 'server/out/segmentationWorker.js', 'server/out/documentThread.js', 'server/out/knowledge.json',
  // the web extension: its client and its language server
  'client/out/browser.js', 'server/out/browserServer.js',
  ...['jieba_rs_wasm_bg.wasm', 'jieba.dict.utf8', 'user.dict.utf8'].map((f) => `server/out/segmenter/${f}`),
  'l10n/bundle.l10n.zh-cn.json', 'syntaxes/figures.injection.tmLanguage.json',
  'server/src/knowledge/schema/knowledge.schema.json', 'server/src/knowledge/schema/verifications.schema.json',
];
/** …and the native segmenter, in a platform's package. */
const REQUIRED_NATIVE = [
  'node_modules/nodejieba/index.js', 'node_modules/nodejieba/package.json', NODEJIEBA_BINARY,
  ...['jieba.dict.utf8', 'hmm_model.utf8', 'user.dict.utf8', 'idf.utf8', 'stop_words.utf8']
    .map((f) => `node_modules/nodejieba/submodules/cppjieba/dict/${f}`),
];

/** vsce --target of this machine (alpine: the musl build of nodejieba). */
export function hostTarget() {
  const musl = process.platform === 'linux' && !process.report?.getReport?.().header?.glibcVersionRuntime;
  const platform = process.platform === 'linux' && musl ? 'alpine' : process.platform;
  return `${platform}-${process.arch === 'arm' ? 'armhf' : process.arch}`;
}

/** Platform and architecture of a native module, from its ELF / Mach-O / PE header. */
export function binaryPlatform(file) {
  const b = fs.readFileSync(file);
  if (b.readUInt32BE(0) === 0x7f454c46) { // ELF
    const machine = b.readUInt16LE(18);
    return { os: 'linux', arch: { 0x3e: 'x64', 0xb7: 'arm64', 0x28: 'armhf' }[machine] ?? `elf-machine-${machine}` };
  }
  if (b.readUInt32LE(0) === 0xfeedfacf) { // 64-bit Mach-O
    const cpu = b.readUInt32LE(4);
    return { os: 'darwin', arch: { 0x01000007: 'x64', 0x0100000c: 'arm64' }[cpu] ?? `macho-cpu-${cpu}` };
  }
  if (b.toString('latin1', 0, 2) === 'MZ') { // PE
    const machine = b.readUInt16LE(b.readUInt32LE(0x3c) + 4);
    return { os: 'win32', arch: { 0x8664: 'x64', 0xaa64: 'arm64' }[machine] ?? `pe-machine-${machine}` };
  }
  return { os: 'unknown', arch: 'unknown' };
}

function run(cmd, args, opts = {}) {
  const r = spawnSync(cmd, args, { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], ...opts });
  if (r.error) throw r.error;
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} exited ${r.status}:\n${r.stdout ?? ''}${r.stderr ?? ''}`);
  return r.stdout ?? '';
}

/** Both packages from one build: this machine's platform and the universal one. */
export async function packageAll({ outDir = path.join(ROOT, 'dist'), build = true, log = console.error, list = true } = {}) {
  if (build) run(process.execPath, ['scripts/build.mjs', '--production']);
  const out = [];
  for (const target of [hostTarget(), UNIVERSAL]) out.push(await packageVsix({ target, outDir, build: false, log, list }));
  return out;
}

/** One package; `list` logs its files with their sizes. */
export async function packageVsix({ target = hostTarget(), outDir = path.join(ROOT, 'dist'), build = true, log = console.error, list = false } = {}) {
  const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
  const t0 = Date.now();
  if (build) run(process.execPath, ['scripts/build.mjs', '--production']);
  const universal = target === UNIVERSAL;

  if (!universal) {
    const binary = path.join(ROOT, NODEJIEBA_BINARY);
    if (!fs.existsSync(binary)) throw new Error(`${NODEJIEBA_BINARY} is missing: run npm ci (it builds nodejieba)`);
    const [os, arch] = target.replace(/^alpine-/, 'linux-').split('-');
    const found = binaryPlatform(binary);
    if (found.os !== os || found.arch !== arch) {
      throw new Error(`${NODEJIEBA_BINARY} is built for ${found.os}-${found.arch}, not for ${target}: ` +
        `package on a ${target} machine after npm ci (see README, Packaging)`);
    }
  }

  fs.mkdirSync(outDir, { recursive: true });
  const file = path.join(outDir, `${pkg.name}-${pkg.version}-${target}.vsix`);
  // Written under a temporary name and renamed when complete and checked: a test (or another
  // developer's run) installing the previous package never reads a half-written or missing file.
  const temp = path.join(outDir, `.${path.basename(file)}.${process.pid}.tmp`);
  // the universal package: .vscodeignore without the native module's lines
  const ignoreFile = path.join(outDir, `.vscodeignore-${target}.${process.pid}.tmp`);
  fs.writeFileSync(ignoreFile, fs.readFileSync(path.join(ROOT, '.vscodeignore'), 'utf8')
    .split('\n').filter((line) => !(universal && line.startsWith('!node_modules/nodejieba/'))).join('\n'));
  // stdin is closed: any question vsce would ask (missing LICENSE, …) fails instead of hanging
  const vsce = path.join(ROOT, 'node_modules', '@vscode', 'vsce', 'vsce');
  try {
    // (the universal package takes nothing from node_modules: no need for vsce to ask npm)
    run(process.execPath, [vsce, 'package', ...(universal ? ['--no-dependencies'] : ['--target', target]), '--ignoreFile', ignoreFile,
      '--readme-path', USER_README, '--out', temp]);
    checkPackage(temp, universal);
    fs.renameSync(temp, file);
  } finally {
    fs.rmSync(temp, { force: true });
    fs.rmSync(ignoreFile, { force: true });
  }
  const files = packageFiles(file);
  const bytes = fs.statSync(file).size;
  log(`[package] ${path.relative(process.cwd(), file)}: ${mib(bytes)} MiB, ${files.length} files, ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  if (list) for (const { name, size } of zipListing(file).filter((e) => e.name.startsWith('extension/'))) {
    log(`  ${(size / 1024).toFixed(1).padStart(8)} KiB  ${name.slice('extension/'.length)}`);
  }
  return { file, target, bytes, files };
}

const mib = (bytes) => (bytes / 1024 / 1024).toFixed(2);

/** Paths inside the extension folder of a .vsix. */
function packageFiles(vsix) {
  return zipEntries(vsix).filter((f) => f.startsWith('extension/')).map((f) => f.slice('extension/'.length));
}

/** Throws unless every required file is in the package and nothing that must not be. */
function checkPackage(vsix, universal) {
  // vsce renames README/CHANGELOG/LICENSE; compare the rest by path.
  const files = packageFiles(vsix);
  const have = new Set(files);
  const required = universal ? REQUIRED : [...REQUIRED, ...REQUIRED_NATIVE];
  const missing = required.filter((f) => !have.has(f) && !(f === 'LICENSE' && have.has('LICENSE.txt')));
  // no sources, source maps, tests, fixtures, CLI; in the universal package nothing native
  const unwanted = files.filter((f) => /\.(map|ts)$/.test(f) || /(^|\/)(test|tests|fixtures|src)\//.test(f.replace(/^server\/src\/knowledge\/schema\//, ''))
    || f === 'server/out/cli.js' || (universal && f.startsWith('node_modules/')));
  if (missing.length || unwanted.length) {
    throw new Error(`bad package: ${missing.length ? `missing ${missing.join(', ')}` : ''}` +
      `${unwanted.length ? ` unwanted ${unwanted.join(', ')}` : ''} (check .vscodeignore and the build)`);
  }
  // vsce stores the readme as extension/readme.md (links made absolute); its title is the user readme's
  const title = (text) => text.split('\n').find((l) => l.startsWith('# '));
  const readme = zipEntry(vsix, 'extension/readme.md')?.toString('utf8') ?? '';
  if (title(readme) !== title(fs.readFileSync(path.join(ROOT, USER_README), 'utf8'))) {
    throw new Error(`bad package: its readme is not ${USER_README} (starts "${readme.slice(0, 60)}")`);
  }
}

/** The content of one entry of a zip file (stored or deflated), or undefined. */
export function zipEntry(file, name) {
  const b = fs.readFileSync(file);
  let eocd = b.length - 22;
  while (eocd >= 0 && b.readUInt32LE(eocd) !== 0x06054b50) eocd--;
  for (let i = 0, p = b.readUInt32LE(eocd + 16); i < b.readUInt16LE(eocd + 10); i++) {
    const n = b.readUInt16LE(p + 28), extra = b.readUInt16LE(p + 30), comment = b.readUInt16LE(p + 32);
    if (b.toString('utf8', p + 46, p + 46 + n) === name) {
      const method = b.readUInt16LE(p + 10), size = b.readUInt32LE(p + 20), local = b.readUInt32LE(p + 42);
      const start = local + 30 + b.readUInt16LE(local + 26) + b.readUInt16LE(local + 28);
      const data = b.subarray(start, start + size);
      return method === 8 ? zlib.inflateRawSync(data) : data;
    }
    p += 46 + n + extra + comment;
  }
  return undefined;
}

/** Names of the entries of a zip file (from its central directory). */
export function zipEntries(file) {
  return zipListing(file).map((e) => e.name);
}

/** The entries of a zip file with their uncompressed sizes. */
export function zipListing(file) {
  const b = fs.readFileSync(file);
  let eocd = b.length - 22;
  while (eocd >= 0 && b.readUInt32LE(eocd) !== 0x06054b50) eocd--;
  if (eocd < 0) throw new Error(`${file} is not a zip file`);
  const count = b.readUInt16LE(eocd + 10);
  const names = [];
  for (let i = 0, p = b.readUInt32LE(eocd + 16); i < count; i++) {
    if (b.readUInt32LE(p) !== 0x02014b50) throw new Error(`${file}: bad central directory`);
    const n = b.readUInt16LE(p + 28), extra = b.readUInt16LE(p + 30), comment = b.readUInt16LE(p + 32);
    names.push({ name: b.toString('utf8', p + 46, p + 46 + n), size: b.readUInt32LE(p + 24) });
    p += 46 + n + extra + comment;
  }
  return names;
}

if (process.argv[1] && import.meta.url === pathToFileURL(fs.realpathSync(process.argv[1])).href) {
  const args = process.argv.slice(2);
  const opt = { build: !args.includes('--skip-build'), list: true };
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--target') opt.target = args[++i];
    else if (args[i] === '--out-dir') opt.outDir = path.resolve(args[++i]);
  }
  // stdout: the path of each package, one a line
  (opt.target ? packageVsix(opt).then((r) => [r]) : packageAll(opt))
    .then((rs) => { for (const r of rs) console.log(r.file); }, (e) => { console.error(e.message); process.exit(1); });
}
