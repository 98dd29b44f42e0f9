/**
 * Content spans: the token range a claim reports, after its cue or before it.
 */
import type { Token } from '../../types.ts';
import { countWords, type Ctx, type FoundCue, isQuoteTok } from './context.ts';

/** Reporting verbs that take an addressee before their statement ("told reporters that …"). */
const ADDRESSEE_VERBS = new Set(['tell', 'warn', 'assure', 'remind', 'inform', 'promise', 'urge', 'ask', 'advise', 'caution', 'notify', 'reassure', 'show', 'persuade', 'convince']);

/** Does a quotation open at token k? */
function opensQuote(ctx: Ctx, k: number): boolean {
  const t = ctx.tokens[k];
  return t !== undefined && isQuoteTok(t) && ctx.doc.quotes.some((q) => q.open === t.start);
}

/* ---------------------------------------------------------------- content */

/** Content token range for a cue: after it ("X said that …") or before it ("“…,” X said"). */
export function contentFor(ctx: Ctx, fc: FoundCue, sFirst: number, sLast: number, nextCueFirst: number, own: Set<number> = new Set()): [number, number] | null {
  const { tokens } = ctx;
  let end = sLast;
  while (end > sFirst && (tokens[end].value === '.' || tokens[end].value === '!' || tokens[end].value === '?' || tokens[end].value === ';' || tokens[end].value === ',')) end--;
  const blockFirst = Math.min(fc.first, fc.mention ? fc.mention.first : fc.first);
  const blockLast = Math.max(fc.last, fc.mention ? fc.mention.last : fc.last);
  // content after the block
  let a = blockLast + 1;
  if (fc.cue.rule.startsWith('cue:phrase:according-to')) {
    while (a <= end && (tokens[a].value === ',')) a++;
  } else {
    // skip the addressee of "told reporters" and the circumstances of "said on Monday", "said in a statement"
    let verb = fc.last;
    while (verb > fc.first && tokens[verb].pos === 'PUNCT') verb--;
    const tellsSomeone = ADDRESSEE_VERBS.has(tokens[verb].lemma);
    let k = a;
    let limit = 0;
    const np = (t: Token) => t.pos === 'PRON' || t.pos === 'PROPN' || t.pos === 'NOUN' || t.pos === 'DET' || t.pos === 'ADJ' || t.pos === 'NUM' || t.value === "'s" || t.value === '’s';
    for (;;) {
      if (k > end || limit >= 8) break;
      if (tellsSomeone && np(tokens[k])) { k++; limit++; continue; }
      if (tokens[k].pos === 'ADP' && tokens[k].lower !== 'that') {
        k++;
        while (k <= end && np(tokens[k]) && limit < 8) { k++; limit++; }
        continue;
      }
      break;
    }
    if (k > a && k <= end && (tokens[k].lower === 'that' || tokens[k].value === ':' || tokens[k].value === ',' || opensQuote(ctx, k))) a = k;
    while (a <= end && (tokens[a].value === ':' || tokens[a].value === ',')) a++;
  }
  let after = nextCueFirst > a ? Math.min(end, nextCueFirst - 1) : end;
  // the reported statement ends where the writer's own contrast begins: ", while …", ", whereas …"
  for (let k = a + 1; k <= after; k++) {
    if ((tokens[k].lower === 'while' || tokens[k].lower === 'whereas') && !ctx.inQuote(tokens[k].start) && tokens.slice(k + 1, after + 1).some((x) => x.pos === 'VERB' || x.pos === 'AUX')) {
      after = tokens[k - 1].value === ',' ? k - 2 : k - 1;
      break;
    }
  }
  // the writer's own additions after the statement: ", citing …", ", which …", ", however …",
  // "… and called on …" (another act of the subject); the claim's own cues stay in
  for (let k = a + 1; k <= after; k++) {
    const t = tokens[k];
    if (ctx.inQuote(t.start) || own.has(k)) continue;
    const prev = tokens[k - 1];
    // another reporting act: ", citing …", ", calling them …", ", said one candidate …"
    const reporting = (t.pos === 'VERB' || (t.pos === 'ADJ' && /ed$/.test(t.lower))) && (ctx.lex.verbLabel.has(t.lemma) || ctx.lex.complementVerbs.has(t.lemma) || t.lemma === 'refer' || t.lemma === 'call');
    const nextTok = tokens[k + 1];
    const actsAgain = reporting && (/ing$/.test(t.lower) || (nextTok !== undefined && (nextTok.pos === 'DET' || nextTok.pos === 'PROPN' || nextTok.pos === 'PRON')));
    const cut =
      (prev.value === ',' && (actsAgain || t.lower === 'which' || t.lower === 'however')) ||
      ((t.lower === 'and' || t.lower === 'but') && tokens[k + 1] && tokens[k + 1].pos === 'VERB' && !own.has(k + 1) && !/ing$/.test(tokens[k + 1].lower) && !ctx.inQuote(tokens[k + 1].start));
    if (cut) {
      after = prev.value === ',' ? k - 2 : k - 1;
      if (tokens[after]?.value === ',') after--;
      break;
    }
  }
  const afterWords = countWords(tokens, a, after);
  // content before the block
  let b = blockFirst - 1;
  while (b >= sFirst && (tokens[b].value === ',' || tokens[b].value === '—' || tokens[b].value === '–')) b--;
  const beforeWords = countWords(tokens, sFirst, b);
  const startsQuoted = isQuoteTok(tokens[sFirst]) || ctx.inQuote(tokens[sFirst].start) !== null;
  // "Climate change could be out of control, the agency is warning a committee of MSPs": the
  // statement stands before the speaker; what follows the verb is only its addressee
  const addresseeOnly = beforeWords >= 3 && tokens[blockFirst - 1]?.value === ',' && afterWords <= 6 && a <= after &&
    !(tokens[a].lower === 'that' || isQuoteTok(tokens[a]) || tokens[a - 1]?.value === ':') &&
    !tokens.slice(a, after + 1).some((t) => t.pos === 'VERB' || t.pos === 'AUX' || t.lower === 'that');
  if (afterWords >= 2 && !addresseeOnly && !(fc.cue.rule.startsWith('cue:phrase:according-to') && beforeWords >= 3 && afterWords < 2)) {
    // “A,” he said, “B.”: one span over both parts
    if (startsQuoted && beforeWords >= 1 && b >= sFirst && (isQuoteTok(tokens[b]) || isQuoteTok(tokens[b - 1])) && opensQuote(ctx, a)) return [sFirst, trimEnd(ctx, after, a)];
    // “A,” McCain said, citing …: the quotation is the statement
    if (startsQuoted && beforeWords >= 1 && b >= sFirst && (isQuoteTok(tokens[b]) || isQuoteTok(tokens[b - 1]))) return [sFirst, b];
    return [a, trimEnd(ctx, after, a)];
  }
  if (beforeWords >= 1 && b >= sFirst) return [sFirst, b];
  return afterWords >= 1 ? [a, trimEnd(ctx, after, a)] : null;
}

function trimEnd(ctx: Ctx, e: number, floor: number): number {
  const { tokens } = ctx;
  while (e > floor && (tokens[e].value === ',' || tokens[e].value === ';' || tokens[e].value === '—' || tokens[e].lower === 'and' || tokens[e].lower === 'but')) e--;
  return e;
}
