// A one-line progress bar on stderr when a person watches (a TTY), nothing in a pipe or a log,
// where \r redraws would only be noise. Messages go above the bar.

interface Stream {
  isTTY?: boolean;
  columns?: number;
  write(chunk: string): unknown;
}

export class Progress {
  private done = 0;
  private failed = 0;
  private readonly shown: boolean;

  constructor(private readonly total: number, private readonly stream: Stream = process.stderr) {
    this.shown = !!stream.isTTY && total > 1;
    this.draw();
  }

  /** Count one file as finished. */
  tick(ok: boolean) {
    this.done++;
    if (!ok) this.failed++;
    this.draw();
  }

  /** Print a line of text without breaking the bar. */
  message(line: string) {
    if (this.shown) this.stream.write('\r\x1b[K');
    this.stream.write(line.endsWith('\n') ? line : line + '\n');
    this.draw();
  }

  /** Remove the bar, leaving the terminal as it was. */
  finish() {
    if (this.shown) this.stream.write('\r\x1b[K');
  }

  private draw() {
    if (!this.shown) return;
    const counts = ` ${this.done}/${this.total} files${this.failed ? `, ${this.failed} failed` : ''}`;
    const width = Math.max(10, Math.min(40, (this.stream.columns ?? 80) - 40)); // room for the counts
    const filled = Math.round((width * this.done) / this.total);
    this.stream.write(`\r[${'#'.repeat(filled)}${'-'.repeat(width - filled)}]${counts}`);
  }
}
