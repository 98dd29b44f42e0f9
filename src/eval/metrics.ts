/**
 * Evaluation arithmetic: precision/recall/F1, and span matching (exact and
 * overlap-weighted) for the attribution roles source, cue and content.
 *
 * A span is a list of `[start, end)` fragments (brat allows discontinuous
 * spans) into one text. Spans are measured in NON-WHITESPACE CHARACTERS: the
 * size of a span is the number of non-white-space characters its fragments
 * cover, and the overlap of two spans the number they cover in common. So
 * white space at a span's edge, or between two fragments, never decides a
 * match, and a span cut in the middle of a word gets partial credit.
 *
 * Exact match: two spans cover the same non-white-space characters
 * (overlap = size of each); pairs are one-to-one. `normalizeSpan` first sets
 * aside the commas and dashes at a span's edges, so the comma that closes an
 * apposition ("Kevin Brady, chairman of the committee, said") decides nothing.
 *
 * Overlap-weighted match (the "soft" scores of the PARC / PolNeAR
 * literature, one-to-one): every (predicted, gold) pair that shares a
 * character is a candidate; candidates are taken greedily in order of their
 * Dice score 2|p∩g| / (|p|+|g|), skipping any whose predicted or gold span is
 * already taken. A taken pair gives the predicted span the credit |p∩g|/|p|
 * and the gold span the credit |p∩g|/|g|; untaken spans get 0. Then
 *   overlap P = Σ predicted credits / #predicted spans,
 *   overlap R = Σ gold credits / #gold spans,
 *   F1 = 2PR / (P+R).
 */

export type Frag = [number, number];
export type SpanFrags = Frag[];

export interface PRF {
  /** Null when undefined (nothing predicted, nothing in gold). */
  p: number | null;
  r: number | null;
  f1: number | null;
}

/** P/R/F1 from (possibly fractional) true-positive credits. */
export function prf(pCredit: number, nPred: number, rCredit: number, nGold: number): PRF {
  const p = nPred > 0 ? pCredit / nPred : null;
  const r = nGold > 0 ? rCredit / nGold : null;
  const f1 = p === null || r === null ? null : p + r > 0 ? (2 * p * r) / (p + r) : 0;
  return { p, r, f1 };
}

/** Counts of non-white-space characters before each offset: `ns[i]` = number in `text[0, i)`. */
export function nonSpacePrefix(text: string): Int32Array {
  const ns = new Int32Array(text.length + 1);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const space = c === 32 || c === 9 || c === 10 || c === 13 || c === 12 || c === 11 || c === 0xa0 || (c >= 0x2000 && c <= 0x200b) || c === 0x3000 || c === 0x202f;
    ns[i + 1] = ns[i] + (space ? 0 : 1);
  }
  return ns;
}

/** Punctuation that separates a span from the sentence around it, not part of what it says: a closing comma or dash of an apposition. */
const EDGE_PUNCT = /[\s,;:\u2014\u2013-]/;
const WORDY = /[\p{L}\p{N}]/u;

/**
 * Sorts fragments, trims white space at their edges, and the commas, semicolons,
 * colons and dashes at the edges of a fragment that holds a word (PolNeAR's
 * annotators take in the comma that closes an apposition about half the time:
 * "Kevin Brady, chairman of the committee," said); drops empty ones and merges
 * those that touch, overlap or are separated by white space only. A fragment
 * of punctuation alone (a colon cue) keeps its mark.
 */
export function normalizeSpan(frags: SpanFrags, text: string): SpanFrags {
  const trimmed: Frag[] = [];
  for (const [s0, e0] of frags) {
    let s = Math.max(0, s0);
    let e = Math.min(text.length, e0);
    while (s < e && /\s/.test(text[s])) s++;
    while (e > s && /\s/.test(text[e - 1])) e--;
    if (WORDY.test(text.slice(s, e))) {
      while (s < e && EDGE_PUNCT.test(text[s])) s++;
      while (e > s && EDGE_PUNCT.test(text[e - 1])) e--;
    }
    if (e > s) trimmed.push([s, e]);
  }
  trimmed.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const out: Frag[] = [];
  for (const f of trimmed) {
    const last = out[out.length - 1];
    if (last && (f[0] <= last[1] || /^\s*$/.test(text.slice(last[1], f[0])))) last[1] = Math.max(last[1], f[1]);
    else out.push([f[0], f[1]]);
  }
  return out;
}

