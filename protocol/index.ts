// What the VS Code client and the language server say to each other beyond standard LSP: request
// names, command ids and the shapes of their payloads. The only module both sides import; it
// imports nothing of the project, so the client never reaches into the server.

/** Custom requests the server answers. */
export const REQUESTS = {
  /** SummaryParams → Summary | null: counts, entities and figures of an open document (status bar, entity list). */
  summary: 'aiAnnotator/summary',
  /** ExportParams → ExportResult: one document rendered in an export format. */
  exportDocument: 'aiAnnotator/export',
  /** FigureAtParams → FigureAt | null: the figure at a position, with what a command needs to act on it. */
  figureAt: 'aiAnnotator/figureAt',
  /** no params → FormatInfo[]: the export formats. */
  formats: 'aiAnnotator/formats',
  /** ReportParams → ReportData | null: the report webview's and the Claims view's data. */
  report: 'aiAnnotator/report',
  /** DocumentsParams → string[]: the file: URIs of a folder's documents, as the server's workspace index sees them (exclusions respected). */
  documents: 'aiAnnotator/documents',
} as const;

/** Commands the server implements; any LSP client can run them through workspace/executeCommand. */
export const SERVER_COMMANDS = {
  /** [uri, FigureData, source?, note?, author?] → { ok, id? } */
  markVerified: 'aiAnnotator.server.markVerified',
  /** [recordId] → { ok } */
  unmarkVerified: 'aiAnnotator.server.unmarkVerified',
  /** [uri, FigureData] → { ok, id? } */
  ignoreFigure: 'aiAnnotator.server.ignoreFigure',
  /** [KnowledgeEntry] → { ok } */
  addToKnowledge: 'aiAnnotator.server.addToKnowledge',
} as const;

/** Commands the VS Code client implements (its manifest contributes them); code actions may name the first two. */
export const CLIENT_COMMANDS = {
  /** [uri?, FigureData?, source?, note?]: asks for a source first. */
  markVerified: 'aiAnnotator.markVerified',
  /** [KnowledgeEntry?]: asks for the kind first. */
  addToKnowledge: 'aiAnnotator.addToKnowledge',
  unmarkVerified: 'aiAnnotator.unmarkVerified',
  exportDocument: 'aiAnnotator.exportDocument',
  exportWorkspace: 'aiAnnotator.exportWorkspace',
  exportFolder: 'aiAnnotator.exportFolder',
  showEntities: 'aiAnnotator.showEntities',
  restartServer: 'aiAnnotator.restartServer',
  toggleFigureDiagnostics: 'aiAnnotator.toggleFigureDiagnostics',
  showReport: 'aiAnnotator.showReport',
  showWorkspaceReport: 'aiAnnotator.showWorkspaceReport',
  /** [ReportFigure]: open its document and select it. */
  revealFigure: 'aiAnnotator.revealFigure',
} as const;

/** What the VS Code client tells the server at initialize (`initializationOptions`). */
export interface InitializationOptions {
  /** VS Code's display language, e.g. "en" or "zh-cn". */
  locale?: string;
  /** "vscode" when the client is this extension: it asks for a source before marking a figure verified. */
  client?: string;
  /** Where a server in a browser fetches what it would read from disk in Node: the extension's own URLs. */
  browserFiles?: BrowserFiles;
}

/** The files a language server in a browser fetches: the compiled knowledge, the WebAssembly segmenter and its dictionaries. */
export interface BrowserFiles {
  /** server/out/knowledge.json, which `npm run build` compiles. */
  knowledge: string;
  wasm: string;
  dictionary: string;
  userDictionary: string;
}

/** The settings section, the Claims view's id. */
export const SETTINGS_SECTION = 'aiAnnotator';
export const CLAIMS_VIEW = 'aiAnnotator.claims';

export type FigureStatus = 'verified' | 'attributed' | 'unverified' | 'conflict';

/** Statuses in the order views list them: the ones needing attention first. */
export const FIGURE_STATUSES: readonly FigureStatus[] = ['conflict', 'unverified', 'attributed', 'verified'];

export interface Position { line: number; character: number }
export interface Range { start: Position; end: Position }

/** Where a figure is and what it says: Diagnostic.data, and the argument of the verification commands. */
export interface FigureData {
  figure: { start: number; end: number; text: string; value: number; unit: string };
  /** The quote with text before and after it, to find the figure again after edits (added when a command is built). */
  anchor?: { quote: string; prefix: string; suffix: string; start?: number };
  status: FigureStatus;
  recordId?: string;
}

export interface KnowledgeEntry { kind: 'vendor' | 'model' | 'product'; name: string; vendorId?: string; country?: string; category?: string }

