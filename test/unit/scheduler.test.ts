// The scheduler of the language server, driven as the server drives it: a TextDocuments-like
// store whose documents are updated in place by incremental changes (TextDocument.update returns
// the same object), analyses in slices, and an edit that arrives between two slices of a run.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyzeInSteps, type BlockCache } from '../../server/src/analysis/analyze.ts';
import { runSteps } from '../../server/src/analysis/steps.ts';
import { Scheduler, type AnalysisSteps, type SchedulerHost } from '../../server/src/lsp/scheduler.ts';
import { fastStartEngine } from '../helpers/engine.ts';

const URI = 'file:///doc.md';

/** Block the thread for `ms` (longer than a slice), so that the scheduler pauses after this step. */
const sleep = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

function setup(text: string) {
  const live = TextDocument.create(URI, 'markdown', 1, text);
  const documents = { get: (uri: string) => (uri === URI ? live : undefined), all: () => [live] };
  let firstSlice!: () => void;
  const sliced = new Promise<void>((r) => { firstSlice = r; });
  const host: SchedulerHost = {
    documents: documents as unknown as SchedulerHost['documents'],
    *analyse(uri: string, document: TextDocument, cache: BlockCache | undefined): AnalysisSteps {
      // as the server's engine does: the text is read when the run starts
      // all the work in the first slice, which outlasts a slice: the run pauses, then only returns
      const result = runSteps(analyzeInSteps(document.getText(), fastStartEngine, { markdown: true, cache }));
      sleep(30);
      firstSlice();
      yield;
      return { analysed: { uri, document, analysis: result.analysis, kb: fastStartEngine.kb, path: 'doc.md', orphaned: [] }, cache: result.cache };
    },
    debounceMs: () => 0,
    typingPauseMs: () => 0,
    analysed: () => {},
    typingPaused: () => {},
    log: (m) => { throw new Error(m); },
  };
  return { live, scheduler: new Scheduler(host), sliced };
}

test('an edit between two slices of a run: the answer is the analysis of the current text, never the old one under the new version', async () => {
  const { live, scheduler, sliced } = setup('# 标题\n\nGPT-3拥有1750亿参数。\n\n融资10亿美元。\n');
  scheduler.schedule(URI, 0);
  await sliced; // the run read version 1 and paused after its first slice
  // what TextDocuments does with an incremental change: the same document object, updated in place
  const change = { range: { start: live.positionAt(0), end: live.positionAt(0) }, text: '第一行\n\n提升了3.5倍\n\n' };
  scheduler.edited(URI, { version: 2, start: 0, end: 0, inserted: change.text.length });
  TextDocument.update(live, [change], 2);
  scheduler.schedule(URI);

  const a = await scheduler.analysed(URI);
  assert.ok(a, 'the current version is analysed');
  assert.equal(a.document.version, 2);
  assert.equal(a.document.getText(), live.getText(), 'the analysed document is the text of version 2');
  assert.equal(a.analysis.length, live.getText().length, 'the analysis is of the text of version 2');
  for (const f of a.analysis.figures) assert.equal(live.getText().slice(f.start, f.end), f.text, `figure ${f.text} where it is in version 2`);
  assert.ok(a.analysis.figures.some((f) => f.text.includes('3.5倍')), 'the figure typed in version 2 is found');
});

test('an analysis keeps the document as it was analysed, whatever edits come later', async () => {
  const { live, scheduler } = setup('GPT-3拥有1750亿参数。\n');
  const a = await scheduler.analysed(URI);
  assert.ok(a);
  TextDocument.update(live, [{ range: { start: live.positionAt(0), end: live.positionAt(0) }, text: '前言。\n\n' }], 2);
  scheduler.edited(URI, { version: 2, start: 0, end: 0, inserted: 5 });
  assert.equal(a.document.version, 1, 'the analysed version');
  const f = a.analysis.figures[0];
  assert.equal(a.document.getText().slice(f.start, f.end), f.text, 'its offsets still point into its text');
  assert.equal(scheduler.latest(URI)?.document.version, 1);
});

test('an analysed version answers positions and offsets as TextDocument does, its line index built in steps', async () => {
  const { DocumentSnapshot } = await import('../../server/src/lsp/scheduler.ts');
  // line ends of every kind, and a \r\n across the end of a step of the line index (every 2^19 characters)
  const step = 1 << 19;
  const texts = [
    '', 'a', '\n', '\r', '\r\n', 'a\r\nb\rc\nd\n\r', '第一行\n\n第二行\r\n第三行\r',
    'x'.repeat(step - 1) + '\r\n' + 'y'.repeat(10) + '\n',
    'x'.repeat(step - 1) + '\r' + 'y'.repeat(step) + '\r\n',
  ];
  for (const text of texts) {
    const expected = TextDocument.create(URI, 'markdown', 3, text);
    const stepped = new DocumentSnapshot(URI, 'markdown', 3, text);
    for (const steps = stepped.indexLines(); !steps.next().done;);
    const atOnce = new DocumentSnapshot(URI, 'markdown', 3, text);
    for (const d of [stepped, atOnce]) {
      assert.equal(d.lineCount, expected.lineCount);
      assert.equal(d.version, 3);
      const offsets = [...new Set([0, 1, 2, text.length - 1, text.length, text.length + 5, -1, step - 1, step, step + 1, step + 2, ...[...text.matchAll(/[\r\n]/g)].flatMap((m) => [m.index!, m.index! + 1]).slice(0, 200)])];
      for (const o of offsets) assert.deepEqual(d.positionAt(o), expected.positionAt(o), `positionAt(${o}) of ${JSON.stringify(text.slice(0, 20))}`);
      for (let line = -1; line <= expected.lineCount + 1; line += line > 20 ? Math.ceil(expected.lineCount / 7) : 1) {
        for (const character of [0, 1, 3, 100, step]) {
          assert.equal(d.offsetAt({ line, character }), expected.offsetAt({ line, character }), `offsetAt(${line}:${character})`);
        }
      }
      const range = { start: expected.positionAt(1), end: expected.positionAt(text.length - 1) };
      assert.equal(d.getText(range), expected.getText(range));
      for (const line of [-1, 0, 1, 2, expected.lineCount - 1, expected.lineCount]) {
        assert.deepEqual(d.getLineRange(line), expected.getLineRange(line), `getLineRange(${line})`);
        assert.equal(d.getEOLCharacters(line), expected.getEOLCharacters(line), `getEOLCharacters(${line})`);
      }
      assert.equal(d.getText(), text);
    }
  }
});

