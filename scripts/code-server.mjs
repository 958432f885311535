#!/usr/bin/env node
// code-server helpers for end-to-end tests of the extension in the real VS Code
// workbench (code-server + headless Chromium). Plain ESM, no dependencies.
//
// Module API:
//   ensureCodeServer({ dir?, log? })                      -> { dir, entry, version, vscodeDir }
//   installExtension({ vsix, extensionsDir, userDataDir, force? })
//   installZhCnLanguagePack({ extensionsDir, userDataDir }) -> { id, version }
//   packageExtension(extDir, outFile)                       -> outFile (vsce package, no repo/license needed)
//   writeUserSettings(userDataDir, settings, { merge? })    -> path of User/settings.json
//   defaultUserSettings                                     (offline/quiet workbench settings)
//   startCodeServer({ folder, userDataDir, extensionsDir, port?, locale?, host?, logFile?,
//                     extraArgs?, env?, readyTimeoutMs?, settings?, proxy? })
//                                                         -> { url, port, pid (= process group id), logFile, readyMs, stop() }
//   folderUrl(url, folder)                                  -> URL that opens `folder` in the workbench
//   freePort(host?)                                         -> a free TCP port
//   APT_PACKAGES                                            (Debian packages the install needs)
//
// CLI:
//   node scripts/code-server.mjs install            # ensureCodeServer()
//   node scripts/code-server.mjs apt                # apt-get install -y APT_PACKAGES (root)
//   node scripts/code-server.mjs start <folder> [--port N] [--locale zh-cn] [--user-data-dir D]
//        [--extensions-dir D] [--vsix file.vsix ...] [--zh-cn-pack]
//                                                   # runs until Ctrl-C, then kills the group

import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const __dirname = path.dirname(fileURLToPath(import.meta.url));
export const REPO_ROOT = path.resolve(__dirname, '..');
export const CODE_SERVER_VERSION = '4.100.3';
export const DEFAULT_DIR = process.env.CODE_SERVER_DIR || path.join(REPO_ROOT, '.cache', 'code-server');

// @vscode/ripgrep as pinned by code-server 4.100.3's lib/vscode/npm-shrinkwrap.json, and the
// rg release its lib/postinstall.js (VERSION) downloads from GitHub. The download is skipped
// when $TMPDIR/vscode-ripgrep-cache-<pkgVersion>/ripgrep-<rgRelease>-<target>.tar.gz exists
// (lib/download.js); the tarball must hold `rg` at its root (`tar xvf -C bin/`).
const RIPGREP_PKG_VERSION = '1.15.11';
const RIPGREP_RELEASE = 'v13.0.0-10';

export const APT_PACKAGES = [
  'build-essential', 'pkg-config', 'python3', 'libkrb5-dev', 'libx11-dev', 'libxkbfile-dev',
  'libsecret-1-dev', 'ripgrep', 'chromium', 'fonts-noto-cjk',
];

/** Settings that keep the workbench offline, quiet and deterministic. */
export const defaultUserSettings = {
  'workbench.startupEditor': 'none',
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'workbench.settings.enableNaturalLanguageSearch': false,
  'workbench.localHistory.enabled': false,
  'telemetry.telemetryLevel': 'off',
  'security.workspace.trust.enabled': false,
  'security.workspace.trust.startupPrompt': 'never',
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'npm.fetchOnlinePackageInfo': false,
  'git.enabled': false,
  'git.autofetch': false,
  'github.gitAuthentication': false,
  'chat.commandCenter.enabled': false,
  'chat.disableAIFeatures': true,
  'files.autoSave': 'off',
  'editor.minimap.enabled': false,
  'editor.accessibilitySupport': 'off',
  'editor.hover.delay': 100,
  'window.commandCenter': false,
  'workbench.colorTheme': 'Default Light Modern',
};

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

