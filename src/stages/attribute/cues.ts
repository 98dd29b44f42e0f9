/**
 * Cue search: reporting verbs, light verb + reporting noun, phrases (`according to X`),
 * headline punctuation; each with its speaker. Also where a cue's span starts and whether
 * one cue is nested in another's statement.
 */
import type { Token } from '../../types.ts';
import { isTitleCase } from '../words.ts';
import { ARTICLES, askedOpenerEnd, BE_FORMS, commaBefore, countWords, type Ctx, type FoundCue, type FoundMention, INDIRECT_QUESTION_OPENERS, isCap, isDashAt, isFiniteVerb, isGluedHyphen, isNameTok, isPluralPossessive, isPossessiveMark, isQuoteTok, isSourceNoun, isVerbAdverb, OBJECT_PRONOUNS, openParen, opensStatement, opensSubordinate, PARTICIPLE, pastStems, PLURAL_NOUN, POSSESSIVE_DET, QUANTIFIERS, REFLEXIVES, RELATIVE_PRONOUNS, resumptiveComma, TIME_WORDS } from './context.ts';
import { appositionAfter, endsSentence, findSpeaker, infinitiveLead, makeMention, npLeft, npRight, OCCASION_PREPS, occasionNounAt, type SpeakerSearch } from './mentions.ts';

/* -------------------------------------------------------------- cue search */

/** Tags of a word that names someone or something: a subject before a verb, an object's head. */
const NOMINAL_TAGS = new Set(['NOUN', 'PROPN', 'PRON']);
/** Tags that open an object noun phrase right after a verb. */
const OBJECT_OPENING_TAGS = new Set(['DET', 'PRON', 'PROPN']);
/** Tags of the words inside an object noun phrase. */
const OBJECT_PHRASE_TAGS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'PRON', 'NUM', 'PART']);

/** The head noun of the noun phrase that ends at k: over "of/for/behind … the …" back to the noun before it ("the developers behind the system"). */
function headNoun(tokens: Token[], k: number, sFirst: number): string {
  for (let p = k - 1; p >= sFirst && p >= k - 4; p--) {
    if (['of', 'from', 'in', 'at', 'on', 'for', 'behind', 'with'].includes(tokens[p].lower)) return p - 1 >= sFirst && tokens[p - 1].pos === 'NOUN' ? tokens[p - 1].value : tokens[k].value;
    if (!['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM'].includes(tokens[p].pos)) break;
  }
  return tokens[k]?.value ?? '';
}


