// The language server's reader of LSP messages from a stream (Node, stdio), for documents of tens of
// megabytes: vscode-jsonrpc's reader waits for the whole body of a message, joins its bytes, decodes
// them and parses the JSON in one go — for a 20 MB document's didOpen (50 MB of UTF-8) about a
// second during which no other request is answered. Here a large body is decoded and its long
// strings unescaped chunk by chunk as the bytes arrive, so that little work is left once the last
// one is in: joining each long string, and parsing what remains (small) with JSON.parse. Messages
// are delivered in the order they came, each as soon as it is complete. A header is at most
// MAX_HEADER_BYTES: what runs on longer without its blank line (a stray write to the stream, a
// broken client) is reported once as an error and skipped up to the next `Content-Length:`, where
// reading goes on; so is a header without a Content-Length. A long string may be handed off as it
// arrives instead of joined here (a huge document's text, to the thread that analyses it: handOff),
// and then stands in the message as an empty string.
import { StringDecoder } from 'node:string_decoder';
import { AbstractMessageReader, type DataCallback, type Disposable, type Message, type MessageReader } from 'vscode-languageserver/node';

/** Bodies at least this long are read as they arrive; shorter ones are parsed in one go. */
const LARGE_BODY_BYTES = 256 * 1024;
/** A string literal longer than this (escaped) is unescaped piece by piece. */
const LONG_STRING = 64 * 1024;
const HEADER_END = Buffer.from('\r\n\r\n', 'ascii');
/** The longest header read (its blank line included); an LSP header is a few dozen bytes. */
export const MAX_HEADER_BYTES = 64 * 1024;
const HEADER_START = Buffer.from('Content-Length:', 'ascii');
const NOTHING = Buffer.alloc(0);

export class StreamingMessageReader extends AbstractMessageReader implements MessageReader {
  private callback?: DataCallback;
  private header = NOTHING;
  /** Bytes of the body still to come (-1: reading a header). */
  private remaining = -1;
  /** After a bad header: bytes are dropped up to the next `Content-Length:`. */
  private skipping = false;
  private small: Buffer[] = [];
  private large?: LargeBody;

  /**
   * handOff: asked when a large body's first long string begins, with the body's text before it
   * and the body's length in bytes; what it returns takes the string's pieces instead of this
   * reader, and the message is then one of `handedOff`.
   */
  constructor(private readonly readable: NodeJS.ReadableStream, private readonly handOff?: HandOff) {
    super();
  }

  listen(callback: DataCallback): Disposable {
    this.callback = callback;
    const onData = (data: Buffer) => {
      try {
        this.onData(data);
      } catch (e) {
        this.fireError(e);
      }
    };
    const onError = (e: Error) => this.fireError(e);
    const onClose = () => this.fireClose();
    this.readable.on('data', onData);
    this.readable.on('error', onError);
    this.readable.on('close', onClose);
    this.readable.on('end', onClose);
    return {
      dispose: () => {
        this.readable.off('data', onData);
        this.readable.off('error', onError);
        this.readable.off('close', onClose);
        this.readable.off('end', onClose);
      },
    };
  }

  private onData(data: Buffer) {
    let at = 0;
    while (at < data.length) {
      if (this.remaining < 0) {
        // a header: up to the blank line (it may come in pieces)
        const buffered = this.header.length;
        const joined = buffered ? Buffer.concat([this.header, data.subarray(at)]) : data.subarray(at);
        // go on reading from joined[p]: in this chunk, or in the bytes kept from before (read again first)
        const advance = (p: number) => {
          const kept = this.header;
          this.header = NOTHING;
          if (p >= buffered) at += p - buffered;
          else this.onData(kept.subarray(p));
        };
        if (this.skipping) {
          const start = joined.indexOf(HEADER_START);
          if (start < 0) {
            // keep what may be the beginning of `Content-Length:` cut off by the chunk's end
            this.header = Buffer.from(joined.subarray(Math.max(0, joined.length - HEADER_START.length + 1)));
            return;
          }
          this.skipping = false;
          advance(start);
          continue;
        }
        const end = joined.indexOf(HEADER_END);
        if (end < 0 && joined.length <= MAX_HEADER_BYTES) {
          this.header = Buffer.from(joined);
          return;
        }
        const length = end < 0 || end + HEADER_END.length > MAX_HEADER_BYTES ? null : contentLength(joined.subarray(0, end).toString('ascii'));
        if (length === null || length === undefined) {
          const what = length === null ? `A message header ran over ${MAX_HEADER_BYTES} bytes without its blank line` : 'A message header must provide a numeric Content-Length property';
          this.fireError(new Error(`${what}; skipped up to the next Content-Length (it began ${JSON.stringify(joined.subarray(0, 40).toString('latin1'))})`));
          this.skipping = true;
          advance(1);
          continue;
        }
        advance(end + HEADER_END.length);
        this.remaining = length;
        if (length >= LARGE_BODY_BYTES) this.large = new LargeBody(length, this.handOff);
        if (length === 0) this.complete();
        continue;
      }
      const take = Math.min(this.remaining, data.length - at);
      const piece = data.subarray(at, at + take);
      if (this.large) this.large.write(piece);
      else this.small.push(Buffer.from(piece)); // a copy: the stream may reuse its buffer
      at += take;
      this.remaining -= take;
      if (this.remaining === 0) this.complete();
    }
  }

