/**
 * Gold fixtures (corpus/README.md describes the format): loading, anchoring on
 * the article's text, and comparing an extraction with them claim by claim.
 */
import { readFileSync, existsSync } from 'node:fs';
import { dirname, resolve, join } from 'node:path';
import { createHash } from 'node:crypto';
import { ROOT } from '../pipeline.ts';
import type { ArticleResult, Label, Range } from '../types.ts';

/** A `[start, end)` pair into the article: the offset form, for texts that are not ours to copy. */
export type Offsets = [number, number];

export interface GoldClaim {
  speaker: string | null;
  name: string | null;
  role: string | null;
  cue: string | null;
  label: Label;
  content: string;
  quotes: string[];
  group?: string;
}

/** A claim as stored: strings (own texts) or offsets (texts under ../shared). */
export interface StoredGoldClaim extends Omit<GoldClaim, 'speaker' | 'cue' | 'content' | 'quotes'> {
  speaker: string | Offsets | null;
  cue: string | Offsets | null;
  content: string | Offsets;
  quotes: Array<string | Offsets>;
}

export interface GoldSentence {
  text: string;
  note?: string;
  claims: GoldClaim[];
}

export interface StoredGoldSentence {
  /** Own texts: the sentence as written. */
  text?: string;
  /** Texts under ../shared: offsets and the first words, to check the anchoring. */
  start?: number;
  end?: number;
  prefix?: string;
  note?: string;
  claims: StoredGoldClaim[];
}

export interface GoldFile {
  schema: 1;
  text: string;
  sha256?: string;
  annotator?: string;
  exhaustive?: boolean;
  date?: string | null;
  headline?: string | null;
  quotes?: Array<string | Offsets>;
  sentences: StoredGoldSentence[];
}

export interface AnchoredSentence extends GoldSentence, Range {}

export interface Gold {
  /** Path of the gold file. */
  path: string;
  /** Resolved path of the article. */
  textPath: string;
  text: string;
  bytes: Buffer;
  file: GoldFile;
  sentences: AnchoredSentence[];
  /** Every quotation in the article, or undefined when the gold does not list them. */
  quotes: string[] | undefined;
}

export const SHARED = resolve(ROOT, '..', 'shared');

export function resolveTextPath(goldPath: string, ref: string): string {
  if (ref.startsWith('shared:')) return join(SHARED, ref.slice('shared:'.length));
  return resolve(dirname(goldPath), ref);
}

export class GoldError extends Error {}

/** Loads a gold file and anchors its sentences in the article; throws GoldError on any mismatch. */
export function loadGold(goldPath: string): Gold {
  const file = JSON.parse(readFileSync(goldPath, 'utf8')) as GoldFile;
  const textPath = resolveTextPath(goldPath, file.text);
  if (!existsSync(textPath)) throw new GoldError(`${goldPath}: article ${file.text} not found at ${textPath}`);
  const bytes = readFileSync(textPath);
  if (file.sha256) {
    const h = createHash('sha256').update(bytes).digest('hex');
    if (h !== file.sha256) throw new GoldError(`${goldPath}: article ${textPath} changed (sha256 ${h}, gold expects ${file.sha256})`);
  }
  const text = new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/, '');
  const str = (v: string | Offsets, what: string): string => {
    if (typeof v === 'string') return v;
    if (!Array.isArray(v) || v.length !== 2 || v[0] < 0 || v[1] > text.length || v[0] >= v[1]) throw new GoldError(`${goldPath}: bad offsets for ${what}: ${JSON.stringify(v)}`);
    return text.slice(v[0], v[1]);
  };
  let from = 0;
  const sentences: AnchoredSentence[] = file.sentences.map((s, i) => {
    let at: number;
    let stext: string;
    if (typeof s.text === 'string') {
      at = text.indexOf(s.text, from);
      if (at < 0) throw new GoldError(`${goldPath}: sentence not found in order in the article: ${JSON.stringify(s.text.slice(0, 80))}`);
      stext = s.text;
    } else {
      if (typeof s.start !== 'number' || typeof s.end !== 'number') throw new GoldError(`${goldPath}: sentence ${i} has neither text nor start/end`);
      at = s.start;
      stext = text.slice(s.start, s.end);
      if (s.prefix && !stext.startsWith(s.prefix)) throw new GoldError(`${goldPath}: sentence ${i} at ${s.start} does not start with ${JSON.stringify(s.prefix)} (found ${JSON.stringify(stext.slice(0, 40))})`);
    }
    from = at + stext.length;
    const claims: GoldClaim[] = s.claims.map((c) => ({
      ...c,
      speaker: c.speaker === null ? null : str(c.speaker, 'speaker'),
      cue: c.cue === null ? null : str(c.cue, 'cue'),
      content: str(c.content, 'content'),
      quotes: c.quotes.map((q) => str(q, 'quote')),
    }));
    for (const c of claims) {
      for (const part of [c.speaker, c.cue, ...c.quotes]) {
        if (part && !text.includes(part)) throw new GoldError(`${goldPath}: ${JSON.stringify(part)} is not in the article`);
      }
    }
    return { text: stext, note: s.note, claims, start: at, end: at + stext.length };
  });
  const quotes = file.quotes?.map((q) => str(q, 'quote'));
  return { path: goldPath, textPath, text, bytes, file, sentences, quotes };
}