export function findCues(ctx: Ctx, sFirst: number, sLast: number, headline = false): FoundCue[] {
  const { tokens, lex } = ctx;
  const found: FoundCue[] = [];
  const taken = new Set<number>();
  let titleCase: boolean | undefined;
  // 1. phrases: "according to X", "as he put it", "in X's words"
  for (let i = sFirst; i <= sLast; i++) {
    const t = tokens[i];
    const candidates = lex.phrasesByFirst.get(t.lower);
    if (!candidates || ctx.inQuote(t.start)) continue;
    for (const ph of candidates) {
      const m = matchPhrase(ctx, ph.words, i, sLast, ph.possessive === true);
      if (!m) continue;
      const [cueA, cueB] = [i + ph.cue[0], m.spkSlot !== null && ph.cue[1] > ph.words.indexOf('SPK') ? m.end : i + ph.cue[1] - 1];
      const cueFirst = cueA;
      const cueLast = ph.rule === 'cue:phrase:according-to' ? i + 1 : cueB;
      const accordingTo = ph.rule === 'cue:phrase:according-to';
      // "…, according to Brian Wieser, an analyst at Pivotal Research Group.": an apposition that ends the sentence
      // describes the source (one that a comma ends may be the statement: "According to Smith, the plan …")
      const appo = accordingTo && m.spk ? appositionAfter(ctx, m.spk[1], sLast) : null;
      const appoEnds = appo !== null && endsSentence(tokens, appo[1], sLast);
      const mention = m.spk ? makeMention(ctx, m.spk[0], m.spk[1], accordingTo ? 'speaker:according-to' : 'speaker:phrase', appoEnds ? appo : null) : null;
      found.push({
        cue: { start: tokens[cueFirst].start, end: tokens[cueLast].end, entry: ph.words.filter((w) => w !== 'SPK').join(' '), label: ph.label, rule: ph.rule },
        first: cueFirst,
        last: accordingTo ? (mention ? Math.max(m.spk![1], mention.last) : cueLast) : m.end,
        mention,
        inherit: false,
        content: null,
      });
      for (let k = i; k <= m.end; k++) taken.add(k);
      break;
    }
  }
  // 2. reporting verbs, nouns after light verbs, "called … “X”"; not in the question put to the source
  //    ("When asked whether he thought …, he replied")
  const askedEnd = askedOpenerEnd(tokens, sFirst, sLast);
  for (let i = askedEnd >= 0 ? askedEnd + 1 : sFirst; i <= sLast; i++) {
    // most words can be no cue: no lexicon knows them, and verbView only reads words in -ed (and -ing after "be")
    const w = tokens[i];
    if (!lex.cueWords.has(w.lemma) && !lex.cueWords.has(w.lower) && !w.lower.endsWith('ed') && !progressiveAsNoun(tokens, i)) continue;
    // the end of a hyphenated compound is no verb: "so-called", "well-known", "kiss-and-tell"
    // …nor is the start of one: "write-offs", "tell-all"
    if (isGluedHyphen(tokens, i - 1) || isGluedHyphen(tokens, i + 1)) continue;
    // a bare verb set off by commas with no subject is a discourse marker: "than, say, hooking them", "oh, say, five"
    if (w.lower === w.lemma && tokens[i - 1]?.value === ',' && tokens[i + 1]?.value === ',' && lex.discourseVerbs.has(w.lower)) continue;
    // a capitalised cue word inside a sentence of running text is a name: "but Respond gets it done"
    if (!headline && i > sFirst && isCap(w) && !isQuoteTok(tokens[i - 1]) && !/^[:;(—–-]$/.test(tokens[i - 1].value) && !(titleCase ??= isTitleCase(tokens, sFirst, sLast + 1))) continue;
    if (taken.has(i)) continue;
    // (a word that wink lemmatises to a reporting verb but is no form of it: a tennis "seed" is not "see")
    if (lex.notCueForms.has(w.lower)) continue;
    const t = verbView(ctx, w, i, sFirst);
    if (ctx.inQuote(t.start)) continue;
    let label = lex.verbLabel.get(t.lemma) ?? lex.verbLabel.get(t.lower);
    // (a verb of voiced support in a headline written as a sentence, after its source's name: "Straw backs ending China
    // embargo", "Disney backs Sony DVD technology"; not the noun, "Tory backing for ID cards", nor in a headline in title
    // case, with no word of four letters or more in lower case, whose capitals name nothing: "Another GOP Figure Backs
    // Hillary Clinton")
    if (!label && headline && i > sFirst && tokens[i - 1].pos === 'PROPN' && !/ing$/.test(t.lower) && (lex.headlineVerbs.has(t.lemma) || lex.headlineVerbs.has(t.lower)) &&
      !isTitleCase(tokens, sFirst, sLast + 1, true)) label = 'assertion';
    let first = i;
    let rule = 'cue:verb';
    let entry = t.lemma;
    // the word after the verb belongs to the cue ("called for")
    let withNext = false;
    let fromSource: [number, number] | null = null;
    // the statement of a reporting noun whose source stands before it (its owner's, a headline's), when a rule found both
    let nounStatement: [number, number] | null = null;
    const next = tokens[i + 1];
    // a headline's reporting noun after the source that opens it, and what it is about: "Fed chief warning on US
    // deficit", "Agassi fear for Melbourne" (wink may tag the noun a verb)
    const leadLabel = headline && headlineSource(ctx, i, sFirst) >= 0 ? (lex.nounLabel.get(t.lower) ?? lex.nounLabel.get(t.lemma)) : undefined;
    if (leadLabel) {
      label = leadLabel;
      rule = 'cue:reporting-noun';
      fromSource = [sFirst, i - 1];
      nounStatement = statementFrom(tokens, i + 1, sLast);
    }
    if (label && rule === 'cue:verb' && t.pos !== 'VERB' && t.pos !== 'AUX') {
      // wink tags "claim" in "countries claim that" as a noun: accept a bare plural-subject verb use
      const prev = tokens[i - 1];
      // (a singular noun takes "claims", not "claim": after one, a bare "contest" or "show" stays a noun,
      // "a four-way contest that …", "the TV talent show The X Factor")
      const agrees = /s$/i.test(t.lower) || /s$/i.test(headNoun(tokens, i - 1, sFirst));
      // (a number after an article is a year or a count before the noun: "in a 2002 report that …")
      const modifierNumber = prev?.pos === 'NUM' && ARTICLES.has(tokens[i - 2]?.lower ?? '');
      const subjectBefore = prev && i - 1 >= sFirst && ((prev.pos === 'NOUN' && agrees) || prev.pos === 'PROPN' || prev.pos === 'PRON' || (prev.pos === 'NUM' && !modifierNumber) || prev.value === '%' || QUANTIFIERS.has(prev.lower));
      // (past the particle the verb takes: "Labor leaders point out that …")
      const p = next !== undefined && lex.prepositionCues.get(t.lemma)?.has(next.lower) ? i + 1 : i;
      const nx = tokens[p + 1];
      const clauseAfter = p + 1 <= sLast && nx !== undefined && (opensStatement(nx) || (nx.value === ',' && isQuoteTok(tokens[p + 2])) || (nx.pos === 'VERB' && /ing$/.test(nx.lower) && lex.gerundComplementVerbs.has(t.lemma)) || ((nx.pos === 'PROPN' || nx.pos === 'DET') && complementAfter(ctx, p, sLast)));
      // "“…,” Viguerie notes.": after a closing quotation, a name and the verb end the sentence
      const endsQuote = prev && (prev.pos === 'PROPN' || prev.pos === 'PRON') && quoteBefore(ctx, i, sFirst) && (!next || next.pos === 'PUNCT') && (!next || next.value !== ',');
      // a headline's verb after its subject's name: "Obama slams GOP’s ‘doom and despair’"
      // (not at the headline's end, "Irish company hit by Iraqi report", nor before a verb whose subject it is, "Green
      // reports shun supply chain")
      // (a gerund after it is its object: "Straw backs ending China embargo")
      const headlineVerb = headline && prev?.pos === 'PROPN' && i - 1 >= sFirst && next !== undefined && i + 1 <= sLast && next.pos !== 'PUNCT' && (next.pos !== 'VERB' || /ing$/.test(next.lower)) && !lex.needComplement.has(t.lemma);
      // the progressive after "be": "has been warning that"
      const progressive = /ing$/.test(t.lower) && prev !== undefined && BE_FORMS.has(prev.lower) && clauseAfter;
      // a finding's verb right after its plural source, which wink tags a noun: "Polls show Clinton up by 10
      // points", "…, records show." (its object is tested with the verb's, below)
      const finding = subjectBefore && lex.findingVerbs.has(t.lemma) && lex.findingNouns.has(prev.lower) && (objectAfter(tokens, i, sLast) || statementBefore(ctx, i, sFirst, sLast) || parenthetical(ctx, i, sFirst, sLast));
      const verbish = (subjectBefore && clauseAfter) || endsQuote || headlineVerb || progressive || finding;
      if (!verbish) label = undefined;
    }
    // "tell" with nothing after it and no quotation before reports nothing: "Leicester's domination in the scrums ultimately told."
    if (label && t.lemma === 'tell' && (!next || i + 1 > sLast || (next.pos === 'PUNCT' && next.value !== ',' && next.value !== ':')) && !tokens.slice(sFirst, i).some(isQuoteTok)) label = undefined;
    // (wink tags such a verb a noun after a noun subject, "The minister cast/NOUN the proposal as a disaster": a verb
    // when an object and "as" follow; not before a quotation further on, "on a press call Friday, criticized … “…”")
    const nounAsVerb = t.pos === 'NOUN' && !label && i > sFirst && NOMINAL_TAGS.has(tokens[i - 1].pos) && next !== undefined && OBJECT_OPENING_TAGS.has(next.pos);
    if (nounAsVerb && lex.complementVerbs.has(t.lemma) && namesAs(ctx, i, sLast)) { label = 'assertion'; rule = 'cue:verb:call-as'; }
    else if ((t.lemma === 'call' || lex.complementVerbs.has(t.lemma)) && (label || t.pos === 'VERB')) {
      // "called X “illegal”", "called for", "described X as …", "called Trump a liar":
      // a verb of naming is a cue only with what it names X as
      // (a name given, not a claim: the participle between a common noun and the quoted name, "a phenomenon called
      // 'knocking'", "an inflation formula called the \"chained CPI\"", not "The judges called it \"…\""; in a headline
      // the passive "Baywatch dubbed 'worst TV import'". The passive with its agent after it stays a claim, below.)
      const before = tokens[i - 1];
      const nameNext = isQuoteTok(next) || (next?.pos === 'DET' && isQuoteTok(tokens[i + 2]));
      const naming = lex.namingVerbs.has(t.lemma) && /ed$/.test(t.lower) && i > sFirst && nameNext &&
        ((before.pos === 'NOUN' && !isCap(before) && !isSourceNoun(lex, before.lower, true)) || headline);
      if (next && (next.lower === 'for' || next.lower === 'on')) { label ??= 'assertion'; rule = 'cue:verb:call-for'; entry = `${t.lemma} ${next.lower}`; withNext = true; }
      else if (!naming && quoteAfterInClause(ctx, i, sLast)) { label ??= 'assertion'; rule = 'cue:verb:call-quote'; }
      else if (!naming && namesAs(ctx, i, sLast)) { label ??= 'assertion'; rule = 'cue:verb:call-as'; }
      // …or in the passive, the name it gave before its agent: "have been branded \"deeply irresponsible\" by the Liberal
      // Democrats", "was described as a disaster by the council"
      else if (namedInPassive(ctx, i, sLast)) { label ??= 'assertion'; rule = 'cue:verb:call-passive'; }
      // "described how, growing up, he …": what follows is the statement, as after "explained how"
      else if (lex.questionComplementVerbs.has(t.lemma) && next !== undefined && i + 1 <= sLast && INDIRECT_QUESTION_OPENERS.has(next.lower)) { label ??= 'assertion'; rule = 'cue:verb:describe-how'; }
      else label = undefined;
    }
    if (!label) {
      const nl = lex.nounLabel.get(t.lower) ?? lex.nounLabel.get(t.lemma);
      if (nl && t.pos === 'NOUN') {
        // light verb + (det/adj)* + noun: "express fears that", "issued a warning"
        let k = i - 1;
        while (k >= sFirst && k >= i - 3 && (tokens[k].pos === 'DET' || tokens[k].pos === 'ADJ' || POSSESSIVE_DET.has(tokens[k].lower))) k--;
        if (k >= sFirst && lex.lightVerbs.has(tokens[k].lemma) && (tokens[k].pos === 'VERB' || tokens[k].pos === 'NOUN')) {
          label = nl;
          first = k;
          rule = 'cue:noun';
          entry = `${tokens[k].lemma} ${t.lemma}`;
        } else {
          // the source after the noun: "complaints from some of the party's MPs that …", "warnings by economists that …"
          fromSource = nounSource(ctx, i, sLast);
          if (fromSource) {
            label = nl;
            rule = 'cue:reporting-noun';
          } else {
            // the source that owns the noun, and the statement after "was that": "Beck's contention was that …"
            const owner = nounOwner(ctx, i, sFirst, sLast);
            if (owner >= 0) {
              label = nl;
              rule = 'cue:reporting-noun';
              fromSource = [owner, i - 2];
              nounStatement = statementFrom(tokens, i + 2, sLast);
            }
          }
        }
      }
    }
    // "made it clear that …", "has made plain that …": the verb and the adjective are the cue
    let phraseEnd: number | null = null;
    if (!label && lex.makeKnown.verbs.has(t.lemma) && (t.pos === 'VERB' || t.pos === 'AUX')) {
      const k = madeKnownEnd(ctx, i, sLast);
      if (k >= 0) {
        label = 'assertion';
        rule = 'cue:verb:make-known';
        entry = `${t.lemma} ${tokens[k].lower}`;
        phraseEnd = k;
      }
    }
    // a body that hears statements: "the court heard", "the inquiry was told", "an Election Court has heard"
    let venue = -1;
    if (!label || t.lemma === 'tell') {
      venue = t.lemma === 'hear' || t.lemma === 'tell' ? venueBefore(ctx, i, sFirst, t.lemma === 'tell') : -1;
      if (venue >= 0) {
        label = 'assertion';
        rule = 'cue:verb:venue';
      }
    }
    if (!label) continue;
    if (rule === 'cue:verb' && t.pos !== 'VERB' && t.pos !== 'AUX' && t.pos !== 'NOUN') continue;
    if (rule === 'cue:verb' && lex.experienceVerbs.has(t.lemma) && !voicedView(ctx, i, sFirst, sLast)) continue;
    if (rule === 'cue:verb' && (reducedPassive(ctx, t, i, sFirst) || byline(ctx, t, i, sLast) || authorship(ctx, t, i, sLast))) continue;
    // a headline in sentence case drops the passive's "is": "'Super union' merger plan touted", "Long life promised for
    // laptop PCs" (its active verbs are in the present, "Brown says"; a title-case headline may use the past actively)
    if (rule === 'cue:verb' && headline && PARTICIPLE.test(t.lower) && t.lower !== t.lemma && i > sFirst && (tokens[i - 1].pos === 'NOUN' || tokens[i - 1].pos === 'PROPN') &&
      (i === sLast || tokens[i + 1].pos === 'PUNCT' || HEADLINE_PASSIVE_NEXT.has(tokens[i + 1].lower)) && !(titleCase ??= isTitleCase(tokens, sFirst, sLast + 1)) &&
      // (a verb of judging before its agent is the agent's claim, as in the body: "Housing plans criticised by MPs")
      !(tokens[i + 1]?.lower === 'by' && lex.passiveAgentCues.has(t.lemma))) continue;
    // weak verbs cue only before a clause, unless a quotation stands right before them ("…,” he continued)
    let cueEnd = phraseEnd ?? (withNext ? i + 1 : i);
    const preps = lex.prepositionCues.get(t.lemma);
    const needs = lex.cueNeedsNext.get(t.lemma);
    if (rule === 'cue:verb' && preps) {
      // (also with a pronoun object before the particle: "credit him with promoting …", "pointed it out")
      const around = next !== undefined && (OBJECT_PRONOUNS.has(next.lower) || next.lower === 'it' || next.lower === 'her') && preps.has(tokens[i + 2]?.lower ?? '');
      if (!next || (!preps.has(next.lower) && !around)) continue;
      if (!around) cueEnd = i + 1;
    } else if (rule === 'cue:verb' && needs) {
      if (!next || !needs.has(next.lower)) continue;
    }
    // (after a quotation it reports, still a cue: '“…,” Trump added to People')
    const never = rule === 'cue:verb' && next ? lex.cueNeverBefore.get(t.lemma) : undefined;
    if (never && (never.has(next.lower) || (never.has('NUM') && isAmountAt(tokens, i + 1))) && !quoteBefore(ctx, i, sFirst)) continue;
    // (nor before an object that is won or taken, not said: "claimed her seventh Grand Slam title", "claiming the 200m")
    const wonHeads = rule === 'cue:verb' ? lex.cueNeverWithObject.get(t.lemma) : undefined;
    if (wonHeads && wonObject(tokens, i, sLast, wonHeads)) continue;
    // (a finding's verb may take a bare object, tested once its subject is known: "a new poll shows Clinton with a lead")
    const bareObject = rule === 'cue:verb' && !needs && lex.needComplement.has(t.lemma) && !complementAfter(ctx, cueEnd, sLast) && !quoteBefore(ctx, i, sFirst) && !statementBefore(ctx, i, sFirst, sLast) && !parenthetical(ctx, i, sFirst, sLast);
    if (bareObject && !lex.findingVerbs.has(t.lemma)) continue;
    // the venue or the source after the noun when those rules found the cue; else the usual search
    const venueFirst = venue >= 0 ? npLeft(ctx, venue, sFirst) : -1;
    const own = venueFirst >= 0 ? makeMention(ctx, venueFirst, venue, 'speaker:venue', null) : fromSource ? makeMention(ctx, fromSource[0], fromSource[1], leadLabel ? 'speaker:headline-noun' : nounStatement ? 'speaker:noun-owner' : 'speaker:after-noun', null) : null;
    const sp: SpeakerSearch = own ? { mention: own, inherit: false } : findSpeaker(ctx, first, i, sFirst, sLast);
    if (!sp.mention && !sp.inherit) continue;
    // a negative subject says nothing, as a negated verb does: "none has said they want …", "No one has claimed
    // responsibility", "Neither side said"
    if (sp.mention && negativeSubject(tokens, sp.mention.first)) continue;
    // (things and events make matters clear too, "The primary made it clear that …", "in a way which made it clear":
    // "made it clear" reports only a source's, a name, a pronoun or a noun for a person, group or document)
    if (rule === 'cue:verb:make-known' && !(sp.mention && speaksAsSource(ctx, sp.mention))) continue;
    // (so do the forms of sourceOnlyForms, more often the noun than the verb: "the 35 states that would have not yet
    // voted", "member states' combined national incomes", "the other early voting states that precede it"; "The rule
    // states that")
    if (lex.sourceOnlyForms.has(t.lower) && !(sp.mention && !['NUM', 'ADJ'].includes(tokens[i - 1]?.pos ?? '') && (speaksAsSource(ctx, sp.mention) || singularWithArticle(ctx, sp.mention)))) continue;
    // (a risk that things pose is no threat voiced: "cold weather threatened stocks", "the ban threatens to reignite …":
    // not of a thing, a singular common noun that names no source, and only before what a threat says)
    // (after an article or a number such a word is a noun: "The 1968 contest that Richard Nixon won", "two contests")
    const actOnly = rule === 'cue:verb' ? lex.actOnlyWith.get(t.lemma) : undefined;
    const nounReading = i > 0 && (ARTICLES.has(tokens[i - 1].lower) || tokens[i - 1].pos === 'NUM');
    if (actOnly && (nounReading || (sp.mention && thingSubject(ctx, sp.mention)) || !actAfter(ctx, i, sLast, actOnly))) continue;
    // (a participle after the object of a causative "have" or "get" is no act of that object: "lost their appeal to
    // have the case dismissed", "got the charges dropped")
    if (sp.mention && /ed$/.test(t.lower) && sp.mention.first > sFirst && CAUSATIVES.has(tokens[sp.mention.first - 1].lower) && tokens[sp.mention.first].pos !== 'PRON') continue;
    // (a finite verb: a participle's bare object has no bounds, "Despite polls showing her well behind, Clinton …")
    if (bareObject && !(sp.mention && lex.findingNouns.has(tokens[sp.mention.headLast].lower) && !/ing$/.test(t.lower) && objectAfter(tokens, i, sLast))) continue;
    const last = extendCue(ctx, cueEnd, sLast);
    found.push({
      cue: { start: tokens[first].start, end: tokens[last].end, entry, label, rule: `${rule}:${entry.replace(/\s+/g, '-')}` },
      first,
      last,
      mention: sp.mention,
      inherit: sp.inherit,
      content: sp.content ?? (rule === 'cue:reporting-noun' ? nounStatement : null),
    });
    for (let k = first; k <= last; k++) taken.add(k);
  }
  punctuationCue(ctx, sFirst, sLast, headline, found);
  found.sort((x, y) => x.first - y.first);
  return found;
}

/**
 * Attribution by punctuation: "Sanders: Brexit's message could …" (a name, or in a headline a source
 * noun, "Poll: …", and a colon open the sentence); 'Blackburn boss Mark Hughes: "We …"' (a source and a
 * colon before the quotation it opens, in running text); and, in a headline, "Choose hope over fear -
 * Kennedy" (a dash and a name end it).
 */
function punctuationCue(ctx: Ctx, sFirst: number, sLast: number, headline: boolean, found: FoundCue[]): void {
  const { tokens, lex } = ctx;
  const words = (a: number, b: number) => countWords(tokens, a, b);
  const colonCue = (k: number, a: number, e: number, rule: string): FoundCue => ({
    cue: { start: tokens[k].start, end: tokens[k].end, entry: ':', label: 'assertion', rule: 'cue:punctuation:colon' },
    first: k, last: k, mention: makeMention(ctx, a, e, rule, null), inherit: false, content: null,
  });
  // (a cue before the colon introduces what follows it itself: "He told reporters: …")
  const cueBefore = (k: number) => found.some((f) => f.first < k);
  // (a question is no statement of a source noun or a quotation's source: 'the question posed by …: "Would you …?"')
  let end = sLast;
  while (end > sFirst && isQuoteTok(tokens[end])) end--;
  const question = tokens[end].value === '?';
  // a clause or a quotation after the colon: "Poll: Trump leads in Ohio", not "Profile: David Blunkett"
  const statementAfter = (k: number) => !question && tokens.slice(k + 1, sLast + 1).some((t) => isQuoteTok(t) || isFiniteVerb(t));
  // NAME: content (also a source noun, "Poll:", "Clinton camp:", when a statement follows); the cues after
  // the colon are the source's own ("Rubio: I Still Believe …")
  for (let k = sFirst + 1; k <= sFirst + 4 && k <= sLast; k++) {
    if (tokens[k].value !== ':') continue;
    if (cueBefore(k) || ctx.inQuote(tokens[k].start) || words(k + 1, sLast) < 3) break;
    const before = tokens.slice(sFirst, k);
    const nameOk = before.every((t) => isNameTok(t, lex) || isPossessiveMark(t));
    const known = nameOk && ctx.names.resolve(before.filter((t) => isNameTok(t, lex)).map((t) => t.value), tokens[sFirst].start, lex.orgWords) !== null;
    const head = tokens[k - 1].lower;
    const sourceNoun = isSourceNoun(lex, head) && before.every((t) => t.pos !== 'VERB' && t.pos !== 'AUX' && t.pos !== 'ADP' && t.pos !== 'PUNCT');
    // (a heading with the name of a source that the sentence after it names again as its cue's subject:
    // "Bernie Sanders: Credit scores On his website, Senator Bernie Sanders calls for …")
    const namedAgain = found.some((f) => f.mention && tokens.slice(f.mention.first, f.mention.last + 1).some((t) => t.lower === head));
    // (nor a list of names after it, a team's line-up or a panel: "Manchester United: Carroll, Gary Neville, Brown, …")
    const after = tokens.slice(k + 1, sLast + 1);
    const list = after.filter((t) => t.value === ',').length >= 3 && !after.some((t) => isFiniteVerb(t) && !isCap(t));
    if (((nameOk && (known || k - sFirst >= 2)) || (headline && sourceNoun && statementAfter(k))) && !namedAgain && !list) {
      found.push(colonCue(k, sFirst, k - 1, 'speaker:headline-colon'));
      return;
    }
    break;
  }
  // a source's name or noun right before a colon and the quotation it opens, the phrase not the object of
  // a verb or preposition: 'Republican pollster Daron Shaw: “Historically, …”', '- Michael P. McDonald: “…”'
  // (not in a headline, whose verbs a title case hides: "Trump Praises Breitbart’s Editor Matthew Boyle: ‘…’")
  for (let k = sFirst + 2; k < sLast && !headline && !question; k++) {
    if (tokens[k].value !== ':' || !isQuoteTok(tokens[k + 1]) || ctx.inQuote(tokens[k].start) || cueBefore(k)) continue;
    // (past a parenthesis after the name: "Rep. Trey Gowdy (R-S.C.):")
    let e = k - 1;
    const open = tokens[e].value === ')' ? openParen(tokens, e, sFirst) : -1;
    if (open >= 0) e = open - 1;
    const last = tokens[e];
    const sourceEnd = isNameTok(last, lex) || isSourceNoun(lex, last.lower);
    const a = sourceEnd ? npLeft(ctx, e, sFirst) : -1;
    // (nor a phrase with a preposition but "of": "the attacks on Twitter:", "a blunt message to Trump:")
    const free = a >= 0 && (a === sFirst || tokens[a - 1].pos === 'PUNCT' || tokens[a - 1].pos === 'CCONJ') && !tokens.slice(a, e + 1).some((t) => t.pos === 'ADP' && t.lower !== 'of');
    if (free && !ctx.inQuote(tokens[a].start)) found.push(colonCue(k, a, e, 'speaker:colon-quote'));
    break;
  }
  if (found.length) return;
  // content - NAME (headlines only)
  if (!headline) return;
  let e = sLast;
  while (e > sFirst && tokens[e].pos === 'PUNCT' && !['-', '–', '—'].includes(tokens[e].value)) e--;
  let n = e;
  while (n > sFirst && isNameTok(tokens[n], lex) && e - n < 3) n--;
  if (n < e && ['-', '–', '—'].includes(tokens[n].value) && words(sFirst, n - 1) >= 3) {
    const mention = makeMention(ctx, n + 1, e, 'speaker:headline-dash', null);
    found.push({ cue: { start: tokens[n].start, end: tokens[n].end, entry: '-', label: 'assertion', rule: 'cue:punctuation:dash' }, first: n, last: n, mention, inherit: false, content: null });
  }
}

/**
 * The source that owns a reporting noun before "is/was that": "Beck's contention was that …", "The
 * company's position is that …". Returns the owner's first token (the phrase ends at the possessive mark), or -1.
 */
function nounOwner(ctx: Ctx, i: number, sFirst: number, sLast: number): number {
  const { tokens } = ctx;
  if (i - 2 < sFirst || i + 2 > sLast || !isPossessiveMark(tokens[i - 1])) return -1;
  if (!['is', 'was'].includes(tokens[i + 1].lower) || tokens[i + 2].lower !== 'that') return -1;
  const a = npLeft(ctx, i - 2, sFirst);
  return a >= 0 && !ctx.inQuote(tokens[a].start) ? a : -1;
}

/**
 * The source named after a reporting noun, when its statement follows: "complaints from some of
 * the party's MPs that …", "warnings by economists that …". Returns the source's token range.
 */
function nounSource(ctx: Ctx, i: number, sLast: number): [number, number] | null {
  const { tokens } = ctx;
  const by = tokens[i + 1];
  if (!by || (by.lower !== 'from' && by.lower !== 'by') || i + 2 > sLast || ctx.inQuote(by.start)) return null;
  // the source ends where its statement opens ("that" may be tagged as a determiner)
  let open = i + 3;
  while (open <= sLast && open < i + 16 && tokens[open].lower !== 'that' && tokens[open].value !== ':') open++;
  if (open > sLast || open >= i + 16 || open + 1 > sLast) return null;
  const b = npRight(ctx, i + 2, open - 1);
  // in "support from Cabinet allies and suspicion that …" the statement is another noun's
  if (b !== open - 1 || tokens.slice(i + 2, b + 1).some((t) => t.pos === 'CCONJ')) return null;
  return [i + 2, b];
}

/**
 * "Baker wrote the letter Feb. 2 to the State Department", "wrote a children's book": a verb of
 * authorship (cues.json authorshipVerbs) with a text as its object and nothing said after it (no
 * "that", colon, quotation or participle to the sentence's end) reports no statement; nor does one in a list of
 * verbs of making a work ("wrote, directed and starred in the film").
 */
function authorship(ctx: Ctx, t: Token, i: number, sLast: number): boolean {
  const { tokens } = ctx;
  const next = tokens[i + 1];
  if (!ctx.lex.authorshipVerbs.has(t.lemma) || !next) return false;
  // a list of what someone did to a work: "Spacey, 45, wrote, directed and starred in the film"
  if (next.value === ',' && tokens[i + 2]?.pos === 'VERB' && /ed$/.test(tokens[i + 2].lower) && tokens.slice(i + 3, i + 6).some((x, n) => x.lower === 'and' && /ed$/.test(tokens[i + 4 + n]?.lower ?? ''))) return true;
  if (!(next.pos === 'DET' || POSSESSIVE_DET.has(next.lower) || next.pos === 'NUM') || next.lower === 'that') return false;
  // (not an inverted report, where the noun phrase after the verb is its source: '"Meh," wrote a Trump supporter')
  const prev = tokens[i - 1];
  if (!prev || prev.pos === 'PUNCT' || isQuoteTok(prev) || prev.sentence !== t.sentence) return false;
  const b = npRight(ctx, i + 1, sLast);
  if (b < 0 || tokens[b].pos !== 'NOUN') return false;
  for (let k = b + 1; k <= sLast; k++) {
    const x = tokens[k];
    if (x.lower === 'that' || x.value === ':' || isQuoteTok(x) || (x.pos === 'VERB' && /ing$/.test(x.lower))) return false;
  }
  return true;
}

/** "Costa reported from Washington.": only "from" and a place name follow a byline verb to the sentence's end. */
function byline(ctx: Ctx, t: Token, i: number, sLast: number): boolean {
  const { tokens } = ctx;
  if (!ctx.lex.bylineVerbs.has(t.lemma) || tokens[i + 1]?.lower !== 'from') return false;
  let k = i + 2;
  while (k <= sLast && (tokens[k].pos === 'PROPN' || (tokens[k].value === ',' && tokens[k + 1]?.pos === 'PROPN'))) k++;
  return k > i + 2 && (k > sLast || (k === sLast && tokens[k].value === '.'));
}

/**
 * A past participle right after its noun phrase, with no auxiliary, before a word of the verb's
 * passiveBefore list is a reduced passive: "Labour accused of broken pledge", "Blair told to double
 * overseas aid", "the four men accused of distributing …". Not where the object stands before the
 * subject ("banks it had accused of", "which hardliners accused of"), and "to" only before a verb.
 */
function reducedPassive(ctx: Ctx, t: Token, i: number, sFirst: number): boolean {
  const { tokens } = ctx;
  const next = tokens[i + 1];
  if (!next || !ctx.lex.passiveBefore.get(t.lemma)?.has(next.lower) || (!PARTICIPLE.test(t.lower) && t.lower !== 'told')) return false;
  if (next.lower === 'to' && tokens[i + 2]?.pos !== 'VERB' && tokens[i + 2]?.pos !== 'AUX') return false;
  let k = i - 1;
  while (k >= sFirst && isVerbAdverb(tokens[k])) k--;
  const prev = tokens[k];
  if (!prev || k < sFirst) return true;
  // (nor after an aside between dashes: "countries that the State Department - before … - criticized for")
  if (prev.pos === 'AUX' || prev.pos === 'PRON' || prev.pos === 'VERB' || isDashAt(tokens, k)) return false;
  const relative = (x: Token) => RELATIVE_PRONOUNS.has(x.lower) || x.lower === 'that';
  while (k >= sFirst && !relative(tokens[k]) && (tokens[k].pos === 'NOUN' || tokens[k].pos === 'PROPN' || tokens[k].pos === 'ADJ' || tokens[k].pos === 'DET' || tokens[k].pos === 'NUM')) k--;
  return !(k >= sFirst && relative(tokens[k]));
}

/** Words after a headline's participle that show it passive: "promised for", "hit by", "criticised over". */
const HEADLINE_PASSIVE_NEXT = new Set(['for', 'by', 'over', 'as', 'in', 'at', 'after', 'amid']);

/** Words between a hearing body and its verb: perfect and passive auxiliaries, and times ("has also heard"; not "will hear"). */
const VENUE_AUX = new Set(['has', 'had', 'have', 'was', 'were', 'is', 'been', 'also', 'later', 'earlier']);

/**
 * The head of the verb at i's subject when it is a body that hears statements ("the court
 * heard"), or -1. For "tell" only in the passive ("the hearing was told").
 */
function venueBefore(ctx: Ctx, i: number, sFirst: number, passive: boolean): number {
  const { tokens, lex } = ctx;
  let k = i - 1;
  let be = false;
  while (k >= sFirst && VENUE_AUX.has(tokens[k].lower)) {
    if (BE_FORMS.has(tokens[k].lower)) be = true;
    k--;
  }
  return k >= sFirst && lex.venueNouns.has(tokens[k].lower) && be === passive ? k : -1;
}

/**
 * Where a verb cue's reported span starts: it takes in the auxiliaries and
 * adverbs of its verb group written right before it ("has said", "also
 * noted", "would later say"). Only the span grows: the cue's label and every
 * rule still look at the cue's own word.
 */
export function verbGroupStart(ctx: Ctx, fc: FoundCue, sFirst: number): number {
  const { tokens, lex } = ctx;
  if (!fc.cue.rule.startsWith('cue:verb') && !fc.cue.rule.startsWith('cue:noun')) return fc.cue.start;
  let k = fc.first;
  // "went on to say", "was quick to deny": the lead verb is part of the span
  if (k - 2 >= sFirst && tokens[k - 1].lower === 'to') {
    const lead = infinitiveLead(ctx, k - 2, sFirst);
    if (lead >= 0) k = lead;
  }
  const from = k;
  while (k - 1 >= sFirst && k - from > -4) {
    const t = tokens[k - 1];
    const contraction = t.value.startsWith("'") || t.value.startsWith('’');
    if (!(lex.verbGroup.has(t.lower) || isVerbAdverb(t)) || (contraction && t.pos !== 'AUX') || tokens[k].start - t.end > 1) break;
    k--;
  }
  return tokens[k].start;
}

/** Auxiliaries of the future: an act they foretell has not been done. */
const FUTURE = new Set(['will', "'ll", '’ll', 'shall']);

/**
 * Is the cue's act foretold in the narration: a future auxiliary in its verb group outside quotation marks ("He will
 * say Labour …", "Mr Brown will undoubtedly claim")? Nothing has been said yet, so there is no claim (dev-gold
 * README, "Speech foretold"); in a quotation "I will say this" is said.
 */
export function foretold(ctx: Ctx, fc: FoundCue, sFirst: number): boolean {
  if (!fc.cue.rule.startsWith('cue:verb')) return false;
  const { tokens, lex } = ctx;
  for (let k = fc.first - 1; k >= sFirst && fc.first - k <= 4 && (lex.verbGroup.has(tokens[k].lower) || isVerbAdverb(tokens[k])); k--) {
    // (lower case: "Will" before a verb is the columnist George Will's name, or a question)
    if (FUTURE.has(tokens[k].value) && tokens[k].pos === 'AUX') return !ctx.inQuote(tokens[k].start);
  }
  return false;
}

/** A cue runs on over a colon and a manner phrase: "said in a statement:", "told reporters:" stays "told". */
function extendCue(ctx: Ctx, i: number, sLast: number): number {
  const { tokens, lex } = ctx;
  let last = i;
  for (const ext of lex.cueExtensions) {
    if (last + ext.length > sLast) continue;
    if (ext.every((w, k) => tokens[last + 1 + k].lower === w)) { last += ext.length; break; }
  }
  if (last + 1 <= sLast && tokens[last + 1].value === ':' && tokens[last + 1].start === tokens[last].end) last++;
  return last;
}

/** A complement clause after the verb at i: "that …", ":", a quotation, or a subject and its verb. */

/** Prepositions that open a phrase of place or time between a verb and its quotation ("asks at Western High School, “…”"). */
const PLACE_OR_TIME = new Set(['at', 'in', 'on', 'during', 'after', 'before', 'outside', 'inside', 'near', 'from', 'via', 'onstage']);

/**
 * A verb of experience (experienceVerbs, "see") reports a view in the present tense ("Analysts see two
 * spurs to growth") or with "as", "that", a colon or a quotation in its clause ("saw the DNC as a tool");
 * past and modal forms otherwise tell what happened to the subject ("Electrolux saw its shares rise",
 * "The deal will see Rosneft receive …").
 */
function voicedView(ctx: Ctx, i: number, sFirst: number, sLast: number): boolean {
  const { tokens } = ctx;
  for (let k = i + 1; k <= sLast && k <= i + 12; k++) {
    const t = tokens[k];
    // ("as" before what the object is seen as, not a clause: "saw its sales sink as it battled …")
    if ((t.lower === 'as' && ['DET', 'ADJ', 'NOUN', 'NUM'].includes(tokens[k + 1]?.pos ?? '')) || t.lower === 'that' || t.value === ':' || isQuoteTok(t)) return true;
    // (the clause ends at a conjunction or another verb, not an infinitive's: "her choice to avoid the campaign as a sign of …")
    if (t.value === ',' || t.value === ';' || t.value === '.' || t.pos === 'CCONJ' || ((t.pos === 'VERB' || t.pos === 'AUX') && tokens[k - 1].lower !== 'to')) break;
  }
  const v = tokens[i];
  if (v.lower !== v.lemma && !/s$/.test(v.lower)) return false;
  let k = i - 1;
  while (k >= sFirst && tokens[k].pos === 'ADV') k--;
  return !(k >= sFirst && tokens[k].pos === 'AUX');
}

/** The statement of a reporting noun, from token `from` to the sentence's end, without its closing punctuation. */
function statementFrom(tokens: Token[], from: number, sLast: number): [number, number] {
  let e = sLast;
  while (e > from && tokens[e].pos === 'PUNCT' && !isQuoteTok(tokens[e])) e--;
  return [from, e];
}

/**
 * A headline's source before its reporting noun, and a preposition after it (headlineNouns): "Fed chief
 * warning on US deficit", "Agassi fear for Melbourne". The source is a name or a source noun and opens the
 * headline; returns sFirst, or -1.
 */
function headlineSource(ctx: Ctx, i: number, sFirst: number): number {
  const { tokens, lex } = ctx;
  if (i - 1 < sFirst || i - sFirst > 4 || !lex.headlineNouns.has(tokens[i].lower) || !HEADLINE_NOUN_PREPS.has(tokens[i + 1]?.lower ?? '')) return -1;
  // (its last word a proper noun or a source noun: "Labour MPs' fears over …")
  const h = isPluralPossessive(tokens, i - 1) ? tokens[i - 2] : tokens[i - 1];
  if (!h || !((isNameTok(h, lex) && h.pos === 'PROPN') || isSourceNoun(lex, h.lower, true))) return -1;
  // (a single word is a source when the article names someone by it, "Agassi" for Andre Agassi, or as a plural
  // group, "Unions fear …"; not a headline's common noun, "Business fears over …", "Security warning over …")
  if (i - sFirst === 1 && !ctx.names.resolve([h.value], h.start, lex.orgWords) && !(isSourceNoun(lex, h.lower) && PLURAL_NOUN.test(h.lower))) return -1;
  // (the words before it name the source too, whatever wink tags them: "Fed/VERB chief/ADJ warning")
  for (let k = sFirst; k < i; k++) if (!(isCap(tokens[k]) || isSourceNoun(lex, tokens[k].lower, true) || isPluralPossessive(tokens, k))) return -1;
  return sFirst;
}
const HEADLINE_NOUN_PREPS = new Set(['on', 'over', 'for', 'about', 'against']);

/** An amount starts at token k: a number ("5.3%", "337,000 jobs") or a currency sign before one ("$1.89"). */
function isAmountAt(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  return t !== undefined && (t.pos === 'NUM' || (/^[$£€¥]$/.test(t.value) && tokens[k + 1]?.pos === 'NUM'));
}

/** A noun phrase right after the verb at i (past adverbs): "shows Clinton with …", "found few voters …". */
function objectAfter(tokens: Token[], i: number, sLast: number): boolean {
  let k = i + 1;
  while (k <= sLast && tokens[k].pos === 'ADV') k++;
  return k <= sLast && ['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PRON'].includes(tokens[k].pos);
}

/** The tags of a noun phrase's words, with its prepositional postmodifiers ("the rest of the cruise business"). */
const NOUN_PHRASE_TAGS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'ADP']);