test('work on an analysis goes in slices; a newer call of the same kind stops an older one, and a new version stops both', async () => {
  const { live, scheduler } = setup('GPT-3拥有1750亿参数。\n');
  const a = await scheduler.analysed(URI);
  assert.ok(a);
  function* slow(label: string) {
    for (let i = 0; i < 3; i++) { sleep(25); yield; }
    return label;
  }
  const done: string[] = [];
  // small work: finished before the call returns
  scheduler.sliced(URI, a, 'k', (function* () { return 'quick'; })(), (v) => done.push(v));
  assert.deepEqual(done, ['quick']);
  scheduler.sliced(URI, a, 'k', slow('older'), (v) => done.push(v));
  scheduler.sliced(URI, a, 'k', slow('newer'), (v) => done.push(v));
  scheduler.sliced(URI, a, 'other', slow('other kind'), (v) => done.push(v));
  await new Promise((r) => setTimeout(r, 400));
  assert.deepEqual(done.sort(), ['newer', 'other kind', 'quick']);
  // the document moved on: work on its old analysis stops
  scheduler.sliced(URI, a, 'k', slow('stale'), (v) => done.push(v));
  TextDocument.update(live, [{ text: '新的文本' }], 2);
  await new Promise((r) => setTimeout(r, 200));
  assert.ok(!done.includes('stale'));
});

test('an edit makes a new snapshot that reads as TextDocument.update leaves its document, and the old one stays as it was', async () => {
  const { DocumentSnapshot } = await import('../../server/src/lsp/scheduler.ts');
  let seed = 11;
  const rand = () => ((seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32);
  const pieces = ['华为', '\n', '\r\n', '\r', '', 'GPT-4', '。\n\n', 'x', '😀'];
  const pick = () => pieces[Math.floor(rand() * pieces.length)];
  for (let round = 0; round < 6; round++) {
    let text = '';
    for (let i = 0; i < 40; i++) text += pick();
    const expected = TextDocument.create(URI, 'markdown', 1, text);
    let snapshot = DocumentSnapshot.create(URI, 'markdown', 1, text);
    // a run of edits, some read whole between them (settle: as an analysis does)
    for (let version = 2; version < 120; version++) {
      const changes = Array.from({ length: rand() < 0.2 ? 2 : 1 }, () => {
        const length = expected.getText().length;
        const a = Math.floor(rand() * (length + 1)), b = Math.min(length, a + Math.floor(rand() * 4));
        // a range as a client sends it, sometimes backwards; now and then the whole text
        const range = rand() < 0.1 ? { start: expected.positionAt(b), end: expected.positionAt(a) } : { start: expected.positionAt(a), end: expected.positionAt(b) };
        return rand() < 0.03 ? { text: pick() + pick() } : { range, text: pick() + (rand() < 0.5 ? pick() : '') };
      });
      const before = snapshot, beforeText = before.getText(), beforeLines = before.lineCount;
      TextDocument.update(expected, changes, version);
      snapshot = DocumentSnapshot.update(snapshot, changes, version);
      if (rand() < 0.1) snapshot.settle();
      assert.equal(before.getText(), beforeText, 'the old version keeps its text');
      assert.equal(before.lineCount, beforeLines, 'and its lines');
      assert.equal(snapshot.version, version);
      const now = expected.getText();
      assert.equal(snapshot.lineCount, expected.lineCount, `line count after ${JSON.stringify(changes)}`);
      for (let o = -1; o <= now.length + 1; o++) assert.deepEqual(snapshot.positionAt(o), expected.positionAt(o), `positionAt(${o}) of ${JSON.stringify(now)}`);
      for (let line = 0; line <= expected.lineCount; line++) {
        for (const character of [0, 1, 2, 50]) assert.equal(snapshot.offsetAt({ line, character }), expected.offsetAt({ line, character }));
        assert.equal(snapshot.getEOLCharacters(line), expected.getEOLCharacters(line));
        const range = { start: { line, character: 1 }, end: { line: line + 1, character: 2 } };
        assert.equal(snapshot.getText(range), expected.getText(range));
      }
      assert.equal(snapshot.getText(), now);
    }
  }
});
