/**
 * Scores an extraction against brat attribution relations (PolNeAR), role by
 * role: source, cue and content, exact and overlap-weighted (metrics.ts).
 *
 * Predicted relations. Claims that share a `group` are one statement (a
 * quotation over several sentences, follow-on quotations with no cue): one
 * relation, whose content is the union of the claims' contents (with the
 * full stops between them: each claim's content stops before its own),
 * whose source is the first claim's speaker mention that is not null and
 * whose cue the first cue that is not null (claims in text order).
 *
 * One relation per cue. ANNOTATION.md makes one claim per sentence and
 * source, PolNeAR one relation per cue. A claim's `otherCues` (its speaker's
 * later cues in the sentence: "said Y, adding that Z", "criticised X and said
 * Z") that fall inside its content split it: each later cue is a relation of
 * the same source whose content is the part after that cue, and the part
 * before ends before the cue and the ", and" / "but" that joins it (a cue
 * embedded in the statement, "what she calls", ends nothing).
 *
 * Content without its attribution. OUTPUT.md gives a claim one content span,
 * and in `“A,” she said, “B.”` that span runs over the reporting clause. The
 * reported statement is the span minus the claim's own speaker and cue, and
 * minus the commas, colons and dashes that set them off (PolNeAR's content
 * is then the fragments `“A,”` and `“B.”`).
 *
 * Role spans. For each role, the document's gold spans are the distinct
 * spans of that role over all gold relations (one source span that two
 * relations share counts once) and likewise for the predicted ones; then
 * `matchSpans` pairs them. Scores are micro-averaged over documents.
 *
 * Relations with no source (brat `Attribution-no-source`: "it is believed
 * that …") count for cue and content. They have no gold source, and a
 * predicted relation aligned with one (below) has its source left out of the
 * source scores: neither credited nor counted as a false source, since the
 * gold makes no claim about who the source is.
 *
 * Alignment (for that rule, for --errors and for the ignore regions): a
 * predicted and a gold relation are candidates when their cues share a
 * character, or their contents share at least half of the smaller content;
 * candidates are paired one-to-one, greedily by (cue overlap, content Dice).
 *
 * Ignore regions: a predicted relation aligned with no gold relation whose
 * cue (or content when it has no cue) lies mostly (≥ 50 %) inside a Discard
 * or Discuss region is dropped before scoring.
 */
import type { ArticleResult, Label } from '../types.ts';
import type { BratGold, GoldRelation } from './brat.ts';
import { matchSpans, nonSpacePrefix, normalizeSpan, spanKey, spanOverlap, spanSize, spanText, uniqueSpans, type RoleCounts, type SpanFrags } from './metrics.ts';

export const ROLES = ['source', 'cue', 'content'] as const;
export type Role = (typeof ROLES)[number];

export interface PredRelation {
  group: string;
  /** Indices into result.claims. */
  claims: number[];
  source: SpanFrags | null;
  cue: SpanFrags | null;
  content: SpanFrags | null;
  speaker: string | null;
  label: Label;
  evidence: string[];
}

