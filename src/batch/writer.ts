/**
 * The one writer: takes outcomes in input order and stores finished articles
 * (and failures) several per transaction, so an article is stored whole or
 * not at all. A text seen earlier in the same run (two files, one content) is
 * counted as already stored, so the first path in input order keeps it. What
 * the run has seen is asked of the store (`run_articles`) and of the batch not
 * yet committed, so memory stays flat however many articles a run goes through.
 */
import type { ArticleRow, Store } from '../store/store.ts';
import type { Outcome } from './jobs.ts';

export interface Counts {
  done: number;
  skipped: number;
  failed: number;
  /** Words of the extracted articles. */
  words: number;
}

export class Writer {
  readonly counts: Counts = { done: 0, skipped: 0, failed: 0, words: 0 };
  private articles: ArticleRow[] = [];
  /** Ids of the batch not yet committed: extracted (in `articles`) or found already stored. */
  private pending = new Set<string>();
  private failures: Array<{ path: string; reason: string }> = [];
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly store: Store,
    private readonly runId: number,
    private readonly configHash: string,
    private readonly batchSize: number,
    private readonly batchMs: number,
    private readonly onProgress?: (c: Counts) => void,
  ) {}

  accept(o: Outcome): void {
    const c = this.counts;
    if (o.kind === 'failed') {
      c.failed++;
      this.failures.push({ path: o.path, reason: o.reason });
    } else if (o.kind === 'skipped' || this.seenInRun(o.id)) {
      this.pending.add(o.id);
      c.skipped++;
    } else {
      this.pending.add(o.id);
      c.done++;
      c.words += o.row.words;
      this.articles.push(o.row);
    }
    this.onProgress?.(c);
    if (this.pending.size + this.failures.length >= this.batchSize) this.flush();
    else if (!this.timer && this.batchMs > 0) this.timer = setTimeout(() => this.flush(), this.batchMs);
  }

  private seenInRun(id: string): boolean {
    return this.pending.has(id) || this.store.inRun(this.runId, id);
  }

  /** Commits what is pending: one transaction. */
  flush(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    if (!this.pending.size && !this.failures.length) return;
    const { articles, failures, pending } = this;
    this.articles = [];
    this.failures = [];
    this.pending = new Set();
    this.store.db.transaction(() => {
      this.store.saveRows(articles, this.runId, this.configHash);
      // the stored ones are recorded by saveRows; this adds the ones found already stored
      this.store.recordRunArticles(this.runId, pending);
      for (const f of failures) this.store.recordFailure(this.runId, f.path, f.reason);
    })();
  }

  close(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }
}
