/**
 * The article list of the review UI: per article, claims by label (after
 * review), review progress and disagreements, with filters; and full-text
 * search over claims (FTS5 table `claims_fts`).
 */
import type { DB } from '../store/store.ts';
import type { Label } from '../types.ts';

export type StatusFilter = 'unreviewed' | 'partial' | 'done' | 'disagree';
export const STATUS_FILTERS: readonly StatusFilter[] = ['unreviewed', 'partial', 'done', 'disagree'];

export interface ListFilters {
  pipeline: string;
  label?: Label;
  speaker?: string;
  status?: StatusFilter;
  q?: string;
}

export interface ArticleSummary {
  id: string;
  path: string;
  date: string | null;
  headline: string | null;
  claims: number;
  assertion: number;
  denial: number;
  warning: number;
  reviewed: number;
  added: number;
  disagree: number;
}

export interface SearchHit {
  article: string;
  path: string;
  idx: number;
  speaker: string;
  label: Label;
  /** The matching content with matches between \u0002 and \u0003 (escape, then mark up). */
  snippet: string;
}

export const LIST_LIMIT = 1000;

/** Turns what a reviewer typed into a safe FTS5 query: every word quoted, the last one a prefix. */
export function ftsQuery(q: string): string | null {
  const words = q.match(/[\p{L}\p{N}]+/gu);
  if (!words) return null;
  return words.map((w, i) => `"${w}"${i === words.length - 1 ? '*' : ''}`).join(' ');
}

const CURRENT = `
  cur AS (
    SELECT e.article_id, e.id AS eid FROM extractions e
    WHERE e.pipeline = @pipeline
      AND e.id = (SELECT x.id FROM extractions x WHERE x.article_id = e.article_id AND x.pipeline = @pipeline ORDER BY x.created_at DESC, x.id DESC LIMIT 1)
  ),
  cc AS (
    SELECT cur.article_id, c.idx, c.label, coalesce(sp.name, '') AS speaker, s.start, s.end
    FROM cur JOIN claims c ON c.extraction_id = cur.eid
    JOIN sentences s ON s.extraction_id = cur.eid AND s.idx = c.sentence
    LEFT JOIN speakers sp ON sp.id = c.speaker_id
  ),
  j AS (
    SELECT cc.*, r.verdict, r.label AS rlabel, coalesce(r.name, cc.speaker) AS who,
      CASE WHEN r.verdict = 'reject' THEN NULL WHEN r.verdict = 'accept' THEN r.label ELSE cc.label END AS eff
    FROM cc LEFT JOIN reviews r
      ON r.article_id = cc.article_id AND r.sentence_start = cc.start AND r.sentence_end = cc.end AND r.speaker = cc.speaker
  ),
  orphan AS (
    SELECT r.* FROM reviews r JOIN cur ON cur.article_id = r.article_id
    WHERE NOT EXISTS (SELECT 1 FROM cc WHERE cc.article_id = r.article_id AND cc.start = r.sentence_start AND cc.end = r.sentence_end AND cc.speaker = r.speaker)
  )`;

export function listArticles(db: DB, f: ListFilters): ArticleSummary[] {
  const having: string[] = [];
  const params: Record<string, unknown> = { pipeline: f.pipeline };
  if (f.label) { having.push(`(sum(j.eff = @label) > 0 OR EXISTS (SELECT 1 FROM orphan o WHERE o.article_id = a.id AND o.verdict = 'accept' AND o.label = @label))`); params.label = f.label; }
  if (f.speaker) { having.push(`(sum(j.who LIKE @speaker ESCAPE '\\') > 0 OR EXISTS (SELECT 1 FROM orphan o WHERE o.article_id = a.id AND coalesce(o.name, o.speaker) LIKE @speaker ESCAPE '\\'))`); params.speaker = `%${f.speaker.replace(/[\\%_]/g, (m) => `\\${m}`)}%`; }
  const fts = f.q ? ftsQuery(f.q) : null;
  if (f.q) {
    if (!fts) return [];
    having.push(`a.id IN (SELECT e.article_id FROM claims_fts JOIN extractions e ON e.id = claims_fts.extraction_id WHERE claims_fts MATCH @fts AND e.pipeline = @pipeline)`);
    params.fts = fts;
  }
  const status: Record<StatusFilter, string> = {
    unreviewed: `reviewed = 0 AND added = 0`,
    partial: `reviewed + added > 0 AND reviewed < claims`,
    done: `reviewed + added > 0 AND reviewed = claims`,
    disagree: `disagree > 0`,
  };
  if (f.status) having.push(status[f.status]);
  const sql = `WITH ${CURRENT}
    SELECT a.id, a.path, a.date, a.headline,
      count(j.idx) AS claims,
      coalesce(sum(j.eff = 'assertion'), 0) AS assertion,
      coalesce(sum(j.eff = 'denial'), 0) AS denial,
      coalesce(sum(j.eff = 'warning'), 0) AS warning,
      coalesce(sum(j.verdict IS NOT NULL), 0) AS reviewed,
      (SELECT count(*) FROM orphan o WHERE o.article_id = a.id AND o.origin = 'added') AS added,
      coalesce(sum(j.verdict = 'accept' AND j.rlabel <> j.label), 0)
        + (SELECT count(*) FROM orphan o WHERE o.article_id = a.id AND o.origin = 'extracted' AND o.verdict = 'accept') AS disagree
    FROM cur JOIN articles a ON a.id = cur.article_id LEFT JOIN j ON j.article_id = a.id
    GROUP BY a.id
    ${having.length ? `HAVING ${having.join(' AND ')}` : ''}
    ORDER BY a.path LIMIT ${LIST_LIMIT}`;
  return db.prepare(sql).all(params) as ArticleSummary[];
}

export function searchClaims(db: DB, pipeline: string, q: string, limit = 50): SearchHit[] {
  const fts = ftsQuery(q);
  if (!fts) return [];
  return db
    .prepare(
      `SELECT a.id AS article, a.path AS path, claims_fts.idx AS idx, claims_fts.speaker AS speaker, c.label AS label,
         snippet(claims_fts, 0, char(2), char(3), '…', 16) AS snippet
       FROM claims_fts
       JOIN extractions e ON e.id = claims_fts.extraction_id
       JOIN articles a ON a.id = e.article_id
       JOIN claims c ON c.extraction_id = claims_fts.extraction_id AND c.idx = claims_fts.idx
       WHERE claims_fts MATCH ? AND e.pipeline = ?
       ORDER BY rank LIMIT ?`,
    )
    .all(fts, pipeline, limit) as SearchHit[];
}

/** Totals over the listed articles, for the list page's header. */
export function totals(rows: ArticleSummary[]): Record<Label | 'claims' | 'reviewed', number> {
  const t = { claims: 0, reviewed: 0, assertion: 0, denial: 0, warning: 0 };
  for (const r of rows) for (const k of Object.keys(t) as Array<keyof typeof t>) t[k] += r[k];
  return t;
}
