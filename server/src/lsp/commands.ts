// Server commands (workspace/executeCommand) and the custom requests the VS Code client uses
// for its status bar, entity list and exports. Writing workspace files goes through the store.
import { sha1 } from '@noble/hashes/legacy.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import {
  REQUESTS, SERVER_COMMANDS, type DocumentsParams, type ExportParams, type ExportResult, type FigureAt, type FigureAtParams,
  type FormatInfo, type KnowledgeEntry, type ReportParams, type Summary, type SummaryParams,
} from '../../../protocol/index.ts';
import { aliasKey } from '../analysis/knowledge.ts';
import { FORMATS, formatByName, renderDocument } from '../export/index.ts';
import { figureData, figureFor, type FigureDiagnosticData } from '../features/diagnostics.ts';
import { buildReport, inWorkspace } from '../features/report.ts';
import { summarise } from '../features/summary.ts';
import { guard, type ServerContext } from './context.ts';
import type { WorkspaceStore } from './workspaceStore.ts';

/** The command ids to announce in the initialize result. */
export const SERVER_COMMAND_IDS = Object.values(SERVER_COMMANDS);

export interface CommandHost {
  store(): WorkspaceStore;
  pathOf(uri: string): string;
  afterWorkspaceWrite(): void;
}

export function registerCommands(ctx: ServerContext, host: CommandHost) {
  const { connection } = ctx;

  /** Commands get a diagnostic's data; the anchor is read from the current analysis when it is missing. */
  async function withAnchor(uri: string, data: FigureDiagnosticData): Promise<FigureDiagnosticData & { anchor: NonNullable<FigureDiagnosticData['anchor']> }> {
    if (data.anchor) return data as FigureDiagnosticData & { anchor: NonNullable<FigureDiagnosticData['anchor']> };
    const doc = (await ctx.analysed(uri)) ?? (await ctx.analyseFile(uri));
    const f = doc && figureFor(doc, data);
    if (!doc || !f) throw new Error(`the figure ${data.figure.text} is no longer in the document`);
    return figureData(doc, f) as FigureDiagnosticData & { anchor: NonNullable<FigureDiagnosticData['anchor']> };
  }

  connection.onExecuteCommand(guard(ctx, 'executeCommand', { ok: false }, async (params) => {
    const args = params.arguments ?? [];
    try {
      switch (params.command) {
        case SERVER_COMMANDS.markVerified: {
          const [uri, given, source, note, author] = args as [string, FigureDiagnosticData, string?, string?, string?];
          const data = await withAnchor(uri, given);
          const record = await host.store().addVerification({
            kind: 'verified', path: host.pathOf(uri), quote: data.anchor.quote, prefix: data.anchor.prefix, suffix: data.anchor.suffix,
            start: data.anchor.start, value: data.figure.value, unit: data.figure.unit, source: source?.trim() || '(no source given)', note: note || undefined,
            verifiedBy: author || ctx.settings().verification.author || undefined,
          });
          host.afterWorkspaceWrite();
          return { ok: true, id: record.id };
        }
        case SERVER_COMMANDS.ignoreFigure: {
          const [uri, given] = args as [string, FigureDiagnosticData];
          const data = await withAnchor(uri, given);
          const record = await host.store().addVerification({
            kind: 'ignored', path: host.pathOf(uri), quote: data.anchor.quote, prefix: data.anchor.prefix, suffix: data.anchor.suffix, start: data.anchor.start,
            verifiedBy: ctx.settings().verification.author || undefined,
          });
          host.afterWorkspaceWrite();
          return { ok: true, id: record.id };
        }
        case SERVER_COMMANDS.unmarkVerified: {
          const [id] = args as [string];
          const removed = await host.store().removeVerification(id);
          host.afterWorkspaceWrite();
          return { ok: removed };
        }
        case SERVER_COMMANDS.addToKnowledge: {
          const [entry] = args as [KnowledgeEntry];
          await host.store().addKnowledge(`${entry.kind}s` as 'vendors' | 'models' | 'products', knowledgeEntry(entry));
          host.afterWorkspaceWrite();
          return { ok: true };
        }
        default:
          return { ok: false, error: `unknown command ${params.command}` };
      }
    } catch (e) {
      void connection.window.showErrorMessage(`AI Annotator: ${(e as Error).message}`);
      return { ok: false, error: (e as Error).message };
    }
  }));

  connection.onRequest(REQUESTS.summary, guard(ctx, 'summary', null, async (params: SummaryParams, token): Promise<Summary | null> => {
    const doc = await ctx.analysed(params.uri, token);
    return doc ? summarise(doc, ctx.locale) : null;
  }));

  connection.onRequest(REQUESTS.figureAt, guard(ctx, 'figureAt', null, async (params: FigureAtParams, token): Promise<FigureAt | null> => {
    const doc = await ctx.analysed(params.uri, token);
    if (!doc) return null;
    const offset = doc.document.offsetAt(params.position);
    const f = doc.analysis.figures.find((x) => x.start <= offset && offset <= x.end);
    return f ? { data: figureData(doc, f), recordId: f.statusReason.kind === 'verification' ? f.statusReason.recordId : undefined } : null;
  }));

  // the report webview and the Claims view: one document (open or on disk), or every text file of the workspace
  connection.onRequest(REQUESTS.report, guard(ctx, 'report', null, async (params: ReportParams, token) => {
    if (params.workspace) {
      const docs = (await ctx.workspaceAnalyses(token)).filter(inWorkspace);
      return token.isCancellationRequested ? null : buildReport(docs, { scope: 'workspace', locale: ctx.locale });
    }
    if (!params.uri) return null;
    const doc = (await ctx.analysed(params.uri, token)) ?? (await ctx.analyseFile(params.uri));
    return doc ? buildReport([doc], { scope: 'document', locale: ctx.locale }) : null;
  }));

  connection.onRequest(REQUESTS.documents, guard(ctx, 'documents', [], (params: DocumentsParams): string[] => ctx.documentsIn(params.folder)));

  connection.onRequest(REQUESTS.formats, (): FormatInfo[] => FORMATS.map((f) => ({ name: f.name, extension: f.extension, description: f.description })));

  // export of an open document, or of a file on disk (workspace export)
  connection.onRequest(REQUESTS.exportDocument, guard(ctx, 'export', null, async (params: ExportParams, token): Promise<ExportResult> => {
    const format = formatByName(params.format);
    if (!format) throw new Error(`unknown format ${params.format}`);
    const doc = (await ctx.analysed(params.uri, token)) ?? (await ctx.analyseFile(params.uri));
    if (!doc) return { error: `cannot read ${params.uri} as UTF-8 text` };
    return renderDocument(format, doc.analysis, doc.document.getText(), doc.path, params.uri);
  }));
}

function knowledgeEntry(entry: KnowledgeEntry): Record<string, unknown> {
  const slug = aliasKey(entry.name).replace(/[^a-z0-9.+_-]+/g, '-').replace(/^-+|-+$/g, '') || bytesToHex(sha1(utf8ToBytes(entry.name))).slice(0, 10);
  const base = { id: `${entry.kind}:${slug}`, name: entry.name, names: { 'zh-Hans': entry.name, 'zh-Hant': entry.name, en: entry.name } };
  if (entry.kind === 'vendor') return { ...base, country: entry.country ?? 'CN', type: 'company' };
  if (entry.kind === 'model') return { ...base, vendor: entry.vendorId ?? 'vendor:unknown' };
  return { ...base, category: entry.category ?? 'platform', ...(entry.vendorId ? { vendor: entry.vendorId } : {}) };
}
