// The multi-pattern automaton over alias keys (@monyone/aho-corasick's double-array
// variant, the fastest to search), and its state as plain arrays. Building the double array
// for the ~4000 bundled names takes most of a second; `npm run build` builds it once and the
// language server searches the saved arrays instead (FastSearch). The library keeps that state
// in a private field: this module is the one place that reaches into it, and a unit test checks
// that FastSearch, over a built automaton or its saved state, finds exactly what the library finds.
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

export interface AutomatonMatch { begin: number; end: number; keyword: string }

/**
 * The same search as the library's `matchInText`, over its arrays copied into typed arrays and with
 * the character codes in a table: the library looks every character up in a Map, which was most of
 * the entity pass. `keep` drops keywords once, at construction (not per match). Same matches, same order.
 */
export class FastSearch {
  private readonly code = new Int32Array(0x10000);
  private readonly base: Int32Array;
  private readonly check: Int32Array;
  private readonly failure: Int32Array;
  private readonly keywords: Array<readonly string[] | undefined>;

  constructor(ac: AhoCorasick | AutomatonState, keep?: (keyword: string) => boolean) {
    const t = ac instanceof AhoCorasick ? doubleArrayOf(ac) : undefined;
    const state = t ?? (ac as AutomatonState);
    if (!Array.isArray(state.base) || state.base.length !== state.check?.length || state.base.length !== state.failure?.length) throw new Error('automaton state: arrays do not match');
    for (const [ch, c] of state.code) if (ch.length === 1) this.code[ch.charCodeAt(0)] = c;
    // a hole is no transition: check -1 matches no node
    this.base = typed(state.base, 0);
    this.check = typed(state.check, -1);
    this.failure = typed(state.failure, -1);
    const lists = t ? t.keywords : keywordsByNode(state as AutomatonState, state.base.length);
    this.keywords = new Array(lists.length);
    for (let node = 0; node < lists.length; node++) {
      const list = lists[node];
      const kept = list && keep ? list.filter(keep) : list;
      this.keywords[node] = kept?.length ? kept : undefined;
    }
  }

  /** Every keyword ending at each position, in text order (as the library reports them). */
  matchInText(text: string): AutomatonMatch[] {
    const out: AutomatonMatch[] = [];
    this.forEachMatch(text, (begin, end, keyword) => { out.push({ begin, end, keyword }); });
    return out;
  }

  /** The same matches, handed over one by one. */
  forEachMatch(text: string, found: (begin: number, end: number, keyword: string) => void): void {
    const { code, base, check, failure, keywords } = this;
    let node = 0;
    for (let i = 0; i < text.length; i++) {
      const c = code[text.charCodeAt(i)];
      if (c === 0) node = 0;
      else {
        let s = node;
        for (;;) {
          const next = s + base[s] + c;
          if (check[next] === s) { node = next; break; }
          s = failure[s];
          if (s < 0) { node = 0; break; }
        }
      }
      const list = keywords[node];
      if (list) for (const keyword of list) found(i + 1 - keyword.length, i + 1, keyword);
    }
  }
}

function typed(values: readonly (number | undefined)[], hole: number): Int32Array {
  const out = new Int32Array(values.length);
  for (let i = 0; i < values.length; i++) out[i] = values[i] ?? hole;
  return out;
}

function keywordsByNode(state: AutomatonState, nodes: number): Array<string[] | null> {
  const out: Array<string[] | null> = new Array(nodes).fill(null);
  for (const [node, list] of state.keywords) out[node] = list;
  return out;
}