function cs(dir = DEFAULT_DIR) {
  const pkg = path.join(dir, 'node_modules', 'code-server');
  return {
    dir,
    pkg,
    entry: path.join(pkg, 'out', 'node', 'entry.js'),
    vscodeDir: path.join(pkg, 'lib', 'vscode'),
    rg: path.join(pkg, 'lib', 'vscode', 'node_modules', '@vscode', 'ripgrep', 'bin', 'rg'),
    stamp: path.join(dir, `.installed-${CODE_SERVER_VERSION}`),
  };
}

function which(cmd) {
  for (const d of (process.env.PATH || '').split(path.delimiter)) {
    const p = path.join(d, cmd);
    try { fs.accessSync(p, fs.constants.X_OK); return p; } catch { /* next */ }
  }
  return null;
}

function checkBuildPrereqs() {
  const missing = [];
  for (const c of ['rg', 'cc', 'c++', 'make', 'python3', 'pkg-config']) if (!which(c)) missing.push(c);
  if (which('pkg-config')) {
    for (const lib of ['libsecret-1', 'x11', 'xkbfile', 'krb5-gssapi']) {
      if (spawnSync('pkg-config', ['--exists', lib]).status !== 0) missing.push(`pkg-config:${lib}`);
    }
  }
  if (missing.length) {
    throw new Error(`code-server build prerequisites missing (${missing.join(', ')}). Run as root:\n` +
      `  apt-get update && apt-get install -y ${APT_PACKAGES.join(' ')}\n` +
      `or: node scripts/code-server.mjs apt`);
  }
}

function ripgrepTarget() {
  const arch = process.env.npm_config_arch || os.arch();
  if (arch === 'x64') return 'x86_64-unknown-linux-musl';
  if (arch === 'arm64') return 'aarch64-unknown-linux-musl';
  throw new Error(`ripgrep cache trick not implemented for arch ${arch}`);
}

/** Put Debian's rg where @vscode/ripgrep's postinstall looks before downloading. */
function seedRipgrepCache(tmpDir) {
  const rg = which('rg');
  if (!rg) throw new Error('rg not found on PATH (apt-get install -y ripgrep)');
  const cacheDir = path.join(tmpDir, `vscode-ripgrep-cache-${RIPGREP_PKG_VERSION}`);
  fs.mkdirSync(cacheDir, { recursive: true });
  const tarball = path.join(cacheDir, `ripgrep-${RIPGREP_RELEASE}-${ripgrepTarget()}.tar.gz`);
  const stage = fs.mkdtempSync(path.join(tmpDir, 'rg-stage-'));
  fs.copyFileSync(fs.realpathSync(rg), path.join(stage, 'rg'));
  fs.chmodSync(path.join(stage, 'rg'), 0o755);
  const r = spawnSync('tar', ['czf', tarball, '-C', stage, 'rg'], { stdio: 'inherit' });
  fs.rmSync(stage, { recursive: true, force: true });
  if (r.status !== 0) throw new Error('tar failed while seeding the ripgrep cache');
  return tarball;
}

async function withLock(lockDir, timeoutMs, fn) {
  const deadline = Date.now() + timeoutMs;
  fs.mkdirSync(path.dirname(lockDir), { recursive: true });
  for (;;) {
    try { fs.mkdirSync(lockDir); break; } catch (e) {
      if (e.code !== 'EEXIST') throw e;
      // Stale lock (owner died)?
      let pid = 0;
      try { pid = Number(fs.readFileSync(path.join(lockDir, 'pid'), 'utf8')); } catch { /* racing */ }
      if (pid && !isAlive(pid)) { fs.rmSync(lockDir, { recursive: true, force: true }); continue; }
      if (Date.now() > deadline) throw new Error(`timed out waiting for lock ${lockDir}`);
      await sleep(500);
    }
  }
  fs.writeFileSync(path.join(lockDir, 'pid'), String(process.pid));
  try { return await fn(); } finally { fs.rmSync(lockDir, { recursive: true, force: true }); }
}

function isAlive(pid) {
  try { process.kill(pid, 0); return true; } catch (e) { return e.code === 'EPERM'; }
}

