/**
 * Stage 2, tokenize: sentences and tokens with offsets into the original text,
 * from wink-nlp (fast; its tokens rebuild the text exactly). Sentences never
 * cross a paragraph, and a closing quotation mark after a full stop stays with
 * the sentence it closes.
 */
import { createRequire } from 'node:module';
import type winkNLPType from 'wink-nlp';
import type { Doc, Range, Sentence, Token } from '../types.ts';
import { retag } from './retag.ts';

type WinkNLP = ReturnType<typeof winkNLPType>;

// The language model weighs about 50 MB: load it on first use, so that commands that
// never tokenize (--help, summary, review) start fast and stay small.
const require = createRequire(import.meta.url);
let nlp: WinkNLP | null = null;
function wink(): WinkNLP {
  if (!nlp) {
    const winkNLP = require('wink-nlp') as typeof winkNLPType;
    const model = require('wink-eng-lite-web-model') as Parameters<typeof winkNLPType>[0];
    nlp = winkNLP(model, ['sbd', 'pos']);
  }
  return nlp;
}

/** An opening quotation mark glued to the article "a" in one wink token. */
const GLUED_ARTICLE = /^['‘’]a$/i;
/** A word and its possessive in one wink token ("Smith’s"), and the words whose "'s" is a contraction ("it's"). */
const GLUED_POSSESSIVE = /^(\p{L}[\p{L}\p{N}.&'’-]*)(['’][sS])$/u;
const CONTRACTION_BASES = new Set(['it', 'that', 'he', 'she', 'what', 'who', 'there', 'here', 'where', 'how', 'let', 'when', 'why', 'this']);
/** A lower-case word and a full stop in one wink token ("$500m.", "cash in."), and the two that keep their stop ("Roe v. Wade"). */
const GLUED_STOP = /^\p{Ll}+\.$/u;
const STOP_KEEPERS = new Set(['v.', 'vs.']);

/** Marks that can close a quotation at the start of a wrongly split sentence. */
const CLOSERS = new Set(['”', '"', '’', '»', '“', "'"]);

export function tokenize(doc: Doc): Doc {
  const { text } = doc;
  // metadata is not article text: mask it with spaces so offsets stay put
  const input = doc.bodyStart > 0 ? ' '.repeat(doc.bodyStart) + text.slice(doc.bodyStart) : text;
  const nlp = wink();
  const its = nlp.its;
  const wd = nlp.readDoc(input);
  const values = wd.tokens().out(its.value) as string[];
  const spaces = wd.tokens().out(its.precedingSpaces) as string[];
  const pos = wd.tokens().out(its.pos) as string[];
  // wink's typings omit lemma from the token-level `its` helpers
  const lemma = wd.tokens().out(its.lemma as unknown as typeof its.value) as string[];
  const tokens: Token[] = new Array(values.length);
  let at = 0;
  for (let i = 0; i < values.length; i++) {
    at += spaces[i].length;
    const v = values[i];
    let start = at;
    // wink-nlp rebuilds the text exactly; guard anyway against drift
    if (text.startsWith(v, at) === false) {
      const found = text.indexOf(v, at);
      if (found >= 0) start = found;
    }
    const end = start + v.length;
    tokens[i] = { start, end, value: v, lower: v.toLowerCase(), lemma: lemma[i], pos: pos[i], sentence: -1 };
    at = end;
  }
  const spans = wd.sentences().out(its.span) as unknown as Array<[number, number]>;
  splitGlued(tokens, spans);
  const winkSpans = joinGluedStops(tokens, spans);

  // 1. wink's sentences as token ranges, split at paragraph boundaries
  const paraOf = paragraphIndexer(doc.paragraphs);
  const ranges: Array<[number, number]> = [];
  for (const [a, b] of winkSpans) {
    let first = a;
    for (let t = a + 1; t <= b; t++) {
      if (paraOf(tokens[t].start) !== paraOf(tokens[t - 1].start)) {
        ranges.push([first, t]);
        first = t;
      }
    }
    ranges.push([first, b + 1]);
  }
  // 2. a full stop, ? or ! inside closing marks ends the sentence after them, also where wink
  //    does not see it ("… ''no.'' He agreed."): split before a capitalised word that follows
  for (let i = 0; i < ranges.length; i++) {
    const [a, b] = ranges[i];
    for (let t = a + 2; t < b - 1; t++) {
      const mark = tokens[t];
      const next = tokens[t + 1];
      if (!CLOSERS.has(mark.value) || next.start === mark.end || !/^\p{Lu}/u.test(next.value)) continue;
      const k = beforeClosers(tokens, t, a);
      if (k < t && /[.!?]$/.test(tokens[k].value)) {
        ranges.splice(i, 1, [a, t + 1], [t + 1, b]);
        break;
      }
    }
  }
  // 3. a sentence that begins with a lone closing mark gives it back to the previous one
  //    (after a closing mark that itself follows the full stop: "responsibility.'' ")
  for (let i = 1; i < ranges.length; i++) {
    const [a, b] = ranges[i];
    const t = tokens[a];
    if (!t || !CLOSERS.has(t.value)) continue;
    const prev = tokens[ranges[i - 1][1] - 1];
    const p = beforeClosers(tokens, ranges[i - 1][1] - 1, ranges[i - 1][0]);
    const glued = prev && prev.end === t.start && /[.!?,]/.test(text[tokens[p].end - 1] ?? '');
    const next = tokens[a + 1];
    // (a line break after it is a SPACE token: "responsibility.''\n")
    const detached = !next || next.start > t.end || next.pos === 'SPACE';
    if (glued && detached && paraOf(prev.start) === paraOf(t.start)) {
      ranges[i - 1][1] = a + 1;
      ranges[i][0] = a + 1;
      if (a + 1 >= b) ranges.splice(i--, 1);
    }
  }
  // 4. a reporting clause split off after a quotation's ?/! or full stop ("…?” she said.")
  //    starts in lower case, or after ?/! with a name or pronoun and its verb ("…?” Trump told ITV"):
  //    it belongs to the sentence before
  for (let i = 1; i < ranges.length; i++) {
    const first = tokens[ranges[i][0]];
    const prevLast = tokens[ranges[i - 1][1] - 1];
    if (!first || !prevLast || paraOf(first.start) !== paraOf(prevLast.start)) continue;
    // no sentence opens with a comma ("… Black Girls Rock!,” Clinton said Tuesday."), nor with a word in lower
    // case after a title's ? or ! ("the musical Mamma Mia! has joined …", "Who Wants to be a Millionaire? on …")
    // nor with only a full stop and closing marks glued to it ("… turn this whole thing around.'."")
    if (first.value === ',' || (/^\p{Ll}[\p{Ll}'’-]*$/u.test(first.value) && (prevLast.value === '!' || prevLast.value === '?')) || onlyStops(tokens, ranges[i], prevLast.end)) {
      ranges[i - 1][1] = ranges[i][1];
      ranges.splice(i--, 1);
      continue;
    }
    // also after a parenthesis closed on an abbreviation: "Rep. Earl Blumenauer (D-Ore.) said."
    const afterParen = prevLast.value === ')' && /^\p{Ll}/u.test(first.value) && /\.$/.test(tokens[ranges[i - 1][1] - 2]?.value ?? '');
    if (!CLOSERS.has(prevLast.value) && !afterParen) continue;
    if (/^\p{Ll}/u.test(first.value) || reportingAfterQuestion(tokens, ranges[i - 1], ranges[i])) {
      ranges[i - 1][1] = ranges[i][1];
      ranges.splice(i--, 1);
    }
  }
  // 5. a sentence never ends inside an open parenthesis: "Rep. Steve Israel (D-N.Y.) said"
  const hasParen = text.includes('(');
  for (let i = 0; hasParen && i + 1 < ranges.length; i++) {
    let depth = 0;
    for (let t = ranges[i][0]; t < ranges[i][1]; t++) {
      if (tokens[t].value === '(') depth++;
      else if (tokens[t].value === ')' && depth > 0) depth--;
    }
    const [a2, b2] = ranges[i + 1];
    let closes = false;
    for (let t = a2; t < b2 && t < a2 + 8; t++) if (tokens[t].value === ')') { closes = true; break; }
    if (depth > 0 && closes && paraOf(tokens[a2].start) === paraOf(tokens[ranges[i][1] - 1].start)) {
      ranges[i][1] = b2;
      ranges.splice(i + 1, 1);
      i--;
    }
  }
  const sentences: Sentence[] = [];
  for (const [a, b] of ranges) {
    // drop tokens that are pure white space at the edges
    let s = a;
    let e = b;
    while (s < e && tokens[s].value.trim() === '') s++;
    while (e > s && tokens[e - 1].value.trim() === '') e--;
    if (e <= s) continue;
    const idx = sentences.length;
    for (let t = s; t < e; t++) tokens[t].sentence = idx;
    retag(tokens, s, e);
    const start = tokens[s].start;
    const paragraph = paraOf(start);
    sentences.push({
      start,
      end: tokens[e - 1].end,
      tokens: [s, e],
      paragraph,
      headline: doc.headline !== null && start >= doc.headline.start && start < doc.headline.end,
    });
  }
  doc.tokens = tokens;
  doc.sentences = sentences;
  return doc;
}

/** Range r holds only full stops and closing marks, the first glued to the end of what comes before (`end`). */
function onlyStops(tokens: Token[], r: [number, number], end: number): boolean {
  if (tokens[r[0]].start !== end) return false;
  for (let t = r[0]; t < r[1]; t++) {
    const v = tokens[t].value;
    if (v.trim() !== '' && v !== '.' && !CLOSERS.has(v) && v !== "''") return false;
  }
  return true;
}

/**
 * Splits what wink reads as one word but is two, the same in every document (`spans`, wink's sentences as
 * token ranges with the last inclusive, are kept in step):
 * - an opening quotation mark and the article after it: "''a disgrace,''", "'a record'";
 * - a possessive and its word: wink splits "’s" off an unknown word ("Smith ’s") until it has once read
 *   the word before a stop ("Smith’s."), which its cache then keeps whole, so that a document's tokens
 *   would depend on the documents read before it (1,329 tokens of 570 BBC and PolNeAR documents did).
 *   Contractions ("it's") are left as wink reads them; the word before a possessive is a noun;
 * - a lower-case word and its full stop before a capital ("fell to $294.3m. On top of that", "try to cash in.
 *   Anti-fraud groups"), which wink reads as an abbreviation ("in." for inches, "m." for metres), so that it
 *   ended no sentence: the stop ends its sentence here ("Roe v. Wade", "Clinton vs. Trump" keep theirs).
 */
function splitGlued(tokens: Token[], spans: Array<[number, number]>): void {
  const nounPos = (value: string) => (/^\p{Lu}/u.test(value) ? 'PROPN' : 'NOUN');
  // one scan: which tokens to split (most documents have none) and the POS of a word before a split-off "'s"
  let split: Array<[number, RegExpExecArray | null | 'stop']> | null = null;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    const v = t.value;
    const last = v.charCodeAt(v.length - 1);
    const glued = v.length > 2 && (last === 115 || last === 83) ? GLUED_POSSESSIVE.exec(v) : null;
    if (v.length === 2 && GLUED_ARTICLE.test(v)) (split ??= []).push([k, null]);
    else if (glued && !CONTRACTION_BASES.has(glued[1].toLowerCase())) (split ??= []).push([k, glued]);
    else if (last === 46 && v.length >= 2 && GLUED_STOP.test(v) && !STOP_KEEPERS.has(v)) {
      // …before a capital after a space, a sentence's end
      const n = tokens[k + 1];
      if (n !== undefined && n.start > t.end && /^\p{Lu}/u.test(n.value)) (split ??= []).push([k, 'stop']);
    }
    else if (!glued && t.pos !== 'NOUN' && t.pos !== 'PROPN' && t.pos !== 'PRON') {
      // ("Bill and Ted/VERB 's")
      const n = tokens[k + 1];
      if (n !== undefined && n.start === t.end && (n.lower === "'s" || n.lower === '’s') && /^\p{L}/u.test(v) && !CONTRACTION_BASES.has(t.lower)) t.pos = nounPos(v);
    }
  }
  if (!split) return;
  const piece = (start: number, end: number, value: string, lemma: string, pos: string): Token =>
    ({ start, end, value, lower: value.toLowerCase(), lemma, pos, sentence: -1 });
  const out: Token[] = [];
  // the full stops split off, each the end of its sentence
  const stops: number[] = [];
  // where each old token starts in `out`
  const at: number[] = new Array(tokens.length + 1);
  let next = 0;
  for (const [k, glued] of split) {
    for (; next < k; next++) (at[next] = out.length), out.push(tokens[next]);
    const t = tokens[k];
    at[k] = out.length;
    if (glued === 'stop') {
      const word = t.value.slice(0, -1);
      out.push(piece(t.start, t.end - 1, word, word.toLowerCase(), t.pos), piece(t.end - 1, t.end, '.', '.', 'PUNCT'));
      stops.push(out.length - 1);
    } else if (!glued) out.push(piece(t.start, t.start + 1, t.value[0], t.value[0], 'PUNCT'), piece(t.start + 1, t.end, t.value.slice(1), 'a', 'DET'));
    else {
      const mid = t.start + glued[1].length;
      out.push(piece(t.start, mid, glued[1], glued[1].toLowerCase(), nounPos(glued[1])), piece(mid, t.end, glued[2], glued[2].toLowerCase(), 'PART'));
    }
    next = k + 1;
  }
  for (; next < tokens.length; next++) (at[next] = out.length), out.push(tokens[next]);
  at[tokens.length] = out.length;
  for (const sp of spans) {
    sp[0] = at[sp[0]];
    sp[1] = at[sp[1] + 1] - 1;
  }
  if (stops.length) {
    const cut: Array<[number, number]> = [];
    let d = 0;
    for (const [a, b] of spans) {
      let from = a;
      while (d < stops.length && stops[d] < a) d++;
      for (; d < stops.length && stops[d] < b; d++) {
        cut.push([from, stops[d]]);
        from = stops[d] + 1;
      }
      cut.push([from, b]);
    }
    spans.splice(0, spans.length, ...cut);
  }
  tokens.splice(0, tokens.length, ...out);
}

/**
 * After a quotation closed by ? or ! (range a), does range b open with a name
 * or pronoun and, within three words and no punctuation, its verb ("Trump asked")?
 */
function reportingAfterQuestion(tokens: Token[], a: [number, number], b: [number, number]): boolean {
  const first = tokens[b[0]];
  // the ? or ! before the closing marks (one or more: "…need?’” Weaver said")
  const q = beforeClosers(tokens, a[1] - 1, a[0]);
  if (!(first.pos === 'PROPN' || first.pos === 'PRON') || q === a[1] - 1 || !/[?!]/.test(tokens[q].value)) return false;
  for (let k = b[0] + 1; k < b[1] && k <= b[0] + 3; k++) {
    if (tokens[k].pos === 'VERB') return true;
    if (tokens[k].pos === 'PUNCT') return false;
  }
  return false;
}

/**
 * The token before the run of closing marks that ends at token i, each glued
 * to the one before ("need?’”" gives "?"), not before `floor`; i itself when
 * it is no closing mark.
 */
function beforeClosers(tokens: Token[], i: number, floor: number): number {
  let k = i;
  while (k > floor && CLOSERS.has(tokens[k].value) && tokens[k - 1].end === tokens[k].start) k--;
  return k;
}

/** Returns a function from offset to paragraph index (offsets are asked in increasing order mostly). */
function paragraphIndexer(paras: Range[]): (offset: number) => number {
  return (offset: number) => {
    let lo = 0;
    let hi = paras.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (paras[mid].end <= offset) lo = mid + 1;
      else if (paras[mid].start > offset) hi = mid - 1;
      else return mid;
    }
    return lo; // between paragraphs: the next one
  };
}

/**
 * wink ends a sentence at the full stop inside a web address ("editor of Computerandvideogames.com
 * told BBC News"): a stop glued to the word before it and to a lower-case word after it ends none.
 */
function joinGluedStops(tokens: Token[], spans: Array<[number, number]>): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const [a, b] of spans) {
    const last = out[out.length - 1];
    const stop = last ? tokens[last[1]] : undefined;
    if (last && stop && stop.value === '.' && last[1] + 1 === a && last[1] > last[0] && tokens[last[1] - 1].end === stop.start && tokens[a].start === stop.end && /^\p{Ll}+$/u.test(tokens[a].value)) last[1] = b;
    else out.push([a, b]);
  }
  return out;
}

/** Bare wink-nlp tokenising, the throughput ceiling the benchmark compares with. */
export function bareWink(text: string): number {
  return wink().readDoc(text).tokens().length();
}
