// The extension's Node entry (package.json "main", built as client/out/extension.js): the
// language server runs as a Node process of its own, over stdio: there the server reads a huge
// document's didOpen as it arrives and hands its text to a thread of its own, where over IPC
// Node parses the whole message at once in the server's thread.
import type * as vscode from 'vscode';
import { LanguageClient, TransportKind, type ServerOptions } from 'vscode-languageclient/node';
import { activateWith } from './extension.ts';

export { deactivate } from './extension.ts';

export function activate(context: vscode.ExtensionContext) {
  return activateWith(context, (ctx, options) => {
    const module = ctx.asAbsolutePath('server/out/server.js');
    const serverOptions: ServerOptions = {
      run: { module, transport: TransportKind.stdio },
      debug: { module, transport: TransportKind.stdio, options: { execArgv: ['--nolazy', '--inspect=6019'] } },
    };
    return new LanguageClient('aiAnnotator', 'AI Annotator', serverOptions, options);
  });
}
