// Reusing the results of a previous analysis of the same document. An edit leaves the pieces
// before and after it as they were, so those are matched by position (a string comparison, no
// hashing); the few in between are looked up by text.

import { PAUSE_EVERY, type Steps } from './steps.ts';

/**
 * For each piece of a new text, the index of the same piece in the previous one, or -1; pausing
 * every few thousand pieces compared (a huge document's are tens of megabytes of text).
 */
export function* unchangedMatcherInSteps(prev: readonly string[], next: readonly string[]): Steps<(i: number) => number> {
  let head = 0;
  while (head < prev.length && head < next.length && prev[head] === next[head]) {
    head++;
    if (head % PAUSE_EVERY === 0) yield;
  }
  let tail = 0;
  while (tail < prev.length - head && tail < next.length - head && prev[prev.length - 1 - tail] === next[next.length - 1 - tail]) {
    tail++;
    if (tail % PAUSE_EVERY === 0) yield;
  }
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