/** Groups an extraction's claims into relations (see the top of this file). */
export function relationsOf(result: ArticleResult, text: string): PredRelation[] {
  const byGroup = new Map<string, PredRelation>();
  const frag = (s: { start: number; end: number } | null): SpanFrags => (s ? [[s.start, s.end]] : []);
  result.claims.forEach((c, i) => {
    let r = byGroup.get(c.group);
    if (!r) {
      r = { group: c.group, claims: [], source: null, cue: null, content: [], speaker: null, label: c.label, evidence: c.evidence };
      byGroup.set(c.group, r);
    }
    r.claims.push(i);
    if (!r.source && c.speaker) { r.source = frag(c.speaker); r.speaker = c.speaker.name; }
    if (!r.cue && c.cue) r.cue = frag(c.cue);
    // the speaker's later cues inside the content each report their own part of it
    const cuts = (c.otherCues ?? []).filter((oc) => c.cue && oc.start >= c.cue.end && oc.start > c.content.start && oc.end < c.content.end);
    const parts: PredRelation[] = [];
    let end = c.content.end;
    for (let k = cuts.length - 1; k >= 0; k--) {
      const oc = cuts[k];
      const group = `${c.group}/${k + 1}`;
      const content = statementFrags(text, { start: oc.end, end }, [c.speaker]);
      parts.unshift({ group, claims: [i], source: c.speaker ? frag(c.speaker) : null, cue: frag(oc), content, speaker: c.speaker?.name ?? null, label: c.label, evidence: c.evidence });
      // the part before ends at a cue coordinated with it ("…, adding", "and said"), and runs on through one
      // embedded in it ("hungry for what she calls “real solutions”", "the system, which he said runs …")
      if (coordinated(text, c.content.start, oc.start)) end = beforeCue(text, c.content.start, oc.start);
    }
    r.content!.push(...statementFrags(text, { start: c.content.start, end }, [c.speaker, c.cue]));
    for (const p of parts) byGroup.set(p.group, p);
  });
  const norm = (s: SpanFrags | null) => {
    const n = s ? normalizeSpan(s, text) : [];
    return n.length ? n : null;
  };
  return [...byGroup.values()].map((r) => ({ ...r, source: norm(r.source), cue: norm(r.cue), content: norm(r.claims.length > 1 ? bridgeSentences(text, r.content!) : r.content) }));
}

/**
 * One statement over several sentences: each sentence's claim stops before
 * its full stop, and the statement runs on over it. Contents whose gap is
 * only the marks that end a sentence (and white space) are one span.
 */
function bridgeSentences(text: string, frags: SpanFrags): SpanFrags {
  const sorted = [...frags].sort((a, b) => a[0] - b[0]);
  const out: SpanFrags = [];
  for (const f of sorted) {
    const last = out[out.length - 1];
    if (last && f[0] >= last[1] && /^[\s.!?…]*$/.test(text.slice(last[1], f[0]))) last[1] = Math.max(last[1], f[1]);
    else out.push([f[0], f[1]]);
  }
  return out;
}

/** Does a further cue at `at` follow a comma, dash, colon, "and" or "but" (after its subject pronoun), rather than a word of the statement? */
function coordinated(text: string, from: number, at: number): boolean {
  const before = text.slice(Math.max(from, at - 40), at).replace(/\s+$/, '');
  const rest = before.replace(/(?:^|\s)(?:he|she|they|we|i|it|who)$/i, '').replace(/\s+$/, '');
  return rest.length === 0 || /[,;:—–-]$/.test(rest) || /(?:^|\W)(?:and|but)$/i.test(rest);
}

/** Where a statement ends before a further cue of its speaker: before its subject pronoun or relative "who", ", and", ", but", "and", and the marks that set the cue off. */
function beforeCue(text: string, from: number, at: number): number {
  let e = at;
  // the later cue's own subject pronoun, after the joiner: "…, but he slammed the media"
  while (e > from && SETS_OFF.test(text[e - 1])) e--;
  const p = /(?:,|\band|\bbut)\s+(he|she|they|we|i|who)$/i.exec(text.slice(Math.max(from, e - 10), e));
  if (p) e -= p[1].length;
  for (;;) {
    while (e > from && SETS_OFF.test(text[e - 1])) e--;
    const w = /\b(and|but)$/i.exec(text.slice(Math.max(from, e - 4), e));
    if (!w) return e;
    e -= w[0].length;
  }
}

/** Characters that set a reporting clause off from the statement around it. */
const SETS_OFF = /[\s,:;—–-]/;

/**
 * A claim's content span without the speaker and cue spans that lie inside it,
 * and without the punctuation that sets them off.
 */