function complementAfter(ctx: Ctx, i: number, sLast: number): boolean {
  const { tokens } = ctx;
  // whom it was said to, then "that": "suggested to me that", "hinted to reporters that"
  if (tokens[i + 1]?.lower === 'to') {
    let m = i + 2;
    while (m <= sLast && m <= i + 5 && tokens[m].lower !== 'that' && (OBJECT_PRONOUNS.has(tokens[m].lower) || ['DET', 'ADJ', 'NOUN', 'PROPN'].includes(tokens[m].pos))) m++;
    // (a clause after "that", not a relative: "related to the attack that left one person dead")
    const clause = tokens[m + 1] !== undefined && tokens[m + 1].pos !== 'VERB' && tokens[m + 1].pos !== 'AUX';
    if (m > i + 2 && tokens[m]?.lower === 'that' && tokens[i].pos === 'VERB' && clause) return true;
  }
  let k = i + 1;
  while (k <= sLast && (tokens[k].pos === 'ADV' || tokens[k].pos === 'PART') && tokens[k].lower !== 'not') k++;
  // (past the occasion of the statement: "concluded in a 2002 report that …", "wrote in a letter that …")
  if (k < sLast && OCCASION_PREPS.has(tokens[k].lower)) {
    const m = occasionNounAt(ctx, k + 1, sLast, NOUN_PHRASE_TAGS);
    if (m >= 0 && tokens[m + 1]?.lower === 'that') return true;
  }
  const t = tokens[k];
  if (!t) return false;
  if (t.lower === 'that' || t.value === ':' || isQuoteTok(t) || t.lower === 'whether' || t.lower === 'if') return true;
  if (t.value === ',' && isQuoteTok(tokens[k + 1])) return true;
  // a gerund clause: "critics fear creating a super state", "he denied taking bribes"
  if (t.pos === 'VERB' && /ing$/.test(t.lower) && ctx.lex.gerundComplementVerbs.has(tokens[i].lemma)) return true;
  // after a verb of seeing or knowing, an object pronoun opens a perception, not a statement: "has seen him win prizes"
  // ("party leaders see him as an asset" is an opinion, left to the rest of this test)
  if (OBJECT_PRONOUNS.has(t.lower) && ctx.lex.perceptionVerbs.has(tokens[i].lemma) && tokens[k + 1]?.lower !== 'as') return false;
  // "has found it difficult to satisfy …", "has found itself in trouble": what the subject finds hard or easy, or
  // finds itself in, no statement (but "I find it hard to believe that …" voices a doubt)
  if (ctx.lex.difficultyVerbs.has(tokens[i].lemma)) {
    if (REFLEXIVES.has(t.lower)) return false;
    let a = k + 1;
    if (tokens[a]?.pos === 'ADV') a++;
    if (t.lower === 'it' && tokens[a]?.pos === 'ADJ' && tokens[a + 1]?.lower === 'to' && !ctx.lex.verbLabel.has(tokens[a + 2]?.lemma ?? '')) return false;
  }
  // a subject and a finite verb within a few words: "polls show Clinton leads", "he thinks it will";
  // or a phrase of place or time, then a quotation: "Sanders asks at Western High School, “Any questions …?”"
  // (further on after a long object that is only a noun phrase: "expect the impact on the rest of the cruise business to
  // be limited")
  let nominal = true;
  for (let m = k; m <= sLast && (m < k + 10 || (nominal && m < k + 16)); m++) {
    const x = tokens[m];
    if (m > k && !NOUN_PHRASE_TAGS.has(tokens[m - 1].pos)) nominal = false;
    if (x.value === ',' && m > k && PLACE_OR_TIME.has(t.lower) && isQuoteTok(tokens[m + 1])) return true;
    if (x.value === ',' || x.value === '.' || x.value === ';') return false;
    // a gerund after a name or pronoun is a small clause: "the poll showed Mr. Trump losing supporters"
    const smallClause = ctx.lex.smallClauseVerbs.has(tokens[i].lemma) && x.pos === 'VERB' && /ing$/.test(x.lower) && (tokens[m - 1].pos === 'PROPN' || (tokens[m - 1].pos === 'PRON' && !POSSESSIVE_DET.has(tokens[m - 1].lower)));
    // (not a verb right after a preposition, which wink misreads: "continue her momentum after wins in …")
    // (past the usual reach, only an auxiliary or an infinitive: "… cruise business to be limited")
    const far = m >= k + 10 && !(x.pos === 'AUX' || (x.pos === 'VERB' && tokens[m - 1].lower === 'to'));
    if (m > k && !far && (tokens[m - 1].pos !== 'ADP' || tokens[m - 1].lower === 'as') && (x.pos === 'AUX' || (x.pos === 'VERB' && !/ing$/.test(x.lower)) || smallClause)) return tokens[k].pos === 'PRON' || tokens[k].pos === 'PROPN' || tokens[k].pos === 'NOUN' || tokens[k].pos === 'DET' || tokens[k].pos === 'NUM' || tokens[k].pos === 'ADJ';
  }
  return false;
}

