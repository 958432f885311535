#!/usr/bin/env node
// `npm start [-- PATH] [--port N] [--locale zh-cn] [--open FILE]`: build, package, install the
// .vsix into a local code-server (VS Code 1.100 in the browser) and serve it on 127.0.0.1 with
// PATH (default: samples/, with one sample document open) opened. Runs until Ctrl-C, then stops
// code-server by its process group.
//
// State lives in .cache/start/ (user data and extensions), so settings and opened editors
// survive a restart; the extension itself is reinstalled from the fresh .vsix every time.
// For tests: --vsix FILE installs that package instead of building one, --state-dir DIR keeps
// the state elsewhere, --port 0 takes any free port.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  defaultUserSettings, ensureCodeServer, folderUrl, freePort, installExtension, installZhCnLanguagePack,
  startCodeServer, writeUserSettings,
} from './code-server.mjs';
import { packageVsix } from './package.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SAMPLES = path.join(ROOT, 'samples');
/** The sample a newcomer sees first: headings for the Outline, vendors, models, unverified figures. */
const FIRST_SAMPLE = '华为盘古大模型.md';

function parseArgs(argv) {
  const opt = {
    folder: SAMPLES, port: process.env.PORT ? Number(process.env.PORT) : 8080, locale: undefined,
    vsix: undefined, state: path.join(ROOT, '.cache', 'start'), open: undefined,
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--port') opt.port = Number(argv[++i]);
    else if (a === '--locale') opt.locale = argv[++i];
    else if (a === '--vsix') opt.vsix = path.resolve(argv[++i]);
    else if (a === '--state-dir') opt.state = path.resolve(argv[++i]);
    else if (a === '--open') opt.open = path.resolve(process.env.INIT_CWD || process.cwd(), argv[++i]);
    else if (a === '-h' || a === '--help') {
      console.log('usage: npm start [-- PATH] [--port N] [--locale zh-cn] [--open FILE] [--vsix FILE] [--state-dir DIR]');
      process.exit(0);
    } else opt.folder = path.resolve(process.env.INIT_CWD || process.cwd(), a);
  }
  if (!opt.open && opt.folder === SAMPLES) opt.open = path.join(SAMPLES, FIRST_SAMPLE);
  return opt;
}

/**
 * The workbench URL of the folder, with `file` opened in an editor: VS Code for the web takes
 * the file to open from the `payload` query parameter (the one the workbench itself uses to
 * open a file in a new window), as a URI of the remote file system, whose authority is the
 * page's host.
 */
function workbenchUrl(serverUrl, folder, file) {
  const url = new URL(folderUrl(serverUrl, folder));
  if (file) url.searchParams.set('payload', JSON.stringify([['openFile', `vscode-remote://${url.host}${pathToFileURL(file).pathname}`]]));
  return url.toString();
}

async function portFree(port) {
  const net = await import('node:net');
  return new Promise((resolve) => {
    const srv = net.createServer();
    srv.once('error', () => resolve(false));
    srv.listen(port, '127.0.0.1', () => srv.close(() => resolve(true)));
  });
}

const step = (msg) => console.log(`\x1b[1m›\x1b[0m ${msg}`);

async function main() {
  const opt = parseArgs(process.argv.slice(2));
  if (!fs.existsSync(opt.folder) || !fs.statSync(opt.folder).isDirectory()) {
    throw new Error(`not a folder: ${opt.folder}`);
  }
  if (opt.open && !(fs.existsSync(opt.open) && fs.statSync(opt.open).isFile())) throw new Error(`not a file: ${opt.open}`);
  let vsix = opt.vsix;
  if (!vsix) {
    step('building and packaging the extension');
    vsix = (await packageVsix({ log: (m) => console.log(`  ${m}`) })).file;
  }

  step('checking code-server');
  const t0 = Date.now();
  await ensureCodeServer({ log: (m) => console.log(`  ${m}`) });
  if (Date.now() - t0 > 2000) console.log(`  code-server ready after ${((Date.now() - t0) / 1000).toFixed(0)} s`);

  const userDataDir = path.join(opt.state, 'user-data');
  const extensionsDir = path.join(opt.state, 'extensions');
  // Our settings win; anything else the user changed in the browser is kept.
  writeUserSettings(userDataDir, { ...defaultUserSettings, 'workbench.startupEditor': 'none' });
  step(`installing ${path.relative(ROOT, vsix)} into ${path.relative(ROOT, extensionsDir) || extensionsDir}`);
  await installExtension({ vsix, extensionsDir, userDataDir });
  if (opt.locale?.toLowerCase() === 'zh-cn') await installZhCnLanguagePack({ extensionsDir, userDataDir });

  const port = opt.port && (await portFree(opt.port)) ? opt.port : await freePort();
  if (opt.port && port !== opt.port) console.log(`  port ${opt.port} is busy, using ${port}`);
  step(`starting code-server on 127.0.0.1:${port}`);
  const server = await startCodeServer({
    folder: opt.folder, userDataDir, extensionsDir, port, locale: opt.locale,
    logFile: path.join(opt.state, 'code-server.log'),
  });
  const url = workbenchUrl(server.url, opt.folder, opt.open);
  console.log(`\n  VS Code with AI Industry Annotator, workspace ${opt.folder}:\n\n    \x1b[1m${url}\x1b[0m\n`);
  console.log(`  code-server process group ${server.pid}, log ${server.logFile}`);
  console.log('  Press Ctrl-C to stop.\n');

  // Ctrl-C: stop code-server's process group (SIGTERM, then SIGKILL after 10 s) and exit 0; a
  // second Ctrl-C kills the group at once. These replace code-server.mjs's own handlers (which
  // SIGKILL at once); its exit hook stays as the last resort.
  let stopping = false;
  for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
    process.removeAllListeners(sig);
    process.on(sig, () => {
      if (stopping) {
        try { process.kill(-server.pid, 'SIGKILL'); } catch { /* gone */ }
        process.exit(130);
      }
      stopping = true;
      console.log(`\nstopping code-server (process group ${server.pid})`);
      server.stop().then(() => process.exit(0), (e) => { console.error(e); process.exit(1); });
    });
  }
  // Keeps the process alive, and notices when code-server dies on its own.
  setInterval(() => {
    if (stopping) return;
    try { process.kill(-server.pid, 0); } catch {
      console.error(`code-server exited; see ${server.logFile}`);
      process.exit(1);
    }
  }, 1000);
}

main().catch((e) => {
  console.error(`npm start failed: ${e.stack || e.message}`);
  process.exit(1);
});
