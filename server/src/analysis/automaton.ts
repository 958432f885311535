// The multi-pattern automaton over alias keys (@monyone/aho-corasick's double-array
// variant, the fastest to search), and its state as plain arrays. Building the double array
// for the ~4000 bundled names takes most of a second; `npm run build` builds it once and the
// language server loads the arrays instead. The library keeps that state in a private field:
// this module is the one place that reaches into it, and a unit test checks that a loaded
// automaton finds exactly what a freshly built one finds.
import { AhoCorasick } from '@monyone/aho-corasick/fast';
import type { AutomatonState } from '../knowledge/types.ts';

export { AhoCorasick };
export type { AutomatonState };

interface DoubleArray {
  head: number;
  tail: number;
  base: number[];
  check: number[];
  failure: number[];
  code: Map<string, number>;
  keywords: Array<string[] | null>;
}

function doubleArrayOf(ac: AhoCorasick): DoubleArray {
  const trie = (ac as unknown as { trie?: DoubleArray }).trie;
  if (!trie || !Array.isArray(trie.base) || !(trie.code instanceof Map) || !Array.isArray(trie.keywords)) {
    throw new Error('@monyone/aho-corasick/fast: unexpected internal layout');
  }
  return trie;
}

export function saveAutomaton(ac: AhoCorasick): AutomatonState {
  const t = doubleArrayOf(ac);
  const keywords: AutomatonState['keywords'] = [];
  t.keywords.forEach((list, node) => { if (list?.length) keywords.push([node, list]); });
  return { head: t.head, tail: t.tail, base: t.base, check: t.check, failure: t.failure, code: [...t.code], keywords };
}

/** An automaton from saved state; throws if the state does not fit (then build one instead). */
export function loadAutomaton(state: AutomatonState): AhoCorasick {
  const { base, check, failure } = state;
  if (!Array.isArray(base) || base.length !== check?.length || base.length !== failure?.length) throw new Error('automaton state: arrays do not match');
  const ac = new AhoCorasick([]);
  const t = doubleArrayOf(ac);
  const keywords: Array<string[] | null> = new Array(base.length).fill(null);
  for (const [node, list] of state.keywords) keywords[node] = list;
  Object.assign(t, { head: state.head, tail: state.tail, base, check, failure, code: new Map(state.code), keywords });
  return ac;
}
