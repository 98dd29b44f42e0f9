/**
 * Content spans: the token range a claim reports, after its cue or before it.
 */
import type { Token } from '../../types.ts';
import { askedAt, commaBefore, countWords, type Ctx, type FoundCue, isCap as isCapTok, isClauseVerb, isDashAt, isFiniteVerb, isNameHyphen, isPluralPossessive, openingParticiple, isPossessiveMark, isQuoteTok, isVerbAdverb, OBJECT_PRONOUNS, opensStatement, opensSubordinate, PARTICIPLE, POSSESSIVE_DET, QUESTION_OPENERS, RELATIVE_PRONOUNS, resumptiveComma, SUBJECT_PRONOUNS, subordinateOpener, TIME_WORDS, WEEKDAYS, WH_WORDS, WHEN_OPENERS } from './context.ts';

/** Reporting verbs that take an addressee before their statement ("told reporters that …"). */
const ADDRESSEE_VERBS = new Set(['tell', 'warn', 'assure', 'remind', 'inform', 'promise', 'urge', 'ask', 'advise', 'caution', 'notify', 'reassure', 'show', 'persuade', 'convince']);

/** Does a quotation open at token k? */
function opensQuote(ctx: Ctx, k: number): boolean {
  const t = ctx.tokens[k];
  return t !== undefined && isQuoteTok(t) && ctx.doc.quotes.some((q) => q.open === t.start);
}

/** The inflection of a verb: bare, third person -s, -ing, or past (anything else). */
function formOf(t: Token): 'bare' | 's' | 'ing' | 'past' {
  if (t.lower === t.lemma) return 'bare';
  if (/ing$/.test(t.lower)) return 'ing';
  if (t.lower === t.lemma + 's' || t.lower === t.lemma + 'es' || (/y$/.test(t.lemma) && t.lower === t.lemma.slice(0, -1) + 'ies')) return 's';
  return 'past';
}

/** A verb of saying or of a stance taken in words: "and asked", "but downplayed", "but went on to say". */
const isReporting = (ctx: Ctx, t: Token): boolean => ctx.lex.verbLabel.has(t.lemma) || ctx.lex.complementVerbs.has(t.lemma) || ctx.lex.infinitiveLeads.some((w) => w[0] === t.lemma);

/**
 * A verb of the statement in tokens a..k-1, outside quotation marks, in the same inflection as v, which
 * "and v" may coordinate with: "said his comments had been distorted and taken out of context".
 */
function innerSameForm(ctx: Ctx, a: number, k: number, v: Token): boolean {
  const { tokens } = ctx;
  for (let m = a; m < k; m++) if ((tokens[m].pos === 'VERB' || tokens[m].pos === 'AUX') && formOf(tokens[m]) === formOf(v) && !ctx.inQuote(tokens[m].start)) return true;
  return false;
}

/** Two verbs in the same inflection, other than the bare form (which a statement's verbs share with "will say"). */
const sameForm = (a: Token, b: Token | undefined): boolean => b !== undefined && formOf(a) !== 'bare' && formOf(a) === formOf(b);

/* ---------------------------------------------------------------- content */

/** Content token range for a cue: after it ("X said that …") or before it ("“…,” X said"); `cueStart` is where its verb group starts (verbGroupStart). */
export function contentFor(ctx: Ctx, fc: FoundCue, cueStart: number, sFirst: number, sLast: number, nextCueFirst: number, own: Set<number> = new Set()): [number, number] | null {
  const range = statementRange(ctx, fc, cueStart, sFirst, sLast, nextCueFirst, own);
  if (!range || range[0] !== sFirst) return range;
  let a = writerOpeningEnd(ctx, sFirst, range[1]);
  // ("But, he said, it is a risky strategy": past the linking word comes the reporting clause, and the statement after it)
  const blockFirst = Math.min(fc.first, fc.mention ? fc.mention.first : fc.first);
  const blockLast = Math.max(fc.last, fc.mention ? fc.mention.last : fc.last);
  if (a > sFirst && a === blockFirst && ctx.tokens[blockLast + 1]?.value === ',') a = blockLast + 2;
  return a <= range[1] ? [a, range[1]] : range;
}

