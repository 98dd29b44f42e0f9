/**
 * Follow-on quotations: carries a claim's speaker over the other sentences of its
 * quotation and onto a quotation that opens the next sentence.
 */
import type { Claim, Mention, Quote, Range } from '../../types.ts';
import { type Ctx, isQuoteTok } from './context.ts';

/** A claim whose statement is a quotation in another sentence than its cue's. */
export interface Detached {
  /** The claim but its content, which is the quotation once it is found. */
  claim: Omit<Claim, 'content'>;
  /** Where the quotation is: opening the next paragraph ("He said:"), or closing the sentence before ("“…” Trump said."). */
  statement: 'next-paragraph' | 'previous-sentence';
}

/**
 * Quotations that outlast their sentence: every sentence inside a quotation
 * of a claim gets a claim with the same speaker and cue; a sentence that opens
 * with a quotation right after a speaker's quoted claim carries that speaker on.
 * `detached` claims report nothing in their own sentence: their statement
 * is the quotation that opens the next paragraph ("He said:") or that closes
 * the sentence before ("“…” Trump said.").
 */
export function carryQuotes(ctx: Ctx, claims: Claim[], detached: Detached[] = []): Claim[] {
  const { doc } = ctx;
  const bySentence = new Map<number, Claim[]>();
  for (const c of claims) bySentence.set(c.sentence, [...(bySentence.get(c.sentence) ?? []), c]);
  const out: Claim[] = [...claims];
  const has = (si: number, name: string) => (bySentence.get(si) ?? []).some((c) => c.speaker?.name === name);
  const add = (c: Claim) => {
    out.push(c);
    bySentence.set(c.sentence, [...(bySentence.get(c.sentence) ?? []), c]);
  };
  const quotesIn = (r: Range) => doc.quotes.filter((q) => q.start < r.end && q.end > r.start);
  // 0. a statement in another sentence: a cue that closes its paragraph with a colon ("He said:") introduces
  //    the quotation that opens the next paragraph, a sentence that is only a reporting clause ("Trump said.")
  //    reports the quotation that closes the sentence before; the claim goes to that sentence, and step 1
  //    carries it over the quotation's other sentences
  // the claims whose quotations step 1 carries on: the sentence claims and the detached ones placed
  const carried = [...claims];
  for (const { claim, statement } of detached) {
    const own = doc.sentences[claim.sentence];
    const si = statement === 'next-paragraph' ? claim.sentence + 1 : claim.sentence - 1;
    const s = doc.sentences[si];
    if (!s || bySentence.has(si)) continue;
    const q = statement === 'next-paragraph'
      ? (s.paragraph === own.paragraph + 1 ? doc.quotes.find((x) => x.open >= s.start && x.open <= s.start + 2 && x.end > s.start) : undefined)
      : (s.paragraph === own.paragraph ? doc.quotes.find((x) => x.close !== null && x.close < s.end && x.close >= s.end - 1) : undefined);
    if (!q) continue;
    const c: Claim = {
      ...claim,
      sentence: si,
      content: { start: Math.max(s.start, q.open), end: Math.min(s.end, q.close === null ? q.end : q.close + 1) },
      evidence: [...claim.evidence, statement === 'next-paragraph' ? 'claim:quote-after-colon' : 'claim:quote-before-reporting-sentence'],
    };
    carried.push(c);
    add(c);
  }
  // 1. multi-sentence quotations: one claim per sentence, same speaker and cue
  for (const c of carried) {
    for (const q of quotesIn(c.content)) {
      for (let si = 0; si < doc.sentences.length; si++) {
        const o = doc.sentences[si];
        if (si === c.sentence || o.end <= q.start || o.start >= q.end || !c.speaker || has(si, c.speaker.name)) continue;
        if (bySentence.has(si)) continue;
        add({
          ...c,
          sentence: si,
          // the quotation's part in this sentence, with its marks where they fall inside it
          content: { start: Math.max(o.start, q.open), end: Math.min(o.end, q.close === null ? q.end : q.close + 1) },
          evidence: [...c.evidence, 'claim:multi-sentence-quote'],
        });
      }
    }
  }
  // 2. follow-on quotations: a sentence that opens with a quotation and has no claim of its own
  out.sort((x, y) => x.sentence - y.sentence);
  const result = [...out];
  for (let si = 1; si < doc.sentences.length; si++) {
    if (bySentence.has(si)) continue;
    const s = doc.sentences[si];
    const q = doc.quotes.find((x) => x.start <= s.start + 2 && x.end > s.start);
    if (!q) continue;
    const quoted = Math.min(q.end, s.end) - Math.max(q.start, s.start);
    if (quoted < (s.end - s.start) * 0.5) continue;
    // the previous sentence's claim whose content holds a quotation, or the source of its reported statement
    const prevClaims = bySentence.get(si - 1) ?? [];
    const prevSent = doc.sentences[si - 1];
    const prev = prevClaims.find((c) => c.speaker && quotesIn(c.content).length > 0) ?? (s.paragraph === prevSent.paragraph + 1 ? reportedSourceGoingOn(ctx, prevClaims, si, q) : undefined);
    if (!prev || !prev.speaker) continue;
    if (s.paragraph - prevSent.paragraph > 1) continue;
    // the same statement, also when the quotation opens the next paragraph (the speaker's turn goes on)
    const c = continuation(ctx, prev.speaker, prev.group, si, 'speaker:follow-on-quote');
    result.push(c);
    bySentence.set(si, [c]);
  }
  result.sort((x, y) => x.sentence - y.sentence || x.content.start - y.content.start);
  return result;
}

