// Messages written to a stream (stdio) at once. The library's stream writer queues each message for
// the next turn of the event loop (a semaphore released with setImmediate), and on that turn a slice
// of a huge document's analysis runs first (its timer comes before the immediates): every reply to a
// small document's hover then waited a whole slice more. One write of header and body keeps the
// messages in order without a queue.
import { AbstractMessageWriter, type Message, type MessageWriter } from 'vscode-languageserver/node';

export class ImmediateMessageWriter extends AbstractMessageWriter implements MessageWriter {
  private errors = 0;

  constructor(private readonly output: NodeJS.WritableStream) {
    super();
    output.on('error', (e: Error) => this.fireError(e));
    output.on('close', () => this.fireClose());
  }

  write(message: Message): Promise<void> {
    try {
      this.writeJson(JSON.stringify(message));
      return Promise.resolve();
    } catch (e) {
      this.fireError(e, message, ++this.errors);
      return Promise.reject(e);
    }
  }

  /** A message already written as JSON (by a document's own thread). */
  writeJson(json: string) {
    const body = Buffer.from(json, 'utf8');
    this.output.write(Buffer.concat([Buffer.from(`Content-Length: ${body.byteLength}\r\n\r\n`, 'ascii'), body]));
  }

  end(): void {
    this.output.end();
  }
}