/**
 * The verb closes the sentence after a comma and its subject, so the statement stands before it:
 * "Clinton has support from 52 percent, the poll found." (a subject within six words back of the
 * verb's group, at least three words of statement before the comma).
 */
function statementBefore(ctx: Ctx, i: number, sFirst: number, sLast: number): boolean {
  const { tokens } = ctx;
  let k = i + 1;
  while (k <= sLast && (tokens[k].pos === 'ADV' || TIME_WORDS.has(tokens[k].lower))) k++;
  if (k <= sLast && !/^[.!?]$/.test(tokens[k].value)) return false;
  // not a verb that goes on by itself ("…, as cold temperatures continue.")
  if (ctx.lex.infinitiveLeads.some((w) => w.length === 1 && w[0] === tokens[i].lemma)) return false;
  const comma = commaBeforeSubject(ctx, i, sFirst, false);
  return comma >= 0 && countWords(tokens, sFirst, comma - 1) >= 3;
}

/**
 * The comma before the subject of the verb at i, within six words back of the verb's group (which
 * stays out of the look-back: "…, they've suggested", "…, aides have long argued"), or -1 when a verb
 * or a quotation comes first or no subject stands between. `plain`: the subject is a plain noun
 * phrase, a quantifier may be it, and a preposition or conjunction ends the search ("such as TV
 * shows,", "plus stage shows,", "Fox and CNN morning shows,"; "…, some believe, …").
 */
