// A benchmark or test text of a given size, built from articles: the development corpus for
// the benchmark (as the goals are stated for it), the project's own fixtures for the tests. Sentences are shuffled across articles with a fixed seed,
// so lines rarely repeat and no cache of identical paragraphs can make the analysis look faster
// than it is.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');
const SOURCES = ['test/fixtures/heldout', 'test/fixtures/heldout2', 'samples'];
/** The development corpus beside the repository, when it is there (the benchmark's text is built from it); BENCH_CORPUS names it elsewhere. */
const CORPUS = process.env.BENCH_CORPUS ? join(process.env.BENCH_CORPUS, 'texts') : join(ROOT, '..', 'shared', 'corpus', 'texts');

function rng(seed: number) {
  return () => {
    seed = (seed * 1664525 + 1013904223) >>> 0;
    return seed / 2 ** 32;
  };
}

/** The fixture articles, in a fixed order. */
export function fixtureTexts(): string[] {
  return SOURCES.flatMap((dir) =>
    readdirSync(join(ROOT, dir)).filter((f) => /\.(txt|md)$/.test(f) && f !== 'README.md').sort().map((f) => readFileSync(join(ROOT, dir, f), 'utf8')),
  );
}

/** The development corpus's articles, or undefined where the corpus is not beside the repository. */
export function corpusTexts(): string[] | undefined {
  if (!existsSync(CORPUS)) return undefined;
  return readdirSync(CORPUS).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(join(CORPUS, f), 'utf8'));
}

/** A text built from the given articles (the project's fixtures by default). */
export function benchText(size: number, seed = 7, articles: string[] = fixtureTexts()): string {
  // code fences are left out: shuffled, an opening fence without its closing one would make the rest code
  const sentences = articles.flatMap((t) => t.split(/(?<=[。！？\n])/)).filter((s) => s.trim() && !s.includes('```'));
  const rand = rng(seed);
  const parts: string[] = [];
  let length = 0;
  let line = '';
  while (length < size) {
    const s = sentences[Math.floor(rand() * sentences.length)].replace(/\n/g, '');
    line += s;
    if (line.length > 80 + rand() * 200) {
      parts.push(line);
      length += line.length + 1;
      line = '';
    }
  }
  return parts.join('\n').slice(0, size);
}

/**
 * The same text as a heavily marked-up Markdown document: paragraphs apart, a heading every 20
 * paragraphs, a GFM table every 37, a code block every 53, and every 7th paragraph a list item
 * with a link and inline code. About a third of it needs the Markdown parser.
 */
export function markdownText(text: string): string {
  const parts: string[] = [];
  text.split('\n').forEach((p, i) => {
    if (i % 20 === 0) parts.push(`## 第${i}节`);
    if (i % 37 === 0) parts.push('| 模型 | 参数 |\n| --- | --- |\n| GPT-4 | 1.8万亿 |\n| 盘古 | 1000亿 |');
    if (i % 53 === 0) parts.push('```js\nconst x = 175e9;\n```');
    parts.push(i % 7 === 0 ? `- ${p} [链接](https://example.com/${i}) \`code ${i}\`` : p);
  });
  return parts.join('\n\n');
}
