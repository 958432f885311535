// nodejieba (native) and jieba-wasm (WebAssembly) behind the Segmenter interface: the same
// annotations from both, the choice between them, the fallback when the native module cannot
// load, and the WebAssembly segmenter loaded from URLs as a browser would.
//
// Their raw segmentations differ: nodejieba cuts Latin words and numbers into single characters
// when it runs without HMM (O|p|e|n|A|I), jieba-wasm keeps them whole; jieba-rs's built-in
// dictionary (merged under nodejieba's) adds 60-odd compounds such as A股; a word already in the
// dictionary keeps its own tag in jieba-wasm (清华大学/nt) where nodejieba gives the tag x. None of
// this reaches an annotation, because the engine asks only narrow questions: is there a word
// boundary at the edges of a two-character Chinese name, and which proper nouns stand right
// before 科技/集团/…. A Latin letter next to a Chinese character is a boundary in both; the
// tags x, nt and eng are all proper nouns to the engine.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { test } from 'node:test';
import { analyze, type Engine } from '../../server/src/analysis/analyze.ts';
import { fetchWasmJiebaSource, loadWasmJieba } from '../../server/src/analysis/jiebaWasm.ts';
import type { Segmenter } from '../../server/src/analysis/segmenter.ts';
import { mergeSettings } from '../../server/src/features/settings.ts';
import { loadSegmenter, SegmenterUnavailable, segmenterChoiceFromEnv, sourceFiles, wasmJiebaSource } from '../../server/src/segmenterLoader.ts';
import { benchText } from '../bench/text.ts';
import { kb } from '../helpers/engine.ts';

const ROOT = join(__dirname, '..', '..');
const names = [...kb.aliases.keys()];
const native = loadSegmenter('native', names);
const wasm = loadSegmenter('wasm', names);
const nativeEngine: Engine = { kb, segmenter: native.segmenter };
const wasmEngine: Engine = { kb, segmenter: wasm.segmenter };

/**
 * Annotations on which the two segmenters may disagree, each with its reason, as
 * { text: 'folder/file', annotation: the annotation's JSON }. Empty: on every text below they agree.
 */
const KNOWN_DIFFERENCES: Array<{ text: string; annotation: string; reason: string }> = [];

/** Every annotation of a text, as comparable strings (all their fields, statuses and claims included). */
function annotations(text: string, engine: Engine, markdown: boolean): string[] {
  const { analysis } = analyze(text, engine, { markdown });
  assert.ok(analysis.segmented);
  return [...analysis.entities, ...analysis.figures].map((a) => JSON.stringify(a));
}

/** The project's texts, the development corpus when it is beside the repository, and a shuffle of the fixtures' sentences. */
function texts(): Array<{ name: string; text: string; markdown: boolean }> {
  const out: Array<{ name: string; text: string; markdown: boolean }> = [];
  const dirs = ['test/fixtures/heldout', 'test/fixtures/heldout2', 'test/fixtures/eval', 'samples'].map((d) => join(ROOT, d));
  const corpus = join(ROOT, '..', 'shared', 'corpus', 'texts');
  if (existsSync(corpus)) dirs.push(corpus);
  for (const dir of dirs.filter(existsSync)) {
    for (const f of readdirSync(dir, { recursive: true }).map(String).filter((f) => /\.(txt|md)$/.test(f) && !f.endsWith('README.md')).sort()) {
      const name = dir === corpus ? `../shared/corpus/texts/${f}` : relative(ROOT, join(dir, f));
      out.push({ name, text: readFileSync(join(dir, f), 'utf8'), markdown: /\.md$/.test(f) });
    }
  }
  // sentences in contexts no article has: Latin, digits and punctuation before names and suffixes
  out.push({ name: 'shuffled fixture sentences', text: benchText(300_000, 23), markdown: false });
  return out;
}

test('the annotations of both segmenters are the same, or each difference is listed with its reason (at most 1 %)', () => {
  let total = 0;
  const found: Array<{ text: string; annotation: string }> = [];
  const all = texts();
  assert.ok(all.length >= 20, `only ${all.length} texts`);
  for (const { name, text, markdown } of all) {
    const a = annotations(text, nativeEngine, markdown);
    const b = new Set(annotations(text, wasmEngine, markdown));
    const inA = new Set(a);
    total += a.length;
    for (const x of a) if (!b.has(x)) found.push({ text: name, annotation: x });
    for (const x of b) if (!inA.has(x)) found.push({ text: name, annotation: x });
  }
  const unexplained = found.filter((d) => !KNOWN_DIFFERENCES.some((k) => k.text === d.text && k.annotation === d.annotation));
  assert.deepEqual(unexplained, [], 'annotations that differ between nodejieba and jieba-wasm without a listed reason');
  assert.ok(found.length <= total * 0.01, `${found.length} differences in ${total} annotations`);
  assert.ok(total > 1000, `only ${total} annotations compared`);
});

