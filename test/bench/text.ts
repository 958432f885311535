// A benchmark text of a given size built from the development corpus. Sentences are
// shuffled across articles with a fixed seed, so lines rarely repeat and no cache of
// identical paragraphs can make the analysis look faster than it is.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';


const CORPUS = join(__dirname, '..', '..', '..', 'shared', 'corpus', 'texts');

function rng(seed: number) {
  return () => {
    seed = (seed * 1664525 + 1013904223) >>> 0;
    return seed / 2 ** 32;
  };
}

export function corpusTexts(): string[] {
  return readdirSync(CORPUS).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(join(CORPUS, f), 'utf8'));
}

export function benchText(size: number, seed = 7): string {
  const sentences = corpusTexts().flatMap((t) => t.split(/(?<=[。！？\n])/)).filter((s) => s.trim());
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
