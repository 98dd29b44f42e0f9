/**
 * Reviews over the extraction store: a reviewer's verdicts on claims (table
 * `reviews`, keyed by article, sentence offsets and the extracted speaker
 * name so that they survive re-runs), the merged view of an extraction and
 * its reviews, and the "reviewed extraction" (the extraction with every
 * review applied), which gold export and diff read.
 */
import type { DB } from '../store/store.ts';
import { LABELS, LABEL_STRENGTH, type ArticleResult, type Label, type Range, type ResultClaim } from '../types.ts';

/** What identifies a claim across re-runs. `speaker` is the extracted name, '' for none. */
export interface ClaimKey {
  start: number;
  end: number;
  speaker: string;
}

export interface ReviewRow {
  article_id: string;
  sentence_start: number;
  sentence_end: number;
  speaker: string;
  verdict: 'accept' | 'reject';
  origin: 'extracted' | 'added';
  label: Label;
  name: string | null;
  pipeline: string | null;
  extractor_version: string | null;
  ext_label: Label | null;
  content_start: number;
  content_end: number;
  speaker_start: number | null;
  speaker_end: number | null;
  role: string | null;
  cue_start: number | null;
  cue_end: number | null;
  created_at: string;
  updated_at: string;
}

export type ReviewStatus = 'unreviewed' | 'accepted' | 'rejected';

/** One claim as the reviewer sees it: the current extraction's claim, its review, or both. */
export interface ClaimView {
  /** Position in the article's claim list (text order). */
  n: number;
  key: ClaimKey;
  /** Index into the current extraction's claims, or null (added by a reviewer, or gone since the review). */
  claim: number | null;
  extracted: ResultClaim | null;
  review: ReviewRow | null;
  status: ReviewStatus;
  origin: 'extracted' | 'added';
  /** The label after review (the extraction's when unreviewed). */
  label: Label;
  /** The speaker's name after review. */
  name: string | null;
  role: string | null;
  sentence: Range;
  content: Range;
  speaker: Range | null;
  cue: Range | null;
  quotes: Range[];
  evidence: string[];
  confidence: number | null;
  /** Where the current extraction disagrees with the review, in words. */
  disagreements: string[];
}

export interface ArticleRow {
  id: string;
  path: string;
  date: string | null;
  headline: string | null;
  text: string;
}

export interface ArticleView {
  article: ArticleRow;
  /** The extraction shown (null when the article has none for this pipeline). */
  extraction: { id: number; pipeline: string; version: string; createdAt: string } | null;
  result: ArticleResult | null;
  claims: ClaimView[];
}

export class ReviewError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

const now = (): string => new Date().toISOString();
export const isLabel = (v: unknown): v is Label => typeof v === 'string' && (LABELS as readonly string[]).includes(v);
const keyOf = (r: ReviewRow): string => `${r.sentence_start}:${r.sentence_end}:${r.speaker}`;
const keyString = (k: ClaimKey): string => `${k.start}:${k.end}:${k.speaker}`;

export class Reviews {
  constructor(readonly db: DB) {}

  /** Pipelines with extractions, the most used first. */
  pipelines(): Array<{ pipeline: string; articles: number }> {
    return this.db
      .prepare(`SELECT pipeline, count(DISTINCT article_id) AS articles FROM extractions GROUP BY pipeline ORDER BY articles DESC, pipeline`)
      .all() as Array<{ pipeline: string; articles: number }>;
  }

  /** The pipeline to show by default: `preferred` when the store has it, else the most used. */
  defaultPipeline(preferred = 'news'): string {
    const ps = this.pipelines();
    return ps.find((p) => p.pipeline === preferred)?.pipeline ?? ps[0]?.pipeline ?? preferred;
  }

  article(id: string): ArticleRow | undefined {
    return this.db.prepare(`SELECT id, path, date, headline, text FROM articles WHERE id = ?`).get(id) as ArticleRow | undefined;
  }

  /** The latest extraction of an article by a pipeline. */
  extraction(articleId: string, pipeline: string): { id: number; pipeline: string; version: string; createdAt: string; result: ArticleResult } | undefined {
    const row = this.db
      .prepare(
        `SELECT id, pipeline, extractor_version AS version, created_at AS createdAt, result FROM extractions
         WHERE article_id = ? AND pipeline = ? ORDER BY created_at DESC, id DESC LIMIT 1`,
      )
      .get(articleId, pipeline) as { id: number; pipeline: string; version: string; createdAt: string; result: string } | undefined;
    return row && { ...row, result: JSON.parse(row.result) as ArticleResult };
  }

