// Every export format by name, for the CLI and the editor commands alike.
import type { Analysis } from '../analysis/types.ts';
import type { SourceInfo } from './annotations.ts';
import { exportCsv } from './csv.ts';
import { exportJson } from './json.ts';
import { exportJsonl } from './jsonl.ts';

export interface ExportFormat {
  name: string;
  /** File name extension of the output, with the dot. */
  extension: string;
  description: string;
  render(analysis: Analysis, source: SourceInfo, text: string): string;
}

export const FORMATS: readonly ExportFormat[] = [
  { name: 'json', extension: '.json', description: 'ai-annotations/1 JSON', render: (a, s) => exportJson(a, s) },
  { name: 'jsonl', extension: '.jsonl', description: 'one annotation per line', render: (a, s) => exportJsonl(a, s) },
  { name: 'csv', extension: '.csv', description: 'CSV with a UTF-8 BOM for Excel', render: (a, s) => exportCsv(a, s, { bom: true }) },
];

export function formatByName(name: string): ExportFormat | undefined {
  return FORMATS.find((f) => f.name === name);
}