/**
 * Install code-server@4.100.3 into `dir` (default /work/main/.cache/code-server) unless a
 * complete install is already there. Idempotent; returns in milliseconds when present.
 */
export async function ensureCodeServer({ dir = DEFAULT_DIR, log = console.error } = {}) {
  const p = cs(dir);
  const done = () => fs.existsSync(p.stamp) && fs.existsSync(p.entry) && fs.existsSync(p.rg);
  if (done()) return { dir, entry: p.entry, vscodeDir: p.vscodeDir, version: CODE_SERVER_VERSION };
  return withLock(path.join(path.dirname(dir), `.${path.basename(dir)}.lock`), 15 * 60_000, async () => {
    if (done()) return { dir, entry: p.entry, vscodeDir: p.vscodeDir, version: CODE_SERVER_VERSION };
    checkBuildPrereqs();
    const t0 = Date.now();
    log(`[code-server] installing code-server@${CODE_SERVER_VERSION} into ${dir} (takes ~1-2 min, ~300 MB)`);
    fs.rmSync(dir, { recursive: true, force: true });
    fs.mkdirSync(dir, { recursive: true });
    // Own package.json so npm does not walk up to the repo's package.json.
    fs.writeFileSync(path.join(dir, 'package.json'),
      JSON.stringify({
        name: 'code-server-e2e-cache', private: true,
        // npm 11 warns (and a future npm may refuse) to run install scripts not listed here.
        allowScripts: { 'code-server': true, argon2: true },
      }, null, 2) + '\n');
    const tmpDir = path.join(dir, 'tmp');
    fs.mkdirSync(tmpDir, { recursive: true });
    seedRipgrepCache(tmpDir);
    const env = {
      ...process.env,
      TMPDIR: tmpDir,
      npm_config_unsafe_perm: 'true',
      npm_config_yes: 'true',
      npm_config_audit: 'false',
      npm_config_fund: 'false',
      npm_config_update_notifier: 'false',
    };
    delete env.GITHUB_TOKEN;
    const logFile = path.join(dir, 'install.log');
    const out = fs.openSync(logFile, 'w');
    const child = spawn('npm', ['install', '--no-save', '--omit=dev', `code-server@${CODE_SERVER_VERSION}`],
      { cwd: dir, env, stdio: ['ignore', out, out] });
    const code = await new Promise((res, rej) => { child.on('error', rej); child.on('exit', (c, s) => res(c ?? s)); });
    fs.closeSync(out);
    if (code !== 0 || !fs.existsSync(p.entry) || !fs.existsSync(p.rg)) {
      const tail = fs.readFileSync(logFile, 'utf8').split('\n').slice(-40).join('\n');
      throw new Error(`code-server install failed (exit ${code}); see ${logFile}\n${tail}\n` +
        (fs.existsSync(p.entry) && !fs.existsSync(p.rg)
          ? `@vscode/ripgrep did not get rg: check RIPGREP_PKG_VERSION/RIPGREP_RELEASE against ` +
            `${p.vscodeDir}/node_modules/@vscode/ripgrep/{package.json,lib/postinstall.js}\n` : ''));
    }
    fs.rmSync(tmpDir, { recursive: true, force: true });
    fs.writeFileSync(p.stamp, new Date().toISOString() + '\n');
    log(`[code-server] installed in ${((Date.now() - t0) / 1000).toFixed(0)} s`);
    return { dir, entry: p.entry, vscodeDir: p.vscodeDir, version: CODE_SERVER_VERSION };
  });
}

/** Environment for code-server processes: isolated from the user's ~/.config and ~/.local. */
function csEnv(userDataDir, extra = {}) {
  const env = { ...process.env, ...extra };
  for (const k of Object.keys(env)) {
    if (/^(VSCODE_|ELECTRON_)/.test(k) || k === 'PASSWORD' || k === 'HASHED_PASSWORD') delete env[k];
  }
  const state = path.join(path.dirname(path.resolve(userDataDir)), `${path.basename(userDataDir)}.xdg`);
  env.XDG_CONFIG_HOME = path.join(state, 'config');
  env.XDG_DATA_HOME = path.join(state, 'data');
  env.XDG_CACHE_HOME = path.join(state, 'cache');
  return env;
}

