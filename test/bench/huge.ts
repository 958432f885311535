// A huge Markdown document in the language server (part of npm run bench; `npm run bench -- --huge`
// runs it alone, `--huge=5` with 5 million characters): open → diagnostics, a hover on another
// small document polled all along (its worst wait), the big document's own hover once analysed and
// right after an edit (answered from its last analysis), and the server's peak memory (VmHWM of its
// process: every thread, the segmenter's worker included). BENCH_VERBOSE=1 prints the memory over time;
// SERVER_NODE_ARGS="--cpu-prof --cpu-prof-dir=DIR" profiles the server.
import { readFileSync } from 'node:fs';
import type { Hover } from 'vscode-languageserver-protocol';
import { TestClient } from '../helpers/lspClient.ts';
import { benchText, corpusTexts, fixtureTexts, markdownText } from './text.ts';

const ms = (x: number) => `${x.toFixed(0)} ms`;

function peakRssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
}

function rssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
}

/**
 * Hover on `uri` every `everyMs` until stopped; the worst and the median wait, and the worst of the
 * hovers sent after `since()` (the big document's didOpen written: a hover sent while its tens of
 * megabytes are still in the pipe is read after them).
 */
function pollHovers(client: TestClient, uri: string, needle: string, since: () => number, everyMs = 25) {
  const waits: number[] = [];
  const at: number[] = [];
  let stop = false;
  // when this process is busy itself (reading the big document's 3 MB of diagnostics, making its own
  // copy of the edited text), a hover's answer waits for it, not for the server: such stretches are noted
  const busy: Array<[number, number]> = [];
  let tick = performance.now();
  const ticker = setInterval(() => {
    const now = performance.now();
    if (now - tick > 20) busy.push([tick, now]);
    tick = now;
  }, 2);
  const heldHere = (i: number) => busy.some(([s, e]) => Math.min(e, at[i] + waits[i]) - Math.max(s, at[i]) > 10);
  const done = (async () => {
    while (!stop) {
      const t = performance.now();
      await client.request<Hover>('textDocument/hover', { textDocument: { uri }, position: client.positionOf(uri, needle, 0, 1) });
      waits.push(performance.now() - t);
      at.push(t);
      await new Promise((r) => setTimeout(r, everyMs));
    }
  })();
  return async () => {
    stop = true;
    await done;
    clearInterval(ticker);
    const sorted = [...waits].sort((a, b) => a - b);
    if (process.env.BENCH_VERBOSE) console.log('slowest hovers (ms, at ms):', [...waits.keys()].sort((a, b) => waits[b] - waits[a]).slice(0, 8).map((i) => `${waits[i].toFixed(0)}@${at[i].toFixed(0)}`).join(' '));
    const after = [...waits.keys()].filter((i) => at[i] >= since());
    const server = after.filter((i) => !heldHere(i));
    return {
      worst: sorted[sorted.length - 1] ?? NaN, median: sorted[Math.floor(sorted.length / 2)] ?? NaN, count: waits.length,
      worstAfterSent: Math.max(...after.map((i) => waits[i])),
      worstAfterSentServer: Math.max(...server.map((i) => waits[i])), heldHere: after.length - server.length,
    };
  };
}

