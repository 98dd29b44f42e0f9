/**
 * One unit of batch work and its outcome, and `processJob`, which does the
 * CPU-side work for it (read, decode, check, extract) in a worker thread or,
 * with `--workers 0`, in the main thread. Everything here is per article: an
 * error becomes a `failed` outcome, never an exception.
 */
import { readFileSync, statSync } from 'node:fs';
import type { Extractor } from '../extract.ts';
import { ingest, ingestText, InputError, sha256, type IngestOptions } from '../stages/ingest.ts';
import { articleRow, countWords, type ArticleRow } from '../store/store.ts';
import type { Doc } from '../types.ts';

/** A file to read, or one line of a JSON Lines input (`source` is its path, or `-` for stdin; `line` is 1-based). */
export type Job = { kind: 'file'; path: string } | { kind: 'line'; source: string; line: number; raw: string };

export type Outcome =
  /** `row`: what the writer stores, strings and numbers only (a cheap structured clone; the result travels as its JSON) */
  | { kind: 'done'; id: string; row: ArticleRow }
  | { kind: 'skipped'; id: string }
  | { kind: 'failed'; path: string; reason: string };

export interface JobContext {
  extractor: Extractor;
  maxBytes: number;
  force: boolean;
  /** True when the article is already stored by this extractor version, pipeline and configuration. */
  isStored: (id: string) => boolean;
}

/** Where a job's failures are recorded: the file, or `source:line` for a JSONL line. */
export const jobPath = (job: Job): string => (job.kind === 'file' ? job.path : `${job.source}:${job.line}`);

export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;

export function processJob(job: Job, ctx: JobContext): Outcome {
  const path = jobPath(job);
  try {
    const opts = { headlineMaxWords: ctx.extractor.pipeline.config.options.headlineMaxWords };
    const doc = job.kind === 'file' ? readArticle(job.path, ctx.maxBytes, opts) : lineArticle(job, ctx.maxBytes, opts);
    if (!ctx.force && ctx.isStored(doc.id)) return { kind: 'skipped', id: doc.id };
    const { result } = ctx.extractor.run(doc);
    return { kind: 'done', id: doc.id, row: articleRow(result, doc.text, countWords(doc.text)) };
  } catch (e) {
    const reason = e instanceof InputError ? e.reason : e instanceof Error ? e.message : String(e);
    return { kind: 'failed', path, reason };
  }
}

function tooLarge(n: number, max: number): string {
  return `too large: ${n} bytes (over --max-bytes ${max})`;
}

function readArticle(path: string, maxBytes: number, opts: IngestOptions): Doc {
  let bytes: Buffer;
  try {
    const st = statSync(path);
    if (!st.isFile()) throw new InputError(path, 'not a regular file');
    if (st.size > maxBytes) throw new InputError(path, tooLarge(st.size, maxBytes));
    bytes = readFileSync(path);
  } catch (e) {
    if (e instanceof InputError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file or directory' : code === 'EACCES' ? 'permission denied' : (e as Error).message;
    throw new InputError(path, `unreadable: ${why}`);
  }
  if (bytes.length > maxBytes) throw new InputError(path, tooLarge(bytes.length, maxBytes));
  return ingest(bytes, path, opts);
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}/;

/**
 * One JSONL line: `{"text": ..., "id"?, "date"?, "url"?, "headline"?}`.
 * - The article's identity is the sha256 of the UTF-8 bytes of the stored text,
 *   as for files: the JSONL `id` is a label, never the identity (an edited text
 *   is a new article; the same text under two labels is one article).
 * - `file` (the result's `file`, the store's `path`) is the `id` if given, else
 *   the `url`, else `SOURCE:LINE`.
 * - `date` (YYYY-MM-DD…) overrides a date line in the text.
 * - `headline`: if the text does not already begin with it, the stored text is
 *   `headline + "\n\n" + text` (so the headline is a span of the text, as for
 *   files); either way the headline is that span.
 */
function lineArticle(job: Extract<Job, { kind: 'line' }>, maxBytes: number, opts: IngestOptions): Doc {
  const at = `${job.source}:${job.line}`;
  const bytes = Buffer.byteLength(job.raw, 'utf8');
  if (bytes > maxBytes) throw new InputError(at, `line ${job.line}: ${tooLarge(bytes, maxBytes)}`);
  let rec: unknown;
  try {
    rec = JSON.parse(job.raw);
  } catch (e) {
    throw new InputError(at, `line ${job.line}: not valid JSON (${(e as Error).message})`);
  }
  if (typeof rec !== 'object' || rec === null || Array.isArray(rec)) throw new InputError(at, `line ${job.line}: not a JSON object`);
  const r = rec as Record<string, unknown>;
  if (typeof r.text !== 'string') throw new InputError(at, `line ${job.line}: no "text" string`);
  for (const k of ['id', 'date', 'url', 'headline'] as const) {
    if (r[k] !== undefined && r[k] !== null && typeof r[k] !== 'string') throw new InputError(at, `line ${job.line}: "${k}" is not a string`);
  }
  const str = (k: string): string | null => (typeof r[k] === 'string' && (r[k] as string).trim() !== '' ? (r[k] as string) : null);
  const date = str('date');
  if (date !== null && (!ISO_DATE.test(date) || Number.isNaN(Date.parse(date.slice(0, 10))))) {
    throw new InputError(at, `line ${job.line}: "date" is not YYYY-MM-DD: ${JSON.stringify(date)}`);
  }
  let text = r.text;
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.trim() === '') throw new InputError(at, `line ${job.line}: empty article: no text to read`);
  const headline = str('headline')?.trim() ?? null;
  if (headline !== null && !text.startsWith(headline)) text = `${headline}\n\n${text}`;
  const file = str('id') ?? str('url') ?? at;
  const doc = ingestText(text, file, sha256(Buffer.from(text, 'utf8')), opts);
  if (date !== null) doc.date = date.slice(0, 10);
  if (headline !== null) doc.headline = { start: 0, end: headline.length };
  return doc;
}
