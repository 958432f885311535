// How settings reach the server: asked for through workspace/configuration when the client
// offers it (then every change applies without a restart), else as the client pushes them.
import type { Connection } from 'vscode-languageserver';
import { mergeSettings, type Settings } from '../features/settings.ts';

/** aiAnnotator.* merged over the defaults, and VS Code's files.exclude (for the workspace index). */
export async function readSettings(connection: Connection, configurationSupport: boolean, pushed?: unknown): Promise<{ settings: Settings; filesExclude: unknown }> {
  const [own, filesExclude] = configurationSupport
    ? await connection.workspace.getConfiguration([{ section: 'aiAnnotator' }, { section: 'files.exclude' }])
    : [(pushed as { aiAnnotator?: unknown } | undefined)?.aiAnnotator, undefined];
  return { settings: mergeSettings(own), filesExclude };
}

/**
 * Whether new settings change what an analysis finds: only the size limit does (a new segmenter
 * analyses every document again once it has loaded); every other setting only changes how the
 * analyses are shown, so the settings read at start never throw away a first analysis under way.
 */
export function changesAnalysis(before: Settings, after: Settings): boolean {
  return before.analysis.maxDocumentSizeMB !== after.analysis.maxDocumentSizeMB;
}