export interface SummaryParams { uri: string }

export interface Summary {
  uri: string;
  version: number;
  counts: { vendors: number; models: number; products: number; figures: number; unverified: number; attributed: number; conflict: number; verified: number; orphaned: number };
  entities: Array<{ kind: string; entityId: string; canonical: string; count: number; first: Position }>;
  figures: Array<{ text: string; description: string; status: string; subject?: string; line: number; character: number }>;
  orphaned: Array<{ id: string; quote: string }>;
}

export interface FigureAtParams { uri: string; position: Position }
export interface FigureAt { data: FigureData; recordId?: string }

export interface DocumentsParams { folder: string }

export interface FormatInfo { name: string; extension: string; description: string }

export interface ExportParams { uri: string; format: string }

/** A file a format needs besides its output: beside it (`name` = its extension, see companionPath) or once per folder (`name` = file name). */
export interface ExportFile { name: string; content: string }

export interface ExportResult {
  /** The rendered document; absent when it could not be rendered (see error). */
  content?: string;
  /** The format's extension (".json"), for exportName. */
  extension?: string;
  /** What the format needs beside the output (brat's .txt). */
  companions?: ExportFile[];
  /** Files a format needs once per output folder (brat's annotation.conf), written unless already there. */
  setupFiles?: ExportFile[];
  error?: string;
}

export type ReportParams = { uri: string; workspace?: false } | { workspace: true; uri?: undefined };

export interface ReportFigure {
  /** Index in ReportData.figures: what the webview sends back to reveal a figure. */
  index: number;
  uri: string;
  /** Workspace-relative path. */
  path: string;
  text: string;
  /** Value in plain terms, in the server's locale: "more than 3 × 10¹² tokens". */
  description: string;
  status: FigureStatus;
  subjectId?: string;
  /** Name of the subject (knowledge base name, or the name as written for an unknown entity). */
  subject?: string;
  /** What the figure measures (parameters, training_tokens …), when known. */
  attribute?: string;
  /** The attribute's name in the server's locale: "activated parameters", "激活参数". */
  attributeName?: string;
  /** The attribution cue of its sentence, if any. */
  source?: string;
  range: Range;
  /** Up to 24 characters of the figure's line on each side of it. */
  context: { before: string; after: string };
}

export interface ReportEntity {
  id: string;
  kind: 'vendor' | 'model' | 'product';
  name: string;
  /** Mentions in all documents of the report. */
  count: number;
  /** Documents that mention it. */
  documents: number;
  /** Name of its vendor, for models and products. */
  vendor?: string;
  /** Release date as the knowledge base writes it (2024, 2024-05, 2024-05-13), for models. */
  released?: string;
  /** Recognised by its form only, not in the knowledge base. */
  unknown?: boolean;
}

export interface ReportData {
  scope: 'document' | 'workspace';
  /** The document (document scope). */
  uri?: string;
  version?: number;
  /** Paths of the documents in the report, sorted. */
  paths: string[];
  totals: { mentions: number; vendors: number; models: number; products: number; figures: number; ignored: number };
  /** Figures per status; ignored figures are not counted. */
  statuses: Record<FigureStatus, number>;
  /** By mentions, most first. */
  vendors: ReportEntity[];
  models: ReportEntity[];
  products: ReportEntity[];
  /** Every figure that is not ignored, document by document in text order. */
  figures: ReportFigure[];
  /** Mentioned models with a known release date, earliest first. */
  timeline: ReportEntity[];
  /** Mentioned models without a known release date. */
  undated: ReportEntity[];
}

/**
 * The name of a document's export: "docs/a.md" + ".json" → "docs/a.annotations.json". The CLI and
 * the editor name outputs the same way, kept apart from the document's own name (a brat export of
 * a.txt writes a.annotations.txt, never over a.txt).
 */
export function exportName(relativePath: string, extension: string): string {
  const slash = Math.max(relativePath.lastIndexOf('/'), relativePath.lastIndexOf('\\'));
  const dot = relativePath.lastIndexOf('.');
  const stem = dot > slash + 1 ? relativePath.slice(0, dot) : relativePath;
  return `${stem}.annotations${extension}`;
}

/** A companion's path beside an output: "out/a.annotations.ann" + ".txt" → "out/a.annotations.txt". */
export function companionPath(output: string, extension: string): string {
  const slash = Math.max(output.lastIndexOf('/'), output.lastIndexOf('\\'));
  const dot = output.lastIndexOf('.');
  return (dot > slash + 1 ? output.slice(0, dot) : output) + extension;
}