export function statementFrags(text: string, content: { start: number; end: number }, inside: Array<{ start: number; end: number } | null>): SpanFrags {
  const holes = inside
    .filter((h): h is { start: number; end: number } => h !== null && h.start >= content.start && h.end <= content.end && h.end > h.start)
    .sort((a, b) => a.start - b.start);
  if (holes.length === 0) return [[content.start, content.end]];
  const out: SpanFrags = [];
  let from = content.start;
  for (const h of holes) {
    let e = Math.max(from, h.start);
    while (e > from && SETS_OFF.test(text[e - 1])) e--;
    if (e > from) out.push([from, e]);
    from = Math.max(from, h.end);
    while (from < content.end && SETS_OFF.test(text[from])) from++;
  }
  if (from < content.end) out.push([from, content.end]);
  return out;
}

export interface AttrError {
  kind: 'miss' | 'false-alarm' | 'mismatch';
  /** Offset of the relation's first character in the text. */
  at: number;
  /** The roles that differ (mismatch), or every role present. */
  roles: Role[];
  snippet: string;
  expected: Record<Role, string | null> | null;
  produced: (Record<Role, string | null> & { speaker: string | null; label: Label; evidence: string[] }) | null;
}

export interface AttrDocScore {
  counts: Record<Role, RoleCounts>;
  relations: { gold: number; goldNoSource: number; predicted: number; aligned: number; dropped: number; sourceExcluded: number };
  errors: AttrError[];
}

/** Scores one document's extraction against its gold relations. */
export function scoreAttribution(result: ArticleResult, text: string, gold: BratGold): AttrDocScore {
  const ns = nonSpacePrefix(text);
  const all = relationsOf(result, text);
  const golds = gold.relations;
  const align = alignRelations(all, golds, ns);
  const insideIgnore = (s: SpanFrags | null) => !!s && gold.ignore.some((g) => spanOverlap(s, g, ns) * 2 >= spanSize(s, ns));
  const kept = all.map((_, i) => i).filter((i) => align.goldOf[i] >= 0 || !insideIgnore(all[i].cue ?? all[i].content));
  const preds = kept.map((i) => all[i]);
  const goldOf = kept.map((i) => align.goldOf[i]);
  let sourceExcluded = 0;
  const spansOf = (role: Role): { pred: SpanFrags[]; gold: SpanFrags[] } => {
    const pred = preds.filter((p, k) => {
      if (role !== 'source' || !p.source) return true;
      const g = goldOf[k];
      if (g >= 0 && golds[g].noSource) { sourceExcluded++; return false; }
      return true;
    });
    return { pred: uniqueSpans(pred.map((p) => p[role] ?? [])), gold: uniqueSpans(golds.map((g) => g[role] ?? [])) };
  };
  const counts = {} as Record<Role, RoleCounts>;
  for (const role of ROLES) {
    const { pred, gold: g } = spansOf(role);
    counts[role] = matchSpans(pred, g, ns).counts;
  }
  const show = (s: SpanFrags | null) => (s ? spanText(text, s) : null);
  const rolesOf = (r: { source: SpanFrags | null; cue: SpanFrags | null; content: SpanFrags | null }) => ({ source: show(r.source), cue: show(r.cue), content: show(r.content) });
  const produced = (p: PredRelation) => ({ ...rolesOf(p), speaker: p.speaker, label: p.label, evidence: p.evidence });
  const first = (r: { source: SpanFrags | null; cue: SpanFrags | null; content: SpanFrags | null }) => Math.min(...ROLES.map((x) => r[x]?.[0]?.[0] ?? Infinity));
  const snippetOf = (...rs: Array<{ source: SpanFrags | null; cue: SpanFrags | null; content: SpanFrags | null }>) => snippet(text, rs.flatMap((r) => [r.source, r.cue, r.content]).filter((s): s is SpanFrags => !!s).flat());
  const errors: AttrError[] = [];
  const alignedGold = new Set(goldOf.filter((g) => g >= 0));
  const present = (r: { source: SpanFrags | null; cue: SpanFrags | null; content: SpanFrags | null }) => ROLES.filter((x) => r[x]);
  golds.forEach((g, gi) => {
    if (!alignedGold.has(gi)) errors.push({ kind: 'miss', at: first(g), roles: present(g), snippet: snippetOf(g), expected: rolesOf(g), produced: null });
  });
  preds.forEach((p, k) => {
    const gi = goldOf[k];
    if (gi < 0) {
      errors.push({ kind: 'false-alarm', at: first(p), roles: present(p), snippet: snippetOf(p), expected: null, produced: produced(p) });
      return;
    }
    const g = golds[gi];
    const differ = ROLES.filter((role) => {
      if (role === 'source' && g.noSource) return false;
      const ps = p[role];
      const gs = g[role];
      if (!ps || !gs) return !!ps !== !!gs;
      return spanKey(ps) !== spanKey(gs);
    });
    if (differ.length) errors.push({ kind: 'mismatch', at: Math.min(first(p), first(g)), roles: differ, snippet: snippetOf(p, g), expected: rolesOf(g), produced: produced(p) });
  });
  errors.sort((a, b) => a.at - b.at);
  return {
    counts,
    relations: {
      gold: golds.length,
      goldNoSource: golds.filter((g) => g.noSource).length,
      predicted: preds.length,
      aligned: alignedGold.size,
      dropped: all.length - preds.length,
      sourceExcluded,
    },
    errors,
  };
}

