// One cold start of the knowledge base in a fresh process (run by test/bench/run.ts):
//   compiled   the language server's way: the documents and alias index npm run build compiled
//   documents  the documents parsed and indexed at start, as without the compiled file
// Prints {ms, heapMB, compiled} as JSON. Run with --expose-gc for the memory figure.
import { buildKnowledgeBase, KnowledgeBase, type KnowledgeDocument } from '../../server/src/analysis/knowledge.ts';
import { readDataFiles } from '../../server/src/knowledge/bundledFiles.ts';

const gc = (globalThis as { gc?: () => void }).gc;
gc?.();
const before = process.memoryUsage().heapUsed;
const t = performance.now();
let kb: KnowledgeBase;
if (process.argv[2] === 'documents') {
  const data = readDataFiles()!;
  kb = new KnowledgeBase(data.map((d) => ({ origin: d.origin, document: JSON.parse(d.text) as KnowledgeDocument })));
} else {
  kb = buildKnowledgeBase();
}
const ms = performance.now() - t;
gc?.();
const heapMB = (process.memoryUsage().heapUsed - before) / 1e6;
process.stdout.write(JSON.stringify({ ms, heapMB, compiled: kb.compiled, entities: kb.entities.size, aliases: kb.aliases.size, facts: kb.facts.length }) + '\n');