  reviewsOf(articleId: string): ReviewRow[] {
    return this.db.prepare(`SELECT * FROM reviews WHERE article_id = ? ORDER BY sentence_start, content_start`).all(articleId) as ReviewRow[];
  }

  /** The article, its current extraction and every review, merged claim by claim (text order). */
  view(articleId: string, pipeline: string): ArticleView | undefined {
    const article = this.article(articleId);
    if (!article) return undefined;
    const ext = this.extraction(articleId, pipeline);
    const result = ext?.result ?? null;
    const reviews = new Map(this.reviewsOf(articleId).map((r) => [keyOf(r), r]));
    const claims: ClaimView[] = [];
    const quoteRanges = (content: Range): Range[] =>
      (result?.quotes ?? []).filter((q) => q.start >= content.start && q.end <= content.end).map((q) => ({ start: q.start, end: q.end }));
    result?.claims.forEach((c, i) => {
      const s = result.sentences[c.sentence];
      const key = { start: s.start, end: s.end, speaker: c.speaker?.name ?? '' };
      const review = reviews.get(keyString(key)) ?? null;
      reviews.delete(keyString(key));
      const label = review?.verdict === 'accept' ? review.label : c.label;
      const disagreements: string[] = [];
      if (review?.verdict === 'accept' && review.label !== c.label) {
        disagreements.push(review.ext_label === c.label ? `extraction says ${c.label}, review corrected it to ${review.label}` : `label changed since review: extraction now says ${c.label}, review says ${review.label}`);
      }
      if (review && review.origin === 'added') disagreements.push('added by the reviewer, now also extracted');
      else if (review && (review.content_start !== c.content.start || review.content_end !== c.content.end)) disagreements.push('content span changed since review');
      claims.push({
        n: 0, key, claim: i, extracted: c, review, origin: review?.origin ?? 'extracted',
        status: review ? (review.verdict === 'accept' ? 'accepted' : 'rejected') : 'unreviewed',
        label, name: review?.name ?? c.speaker?.name ?? null, role: c.speaker?.role ?? null,
        sentence: { start: s.start, end: s.end }, content: { start: c.content.start, end: c.content.end },
        speaker: c.speaker && { start: c.speaker.start, end: c.speaker.end }, cue: c.cue && { start: c.cue.start, end: c.cue.end },
        quotes: quoteRanges(c.content), evidence: c.evidence, confidence: c.confidence, disagreements,
      });
    });
    // reviews with no claim in the current extraction: added by a reviewer, or gone since
    for (const r of reviews.values()) {
      const disagreements: string[] = [];
      if (r.origin === 'extracted' && result) {
        disagreements.push(r.verdict === 'accept' ? 'accepted claim no longer extracted' : 'rejected claim no longer extracted (fixed)');
      }
      const content = { start: r.content_start, end: r.content_end };
      claims.push({
        n: 0, key: { start: r.sentence_start, end: r.sentence_end, speaker: r.speaker }, claim: null, extracted: null, review: r,
        origin: r.origin, status: r.verdict === 'accept' ? 'accepted' : 'rejected', label: r.label, name: r.name ?? (r.speaker || null), role: r.role,
        sentence: { start: r.sentence_start, end: r.sentence_end }, content,
        speaker: r.speaker_start !== null && r.speaker_end !== null ? { start: r.speaker_start, end: r.speaker_end } : null,
        cue: r.cue_start !== null && r.cue_end !== null ? { start: r.cue_start, end: r.cue_end } : null,
        quotes: quoteRanges(content), evidence: r.origin === 'added' ? ['review:added'] : [], confidence: null, disagreements,
      });
    }
    claims.sort((a, b) => a.sentence.start - b.sentence.start || a.content.start - b.content.start || a.key.speaker.localeCompare(b.key.speaker));
    claims.forEach((c, n) => (c.n = n));
    return { article, extraction: ext ? { id: ext.id, pipeline: ext.pipeline, version: ext.version, createdAt: ext.createdAt } : null, result, claims };
  }