function commaBeforeSubject(ctx: Ctx, i: number, sFirst: number, plain: boolean): number {
  const { tokens } = ctx;
  let subject = false;
  let v = i;
  while (v - 1 >= sFirst && (tokens[v - 1].pos === 'AUX' || tokens[v - 1].pos === 'ADV') && ctx.lex.verbGroup.has(tokens[v - 1].lower)) v--;
  for (let m = v - 1; m >= sFirst && m >= v - 6; m--) {
    const t = tokens[m];
    if (t.value === ',') return subject ? m : -1;
    if (t.pos === 'VERB' || t.pos === 'AUX' || isQuoteTok(t) || (plain && (t.pos === 'ADP' || t.pos === 'CCONJ' || t.pos === 'SCONJ'))) return -1;
    if (t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'PRON' || (plain && QUANTIFIERS.has(t.lower))) subject = true;
  }
  return -1;
}

/**
 * The verb and its subject stand between commas inside the statement, which goes on after them:
 * "Voters, Clinton suggested, don't have to worry", "This, he believes, is wrong" (a subject
 * within six words back of the verb's group, a word or more before the first comma, a verb after
 * the second before any other comma).
 */
function parenthetical(ctx: Ctx, i: number, sFirst: number, sLast: number): boolean {
  const { tokens } = ctx;
  let k = i + 1;
  while (k <= sLast && (tokens[k].pos === 'ADV' || TIME_WORDS.has(tokens[k].lower))) k++;
  if (k > sLast || tokens[k].value !== ',') return false;
  // not a list or a subordinate clause going on: "stage shows, while still trying"
  if (k + 1 <= sLast && (tokens[k + 1].pos === 'CCONJ' || tokens[k + 1].pos === 'SCONJ')) return false;
  let verbAfter = false;
  // …and its verb comes before another comma: "TV shows, pictures, videos and music so it can"
  for (let m = k + 1; m <= sLast && !verbAfter && tokens[m].value !== ','; m++) verbAfter = tokens[m].pos === 'VERB' || tokens[m].pos === 'AUX';
  if (!verbAfter) return false;
  return commaBeforeSubject(ctx, i, sFirst, true) > sFirst;
}

