// The extension's Node entry (package.json "main", built as client/out/extension.js): the
// language server runs as a Node process of its own, over IPC.
import type * as vscode from 'vscode';
import { LanguageClient, TransportKind, type ServerOptions } from 'vscode-languageclient/node';
import { activateWith } from './extension.ts';

export { deactivate } from './extension.ts';

export function activate(context: vscode.ExtensionContext) {
  return activateWith(context, (ctx, options) => {
    const module = ctx.asAbsolutePath('server/out/server.js');
    const serverOptions: ServerOptions = {
      run: { module, transport: TransportKind.ipc },
      debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6019'] } },
    };
    return new LanguageClient('aiAnnotator', 'AI Annotator', serverOptions, options);
  });
}
