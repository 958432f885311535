// Reusing the results of a previous analysis of the same document. An edit leaves the pieces
// before and after it as they were, so those are matched by position (a string comparison, no
// hashing); the few in between are looked up by text.

/** For each piece of a new text, the index of the same piece in the previous one, or -1. */
export function unchangedMatcher(prev: readonly string[], next: readonly string[]): (i: number) => number {
  let head = 0;
  while (head < prev.length && head < next.length && prev[head] === next[head]) head++;
  let tail = 0;
  while (tail < prev.length - head && tail < next.length - head && prev[prev.length - 1 - tail] === next[next.length - 1 - tail]) tail++;
  let middle: Map<string, number> | undefined;
  return (i) => {
    if (i < head) return i;
    if (i >= next.length - tail) return prev.length - (next.length - i);
    if (!middle) {
      middle = new Map();
      for (let k = head; k < prev.length - tail; k++) middle.set(prev[k], k);
    }
    return middle.get(next[i]) ?? -1;
  };
}
