/**
 * `claims gold export`: reviewed articles as gold fixtures in the seed's
 * format (corpus/README.md), so that the test suite and `claims eval` use
 * them. An article is exported when every claim of its current extraction
 * has a verdict; the fixture is the reviewed extraction (rejected claims
 * dropped, corrections applied, added claims included), exhaustive, with
 * every sentence listed. Quotations are not reviewed, so the fixture has no
 * top-level `quotes` list (claims keep the quotations inside their content).
 *
 * Where the text lives decides the anchoring:
 * - under ../shared: offsets (`"text": "shared:<path>"`); the text is never copied;
 * - elsewhere, when the file is still there with the same sha256: text-anchored,
 *   `"text"` the file's path relative to the fixture;
 * - when the file is gone or changed: the stored text is written beside the
 *   fixture (`<name>.txt`) and the fixture anchors on it. A path that looks
 *   like ../shared's but cannot be found is skipped, never copied.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join, relative, resolve, sep } from 'node:path';
import { SHARED, loadGold, type GoldFile, type Offsets, type StoredGoldClaim, type StoredGoldSentence } from '../eval/gold.ts';
import { ROOT } from '../pipeline.ts';
import type { DB } from '../store/store.ts';
import type { ArticleResult, Span } from '../types.ts';
import { Reviews, applyReviews } from './reviews.ts';

export interface GoldExportOptions {
  db: DB;
  out: string;
  pipeline: string;
  /** Directory that relative article paths in the store are resolved against (default: the working directory). */
  cwd?: string;
  annotator?: string;
}

export interface GoldExportReport {
  written: Array<{ gold: string; article: string; form: 'offsets' | 'text' | 'copied'; claims: number }>;
  skipped: Array<{ article: string; reason: string }>;
}

const sha256 = (b: Uint8Array): string => createHash('sha256').update(b).digest('hex');
const posix = (p: string): string => p.split(sep).join('/');

/** Where an article's text is now: its path, and whether it lies under ../shared. */
function locate(path: string, cwd: string): string | null {
  for (const p of [resolve(cwd, path), resolve(ROOT, path)]) if (existsSync(p)) return p;
  return null;
}

export function exportGold(opts: GoldExportOptions): GoldExportReport {
  const reviews = new Reviews(opts.db);
  const cwd = opts.cwd ?? process.cwd();
  const out = resolve(opts.out);
  const report: GoldExportReport = { written: [], skipped: [] };
  const used = new Set<string>();
  for (const id of reviews.completeArticles(opts.pipeline)) {
    const v = reviews.view(id, opts.pipeline)!;
    const result = applyReviews(v);
    const at = locate(v.article.path, cwd);
    const shared = at !== null && (at + sep).startsWith(SHARED + sep) ? at : null;
    let stem = basename(v.article.path).replace(/\.txt$/i, '');
    if (used.has(stem)) stem = `${stem}-${id.slice(0, 8)}`;
    const goldPath = join(out, `${stem}.gold.json`);
    let file: GoldFile;
    let form: 'offsets' | 'text' | 'copied';
    if (shared) {
      file = goldFile(result, `shared:${posix(relative(SHARED, shared))}`, id, 'offsets', opts.annotator);
      form = 'offsets';
    } else if (at && sha256(readFileSync(at)) === id) {
      file = goldFile(result, posix(relative(out, at)), id, 'text', opts.annotator);
      form = 'text';
    } else if (/(^|[\\/])shared[\\/]/.test(v.article.path)) {
      report.skipped.push({ article: v.article.path, reason: 'the text is not found where the store says, and it looks like a ../shared text, which is never copied: run from the repository root' });
      continue;
    } else {
      const copy = `${stem}.txt`;
      mkdirSync(out, { recursive: true });
      writeFileSync(join(out, copy), v.article.text);
      file = goldFile(result, copy, sha256(Buffer.from(v.article.text, 'utf8')), 'text', opts.annotator);
      form = 'copied';
    }
    used.add(stem);
    mkdirSync(out, { recursive: true });
    writeFileSync(goldPath, `${JSON.stringify(file, null, 1).replace(/\[\n\s+(\d+),\n\s+(\d+)\n\s+\]/g, '[$1, $2]')}\n`);
    loadGold(goldPath); // it must read back
    report.written.push({ gold: goldPath, article: v.article.path, form, claims: result.claims.length });
  }
  return report;
}

function goldFile(r: ArticleResult, text: string, sha: string, form: 'offsets' | 'text', annotator = 'claims review'): GoldFile {
  const span = (s: Span): string | Offsets => (form === 'text' ? s.text : [s.start, s.end]);
  const sentences: StoredGoldSentence[] = r.sentences.map((s, si) => {
    const claims: StoredGoldClaim[] = r.claims
      .filter((c) => c.sentence === si)
      .map((c) => ({
        speaker: c.speaker && c.speaker.end > c.speaker.start ? span(c.speaker) : null,
        name: c.speaker?.name ?? null,
        role: c.speaker?.role ?? null,
        cue: c.cue ? span(c.cue) : null,
        label: c.label,
        content: span(c.content),
        quotes: c.quotes.map((qi) => span(r.quotes[qi])),
        group: c.group,
      }));
    return form === 'text'
      ? { text: s.text, claims }
      : { start: s.start, end: s.end, prefix: /^\S*(?:\s+\S+){0,3}/.exec(s.text)![0], claims };
  });
  return { schema: 1, text, sha256: sha, annotator, exhaustive: true, date: r.date, headline: r.headline?.text ?? null, sentences };
}