  private complete() {
    const message = this.large ? this.large.end() : JSON.parse(Buffer.concat(this.small).toString('utf8')) as Message;
    this.large = undefined;
    this.small = [];
    this.remaining = -1;
    this.callback!(message);
  }
}

/** Takes a long string's pieces instead of the reader (see StreamingMessageReader), or declines (undefined). */
export type HandOff = (before: string, bodyBytes: number) => ((piece: string) => void) | undefined;

/** The messages whose long string was handed off (it reads as an empty string in them). */
export const handedOff = new WeakSet<object>();

function contentLength(header: string): number | undefined {
  for (const line of header.split('\r\n')) {
    const colon = line.indexOf(':');
    if (colon > 0 && line.slice(0, colon).trim().toLowerCase() === 'content-length') {
      const n = Number(line.slice(colon + 1).trim());
      return Number.isInteger(n) && n >= 0 ? n : undefined;
    }
  }
  return undefined;
}

/**
 * A large JSON body read as it arrives: UTF-8 decoded chunk by chunk; outside string literals and in
 * short ones the text is kept as it is (the skeleton), a long string literal is unescaped piece by
 * piece and stands in the skeleton as a marker, which the final JSON.parse replaces by the string.
 */
class LargeBody {
  private readonly decoder = new StringDecoder('utf8');
  private readonly marker = `\u0000long-string-${Math.random().toString(36).slice(2)}:`;
  private skeleton: string[] = [];
  private readonly strings: string[] = [];
  /** Inside a string literal: its escaped text so far (short), or its unescaped pieces (long). */
  private inString = false;
  private raw = '';
  private pieces?: string[];
  /** Text after an unfinished escape sequence at the end of the last chunk. */
  private carry = '';
  /** Where the pieces of the long string being read go instead (handed off), and whether one was. */
  private sink?: (piece: string) => void;
  private handed = false;

  constructor(private readonly bytes: number, private readonly handOff?: HandOff) {}

  write(bytes: Buffer) {
    this.scan(this.carry + this.decoder.write(bytes));
  }

  end(): Message {
    this.scan(this.carry + this.decoder.end());
    if (this.inString || this.carry) throw new Error('Unterminated string in a message');
    const marker = this.marker;
    const strings = this.strings;
    const message = JSON.parse(this.skeleton.join(''), (_key, value) => (typeof value === 'string' && value.startsWith(marker) ? strings[Number(value.slice(marker.length))] : value)) as Message;
    if (this.handed) handedOff.add(message);
    return message;
  }

  private scan(text: string) {
    this.carry = '';
    let i = 0;
    // where the next quote and backslash are (-1: none left), looked for again only once passed
    let quote = -2, escape = -2;
    while (i < text.length) {
      if (!this.inString) {
        if (quote !== -1 && quote < i) quote = text.indexOf('"', i);
        if (quote < 0) { this.skeleton.push(text.slice(i)); return; }
        this.skeleton.push(text.slice(i, quote));
        this.inString = true;
        this.raw = '';
        this.pieces = undefined;
        i = quote + 1;
        continue;
      }
      // inside a string: up to its closing quote, stepping over escapes
      let k = i;
      let closed = -1;
      for (;;) {
        if (quote !== -1 && quote < k) quote = text.indexOf('"', k);
        if (escape !== -1 && escape < k) escape = text.indexOf('\\', k);
        if (escape >= 0 && (quote < 0 || escape < quote)) {
          const length = text.charCodeAt(escape + 1) === 0x75 /* u */ ? 6 : 2;
          if (escape + length > text.length) {
            // the escape goes on in the next chunk
            this.addRaw(text.slice(i, escape));
            this.carry = text.slice(escape);
            return;
          }
          k = escape + length;
          continue;
        }
        closed = quote;
        break;
      }
      if (closed < 0) { this.addRaw(text.slice(i)); return; }
      this.addRaw(text.slice(i, closed));
      this.closeString();
      i = closed + 1;
    }
  }

  private addRaw(escaped: string) {
    if (this.sink) { this.sink(JSON.parse(`"${escaped}"`) as string); return; }
    if (this.pieces) { this.pieces.push(JSON.parse(`"${escaped}"`) as string); return; }
    this.raw += escaped;
    if (this.raw.length > LONG_STRING) {
      const first = JSON.parse(`"${this.raw}"`) as string;
      this.raw = '';
      this.sink = this.handed ? undefined : this.handOff?.(this.skeleton.join(''), this.bytes);
      if (this.sink) this.sink(first);
      else this.pieces = [first];
    }
  }

  private closeString() {
    this.inString = false;
    if (this.sink) {
      this.sink = undefined;
      this.handed = true;
      this.skeleton.push('""');
    } else if (this.pieces) {
      this.skeleton.push(JSON.stringify(this.marker + this.strings.length));
      this.strings.push(this.pieces.join(''));
      this.pieces = undefined;
    } else {
      this.skeleton.push(`"${this.raw}"`);
    }
    this.raw = '';
  }
}
