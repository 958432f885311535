// The server over Node IPC (`--node-ipc`), as a client built on vscode-languageclient's IPC
// transport starts it (the VS Code client itself uses stdio): the connection, its router of large
// documents and the replies all work the same way.
import assert from 'node:assert/strict';
import { fork } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { test } from 'node:test';
import { createProtocolConnection, IPCMessageReader, IPCMessageWriter, type Hover, type PublishDiagnosticsParams } from 'vscode-languageserver-protocol/node';
import { SERVER } from '../helpers/lspClient.ts';

test('over IPC: initialize, a document\'s diagnostics and a hover, also from a large document\'s own thread', async () => {
  const root = mkdtempSync(join(tmpdir(), 'ai-annotator-ipc-'));
  const child = fork(SERVER, ['--node-ipc'], { silent: true });
  const connection = createProtocolConnection(new IPCMessageReader(child), new IPCMessageWriter(child));
  const diagnostics = new Map<string, PublishDiagnosticsParams>();
  connection.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => { diagnostics.set(p.uri, p); });
  connection.onRequest('workspace/configuration', (p: { items: unknown[] }) => p.items.map(() => ({})));
  connection.onRequest('client/registerCapability', () => null);
  connection.listen();
  try {
    const rootUri = pathToFileURL(root).toString();
    const init = await connection.sendRequest<{ capabilities: { hoverProvider?: unknown } }>('initialize', {
      processId: process.pid, rootUri, workspaceFolders: [{ uri: rootUri, name: 'ipc' }], capabilities: {},
      // documents from about 1 KB on get a thread of their own
      initializationOptions: { ownThreadSizeMB: 0.001 },
    });
    assert.ok(init.capabilities.hoverProvider);
    await connection.sendNotification('initialized', {});
    const open = async (name: string, text: string) => {
      const uri = pathToFileURL(join(root, name)).toString();
      await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } });
      for (let i = 0; i < 300 && !diagnostics.get(uri)?.diagnostics.length; i++) await new Promise((r) => setTimeout(r, 100));
      assert.ok(diagnostics.get(uri)?.diagnostics.length, `diagnostics of ${name}`);
      const hover = await connection.sendRequest<Hover | null>('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 1 } });
      assert.ok(hover, `hover on ${name}`);
      return uri;
    };
    await open('small.md', '华为发布盘古3.0，超过5万亿tokens。');
    await open('large.md', '华为发布盘古3.0，超过5万亿tokens。\n\n'.repeat(60));
  } finally {
    await Promise.race([connection.sendRequest('shutdown'), new Promise((r) => setTimeout(r, 2000))]).catch(() => undefined);
    await connection.sendNotification('exit').catch(() => undefined);
    connection.dispose();
    child.kill();
  }
});