function runCodeServerCli(args, { userDataDir, extensionsDir, timeoutMs = 180_000 }) {
  const { entry } = cs();
  if (!fs.existsSync(entry)) throw new Error('code-server not installed: call ensureCodeServer() first');
  fs.mkdirSync(userDataDir, { recursive: true });
  fs.mkdirSync(extensionsDir, { recursive: true });
  const r = spawnSync(process.execPath, [entry,
    '--config', path.join(userDataDir, 'code-server-config.yaml'),
    '--user-data-dir', userDataDir, '--extensions-dir', extensionsDir, ...args],
  { env: csEnv(userDataDir), encoding: 'utf8', timeout: timeoutMs });
  const out = `${r.stdout || ''}${r.stderr || ''}`;
  if (r.error) throw new Error(`code-server ${args.join(' ')}: ${r.error.message}\n${out}`);
  // Failures print "Failed Installing Extensions: ..." and exit 1.
  if (r.status !== 0 || /Failed Installing/i.test(out)) {
    throw new Error(`code-server ${args.join(' ')} exited ${r.status}:\n${out}`);
  }
  return out;
}

function ensureConfigFile(userDataDir) {
  fs.mkdirSync(userDataDir, { recursive: true });
  const cfg = path.join(userDataDir, 'code-server-config.yaml');
  if (!fs.existsSync(cfg)) fs.writeFileSync(cfg, 'auth: none\ncert: false\n');
  return cfg;
}

/** Install a .vsix into extensionsDir with code-server's CLI (throws on failure). */
export async function installExtension({ vsix, extensionsDir, userDataDir, force = true }) {
  ensureConfigFile(userDataDir);
  const abs = path.resolve(vsix);
  if (!fs.existsSync(abs)) throw new Error(`vsix not found: ${abs}`);
  return runCodeServerCli(['--install-extension', abs, ...(force ? ['--force'] : [])],
    { userDataDir, extensionsDir });
}

/** Merge (default) or replace `settings` into <userDataDir>/User/settings.json. */
export function writeUserSettings(userDataDir, settings = defaultUserSettings, { merge = true } = {}) {
  const file = path.join(userDataDir, 'User', 'settings.json');
  fs.mkdirSync(path.dirname(file), { recursive: true });
  let cur = {};
  if (merge && fs.existsSync(file)) {
    try { cur = JSON.parse(fs.readFileSync(file, 'utf8')); } catch { cur = {}; }
  }
  fs.writeFileSync(file, JSON.stringify({ ...cur, ...settings }, null, 2) + '\n');
  return file;
}

function findVsce() {
  const local = path.join(REPO_ROOT, 'node_modules', '.bin', 'vsce');
  if (fs.existsSync(local)) return local;
  const w = which('vsce');
  if (w) return w;
  throw new Error('vsce not found (npm install in the repo installs @vscode/vsce)');
}

/** Package an extension folder into a .vsix with vsce (no repository/license required). */
export function packageExtension(extDir, outFile) {
  const r = spawnSync(findVsce(), ['package', '--allow-missing-repository', '--skip-license',
    '--allow-star-activation', '--no-dependencies', '--no-update-package-json', '--out', outFile],
  { cwd: extDir, encoding: 'utf8', input: 'y\n', timeout: 120_000 });
  if (r.status !== 0 || !fs.existsSync(outFile)) {
    throw new Error(`vsce package failed in ${extDir}:\n${r.stdout}${r.stderr}`);
  }
  return outFile;
}

const ZH_PACK = { publisher: 'e2e-local', name: 'vscode-language-pack-zh-hans', version: '1.100.0' };

/**
 * Build a minimal zh-cn language pack (no translations of VS Code itself), install it and
 * register it in <userDataDir>/languagepacks.json so that `startCodeServer({ locale: 'zh-cn' })`
 * yields vscode.env.language === 'zh-cn' and extensions' package.nls.zh-cn.json /
 * l10n/bundle.l10n.zh-cn.json strings are used. VS Code's own UI stays English.
 */