  /**
   * Records a verdict on a claim of the current extraction (or on an existing
   * review: an added claim, or one gone since). Throws ReviewError(404) when
   * neither exists.
   */
  review(articleId: string, pipeline: string, key: ClaimKey, action: { verdict?: 'accept' | 'reject'; label?: Label; name?: string }): ClaimView {
    const v = this.requireView(articleId, pipeline);
    const cv = v.claims.find((c) => keyString(c.key) === keyString(key));
    if (!cv) throw new ReviewError(404, `no claim in article ${articleId} with sentence [${key.start}, ${key.end}) and speaker ${JSON.stringify(key.speaker)}`);
    const verdict = action.verdict ?? 'accept';
    const label = action.label ?? cv.label;
    const name = action.name !== undefined ? (action.name.trim() === (cv.extracted?.speaker?.name ?? cv.key.speaker) ? null : action.name.trim()) : (cv.review?.name ?? null);
    const c = cv.extracted;
    const t = now();
    this.db
      .prepare(
        `INSERT INTO reviews (article_id, sentence_start, sentence_end, speaker, verdict, origin, label, name, pipeline, extractor_version, ext_label,
           content_start, content_end, speaker_start, speaker_end, role, cue_start, cue_end, created_at, updated_at)
         VALUES (@article_id, @sentence_start, @sentence_end, @speaker, @verdict, @origin, @label, @name, @pipeline, @extractor_version, @ext_label,
           @content_start, @content_end, @speaker_start, @speaker_end, @role, @cue_start, @cue_end, @t, @t)
         ON CONFLICT (article_id, sentence_start, sentence_end, speaker) DO UPDATE SET
           verdict = excluded.verdict, label = excluded.label, name = excluded.name, updated_at = excluded.updated_at,
           pipeline = coalesce(excluded.pipeline, pipeline), extractor_version = coalesce(excluded.extractor_version, extractor_version),
           ext_label = coalesce(excluded.ext_label, ext_label), content_start = excluded.content_start, content_end = excluded.content_end,
           speaker_start = excluded.speaker_start, speaker_end = excluded.speaker_end, role = excluded.role,
           cue_start = excluded.cue_start, cue_end = excluded.cue_end`,
      )
      .run({
        article_id: articleId, sentence_start: key.start, sentence_end: key.end, speaker: key.speaker, verdict, origin: cv.origin, label, name,
        pipeline: c ? v.extraction!.pipeline : null, extractor_version: c ? v.extraction!.version : null, ext_label: c ? c.label : null,
        content_start: cv.content.start, content_end: cv.content.end, speaker_start: cv.speaker?.start ?? null, speaker_end: cv.speaker?.end ?? null,
        role: cv.role, cue_start: cv.cue?.start ?? null, cue_end: cv.cue?.end ?? null, t,
      });
    return this.claimView(articleId, pipeline, key);
  }

  /** Removes the review of a claim (undo). Throws ReviewError(404) when there is none. */
  clear(articleId: string, pipeline: string, key: ClaimKey): ClaimView | null {
    this.requireView(articleId, pipeline);
    const r = this.db
      .prepare(`DELETE FROM reviews WHERE article_id = ? AND sentence_start = ? AND sentence_end = ? AND speaker = ?`)
      .run(articleId, key.start, key.end, key.speaker);
    if (r.changes === 0) throw new ReviewError(404, `no review in article ${articleId} with sentence [${key.start}, ${key.end}) and speaker ${JSON.stringify(key.speaker)}`);
    return this.view(articleId, pipeline)!.claims.find((c) => keyString(c.key) === keyString(key)) ?? null;
  }

  /**
   * Adds a claim the extractor missed: `[start, end)` is its content and
   * must lie inside one sentence of the current extraction.
   */
  add(articleId: string, pipeline: string, claim: { start: number; end: number; name: string; label: Label }): ClaimView {
    const v = this.requireView(articleId, pipeline);
    const text = v.article.text;
    const name = claim.name.trim();
    if (!name) throw new ReviewError(400, 'the speaker name is empty');
    if (!(claim.start >= 0 && claim.end <= text.length && claim.start < claim.end)) {
      throw new ReviewError(400, `bad content span [${claim.start}, ${claim.end}) for a text of ${text.length} characters`);
    }
    const s = v.result?.sentences.find((x) => claim.start >= x.start && claim.start < x.end);
    if (!s) throw new ReviewError(400, 'the selection is not inside a sentence of the current extraction');
    if (claim.end > s.end) throw new ReviewError(400, 'select inside one sentence: the selection runs into the next sentence');
    const key = { start: s.start, end: s.end, speaker: name };
    if (v.claims.some((c) => keyString(c.key) === keyString(key))) {
      throw new ReviewError(409, `${name} already has a claim in this sentence: review that one instead`);
    }
    // the speaker's mention: the name as written in the sentence, else before it (a follow-on)
    let at = text.indexOf(name, s.start);
    if (at < 0 || at + name.length > s.end) at = text.lastIndexOf(name, s.start);
    const t = now();
    this.db
      .prepare(
        `INSERT INTO reviews (article_id, sentence_start, sentence_end, speaker, verdict, origin, label, name, pipeline, extractor_version, ext_label,
           content_start, content_end, speaker_start, speaker_end, role, cue_start, cue_end, created_at, updated_at)
         VALUES (?, ?, ?, ?, 'accept', 'added', ?, NULL, ?, ?, NULL, ?, ?, ?, ?, NULL, NULL, NULL, ?, ?)`,
      )
      .run(articleId, s.start, s.end, name, claim.label, pipeline, v.extraction?.version ?? null, claim.start, claim.end,
        at >= 0 ? at : null, at >= 0 ? at + name.length : null, t, t);
    return this.claimView(articleId, pipeline, key);
  }

