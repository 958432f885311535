// Parts of a document that are not prose: Markdown front matter, fenced code, inline code,
// link targets, HTML comments, and URLs anywhere. They are blanked out with spaces (same
// length, line breaks kept) so nothing is recognised inside them and every offset stays valid.

const URL = /\b(?:https?|ftp):\/\/[^\s<>()"'，。；：！？、）】」]+|\bwww\.[A-Za-z0-9-]+\.[^\s<>()"'，。；：！？、）】」]+/g;

/** The document-wide part: front matter, fences and Markdown syntax. */
export function maskNonProse(text: string, markdown: boolean): string {
  // fenced code is code in a plain-text file too (Markdown pasted into .txt)
  const hasFence = /^[ \t]*(```|~~~)/m.test(text);
  if (!markdown && !hasFence) return text;
  const ranges: Array<[number, number]> = [];
  const mask = (from: number, to: number) => {
    if (to > from) ranges.push([from, to]);
  };
  if (hasFence) maskFences(text, mask, markdown);
  if (markdown) maskMarkdown(text, mask);
  return blankRanges(text, ranges);
}

/** URLs, which never span lines: masked block by block (and so cached with the block). */
export function maskUrls(text: string): string {
  if (!text.includes('://') && !text.includes('www.')) return text;
  const ranges: Array<[number, number]> = [];
  for (const m of text.matchAll(URL)) ranges.push([m.index!, m.index! + m[0].length]);
  return blankRanges(text, ranges);
}

function blankRanges(text: string, ranges: Array<[number, number]>): string {
  if (!ranges.length) return text;
  // rebuild from slices: blanks where masked, line breaks kept
  ranges.sort((a, b) => a[0] - b[0]);
  const parts: string[] = [];
  let pos = 0;
  for (const [from, to] of ranges) {
    if (to <= pos) continue;
    const s = Math.max(from, pos);
    parts.push(text.slice(pos, s), text.slice(s, to).replace(/[^\r\n]/g, ' '));
    pos = to;
  }
  parts.push(text.slice(pos));
  return parts.join('');
}

function maskMarkdown(text: string, mask: (from: number, to: number) => void) {
  // front matter: --- at the very start up to the next --- line
  const front = /^(?:\ufeff)?---\r?\n[\s\S]*?\r?\n(?:---|\.\.\.)\s*(?:\r?\n|$)/.exec(text);
  if (front) mask(0, front[0].length);

  // inline code, HTML comments, link and image targets, reference definitions
  for (const m of text.matchAll(/(`+)[^`\n]+?\1/g)) mask(m.index!, m.index! + m[0].length);
  for (const m of text.matchAll(/<!--[\s\S]*?-->/g)) mask(m.index!, m.index! + m[0].length);
  for (const m of text.matchAll(/\]\(([^)\n]*)\)/g)) mask(m.index! + 2, m.index! + m[0].length - 1);
  for (const m of text.matchAll(/^\s{0,3}\[[^\]\n]+\]:\s*\S.*$/gm)) mask(m.index!, m.index! + m[0].length);
  for (const m of text.matchAll(/<[a-z][a-z0-9-]*(?:\s[^<>\n]*)?>|<\/[a-z][a-z0-9-]*>/gi)) mask(m.index!, m.index! + m[0].length);
}

/**
 * Fenced code. In Markdown an unclosed fence runs to the end of the document (CommonMark); in
 * plain text only a closed fence counts, so a stray ``` in a pasted snippet hides nothing else.
 */
function maskFences(text: string, mask: (from: number, to: number) => void, markdown: boolean) {
  let offset = 0;
  let fence: string | undefined;
  let fenceStart = 0;
  for (const line of text.split('\n')) {
    const trimmed = line.trimStart();
    const opener = /^(`{3,}|~{3,})/.exec(trimmed);
    if (!fence && opener) {
      fence = opener[1][0].repeat(opener[1].length);
      fenceStart = offset;
    } else if (fence && trimmed.startsWith(fence) && /^[`~]+\s*$/.test(trimmed)) {
      mask(fenceStart, offset + line.length);
      fence = undefined;
    }
    offset += line.length + 1;
  }
  if (fence && markdown) mask(fenceStart, text.length);
}