export async function installZhCnLanguagePack({ extensionsDir, userDataDir }) {
  const id = `${ZH_PACK.publisher}.${ZH_PACK.name}`;
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'zh-cn-pack-'));
  try {
    const ext = path.join(tmp, 'ext');
    fs.mkdirSync(path.join(ext, 'translations'), { recursive: true });
    fs.writeFileSync(path.join(ext, 'package.json'), JSON.stringify({
      name: ZH_PACK.name,
      displayName: 'Chinese (Simplified) minimal test language pack',
      description: 'Local stand-in language pack for e2e tests; translates nothing in VS Code itself.',
      publisher: ZH_PACK.publisher,
      version: ZH_PACK.version,
      license: 'MIT',
      engines: { vscode: '^1.100.0' },
      categories: ['Language Packs'],
      contributes: {
        localizations: [{
          languageId: 'zh-cn',
          languageName: 'Chinese Simplified',
          localizedLanguageName: '中文(简体)',
          translations: [{ id: 'vscode', path: './translations/main.i18n.json' }],
        }],
      },
    }, null, 2));
    // Format read by VS Code's nls loader: { version, contents: { <module>: { <key>: <msg> } } }.
    const mainI18n = JSON.stringify({ version: '1.0.0', contents: {} });
    fs.writeFileSync(path.join(ext, 'translations', 'main.i18n.json'), mainI18n);
    fs.writeFileSync(path.join(ext, 'README.md'), '# zh-cn test language pack\n');
    fs.writeFileSync(path.join(ext, 'LICENSE'), 'MIT\n');
    const vsix = packageExtension(ext, path.join(tmp, `${id}.vsix`));
    await installExtension({ vsix, extensionsDir, userDataDir });

    const installed = path.join(path.resolve(extensionsDir), `${id}-${ZH_PACK.version}`);
    const translation = path.join(installed, 'translations', 'main.i18n.json');
    if (!fs.existsSync(translation)) throw new Error(`language pack not found after install: ${installed}`);
    // Same shape as vs/platform/languagePacks/node/languagePacks.ts (LanguagePacksCache):
    // { [locale]: { hash, extensions: [{ extensionIdentifier: { id, uuid? }, version }],
    //               translations: { [id]: absPath }, label } }
    // hash = md5(uuid || id, version) as LanguagePacksCache.updateHash computes it.
    const hash = createHash('md5').update(id).update(ZH_PACK.version).digest('hex');
    const file = path.join(userDataDir, 'languagepacks.json');
    let cur = {};
    try { cur = JSON.parse(fs.readFileSync(file, 'utf8')); } catch { /* new */ }
    cur['zh-cn'] = {
      hash,
      extensions: [{ extensionIdentifier: { id }, version: ZH_PACK.version }],
      translations: { vscode: translation },
      label: '中文(简体)',
    };
    fs.writeFileSync(file, JSON.stringify(cur));
    return { id, version: ZH_PACK.version, languagePacksFile: file };
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

export function freePort(host = '127.0.0.1') {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, host, () => { const { port } = srv.address(); srv.close(() => resolve(port)); });
  });
}

function httpGet(url, timeoutMs = 2000) {
  return new Promise((resolve) => {
    const req = http.get(url, { timeout: timeoutMs }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c) => { if (body.length < 65536) body += c; });
      res.on('end', () => resolve({ status: res.statusCode, body }));
    });
    req.on('timeout', () => req.destroy(new Error('timeout')));
    req.on('error', () => resolve({ status: 0, body: '' }));
  });
}

/** URL that opens `folder` in the workbench served at `url`. */
export function folderUrl(url, folder) {
  const u = new URL(url);
  u.searchParams.set('folder', path.resolve(folder));
  return u.toString();
}