/** The head of the noun phrase right after the verb at i is one of `heads`, or a distance ("the men's 800m"). */
function wonObject(tokens: Token[], i: number, sLast: number, heads: Set<string>): boolean {
  let head: Token | null = null;
  let k = i + 1;
  for (; k <= sLast && k <= i + 8; k++) {
    const t = tokens[k];
    if (t.pos === 'NOUN' || t.pos === 'NUM' || t.pos === 'PROPN') head = t;
    else if (!(t.pos === 'DET' || t.pos === 'ADJ' || isPossessiveMark(t) || POSSESSIVE_DET.has(t.lower) || t.value === '-')) break;
  }
  // (a verb after the phrase makes it a clause's subject: "critics claim the record is at best patchy")
  if (k <= sLast && (tokens[k].pos === 'AUX' || isFiniteVerb(tokens[k]))) return false;
  return head !== null && (heads.has(head.lower) || /^\d+(?:\.\d+)?k?m$/.test(head.lower));
}

/** A quotation closes right before the verb or its subject: "“…,” he continued". */
function quoteBefore(ctx: Ctx, i: number, sFirst: number): boolean {
  const { tokens } = ctx;
  // (not a plural possessive's apostrophe: "two US critics' associations, adding to …")
  for (let k = i - 1; k >= sFirst && k >= i - 4; k--) if (isQuoteTok(tokens[k]) && !isPluralPossessive(tokens, k)) return true;
  return false;
}

/**
 * wink-nlp tags some past tenses as adjectives ("Cable also branded the plans"): a word in -ed
 * after its subject whose stem is a reporting verb is read as that verb.
 */
function verbView(ctx: Ctx, t: Token, i: number, sFirst: number): Token {
  const { lex, tokens } = ctx;
  // …and some progressives as nouns ("has been warning that"): after a form of "be", a word in -ing is the verb
  if (progressiveAsNoun(tokens, i)) {
    const w = t.lower.slice(0, -3);
    for (const stem of [w, `${w}e`, w.slice(0, -1)]) if (lex.verbLabel.has(stem)) return { ...t, lemma: stem, pos: 'VERB' };
    return t;
  }
  // …and a verb in -s as a plural noun after a name or pronoun, at the end of the sentence or before its
  // statement: "…, Isaac Stanley-Becker reports.", "He notes that …"
  // (the subject a name or pronoun that opens its clause: after a comma or at the sentence's start, not "Trump's
  // remarks", "of Deep Southern states")
  if (t.pos === 'NOUN' && /s$/.test(t.lower) && !isCap(t) && i > sFirst && (tokens[i - 1].pos === 'PROPN' || lex.personPronouns.has(tokens[i - 1].lower) || lex.thingPronouns.has(tokens[i - 1].lower))) {
    const nx = tokens[i + 1];
    let k = i - 1;
    while (k > sFirst && k > i - 8 && (tokens[k].pos === 'PROPN' || tokens[k].pos === 'DET' || tokens[k].pos === 'NOUN' || isGluedHyphen(tokens, k) || (tokens[k].pos === 'PRON' && k === i - 1))) k--;
    const opensClause = k === sFirst || tokens[k].value === ',';
    if (opensClause && (nx === undefined || /^[.!?:]$/.test(nx.value) || nx.lower === 'that')) {
      for (const stem of [t.lower.slice(0, -1), t.lower.slice(0, -2)]) if (lex.verbLabel.has(stem)) return { ...t, lemma: stem, pos: 'VERB' };
    }
    return t;
  }
  if (t.pos === 'VERB' && i - 2 >= sFirst) {
    const prev = tokens[i - 1];
    // …but a verb in -s after a noun that a light verb takes is the head of its object: "will issue security
    // alerts about …"; a word in -ing before a noun modifies it after an article ("the defending champion", "some
    // affirming language"), or after a noun's "and" when the two make the subject of the verb that follows ("the
    // site and alerting service would stay"; not "buffeted by criticism and denying claims of plagiarism")
    if (/s$/.test(t.lower) && prev.pos === 'NOUN' && !isCap(prev) && tokens[i - 2].pos === 'VERB' && lex.lightVerbs.has(tokens[i - 2].lemma)) return { ...t, pos: 'NOUN' };
    const nx = tokens[i + 1];
    if (/ing$/.test(t.lower) && nx?.pos === 'NOUN' && (prev.pos === 'DET' || ((prev.lower === 'and' || prev.lower === 'or') && tokens[i - 2].pos === 'NOUN' && (tokens[i + 2]?.pos === 'AUX' || tokens[i + 2]?.pos === 'VERB')))) return { ...t, pos: 'ADJ' };
  }
  // (also a verb whose lemma is still its form, which retag made a verb: "Mr Howard branded the decision unacceptable")
  if ((t.pos === 'VERB' && t.lemma !== t.lower) || !/ed$/.test(t.lower) || isCap(t)) return t;
  let k = i - 1;
  while (k >= sFirst && tokens[k].pos === 'ADV') k--;
  const prev = tokens[k];
  // (or after the auxiliary of the perfect: "have alleged", "has claimed"; and a verb of naming in the passive: "have
  // been branded \"deeply irresponsible\" by")
  const passive = prev?.lower === 'been';
  if (!prev || k < sFirst || !(prev.pos === 'PROPN' || prev.pos === 'NOUN' || prev.pos === 'PRON' || PERFECT_AUX.has(prev.lower) || passive)) return t;
  for (const stem of pastStems(t.lower)) {
    if (passive ? lex.complementVerbs.has(stem) : lex.verbLabel.has(stem) || lex.complementVerbs.has(stem) || stem === 'call') return { ...t, lemma: stem, pos: 'VERB' };
  }
  return t;
}

/** Forms of "have" and "get" that make a causative with an object and a participle: "have the case dismissed". */
const CAUSATIVES = new Set(['have', 'has', 'had', 'having', 'get', 'gets', 'got', 'getting']);