/** One-to-one alignment of predicted with gold relations (see the top of this file). */
export function alignRelations(preds: PredRelation[], golds: GoldRelation[], ns: Int32Array): { goldOf: number[] } {
  const cands: Array<{ pi: number; gi: number; cue: number; dice: number }> = [];
  preds.forEach((p, pi) => {
    golds.forEach((g, gi) => {
      const cue = p.cue && g.cue ? spanOverlap(p.cue, g.cue, ns) : 0;
      let dice = 0;
      let enough = false;
      if (p.content && g.content) {
        const inter = spanOverlap(p.content, g.content, ns);
        const a = spanSize(p.content, ns);
        const b = spanSize(g.content, ns);
        dice = a + b ? (2 * inter) / (a + b) : 0;
        enough = inter * 2 >= Math.min(a, b) && inter > 0;
      }
      if (cue > 0 || enough) cands.push({ pi, gi, cue: cue > 0 ? 1 : 0, dice });
    });
  });
  cands.sort((a, b) => b.cue - a.cue || b.dice - a.dice || a.pi - b.pi || a.gi - b.gi);
  const goldOf = preds.map(() => -1);
  const taken = new Set<number>();
  for (const c of cands) {
    if (goldOf[c.pi] >= 0 || taken.has(c.gi)) continue;
    goldOf[c.pi] = c.gi;
    taken.add(c.gi);
  }
  return { goldOf };
}

/** The text around some fragments: from the start of the first one's sentence-ish context to the end of the last, capped. */
export function snippet(text: string, frags: Array<[number, number]>, max = 400): string {
  if (!frags.length) return '';
  let s = Math.min(...frags.map((f) => f[0]));
  let e = Math.max(...frags.map((f) => f[1]));
  const lo = Math.max(0, s - 120);
  const before = text.slice(lo, s);
  const cut = Math.max(before.lastIndexOf('\n'), before.search(/[.!?]["”’]?\s+[^.!?]*$/) >= 0 ? before.search(/[.!?]["”’]?\s+[^.!?]*$/) + 1 : -1);
  s = cut >= 0 ? lo + cut + 1 : lo;
  const after = text.slice(e, e + 120);
  const stop = after.search(/[.!?]["”’]?(\s|$)|\n/);
  e = stop >= 0 ? e + stop + 1 : e + after.length;
  const out = text.slice(s, e).replace(/\s+/g, ' ').trim();
  return out.length <= max ? out : `${out.slice(0, max - 1)}…`;
}
