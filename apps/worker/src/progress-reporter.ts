import { SingleBar, Presets } from 'cli-progress';

export interface ProgressReporter {
  update(done: number, extra?: Record<string, number | string>): void;
  stop(): void;
}

/**
 * A progress bar with rate and ETA on a terminal; one JSON line per update otherwise
 * (CI logs, pipes), so long jobs are observable either way.
 */
export function createProgressReporter(
  label: string,
  total: number,
  stream: NodeJS.WriteStream = process.stderr,
): ProgressReporter {
  const started = Date.now();
  if (stream.isTTY) {
    const bar = new SingleBar(
      {
        format: `${label} [{bar}] {percentage}% | {value}/{total} | {rate}/s | ETA {eta_formatted}`,
        stream,
        hideCursor: true,
      },
      Presets.shades_classic,
    );
    bar.start(total, 0, { rate: '0' });
    return {
      update(done) {
        const seconds = (Date.now() - started) / 1000;
        bar.update(done, { rate: seconds > 0 ? Math.round(done / seconds).toString() : '0' });
      },
      stop: () => bar.stop(),
    };
  }
  return {
    update(done, extra = {}) {
      const seconds = (Date.now() - started) / 1000;
      const rate = seconds > 0 ? done / seconds : 0;
      const etaSeconds = rate > 0 ? Math.round((total - done) / rate) : null;
      stream.write(
        `${JSON.stringify({ job: label, done, total, ratePerSecond: Math.round(rate), etaSeconds, elapsedMs: Date.now() - started, ...extra })}\n`,
      );
    },
    stop() {
      /* JSON lines need no cleanup */
    },
  };
}
