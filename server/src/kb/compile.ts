// `npm run build` step: the bundled knowledge documents and their compiled alias index in one
// file beside the language server, so that start-up reads arrays instead of building them.
//   node compile.js OUT_FILE
import { KnowledgeBase, type KnowledgeDocument } from '../analysis/knowledge.ts';
import { writeAtomic } from '../io/files.ts';
import { simplifiedTable } from '../analysis/normalize.ts';
import type { CompiledKnowledge } from '../knowledge/bundled.ts';
import { dataStamps, readDataFiles } from '../knowledge/bundledFiles.ts';

export function compileKnowledge(): CompiledKnowledge {
  const data = readDataFiles();
  if (!data) throw new Error('the knowledge data folder is missing');
  const sources = data.map((d) => ({ origin: d.origin, document: JSON.parse(d.text) as KnowledgeDocument }));
  const kb = new KnowledgeBase(sources);
  const table = simplifiedTable();
  return {
    stamps: dataStamps()!, sources, index: kb.compile(sources.map((s) => s.origin)),
    simplified: Buffer.from(table.buffer, table.byteOffset, table.byteLength).toString('base64'),
  };
}

if (require.main === module) {
  const out = process.argv[2];
  if (!out) throw new Error('usage: compile.js OUT_FILE');
  writeAtomic(out, JSON.stringify(compileKnowledge()));
}
