// A one-line progress bar on stderr, drawn only when stderr is a terminal.

export interface Progress {
  /** Count `n` more items done; `label` says what is being worked on. */
  tick(n?: number, label?: string): void;
  /** Set the expected total once known (null: unknown, a spinner-style count is shown). */
  setTotal(total: number | null): void;
  done(): void;
}

export function createProgress(options: { enabled?: boolean; total?: number | null; stream?: NodeJS.WriteStream } = {}): Progress {
  const stream = options.stream ?? process.stderr;
  const enabled = options.enabled ?? Boolean(stream.isTTY);
  let total = options.total ?? null;
  let count = 0;
  let lastDraw = 0;
  const started = Date.now();

  function draw(label = ''): void {
    const now = Date.now();
    if (now - lastDraw < 100) return;
    lastDraw = now;
    const rate = count / Math.max(0.001, (now - started) / 1000);
    const width = 30;
    let bar: string;
    if (total && total > 0) {
      const filled = Math.min(width, Math.round((count / total) * width));
      bar = `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${count}/${total}`;
    } else {
      bar = `${count}`;
    }
    const columns = stream.columns ?? 80;
    const line = `${bar} ${rate.toFixed(0)}/s ${label}`.slice(0, columns - 1);
    stream.write(`\r${line}\x1b[K`);
  }

  return {
    tick(n = 1, label) {
      count += n;
      if (enabled) draw(label);
    },
    setTotal(t) { total = t; },
    done() {
      if (enabled) stream.write('\r\x1b[K');
    },
  };
}