const liveGroups = new Set();
let exitHookInstalled = false;
function installExitHook() {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  // Last resort: never leave code-server (and its lingering extension host) behind.
  process.on('exit', () => { for (const pid of liveGroups) { try { process.kill(-pid, 'SIGKILL'); } catch { /* gone */ } } });
  for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
    process.once(sig, () => {
      for (const pid of liveGroups) { try { process.kill(-pid, 'SIGKILL'); } catch { /* gone */ } }
      process.exit(128 + (os.constants.signals[sig] || 0));
    });
  }
}

const SUPERVISOR = `
const { spawn } = require('node:child_process');
const [parent, ...args] = process.argv.slice(1);
const killGroup = () => { try { process.kill(-process.pid, 'SIGKILL'); } catch {} process.exit(0); };
const cs = spawn(process.execPath, args, { stdio: 'inherit' });
cs.on('exit', killGroup);
process.on('SIGTERM', () => { cs.kill('SIGTERM'); setTimeout(killGroup, 5000).unref(); });
setInterval(() => { try { process.kill(Number(parent), 0); } catch { killGroup(); } }, 1000);
`;

function groupAlive(pgid) {
  try { process.kill(-pgid, 0); return true; } catch (e) { return e.code === 'EPERM'; }
}

/**
 * Start code-server detached in its own process group, bound to host:port, and resolve once
 * it answers HTTP (GET /healthz and the workbench page). `stop()` kills the whole group.
 * `proxy: true` keeps code-server's port proxy (/proxy/<port>/…, the workbench's own origin),
 * through which a test serves a web extension from a location.
 */
export async function startCodeServer({
  folder, userDataDir, extensionsDir, port = 0, host = '127.0.0.1', locale, logFile,
  extraArgs = [], env = {}, readyTimeoutMs = 60_000, settings, proxy = false,
} = {}) {
  const { entry } = cs();
  if (!fs.existsSync(entry)) throw new Error('code-server not installed: call ensureCodeServer() first');
  if (!userDataDir || !extensionsDir) throw new Error('userDataDir and extensionsDir are required');
  fs.mkdirSync(extensionsDir, { recursive: true });
  const cfg = ensureConfigFile(userDataDir);
  if (settings) writeUserSettings(userDataDir, settings);
  else if (!fs.existsSync(path.join(userDataDir, 'User', 'settings.json'))) writeUserSettings(userDataDir);
  if (!port) port = await freePort(host);
  logFile ??= path.join(path.dirname(path.resolve(userDataDir)), `code-server-${port}.log`);
  const args = [entry,
    '--config', cfg,
    '--bind-addr', `${host}:${port}`,
    '--auth', 'none',
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--disable-getting-started-override',
    ...(proxy ? [] : ['--disable-proxy']),
    '--ignore-last-opened',
    '--user-data-dir', userDataDir,
    '--extensions-dir', extensionsDir,
    ...(locale ? ['--locale', locale] : []),
    ...extraArgs,
    ...(folder ? [path.resolve(folder)] : []),
  ];
  const out = fs.openSync(logFile, 'a');
  // The group leader is a tiny supervisor: it runs code-server in its group and kills the
  // whole group when code-server exits or when this (parent) process disappears, even by
  // SIGKILL (a CI timeout), so no extension host is left behind.
  const child = spawn(process.execPath, ['-e', SUPERVISOR, String(process.pid), ...args], {
    detached: true, stdio: ['ignore', out, out], env: csEnv(userDataDir, env),
  });
  fs.closeSync(out);
  const pid = child.pid;
  liveGroups.add(pid);
  installExitHook();
  let exited = null;
  const exitPromise = new Promise((res) => child.on('exit', (c, s) => { exited = { code: c, signal: s }; res(exited); }));
  child.unref();

  async function stop({ timeoutMs = 10_000 } = {}) {
    if (!liveGroups.has(pid)) return;
    try { process.kill(-pid, 'SIGTERM'); } catch { /* already gone */ }
    const deadline = Date.now() + timeoutMs;
    while (groupAlive(pid) && Date.now() < deadline) await sleep(100);
    if (groupAlive(pid)) {
      try { process.kill(-pid, 'SIGKILL'); } catch { /* gone */ }
      const d2 = Date.now() + 5000;
      while (groupAlive(pid) && Date.now() < d2) await sleep(100);
    }
    if (!exited) await Promise.race([exitPromise, sleep(2000)]);
    liveGroups.delete(pid);
  }

  const url = `http://${host}:${port}/`;
  const deadline = Date.now() + readyTimeoutMs;
  const t0 = Date.now();
  try {
    for (;;) {
      if (exited) throw new Error(`code-server exited early (${JSON.stringify(exited)})`);
      const h = await httpGet(`${url}healthz`);
      if (h.status === 200) {
        // The workbench page itself (also proves --auth none took effect: no /login redirect).
        const w = await httpGet(folder ? folderUrl(url, folder) : url, 10_000);
        if (w.status === 200 && /workbench/i.test(w.body)) break;
      }
      if (Date.now() > deadline) throw new Error(`code-server not ready after ${readyTimeoutMs} ms`);
      await sleep(150);
    }
  } catch (e) {
    await stop();
    let tail = '';
    try { tail = fs.readFileSync(logFile, 'utf8').split('\n').slice(-30).join('\n'); } catch { /* none */ }
    throw new Error(`${e.message}; log ${logFile}:\n${tail}`);
  }
  return { url, port, pid, logFile, readyMs: Date.now() - t0, stop };
}