/** Auxiliaries of the perfect, after which a word in -ed is a participle. */
const PERFECT_AUX = new Set(['has', 'have', 'had', "'ve", '’ve', "'d", '’d']);

/** A word in -ing that wink tags as no verb, after a form of "be" ("has been warning") or a comma before "that" (", warning that"). */
function progressiveAsNoun(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  if (t.pos === 'VERB' || !t.lower.endsWith('ing') || isCap(t)) return false;
  // (also a participle clause after a comma, before its "that": "…, warning that legislation would be introduced")
  return BE_FORMS.has(tokens[i - 1]?.lower ?? '') || (tokens[i - 1]?.value === ',' && tokens[i + 1]?.lower === 'that');
}

/** A verb of naming in the passive at i, the name it gave and then "by" and its agent: "was branded \"irresponsible\" by". */
function namedInPassive(ctx: Ctx, i: number, sLast: number): boolean {
  const { tokens } = ctx;
  if (!PARTICIPLE.test(tokens[i].lower) || !BE_FORMS.has(tokens[i - 1]?.lower ?? '')) return false;
  const first = tokens[i + 1];
  if (!first || !(isQuoteTok(first) || first.lower === 'as' || first.lower === 'a' || first.lower === 'an')) return false;
  for (let k = i + 2; k <= sLast && k <= i + 10; k++) {
    if (tokens[k].value === ',' || tokens[k].value === ';' || (isFiniteVerb(tokens[k]) && !ctx.inQuote(tokens[k].start))) return false;
    if (tokens[k].lower === 'by' && !ctx.inQuote(tokens[k].start)) return k + 1 <= sLast;
  }
  return false;
}

/** "described the plan as a gimmick", "called Trump a liar": the object, then "as" or an indefinite noun phrase. */
function namesAs(ctx: Ctx, i: number, sLast: number): boolean {
  const { tokens } = ctx;
  let k = i + 1;
  const objStart = k;
  // (two objects joined by "and" may be named together, the "as" further on: "hailed Mel Gibson's biblical epic and Michael
  // Moore's political documentary as inspiring national debate")
  let andAt = -1;
  while (k <= sLast && k < i + (andAt >= 0 ? 16 : 8) && (tokens[k].pos === 'PRON' || tokens[k].pos === 'PROPN' || tokens[k].pos === 'NOUN' || tokens[k].pos === 'DET' || tokens[k].pos === 'ADJ' || isPossessiveMark(tokens[k]) || (tokens[k].lower === 'and' && k > objStart && andAt < 0))) {
    if (k > objStart && (tokens[k].lower === 'a' || tokens[k].lower === 'an') && ctx.tokens[i].lemma === 'call') return true;
    if (tokens[k].lower === 'and') andAt = k;
    k++;
  }
  if (k > objStart && k <= sLast && tokens[k].lower === 'as') return true;
  // (an "and" that joins no second object named with the first ends the object: "called the sale illegal and has turned …")
  if (andAt >= 0) k = andAt;
  // "called the decision disgraceful", "calls Clinton unqualified": an object and an adjective that ends the clause
  const adj = tokens[k - 1];
  const ends = k > sLast || tokens[k].pos === 'PUNCT' || tokens[k].pos === 'CCONJ' || tokens[k].pos === 'SCONJ';
  return ctx.lex.adjectiveComplementVerbs.has(tokens[i].lemma) && k - 1 > objStart && adj.pos === 'ADJ' && !ctx.lex.notNamingAdjectives.has(adj.lower) &&
    ends && NOMINAL_TAGS.has(tokens[k - 2].pos) && !POSSESSIVE_DET.has(tokens[k - 2].lower);
}

/**
 * The adjective of "made it clear that …" (lexicon makeKnown) after the verb at i: past "it" and adverbs
 * ("made it abundantly clear"), before "that", a colon, a quotation mark or a question word; -1 if none.
 */
function madeKnownEnd(ctx: Ctx, i: number, sLast: number): number {
  const { tokens } = ctx;
  let k = i + 1;
  if (tokens[k]?.lower === 'it') k++;
  while (k <= sLast && tokens[k].pos === 'ADV') k++;
  if (k >= sLast || !ctx.lex.makeKnown.adjectives.has(tokens[k].lower)) return -1;
  const n = tokens[k + 1];
  return n.lower === 'that' || n.value === ':' || isQuoteTok(n) || INDIRECT_QUESTION_OPENERS.has(n.lower) ? k : -1;
}

/** Negative quantifiers that make a subject no one: "none (of them)", "nobody", "no one", "neither (side)" (a subject's word; mentions.ts's NEGATION negates a verb). */
const NEGATIVE_SUBJECTS = new Set(['none', 'nobody', 'neither', 'noone']);
function negativeSubject(tokens: Token[], first: number): boolean {
  const t = tokens[first];
  return NEGATIVE_SUBJECTS.has(t.lower) || (t.lower === 'no' && tokens[first + 1]?.lower === 'one') || (t.lower === 'one' && tokens[first - 1]?.lower === 'no');
}

/**
 * After a verb of actOnlyWith at i: one of its next words, past adverbs and "not" ("threatened to sue",
 * "threatened not to show up"), a quotation, or an object noun phrase that holds one of its objects ("threatened legal
 * action") or runs to a preposition of its next or afterObject words ("threatened parent group LG Group with penalties", "attributed the
 * fall to mild weather").
 */
function actAfter(ctx: Ctx, i: number, sLast: number, w: { next: Set<string>; objects: Set<string>; afterObject: Set<string> }): boolean {
  const { tokens } = ctx;
  let k = i + 1;
  while (k <= sLast && (tokens[k].pos === 'ADV' || tokens[k].lower === 'not')) k++;
  if (k > sLast) return false;
  // (…or a quotation right after it: "welcomed \"the recognition that …\"")
  if (w.next.has(tokens[k].lower) || (isQuoteTok(tokens[k]) && ctx.inQuote(tokens[k].end) !== null)) return true;
  // (…or, for a verb of judging, the agent of its passive: "The report was welcomed by …")
  if (tokens[k].lower === 'by' && ctx.lex.passiveAgentCues.has(tokens[i].lemma) && BE_FORMS.has(tokens[i - 1]?.lower ?? '')) return true;
  // (the object may be long, in brackets or quoted: "threatened three-time champion Edith Masai with a similar ban",
  // "threatened little Israel (8,000 square miles) with …", "threatening “a major lawsuit”")
  for (let e = k; e <= sLast && e < k + 12; e++) {
    const x = tokens[e];
    // (…or a preposition of next after the object: "threatened … LG Group with penalties", "blamed the US for …")
    if (w.objects.has(x.lower) || ((w.next.has(x.lower) || w.afterObject.has(x.lower)) && e > k && x.pos === 'ADP')) return true;
    if (!OBJECT_PHRASE_TAGS.has(x.pos) && !isQuoteTok(x) && x.value !== '(' && x.value !== ')' && x.value !== '-') return false;
  }
  return false;
}

/**
 * What a subject mention is, for the tests below: the mention itself or, for a relative pronoun, its antecedent;
 * whether a name stands in it; its head token; and whether that head is a noun for a person, group, organisation
 * or document (or a title).
 */
function subjectHead(ctx: Ctx, m: FoundMention): { subject: FoundMention; named: boolean; head: Token; sourceNoun: boolean } {
  const subject = m.pronounFor ?? m;
  const head = ctx.tokens[subject.headLast];
  return { subject, named: subject.nameFirst !== null, head, sourceNoun: isSourceNoun(ctx.lex, head.lower, true) || ctx.lex.orgWords.has(head.lower) };
}

/** Is the mention a thing's: headed by a singular common noun that names no source ("cold weather", "the ban", "Row")? */
function thingSubject(ctx: Ctx, m: FoundMention): boolean {
  const { subject, named, head, sourceNoun } = subjectHead(ctx, m);
  if (named) return false;
  return (head.pos === 'NOUN' || (head.pos === 'PROPN' && subject.first === subject.headLast && !isNameTok(head, ctx.lex))) && !PLURAL_NOUN.test(head.lower) && !sourceNoun;
}

/** Can the mention speak: a name, a personal pronoun, or a noun for a person, group, organisation or document (for a relative pronoun, its antecedent)? */
function speaksAsSource(ctx: Ctx, m: FoundMention): boolean {
  const { named, head, sourceNoun } = subjectHead(ctx, m);
  return named || (head.pos === 'PRON' && !RELATIVE_PRONOUNS.has(head.lower)) || sourceNoun;
}

/** A noun phrase that an article or determiner opens and a singular common noun heads ("The rule", "the government proposal"; not "member", "the other early voting"). */
function singularWithArticle(ctx: Ctx, m: FoundMention): boolean {
  const { tokens } = ctx;
  const head = tokens[m.headLast];
  return tokens[m.first].pos === 'DET' && head.pos === 'NOUN' && !isCap(head) && !PLURAL_NOUN.test(head.lower) && !/ing$/.test(head.lower);
}

function quoteAfterInClause(ctx: Ctx, i: number, sLast: number): boolean {
  const { tokens } = ctx;
  for (let k = i + 1; k <= sLast && k <= i + 25; k++) {
    const t = tokens[k];
    if (isQuoteTok(t) && ctx.inQuote(t.end) !== null) return true;
    if (t.value === ';' || t.value === '.') return false;
  }
  return false;
}

