// Parts of a document that are not prose: Markdown front matter, fenced and indented code,
// inline code, link targets, HTML comments, and URLs anywhere. They are blanked out with
// spaces (same length, line breaks kept) so nothing is recognised inside them and every
// offset stays valid.

const URL = /\b(?:https?|ftp):\/\/[^\s<>()"'，。；：！？、）】」]+|\bwww\.[A-Za-z0-9-]+\.[^\s<>()"'，。；：！？、）】」]+/g;

function blank(chars: string[], from: number, to: number) {
  for (let i = from; i < to; i++) if (chars[i] !== '\n' && chars[i] !== '\r') chars[i] = ' ';
}

export function maskNonProse(text: string, markdown: boolean): string {
  const hasUrl = text.includes('://') || text.includes('www.');
  // fenced code is code in a plain-text file too (Markdown pasted into .txt)
  const hasFence = /^\s*(```|~~~)/m.test(text);
  if (!markdown && !hasUrl && !hasFence) return text;
  const chars = text.split('');
  let changed = false;
  const mask = (from: number, to: number) => {
    if (to > from) { blank(chars, from, to); changed = true; }
  };
  if (hasUrl) for (const m of text.matchAll(URL)) mask(m.index!, m.index! + m[0].length);
  if (hasFence) maskFences(text, mask);
  if (markdown) maskMarkdown(text, mask);
  return changed ? chars.join('') : text;
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

function maskFences(text: string, mask: (from: number, to: number) => void) {
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
  if (fence) mask(fenceStart, text.length);
}