// texts written for this test: where the raw segmentations differ, the annotations must not
const AGREE_DESPITE_DIFFERENT_WORDS = [
  'OpenAI和华为都发布了新模型，DeepSeek-R1紧随其后。',
  '采购了4000张华为昇腾910B，另有H20芯片2万张。',
  '华为在A股上市的传闻被否认，IP地址显示发帖人在深圳。',
  '——潞晨科技完成新一轮融资，金额达数亿元。',
  '🚀爱诗科技发布视频生成模型PixVerse V3。',
  '据MiniMax科技介绍，abab6.5的上下文长度为245K tokens。',
  '来自清华大学人工智能研究院的团队发布了GLM-4，参数量为1300亿。',
  '张华为了这次发布会准备了三个月；华为云盘古大模型5.0同日亮相。',
  'Moonshot AI旗下Kimi支持200万字上下文，售价为0.012元/千tokens。',
];

test('texts where the words differ: the same annotations', () => {
  const asked: string[] = [];
  const differing: string[] = [];
  const compare = (one: Segmenter, other: Segmenter): Segmenter => ({
    cutAll: (t) => {
      const a = one.cutAll(t), b = other.cutAll(t);
      t.forEach((x, i) => { asked.push(x); if (a[i].join('|') !== b[i].join('|')) differing.push(`${a[i].join('|')} / ${b[i].join('|')}`); });
      return a;
    },
    tagAll: (t) => {
      const a = one.tagAll(t), b = other.tagAll(t);
      const show = (ws: typeof a[0]) => ws.map((w) => `${w.word}/${w.tag}`).join(' ');
      t.forEach((x, i) => { asked.push(x); if (show(a[i]) !== show(b[i])) differing.push(`${show(a[i])} / ${show(b[i])}`); });
      return a;
    },
  });
  for (const text of AGREE_DESPITE_DIFFERENT_WORDS) {
    const both: Engine = { kb, segmenter: compare(native.segmenter, wasm.segmenter) };
    assert.deepEqual(annotations(text, wasmEngine, false), annotations(text, both, false), text);
    assert.deepEqual(annotations(text, nativeEngine, false), annotations(text, both, false), text);
  }
  // the engine did ask, and the raw answers did differ (Latin and digits cut into characters, tags)
  assert.ok(asked.length >= 10, `${asked.length} questions`);
  const shown = differing.join('\n');
  for (const [mark, what] of [['n|A|I|和|华为 / nAI|和|华为', 'a Latin word cut into letters'], ['腾|9|1 / 腾|91', 'a number cut into digits'],
    ['在|A|股|上 / 华为|在|A股|上', "a compound only jieba-rs's dictionary has"], ['清华大学/x 人工智能/n / 来自/v 清华大学/nt', "a knowledge-base name's tag"]]) {
    assert.ok(shown.includes(mark.split(' / ')[0]) && shown.includes(mark.split(' / ')[1]), `expected ${what} among the differences:\n${shown}`);
  }
});

test('the same dictionary: words only nodejieba\'s dictionary has, and the knowledge base\'s names, are words to both', () => {
  // 张华 is in nodejieba's dictionary and not in jieba-rs's built-in one
  for (const s of [native.segmenter, wasm.segmenter]) {
    assert.deepEqual(s.cutAll(['张华为了']), [['张华', '为了']]);
    // a knowledge-base name of three characters or more is taught to both as a user word
    assert.ok(names.includes('讯飞星火认知大模型'));
    assert.deepEqual(s.cutAll(['讯飞星火认知大模型发布']), [['讯飞星火认知大模型', '发布']]);
    // nodejieba's user dictionary (云计算 is in it)
    assert.deepEqual(s.tagAll(['云计算']), [[{ word: '云计算', tag: 'x' }]]);
  }
  assert.equal(native.kind, 'native');
  assert.equal(wasm.kind, 'wasm');
});

test('auto falls back to the WebAssembly segmenter when the native module cannot load; native then fails clearly', () => {
  const notes: string[] = [];
  const unloadable = () => { throw new Error("Cannot find module 'nodejieba'\nRequire stack: …"); };
  const fallback = loadSegmenter('auto', names, (m) => notes.push(m), unloadable);
  assert.equal(fallback.kind, 'wasm');
  assert.deepEqual(fallback.segmenter.cutAll(['中华为民']), [['中华', '为民']]);
  assert.match(notes.join('\n'), /nodejieba cannot load here \(Cannot find module 'nodejieba'\); using the WebAssembly segmenter/);
  assert.throws(() => loadSegmenter('native', names, () => {}, unloadable), (e) => e instanceof SegmenterUnavailable && /nodejieba cannot load/.test(e.message));
  assert.equal(loadSegmenter('auto', names).kind, 'native', 'nodejieba stays the default where it loads');
});

