/**
 * Scores extractions against our own gold fixtures (`*.gold.json`, see
 * corpus/README.md), aggregating `compare()` over many articles:
 * - claims: a predicted claim matches a gold claim on its sentence (gold.ts);
 *   P = matched / predicted, R = matched / gold;
 * - speaker accuracy: matched claims whose resolved speaker name is the gold name;
 * - label accuracy over matched claims, a gold × predicted confusion matrix,
 *   and per-label P/R/F1, where a claim counts for label L when its label is L
 *   (so a matched claim with the wrong label is a false alarm of the predicted
 *   label and a miss of the gold one, and unmatched claims count for their label);
 * - quotations: P/R/F1 on the texts of the quotations (multiset), for gold
 *   files that list them.
 */
import type { ArticleResult, Label } from '../types.ts';
import { LABELS } from '../types.ts';
import { emptyConfusion, type ArticleComparison, type Gold } from './gold.ts';
import { prf, type PRF } from './metrics.ts';

export interface Count3 { tp: number; fp: number; fn: number }

export interface FixtureTotals {
  articles: number;
  claims: Count3;
  speakerRight: number;
  labelRight: number;
  confusion: Record<Label, Record<Label, number>>;
  labels: Record<Label, Count3>;
  quotes: Count3 & { articles: number };
}

export function emptyTotals(): FixtureTotals {
  const c3 = (): Count3 => ({ tp: 0, fp: 0, fn: 0 });
  return { articles: 0, claims: c3(), speakerRight: 0, labelRight: 0, confusion: emptyConfusion(), labels: { assertion: c3(), denial: c3(), warning: c3() }, quotes: { ...c3(), articles: 0 } };
}

/** Adds one article's comparison to the totals. */
export function addComparison(t: FixtureTotals, gold: Gold, result: ArticleResult, cmp: ArticleComparison): void {
  t.articles++;
  t.claims.tp += cmp.tp;
  t.claims.fp += cmp.fp;
  t.claims.fn += cmp.fn;
  t.speakerRight += cmp.speakerRight;
  t.labelRight += cmp.labelRight;
  for (const g of LABELS) for (const p of LABELS) t.confusion[g][p] += cmp.confusion[g][p];
  for (const pair of cmp.pairs) {
    const pl = pair.predicted !== null ? result.claims[pair.predicted].label : null;
    const gl = pair.gold?.label ?? null;
    if (pl && pl === gl) t.labels[pl].tp++;
    else {
      if (pl) t.labels[pl].fp++;
      if (gl) t.labels[gl].fn++;
    }
  }
  if (gold.quotes) {
    t.quotes.articles++;
    t.quotes.tp += cmp.quotes.tp;
    t.quotes.fp += cmp.quotes.fp;
    t.quotes.fn += cmp.quotes.fn;
  }
}

export interface FixtureScores {
  articles: number;
  claims: PRF & Count3;
  speakerAccuracy: number | null;
  labelAccuracy: number | null;
  matched: number;
  speakerRight: number;
  labelRight: number;
  labels: Record<Label, PRF & Count3>;
  confusion: Record<Label, Record<Label, number>>;
  quotes: (PRF & Count3 & { articles: number }) | null;
}

const prf3 = (c: Count3): PRF & Count3 => ({ ...prf(c.tp, c.tp + c.fp, c.tp, c.tp + c.fn), ...c });

export function fixtureScores(t: FixtureTotals): FixtureScores {
  const m = t.claims.tp;
  return {
    articles: t.articles,
    claims: prf3(t.claims),
    speakerAccuracy: m ? t.speakerRight / m : null,
    labelAccuracy: m ? t.labelRight / m : null,
    matched: m,
    speakerRight: t.speakerRight,
    labelRight: t.labelRight,
    labels: Object.fromEntries(LABELS.map((l) => [l, prf3(t.labels[l])])) as Record<Label, PRF & Count3>,
    confusion: t.confusion,
    quotes: t.quotes.articles ? { ...prf3(t.quotes), articles: t.quotes.articles } : null,
  };
}

export interface ClaimView {
  speaker: string | null;
  name: string | null;
  cue: string | null;
  label: Label;
  content: string;
}

export interface FixtureError {
  kind: 'miss' | 'false-alarm' | 'speaker' | 'label' | 'quote-miss' | 'quote-extra';
  sentence: string;
  expected: ClaimView | null;
  produced: (ClaimView & { evidence: string[] }) | null;
  /** For quotation errors: the quotation. */
  quote?: string;
}

const norm = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim().toLowerCase();

/** Every miss, false alarm, wrong speaker, wrong label and quotation error of one article. */
export function fixtureErrors(gold: Gold, result: ArticleResult, cmp: ArticleComparison): FixtureError[] {
  const out: FixtureError[] = [];
  for (const p of cmp.pairs) {
    const c = p.predicted !== null ? result.claims[p.predicted] : null;
    const g = p.gold;
    const produced = c ? { speaker: c.speaker?.text ?? null, name: c.speaker?.name ?? null, cue: c.cue?.text ?? null, label: c.label, content: c.content.text, evidence: c.evidence } : null;
    const expected = g ? { speaker: g.speaker, name: g.name, cue: g.cue, label: g.label, content: g.content } : null;
    const sentence = p.sentence >= 0 ? gold.sentences[p.sentence].text : c ? result.sentences[c.sentence].text : '';
    if (g && !c) out.push({ kind: 'miss', sentence, expected, produced });
    else if (c && !g) out.push({ kind: 'false-alarm', sentence, expected, produced });
    else if (c && g) {
      if (norm(c.speaker?.name) !== norm(g.name)) out.push({ kind: 'speaker', sentence, expected, produced });
      if (c.label !== g.label) out.push({ kind: 'label', sentence, expected, produced });
    }
  }
  for (const q of cmp.quotes.missed) out.push({ kind: 'quote-miss', sentence: sentenceHolding(gold.text, q), expected: null, produced: null, quote: q });
  for (const q of cmp.quotes.extra) out.push({ kind: 'quote-extra', sentence: sentenceHolding(gold.text, q), expected: null, produced: null, quote: q });
  return out;
}

function sentenceHolding(text: string, q: string): string {
  const at = text.indexOf(q);
  if (at < 0) return q;
  const s = Math.max(text.lastIndexOf('\n', at), text.lastIndexOf('. ', at)) + 1;
  const e = text.indexOf('\n', at + q.length);
  return text.slice(s, e < 0 ? undefined : e).trim().slice(0, 300);
}
