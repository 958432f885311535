// Every export format by name, and the one way a document is rendered in one (renderDocument),
// for the CLI, its worker threads and the editor's export request alike.
// SHA-256 in JavaScript rather than node:crypto: the same export renders in a browser
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import type { Analysis } from '../analysis/types.ts';
import type { SourceInfo } from './annotations.ts';
import { bratAnnotationConf, exportBrat } from './brat.ts';
import { exportCsv } from './csv.ts';
import { exportDoccano } from './doccano.ts';
import { exportJson } from './json.ts';
import { exportJsonl } from './jsonl.ts';
import { exportLabelStudio, labelStudioConfig } from './labelStudio.ts';
import { exportSpacy } from './spacy.ts';
import { exportUimaCas } from './uimaCas.ts';
import { exportW3c } from './w3c.ts';

export interface ExtraFile {
  /** For companions: the extension replacing the output's; for setup files: the file name. */
  name: string;
  content: string;
}

export interface ExportFormat {
  name: string;
  /** File name extension of the output, with the dot. */
  extension: string;
  description: string;
  render(analysis: Analysis, source: SourceInfo, text: string): string;
  /** Files that belong beside each output, same base name (brat's .txt next to the .ann). */
  companions?(analysis: Analysis, source: SourceInfo, text: string): ExtraFile[];
  /** Files written once at the top of an output folder (brat's annotation.conf, Label Studio's labeling config). */
  setupFiles?(): ExtraFile[];
  /** Outputs of several documents may follow each other in one stream (line formats, CSV). */
  concatenable?: boolean;
}

export const FORMATS: readonly ExportFormat[] = [
  { name: 'json', extension: '.json', description: 'ai-annotations/1 JSON', render: (a, s) => exportJson(a, s) },
  { name: 'jsonl', extension: '.jsonl', description: 'one annotation per line', render: (a, s) => exportJsonl(a, s), concatenable: true },
  { name: 'csv', extension: '.csv', description: 'CSV with a UTF-8 BOM for Excel', render: (a, s) => exportCsv(a, s, { bom: true }), concatenable: true },
  {
    name: 'brat', extension: '.ann', description: 'brat standoff (.ann, with the text as .txt beside it)',
    render: (a, _s, t) => exportBrat(a, t),
    companions: (_a, _s, t) => [{ name: '.txt', content: t }],
    setupFiles: () => [{ name: 'annotation.conf', content: bratAnnotationConf() }],
  },
  { name: 'w3c', extension: '.jsonld', description: 'W3C Web Annotation (JSON-LD)', render: exportW3c },
  {
    name: 'label-studio', extension: '.label-studio.json', description: 'Label Studio tasks with predictions (and label-studio-config.xml)',
    render: exportLabelStudio,
    setupFiles: () => [{ name: 'label-studio-config.xml', content: labelStudioConfig() }],
  },
  { name: 'doccano', extension: '.doccano.jsonl', description: 'doccano sequence labeling JSONL', render: exportDoccano, concatenable: true },
  { name: 'uima-cas', extension: '.cas.json', description: 'UIMA CAS JSON for INCEpTION', render: exportUimaCas },
  { name: 'spacy', extension: '.spacy.jsonl', description: 'spaCy-ready JSONL (text and spans)', render: exportSpacy, concatenable: true },
];

export function formatByName(name: string): ExportFormat | undefined {
  return FORMATS.find((f) => f.name === name);
}

export interface Rendered {
  content: string;
  /** The format's extension: outputs are named exportName(document path, extension). */
  extension: string;
  companions: ExtraFile[];
  setupFiles: ExtraFile[];
}

/**
 * A document in a format: the output, what belongs beside it, and what its folder needs once.
 * `path` is the path written into the output, `uri` the document's absolute URI (for the formats that name it).
 */
export function renderDocument(format: ExportFormat, analysis: Analysis, text: string, path: string, uri?: string): Rendered {
  const source: SourceInfo = { path, length: text.length, sha256: bytesToHex(sha256(utf8ToBytes(text))), uri };
  return {
    content: format.render(analysis, source, text),
    extension: format.extension,
    companions: format.companions?.(analysis, source, text) ?? [],
    setupFiles: format.setupFiles?.() ?? [],
  };
}