function matchPhrase(ctx: Ctx, words: string[], i: number, sLast: number, possessive = false): { end: number; spk: [number, number] | null; spkSlot: number | null } | null {
  const { tokens } = ctx;
  let k = i;
  let spk: [number, number] | null = null;
  let spkSlot: number | null = null;
  for (let w = 0; w < words.length; w++) {
    const word = words[w];
    if (k > sLast) return null;
    if (word === 'SPK') {
      spkSlot = w;
      const nextWord = words[w + 1];
      if (nextWord === undefined) {
        // speaker runs to the end of the noun phrase
        const b = npRight(ctx, k, sLast);
        if (b < 0) return null;
        spk = [k, b];
        k = b + 1;
      } else {
        // a short speaker (pronoun, name, possessive) before the next literal word
        let b = k;
        while (b <= sLast && b - k < 4 && tokens[b].lower !== nextWord) b++;
        if (b > sLast || tokens[b].lower !== nextWord || b === k) return null;
        let e = b - 1;
        // ("Forbes’ words": the apostrophe alone after an s)
        const genitive = isPossessiveMark(tokens[e]) || (e > k && isPluralPossessive(tokens, e));
        if (genitive) e--;
        if (e < k) return null;
        if (possessive && !genitive && !POSSESSIVE_DET.has(tokens[k].lower)) return null;
        spk = [k, e];
        k = b;
      }
      continue;
    }
    if (word === 'QUOTE') {
      if (!isQuoteTok(tokens[k])) return null;
      k++;
      continue;
    }
    if (tokens[k].lower !== word) return null;
    k++;
  }
  return { end: k - 1, spk, spkSlot };
}

/** Reporting verbs whose object is a clause, with or without "that". */
const CLAUSE_VERBS = new Set(['say', 'tell', 'claim', 'believe', 'think', 'argue', 'insist', 'add', 'note', 'write', 'state', 'warn', 'suggest', 'report', 'explain', 'admit', 'acknowledge', 'announce', 'predict', 'fear', 'hope', 'expect', 'know', 'maintain', 'contend', 'allege', 'assert', 'declare', 'confirm', 'reveal', 'indicate', 'recall', 'stress', 'emphasise', 'emphasize']);
const SUBORDINATORS = new Set(['that', 'because', 'if', 'since', 'after', 'before', 'although', 'though', 'when', 'whether', 'how', 'why', 'unless', 'until']);

/** Is cue `inner` (with its own subject) inside a clause that `outer`'s verb introduces? */
export function nestedUnder(ctx: Ctx, outer: FoundCue, inner: FoundCue): boolean {
  const { tokens } = ctx;
  const start = inner.mention ? Math.min(inner.mention.first, inner.first) : inner.first;
  if (start <= outer.last) return false;
  // what follows a source's name and colon is all its statement: "Rubio: I Still Believe Trump Can’t Be Trusted"
  // (up to a semicolon: "Report: Half of the meetings were with donors; campaign says …")
  if (outer.cue.rule === 'cue:punctuation:colon') return !tokens.slice(outer.last + 1, start).some((t) => t.value === ';');
  // the inner cue closes the sentence and takes the statement up: "… has suggested that …, something Mr Sullivan denies."
  const sentence = ctx.doc.sentences[tokens[outer.first].sentence];
  if (inner.mention && resumptiveComma(ctx, inner, sentence.tokens[0], sentence.tokens[1] - 1) >= 0) return false;
  // the outer report is in an opening subordinate clause and the inner one's subject opens the main
  // clause after its comma: "While Comey has said that …, Lewandowski said …"
  const comma = inner.mention ? tokens[inner.mention.first - 1] : undefined;
  if (comma?.value === ',' && !ctx.inQuote(comma.start)) {
    if (opensSubordinate(tokens, sentence.tokens[0], outer.mention ? Math.min(outer.first, outer.mention.first) : outer.first)) return false;
  }
  // the statement runs from the outer verb to the inner one without a new main clause
  let sub = false;
  for (let k = outer.last + 1; k < start; k++) {
    const t = tokens[k];
    if (t.value === ';' || (t.pos === 'CCONJ' && tokens[k - 1]?.value === ',') || t.lower === 'while' || t.lower === 'whereas' || t.lower === 'but') return false;
    if (SUBORDINATORS.has(t.lower)) sub = true;
    // (or the grounds of an accusation: "The SEC had accused Titan of illegally paying $2.1m to an agent claiming ties …";
    // not a new subject joined by "and": "Ted Cruz accuses Obama of … and Donald Trump says …")
    if (ctx.lex.passiveBefore.get(tokens[outer.last].lemma)?.has(t.lower) && t.lower !== 'to' && tokens[start - 1]?.pos !== 'CCONJ') sub = true;
  }
  // a reporting noun in the outer statement is part of it: "disputing accusations by Exxon that …"
  if (inner.cue.rule.startsWith('cue:reporting-noun')) return true;
  // "X said the council lost": a clause follows the verb directly, as in "said (that) …"
  if (!sub && CLAUSE_VERBS.has(tokens[outer.last].lemma)) {
    const first = tokens[outer.last + 1];
    sub = first !== undefined && (first.pos === 'DET' || first.pos === 'PRON' || first.pos === 'PROPN' || first.pos === 'NOUN') && inner.mention !== null && inner.mention.first >= outer.last + 1;
  }
  return sub;
}

/**
 * The index in `cues` of a reporting clause that closes the sentence after a
 * comma ("…, he said.", "…, Mr Thomas said in a statement."), or -1. Such a
 * clause reports everything before it, so a cue there is part of the
 * statement: "He may add to his leadership …, he said." is one claim, cued by
 * "said" (an earlier cue that reportsOnItsOwn keeps its claim: two claims).
 * Only for a verb cue with a speaker of its own, at least four words
 * of statement, in a sentence that does not open with a quotation (a
 * quotation's own reporting is found otherwise), with no earlier cue that
 * introduces a quotation ('X told Today: "…," he said.') and no earlier
 * reporting clause set off by commas (", Smith said, …"), which reports a
 * part of its own.
 */
export function closingReport(ctx: Ctx, cues: FoundCue[], sFirst: number, sLast: number): number {
  const { tokens } = ctx;
  const n = cues.length - 1;
  const fc = cues[n];
  if (n < 1 || !fc.mention || fc.inherit || !fc.cue.rule.startsWith('cue:verb')) return -1;
  const blockFirst = Math.min(fc.first, fc.mention.first);
  const blockLast = Math.max(fc.last, fc.mention.last);
  // (the comma may close a quotation: "… dimension,'' said Sylke Tempel")
  const comma = commaBefore(tokens, blockFirst, sFirst);
  if (comma < 0 || countWords(tokens, sFirst, comma - 1) < 4) return -1;
  // nothing after the clause but whom it was told to and a few words of time or place ("in a
  // statement", "on Tuesday"), or an apposition of an inverted speaker (", said Sylke Tempel, the
  // editor of International Policy."): no object ("US firms added 146,000 jobs."), quotation or verb
  let a = blockLast + 1;
  if (fc.mention.first > fc.last && tokens[a]?.value === ',') {
    a++;
    while (a < sLast && /^(?:NOUN|PROPN|DET|ADJ|ADP|NUM|CCONJ|PUNCT)$/.test(tokens[a].pos) && !isQuoteTok(tokens[a])) a++;
    if (a !== sLast) return -1;
  }
  if (sLast - a > 6) return -1;
  if (ctx.lex.addresseeVerbs.has(tokens[fc.last].lemma)) while (a < sLast && /^(?:NOUN|PROPN|PRON|DET|ADJ)$/.test(tokens[a].pos)) a++;
  let phrase = false;
  for (let k = a; k <= sLast; k++) {
    const t = tokens[k];
    if (/^[.!?]$/.test(t.value) && k === sLast) break;
    if (t.pos === 'ADP') phrase = true;
    else if (!(t.pos === 'ADV' || TIME_WORDS.has(t.lower) || (phrase && /^(?:NOUN|PROPN|NUM|ADJ|DET|PRON)$/.test(t.pos)))) return -1;
  }
  if (isQuoteTok(tokens[sFirst]) || ctx.inQuote(tokens[sFirst].start)) return -1;
  // nor over a full stop that wink did not split at ('… to the DEC. "I'd be pleased," he added.')
  for (let k = sFirst; k < comma; k++) if (/[.!?]$/.test(tokens[k].value) && !ctx.inQuote(tokens[k].start) && (tokens[k].value.length === 1 || isQuoteTok(tokens[k + 1]))) return -1;
  for (let c = 0; c < n; c++) {
    const e = cues[c];
    const first = e.mention ? Math.min(e.first, e.mention.first) : e.first;
    const last = e.mention ? Math.max(e.last, e.mention.last) : e.last;
    if (last >= comma || (tokens[first - 1]?.value === ',' && tokens[last + 1]?.value === ',')) return -1;
    // an earlier cue that introduces a quotation reports it itself: 'Mr Johnson told Today: "…," he said.'
    if (isQuoteTok(tokens[e.last + 1]) && ctx.inQuote(tokens[e.last + 1].end) !== null) return -1;
    for (let k = e.last + 1; k < comma; k++) if (tokens[k].value === ':' && !ctx.inQuote(tokens[k].start)) return -1;
  }
  return n;
}

/**
 * An earlier cue under a closing reporting clause that is a source's report
 * of its own and keeps its claim (corpus/dev-gold/README.md, nested
 * attributions): a reporting verb of a named or described source with a
 * clause after it ("Government guidance said e-mails should …, Mr Thomas
 * said."). A cue with no clause ("has added another link", "would continue
 * his push") or a pronoun's ("He may add …, he said") is part of the closing
 * clause's statement.
 */
export function reportsOnItsOwn(ctx: Ctx, e: FoundCue, sLast: number): boolean {
  const { tokens } = ctx;
  if (!e.mention || e.inherit || !e.cue.rule.startsWith('cue:verb') || tokens[e.mention.first].pos === 'PRON') return false;
  return CLAUSE_VERBS.has(tokens[e.last].lemma) && complementAfter(ctx, e.last, sLast);
}