export interface ClaimPair {
  sentence: number;
  gold: GoldClaim | null;
  /** Index into result.claims. */
  predicted: number | null;
}

export interface ArticleComparison {
  pairs: ClaimPair[];
  tp: number;
  fp: number;
  fn: number;
  speakerRight: number;
  labelRight: number;
  confusion: Record<Label, Record<Label, number>>;
  quotes: { tp: number; fp: number; fn: number; missed: string[]; extra: string[] };
}

const norm = (s: string | null | undefined): string => (s ?? '').replace(/\s+/g, ' ').trim().toLowerCase();

export function emptyConfusion(): Record<Label, Record<Label, number>> {
  const z = () => ({ assertion: 0, denial: 0, warning: 0 });
  return { assertion: z(), denial: z(), warning: z() };
}

/**
 * Pairs gold and predicted claims: a claim matches on its sentence (a
 * predicted sentence overlapping the gold one); within a sentence, same
 * speaker name first, then in order.
 */
export function compare(gold: Gold, result: ArticleResult): ArticleComparison {
  const pairs: ClaimPair[] = [];
  const used = new Set<number>();
  const exhaustive = gold.file.exhaustive !== false;
  const sentenceOf = (ci: number): Range => result.sentences[result.claims[ci].sentence];
  const overlaps = (a: Range, b: Range) => Math.min(a.end, b.end) - Math.max(a.start, b.start) > Math.min(a.end - a.start, b.end - b.start) / 2;
  gold.sentences.forEach((gs, si) => {
    const cands = result.claims.map((_, i) => i).filter((i) => !used.has(i) && overlaps(sentenceOf(i), gs));
    const left = [...gs.claims];
    const take = (gi: number, pi: number) => {
      pairs.push({ sentence: si, gold: left[gi], predicted: pi });
      used.add(pi);
      left.splice(gi, 1);
      cands.splice(cands.indexOf(pi), 1);
    };
    for (let gi = left.length - 1; gi >= 0; gi--) {
      const pi = cands.find((i) => norm(result.claims[i].speaker?.name) === norm(left[gi].name));
      if (pi !== undefined) take(gi, pi);
    }
    while (left.length && cands.length) take(0, cands[0]);
    for (const g of left) pairs.push({ sentence: si, gold: g, predicted: null });
    for (const pi of cands) {
      pairs.push({ sentence: si, gold: null, predicted: pi });
      used.add(pi);
    }
  });
  if (exhaustive) {
    result.claims.forEach((_, i) => {
      if (!used.has(i)) pairs.push({ sentence: -1, gold: null, predicted: i });
    });
  }
  const confusion = emptyConfusion();
  let tp = 0, fp = 0, fn = 0, speakerRight = 0, labelRight = 0;
  for (const p of pairs) {
    if (p.gold && p.predicted !== null) {
      tp++;
      const c = result.claims[p.predicted];
      if (norm(c.speaker?.name) === norm(p.gold.name)) speakerRight++;
      if (c.label === p.gold.label) labelRight++;
      confusion[p.gold.label][c.label]++;
    } else if (p.gold) fn++;
    else fp++;
  }
  // quotations: multiset of texts
  const goldQuotes = gold.quotes ?? [];
  const predQuotes = result.quotes.map((q) => q.text);
  const pool = new Map<string, number>();
  for (const q of predQuotes) pool.set(norm(q), (pool.get(norm(q)) ?? 0) + 1);
  const missed: string[] = [];
  let qtp = 0;
  for (const q of goldQuotes) {
    const n = pool.get(norm(q)) ?? 0;
    if (n > 0) { qtp++; pool.set(norm(q), n - 1); } else missed.push(q);
  }
  const extra = [...pool.entries()].flatMap(([q, n]) => Array(n).fill(q) as string[]);
  return {
    pairs, tp, fp, fn, speakerRight, labelRight, confusion,
    quotes: { tp: qtp, fp: gold.quotes ? extra.length : 0, fn: missed.length, missed, extra: gold.quotes ? extra : [] },
  };
}