export async function hugeDocumentBench(millions = 20, settings: Record<string, unknown> = {}) {
  const articles = corpusTexts() ?? fixtureTexts();
  // the Markdown of the engine bench, cut to size: headings, lists, links, code and tables throughout
  const text = markdownText(benchText(Math.ceil(millions * 1e6 * 0.97), 21, articles)).slice(0, millions * 1e6);
  const client = new TestClient({ settings });
  await client.initialize();
  const pid = client.process.pid!;
  const small = await client.open('small.md', '华为发布盘古3.0，超过5万亿tokens。');
  await client.waitForDiagnostics(small, (d) => d.length > 0);
  for (let i = 0; i < 100 && !client.logs.some((l) => l.includes('word segmentation ready')); i++) await new Promise((r) => setTimeout(r, 100));
  const before = rssMb(pid);

  let sent = Infinity;
  const polling = pollHovers(client, small, '华为', () => sent);
  const samples: Array<[number, number]> = [];
  const sampler = setInterval(() => samples.push([performance.now(), rssMb(pid)]), 250);
  const t0 = performance.now();
  if (process.env.BENCH_VERBOSE) console.log(`open at ${t0.toFixed(0)} ms`);
  const big = await client.open('big.md', text);
  sent = performance.now();
  const diags = await client.waitForDiagnostics(big, (d) => d.length > 0, 600_000);
  const openToDiagnostics = performance.now() - t0;
  const afterOpen = rssMb(pid);
  // the big document's hover on a figure, once analysed
  const doc = client.document(big);
  const figure = diags.find((d) => d.code !== 'figures-truncated' && d.range.start.line > 10)!;
  const hoverAt = async () => {
    const t = performance.now();
    const h = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri: big }, position: figure.range.start });
    return { wait: performance.now() - t, answered: !!h };
  };
  const settled = await hoverAt();
  // an edit in the middle, then at once a hover on the big document (its last analysis is of the version before)
  const middle = doc.getText().indexOf('。', doc.getText().length / 2) + 1;
  if (process.env.BENCH_VERBOSE) console.log(`analysed at ${performance.now().toFixed(0)} ms; edit`);
  await client.insertAt(big, middle, '华为');
  const during = await hoverAt();
  const tEdit = performance.now();
  await client.waitForDiagnostics(big, () => true, 600_000);
  const editToDiagnostics = performance.now() - tEdit + during.wait;
  const other = await polling();
  clearInterval(sampler);
  const peak = peakRssMb(pid);
  if (process.env.BENCH_VERBOSE) console.log(samples.map(([t, m]) => `${((t - t0) / 1000).toFixed(1)}s ${m.toFixed(0)}`).join(', '));
  await client.close();
  return { chars: text.length, bytes: Buffer.byteLength(text), diagnostics: diags.length, openToDiagnostics, editToDiagnostics, other, settled, during, before, afterOpen, peak, oneString: oneStringMs(text) };
}

/**
 * What making one string of the document's size costs in one piece (its 64 KB pieces joined, as the
 * server does with a didOpen's text, an edited text and the masked text): the longest pause of the
 * server while such a string is made, whatever else it does.
 */
function oneStringMs(text: string): number {
  const pieces: string[] = [];
  for (let i = 0; i < text.length; i += 32_768) pieces.push(Buffer.from(text.slice(i, i + 32_768), 'utf16le').toString('utf16le')); // flat copies, not views of the text
  const times: number[] = [];
  for (let k = 0; k < 3; k++) {
    const t = performance.now();
    const joined = pieces.join('');
    times.push(performance.now() - t);
    if (joined.length !== text.length) throw new Error('join');
  }
  return times.sort((a, b) => a - b)[1];
}

export function printHuge(r: Awaited<ReturnType<typeof hugeDocumentBench>>) {
  console.log(`\n## A huge Markdown document in the language server: ${(r.chars / 1e6).toFixed(1)} M characters (${(r.bytes / 1e6).toFixed(1)} MB UTF-8)`);
  console.log(`open → diagnostics                     ${ms(r.openToDiagnostics).padStart(9)}  (${r.diagnostics} diagnostics published)`);
  console.log(`hover on another document, worst wait   ${ms(r.other.worst).padStart(9)}  (median ${ms(r.other.median)} of ${r.other.count} hovers all along; goal ≤ 50 ms)`);
  console.log(`  worst of those sent after its didOpen ${ms(r.other.worstAfterSent).padStart(9)}  (not queued behind its didOpen message in the pipe)`);
  console.log(`  … and not held up by this process     ${ms(r.other.worstAfterSentServer).padStart(9)}  (${r.other.heldHere} hovers left out: the bench itself was busy over 10 ms while they were in flight)`);
  console.log(`  one string of the document's size     ${ms(r.oneString).padStart(9)}  (median of 3 joins here: the floor of any step that makes one)`);
  console.log(`hover on the big document, analysed     ${ms(r.settled.wait).padStart(9)}  (goal ≤ 200 ms)`);
  console.log(`hover on it right after an edit         ${ms(r.during.wait).padStart(9)}  (${r.during.answered ? 'answered' : 'no answer'} from its last analysis; goal ≤ 200 ms)`);
  console.log(`edit → diagnostics                     ${ms(r.editToDiagnostics).padStart(9)}`);
  console.log(`server memory: ${r.before.toFixed(0)} MB before opening it, ${r.afterOpen.toFixed(0)} MB once analysed, peak ${r.peak.toFixed(0)} MB (goal ≤ 1024 MB)`);
}