// ---------------------------------------------------------------- CLI
async function main(argv) {
  const [cmd, ...rest] = argv;
  if (cmd === 'install') {
    const t0 = Date.now();
    const r = await ensureCodeServer();
    console.log(`${r.entry} (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
  } else if (cmd === 'apt') {
    const r1 = spawnSync('apt-get', ['update'], { stdio: 'inherit' });
    const r2 = spawnSync('apt-get', ['install', '-y', ...APT_PACKAGES], {
      stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
    process.exitCode = r1.status || r2.status;
  } else if (cmd === 'start') {
    const opt = { vsix: [] };
    let folder;
    for (let i = 0; i < rest.length; i++) {
      const a = rest[i];
      if (a === '--port') opt.port = Number(rest[++i]);
      else if (a === '--locale') opt.locale = rest[++i];
      else if (a === '--user-data-dir') opt.userDataDir = rest[++i];
      else if (a === '--extensions-dir') opt.extensionsDir = rest[++i];
      else if (a === '--vsix') opt.vsix.push(rest[++i]);
      else if (a === '--zh-cn-pack') opt.zh = true;
      else folder = a;
    }
    await ensureCodeServer();
    const base = fs.mkdtempSync(path.join(os.tmpdir(), 'cs-e2e-'));
    if (!opt.userDataDir && !opt.extensionsDir) process.on('exit', () => fs.rmSync(base, { recursive: true, force: true }));
    const userDataDir = opt.userDataDir || path.join(base, 'user-data');
    const extensionsDir = opt.extensionsDir || path.join(base, 'extensions');
    for (const v of opt.vsix) await installExtension({ vsix: v, extensionsDir, userDataDir });
    if (opt.zh) await installZhCnLanguagePack({ extensionsDir, userDataDir });
    const s = await startCodeServer({ folder, userDataDir, extensionsDir, port: opt.port, locale: opt.locale });
    console.log(`ready in ${s.readyMs} ms: ${folder ? folderUrl(s.url, folder) : s.url} (pid ${s.pid}, log ${s.logFile})`);
    console.log('Ctrl-C to stop');
    await new Promise(() => {});
  } else {
    console.error('usage: node scripts/code-server.mjs install | apt | start <folder> [--port N] [--locale L] ' +
      '[--user-data-dir D] [--extensions-dir D] [--vsix F]... [--zh-cn-pack]');
    process.exitCode = 2;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(fs.realpathSync(process.argv[1])).href) {
  main(process.argv.slice(2)).catch((e) => { console.error(e.stack || e.message); process.exit(1); });
}
