/**
 * Progress on stderr: a cli-progress bar on a TTY (articles/s, words/s, ETA,
 * failures), a plain line every few seconds otherwise, nothing with --quiet.
 */
import cliProgress from 'cli-progress';
import type { Counts } from './writer.ts';

export type ProgressMode = 'bar' | 'lines' | 'off';

const fmt = (n: number): string => Math.round(n).toLocaleString('en-US');

export class Progress {
  private bar: cliProgress.SingleBar | null = null;
  private started = performance.now();
  private lastLine = 0;
  private last: Counts = { done: 0, skipped: 0, failed: 0, words: 0 };

  constructor(
    private readonly mode: ProgressMode,
    private readonly total: number | null,
    private readonly every = 5000,
    private readonly out: NodeJS.WritableStream = process.stderr,
  ) {}

  /** Starts the clock (after the workers are up). */
  start(): void {
    this.started = performance.now();
    this.lastLine = this.started;
    if (this.mode !== 'bar') return;
    const total = this.total ?? 0;
    const known = this.total !== null;
    this.bar = new cliProgress.SingleBar(
      {
        stream: this.out,
        format: known
          ? '{bar} {percentage}% | {value}/{total} articles | {aps} articles/s | {wps} words/s | ETA {eta_formatted} | {failed} failed'
          : '{value} articles | {aps} articles/s | {wps} words/s | {failed} failed',
        hideCursor: true,
        etaBuffer: 200,
        fps: 5,
      },
      cliProgress.Presets.shades_classic,
    );
    this.bar.start(total, 0, { aps: '0', wps: '0', failed: 0 });
  }

  update(c: Counts): void {
    this.last = c;
    if (this.mode === 'off') return;
    const now = performance.now();
    const s = Math.max(1e-3, (now - this.started) / 1000);
    const n = c.done + c.skipped + c.failed;
    if (this.bar) {
      this.bar.update(n, { aps: fmt(n / s), wps: fmt(c.words / s), failed: c.failed });
    } else if (this.mode === 'lines' && now - this.lastLine >= this.every) {
      this.lastLine = now;
      const pct = this.total ? ` (${Math.floor((100 * n) / this.total)}%)` : '';
      const eta = this.total && n ? `, ETA ${Math.ceil(((this.total - n) * s) / n)}s` : '';
      this.out.write(
        `claims run: ${n}${this.total !== null ? `/${this.total}` : ''} articles${pct}, ${fmt(n / s)} articles/s, ${fmt(c.words / s)} words/s, ${c.failed} failed${eta}\n`,
      );
    }
  }

  stop(): void {
    if (this.bar) {
      this.update(this.last);
      this.bar.stop();
      this.bar = null;
    }
  }
}