  private requireView(articleId: string, pipeline: string): ArticleView {
    const v = this.view(articleId, pipeline);
    if (!v) throw new ReviewError(404, `no article ${articleId}`);
    if (!v.extraction) throw new ReviewError(404, `article ${articleId} has no extraction by pipeline ${pipeline}`);
    return v;
  }

  private claimView(articleId: string, pipeline: string, key: ClaimKey): ClaimView {
    return this.view(articleId, pipeline)!.claims.find((c) => keyString(c.key) === keyString(key))!;
  }

  /**
   * The extraction with its reviews applied: rejected claims dropped, labels
   * and names corrected, added claims (and accepted ones no longer
   * extracted) put back, sentence labels recomputed. Unreviewed claims stay
   * as extracted.
   */
  reviewedResult(articleId: string, pipeline: string): ArticleResult | undefined {
    const v = this.view(articleId, pipeline);
    if (!v?.result) return undefined;
    return applyReviews(v);
  }

  /** Articles whose every claim in the current extraction has a verdict (and that have at least one review). */
  completeArticles(pipeline: string): string[] {
    return (this.db
      .prepare(
        `SELECT a.id FROM articles a
         WHERE EXISTS (SELECT 1 FROM reviews r WHERE r.article_id = a.id)
           AND EXISTS (SELECT 1 FROM extractions e WHERE e.article_id = a.id AND e.pipeline = ?)
         ORDER BY a.path`,
      )
      .all(pipeline) as Array<{ id: string }>)
      .map((r) => r.id)
      .filter((id) => this.view(id, pipeline)!.claims.every((c) => c.status !== 'unreviewed'));
  }
}

export function applyReviews(v: ArticleView): ArticleResult {
  const result = v.result!;
  const text = v.article.text;
  const span = (r: Range) => ({ start: r.start, end: r.end, text: text.slice(r.start, r.end) });
  const sentenceOf = (c: ClaimView): number => {
    const exact = result.sentences.findIndex((s) => s.start === c.sentence.start && s.end === c.sentence.end);
    return exact >= 0 ? exact : Math.max(0, result.sentences.findIndex((s) => c.content.start >= s.start && c.content.start < s.end));
  };
  const kept = v.claims.filter((c) => c.status !== 'rejected');
  const quotes = result.quotes.map((q) => ({ ...q, claim: null as number | null }));
  const claims: ResultClaim[] = kept.map((c, ci) => {
    const qs = result.quotes.flatMap((q, qi) => (q.start >= c.content.start && q.end <= c.content.end ? [qi] : []));
    for (const qi of qs) quotes[qi].claim ??= ci;
    const base = c.extracted;
    const speakerName = c.name;
    return {
      sentence: sentenceOf(c),
      group: base?.group ?? `r${c.n}`,
      label: c.label,
      confidence: base?.confidence ?? 1,
      speaker: speakerName === null ? null : c.speaker ? { ...span(c.speaker), name: speakerName, role: c.role } : { start: c.content.start, end: c.content.start, text: '', name: speakerName, role: c.role },
      cue: base ? base.cue : c.cue && span(c.cue),
      content: span(c.content),
      quotes: qs,
      otherCues: base?.otherCues ?? [],
      evidence: [...(base?.evidence ?? []), ...(c.status === 'accepted' ? [c.origin === 'added' ? 'review:added' : 'review:accepted'] : [])],
    };
  });
  const sentenceLabel: Array<Label | null> = result.sentences.map(() => null);
  for (const c of claims) {
    const prev = sentenceLabel[c.sentence];
    if (prev === null || LABEL_STRENGTH[c.label] > LABEL_STRENGTH[prev]) sentenceLabel[c.sentence] = c.label;
  }
  return {
    ...result,
    sentences: result.sentences.map((s, i) => ({ ...s, label: sentenceLabel[i] })),
    quotes,
    claims,
    extractor: { ...result.extractor, pipeline: `${result.extractor.pipeline}+reviews` },
  };
}