export const spanKey = (s: SpanFrags): string => s.map((f) => `${f[0]}-${f[1]}`).join(',');

export function spanText(text: string, s: SpanFrags): string {
  return s.map(([a, b]) => text.slice(a, b)).join(' … ');
}

export function spanSize(s: SpanFrags, ns: Int32Array): number {
  let n = 0;
  for (const [a, b] of s) n += ns[b] - ns[a];
  return n;
}

/** Non-white-space characters that both spans cover (fragments within a span do not overlap once normalised). */
export function spanOverlap(a: SpanFrags, b: SpanFrags, ns: Int32Array): number {
  let n = 0;
  for (const [as, ae] of a) {
    for (const [bs, be] of b) {
      const s = Math.max(as, bs);
      const e = Math.min(ae, be);
      if (e > s) n += ns[e] - ns[s];
    }
  }
  return n;
}

/** Raw counts of one role in one or many documents; P/R/F1 come from `roleScores`. */
export interface RoleCounts {
  pred: number;
  gold: number;
  /** One-to-one exact matches. */
  exact: number;
  /** Σ predicted credits of the overlap-weighted matching. */
  pCredit: number;
  /** Σ gold credits of the overlap-weighted matching. */
  rCredit: number;
}

export const emptyCounts = (): RoleCounts => ({ pred: 0, gold: 0, exact: 0, pCredit: 0, rCredit: 0 });

export function addCounts(into: RoleCounts, c: RoleCounts): RoleCounts {
  into.pred += c.pred;
  into.gold += c.gold;
  into.exact += c.exact;
  into.pCredit += c.pCredit;
  into.rCredit += c.rCredit;
  return into;
}

export interface SpanMatch {
  counts: RoleCounts;
  /** For each predicted span, the exactly matching gold span's index or -1. */
  exactOf: number[];
  /** For each predicted span, the gold span it was paired with in the overlap matching, or -1. */
  overlapOf: number[];
}

/**
 * Matches predicted spans against gold spans (both normalised and free of
 * duplicates), exactly and overlap-weighted, as defined at the top of this file.
 */
export function matchSpans(pred: SpanFrags[], gold: SpanFrags[], ns: Int32Array): SpanMatch {
  const ps = pred.map((s) => spanSize(s, ns));
  const gs = gold.map((s) => spanSize(s, ns));
  const exactOf = pred.map(() => -1);
  const overlapOf = pred.map(() => -1);
  const cands: Array<{ pi: number; gi: number; inter: number; dice: number }> = [];
  for (let pi = 0; pi < pred.length; pi++) {
    for (let gi = 0; gi < gold.length; gi++) {
      const inter = spanOverlap(pred[pi], gold[gi], ns);
      if (inter > 0) cands.push({ pi, gi, inter, dice: (2 * inter) / (ps[pi] + gs[gi]) });
    }
  }
  const goldExact = new Set<number>();
  for (const c of cands) {
    if (c.inter === ps[c.pi] && c.inter === gs[c.gi] && exactOf[c.pi] < 0 && !goldExact.has(c.gi)) {
      exactOf[c.pi] = c.gi;
      goldExact.add(c.gi);
    }
  }
  cands.sort((a, b) => b.dice - a.dice || a.pi - b.pi || a.gi - b.gi);
  const goldTaken = new Set<number>();
  let pCredit = 0;
  let rCredit = 0;
  for (const c of cands) {
    if (overlapOf[c.pi] >= 0 || goldTaken.has(c.gi)) continue;
    overlapOf[c.pi] = c.gi;
    goldTaken.add(c.gi);
    pCredit += c.inter / ps[c.pi];
    rCredit += c.inter / gs[c.gi];
  }
  return { counts: { pred: pred.length, gold: gold.length, exact: goldExact.size, pCredit, rCredit }, exactOf, overlapOf };
}

export interface RoleScores {
  exact: PRF;
  overlap: PRF;
  counts: RoleCounts;
}

export function roleScores(c: RoleCounts): RoleScores {
  return { exact: prf(c.exact, c.pred, c.exact, c.gold), overlap: prf(c.pCredit, c.pred, c.rCredit, c.gold), counts: c };
}

/** Drops empty spans and duplicates (same normalised fragments), keeping the first. */
export function uniqueSpans(spans: SpanFrags[]): SpanFrags[] {
  const seen = new Set<string>();
  return spans.filter((s) => {
    const k = spanKey(s);
    if (!s.length || seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