/** A dateline that opens a paragraph: "CAMBRIDGE, Mass., Dec. 11 (UPI) —", "MEXICO CITY -". */
const DATELINE = /^[A-Z][A-Z.'’ -]*[A-Z](?:, [A-Z][A-Za-z.]*)*(?:,? [A-Z][a-z]{2,}\.? \d{1,2})?(?: \([A-Za-z. ]+\))? ?[—–―-]{1,2} ?/;

/**
 * Where a statement that opens its sentence starts past what the writer put before it: a dateline
 * ("LOS ANGELES, Feb. 2 (UPI) — …") or a linking word set off by a comma ("Still, …", "In contrast, …").
 */
function writerOpeningEnd(ctx: Ctx, sFirst: number, e: number): number {
  const { tokens, text } = ctx;
  let a = sFirst;
  // (a dateline is short: the anchored pattern reads no further than its first 100 characters)
  const m = DATELINE.exec(text.slice(tokens[a].start, Math.min(tokens[e].end, tokens[a].start + 100)));
  if (m && !ctx.inQuote(tokens[a].start)) {
    const to = tokens[a].start + m[0].length;
    while (a <= e && tokens[a].start < to) a++;
  }
  for (let n = 3; n >= 1; n--) {
    if (a + n > e || tokens[a + n].value !== ',') continue;
    const words = tokens.slice(a, a + n).map((t) => t.lower).join(' ');
    if (ctx.lex.writerConnectives.has(words)) return a + n + 1;
  }
  return a;
}

function statementRange(ctx: Ctx, fc: FoundCue, cueStart: number, sFirst: number, sLast: number, nextCueFirst: number, own: Set<number>): [number, number] | null {
  const { tokens } = ctx;
  let end = sLast;
  // (also the closing bracket of an aside the sentence sits in, opened in an earlier sentence: "… passed.)")
  const closesNothing = (k: number) => tokens[k].value === ')' && !tokens.slice(sFirst, k).some((t) => t.value === '(');
  while (end > sFirst && (tokens[end].value === '.' || tokens[end].value === '!' || tokens[end].value === '?' || tokens[end].value === ';' || tokens[end].value === ',' || closesNothing(end))) end--;
  // the statement the speaker search found, in an opening phrase before the speaker ("Despite denying for decades
  // that …, the companies have …")
  if (fc.content) {
    // (from before the cue: a passive's subject, what was judged, "the move has been criticised by …", with the name
    // given it, "Plans … have been branded \"deeply irresponsible\" by …")
    if (fc.content[0] < fc.first) return [fc.content[0], trimEnd(ctx, fc.content[1], fc.content[0])];
    const a = statementStart(ctx, fc, Math.max(fc.content[0], fc.last + 1), fc.content[1]);
    return a <= fc.content[1] ? [a, trimEnd(ctx, fc.content[1], a)] : null;
  }
  const blockFirst = Math.min(fc.first, fc.mention ? fc.mention.first : fc.first);
  const blockLast = Math.max(fc.last, fc.mention ? fc.mention.last : fc.last);
  // content after the block
  let a = blockLast + 1;
  if (fc.cue.rule.startsWith('cue:phrase:according-to')) {
    // "According to figures gathered by Netcraft, some of the sites …": at the start of the sentence, a
    // participle phrase after the source still describes it; the statement opens after its comma
    if (blockFirst <= sFirst + 1 && a <= end && tokens[a].pos === 'VERB' && PARTICIPLE.test(tokens[a].lower)) {
      for (let k = a + 1; k <= end && k < a + 15; k++) {
        if (tokens[k].value === ',') { a = k; break; }
        if (isFiniteVerb(tokens[k]) || isQuoteTok(tokens[k])) break;
      }
    }
    while (a <= end && (tokens[a].value === ',')) a++;
    // …and a relative clause about the source, set off by commas: "According to the WSJ, which cites people familiar
    // to the case, the settling directors are expected to …"
    if (blockFirst <= sFirst + 1 && a <= end && tokens[a - 1]?.value === ',' && RELATIVE_PRONOUNS.has(tokens[a].lower)) {
      for (let k = a + 1; k <= end && k < a + 25; k++) {
        if (isQuoteTok(tokens[k])) break;
        if (tokens[k].value === ',') { a = k + 1; break; }
      }
    }
  } else a = statementStart(ctx, fc, a, end);
  // (not when only "that" comes before the next cue: "said that, according to data …, GDP rose")
  const onlyThat = nextCueFirst > a && nextCueFirst <= end && tokens[a].lower === 'that' && countWords(tokens, a + 1, nextCueFirst - 1) === 0;
  let after = nextCueFirst > a && !onlyThat ? Math.min(end, nextCueFirst - 1) : end;
  // the reported statement ends where the writer's own contrast begins: ", while …", ", whereas …"
  for (let k = a + 1; k <= after; k++) {
    // (the clause may run on past the next cue: ", while Sanders said …")
    // (after a comma also with no verb seen: wink tags some as nouns, ", while about 4 in 10 want one")
    // (not the statement's own clause: "said that while rates were moderating, the sector …")
    if ((tokens[k].lower === 'while' || tokens[k].lower === 'whereas') && tokens[k - 1].lower !== 'that' && !ctx.inQuote(tokens[k].start) && (tokens[k - 1].value === ',' || tokens.slice(k + 1, end + 1).some((x) => x.pos === 'VERB' || x.pos === 'AUX'))) {
      after = tokens[k - 1].value === ',' ? k - 2 : k - 1;
      break;
    }
  }
  // a last dash outside quotation marks, with no dash after it, opens the writer's aside:
  // "… nothing wrong with that — asserting that …", "… would win – even though he picked …"
  for (let k = after; k > a + 1; k--) {
    const t = tokens[k];
    if (isDashAt(tokens, k) && !ctx.inQuote(t.start)) {
      let paired = false;
      for (let m = a; m < k && !paired; m++) paired = isDashAt(tokens, m) && !ctx.inQuote(tokens[m].start);
      if (!paired && countWords(tokens, a, k - 1) >= 3) after = k - 1;
      break;
    }
  }
  // the cue's verb: a verb after "and" in the same form is another act of the subject ("said … and
  // called on"); one in another form goes on the statement ("said techniques are cruel and harm …")
  let cueVerb: Token | undefined;
  for (let k = fc.last; k >= fc.first && !cueVerb; k--) if (tokens[k].pos === 'VERB') cueVerb = tokens[k];
  // the writer's own additions after the statement: ", citing …", ", which …", ", however …",
  // "… and called on …" (another act of the subject); the claim's own cues stay in
  for (let k = a + 1; k <= after; k++) {
    const t = tokens[k];
    if (ctx.inQuote(t.start) || own.has(k)) continue;
    const prev = tokens[k - 1];
    // another reporting act: ", citing …", ", calling them …", ", said one candidate …"
    // (a verb of experience reports nothing here: "that Terris, the Post reporter, saw the incident unfold")
    const reporting = (t.pos === 'VERB' || (t.pos === 'ADJ' && /ed$/.test(t.lower))) && (ctx.lex.verbLabel.has(t.lemma) || ctx.lex.complementVerbs.has(t.lemma) || t.lemma === 'refer' || t.lemma === 'call') && !ctx.lex.experienceVerbs.has(t.lemma);
    const nextTok = tokens[k + 1];
    const actsAgain = reporting && (/ing$/.test(t.lower) || (nextTok !== undefined && (nextTok.pos === 'DET' || nextTok.pos === 'PROPN' || nextTok.pos === 'PRON')));
    // the writer's description after the statement: ", who was his chief of staff", ", where he
    // trailed", or an apposition with no verb of its own to the end: ", a swipe at …"
    // …unless the clause closes with a comma and the statement's own verb follows: "said the decision,
    // which struck down …, illustrates …", "said the mayor, who was elected in May, has resigned"
    const relative = RELATIVE_AFTER.has(t.lower) || t.lower === 'which';
    const describes = prev.value === ',' && ((relative && !embeddedInStatement(ctx, k, after)) || (t.pos === 'DET' && t.lower !== 'that' && !finiteVerbIn(tokens, k + 1, after)));
    const cut = describes ||
      (prev.value === ',' && (actsAgain || t.lower === 'however')) ||
      // (not two verbs sharing an object: "claimed he drugged and raped her")
      ((t.lower === 'and' || t.lower === 'but') && tokens[k + 1] && tokens[k + 1].pos === 'VERB' && !own.has(k + 1) && !/ing$/.test(tokens[k + 1].lower) && !ctx.inQuote(tokens[k + 1].start) && sameForm(tokens[k + 1], cueVerb) && (isReporting(ctx, tokens[k + 1]) || prev.value === ',' || isDashAt(tokens, k - 1) || !innerSameForm(ctx, a, k, tokens[k + 1])) && prev.pos !== 'VERB' && !(prev.pos === 'NOUN' && /ed$/.test(prev.lower)));
    if (cut) {
      after = prev.value === ',' ? k - 2 : k - 1;
      if (tokens[after]?.value === ',') after--;
      break;
    }
  }
  // a reporting clause inside an opening "While/Although …," or a relative clause ends where its clause does
  if (opensSubordinate(tokens, sFirst, blockFirst)) after = subordinateStatementEnd(ctx, a, after, own);
  const rel = fc.mention ? tokens[fc.mention.first] : undefined;
  // (also the object relative before its own subject: "The plan, which the company says will cut costs, was approved")
  const relAt = (k: number) => tokens[k] !== undefined && (tokens[k].lower === 'who' || tokens[k].lower === 'which' || tokens[k].lower === 'whose') && tokens[k - 1]?.value === ',';
  const relClause = rel !== undefined && (relAt(fc.mention!.first) || (fc.mention!.first < fc.first && tokens[fc.mention!.first - 1]?.lower === 'which' && relAt(fc.mention!.first - 1)));
  if (relClause) after = relativeStatementEnd(ctx, a, after, own);
  // only when and where it was said ("Smith said on Monday."), or a further apposition of an inverted
  // speaker ("…,'' said Sylke Tempel, the editor of International Policy, the magazine of …"): no statement after the cue
  let nothingSaidAfter = a <= after;
  for (let k = a; k <= after && nothingSaidAfter; k++) nothingSaidAfter = TIME_WORDS.has(tokens[k].lower) || tokens[k].pos === 'DET' || tokens[k].pos === 'PUNCT';
  // (also a relative clause about the inverted speaker: '…,” said one former executive who requested anonymity')
  if (!nothingSaidAfter && fc.mention && fc.mention.first > fc.last && a <= after && RELATIVE_AFTER.has(tokens[blockLast + 1]?.lower ?? '') && blockLast + 1 === a) nothingSaidAfter = true;
  if (!nothingSaidAfter && fc.mention && fc.mention.first > fc.last && tokens[blockLast + 1]?.value === ',' && a <= after) {
    nothingSaidAfter = true;
    for (let k = a; k <= after && nothingSaidAfter; k++) nothingSaidAfter = !(tokens[k].pos === 'VERB' || tokens[k].pos === 'AUX' || isQuoteTok(tokens[k]) || tokens[k].lower === 'that');
  }
  const afterWords = nothingSaidAfter ? 0 : countWords(tokens, a, after);
  // content before the block
  let b = blockFirst - 1;
  // the cue's own auxiliaries are not content ("… has been rejected by …"): the content ends before its verb group (cueStart)
  while (b >= sFirst && tokens[b].end > cueStart) b--;
  // (not the phrase that takes the statement up: "…, a charge the company denies.")
  const resumed = resumptiveComma(ctx, fc, sFirst, sLast);
  if (resumed >= 0) b = resumed - 1;
  while (b >= sFirst && (tokens[b].value === ',' || tokens[b].value === '—' || tokens[b].value === '–')) b--;
  const beforeWords = countWords(tokens, sFirst, b);
  const startsQuoted = isQuoteTok(tokens[sFirst]) || ctx.inQuote(tokens[sFirst].start) !== null;
  // "Climate change could be out of control, the agency is warning a committee of MSPs": the
  // statement stands before the speaker; what follows the verb is only its addressee
  // (set off by a comma, also inside a closing quotation mark: 'For example: "We made a mistake," he told CNN's Chris Cuomo')
  const setOffBefore = commaBefore(tokens, blockFirst, 0) >= 0;
  // (a longer phrase after a verb cue when it opens with a preposition of circumstance and a clause stands
  // before: "Democrats had put the biggest crack yet in the glass ceiling, Clinton said in a video message to the convention")
  const circumstancePhrase = (): boolean => tokens[a].pos === 'ADP' && CIRCUMSTANCE_PREPS.has(tokens[a].lower) && /^cue:verb:[a-z]+$/.test(fc.cue.rule) && finiteVerbIn(tokens, sFirst, b);
  // (only for a subject before its cue with more words after it: not a closing report, "Although …, the MPs
  // said.", nor an inverted one, "Although …, said Mr Hogan, 2004 saw …")
  const scene = fc.mention !== null && fc.mention.first < fc.first && a <= end && beforeWords >= 1 && sceneBefore(ctx, sFirst, b);
  // (not when what stands before is only the writer's linking words: "In other words, the statistics show part of …")
  // (what a verb of naming names comes after it, never an addressee: "…, calling the plan a disaster")
  const naming = /^cue:verb:(?:call-|describe-how)/.test(fc.cue.rule);
  const addresseeOnly = !relClause && !scene && !naming && beforeWords >= 3 && setOffBefore && a <= after && (afterWords <= 6 || (afterWords <= 14 && circumstancePhrase())) &&
    !(tokens[a].lower === 'that' || isQuoteTok(tokens[a]) || tokens[a - 1]?.value === ':') && !tokens.slice(a, after + 1).some(isQuoteTok) &&
    !tokens.slice(a, after + 1).some((t) => t.pos === 'VERB' || t.pos === 'AUX' || t.lower === 'that') && writerOpeningEnd(ctx, sFirst, blockFirst) !== blockFirst;
  const accordingTo = fc.cue.rule.startsWith('cue:phrase:according-to');
  // (or an aside with no clause of its own: "…, according to the polling average in New Hampshire - despite winning …")
  const describesSource = accordingTo && beforeWords >= 3 && a <= after && (describesSourceAfter(tokens, blockFirst, blockLast, a, after) || !finiteVerbIn(tokens, a, after));
  // "The thing Mr. Rubio most needs, aides said, is for Kasich to quit": the statement runs on around
  // the reporting clause when its predicate follows it; "The former secretary will play the woman card,
  // Fiorina said, adding that …": the statement before and the speaker's next cue after
  const around = beforeWords >= 2 && setOffBefore && tokens[blockLast + 1]?.value === ',' && a <= after &&
    ((tokens[a].pos === 'AUX' || (isFiniteVerb(tokens[a]) && !PARTICIPLE.test(tokens[a].lower))) || own.has(a));
  if (around && !startsQuoted) return [sFirst, trimEnd(ctx, after, a)];
  // "Despite the expansion, he noted, spending is in danger", "If it goes on, he said, they will lose": what
  // opens the sentence before a reporting clause set off by commas belongs to the statement that goes on after
  // it, unless it tells where or when it was said ("When asked, …", "In a statement Thursday, Ferguson said, …")
  if (fc.cue.rule.startsWith('cue:verb') && !startsQuoted && beforeWords >= 1 && setOffBefore && tokens[blockLast + 1]?.value === ',' && afterWords >= 2 && a <= after && !isQuoteTok(tokens[a]) && !circumstanceOf(ctx, sFirst, b)) return [sFirst, trimEnd(ctx, after, a)];
  // "Biden “has … one,” said Doyle, whose home state … is a target": a relative clause set off after the speaker
  // tells of the source, and the statement is the part before (not when the clause has the source's next cue:
  // "…, said an REM spokesman, who added …")
  if (beforeWords >= 3 && setOffBefore && a <= after && fc.mention !== null && fc.mention.first > fc.first && tokens[a - 1]?.value === ',' &&
    RELATIVE_PRONOUNS.has(tokens[a].lower) && !tokens.slice(a, after + 1).some((_, x) => own.has(a + x))) return [sFirst, b];
  if (afterWords >= 2 && !addresseeOnly && !describesSource && !(accordingTo && beforeWords >= 3 && afterWords < 2)) {
    // “A,” he said, “B.”: one span over both parts
    if (startsQuoted && beforeWords >= 1 && b >= sFirst && (isQuoteTok(tokens[b]) || isQuoteTok(tokens[b - 1])) && opensQuote(ctx, a)) return [sFirst, trimEnd(ctx, after, a)];
    if (startsQuoted && beforeWords >= 1 && b >= sFirst && (isQuoteTok(tokens[b]) || isQuoteTok(tokens[b - 1]))) {
      // “A,” Anderson said, adding that B: the source's next cue goes on with the statement, one span over both
      // (it opens one: "that", a colon or quotation mark, a subject pronoun)
      // ('“A,” said Alan Berger, a gynecologist, who said B': also the source's cue in a relative clause)
      let goesOn = tokens[a].value === ',' ? a + 1 : a;
      const relative = tokens[goesOn]?.lower === 'who';
      if (relative) while (goesOn + 1 <= after && (tokens[goesOn + 1].pos === 'ADV' || tokens[goesOn + 1].pos === 'AUX' || tokens[goesOn].lower === 'who')) goesOn++;
      const nx = tokens[goesOn + 1];
      const opens = nx !== undefined && (opensStatement(nx) || (nx.value === ',' && isQuoteTok(tokens[goesOn + 2])) || (relative && ['PROPN', 'DET', 'NOUN', 'NUM'].includes(nx.pos)));
      if (own.has(goesOn) && (/ing$/.test(tokens[goesOn].lower) || relative) && opens) return [sFirst, trimEnd(ctx, after, a)];
      // “A,” McCain said, citing …: the quotation is the statement
      return [sFirst, b];
    }
    return [a, trimEnd(ctx, after, a)];
  }
  if (scene) return afterWords >= 1 ? [a, trimEnd(ctx, after, a)] : null;
  if (beforeWords >= 1 && b >= sFirst) {
    // (a participle that opens the sentence describes the source, and says nothing: "Fuming Robinson blasts officials")
    if (b === sFirst && openingParticiple(tokens, sFirst, ctx.lex)) return afterWords >= 1 ? [a, trimEnd(ctx, after, a)] : null;
    // ("But the company denied wrongdoing.": the object after the cue; not an addressee, "But, the coach told reporters.")
    if (noStatementBefore(ctx, sFirst, sLast, b, blockFirst, blockLast)) {
      return afterWords >= 1 && onlyLinkWords(tokens, sFirst, b) && !ADDRESSEE_VERBS.has(tokens[fc.last].lemma) ? [a, trimEnd(ctx, after, a)] : null;
    }
    // what was asked is no statement of the source: "Asked who leads the party, he said: Ryan." (the answer)
    if (afterWords >= 1 && askedBefore(tokens, sFirst)) return [a, trimEnd(ctx, after, a)];
    // 'For example: "We made a mistake," he told CNN': the quotation after an introducing colon
    if (isQuoteTok(tokens[b]) || isQuoteTok(tokens[b - 1])) {
      for (let k = sFirst + 1; k < b; k++) if (tokens[k].value === ':' && opensQuote(ctx, k + 1) && !ctx.inQuote(tokens[k].start)) return [k + 1, b];
    }
    // (a passive's subject is what was judged, without the sentence's linking word: "But the move has been criticised by …")
    if (fc.mention?.rule === 'speaker:passive-agent' && tokens[sFirst].pos === 'CCONJ' && sFirst < b) return [sFirst + 1, b];
    return [sFirst, b];
  }
  return afterWords >= 1 ? [a, trimEnd(ctx, after, a)] : null;
}

/**
 * Tokens [from, to], before a reporting clause, tell where, how or after what it was said, not
 * what: "When asked about it", "Speaking to reporters", "In an interview", or a quotation.
 */
function circumstanceOf(ctx: Ctx, from: number, to: number): boolean {
  const { tokens } = ctx;
  const first = tokens[from];
  const participle = (t: Token | undefined) => t !== undefined && t.pos === 'VERB' && (/ing$/.test(t.lower) || PARTICIPLE.test(t.lower));
  if (participle(first) || (WHEN_OPENERS.has(first.lower) && participle(tokens[from + 1]))) return true;
  for (let k = from; k <= to; k++) {
    const t = tokens[k];
    if (isQuoteTok(t) || ctx.inQuote(t.start) || t.value === ':' || t.value === ';') return true;
    if (ctx.lex.occasionNouns.has(t.lower) && t.pos === 'NOUN') return true;
  }
  return false;
}

/** The sentence opens with the question put to the source: "Asked …", "When asked …". */
function askedBefore(tokens: Token[], sFirst: number): boolean {
  return askedAt(tokens, sFirst) >= 0;
}

/**
 * Tokens [sFirst, b] are an opening subordinate clause, closed by the comma before the reporting
 * clause, that sets the scene of the main clause and is none of its statement: "While Sanders has
 * maintained that …, Clinton has called his vote …", "After Hewitt suggested …, Trump contradicted him".
 */
function sceneBefore(ctx: Ctx, sFirst: number, b: number): boolean {
  const { tokens } = ctx;
  const opener = subordinateOpener(tokens, sFirst, b);
  if (opener < 0 || ctx.inQuote(tokens[opener].start) || tokens[b + 1]?.value !== ',') return false;
  for (let k = opener + 1; k <= b; k++) if (tokens[k].value === ',' && !ctx.inQuote(tokens[k].start)) return false;
  return true;
}

/**
 * Tokens [sFirst, b] are only conjunctions or adverbs: "But, he said, …", "While the company denied
 * wrongdoing, …" (not a quotation: "“Probably,” he said"; "So says the minister." refers back to what
 * was said).
 */
function onlyLinkWords(tokens: Token[], sFirst: number, b: number): boolean {
  const first = tokens[sFirst];
  if (first.lower === 'so' || first.lower === 'thus') return false;
  for (let k = sFirst; k <= b; k++) {
    const t = tokens[k];
    if (isQuoteTok(t) || !(t.pos === 'CCONJ' || t.pos === 'SCONJ' || t.pos === 'ADV' || t.pos === 'PUNCT')) return false;
  }
  return true;
}

/** Objects that take up what was said before: "denied this", "said so". */
const REFERS_BACK = new Set(['this', 'that', 'it', 'so', 'these', 'those']);

/**
 * What stands before a reporting clause is no statement of its own when the
 * clause is coordinated to it ("Smith said the plan was dead, and Jones
 * agreed."), when it is a direct question the clause is part of ("What
 * should we talk about next?"), when it is only a conjunction or an adverb
 * ("But"), or when it is only the source phrase of another cue ("According
 * to official figures, US firms added …").
 */
function noStatementBefore(ctx: Ctx, sFirst: number, sLast: number, b: number, blockFirst: number, blockLast: number): boolean {
  const { tokens } = ctx;
  const joined = tokens[blockFirst - 1];
  // (after a comma: "chairman and chief executive Richard Parsons said", "she and another reporter said" are one
  // subject; and not when the cue's object refers back to it: "…, but he has always denied this")
  if (joined && (joined.lower === 'and' || joined.lower === 'but' || joined.lower === 'or') && tokens[blockFirst - 2]?.value === ',' && !ctx.inQuote(joined.start) && !REFERS_BACK.has(tokens[blockLast + 1]?.lower ?? '')) return true;
  const first = tokens[sFirst];
  if (WH_WORDS.has(first.lower) && tokens[sLast].value === '?' && !ctx.inQuote(first.start)) return true;
  if (onlyLinkWords(tokens, sFirst, b)) return true;
  if (first.lower === 'according' && tokens[sFirst + 1]?.lower === 'to') {
    let verb = false;
    for (let k = sFirst + 2; k <= b && !verb; k++) verb = tokens[k].pos === 'VERB' || tokens[k].pos === 'AUX';
    if (!verb) return true;
  }
  return false;
}

/**
 * Where the statement starts after a verb cue, from token a: past the
 * addressee of "told reporters" and the circumstances of "said on Monday",
 * "said in a statement", when "that", a colon, a quotation or a clause shows
 * where the statement opens.
 */
function statementStart(ctx: Ctx, fc: FoundCue, a: number, end: number): number {
  const { tokens } = ctx;
  // skip the addressee of "told reporters" and the circumstances of "said on Monday", "said in a statement"
  let verb = fc.last;
  while (verb > fc.first && tokens[verb].pos === 'PUNCT') verb--;
  // (a finding shows no one anything: "a poll showed Rubio in third at 11 percent, …")
  const tellsSomeone = ADDRESSEE_VERBS.has(tokens[verb].lemma) && !(fc.mention && ctx.lex.findingNouns.has(tokens[fc.mention.headLast].lower));
  let k = a;
  let limit = 0;
  // a noun phrase token ("that" opens the statement, never ends the phrase); a possessive apostrophe stays in ("Sanders’ office")
  const np = (i: number): boolean => {
    const t = tokens[i];
    // "that" and a subject pronoun open the statement ("told him he was wrong"); they end no phrase
    if (t.lower === 'that' || SUBJECT_PRONOUNS.has(t.lower)) return false;
    if ((t.value === '’' || t.value === "'") && tokens[i - 1]?.end === t.start) return isPluralPossessive(tokens, i);
    // a hyphen inside a name: "The Star-Ledger"
    if (isNameHyphen(tokens, i)) return true;
    // (a capitalised word is part of a name, whatever wink tags it: "of Charleston/VERB")
    return t.pos === 'PRON' || t.pos === 'PROPN' || t.pos === 'NOUN' || t.pos === 'DET' || t.pos === 'ADJ' || t.pos === 'NUM' || isPossessiveMark(t) || (t.pos === 'VERB' && isCapTok(t) && t.value !== t.value.toUpperCase());
  };
  // "and" between capitalised words stays in a name: "The Post and Courier", "the Birmingham and Midlands Institute"
  const capsAnd = (i: number): boolean => (tokens[i].lower === 'and' || tokens[i].value === '&') && isCapTok(tokens[i - 1]) && isCapTok(tokens[i + 1]);
  const addresseeOf = (i: number): boolean => tokens[i].lower === 'of' && i + 1 <= end && np(i + 1) && isCapTok(tokens[i + 1]) &&
    (tokens[i - 1].pos === 'PROPN' || ctx.lex.groupNouns.has(tokens[i - 1].lower) || ctx.lex.personNouns.has(tokens[i - 1].lower));
  const isTime = (t: Token) => TIME_AFTER_VERB.has(t.lower);
  // ("this", "last", "next" only before a time: "said this week", not "said this plan was wrong")
  const timeAt = (k: number) =>
    (isTime(tokens[k]) && (!TIME_DETERMINERS.has(tokens[k].lower) || TIME_WORDS.has(tokens[k + 1]?.lower ?? '') || SEASONS.has(tokens[k + 1]?.lower ?? ''))) ||
    (SEASONS.has(tokens[k].lower) && TIME_DETERMINERS.has(tokens[k - 1]?.lower ?? ''));
  // what was skipped: only times ("said Tuesday", "said on Friday") and a told one's addressee ("told reporters")
  let plain = true;
  // (a phrase skipped that is the cue's own complement: "expressed concerns about the competitor", "voiced support for Trump")
  let complement = false;
  // (…one that says what it is about, whose noun a "that" after it describes: "warning about several viruses that can spread")
  let topic = false;
  let addressed = false;
  let hasHead = false;
  for (;;) {
    if (k > end || limit >= 8) break;
    if (timeAt(k)) { k++; limit++; continue; }
    // (a discourse adverb set off after the verb is the reporting clause's: "He said, however, that he hopes …")
    if (REPORT_ASIDES.has(tokens[k].value) && tokens[k - 1]?.value === ',' && tokens[k + 1]?.value === ',' && k + 1 < end) { k += 2; limit++; continue; }
    if (tokens[k].value === ',' && REPORT_ASIDES.has(tokens[k + 1]?.value ?? '') && tokens[k + 2]?.value === ',' && k + 2 < end) { k += 3; limit++; continue; }
    // ("warned two weeks ago that …", "said a year ago")
    if (AGO_COUNTS.has(tokens[k].lower) || (tokens[k].pos === 'NUM' && /^\d+$/.test(tokens[k].value))) {
      if (AGO_UNITS.has(tokens[k + 1]?.lower ?? '') && tokens[k + 2]?.lower === 'ago' && k + 2 <= end) { k += 3; limit += 3; continue; }
    }
    // (a named or group addressee may run on with "of" and a name: "told Chris Cuomo of CNN", "told the newspaper
    // of Charleston"; not "told Mr Brown of his intention", "tells the story of Torak")
    if (tellsSomeone && !addressed && (np(k) || capsAnd(k) || (hasHead && addresseeOf(k)))) {
      const t = tokens[k];
      // the addressee ends at its head: an object pronoun ("told them Clinton “has …”"), or a
      // noun before a new phrase's determiner ("told reporters the plan had failed")
      if (hasHead && (t.pos === 'DET' || POSSESSIVE_DET.has(t.lower))) { addressed = true; continue; }
      if (OBJECT_PRONOUNS.has(t.lower)) addressed = true;
      if (t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'PRON') hasHead = true;
      k++;
      limit++;
      continue;
    }
    if (tokens[k].pos === 'ADP' && !NOT_CIRCUMSTANCE.has(tokens[k].lower)) {
      if (COMPLEMENT_PREPS.has(tokens[k].lower)) complement = true;
      if (TOPIC_PREPS.has(tokens[k].lower)) topic = true;
      const from = ++k;
      let head = false;
      while (k <= end && (np(k) || capsAnd(k)) && limit < 8) {
        // the phrase ends at its head noun: a determiner after it starts the statement ("at the Institute the case could …")
        if (head && (tokens[k].pos === 'DET' || POSSESSIVE_DET.has(tokens[k].lower))) break;
        if (tokens[k].pos === 'NOUN' || tokens[k].pos === 'PROPN') head = true;
        k++;
        limit++;
      }
      // a place after the addressee is a circumstance too ("told the hearing at the Institute the case …")
      if (!tokens.slice(from, k).every((t) => isTime(t) || t.pos === 'DET') && !(tellsSomeone && hasHead)) plain = false;
      continue;
    }
    break;
  }
  // the statement follows: "that", a colon, a comma, a quotation; or, after plain material, a clause ("told Breitbart News he'd support …")
  // (after an addressee also a question: "asked Sanders how he was feeling", "asked workers if they …")
  const opens = k <= end && (tokens[k].lower === 'that' || tokens[k].value === ':' || tokens[k].value === ',' || opensQuote(ctx, k) || ((addressed || hasHead) && QUESTION_OPENERS.has(tokens[k].lower)));
  // (not where the words ran out inside a long phrase: "urging Lord Chief Justice and Lord Justices Clarke and Rix to …")
  const clause = k <= end && plain && limit < 8 && clauseStarts(tokens, k, end);
  // …is what was said when a comma and the source's next cue follow it: "voiced support for Trump on Wednesday,
  // saying …" (a time or place is not: "responded Friday, saying …", "said in an interview, adding that …")
  const beforeNextCue = complement && tokens[k]?.value === ',' && tokens[k + 1]?.pos === 'VERB' && /ing$/.test(tokens[k + 1].lower) && ctx.lex.verbLabel.has(tokens[k + 1].lemma);
  // (not after a time: "expressed cautious optimism over the weekend that …")
  const relative = topic && tokens[k]?.lower === 'that' && (tokens[k - 1]?.pos === 'NOUN' || tokens[k - 1]?.pos === 'PROPN') && !TIME_WORDS.has(tokens[k - 1].lower) && !WEEKDAYS.has(tokens[k - 1].lower);
  if (k > a && ((opens && !beforeNextCue && !relative) || clause)) a = k;
  while (a <= end && (tokens[a].value === ':' || tokens[a].value === ',')) a++;
  // "contended in its letter, written by Kenneth P. Cohen, a vice president, that …": a participle
  // phrase set off by commas describes the circumstance; the statement opens at ", that"
  if (a <= end && tokens[a].pos === 'VERB' && PARTICIPLE.test(tokens[a].lower) && tokens[a + 1]?.lower === 'by') {
    for (let m = a + 2; m < end && m < a + 25; m++) {
      if (tokens[m].value === ',' && tokens[m + 1].lower === 'that') { a = m + 1; break; }
      if (tokens[m].pos === 'AUX' || (tokens[m].pos === 'VERB' && m > a)) break;
    }
  }
  return a;
}

/**
 * Where a statement in an opening subordinate clause ends ("While Obama has said he opposes …, his
 * administration carves out …"): at the first comma, outside quotation marks, followed by a subject
 * and a finite verb, unless the main clause holds the speaker's next cue ("…, Tanden wrote").
 */
function subordinateStatementEnd(ctx: Ctx, a: number, after: number, own: Set<number>): number {
  const { tokens } = ctx;
  for (let k = a + 1; k < after; k++) {
    const n = tokens[k + 1];
    if (tokens[k].value !== ',' || ctx.inQuote(tokens[k].start)) continue;
    const end8 = Math.min(after, k + 8);
    let ownAfter = false;
    for (let j = k + 1; j <= end8; j++) if (own.has(j)) ownAfter = true;
    if (ownAfter) continue;
    if ((n.pos === 'PRON' || n.pos === 'DET' || n.pos === 'PROPN' || n.pos === 'NOUN' || n.pos === 'ADJ') && !RELATIVE_AFTER.has(n.lower) && n.lower !== 'which' && finiteVerbIn(tokens, k + 2, end8)) return k - 1;
  }
  return after;
}

/**
 * Where a statement in a relative clause set off by a comma ends ("The company, which argued that …,
 * lost the case"): at the comma that closes the clause before the main verb; not before the speaker's
 * own next cue ("who insists …, said: …"), nor at an aside before the statement's verb ("suggested
 * that Mr. Jäger, under fire …, would").
 */
function relativeStatementEnd(ctx: Ctx, a: number, after: number, own: Set<number>): number {
  const { tokens } = ctx;
  let verb = false;
  for (let k = a + 1; k < after; k++) {
    const t = tokens[k];
    if (t.value === ',' && verb && !ctx.inQuote(t.start) && !own.has(k + 1) && isClauseVerb(tokens[k + 1])) return k - 1;
    if (isClauseVerb(t) || isQuoteTok(t)) verb = true;
  }
  return after;
}

/**
 * "…, according to a poll taken last week": what follows the source [a, after] up to the end, with no
 * comma, colon or dash to set a statement off, still describes the source (a participle, "of …", or a
 * relative clause, also after a comma: ", according to Anne Alexander, who is working on …"); but not
 * a statement's own verb ("a period that, according to X is …"), nor after a "that" before the phrase
 * ("was told that according to X chasing away … was").
 */
function describesSourceAfter(tokens: Token[], blockFirst: number, blockLast: number, a: number, after: number): boolean {
  if (tokens[a].pos === 'AUX' || (isFiniteVerb(tokens[a]) && !PARTICIPLE.test(tokens[a].lower)) || tokens[blockFirst - 1]?.lower === 'that') return false;
  for (let k = blockLast + 1; k <= after; k++) {
    const setOff = /^[,;:]$/.test(tokens[k].value) || isDashAt(tokens, k);
    if (setOff && !(k === blockLast + 1 && (RELATIVE_AFTER.has(tokens[k + 1]?.lower ?? '') || tokens[k + 1]?.lower === 'which'))) return false;
  }
  return true;
}

function trimEnd(ctx: Ctx, e: number, floor: number): number {
  const { tokens } = ctx;
  while (e > floor && (tokens[e].value === ',' || tokens[e].value === ';' || tokens[e].value === '—' || tokens[e].lower === 'and' || tokens[e].lower === 'but')) e--;
  return e;
}

/** Words of a time right after a reporting verb ("said Tuesday", "told them Saturday night", "said earlier"). */
const TIME_DETERMINERS = new Set(['this', 'last', 'next']);
/** Spans of time after "this", "last", "next" beside TIME_WORDS' days, months and weeks ("said last summer", "reported last quarter"). */
const SEASONS = new Set(['summer', 'winter', 'spring', 'autumn', 'fall', 'quarter', 'season', 'term', 'decade']);
const TIME_AFTER_VERB = new Set([
  ...WEEKDAYS, 'today', 'yesterday', 'tonight',
  'morning', 'afternoon', 'evening', 'night', 'week', 'weekend', 'month', 'year', 'last', 'this', 'next', 'earlier', 'later', 'recently',
]);

/** Discourse adverbs, in lower case, set off by commas right after a reporting verb: "said, however, that …". */
const REPORT_ASIDES = new Set(['however', 'though', 'too', 'also', 'meanwhile', 'nevertheless', 'nonetheless', 'moreover', 'furthermore', 'instead']);

/** A time counted back from now after a reporting verb: "warned two weeks ago that …". */
const AGO_COUNTS = new Set(['a', 'an', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'few', 'several', 'some']);
const AGO_UNITS = new Set(['day', 'days', 'week', 'weeks', 'month', 'months', 'year', 'years', 'decade', 'decades', 'hour', 'hours']);

/** Prepositions that open where, when or to whom something was said ("in a video message", "to a cheering crowd"). */
const CIRCUMSTANCE_PREPS = new Set(['in', 'at', 'on', 'during', 'to']);

/** Relative words that, after a comma, open the writer's description of the last noun. */
const RELATIVE_AFTER = new Set(['who', 'whom', 'whose', 'where']);

/**
 * A relative clause opened at k that a comma closes before a finite verb of the statement (tokens
 * up to `end`); a reporting verb there is another speaker's ("…, which appeal to gamers, said a panel").
 */
function embeddedInStatement(ctx: Ctx, k: number, end: number): boolean {
  const { tokens } = ctx;
  for (let m = k + 1; m < end; m++) {
    if (tokens[m].value !== ',') continue;
    // (past an adverb: "Mrs. Clinton, who has outraised …, still faces")
    let n = m + 1;
    while (n < end && isVerbAdverb(tokens[n])) n++;
    const v = tokens[n];
    return (v.pos === 'VERB' || v.pos === 'AUX') && !/ing$/.test(v.lower) && !ctx.lex.verbLabel.has(v.lemma);
  }
  return false;
}

/** Is there a finite verb (an auxiliary, or a verb not ending -ing/-ed/-en) in tokens a..b? */
function finiteVerbIn(tokens: Token[], a: number, b: number): boolean {
  for (let i = a; i <= b; i++) if (isFiniteVerb(tokens[i])) return true;
  return false;
}

/** Prepositions whose phrase after a cue is its complement, not when or where it was said ("support for", "concerns about"). */
const COMPLEMENT_PREPS = new Set(['about', 'for', 'with', 'against', 'over', 'toward', 'towards', 'into']);

/** Prepositions whose phrase after a cue says what the statement is about ("warning about", "concerns over"). */
const TOPIC_PREPS = new Set(['about', 'over', 'against']);

/** Prepositions that open the statement itself, not a circumstance of saying it ("says despite all that, …"). */
const NOT_CIRCUMSTANCE = new Set(['that', 'despite', 'because', 'although', 'though', 'if', 'unless', 'without', 'like', 'as', 'than', 'of', 'since', 'while', 'whether']);

/** A clause starts at k: a subject pronoun, or a noun phrase and a finite verb within a few words. */
function clauseStarts(tokens: Token[], k: number, end: number): boolean {
  const t = tokens[k];
  if (SUBJECT_PRONOUNS.has(t.lower)) return true;
  if (!(t.pos === 'PROPN' || t.pos === 'DET' || t.pos === 'NOUN' || POSSESSIVE_DET.has(t.lower))) return false;
  for (let m = k + 1; m <= end && m < k + 7; m++) {
    const x = tokens[m];
    // a quotation may carry the clause on: "Clinton “has a number of super PACs”"
    if (isQuoteTok(x)) continue;
    if (x.pos === 'PUNCT') return false;
    if (isClauseVerb(x)) return true;
  }
  return false;
}
