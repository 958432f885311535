// The README's configurations for other editors, as a user copies them: every one calls
// `ai-annotate lsp --stdio` (never npx, which only works inside the clone), and the Neovim
// snippets run as they stand in the README in a real headless Neovim, with `ai-annotate` found
// on the PATH, opening a Chinese Markdown document: diagnostics arrive and a hover answers.
// A snippet for a newer Neovim than the installed one is skipped, saying so.
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';

const ROOT = join(__dirname, '..', '..');
const BIN = join(ROOT, 'bin', 'ai-annotate.js');
const DOCUMENT = join(ROOT, 'samples', '华为盘古大模型.md');

interface Block { label: string; lang: string; code: string }

/** The fenced code blocks of a README section, each with the last text line before it. */
function readmeBlocks(section: string): Block[] {
  const lines = readFileSync(join(ROOT, 'README.md'), 'utf8').split('\n');
  const start = lines.indexOf(section);
  assert.ok(start >= 0, `README section ${section}`);
  const level = section.match(/^#+/)![0].length;
  const blocks: Block[] = [];
  let label = '';
  for (let i = start + 1; i < lines.length; i++) {
    if (new RegExp(`^#{1,${level}} `).test(lines[i])) break; // the next section
    const fence = lines[i].match(/^```(\w*)$/);
    if (!fence) {
      if (lines[i].trim()) label = lines[i];
      continue;
    }
    const end = lines.indexOf('```', i + 1);
    assert.ok(end > i, `README: the code block at line ${i + 1} is closed`);
    blocks.push({ label, lang: fence[1], code: lines.slice(i + 1, end).join('\n') });
    i = end;
  }
  return blocks;
}

const editorBlocks = () => readmeBlocks('### Other editors').filter((b) => b.lang !== 'sh');
const neovimSnippet = (version: string) => {
  const block = editorBlocks().find((b) => b.lang === 'lua' && b.label.startsWith(`**Neovim ${version} and later**`));
  assert.ok(block, `README: a lua block after "**Neovim ${version} and later**"`);
  return block!.code;
};

test('every editor configuration in the README runs ai-annotate lsp --stdio, never npx', () => {
  const blocks = editorBlocks();
  assert.deepEqual(blocks.map((b) => b.lang), ['lua', 'lua', 'toml', 'elisp', 'json']);
  for (const b of blocks) {
    assert.doesNotMatch(b.code, /npx/, b.label);
    // the words of the command line, wherever the syntax puts them (Helix: command = …, args = […])
    assert.match(b.code.replace(/["',{}[\]]/g, ' ').replace(/\s+/g, ' '), /ai-annotate (args = )?lsp --stdio/, b.label);
  }
  const sublime = JSON.parse(blocks.find((b) => b.lang === 'json')!.code);
  assert.deepEqual(sublime.clients['ai-annotator'].command, ['ai-annotate', 'lsp', '--stdio']);
});

/** Neovim's version as [major, minor], or undefined when it is not installed. */
function neovimVersion(): [number, number] | undefined {
  const r = spawnSync('nvim', ['--version'], { encoding: 'utf8' });
  const m = r.status === 0 ? r.stdout.match(/^NVIM v(\d+)\.(\d+)/) : null;
  return m ? [Number(m[1]), Number(m[2])] : undefined;
}

// Runs after the README's init.lua, with the document loaded: waits for the diagnostics, asks
// for a hover, writes what it saw as JSON and quits. Uses only API that Neovim 0.7 has.
const DRIVER = String.raw`
local env = function(name) return os.getenv(name) end
local buf = vim.api.nvim_get_current_buf()
local want = tonumber(env('EXPECT_UNVERIFIED'))
local function diagnostics()
  local out = {}
  for _, d in ipairs(vim.diagnostic.get(buf)) do
    local lsp = d.user_data and d.user_data.lsp or {}
    table.insert(out, { line = d.lnum, message = d.message, source = d.source, code = d.code or lsp.code, severity = d.severity })
  end
  return out
end
local function unverified()
  local n = 0
  for _, d in ipairs(diagnostics()) do if d.code == 'figure-unverified' then n = n + 1 end end
  return n
end
vim.wait(60000, function() return unverified() >= want end, 100)
local result = { filetype = vim.bo[buf].filetype, diagnostics = diagnostics(), hovers = {} }
local clients = vim.lsp.get_clients and vim.lsp.get_clients({ bufnr = buf }) or vim.lsp.buf_get_clients(buf)
result.clients = {}
for _, c in pairs(clients) do table.insert(result.clients, c.name) end
local params = { textDocument = { uri = vim.uri_from_bufnr(buf) }, position = { line = tonumber(env('HOVER_LINE')), character = tonumber(env('HOVER_CHARACTER')) } }
local responses = vim.lsp.buf_request_sync(buf, 'textDocument/hover', params, 30000) or {}
for _, r in pairs(responses) do
  local contents = r.result and r.result.contents
  if contents then table.insert(result.hovers, type(contents) == 'table' and (contents.value or vim.inspect(contents)) or contents) end
end
local f = io.open(env('RESULT_FILE'), 'w')
f:write(vim.fn.json_encode(result))
f:close()
vim.cmd('qa!')
`;

interface NeovimResult {
  filetype: string;
  clients: string[];
  diagnostics: { line: number; message: string; source: string; code: string; severity: number }[];
  hovers: string[];
}

/** `init.lua` = the snippet; the document opened in a headless Neovim with ai-annotate on the PATH. */
async function runNeovim(snippet: string): Promise<{ result: NeovimResult; expected: number }> {
  const dir = mkdtempSync(join(tmpdir(), 'ai-annotate-nvim-'));
  try {
    const bin = join(dir, 'bin');
    mkdirSync(bin);
    symlinkSync(BIN, join(bin, 'ai-annotate'));
    const project = join(dir, 'project');
    mkdirSync(join(project, '.git'), { recursive: true }); // a project root, as users have
    const doc = join(project, '华为盘古大模型.md');
    copyFileSync(DOCUMENT, doc);
    writeFileSync(join(dir, 'init.lua'), snippet + '\n');
    writeFileSync(join(dir, 'driver.lua'), DRIVER);

    const text = readFileSync(doc, 'utf8');
    const cli = spawnSync(process.execPath, [BIN, 'annotate', '--format', 'json', doc], { encoding: 'utf8', cwd: project });
    assert.equal(cli.status, 0, cli.stderr);
    const expected = JSON.parse(cli.stdout).annotations.filter((a: { kind: string; status?: string }) => a.kind === 'figure' && a.status === 'unverified').length;
    const lines = text.split('\n');
    const line = lines.findIndex((l) => l.includes('华为'));

    const resultFile = join(dir, 'result.json');
    const env = {
      ...process.env, PATH: `${bin}:${process.env.PATH}`, RESULT_FILE: resultFile, EXPECT_UNVERIFIED: String(expected),
      HOVER_LINE: String(line), HOVER_CHARACTER: String(lines[line].indexOf('华为')),
      // Neovim's own files (LSP log, shada) stay in the temp dir
      XDG_CONFIG_HOME: join(dir, 'config'), XDG_CACHE_HOME: join(dir, 'cache'), XDG_STATE_HOME: join(dir, 'state'), XDG_DATA_HOME: join(dir, 'data'),
    };
    // its own process group, with the language server it starts: killed as one at the end
    const child = spawn('nvim', ['--headless', '-n', '-i', 'NONE', '-u', join(dir, 'init.lua'), '-c', `luafile ${join(dir, 'driver.lua')}`, doc],
      { cwd: project, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    let output = '';
    child.stdout.on('data', (d) => { output += d; });
    child.stderr.on('data', (d) => { output += d; });
    const exit = await new Promise<number | null>((resolve) => {
      const timer = setTimeout(() => { try { process.kill(-child.pid!, 'SIGKILL'); } catch { /* gone */ } }, 120_000);
      child.on('exit', (code) => { clearTimeout(timer); resolve(code); });
    });
    try { process.kill(-child.pid!, 'SIGKILL'); } catch { /* the group has ended */ }
    assert.ok(existsSync(resultFile), `Neovim wrote no result (exit ${exit}):\n${output}`);
    return { result: JSON.parse(readFileSync(resultFile, 'utf8')), expected };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function checkSession({ result, expected }: { result: NeovimResult; expected: number }) {
  assert.equal(result.filetype, 'markdown');
  assert.deepEqual(result.clients, ['ai-annotator']);
  const unverified = result.diagnostics.filter((d) => d.code === 'figure-unverified');
  assert.ok(expected > 0);
  assert.equal(unverified.length, expected, JSON.stringify(result.diagnostics));
  assert.ok(unverified.every((d) => d.source === 'ai-annotator' && d.severity === 2), 'warnings from ai-annotator');
  assert.equal(result.hovers.length, 1, 'one hover answer');
  assert.match(result.hovers[0], /Huawei/);
}

const version = neovimVersion();
const missing = version ? undefined : 'Neovim is not installed (apt-get install neovim)';

test('the README\'s Neovim 0.7 snippet: diagnostics and a hover', { skip: missing, timeout: 150_000 }, async () => {
  checkSession(await runNeovim(neovimSnippet('0.7')));
});

test('the README\'s Neovim 0.10 snippet: diagnostics and a hover', {
  skip: missing ?? (version![0] === 0 && version![1] < 10 ? `Neovim ${version!.join('.')} is older than 0.10: the vim.lsp.start snippet is not run` : undefined),
  timeout: 150_000,
}, async () => {
  checkSession(await runNeovim(neovimSnippet('0.10')));
});