/**
 * When a quotation opens a new paragraph (sentence si, quotation q) after a reported statement with no quotation, the
 * claim of the one source of the sentence before, a person or a named organisation, who goes on in its own words:
 * "…, Mr Howard said. ¶ “We watched the scenes of destruction …”". Only when the quotation runs to the sentence's end,
 * with nothing after it that may name another speaker ("…,” Hannity started"), and asks nothing, which an interviewer
 * may.
 */
function reportedSourceGoingOn(ctx: Ctx, prevClaims: Claim[], si: number, q: Quote): Claim | undefined {
  const { doc } = ctx;
  const s = doc.sentences[si];
  if (new Set(prevClaims.map((c) => c.speaker?.name ?? '')).size !== 1) return undefined;
  const lastTok = doc.tokens[s.tokens[1] - 1];
  let stop = s.tokens[1] - 1;
  while (stop > s.tokens[0] && isQuoteTok(doc.tokens[stop])) stop--;
  if (!(q.close === null || q.close >= lastTok.start - 1) || doc.tokens[stop].value === '?') return undefined;
  return prevClaims.find((c) => c.speaker && c.cue && (c.speaker.kind === 'person' || (c.speaker.kind === 'group' && c.speaker.named)));
}

/**
 * A transcript's turn: the sentences after a label that opens its paragraph ("FALLIN: I think … . If you
 * look at …") are its speaker's, in the same statement, where no claim of their own stands; not a question.
 */
export function carryTurns(ctx: Ctx, claims: Claim[]): Claim[] {
  const { doc } = ctx;
  if (ctx.turns.size === 0) return claims;
  const withClaim = new Set(claims.map((c) => c.sentence));
  const out = [...claims];
  doc.sentences.forEach((s, si) => {
    if (withClaim.has(si) || !ctx.turns.has(s.paragraph)) return;
    const label = claims.find((c) => c.cue !== null && c.evidence.includes('cue:punctuation:colon') && doc.sentences[c.sentence].paragraph === s.paragraph && c.sentence < si);
    if (!label || !label.speaker) return;
    // (nor an ellipsis or a source in brackets: "[WaPo.]")
    const text = doc.text.slice(s.start, s.end).trim();
    if (doc.tokens[s.tokens[1] - 1].value === '?' || !/\p{L}/u.test(text) || /^\[.*\]$/.test(text)) return;
    out.push(continuation(ctx, label.speaker, label.group, si, 'speaker:transcript-turn'));
  });
  out.sort((x, y) => x.sentence - y.sentence || x.content.start - y.content.start);
  return out;
}

/** A claim with no cue that goes on with a speaker's statement (group) in sentence si: the sentence up to its final stop. */
function continuation(ctx: Ctx, speaker: Mention, group: string, si: number, evidence: string): Claim {
  const { doc } = ctx;
  const s = doc.sentences[si];
  const lastTok = doc.tokens[s.tokens[1] - 1];
  const end = lastTok.value === '.' || lastTok.value === '!' || lastTok.value === '?' ? lastTok.start : s.end;
  return {
    sentence: si,
    group,
    label: 'assertion',
    confidence: 0,
    speaker: { ...speaker, evidence: [...speaker.evidence] },
    cue: null,
    content: { start: doc.tokens[s.tokens[0]].start, end },
    cues: [],
    otherCues: [],
    evidence: [evidence],
  };
}