test('the choice: AI_ANNOTATE_SEGMENTER and the aiAnnotator.segmenter setting', () => {
  assert.equal(segmenterChoiceFromEnv({}), 'auto');
  assert.equal(segmenterChoiceFromEnv({ AI_ANNOTATE_SEGMENTER: 'wasm' }), 'wasm');
  assert.equal(segmenterChoiceFromEnv({ AI_ANNOTATE_SEGMENTER: ' Native ' }), 'native');
  assert.deepEqual(segmenterChoiceFromEnv({ AI_ANNOTATE_SEGMENTER: 'jieba' }), { error: 'AI_ANNOTATE_SEGMENTER must be one of auto, native, wasm (got "jieba")' });
  assert.equal(mergeSettings({}).segmenter, 'auto');
  assert.equal(mergeSettings({ segmenter: 'wasm' }).segmenter, 'wasm');
  assert.equal(mergeSettings({ segmenter: 'fast' }).segmenter, 'auto');
  const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
  assert.deepEqual(manifest.contributes.configuration.properties['aiAnnotator.segmenter'].enum, ['auto', 'native', 'wasm']);
});

test('the WebAssembly segmenter loads from URLs, as in a browser (no file system in the segmenter)', async () => {
  const files = sourceFiles();
  const server = createServer((req, res) => {
    const file = { '/jieba.wasm': files.wasm, '/jieba.dict.utf8': files.dictionary, '/user.dict.utf8': files.userDictionary }[req.url ?? ''];
    if (!file) { res.writeHead(404).end(); return; }
    res.writeHead(200).end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  try {
    const base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
    const source = await fetchWasmJiebaSource({ wasm: `${base}/jieba.wasm`, dictionary: `${base}/jieba.dict.utf8`, userDictionary: `${base}/user.dict.utf8` });
    const fromUrls = loadWasmJieba(source, names);
    assert.deepEqual(fromUrls.cutAll(['中华为民', '张华为了']), [['中华', '为民'], ['张华', '为了']]);
    await assert.rejects(fetchWasmJiebaSource({ wasm: `${base}/missing.wasm`, dictionary: `${base}/jieba.dict.utf8` }), /HTTP 404/);
    // the same thread holds one dictionary: another one is refused rather than merged in silently
    assert.throws(() => loadWasmJieba({ ...wasmJiebaSource(), dictionary: '华为 1 nz\n' }), /another dictionary/);
  } finally {
    server.close();
  }
});

test('the built CLI without node_modules (no nodejieba, as in the universal package) annotates with jieba-wasm, the same as with nodejieba', () => {
  const bundle = join(ROOT, 'server', 'out');
  assert.ok(existsSync(join(bundle, 'segmenter', 'jieba_rs_wasm_bg.wasm')), 'npm run build first');
  const dir = mkdtempSync(join(tmpdir(), 'ai-annotate-wasm-'));
  cpSync(join(ROOT, 'bin'), join(dir, 'bin'), { recursive: true });
  cpSync(bundle, join(dir, 'server', 'out'), { recursive: true });
  cpSync(join(ROOT, 'package.json'), join(dir, 'package.json'));
  const text = AGREE_DESPITE_DIFFERENT_WORDS.join('\n');
  writeFileSync(join(dir, 'a.txt'), text);
  const run = (bin: string, env: Record<string, string>) =>
    spawnSync(process.execPath, [bin, 'annotate', '--format', 'json', 'a.txt'], { cwd: dir, encoding: 'utf8', env: { ...process.env, ...env } });
  const withNative = run(join(ROOT, 'bin', 'ai-annotate.js'), { AI_ANNOTATE_SEGMENTER: 'native' });
  const withoutNative = run(join(dir, 'bin', 'ai-annotate.js'), {});
  const wasmChosen = run(join(ROOT, 'bin', 'ai-annotate.js'), { AI_ANNOTATE_SEGMENTER: 'wasm' });
  for (const r of [withNative, withoutNative, wasmChosen]) assert.equal(r.status, 0, r.stderr);
  assert.equal(withoutNative.stdout, withNative.stdout);
  assert.equal(wasmChosen.stdout, withNative.stdout);
  assert.ok(JSON.parse(withoutNative.stdout).annotations.some((a: { entityId?: string }) => a.entityId === 'vendor:huawei'));
  // asking for nodejieba where it cannot load is an error that says what to do
  const refused = run(join(dir, 'bin', 'ai-annotate.js'), { AI_ANNOTATE_SEGMENTER: 'native' });
  assert.equal(refused.status, 1);
  assert.match(refused.stderr, /nodejieba cannot load: .*set it to wasm/);
  const typo = run(join(ROOT, 'bin', 'ai-annotate.js'), { AI_ANNOTATE_SEGMENTER: 'wsam' });
  assert.equal(typo.status, 2);
  assert.match(typo.stderr, /AI_ANNOTATE_SEGMENTER must be one of auto, native, wasm/);
});
