/**
 * Speaker mentions: walks noun phrases left and right of a cue and builds the mention
 * (subject, inverted, apposition, relative pronoun, list, main-clause subject).
 */
import type { Token } from '../../types.ts';
import { ARTICLES, commaBefore, type Ctx, describingNoun, endsTitleOf, firstNameStart, type FoundMention, isCap, isDashAt, isDemonymAt, isFiniteVerb, isGluedHyphen, isNameHyphen, isNameSlash, isNameTok, isParticiple, isPluralPossessive, isPossessiveMark, isQuoteTok, isSourceNoun, isVerbAdverb, openingParticiple, openParen, opensStatement, PARTICIPLE, pastStems, POSSESSIVE_DET, QUANTIFIERS, RELATIVE_PRONOUNS, SUBJECT_PRONOUNS, TIME_WORDS, WEEKDAYS, WH_WORDS, YEAR } from './context.ts';
import { CONNECTORS, titleBefore } from './names.ts';

/** Words that open a time phrase between a subject and its verb ("on Tuesday", "last week", "later this month"). */
const TIME_LEADS = new Set(['on', 'last', 'this', 'in', 'early', 'late', 'later', 'earlier']);

const SUBJECT_SKIP_AUX = new Set([
  'has', 'have', 'had', 'will', 'would', 'could', 'can', 'may', 'might', 'must', 'shall', 'should', 'did', 'does', 'do',
  'also', 'repeatedly', 'later', 'previously', 'earlier', 'again', 'then', 'often', 'once', 'always', 'never', 'already',
  'reportedly', 'allegedly', 'publicly', 'privately', 'recently', 'now', 'still', 'further', 'specifically', 'strongly',
  'flatly', 'firmly', 'categorically', 'angrily', 'openly', 'quickly', 'immediately', 'separately', 'simply', 'just',
  'even', 'not', "n't", 'only', 'too', 'both', 'all', 'since', 'long', 'told', 'been', 'being',
  // contracted auxiliaries: "they've said", "she'd argued", "we'll say"
  "'ve", '’ve', "'d", '’d', "'ll", '’ll',
]);
/** The length of a two- or three-word adverbial that ends at token j ("in turn", "in the past"), or 0. */
function adverbialEndingAt(tokens: Token[], j: number, sFirst: number): number {
  if (j - 1 >= sFirst && ADVERBIAL_PAIRS.has(`${tokens[j - 1].lower} ${tokens[j].lower}`)) return 2;
  if (j - 2 >= sFirst && TIME_TRIPLES.test(`${tokens[j - 2].lower} ${tokens[j - 1].lower} ${tokens[j].lower}`)) return 3;
  return 0;
}
/** Conjunctions that make what follows a condition, not a statement. */
const CONDITIONS = new Set(['if', 'unless']);
/** Words that open a sentence by referring back to what was said: "So says the minister", "Thus spoke …". */
const REFER_BACK = new Set(['so', 'thus']);
/** Adverbs of degree that stand before a passive participle: "widely predicted", "much told". */
const PASSIVE_DEGREE = new Set(['widely', 'much', 'commonly', 'generally', 'long', 'well', 'little', 'highly', 'largely', 'universally']);
/** Adjectives that work as determiners and head no noun phrase of their own: "The other proposed names". */
const DETERMINER_ADJECTIVES = new Set(['other', 'same', 'such', 'own', 'only', 'very', 'whole', 'entire', 'main', 'certain', 'various', 'several', 'few', 'many', 'much', 'more', 'most', 'less', 'least']);
/** Object pronouns that name a group a quantifier takes a part of: "most of them". */
const PARTITIVE_PRONOUNS = new Set(['them', 'us', 'those', 'these']);
/** Reflexives that stress a subject before its verb: "Ford itself said", "Cruz himself said". */
const INTENSIFIERS = new Set(['itself', 'himself', 'herself', 'themselves']);
/**
 * A word between a subject and its verb: an auxiliary, an adverb ("Carter however said", "Cruz
 * gingerly said"), or an intensifying reflexive. A pronoun other than a reflexive is the subject.
 */
function betweenSubjectAndVerb(t: Token): boolean {
  if (INTENSIFIERS.has(t.lower)) return true;
  if (t.pos === 'PRON') return false;
  return SUBJECT_SKIP_AUX.has(t.lower) || isVerbAdverb(t);
}
const BE = new Set(['is', 'was', 'were', 'are', 'be', 'been', 'being', "'s", 'am', "'m", '’m', "'re", '’re']);
const RELATIVE = new Set(['who', 'which', 'whose', 'whom', 'that', 'where', 'when']);
/** Tags of the words in a list of examples after "including" or "such as" ("Friends of the Earth, the World Development Movement"). */
const EXAMPLE_LIST_TAGS = new Set(['PROPN', 'NOUN', 'DET', 'ADP', 'ADJ', 'NUM', 'PART']);
/** Conjunctions that open a subordinate clause at the start of a sentence ("When Carson died, …"). */
const OPENING_SUBORDINATORS = new Set(['when', 'after', 'before', 'while', 'although', 'though', 'because', 'since', 'once', 'until', 'whereas', 'as']);
const ASIDES = new Set(['for instance', 'for example', 'however', 'in turn', 'meanwhile', 'though', 'too', 'also', 'in fact', 'in particular', 'for its part', 'for his part', 'for her part', 'for their part', 'to his credit', 'to her credit', 'to their credit', 'to its credit', 'in response', 'in a statement', 'in contrast', 'by contrast', 'moreover', 'instead', 'indeed', 'of course', 'again', 'later', 'earlier', 'separately', 'in addition', 'among others', 'among other things']);
/** Two-word adverbials that may stand between a subject and its verb ("are in turn demanding"). */
const ADVERBIAL_PAIRS = new Set(['in turn', 'in fact', 'in return', 'in response', 'of course', 'at first', 'at least', 'for now', 'in public', 'in private', 'in particular']);
/** Three-word adverbials of time between a subject and its verb ("have in the past said", "has in recent weeks warned"). */
const TIME_TRIPLES = /^(?:in (?:the past|recent (?:days|weeks|months|years))|for (?:some time|many years))$/;
const NEGATION = new Set(['not', "n't", 'never']);
/** Adverbs that open a clause, capitalised at the start of a sentence but no name: "When asked …". */
const WH_ADVERBS = new Set([...WH_WORDS, 'whenever', 'wherever']);
/** Words that qualify a number at the start of a quantified subject ("about four in 10", "more than half"). */
const APPROXIMATORS = new Set(['in', 'of', 'about', 'nearly', 'almost', 'around', 'roughly', 'some', 'only', 'just', 'over', 'than', 'more', 'fewer', 'less']);
const PREDETERMINERS = new Set(['all', 'both', 'half']);
/** Words that can open a quantified subject before its number ("about", "more than"). */
const NUMBER_LEADS = new Set([...APPROXIMATORS].filter((w) => w !== 'in' && w !== 'of'));
/** A participle right after a noun, opening a modifier of it: "polls taken in South Carolina". */
function postParticiple(tokens: Token[], k: number, floor: number): boolean {
  const t = tokens[k];
  return t !== undefined && k - 1 >= floor && t.pos === 'VERB' && PARTICIPLE.test(t.lower) && tokens[k - 1].pos === 'NOUN';
}
/**
 * A document's participle ending at k, before the "by" of its author: "a report released", "an email sent
 * out"; returns the participle's index (the noun is just before it), or -1.
 */
function documentParticiple(ctx: Ctx, k: number, floor: number): number {
  const { tokens, lex } = ctx;
  const at = (p: number) => {
    const v = tokens[p];
    return v !== undefined && v.pos === 'VERB' && isParticiple(v) && p - 1 >= floor && tokens[p - 1].pos === 'NOUN' && lex.documentNouns.has(tokens[p - 1].lower);
  };
  const p = tokens[k] !== undefined && PARTICLES.has(tokens[k].lower) ? k - 1 : k;
  if (at(p)) return p;
  // (…also with a time or place between the participle and "by": "A survey published on the eve of the conference by
  // PricewaterhouseCoopers")
  for (let q = k - 1; q >= floor && q >= k - 7; q--) {
    if (!PP_TAGS.has(tokens[q + 1].pos)) return -1;
    if (tokens[q + 1].pos === 'ADP' && at(q)) return q;
  }
  return -1;
}
/** Tags inside a short prepositional phrase. */
const PP_TAGS = new Set(['ADP', 'DET', 'NOUN', 'PROPN', 'ADJ', 'NUM']);
const PARTICLES = new Set(['out', 'up', 'off']);
const OFFICES = 'QC|KC|MP|MEP|MSP|AM|MLA|TD';
/** Post-nominal letters of an office or rank (QC, MP, MEP, KC), not of the name itself. */
const OFFICE_LETTERS = new RegExp(`^(?:${OFFICES})$`);
/** Letters after a name that go with it: an office's, or the name's own ("Jr"). */
const POST_NOMINAL = new RegExp(`^(?:${OFFICES}|Jr\\.?|Sr\\.?)$`);
/** The last token of a name in tokens[c, d] that may end in a post-nominal ("Brian Monteith MSP"): d, or the one before it. */
const beforePostNominal = (tokens: Token[], c: number, d: number): number => (d > c && POST_NOMINAL.test(tokens[d].value) ? d - 1 : d);

/**
 * A participle between a determiner, adjective or possessive and its noun: "the Party’s presumed
 * nominee", "the world's leading credit rating agencies" (an -ing form not after a preposition, where
 * it is a gerund: "by cutting taxes").
 */
function modifiesNoun(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  const prev = tokens[k - 1];
  const next = tokens[k + 1];
  if (t.pos !== 'VERB' || !prev || !next) return false;
  const ing = PARTICIPLE_CUE.test(t.lower);
  if (!PARTICIPLE.test(t.lower) && !(ing && prev.pos !== 'ADP')) return false;
  const before = ['DET', 'ADJ', 'NUM', 'ADP'].includes(prev.pos) || isPossessiveMark(prev) || POSSESSIVE_DET.has(prev.lower);
  return before && ['NOUN', 'PROPN', 'ADJ'].includes(next.pos);
}

/** An "of" at k after a number or quantifier: the "of" of a part of a group ("one of the agencies", "some of the candidates"). */
function partitiveOf(tokens: Token[], k: number): boolean {
  const before = tokens[k - 1];
  return tokens[k]?.lower === 'of' && before !== undefined && (QUANTIFIERS.has(before.lower) || before.pos === 'NUM');
}

/** A hyphen inside a spelt-out number: "Twenty-four" (the hyphen, or a number glued to one). */
function isNumberHyphen(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  if (!t) return false;
  if (t.value === '-') return tokens[k - 1]?.end === t.start && tokens[k + 1]?.start === t.end && tokens[k - 1].pos === 'NUM' && tokens[k + 1].pos === 'NUM';
  return false;
}
const PARTICIPLE_CUE = /ing$/;
/** Prepositions after which a noun phrase before "and" is not the preposition's object alone: "of" belongs to the phrase ("a population of a billion people and many observers"), "by" names an agent. */
const OBJECT_AND_NOT_AFTER = new Set(['of', 'by']);
/** What cannot open a participle's statement: the sentence's or clause's end. */
const CLAUSE_END_MARKS = new Set(['.', ',', ';', ')', '?', '!']);
/** Prepositions that open a phrase a writer may front without its comma ("During the interview Mr Blair said"). */
const FRONTED_PREPOSITIONS = new Set(['after', 'before', 'during', 'at', 'in', 'on', 'for', 'with', 'against', 'since', 'until', 'following', 'despite', 'amid', 'over', 'under']);

/* ----------------------------------------------------------- noun phrases */

/** Walks left from token j (inclusive) over a noun phrase; returns its first token or -1. */
export function npLeft(ctx: Ctx, j: number, floor: number): number {
  const { tokens, lex } = ctx;
  const t0 = tokens[j];
  if (!t0) return -1;
  const described = describedSource(ctx, j, floor);
  if (described >= 0) return described;
  if (t0.pos === 'PRON' && !QUANTIFIERS.has(t0.lower)) {
    // a part of a group: "most of them", "two of us"
    if (PARTITIVE_PRONOUNS.has(t0.lower) && tokens[j - 1]?.lower === 'of' && j - 2 >= floor && (QUANTIFIERS.has(tokens[j - 2].lower) || tokens[j - 2].pos === 'NUM')) return npLeft(ctx, j - 2, floor);
    return isSpeakerPronoun(ctx, t0) ? j : -1;
  }
  // "Another said": one more of those just mentioned
  if (t0.lower === 'another' && t0.pos === 'DET') return j;
  // "the most recently proposed date": a superlative, not a quantity of people
  if (t0.lower === 'most' && tokens[j - 1]?.lower === 'the') return -1;
  // quantified subjects: "About one in five say", "42% say", "Some say", "most said"
  // (not the end of a hyphenated compound: "the mother-of-nine said")
  if ((QUANTIFIERS.has(t0.lower) || t0.pos === 'NUM' || t0.value === '%') && !isGluedHyphen(tokens, j - 1)) {
    // the end of an age or number range that describes the group: "14% of people aged between 18 and 34 said",
    // "voters aged 18 to 24 say" (the group is the subject, the range its modifier)
    const range = rangeStart(tokens, j, floor);
    if (range > floor && (tokens[range - 1].pos === 'NOUN' || tokens[range - 1].pos === 'PROPN')) {
      const g = npLeft(ctx, range - 1, floor);
      if (g >= 0) return g;
    }
    // (…or a range that is itself the subject: "Between 10 and 20 said")
    if (range >= floor && tokens[range].lower === 'between' && (range === floor || tokens[range - 1].pos === 'PUNCT' || tokens[range - 1].pos === 'CCONJ')) return range;
    let k = j;
    // (also the article of a fraction: "nearly a quarter", "a third")
    while (k - 1 >= floor && (tokens[k - 1].pos === 'NUM' || tokens[k - 1].value === '%' || APPROXIMATORS.has(tokens[k - 1].lower) || isNumberHyphen(tokens, k - 1) || (k === j && (tokens[k - 1].lower === 'a' || tokens[k - 1].lower === 'an')))) k--;
    while (k < j && ['in', 'of', 'than'].includes(tokens[k].lower)) k++;
    return k;
  }
  let k = j;
  let nouns = 0;
  let steps = 0;
  let headAsNoun = false;
  // "The self-described democratic socialist said": wink tags the head an adjective; a determiner must open the phrase
  const adjHead = t0.pos === 'ADJ' && !isCap(t0) && !DETERMINER_ADJECTIVES.has(t0.lower);
  while (k >= floor && steps < 14) {
    const t = tokens[k];
    const p = t.pos;
    const prev = tokens[k - 1];
    // a participle that modifies the noun after it: "registered voters", "elected officials"
    // (also an -ing word that opens the phrase after a comma or at the start, unless it is a cue or
    // makes a title, "managing director" of an apposition: "…, leading economists have warned")
    // (at the sentence's start also before a title: "Prosecuting attorney Carol Lam said", "Managing director John Smith")
    const opensWithIng = k < j && p === 'VERB' && /ing$/.test(t.lower) && (k === floor || prev?.value === ',') && tokens[k + 1].pos === 'NOUN' && (!ctx.lex.titles.has(tokens[k + 1].lower) || (k === floor && isCap(t))) && !ctx.lex.cueWords.has(t.lemma);
    const prenominal = (k < j && k - 1 >= floor && modifiesNoun(tokens, k)) || opensWithIng;
    // after a determiner, a word wink tags as a verb is a noun ("some analyses suggest")
    const detNoun = k === j && p === 'VERB' && prev !== undefined && k - 1 >= floor && (prev.pos === 'DET' || POSSESSIVE_DET.has(prev.lower)) && !['that', 'which'].includes(prev.lower);
    // a document's participle before its author's "by": "a fundraising email sent out by Sanders"
    const byDocument = t.lower === 'by' && k < j ? documentParticiple(ctx, k - 1, floor) : -1;
    if (detNoun) headAsNoun = true;
    // a time phrase ends the subject before it: "… hit the shops in Europe last week fans wrote in"
    // (not a time that owns what follows: "Last year's honorary winner")
    if (k < j && TIME_WORDS.has(t.lower) && !isCap(t) && ['last', 'this', 'next'].includes(tokens[k - 1]?.lower ?? '') && !/^['’]s$/.test(tokens[k + 1].value)) break;
    // a known first name that opens the sentence before a name, whatever wink tags it: "Ted Cruz, by contrast, wrote",
    // "Grant Young, another strategist, said", "April Mellody, a spokeswoman …, said"
    const openingFirstName = k < j && isCap(t) && tokens[k - 1]?.sentence !== t.sentence && lex.nameGender.has(t.lower) && tokens[k + 1].pos === 'PROPN' && isCap(tokens[k + 1]);
    // a word between an article and the noun it opens is a modifier, whatever wink tags it: "A new national poll",
    // "An inside source", "The most recent poll", "The April survey", "a June poll"
    const afterArticle = k < j && prev !== undefined && ARTICLES.has(prev.lower) && ['ADJ', 'NOUN', 'PROPN'].includes(tokens[k + 1].pos);
    if (p === 'PROPN' || p === 'NOUN' || p === 'NUM' || detNoun || (k === j && adjHead) || openingFirstName || (isCap(t) && p !== 'PUNCT' && p !== 'DET' && p !== 'ADP' && p !== 'CCONJ' && p !== 'SCONJ' && p !== 'PRON' && p !== 'AUX' && !(p === 'ADV' && WH_ADVERBS.has(t.lower)) && (k === j || tokens[k - 1]?.sentence === t.sentence) && !TIME_WORDS.has(t.lower))) {
      if (TIME_WORDS.has(t.lower) && isCap(t) && !lex.orgWords.has(tokens[k + 1]?.lower ?? '') && !openingFirstName && !afterArticle) break;
      nouns++;
    } else if (p === 'ADJ' || prenominal || (afterArticle && (p === 'ADV' || p === 'ADP')) || isNumberHyphen(tokens, k) || (t.lower === 'per' && tokens[k + 1]?.lower === 'cent') || (k > floor && isNameSlash(tokens, k)) || isGluedHyphen(tokens, k + 1) || (isGluedHyphen(tokens, k - 1) && k - 1 > floor) || isPossessiveMark(t) || isGluedHyphen(tokens, k) || (t.value === '–' && tokens[k - 1]?.end === t.start) || isPluralPossessive(tokens, k)) {
      // modifiers and possessives
    } else if (p === 'DET' || POSSESSIVE_DET.has(t.lower)) {
      // inside a name: "the Court of Appeals for the District of Columbia"
      // "a spokesman for the company", "a lawyer for the three bloggers": a person for whom
      // "an official at the bank", "analysts at the firm": likewise a person or group at an organisation
      const before2 = tokens[k - 2]?.lower ?? '';
      const personFor = ['for', 'at', 'with', 'from'].includes(tokens[k - 1]?.lower ?? '') && (lex.titles.has(before2) || lex.personNouns.has(before2) || lex.groupNouns.has(before2));
      // "one of the world's leading agencies says": a part of a group
      const partOf = k - 2 >= floor && partitiveOf(tokens, k - 1);
      // "a report by the committee found": a document by its author
      const documentBy = tokens[k - 1]?.lower === 'by' && lex.documentNouns.has(before2);
      // "An adviser to the president said", "the deputy head of China's delegation to the forum"
      const adviserTo = tokens[k - 1]?.lower === 'to' && (lex.titles.has(before2) || lex.personNouns.has(before2) || lex.groupNouns.has(before2) || lex.orgWords.has(before2));
      // "Democratic voters in all five states", "officials at each bank": a group or person noun before a place or body
      const groupIn = k - 2 >= floor && ['in', 'at', 'from', 'on', 'for'].includes(tokens[k - 1].lower) && !['that', 'which', 'those'].includes(t.lower) &&
        (lex.titles.has(before2) || lex.personNouns.has(before2) || lex.groupNouns.has(before2)) && tokens[k - 2].pos === 'NOUN';
      if (groupIn) {
        k--;
        steps++;
        continue;
      }
      // "a report released by the agency said": the document, not its author, is the subject
      const agentOf = k - 1 > floor && tokens[k - 1].lower === 'by' ? documentParticiple(ctx, k - 2, floor) : -1;
      if (agentOf >= 0) {
        k = agentOf - 1;
        steps++;
        continue;
      }
      // a part of someone's people is the source, not all of them: "some of his supporters say", "one of
      // her aides said", "a majority of their members believe" (as "some of the protesters" is, above)
      if (POSSESSIVE_DET.has(t.lower) && k - 2 >= floor && partitiveOf(tokens, k - 1)) {
        k -= 3;
        if (k >= floor && (tokens[k].lower === 'a' || tokens[k].lower === 'an')) k--;
        break;
      }
      if (t.lower === 'the' && k - 2 >= floor && (((['of', 'for', 'in', 'at', 'from', 'on', 'and'].includes(tokens[k - 1].lower) && isCap(tokens[k + 1])) || tokens[k - 1].lower === 'of' || tokens[k - 1].lower === 'behind' || tokens[k - 1].lower === 'into' || personFor || documentBy || adviserTo) && (isCap(tokens[k - 2]) || tokens[k - 2].pos === 'NOUN' || partOf))) {
        // "Critics of the measure argue", "the head of the bank said", "the developers behind the system claim",
        // "An investigation into the crash revealed"
        k--;
        steps++;
        continue;
      }
      // "that government officials said": a complementiser, not a determiner
      // ("those" before a participle is a group: "nearly half those surveyed", "4% of those questioned")
      const thoseGroup = t.lower === 'those' && k === j - 1 && headAsNoun && PARTICIPLE.test(tokens[j].lower);
      if (!['that', 'which', 'those'].includes(t.lower) || k === j || thoseGroup) {
        k--;
        // a predeterminer: "all the attendees", "half the voters"
        if (k >= floor && PREDETERMINERS.has(tokens[k].lower)) k--;
        // …or a quantity of the group: "4% of those questioned", "most of those polled"
        else if (thoseGroup && k - 1 >= floor && (partitiveOf(tokens, k) || (tokens[k].lower === 'of' && tokens[k - 1].value === '%'))) {
          k--;
          while (k >= floor && (tokens[k].pos === 'NUM' || tokens[k].value === '%' || QUANTIFIERS.has(tokens[k].lower))) k--;
        }
        if (thoseGroup) while (k >= floor && NUMBER_LEADS.has(tokens[k].lower)) k--;
        // a source and its own people: "Mrs. Clinton and her surrogates", "Trump and his attorneys"
        if (POSSESSIVE_DET.has(t.lower) && k - 1 >= floor && tokens[k]?.lower === 'and' && tokens[k].pos === 'CCONJ' && isNameTok(tokens[k - 1], lex) && tokens[k - 1].pos === 'PROPN') {
          k--;
          steps++;
          continue;
        }
      }
      break;
    } else if (t.value === ',' && k === j - 1 && k > floor && POST_NOMINAL.test(tokens[j].value) && isNameTok(tokens[k - 1], lex)) {
      // a post-nominal after a name: "Richard Mawrey, QC told"
    } else if ((t.lower === 'into' || (t.lower === 'by' && lex.documentNouns.has(tokens[k - 1]?.lower ?? ''))) && k > floor && tokens[k - 1].pos === 'NOUN' && tokens[k + 1]?.pos === 'DET') {
      // "An investigation into the crash", "a report by the committee"
    } else if (byDocument >= 0) {
      // "a fundraising email sent out by Sanders warned"
      k = byDocument;
    } else if ((t.lower === 'of' || t.lower === 'for' || t.lower === 'and' || t.lower === '&') && k > floor) {
      // inside a name or title: "Secretary of State", "Kiev and Western countries",
      // "the Commons standards and privileges committee"
      const before = tokens[k - 1];
      const part = partitiveOf(tokens, k) && tokens[k + 1]?.lower === 'the';
      // (two modifiers of one noun: "five past and current employees", "domestic and international critics"; or a
      // source noun and a group that a modifier opens: "longtime labor officials and political operatives"; not a
      // quantifier, which opens a subject of its own: "a population of a billion people and many observers feel")
      const modifiers = t.lower === 'and' && before.pos === 'ADJ' && tokens[k + 1].pos === 'ADJ';
      const sources = t.lower === 'and' && before.pos === 'NOUN' && isSourceNoun(lex, before.lower) && tokens[k + 1].pos === 'ADJ' && !QUANTIFIERS.has(tokens[k + 1].lower);
      if (!(before.pos === 'PROPN' || before.pos === 'NOUN' || isCap(before) || part || modifiers)) break;
      if (t.lower === 'and' && !(isCap(tokens[k + 1]) || isCap(before) || tokens[k + 1].pos === 'NOUN' || modifiers || sources)) break;
    } else if ((t.lower === 'on' || t.lower === 'about') && k > floor && k < j && tokens[k - 1].pos === 'NOUN' && lex.documentNouns.has(tokens[k - 1].lower) && !TIME_WORDS.has(tokens[k + 1].lower)) {
      // a document's topic: "Halifax's own monthly figures on house sales", "A report about the integration of
      // immigrants … noted"
    } else if (['in', 'at', 'from', 'on', 'behind'].includes(t.lower) && k > floor && (tokens[k - 1].pos === 'NOUN' || tokens[k - 1].pos === 'PROPN' || postParticiple(tokens, k - 1, floor)) && (tokens[k + 1].pos === 'DET' || isCap(tokens[k + 1]) || (isCap(tokens[k - 1]) && /s$/.test(tokens[k - 1].value)) || (t.lower === 'in' && /s$/.test(tokens[k - 1].lower) && (tokens[k + 1].pos === 'NUM' || QUANTIFIERS.has(tokens[k + 1].lower)))) && !TIME_WORDS.has(tokens[k + 1].lower)) {
      // (also "voters in six states", "majorities in all five")
      // a place or outlet that identifies the source: "A report in the Sunday Business", "officials in Kiev"
    } else if (t.lower === 'to' && k > floor && (tokens[k - 1].pos === 'NOUN' || tokens[k - 1].pos === 'PROPN') && (isCap(tokens[k + 1]) || tokens[k + 1].pos === 'DET')) {
      // "Aides to Clinton", "an adviser to the president": the noun before is the source
    } else if (t.lower === 'in' && k > floor && tokens[k - 1].pos === 'NUM' && tokens[k + 1].pos === 'NUM') {
      // "four in 10 voters"
    } else if (k < j && postParticiple(tokens, k, floor) && ['in', 'by', 'for', 'at'].includes(tokens[k + 1].lower)) {
      // a participle phrase after the head noun: "Exit polls taken in South Carolina"
    } else break;
    k--;
    steps++;
  }
  const first = k + 1;
  if (nouns === 0 || first > j) return -1;
  if (adjHead && nouns === 1 && !(tokens[first].pos === 'DET' || POSSESSIVE_DET.has(tokens[first].lower))) return -1;
  // "last week said", "on Monday said": a time, not a source
  let content = false;
  for (let m = first; m <= j; m++) if ((tokens[m].pos === 'NOUN' || tokens[m].pos === 'PROPN' || isCap(tokens[m]) || (m === j && headAsNoun)) && !TIME_WORDS.has(tokens[m].lower)) content = true;
  if (!content) return -1;
  // never start on a connective
  let f = first;
  while (f <= j && (tokens[f].lower === 'of' || tokens[f].lower === 'and' || tokens[f].lower === 'for' || tokens[f].value === '-' || isPossessiveMark(tokens[f]))) f++;
  // a subject pronoun coordinated with the phrase: "he and other Clinton challengers", "she and another reporter"
  if (f - 2 >= floor && tokens[f - 1].lower === 'and' && SUBJECT_PRONOUNS.has(tokens[f - 2].lower) && (f - 2 === floor || tokens[f - 3].pos === 'PUNCT' || tokens[f - 3].pos === 'CCONJ' || tokens[f - 3].pos === 'SCONJ')) return f - 2;
  // after a verb, a common noun phrase before "and" is the verb's object and the subject starts after it,
  // when that is a name or a source: "Trump won a state and Cruz said", "… its problems and analysts warn"
  // (not "Mr Doherty and Mr Wass", "analysts and activists", "the goods and services"); likewise after a
  // preposition, whose object it is: "The dollar has hit a record low against the euro and analysts predict",
  // "children live with foster families in the UK and carers have said"
  if (f - 1 >= floor && (tokens[f - 1].pos === 'VERB' || tokens[f - 1].pos === 'AUX' || (tokens[f - 1].pos === 'ADP' && !OBJECT_AND_NOT_AFTER.has(tokens[f - 1].lower)))) {
    // (the title list also holds the function words of long titles, "Secretary of State for the Home Department")
    const sourceWord = (t: Token) => t.pos !== 'DET' && t.pos !== 'ADP' && t.pos !== 'CCONJ' && isSourceNoun(lex, t.lower, true);
    for (let m = f + 1; m < j; m++) {
      if (tokens[m].lower !== 'and' || tokens[m].pos !== 'CCONJ') continue;
      let headEnd = m - 1;
      for (let x = f; x < m; x++) if (tokens[x].pos === 'ADP') { headEnd = x - 1; break; }
      const left = tokens.slice(f, headEnd + 1);
      const object = !isCap(tokens[f]) && headEnd >= f && !left.some((t) => isNameTok(t, lex) || sourceWord(t));
      const right = tokens.slice(m + 1, j + 1);
      if (object && (right.some((t) => isNameTok(t, lex)) || sourceWord(tokens[j]))) f = m + 1;
      break;
    }
  }
  // a fronted phrase that lost its comma: "After the announcement WLGA finance spokesman Bob Wellington said",
  // "During the interview Mr Blair also said", "… against the dollar Analysts said": the preposition's object ends
  // where a capitalised name, title or source noun follows a common noun that describes no source (not
  // "after the telecom regulator Ofcom said", "with the campaign group Liberty saying")
  if (f - 1 >= floor && FRONTED_PREPOSITIONS.has(tokens[f - 1].lower) && (tokens[f].pos === 'DET' || POSSESSIVE_DET.has(tokens[f].lower))) {
    for (let m = f + 1; m <= j; m++) {
      const prev = tokens[m - 1];
      const t = tokens[m];
      if (!isCap(t) || !(t.pos === 'PROPN' || lex.honorifics.has(t.lower) || lex.titles.has(t.lower) || isSourceNoun(lex, t.lower))) continue;
      // (capitals inside the phrase go on: "In its Chapter 11 filing OptInRealBig claimed")
      if (prev.pos !== 'NOUN' || isCap(prev)) continue;
      if (!isSourceNoun(lex, prev.lower, true) && !lex.orgDescriptors.has(prev.lower) && !lex.outletNouns.has(prev.lower) && !lex.orgWords.has(prev.lower)) f = m;
      break;
    }
  }
  // a number keeps the words that qualify it: "About four in 10 voters", "more than half"
  if (f <= j && (tokens[f].pos === 'NUM' || QUANTIFIERS.has(tokens[f].lower))) {
    while (f - 1 >= floor && NUMBER_LEADS.has(tokens[f - 1].lower)) f--;
  }
  if (f > j) return -1;
  // the object of a restrictive relative clause is not the subject; the noun the clause describes is, with the clause:
  // "officials who spoke with The Huffington Post said", "Republicans who have praised his candidacy warned",
  // "those who back her opponents say" (not after a comma: "Mr Smith, who met officials, said" is read elsewhere)
  const rel = relativeClauseBefore(tokens, f, floor);
  if (rel > floor && (tokens[rel - 1].pos === 'NOUN' || tokens[rel - 1].pos === 'PROPN' || RELATIVE_HEADS.has(tokens[rel - 1].lower))) {
    const head = RELATIVE_HEADS.has(tokens[rel - 1].lower) ? rel - 1 : npLeft(ctx, rel - 1, floor);
    if (head >= 0) return head;
  }
  return f;
}

/** Where a number range ending at j opens, past "aged" and "between"/"from" ("aged between 18 and 34", "aged 18 to 24"), or -1. */
function rangeStart(tokens: Token[], j: number, floor: number): number {
  if (tokens[j].pos !== 'NUM' || j - 2 < floor || !['and', 'to', '-'].includes(tokens[j - 1].lower) || tokens[j - 2].pos !== 'NUM') return -1;
  let k = j - 2;
  if (k - 1 >= floor && ['between', 'from'].includes(tokens[k - 1].lower)) k--;
  if (k - 1 >= floor && tokens[k - 1].lower === 'aged') return k - 1;
  return tokens[k].lower === 'between' ? k : -1;
}

/** Pronouns that a restrictive relative clause describes: "those who back her", "anyone who has seen it". */
const RELATIVE_HEADS = new Set(['those', 'anyone', 'everyone', 'someone', 'one', 'many', 'others', 'all', 'few', 'some']);

/**
 * The index of "who" when the tokens right before f are a relative clause's "who" and its verb group (auxiliaries,
 * adverbs, the verb, a particle or preposition: "who have battled", "who spoke with"), with no comma; else -1.
 */
function relativeClauseBefore(tokens: Token[], f: number, floor: number): number {
  let k = f - 1;
  if (k > floor && (tokens[k].pos === 'ADP' || tokens[k].pos === 'PART' || (tokens[k].pos === 'ADV' && tokens[k].lower !== 'not'))) k--;
  if (k <= floor || tokens[k].pos !== 'VERB') return -1;
  k--;
  while (k > floor && f - k <= 5 && (tokens[k].pos === 'AUX' || tokens[k].pos === 'ADV')) k--;
  return k > floor && tokens[k].lower === 'who' && tokens[k - 1].value !== ',' ? k : -1;
}

/**
 * A source described by an adjective and its preposition, ending at j: "a source close to him",
 * "people familiar with the matter". Returns the first token of the whole phrase, or -1.
 */
function describedSource(ctx: Ctx, j: number, floor: number): number {
  const { tokens, lex } = ctx;
  // what follows the preposition: a short noun phrase or a pronoun
  for (let p = j; p - 2 >= floor && p >= j - 8; p--) {
    const t = tokens[p];
    const adjectives = t.pos === 'ADP' || t.lower === 'to' ? lex.sourceModifiers.get(t.lower) : undefined;
    if (adjectives) {
      if (p === j || !adjectives.has(tokens[p - 1].lower)) return -1;
      const head = npLeft(ctx, p - 2, floor);
      return head >= 0 && tokens[p - 2].pos !== 'PRON' ? head : -1;
    }
    // (a gerund after a possessive is a noun: "familiar with the senator's thinking")
    const gerund = t.pos === 'VERB' && /ing$/.test(t.lower) && p > floor && (POSSESSIVE_DET.has(tokens[p - 1].lower) || isPossessiveMark(tokens[p - 1]));
    // (the object may have a post-modifier of its own: "familiar with the planning for the meeting")
    const postModifier = p < j && p < j - 1 && ['of', 'for', 'on', 'at', 'in'].includes(t.lower) && tokens[p - 1].pos === 'NOUN';
    if (!gerund && !postModifier && !['DET', 'ADJ', 'NOUN', 'PROPN', 'PRON', 'NUM'].includes(t.pos) && !isPossessiveMark(t)) return -1;
  }
  return -1;
}

/** Walks right from token i over a noun phrase (for inverted speakers and `according to X`); returns its last token or -1. */
export function npRight(ctx: Ctx, i: number, ceil: number): number {
  const { tokens } = ctx;
  const { lex } = ctx;
  const t0 = tokens[i];
  if (!t0) return -1;
  // a possessive opens a phrase ("his lawyer"); another pronoun is the whole phrase
  if (t0.pos === 'PRON' && !POSSESSIVE_DET.has(t0.lower)) return isSpeakerPronoun(ctx, t0) ? i : -1;
  let k = i;
  let last = -1;
  let steps = 0;
  while (k <= ceil && steps < 16) {
    const t = tokens[k];
    const p = t.pos;
    // wink reads a bare noun after "to" as a verb ("according to police"): a source noun, or one that ends the clause, is a noun
    // a word glued by a hyphen into a compound belongs to it whatever its tag ("runner-up", "would-be")
    if (k > i + 1 && isGluedHyphen(tokens, k - 1)) {
      last = k;
      k++;
      steps++;
      continue;
    }
    // a party and state in parentheses after a name: "Rep. Bobby Scott (D-Va.)"
    if (t.value === '(' && k > i && last === k - 1 && isNameTok(tokens[k - 1], lex)) {
      let close = k + 1;
      while (close <= ceil && close < k + 8 && tokens[close].value !== ')' && tokens[close].pos !== 'VERB' && tokens[close].pos !== 'AUX') close++;
      if (close <= ceil && tokens[close].value === ')') last = close;
      break;
    }
    // a participle after a document's noun, with when or by whom: "a poll released Thursday", "exit polls conducted by Edison Research"
    if (p === 'VERB' && PARTICIPLE.test(t.lower) && k > i && last === k - 1 && (lex.documentNouns.has(tokens[k - 1].lower) || lex.findingNouns.has(tokens[k - 1].lower)) &&
      tokens[k + 1] !== undefined && (['by', 'on', 'in', 'for', 'last', 'this', 'earlier'].includes(tokens[k + 1].lower) || WEEKDAYS.has(tokens[k + 1].lower))) {
      last = k;
      k++;
      steps++;
      continue;
    }
    // a determiner right after a common noun opens another phrase: "figures gathered by the Pew researchers the average users spends"
    // (not before a name it introduces: "local newspaper the Daily Telegraph")
    // (…as does "the" after a name: "According to Microsoft the messages were sent")
    if (p === 'DET' && k > i && last === k - 1 && ((tokens[k - 1].pos === 'NOUN' && !isCap(tokens[k - 1])) || (tokens[k - 1].pos === 'PROPN' && t.lower === 'the')) && !isCap(tokens[k + 1])) break;
    // a number right after a name opens the statement's amount: "According to Pew Research 44% of searchers use …"
    if (p === 'NUM' && k > i && last === k - 1 && isNameTok(tokens[k - 1], lex) && (tokens[k + 1]?.value === '%' || tokens[k + 1]?.lower === 'percent' || tokens[k + 1]?.lower === 'per')) break;
    const nounAsVerb = k === i && p === 'VERB' && (lex.groupNouns.has(t.lower) || lex.personNouns.has(t.lower) || lex.documentNouns.has(t.lower) || tokens[k + 1]?.pos === 'PUNCT');
    // (a noun for a person that wink tags an adjective at the phrase's end: "says a top academic", "a veteran GOP operative")
    const personAdj = p === 'ADJ' && k > i && lex.personNouns.has(t.lower) && (k === ceil || tokens[k + 1]?.pos === 'PUNCT');
    if (p === 'PROPN' || p === 'NOUN' || p === 'NUM' || nounAsVerb || personAdj || (isCap(t) && p !== 'PUNCT')) last = k;
    // a name that ends in "'s" ("according to Standard & Poor's, which …"): the mark determines nothing after it
    else if (isPossessiveMark(t) && k > i && tokens[k - 1].end === t.start && isCap(tokens[k - 1]) && (k === ceil || tokens[k + 1]?.pos === 'PUNCT' ||
      (['VERB', 'AUX'].includes(tokens[k + 1]?.pos ?? '') && !['NOUN', 'PROPN'].includes(tokens[k + 2]?.pos ?? '')))) {
      last = k;
      break;
    } else if (p === 'DET' || p === 'ADJ' || POSSESSIVE_DET.has(t.lower) || isPossessiveMark(t) || t.value === '-' || (k > i && isGluedHyphen(tokens, k + 1)) || (p === 'ADV' && (tokens[k + 1]?.pos === 'ADJ' || isGluedHyphen(tokens, k + 1)) && k > i) ||
      // a participle that modifies a title after it: "said managing director Rodrigo Rato", "acting president"
      (p === 'VERB' && /(ing|ed)$/.test(t.lower) && tokens[k + 1]?.pos === 'NOUN' && lex.titles.has(tokens[k + 1].lower) && !CONNECTORS.has(tokens[k + 1].lower)) ||
      // a plural's possessive mark: "said PBS' Jacoba Atlas"; a slash between names: "a New York Times/CBS News survey"
      (k > i && isPluralPossessive(tokens, k) && isCap(tokens[k + 1])) || (k > i && isNameSlash(tokens, k))) {
      // part of the phrase
    } else if (p === 'ADP' || p === 'CCONJ' || t.lower === 'for' || t.lower === 'to') {
      const nx = tokens[k + 1];
      // ("one of their lawyers")
      if (!nx || !(nx.pos === 'DET' || nx.pos === 'PROPN' || nx.pos === 'NOUN' || nx.pos === 'ADJ' || isCap(nx) || (t.lower === 'of' && (POSSESSIVE_DET.has(nx.lower) || (nx.pos === 'NUM' && isGluedHyphen(tokens, k + 2)))))) break;
      // (nor a time after a source: "criticised by MPs on Tuesday"; a document's stays, "a study released on Wednesday")
      if (t.lower !== 'of' && TIME_WORDS.has(nx.lower) && !tokens.slice(i, k).some((x) => x.pos === 'VERB' || lex.documentNouns.has(x.lower) || lex.mediaNouns.has(x.lower))) break;
      // "a senior adviser to Cruz", "a source close to the campaign" (wink tags some "for" a conjunction: "a spokesman for Ted Cruz")
      const prevW = tokens[k - 1]?.lower ?? '';
      // (and what a document looked into: "a report into search habits", "an inquiry into the crash")
      const linked = (t.lower === 'to' && (lex.titles.has(prevW) || lex.personNouns.has(prevW))) || lex.sourceModifiers.get(t.lower)?.has(prevW) === true || (t.lower === 'into' && lex.documentNouns.has(prevW));
      if (!['of', 'for', 'at', 'on', 'and', 'from', 'between', 'in', 'with', 'by', '&'].includes(t.lower) && !linked) break;
      // not where it was said: "said an IMF official in a briefing on Wednesday", "said Trump at a rally"
      if (OCCASION_PREPS.has(t.lower) && occasionAfter(ctx, k + 1, ceil)) break;
    } else break;
    k++;
    steps++;
  }
  return last;
}

function isSpeakerPronoun(ctx: Ctx, t: Token): boolean {
  const { lex } = ctx;
  return lex.personPronouns.has(t.lower) || lex.pluralPronouns.has(t.lower) || lex.thingPronouns.has(t.lower) || lex.firstPerson.has(t.lower);
}

/** A possessive in [from, b) whose owner is capitalised and after which a person's full name (a known first name) runs to b ("… Want's John Hilary"). */
function possessedName(ctx: Ctx, from: number, b: number): boolean {
  const { tokens, lex } = ctx;
  for (let p = from + 1; p < b; p++) {
    if (!isPossessiveMark(tokens[p])) continue;
    return isCap(tokens[p - 1]) && p + 2 <= b && lex.nameGender.has(tokens[p + 1].lower) && tokens.slice(p + 1, b + 1).every((t) => isNameTok(t, lex));
  }
  return false;
}

/** Builds the mention from a core noun phrase [a, b] plus an optional apposition [c, d]. */
export function makeMention(ctx: Ctx, a: number, b: number, rule: string, appo: [number, number] | null): FoundMention {
  const { tokens, lex, text } = ctx;
  // "what major technology companies think …": the free relative's "what" is not part of the source
  if ((tokens[a].lower === 'what' || tokens[a].lower === 'whatever') && a < b) return makeMention(ctx, a + 1, b, rule, appo);
  // "whose attorneys": the phrase after "whose", owned by the noun phrase before the relative clause
  if (tokens[a].lower === 'whose' && a < b) {
    const owned = makeMention(ctx, a + 1, b, rule, appo);
    let k = a - 1;
    if (tokens[k]?.value === ',' || isDashAt(tokens, k)) k--;
    let from = k;
    while (from > 0 && tokens[from - 1].sentence === tokens[a].sentence) from--;
    const ante = k >= from ? npLeft(ctx, k, from) : -1;
    if (ante >= 0) return { ...owned, first: a, ownerOf: makeMention(ctx, ante, k, 'speaker:relative-owner', null), rule: `${rule}:whose` };
    return owned;
  }
  // "Rep. Bobby Scott (D-Va.)": the parenthesis after the name is in the span, not in the name
  if (b - 2 > a && tokens[b].value === ')') {
    const o = openParen(tokens, b, a);
    if (o - 1 >= a && isNameTok(tokens[o - 1], lex)) {
      const m = makeMention(ctx, a, o - 1, rule, appo);
      return { ...m, last: Math.max(m.last, b) };
    }
  }
  // "Richard Mawrey, QC": the post-nominal is in the span, not in the name
  if (b - 2 >= a && POST_NOMINAL.test(tokens[b].value) && tokens[b - 1].value === ',') return { ...makeMention(ctx, a, b - 2, rule, appo), last: b };
  // a post-modifier is not part of the name: "Edward Alden of the Council on …",
  // "the existing agreements between Russia and NATO" (head: a common noun)
  let coreEnd = b;
  // …unless the phrase ends in a titled name: "Commission for Racial Equality chief Trevor Phillips"
  let titledName = false;
  {
    let k = b;
    while (k > a && isNameTok(tokens[k], lex)) k--;
    // (not the object of a person's link word: "the former top aide to President George W. Bush", not "a blow for coach Andy Robinson")
    const ofPerson = TITLE_LINKS.has(tokens[k - 1]?.lower ?? '') && (lex.titles.has(tokens[k - 2]?.lower ?? '') || lex.personNouns.has(tokens[k - 2]?.lower ?? ''));
    // (nor a name that ends in an organisation's word: "Stuart Hensel of the Economist Intelligence Unit")
    // (nor, after a person's name, a capitalised title word after a preposition, which is the organisation's: "Edward
    // Alden of the Council on Foreign Relations")
    const inOrgName = isCap(tokens[k]) && ['of', 'on', 'for', 'in', 'and'].includes(tokens[k - 1]?.lower ?? '') && lex.nameGender.has(tokens[a].lower);
    titledName = k < b && k >= a && lex.titles.has(tokens[k].lower) && !CONNECTORS.has(tokens[k].lower) && !ofPerson && !inOrgName && !lex.orgWords.has(tokens[b].lower);
    // (…or a full name after a role's post-modifier: "Shadow spokesman for sport Hugh Robertson", the name opened by a
    // known first name)
    if (!titledName && k >= a && b - k >= 2 && tokens[k].pos === 'NOUN' && !isCap(tokens[k]) && lex.nameGender.has(tokens[k + 1].lower) &&
      tokens.slice(a, k).some((x) => lex.titles.has(x.lower) || lex.personNouns.has(x.lower)) && !lex.orgWords.has(tokens[b].lower)) titledName = true;
  }
  // a restrictive relative clause ends the core: "officials who spoke with The Huffington Post" are not the Post
  for (let k = a + 1; k < coreEnd; k++) {
    if (tokens[k].lower === 'who' && tokens[k - 1].value !== ',') {
      coreEnd = k - 1;
      titledName = false;
      break;
    }
  }
  // a participle after a common noun ends the core, whatever follows: "figures released by the Electoral
  // Commission", "a court document filed by state attorney Dave Aronberg"
  for (let k = a + 1; k <= b; k++) {
    const t = tokens[k];
    if ((t.pos === 'VERB' || t.pos === 'ADJ') && isParticiple(t) && tokens[k - 1].pos === 'NOUN' && !isCap(tokens[k - 1])) {
      coreEnd = k - 1;
      titledName = false;
      break;
    }
  }
  for (let k = a + 1; k <= coreEnd && !titledName; k++) {
    const t = tokens[k];
    // …and a describing adjective with its preposition: "a person close to the Clintons", "people familiar with the matter"
    if (k - 2 >= a && lex.sourceModifiers.get(t.lower)?.has(tokens[k - 1].lower) && (tokens[k - 2].pos === 'NOUN' || tokens[k - 2].pos === 'PRON')) {
      coreEnd = k - 2;
      break;
    }
    if (t.pos !== 'ADP' && !['of', 'at', 'from', 'for', 'with', 'on', 'in', 'between', 'to'].includes(t.lower)) continue;
    // (inside an organisation's name that modifies a person noun at the end: "A Department of Health spokeswoman")
    if (k + 1 < coreEnd && coreEnd === b && !isCap(tokens[b]) && lex.personNouns.has(tokens[b].lower) && tokens.slice(k + 1, b).every((x) => isCap(x) || x.lower === 'and')) continue;
    // (…or inside an organisation's name that owns the name at the end: "War on Want's John Hilary", "Friends of the
    // Earth's Tony Juniper")
    if (coreEnd === b && possessedName(ctx, k + 1, b)) continue;
    // ("all over the UK": "all" is the preposition's)
    const hk = k - 2 >= a && tokens[k - 1].lower === 'all' && PLACE_PREPS.has(t.lower) ? k - 2 : k - 1;
    const h = tokens[hk];
    // (a surname that wink tags as a noun after a known first name: "Hannah Ward of the Refugee Council")
    // (or a group noun capitalised only because it opens the sentence: "People in Fort Pierce said")
    const opening = hk === a && h.pos === 'NOUN' && a === ctx.doc.sentences[h.sentence].tokens[0] && isSourceNoun(lex, h.lower);
    // (or a title in capitals in a description: "the former CEO of Hewlett-Packard" is the CEO, not the firm)
    const title = tokens[a].pos === 'DET' && lex.titles.has(h.lower) && !CONNECTORS.has(h.lower) && h.value === h.value.toUpperCase();
    if ((isNameTok(h, lex) && (h.pos === 'PROPN' || (isCap(h) && hk > a && lex.nameGender.has(tokens[hk - 1].lower)))) || (h.pos === 'NOUN' && !isCap(h)) || opening || title) {
      coreEnd = hk;
      break;
    }
  }
  // name run: from the end of the core, name tokens (no titles, no honorifics)
  let nameLast: number | null = null;
  let nameFirst: number | null = null;
  let k = coreEnd;
  while (k >= a && isPossessiveMark(tokens[k])) k--;
  // (letters of office after a name are not part of it: "Tory frontbencher Andrew Tyrie MP"; "Jr" is; "the
  // Manchester Central MP" is a description)
  if (k > a && OFFICE_LETTERS.test(tokens[k].value) && isNameTok(tokens[k - 1], lex) && tokens[a].pos !== 'DET') k--;
  // a group or document noun ends a name only inside one: "Protection Agency", not "Officials"
  const nounEndsName = (x: number) => !(lex.groupNouns.has(tokens[x].lower) || lex.documentNouns.has(tokens[x].lower)) || (x - 1 >= a && isNameTok(tokens[x - 1], lex));
  if (isNameTok(tokens[k], lex) && nounEndsName(k)) {
    nameLast = k;
    for (;;) {
      // (not a participle that opens the sentence and describes the name: "Troubled Marsh")
      if (k - 1 >= a && isNameTok(tokens[k - 1], lex) && !openingParticiple(tokens, k - 1, lex)) k--;
      else if (k - 2 >= a && isNameHyphen(tokens, k - 1) && isNameTok(tokens[k - 2], lex)) k -= 2;
      else break;
    }
    // an organisation's name takes its capitalised title words too: "Home Office", "Foreign Office"
    if (lex.orgWords.has(tokens[nameLast].lower)) while (k - 1 >= a && isCap(tokens[k - 1]) && tokens[k - 1].pos !== 'DET') k--;
    // a nationality before a full name is not part of it: "Australian Lynton Crosby"
    if (nameLast - k >= 2 && isDemonymAt(tokens, k, lex) && !lex.orgWords.has(tokens[nameLast].lower)) k++;
    // the end of a title "X of Y" before a full name is the title's: "Secretary of State Jon Husted",
    // "Chief of Staff Katie Walsh"
    if (nameLast - k >= 2 && endsTitleOf(tokens, k, lex)) k++;
    // a known first name two or more words in starts the name, as in the name index: "Lib Dem Norman Baker"
    if (!lex.orgWords.has(tokens[nameLast].lower)) {
      // (also one word in after a common noun that describes the person: "Billionaire Donald Trump")
      const f = firstNameStart(tokens, k, describingNoun(tokens[k], lex) ? k + 1 : k + 2, nameLast - 1, lex);
      if (f >= 0) k = f;
    }
    nameFirst = k;
  }
  let placeTitle = false;
  // a title of a place, with the holder's name in the apposition, is the holder's role: "The Bishop of Durham, the Rt
  // Rev Dr Tom Wright, said" is Tom Wright, not Durham
  if (appo && nameFirst !== null && nameFirst - 2 >= a && tokens[nameFirst - 1].lower === 'of' && lex.titles.has(tokens[nameFirst - 2].lower) && !CONNECTORS.has(tokens[nameFirst - 2].lower) &&
    !lex.orgWords.has(tokens[nameLast!].lower) && isNameTok(tokens[appo[1]], lex)) {
    nameFirst = null;
    nameLast = null;
    placeTitle = true;
  }
  let role: string | null = null;
  if (nameFirst !== null && nameFirst > a) {
    const r = titleBefore(ctx, nameFirst);
    if (r) role = r;
  }
  let first = a;
  let last = b;
  if (appo) {
    const [c, d] = appo;
    // apposition that names ("The Shadow Secretary …, Theresa May,") or describes ("David Frost, director general of …")
    const nameEnd = beforePostNominal(tokens, c, d);
    // (after a style or honorific: "the chairman of Migration Watch UK, Sir Andrew Green,")
    const appoFirst = c < nameEnd && lex.honorifics.has(tokens[c].lower) ? c + 1 : c;
    const appoIsName = isNameTok(tokens[appoFirst], lex) && tokens.slice(appoFirst, nameEnd + 1).every((t) => isNameTok(t, lex));
    // a description that ends in a full name names it too: "the work's author, US playwright Eve Ensler,"
    // (a common noun or title right before the name, no preposition or verb in the description:
    // not "speaking to the BBC's correspondent Paul Adams", "parent company of Mercedes Benz")
    let runStart = nameEnd;
    for (;;) {
      if (runStart - 1 >= c && isNameTok(tokens[runStart - 1], lex)) runStart--;
      else if (runStart - 2 >= c && isNameHyphen(tokens, runStart - 1) && isNameTok(tokens[runStart - 2], lex)) runStart -= 2;
      else break;
    }
    const descr = tokens.slice(c, runStart);
    const before = tokens[runStart - 1];
    const endsInName = !appoIsName && nameEnd - runStart >= 1 && runStart > c && /\p{L}$/u.test(tokens[nameEnd].value) && !lex.orgWords.has(tokens[nameEnd].lower) &&
      before !== undefined && !CONNECTORS.has(before.lower) && ((before.pos === 'NOUN' && !isCap(before)) || lex.titles.has(before.lower)) && !descr.some((t) => t.pos === 'ADP' || t.pos === 'VERB' || t.pos === 'AUX');
    // …or opens with a full name and its affiliation: "Another pollster, David Woodard of Clemson University,"
    let lead = c;
    while (lead + 1 <= d && isNameTok(tokens[lead + 1], lex) && !CONNECTORS.has(tokens[lead + 1].lower)) lead++;
    const nameThenAffiliation = !appoIsName && isNameTok(tokens[c], lex) && lead > c && ['of', 'at', 'from', 'with'].includes(tokens[lead + 1]?.lower ?? '') && lex.nameGender.has(tokens[c].lower);
    if (appoIsName && nameFirst === null) {
      role = text.slice(tokens[skipDet(ctx, a, b)].start, tokens[b].end);
      nameFirst = appoFirst;
      nameLast = nameEnd;
    } else if (nameThenAffiliation && nameFirst === null) {
      role = text.slice(tokens[skipDet(ctx, a, b)].start, tokens[b].end);
      nameFirst = c;
      nameLast = lead;
    } else if (endsInName && nameFirst === null) {
      // (the title of a place is the role: "Bishop of Durham", not the style "Rt Rev Dr")
      role = placeTitle ? text.slice(tokens[skipDet(ctx, a, b)].start, tokens[b].end) : text.slice(tokens[skipDet(ctx, c, runStart - 1)].start, tokens[runStart - 1].end);
      nameFirst = runStart;
      nameLast = nameEnd;
    } else if (!appoIsName) {
      const s = skipDet(ctx, c, d);
      if (role === null && nameFirst !== null) role = text.slice(tokens[s].start, tokens[d].end);
    }
    first = Math.min(a, c);
    last = Math.max(b, d);
  }
  return { first, last, nameFirst, nameLast, coreFirst: a, coreLast: b, headLast: coreEnd, role, rule };
}

function skipDet(ctx: Ctx, a: number, b: number): number {
  let s = a;
  while (s < b && (ctx.tokens[s].pos === 'DET' || POSSESSIVE_DET.has(ctx.tokens[s].lower))) s++;
  return s;
}

/* --------------------------------------------------------- speaker search */

/**
 * A speaker search's outcome: the mention found, or none; "inherit" when the clause's subject speaks
 * (participles, coordination); and the statement's tokens where the search found them (an opening phrase).
 */
export type SpeakerSearch = { mention: FoundMention | null; inherit: boolean; content?: [number, number] };

/** Prepositions and conjunctions whose gerund, opening the sentence, is the act of the main clause's subject. */
const GERUND_OPENERS = new Set(['after', 'before', 'while', 'despite', 'since', 'by', 'upon', 'when']);

/**
 * The subject of the main clause after an opening phrase that ends at the first comma after `from`
 * (a noun phrase, then a finite verb), and the opening phrase's tokens after `from`.
 */
export function subjectAfterOpener(ctx: Ctx, from: number, sLast: number): { mention: FoundMention; opener: [number, number] } | null {
  const { tokens } = ctx;
  let comma = from + 1;
  while (comma < sLast && (tokens[comma].value !== ',' || ctx.inQuote(tokens[comma].start))) comma++;
  if (comma >= sLast) return null;
  const b = npRight(ctx, comma + 1, sLast);
  if (b < 0 || b + 1 > sLast) return null;
  let v = b + 1;
  while (v < sLast && isVerbAdverb(tokens[v])) v++;
  if (!isFiniteVerb(tokens[v]) && tokens[v].pos !== 'AUX') return null;
  return { mention: makeMention(ctx, comma + 1, b, 'speaker:main-clause-subject', null), opener: [from + 1, comma - 1] };
}

/** The speaker of a cue at tokens [ci, cj]: left subject, apposition, inverted; or "inherit". */
export function findSpeaker(ctx: Ctx, ci: number, cj: number, sFirst: number, sLast: number): SpeakerSearch {
  const { tokens } = ctx;
  const cueTok = tokens[ci];
  const early = participleOrPassive(ctx, ci, cj, sFirst, sLast);
  if (early) return early;
  const walked = subjectEnd(ctx, ci, sFirst);
  if (!walked) return { mention: null, inherit: false };
  let { j } = walked;
  const { tail } = walked;
  // a participle that opens the sentence is the act of the main clause's subject after its comma: "Describing Mr
  // Jackson as \"a good person\", the mother-of-nine said …" (not an inverted report of Mr Jackson)
  // (when that subject reports too: "Assuming that Citigroup is right, …", "Speaking of noise, Battlefront has …" are no reports)
  const opener = j < sFirst && ci === sFirst && cueTok.pos === 'VERB' && /ing$/.test(cueTok.lower) ? subjectAfterOpener(ctx, cj, sLast) : null;
  if (opener) {
    let v = opener.mention.last + 1;
    while (v < sLast && isVerbAdverb(tokens[v])) v++;
    if (tokens[v].pos === 'VERB' && ctx.lex.verbLabel.has(tokens[v].lemma)) return { mention: opener.mention, inherit: false, content: opener.opener };
  }
  // "So says the minister": a word that refers back opens an inverted report
  if (j < sFirst || (j === sFirst && REFER_BACK.has(tokens[j].lower))) return { mention: rightSpeaker(ctx, cj + 1, sLast), inherit: false };
  const t = tokens[j];
  if (t.pos === 'CCONJ') {
    // a verb joined to a condition is part of it: "if he maintains his form and repeats the times"
    for (let k = j - 1; k >= sFirst && tokens[k].value !== ',' && tokens[k].value !== ';'; k--) if (CONDITIONS.has(tokens[k].lower)) return { mention: null, inherit: false };
    return { mention: null, inherit: true };
  }
  // a gerund after "by", "while", "after", "before" is the clause subject's act ("hit Snowden back by
  // accusing him of …", "while saying"); after another preposition it is no one's ("credit for pleading guilty")
  if (/ing$/.test(cueTok.lower) && ['by', 'while', 'after', 'before'].includes(t.lower) && j > sFirst) return { mention: null, inherit: true };
  // …and opening the sentence, the act of the main clause's subject after the comma: "Despite denying for
  // decades that …, the companies have modified their stances", "After saying …, the minister left"
  if (/ing$/.test(cueTok.lower) && j === sFirst && GERUND_OPENERS.has(t.lower) && tokens.slice(sFirst + 1, ci).every(isVerbAdverb)) {
    const subj = subjectAfterOpener(ctx, cj, sLast);
    return subj ? { mention: subj.mention, inherit: false, content: subj.opener } : { mention: null, inherit: false };
  }
  if ((t.pos === 'ADP' || t.pos === 'SCONJ') && /ing$/.test(cueTok.lower)) return { mention: null, inherit: false };
  // relative pronoun subject: "Mr. Ekovich, who noted that …": the mention is "who", its antecedent names it
  if ((t.lower === 'who' || t.lower === 'which') && j > sFirst) {
    let k = j - 1;
    if (tokens[k].value === ',' || isDashAt(tokens, k)) k--;
    // (an age after the name: "Staunton, 49, who told …")
    if (k - 2 >= sFirst && tokens[k].pos === 'NUM' && tokens[k - 1].value === ',' && isNameTok(tokens[k - 2], ctx.lex)) k -= 2;
    // (initials in parentheses after the name: "the UK's Office of Fair Trading (OFT), which concluded …"; they stay in the span)
    const tail = k;
    if (k - 2 >= sFirst && tokens[k].value === ')') {
      const o = openParen(tokens, k, sFirst);
      if (o - 1 >= sFirst && o >= k - 3 && isNameTok(tokens[o - 1], ctx.lex)) k = o - 1;
    }
    let a = k >= sFirst ? npLeft(ctx, k, sFirst) : -1;
    // "a symbolic victory for Obama, who complained": "who" stands for the person at the end
    if (a >= 0 && (t.lower === 'who' || t.lower === 'which')) {
      // "who" stands for the person named last in the phrase; "which" for the last thing ("the leak of the report, which")
      // (a title may open the name: "a message repeated by Home Secretary Charles Clarke who")
      // (not a person's place: "Senator Ted Cruz of Texas, who")
      for (let m = k; m > a; m--) if (tokens[m].pos === 'ADP' && !isNameTok(tokens[m - 1], ctx.lex) && (t.lower === 'which' || isNameTok(tokens[m + 1], ctx.lex) || (t.lower === 'who' && isCap(tokens[m + 1]) && isNameTok(tokens[k], ctx.lex)))) { a = m + 1; break; }
    }
    if (a >= 0 && !ctx.inQuote(tokens[a].start)) {
      // a description set off after a name is its apposition, and the name the antecedent: "Emmanuel Saez, an
      // economics professor at the University of California at Berkeley who …", "Matt Duss, the president of …, who"
      const named = a - 2 >= sFirst && tokens[a - 1].value === ',' && isNameTok(tokens[a - 2], ctx.lex) && (tokens[a].pos === 'DET' || ctx.lex.titles.has(tokens[a].lower)) && !isNameTok(tokens[a], ctx.lex);
      const na = named ? npLeft(ctx, a - 2, sFirst) : -1;
      const ante = na >= 0 ? makeMention(ctx, na, a - 2, 'speaker:relative-pronoun', [a, k]) : makeMention(ctx, a, k, 'speaker:relative-pronoun', null);
      return { mention: { ...ante, first: j, last: j, pronounFor: tail > k ? { ...ante, last: tail } : ante }, inherit: false };
    }
    return { mention: null, inherit: false };
  }
  const dash = isDashAt(tokens, j) && j > sFirst;
  if (t.value === ',' || isQuoteTok(t) || t.value === ':' || dash) {
    // "…," said X  /  "…" said X
    let p = j;
    while (p >= sFirst && (tokens[p].value === ',' || isQuoteTok(tokens[p]))) p--;
    const afterQuote = tokens.slice(p + 1, j + 1).some(isQuoteTok) || (p >= sFirst && ctx.inQuote(tokens[p].start) !== null);
    // "…” — said X" and "…: said X" speak from the right; "X — a teacher — says he …" does not
    if (afterQuote || (t.value !== ',' && !dash)) {
      const m = rightSpeaker(ctx, cj + 1, sLast);
      if (m) return { mention: m, inherit: false };
    }
    if (t.value === ',' || dash) {
      // a comma written after a name's party and state sets nothing off: "Sen. Jack Reed (D-R.I.), said", "…,
      // Gov. John Kasich (R-OH), said" (the name opens the sentence, or follows a comma)
      if (t.value === ',' && tokens[j - 1]?.value === ')') {
        const o = openParen(tokens, j - 1, sFirst);
        const a = o - 1 >= sFirst && partyStateAt(tokens, o + 1) && isNameTok(tokens[o - 1], ctx.lex) ? npLeft(ctx, o - 1, sFirst) : -1;
        if (a >= 0 && (a === sFirst || tokens[a - 1].value === ',') && !ctx.inQuote(tokens[a].start)) return { mention: { ...makeMention(ctx, a, o - 1, 'speaker:subject', null), last: j - 1 }, inherit: false };
      }
      // X, who …, said  /  X, director of …, said  /  The Secretary …, Theresa May, said
      let m = appositionSpeaker(ctx, j, sFirst);
      // (a group's examples set off by commas, one with an apposition of its own: "But opponents of the bill, including
      // Tory Lord Campbell … and the Bishop of Winchester, the Rt Rev Michael Scott-Joynt, said": the group speaks)
      if (m) {
        const lead = examplesIntro(tokens, m.first - 1);
        const group = lead - 2 >= sFirst && tokens[lead - 1].value === ',' ? npLeft(ctx, lead - 2, sFirst) : -1;
        if (group >= 0 && !ctx.inQuote(tokens[group].start)) m = makeMention(ctx, group, lead - 2, 'speaker:subject-examples', null);
      }
      // (not a noun phrase inside a clause whose verb comes before it, when a source after a verb that takes no
      // addressee ends the sentence: "… was greatest in countries where …, in particular the UK, France and Spain,
      // said the report."; the clause has no quotation or reporting verb of its own: "Kiedis said his band and
      // collaborator Brian Burton, AKA Danger Mouse, wrote a host of new songs" stays)
      if (m && m.first > sFirst && !ctx.lex.addresseeVerbs.has(cueTok.lemma)) {
        const before = tokens.slice(sFirst, m.first);
        if (before.some((x) => isFiniteVerb(x) && !isCap(x)) && !before.some((x) => isQuoteTok(x) || (x.pos === 'VERB' && ctx.lex.verbLabel.has(x.lemma)))) {
          const r = rightSpeaker(ctx, cj + 1, sLast);
          if (r && r.last === sLast - 1 && tokens[sLast].pos === 'PUNCT') return { mention: r, inherit: false };
        }
      }
      if (m) return { mention: m, inherit: false };
      // a stray comma between the name that opens the sentence and its verb: "The men's solicitor Matthew Knight, said
      // that …" (nothing before it but the name's phrase of two words or more: no verb, comma or quotation mark; no
      // capitalised word after the verb, which would be an inverted speaker; no abbreviation's stop, which may have
      // split the sentence: "Rep. Chris Collins, R-N.Y., noted")
      const nx = tokens[cj + 1];
      // (also after letters of office: "Chairman of the Environmental Audit Committee Peter Ainsworth MP, said:")
      const nameBefore = isNameTok(tokens[j - 1], ctx.lex) || (OFFICE_LETTERS.test(tokens[j - 1]?.value ?? '') && isNameTok(tokens[j - 2], ctx.lex));
      if (t.value === ',' && j - 2 >= sFirst && nameBefore && !/\.$/.test(tokens[j - 1].value) && nx !== undefined && !isCap(nx) && tokens.slice(sFirst, j).every((x) => x.pos !== 'VERB' && x.pos !== 'AUX' && x.value !== ',' && !isQuoteTok(x))) {
        const m = openingMention(ctx, j - 1, sFirst, 'speaker:subject', null);
        if (m) return { mention: m, inherit: false };
      }
      // "…, X said" handled above; otherwise the clause before the comma is content: look right
      // "…, said John Smith.": only a speaker that closes the clause stands after the verb
      // ("Currently, says Dr Paniccia, telecoms equipment … is": after an opening adverbial with no verb,
      // the name closes the aside, and what follows its comma is the statement, not an apposition)
      // (or a relative clause about it follows: "That will be true up to a point, said Sherman, a George Washington
      // University grad whose aggressiveness has driven …")
      const closesAt = (m: FoundMention | null) => m !== null && (m.last >= sLast - 1 || tokens[m.last + 1]?.value === ',' || tokens[m.last + 1]?.value === '.' || RELATIVE_PRONOUNS.has(tokens[m.last + 1]?.lower ?? ''));
      let r = rightSpeaker(ctx, cj + 1, sLast);
      let opener = true;
      for (let k = sFirst; k < j && opener; k++) if (tokens[k].pos === 'VERB' || tokens[k].pos === 'AUX' || isQuoteTok(tokens[k])) opener = false;
      if (!closesAt(r) && r !== null && opener) {
        const bare = rightSpeaker(ctx, cj + 1, sLast, false);
        if (closesAt(bare)) r = bare;
      }
      // (a name whose description runs on with a participle to the sentence's end, and no clause of its own, closes it too:
      // "…, said Steve Grubbs, an Iowa operative currently working for Rand Paul's campaign.", "…, predicted Madeleine
      // Kunin, the former Vermont Democratic governor challenged by Sanders 30 years ago."; the description is in the span)
      if (!closesAt(r) && r !== null) {
        const bare = rightSpeaker(ctx, cj + 1, sLast, false);
        const c = bare ? bare.last + 2 : -1;
        let end = sLast;
        while (end > c && tokens[end].pos === 'PUNCT') end--;
        const described = bare !== null && tokens[bare.last + 1]?.value === ',' && c <= end && tokens[c].pos === 'DET' && isNameTok(tokens[bare.last], ctx.lex) &&
          !tokens.slice(c, end + 1).some((x) => isFiniteVerb(x) || isQuoteTok(x) || x.value === ',' || RELATIVE_PRONOUNS.has(x.lower));
        if (described) r = { ...bare, last: end };
      }
      const closes = closesAt(r);
      // (after a hyphen used as a dash, a verb with no subject is more often a reduced clause: "- thought likely to be")
      return { mention: closes ? r : null, inherit: !closes && !afterQuote && t.value !== '-' };
    }
    return { mention: null, inherit: false };
  }
  // passive ("is expected", "was told") reports no statement of the subject; the progressive does ("is warning")
  // ("'s" is "is" only as a contraction: in "Standard & Poor's has said" it ends the name)
  if (BE.has(t.lower) && !(t.pos === 'PART' && isPossessiveMark(t))) {
    // "He's warned that …": before a participle with a statement after it, "'s" is "has"
    // "He's said he gets …": so also before a subject pronoun, unless the verb's passive takes the addressee ("He's told he must …")
    const next = tokens[cj + 1];
    const clauseNext = next !== undefined && next.pos === 'PRON' && !POSSESSIVE_DET.has(next.lower) && ctx.lex.personPronouns.has(next.lower) && !ctx.lex.addresseeVerbs.has(cueTok.lemma);
    const has = isPossessiveMark(t) && (next?.lower === 'that' || isQuoteTok(next) || next?.value === ':' || clauseNext);
    if (!/ing$/.test(cueTok.lower) && !has) return { mention: null, inherit: false };
    j--;
    while (j >= sFirst && betweenSubjectAndVerb(tokens[j])) j--;
    if (j < sFirst) return { mention: null, inherit: false };
    // "Critics, while still confident …, are warning": the subject before an apposition or aside
    if (j > sFirst && (tokens[j].value === ',' || isDashAt(tokens, j)) && !ctx.inQuote(tokens[j].start)) {
      const m = appositionSpeaker(ctx, j, sFirst);
      return { mention: m, inherit: false };
    }
    const a = npLeft(ctx, j, sFirst);
    if (a < 0 || ctx.inQuote(tokens[a].start)) return { mention: null, inherit: false };
    return { mention: makeMention(ctx, a, j, tokens[a].pos === 'PRON' ? 'speaker:pronoun-subject' : 'speaker:subject', null), inherit: false };
  }
  if (ctx.lex.notCueAfter.has(t.lower)) return { mention: null, inherit: false };
  let a = npLeft(ctx, j, sFirst);
  if (a < 0) return { mention: null, inherit: false };
  if (ctx.inQuote(tokens[a].start)) return { mention: null, inherit: false };
  // a condition reports no statement: "if Illston agrees, she could reject the evidence"
  if (a - 1 >= sFirst && CONDITIONS.has(tokens[a - 1].lower)) return { mention: null, inherit: false };
  // nor does a clause whose whole statement is "what": "After Trump heard what his nemesis said, he …"
  // (but "what he says are skills shortages" and "what Mr Gates called an “ecosystem”" report one)
  if (a - 1 >= sFirst && tokens[a - 1].lower === 'what') {
    const next = tokens[cj + 1];
    // (a subject pronoun opens the statement: "about double what Bradley said she anticipated")
    const goesOn = next !== undefined && cj + 1 <= sLast && (next.pos === 'AUX' || next.pos === 'VERB' || next.pos === 'DET' || next.pos === 'ADJ' || next.pos === 'NOUN' || POSSESSIVE_DET.has(next.lower) || ctx.lex.personPronouns.has(next.lower) || ctx.lex.pluralPronouns.has(next.lower) || next.lower === 'as' || isQuoteTok(next));
    if (!goesOn) return { mention: null, inherit: false };
  }
  // a group and the examples it lists, before its verb: "Campaign groups including Friends of the Earth, the World
  // Development Movement, and War on Want said", "Charities such as Oxfam and Save the Children said": the group
  // speaks, its examples belong to the mention (a single example is read below: "Officials including the mayor"); the
  // subject is the list's last example, not what follows a comma after it ("… in markets such as China and India, the
  // report said")
  if (tokens[a - 1]?.value !== ',') {
    let p = a - 1;
    let listed = false;
    while (p >= sFirst && p >= a - 30) {
      const x = tokens[p];
      if (examplesIntro(tokens, p) >= 0) break;
      if (x.value === ',' || (x.lower === 'and' && x.pos === 'CCONJ')) listed = true;
      else if (!(isCap(x) || EXAMPLE_LIST_TAGS.has(x.pos))) { p = -1; break; }
      p--;
    }
    const headEnd = p >= sFirst ? examplesIntro(tokens, p) - 1 : -1;
    if (listed && headEnd >= sFirst && (tokens[headEnd].pos === 'NOUN' || tokens[headEnd].pos === 'PROPN') && /s$/i.test(tokens[headEnd].value)) {
      const a2 = npLeft(ctx, headEnd, sFirst);
      if (a2 >= 0 && !ctx.inQuote(tokens[a2].start)) {
        const m = makeMention(ctx, a2, headEnd, 'speaker:subject-examples', null);
        return { mention: { ...m, last: j }, inherit: false };
      }
    }
  }
  // a participle phrase between the subject and its verb: "Democrats trying to regain control of
  // the Senate say", "Experts studying the seas off Scotland's west coast forecast"
  {
    let p = a - 1;
    let participle = -1;
    while (p >= sFirst && p >= a - 10) {
      const x = tokens[p];
      if (x.pos === 'VERB' && /(ing|ed)$/.test(x.lower) && (tokens[p - 1]?.pos === 'NOUN' || tokens[p - 1]?.pos === 'PROPN')) { participle = p; p--; break; }
      if (x.lower === 'to' || ['VERB', 'ADV', 'ADP', 'DET', 'NOUN', 'ADJ', 'PROPN', 'PART', 'NUM'].includes(x.pos)) { p--; continue; }
      break;
    }
    // (a plural head, or a group noun that is plural without an s: "Police investigating Stefan's murder dismissed")
    if (participle >= 0 && p >= sFirst && (/s$/i.test(tokens[p].value) || ctx.lex.collectivePlurals.has(tokens[p].lower)) && !ctx.lex.titles.has(tokens[p].lower)) {
      const a2 = npLeft(ctx, p, sFirst);
      if (a2 >= 0 && !ctx.inQuote(tokens[a2].start)) {
        // the mention runs to the verb; the group is named by its head ("Democrats")
        const m = makeMention(ctx, a2, p, 'speaker:subject-participle-phrase', null);
        return { mention: { ...m, last: j }, inherit: false };
      }
    }
  }
  // an apposition the writer did not close before the verb: "Marvin Hier, founder of … the Simon
  // Wiesenthal Center said", "Anais Faraj, an analyst at Nomura told": the name before the comma speaks
  const open = unclosedApposition(ctx, a, j, sFirst);
  if (open) return { mention: open, inherit: false };
  // a prepositional phrase between the subject and its verb, the subject opening the clause: "Several senior Democrats
  // with longtime ties to both Clintons said", "Consulting firms like McKinsey say", "Families of those affected by
  // mass shootings said" (the walk left stops at the preposition; what it found is the preposition's object)
  {
    const b = headOfPostmodifiers(ctx, a, sFirst);
    // (at the sentence's start, after "But", or after the comma of an opening adverbial or of the statement: "In the
    // poll, 55 percent of …", "But progress has been slow, reports from the country say"; not after a list's comma:
    // "A survey of 1,000 people in London, New York and San Francisco by RSA Security found")
    const before = tokens.slice(sFirst, b - 1);
    const adverbial = tokens[b - 1]?.value === ',' && (['ADP', 'SCONJ', 'ADV'].includes(tokens[sFirst].pos) || before.some((x) => x.pos === 'VERB' || x.pos === 'AUX' || isQuoteTok(x)));
    const opensClause = b === sFirst || adverbial || (b - 1 === sFirst && tokens[sFirst].pos === 'CCONJ');
    if (b < a && opensClause && !ctx.inQuote(tokens[b].start) && tokens[b].pos !== 'PRON' && !tokens.slice(b, a).some((x) => x.pos === 'VERB' && !PARTICIPLE.test(x.lower))) {
      return { mention: makeMention(ctx, b, j, 'speaker:subject-prepositional-phrase', null), inherit: false };
    }
  }
  // a list of names: "Mr Afzal, Mr Islam and Mr Kazi deny"
  let listed = false;
  if (tokens.slice(a, j + 1).some((x) => x.lower === 'and')) {
    while (a - 2 >= sFirst && tokens[a - 1].value === ',' && isNameTok(tokens[a - 2], ctx.lex)) {
      let b = a - 2;
      while (b - 1 >= sFirst && (isNameTok(tokens[b - 1], ctx.lex) || ctx.lex.honorifics.has(tokens[b - 1].lower))) b--;
      a = b;
      listed = true;
    }
  }
  const m = makeMention(ctx, a, j, tokens[a].pos === 'PRON' ? 'speaker:pronoun-subject' : listed ? 'speaker:list' : 'speaker:subject', null);
  if (listed) m.list = true;
  return { mention: tail > m.last ? { ...m, last: tail } : m, inherit: false };
}

/**
 * Where the noun phrase starts whose prepositional postmodifiers end in the phrase starting at a ("Families of
 * those affected by …": from "Families"); a itself when no postmodifier's preposition stands before it.
 */
function headOfPostmodifiers(ctx: Ctx, a: number, sFirst: number): number {
  const { tokens } = ctx;
  let b = a;
  for (let hops = 0; hops < 4 && b - 2 >= sFirst && tokens[b - 1].pos === 'ADP' && POSTMODIFIER_PREPS.has(tokens[b - 1].lower); hops++) {
    // ("all over the UK", "all across the country": "all" is the preposition's)
    const e = b - 2 > sFirst && tokens[b - 2].lower === 'all' && PLACE_PREPS.has(tokens[b - 1].lower) ? b - 3 : b - 2;
    const a2 = npLeft(ctx, e, sFirst);
    if (a2 < 0 || a2 > e) break;
    b = a2;
  }
  return b;
}

/**
 * The first token of an infinitive lead ending at token e ("went on" in "went on to say", "was quick"
 * in "was quick to deny"), or -1. Its first word is matched by lemma, the rest as written.
 */
export function infinitiveLead(ctx: Ctx, e: number, sFirst: number): number {
  const { tokens } = ctx;
  for (const words of ctx.lex.infinitiveLeads) {
    const a = e - words.length + 1;
    if (a < sFirst) continue;
    if (tokens[a].lemma !== words[0] && tokens[a].lower !== words[0]) continue;
    if (words.every((w, m) => m === 0 || tokens[a + m].lower === w)) return a;
  }
  return -1;
}

/** Words that link a title to what it is the title of: "head of", "analyst at", "spokeswoman for". */
const TITLE_LINKS = new Set(['of', 'for', 'at', 'with', 'to']);

/**
 * "Name, [a|its …] title of|for|at … NP" right before the verb, with no comma to close it: the
 * mention of the name before the comma, with the apposition up to the verb. Null unless the words
 * after the comma are a noun phrase that starts with a title and links it on.
 */
function unclosedApposition(ctx: Ctx, a: number, j: number, sFirst: number): FoundMention | null {
  const { tokens, lex } = ctx;
  let p = a - 1;
  // a participle before a title modifies it: "managing director", "acting president"
  const titleModifier = (k: number) => tokens[k].pos === 'VERB' && /(ing|ed)$/.test(tokens[k].lower) && lex.titles.has(tokens[k + 1]?.lower ?? '');
  const nominal = (k: number) => {
    const t = tokens[k];
    return ['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM'].includes(t.pos) || TITLE_LINKS.has(t.lower) || isPossessiveMark(t) || t.value === '&' || t.value === '-' || POSSESSIVE_DET.has(t.lower) || titleModifier(k);
  };
  while (p >= sFirst && j - p < 16 && tokens[p].value !== ',' && nominal(p)) p--;
  if (p <= sFirst || tokens[p].value !== ',') return null;
  // …or the name of the person's organisation, the person's full name opening the sentence: "Colin Asplin, Blackpool
  // Hotel Association said"
  const orgName = lex.orgWords.has(tokens[j].lower) && tokens.slice(p + 1, j + 1).every((x) => isCap(x) || x.lower === 'of' || x.lower === 'and' || x.value === '&');
  if (orgName && p - 2 >= sFirst && lex.nameGender.has(tokens[sFirst].lower) && tokens.slice(sFirst, p).every((x) => isNameTok(x, lex)) && !ctx.inQuote(tokens[sFirst].start)) {
    return makeMention(ctx, sFirst, p - 1, 'speaker:subject-apposition', [p + 1, j]);
  }
  // the apposition: an optional determiner or possessive, modifiers, then a title with a link word after it
  let t = p + 1;
  if (tokens[t].pos === 'DET' || POSSESSIVE_DET.has(tokens[t].lower)) t++;
  while (t < j && (tokens[t].pos === 'ADJ' || (tokens[t].pos === 'NOUN' && !lex.titles.has(tokens[t].lower)) || titleModifier(t))) t++;
  let title = t;
  while (title <= j && lex.titles.has(tokens[title].lower) && !TITLE_LINKS.has(tokens[title].lower)) title++;
  if (title === t || title > j || !TITLE_LINKS.has(tokens[title].lower)) return null;
  // a capitalised title starts a name of its own ("…, Speaker of the House Paul Ryan said"), and a
  // capitalised verb after it belongs to a name ("spokesman for North East Says No, said")
  if (isCap(tokens[t]) || isCap(tokens[j + 1])) return null;
  // the core before the comma: a name
  if (!isNameTok(tokens[p - 1], lex)) return null;
  const core = npLeft(ctx, p - 1, sFirst);
  if (core < 0 || ctx.inQuote(tokens[core].start)) return null;
  return makeMention(ctx, core, p - 1, 'speaker:subject-apposition', [p + 1, j]);
}

/** Whether tokens[a, b] end in a word that names a source: a title, a person, group or document noun, or a titled name. */
function namesSource(ctx: Ctx, a: number, b: number): boolean {
  const { tokens, lex } = ctx;
  const sourceNoun = (t: Token) => isSourceNoun(lex, t.lower, true);
  if (b < a) return false;
  if (sourceNoun(tokens[b])) return true;
  let k = b;
  while (k >= a && isNameTok(tokens[k], lex)) k--;
  return k < b && k >= a && sourceNoun(tokens[k]);
}

/**
 * The cases settled before the walk to the subject, by the cue's form: a participle after a comma
 * (the clause subject's act), one that modifies a noun (no one's, unless the noun is a text or a
 * group polled), a passive modifier, a passive denial or warning with its agent, a participle used as
 * an adjective, an agent after the cue, a passive after its noun. Undefined when none applies.
 */
function participleOrPassive(ctx: Ctx, ci: number, cj: number, sFirst: number, sLast: number): SpeakerSearch | undefined {
  const { tokens } = ctx;
  const cueTok = tokens[ci];
  // participial clause after a comma: ", saying that", ", claiming that", also after a quotation's closing
  // comma: '… the party,” claiming that …'
  // (a dash that opens the sentence is a list's bullet, and a capitalised word after it a heading: "- Thinking Skills:")
  // (not after a quotation that opens the sentence, whose speaker would have to be found inside it)
  const closingComma = isQuoteTok(tokens[ci - 1]) && commaBefore(tokens, ci, sFirst + 1) >= 0 && !isQuoteTok(tokens[sFirst]);
  if (PARTICIPLE_CUE.test(cueTok.lower) && ci > sFirst && (tokens[ci - 1].value === ',' || closingComma || (isDashAt(tokens, ci - 1) && ci - 1 > sFirst)) && !isCap(cueTok) && !ctx.inQuote(tokens[ci - 1].start)) return { mention: null, inherit: true };
  // a participle that modifies a noun is no one's act: "a broadcast announcing the measure", "a movie
  // almost guaranteeing box office success"
  const nb = ci - 1 > sFirst && isVerbAdverb(tokens[ci - 1]) ? ci - 2 : ci - 1;
  // ("with some saying …, while others predict …": a quantifier alone as the absolute clause's subject)
  if (nb > sFirst && PARTICIPLE_CUE.test(cueTok.lower) && (QUANTIFIERS.has(tokens[nb].lower) || tokens[nb].lower === 'others') && tokens[nb - 1].lower === 'with' && cj + 1 <= sLast && !CLAUSE_END_MARKS.has(tokens[cj + 1].value)) {
    return { mention: makeMention(ctx, nb, nb, 'speaker:with-participle', null), inherit: false };
  }
  if (ci > sFirst && tokens[nb].pos === 'NOUN' && !isCap(tokens[nb]) && PARTICIPLE_CUE.test(cueTok.lower)) {
    // …unless the noun is a text that says it: "a BBC story claiming …", "a report saying …"
    const noun = tokens[nb].lower;
    const medium = ctx.lex.documentNouns.has(noun) || ctx.lex.mediaNouns.has(noun) || ctx.lex.nounLabel.has(noun);
    // …or a group of people polled or quoted, before what they say: "with 30 percent of voters saying
    // they have a positive view", "GOP primary voters saying they want a ban"
    const group = !medium && (noun === 'percent' || (ctx.lex.groupNouns.has(noun) && /s$/.test(noun))) && cj + 1 <= sLast && tokens[cj + 1] !== undefined && opensStatement(tokens[cj + 1]);
    // (not a verb that leads to another: "wariness of polls continuing to show …")
    if (tokens[cj + 1]?.lower === 'to') return { mention: null, inherit: false };
    // …or the subject of an absolute "with" clause, whoever it is: "…, with the home secretary saying the debate had
    // never reached that stage", "with analysts saying the trend would continue"
    if (!medium && !group) {
      const w = npLeft(ctx, nb, sFirst);
      if (w > sFirst && tokens[w - 1].lower === 'with' && cj + 1 <= sLast && !CLAUSE_END_MARKS.has(tokens[cj + 1].value) && (!ctx.lex.needComplement.has(cueTok.lemma) || opensStatement(tokens[cj + 1]))) return { mention: makeMention(ctx, w, nb, 'speaker:with-participle', null), inherit: false };
      return { mention: null, inherit: false };
    }
    const a = npLeft(ctx, nb, sFirst);
    return a >= 0 ? { mention: makeMention(ctx, a, nb, medium ? 'speaker:document-participle' : 'speaker:group-participle', null), inherit: false } : { mention: null, inherit: false };
  }
  // after a name that is a verb's object, the participle is the subject's act: "Mr Campbell then e-mailed Mr
  // McFadyen pointing out the mistake", "Mr Hockney also left UKIP saying …"; not after a verb of perceiving,
  // showing or reporting, whose object acts ("shows Hess talking about", "quoted Mr Clarke telling")
  if (ci > sFirst && tokens[nb].pos === 'PROPN' && PARTICIPLE_CUE.test(cueTok.lower) && !isCap(cueTok)) {
    const a = npLeft(ctx, nb, sFirst);
    const v = a > sFirst ? tokens[a - 1] : undefined;
    const { lex } = ctx;
    // (the object a name alone: not "an account of Clinton telling", where the name is the teller)
    if (v && v.pos === 'VERB' && tokens.slice(a, nb).every((t) => t.pos !== 'ADP') && !lex.perceptionVerbs.has(v.lemma) && !lex.smallClauseVerbs.has(v.lemma) && !lex.verbLabel.has(v.lemma) && !lex.complementVerbs.has(v.lemma)) return { mention: null, inherit: true };
  }
  // an adverb of degree between a noun and a participle makes a passive modifier, not a verb: "the
  // election widely predicted for May", "a parable much told in economics courses"
  if (nb === ci - 2 && PASSIVE_DEGREE.has(tokens[ci - 1].lower) && (tokens[nb].pos === 'NOUN' || tokens[nb].pos === 'PROPN') && PARTICIPLE.test(cueTok.lower) && cj === ci) {
    const next = tokens[cj + 1];
    if (!next || next.pos === 'ADP' || next.pos === 'PUNCT' || next.lower === 'to') return { mention: null, inherit: false };
  }
  const passive = passiveAgent(ctx, ci, cj, sFirst, sLast);
  if (passive) return passive;
  // a participle before its noun is an adjective, also after an adverb: "a majority of pledged delegates",
  // "for proposed changes", "Japan's technologically demanding mobile users"
  if ((PARTICIPLE.test(cueTok.lower) || PARTICIPLE_CUE.test(cueTok.lower)) && ci > sFirst && cj === ci && (tokens[cj + 1]?.pos === 'NOUN' || tokens[cj + 1]?.pos === 'ADJ')) {
    const det = tokens[ci - 1];
    if (PARTICIPLE.test(cueTok.lower) && tokens[cj + 1].pos === 'NOUN' && (det.pos === 'DET' || det.pos === 'ADP' || POSSESSIVE_DET.has(det.lower))) return { mention: null, inherit: false };
    const beforeAdv = det.pos === 'ADV' && ci - 2 >= sFirst ? tokens[ci - 2] : null;
    if (beforeAdv && (beforeAdv.pos === 'DET' || POSSESSIVE_DET.has(beforeAdv.lower) || isPossessiveMark(beforeAdv) || (beforeAdv.pos === 'ADP' && PARTICIPLE.test(cueTok.lower)))) return { mention: null, inherit: false };
  }
  // "written by X", "announced by X", "reporting by X": an agent after the cue, not a speaker before it
  if (tokens[cj + 1]?.lower === 'by' && (PARTICIPLE.test(cueTok.lower) || /ing$/.test(cueTok.lower))) return { mention: null, inherit: false };
  // a passive participle after its noun is no one's act: "Among the firms accused were …"
  if (ci > sFirst && tokens[ci - 1].pos === 'NOUN' && PARTICIPLE.test(cueTok.lower) && (tokens[cj + 1]?.pos === 'AUX' || BE.has(tokens[cj + 1]?.lower ?? ''))) return { mention: null, inherit: false };
  return undefined;
}

/**
 * A statement in the passive with its agent, who is its source: a denial or warning ("A call for shortlists has been
 * rejected by one of Labour's most senior Asians"), a verb of judging (cues.json passiveAgentCues: "the move has been
 * criticised by environmental groups") or of naming with the name it gave ("have been branded \"deeply irresponsible\"
 * by the Liberal Democrats"). Passives of other cues, "was announced by", report events more than statements
 * (measured, no gain). Undefined when the cue is no such passive.
 */
function passiveAgent(ctx: Ctx, ci: number, cj: number, sFirst: number, sLast: number): SpeakerSearch | undefined {
  const { tokens } = ctx;
  const cueTok = tokens[ci];
  const passiveLabel = ctx.lex.verbLabel.get(cueTok.lemma);
  let subj = ci - 2;
  while (subj >= sFirst && (tokens[subj].pos === 'AUX' || tokens[subj].pos === 'ADV')) subj--;
  // (a verb of judging or naming only with a subject of its own, not in a relative clause, whose statement is no
  // subject: "the owners, who have been accused by …")
  const ownSubject = subj >= sFirst && !RELATIVE.has(tokens[subj].lower);
  let byAt = tokens[cj + 1]?.lower === 'by' ? cj + 1 : -1;
  // (wink may tag the participle an adjective and keep its form as the lemma: "branded")
  const namingVerb = ctx.lex.complementVerbs.has(cueTok.lemma) || pastStems(cueTok.lower).some((w) => ctx.lex.complementVerbs.has(w));
  // (the name given opens with a quotation, "as" or an article, before the agent or after it: "was described by Jobs as
  // …"; not a title, "the song is called Gonna Have a No 1 … by Moped", nor "was called by the SVP to force …")
  const opensName = (t: Token | undefined) => t !== undefined && (isQuoteTok(t) || t.lower === 'as' || t.lower === 'a' || t.lower === 'an');
  const naming = namingVerb && ownSubject && (opensName(tokens[cj + 1]) || byAt === cj + 1);
  if (naming && byAt < 0) {
    for (let k = cj + 2; k <= sLast && k <= cj + 10; k++) {
      if (tokens[k].value === ',' || tokens[k].value === ';' || isFiniteVerb(tokens[k])) break;
      if (tokens[k].lower === 'by') { byAt = k; break; }
    }
  }
  const judging = ownSubject && (naming || ctx.lex.passiveAgentCues.has(cueTok.lemma));
  // (a headline drops the "is": "Housing plans criticised by MPs")
  const headlinePassive = ci - 1 >= sFirst && ctx.doc.sentences[cueTok.sentence]?.headline === true && (tokens[ci - 1].pos === 'NOUN' || tokens[ci - 1].pos === 'PROPN') && ctx.lex.passiveAgentCues.has(cueTok.lemma);
  if (headlinePassive && !BE.has(tokens[ci - 1].lower)) subj = ci - 1;
  if (byAt >= 0 && PARTICIPLE.test(cueTok.lower) && ci - 1 >= sFirst && (BE.has(tokens[ci - 1].lower) || headlinePassive) && (passiveLabel === 'denial' || passiveLabel === 'warning' || judging)) {
    let b = npRight(ctx, byAt + 1, sLast);
    // (a possessive agent runs on to its noun: "have been criticised by the group's chief")
    while (b >= 0 && b + 2 <= sLast && isPossessiveMark(tokens[b + 1])) {
      const owned = npRight(ctx, b + 2, sLast);
      // (wink may tag the owned title an adjective: "the group's chief")
      if (owned < b + 2) {
        if (ctx.lex.personNouns.has(tokens[b + 2].lower)) b += 2;
        break;
      }
      b = owned;
    }
    if (b >= 0 && !ctx.inQuote(tokens[byAt + 1].start) && !(naming && !ctx.lex.passiveAgentCues.has(cueTok.lemma) && byAt === cj + 1 && !opensName(tokens[b + 1]))) {
      const mention = makeMention(ctx, byAt + 1, b, 'speaker:passive-agent', null);
      // the statement is what was judged, the subject, unless the grounds follow the agent ("was accused by unions of
      // …", "criticised by the SNP for …"): not the clause before it ("The Bank said …, but the move was criticised
      // by …"), nor what comes after ("was criticised by financial regulators and could have to restate …")
      // (a denial's or warning's statement is found as before: "That charge was denied by Mr Mandelson, who said …")
      const grounds = ['of', 'for', 'over', 'as'].includes(tokens[b + 1]?.lower ?? '');
      let a = subj >= sFirst && !grounds && judging && passiveLabel !== 'denial' && passiveLabel !== 'warning' ? npLeft(ctx, subj, sFirst) : -1;
      // (the whole opening of the sentence when it has no verb of its own or comma: "Plans to portray Dominica's Carib
      // Indians as cannibals … have been criticised by")
      // (a pronoun subject is the statement's whole subject: "These have been criticised by road safety campaigners, …")
      if (a < 0 && subj >= sFirst && !grounds && judging && (tokens[subj].pos === 'PRON' || tokens[subj].pos === 'DET') && (subj === sFirst || (subj === sFirst + 1 && tokens[sFirst].pos === 'CCONJ'))) a = subj;
      // (…or whose verbs are those of a clause that a noun opening it takes: "Reports that Tony Blair is planning a snap
      // election … have been described as \"idle speculation\" by")
      const nounClause = tokens.slice(sFirst, a).findIndex((x, k) => x.lower === 'that' && k > 0 && (tokens[sFirst + k - 1].pos === 'NOUN' || (k === 1 && /s$/.test(tokens[sFirst].lower))));
      const ownVerb = (x: Token, k: number) => isFiniteVerb(x) && tokens[sFirst + k - 1]?.lower !== 'to' && (nounClause < 0 || k < nounClause);
      if (a > sFirst && tokens.slice(sFirst, a).every((x, k) => x.value !== ',' && !ownVerb(x, k) && !isQuoteTok(x))) a = tokens[sFirst].pos === 'CCONJ' ? sFirst + 1 : sFirst;
      // (a name given runs on to the agent: "Plans … have been branded \"deeply irresponsible\"")
      return a >= 0 && !ctx.inQuote(tokens[a].start) ? { mention, inherit: false, content: [a, byAt > cj + 1 ? byAt - 1 : subj] } : { mention, inherit: false };
    }
  }
  return undefined;
}

/** The first token of the words ending at k that introduce a group's examples ("including", "such as"), or -1. */
function examplesIntro(tokens: Token[], k: number): number {
  if (tokens[k]?.lower === 'including') return k;
  return tokens[k]?.lower === 'as' && tokens[k - 1]?.lower === 'such' ? k - 1 : -1;
}

/** Prepositions of the occasion of a statement between its subject and verb ("in a briefing", "at a rally"). */
export const OCCASION_PREPS = new Set(['in', 'at', 'during']);
/** Prepositions that open a phrase after a subject's head noun ("Democrats with ties to …"). */
const POSTMODIFIER_PREPS = new Set(['with', 'to', 'like', 'by', 'of', 'from', 'at', 'in', 'for', 'among', 'on', 'across', 'over', 'throughout', 'around']);
/** …of them, those that say where a group is ("Shops all over the UK", "Firms around the world"). */
const PLACE_PREPS = new Set(['across', 'over', 'throughout', 'around']);

/** A phrase of the occasion of a statement from k: a few determiners and modifiers, then an occasion noun ("a briefing"). */
function occasionAfter(ctx: Ctx, k: number, ceil: number): boolean {
  return occasionNounAt(ctx, k, ceil, OCCASION_WORD_TAGS) >= 0;
}

/** The tags of the words before an occasion noun ("a briefing", "the party's conference"). */
const OCCASION_WORD_TAGS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN']);

/**
 * Where the occasion noun stands in a phrase of the occasion from k, within five words whose tags are in `tags`
 * ("a briefing", "a 2002 report"), or -1.
 */
export function occasionNounAt(ctx: Ctx, k: number, ceil: number, tags: ReadonlySet<string>): number {
  const { tokens } = ctx;
  for (let m = k; m <= ceil && m < k + 5; m++) {
    if (tokens[m].pos === 'NOUN' && ctx.lex.occasionNouns.has(tokens[m].lower)) return m;
    if (!tags.has(tokens[m].pos)) return -1;
  }
  return -1;
}

/**
 * Where a time phrase that ends at token j and stands between a subject and its verb starts, or -1: "The mayor
 * on Tuesday rejected", "Beck last week said", "Spicer on Thursday evening said", "Priebus late Tuesday night
 * told"; a year only after a name ("The Downing Street Strategy Unit in 2003 said").
 */
function timePhraseStart(tokens: Token[], j: number, sFirst: number): number {
  if (j - 1 < sFirst || !(TIME_WORDS.has(tokens[j].lower) || (YEAR.test(tokens[j].value) && tokens[j - 2]?.pos === 'PROPN'))) return -1;
  const lead = TIME_WORDS.has(tokens[j].lower) && !TIME_LEADS.has(tokens[j - 1].lower) && TIME_WORDS.has(tokens[j - 1].lower) && !TIME_LEADS.has(tokens[j - 1].lower) ? j - 2 : j - 1;
  return lead >= sFirst && TIME_LEADS.has(tokens[lead].lower) ? lead : -1;
}

/**
 * The walk from the cue at ci back to the end of its subject, over what may stand between subject and
 * verb: auxiliaries, adverbs and adverbials, times, a parenthesis, a verb that leads to the cue ("went
 * on to say"), and words that belong to the subject though they stand after its head ("voters polled",
 * whose last token is `tail`, or -1). Null when what it passes cancels the claim: a negation ("did not
 * say") or a passive ("was told").
 */
function subjectEnd(ctx: Ctx, ci: number, sFirst: number): { j: number; tail: number } | null {
  const { tokens } = ctx;
  const cueTok = tokens[ci];
  let j = ci - 1;
  let tail = -1;
  for (;;) {
    // (the second word of a two-word adverbial is left to the rule below: "at first declined")
    while (j >= sFirst && betweenSubjectAndVerb(tokens[j]) && adverbialEndingAt(tokens, j, sFirst) === 0) {
      // a negated act reports no statement: "did not say", "never mentioned"
      if (NEGATION.has(tokens[j].lower)) return null;
      // a passive ("it has been announced", "was told") reports no statement of its subject; the progressive does
      if ((tokens[j].lower === 'been' || tokens[j].lower === 'being') && !/ing$/.test(cueTok.lower)) return null;
      j--;
    }
    // "Trump at the time said", "the party for the moment insists"
    if (j - 2 >= sFirst && (tokens[j].lower === 'time' || tokens[j].lower === 'moment') && (tokens[j - 1].lower === 'the' || tokens[j - 1].lower === 'that') && (tokens[j - 2].lower === 'at' || tokens[j - 2].lower === 'for')) {
      j -= 3;
      continue;
    }
    const time = timePhraseStart(tokens, j, sFirst);
    if (time >= 0) {
      j = time - 1;
      continue;
    }
    // where it was said, between subject and verb: "an IMF official in a briefing on Wednesday said", "Trump at a
    // rally told" (occasionNouns)
    if (j - 2 >= sFirst && tokens[j].pos === 'NOUN' && ctx.lex.occasionNouns.has(tokens[j].lower)) {
      let p = j - 1;
      while (p > sFirst && p > j - 5 && (tokens[p].pos === 'DET' || tokens[p].pos === 'ADJ' || tokens[p].pos === 'NOUN' || tokens[p].pos === 'PROPN')) p--;
      if (p > sFirst && OCCASION_PREPS.has(tokens[p].lower)) {
        j = p - 1;
        continue;
      }
    }
    // "Gowdy Thursday said", "Priebus later Thursday told": a day name after a name, with "later"/"earlier" before it;
    // also after a noun or a participle: "voters going to the polls Tuesday say", "the order released Friday said"
    if (j - 1 >= sFirst && WEEKDAYS.has(tokens[j].lower) && isCap(tokens[j]) && (tokens[j - 1].pos === 'PROPN' || tokens[j - 1].pos === 'NOUN' || (tokens[j - 1].pos === 'VERB' && PARTICIPLE.test(tokens[j - 1].lower)) || tokens[j - 1].lower === 'later' || tokens[j - 1].lower === 'earlier')) {
      if (tokens[j - 1].pos !== 'PROPN') tail = Math.max(tail, j);
      j -= tokens[j - 1].lower === 'later' || tokens[j - 1].lower === 'earlier' ? 2 : 1;
      continue;
    }
    // a participle after its noun belongs to the subject: "Some 56 percent of voters polled said", "A news
    // report published Wednesday said"
    // (not after a name, where it is the verb: "Michael Mates joined calls for")
    // (also one in -ing with no object after a noun for a person or people: "The judge presiding has indicated")
    const presiding = /ing$/.test(tokens[j]?.lower ?? '') && j - 1 >= sFirst && (ctx.lex.personNouns.has(tokens[j - 1].lower) || ctx.lex.groupNouns.has(tokens[j - 1].lower) || ctx.lex.titles.has(tokens[j - 1].lower));
    if (j - 1 >= sFirst && tokens[j].pos === 'VERB' && (PARTICIPLE.test(tokens[j].lower) || presiding) && tokens[j - 1].pos === 'NOUN' && !isCap(tokens[j - 1])) {
      tail = Math.max(tail, j);
      j -= 1;
      continue;
    }
    // "He went on to say", "Lewandowski continued to say": the subject stands before the verb that leads to the cue
    if (j - 1 >= sFirst && tokens[j].lower === 'to') {
      const lead = infinitiveLead(ctx, j - 1, sFirst);
      if (lead >= 0) {
        j = lead - 1;
        continue;
      }
    }
    // a two- or three-word adverbial between subject and verb: "the Tories are in turn demanding", "he in
    // fact said", "Gore's friends have in the past said"
    const adverbial = adverbialEndingAt(tokens, j, sFirst);
    if (adverbial > 0) {
      j -= adverbial;
      continue;
    }
    // a parenthesis between subject and verb: "Rep. Steve Israel (D-N.Y.) said"
    if (j >= sFirst && tokens[j].value === ')') {
      let k = j - 1;
      while (k >= sFirst && tokens[k].value !== '(' && j - k < 12) k--;
      if (k >= sFirst && tokens[k].value === '(') {
        // it stays in the span: "Sen. Richard Blumenthal (D-Conn.) said"
        tail = Math.max(tail, j);
        j = k - 1;
        continue;
      }
    }
    break;
  }
  return { j, tail };
}

function rightSpeaker(ctx: Ctx, i: number, sLast: number, withAppo = true): FoundMention | null {
  const { tokens } = ctx;
  if (i > sLast) return null;
  // a preposition opens a phrase of place or time, not a speaker: "…, said on Twitter on Monday"
  if (tokens[i].pos === 'ADP' || tokens[i].pos === 'CCONJ') return null;
  const b = npRight(ctx, i, sLast);
  if (b < 0) return null;
  // a possessive opens a phrase after a finite cue when the phrase names a source ("said our
  // correspondent", "said his coach Peter Stanley"; not "Writing his message", "claimed her fourth title");
  // another pronoun must be a speaker's
  if (tokens[i].pos === 'PRON') {
    // inverted: the statement before the cue ends in a comma or a quotation mark, the phrase ends the clause
    const inverted = (tokens[i - 2]?.value === ',' || isQuoteTok(tokens[i - 2])) && (b + 1 > sLast || [',', '.', ';', ':'].includes(tokens[b + 1].value));
    const possessive = POSSESSIVE_DET.has(tokens[i].lower) && inverted && !/ing$/.test(tokens[i - 1]?.lower ?? '') && namesSource(ctx, i + 1, b);
    if (!possessive && !isSpeakerPronoun(ctx, tokens[i])) return null;
  }
  // a noun phrase with an auxiliary after it, or a pronoun with a verb, is the subject of the statement,
  // not the speaker: "… say the figures are wrong", "…” say it has failed", "said they want";
  // a verb after a noun may be a participle or a mis-tag ("one analyst quoted by …", "the fly-half")
  const after = b + 1 <= sLast ? tokens[b + 1] : undefined;
  if (after && (after.pos === 'AUX' || (tokens[i].pos === 'PRON' && after.pos === 'VERB'))) return null;
  // an age after the name is in the span, and what follows it to the sentence's end when it has no clause of its own:
  // "said Carla Cruz, 24.", "said Gonzalez, 55, of Brigantine.", "said Gavin Hamilton, 23, a student from Fresno, Calif."
  if (withAppo && tokens[b + 1]?.value === ',' && /^\d{1,3}$/.test(tokens[b + 2]?.value ?? '') && (endsSentence(tokens, b + 2, sLast) || tokens[b + 3]?.value === ',')) {
    let end = sLast;
    while (end > b + 2 && tokens[end].pos === 'PUNCT') end--;
    const rest = tokens.slice(b + 3, end + 1);
    // (a place, "of Brigantine", or a description, "a student from …"; its role is the description's)
    const described = end > b + 3 && end - b <= 20 && ['of', 'from', 'a', 'an', 'the'].includes(tokens[b + 4]?.lower ?? '') && !rest.some((t) => t.pos === 'VERB' || t.pos === 'AUX' || isQuoteTok(t));
    const m = makeMention(ctx, i, b, 'speaker:inverted', described && tokens[b + 4].pos === 'DET' ? appositionAfter(ctx, b + 2, sLast) : null);
    return { ...m, last: described ? end : b + 2 };
  }
  const appo = withAppo ? appositionAfter(ctx, b, sLast) : null;
  const m = makeMention(ctx, i, b, 'speaker:inverted', appo);
  // a second description that ends the sentence describes the first one's organisation, in the span and not the
  // role: "said Dean Baker, co-director of the Center for Economic and Policy Research, a liberal think tank."
  const second = appo ? appositionAfter(ctx, appo[1], sLast) : null;
  return second && tokens[second[0]].pos === 'DET' && endsSentence(tokens, second[1], sLast) ? { ...m, last: Math.max(m.last, second[1]) } : m;
}

/** Only closing punctuation (no comma) follows token k up to the sentence's last token. */
export const endsSentence = (tokens: Token[], k: number, sLast: number): boolean => tokens.slice(k + 1, sLast + 1).every((x) => x.pos === 'PUNCT' && x.value !== ',');

/**
 * The apposition set off by a comma after a speaker's phrase that ends at `b`, as tokens [c, d]:
 * ", director general of the British Chambers of Commerce"; null when what follows the comma is no description.
 */
export function appositionAfter(ctx: Ctx, b: number, sLast: number): [number, number] | null {
  const { tokens } = ctx;
  if (tokens[b + 1]?.value !== ',' || b + 2 > sLast) return null;
  const c = b + 2;
  // (a relative clause is no apposition: "the SITE Intelligence Group, which monitors …")
  if (RELATIVE_PRONOUNS.has(tokens[c].lower)) return null;
  const d = npRight(ctx, c, sLast);
  if (d < c) return null;
  // (or a name that closes the clause after a description: "said one of their lawyers, Michalis Dimitrakopoulos.")
  // (also after a style or honorific: "said its chairman, Sir Anthony Greener.")
  const nameCloses = d > c && tokens.slice(c, d + 1).every((t, x) => isNameTok(t, ctx.lex) || (x === 0 && ctx.lex.honorifics.has(t.lower))) && (d + 1 > sLast || ['.', ',', ';'].includes(tokens[d + 1].value)) && !isNameTok(tokens[b], ctx.lex);
  // (or a role opened by a possessive name: "said Warren Gunnels, Mr. Sanders's longtime policy adviser")
  const possessiveRole = d > c + 1 && tokens.slice(c + 1, Math.min(d, c + 4)).some((t) => isPossessiveMark(t)) && tokens[d].pos === 'NOUN' && !isCap(tokens[d]);
  return tokens[c].pos === 'DET' || ctx.lex.titles.has(tokens[c].lower) || tokens[c].pos === 'NOUN' || tokens[c].pos === 'ADJ' || nameCloses || possessiveRole ? [c, d] : null;
}

/**
 * The subject before ", who …", ", which …" or ", whose …" that the comma at `comma` closes, when the clause
 * opens within 45 tokens and the subject starts the sentence: null otherwise.
 */
function relativeClauseSubject(ctx: Ctx, comma: number, sFirst: number): FoundMention | null {
  const { tokens } = ctx;
  for (let r = comma - 2; r > sFirst + 1 && comma - r < 45; r--) {
    const t = tokens[r];
    if ((isQuoteTok(t) && !isPluralPossessive(tokens, r)) || t.value === ';' || t.value === ':') return null;
    if (!RELATIVE_PRONOUNS.has(t.lower)) continue;
    // (a writer may leave out the comma before "who" after a name, keeping the one that closes the clause: "Mr Snow
    // who is currently in Dublin …, has applauded")
    const end = tokens[r - 1].value === ',' ? r - 2 : t.lower === 'who' && isNameTok(tokens[r - 1], ctx.lex) && tokens[r - 1].pos === 'PROPN' ? r - 1 : -1;
    if (end < 0) continue;
    // the clause has its verb, and the subject before it opens the sentence
    if (!tokens.slice(r + 1, comma).some((x) => x.pos === 'VERB' || x.pos === 'AUX')) return null;
    const a = npLeft(ctx, end, sFirst);
    // (or after a short opening adverbial: "However, Mr Johnson, who was forced to apologise …, said")
    const afterOpener = a > sFirst + 1 && tokens[a - 1].value === ',' && a - 1 - sFirst <= 3 && tokens.slice(sFirst, a - 1).every((x) => x.pos === 'ADV' || x.pos === 'ADP' || x.pos === 'CCONJ' || x.pos === 'DET' || TIME_WORDS.has(x.lower));
    if (a < 0 || (a !== sFirst && !afterOpener) || ctx.inQuote(tokens[a].start)) return null;
    return makeMention(ctx, a, end, 'speaker:subject-relative-clause', null);
  }
  return null;
}

function appositionSpeaker(ctx: Ctx, comma: number, sFirst: number): FoundMention | null {
  const { tokens, lex } = ctx;
  // find the mark that opens the apposition: the previous comma, or dash for a dash
  const dash = isDashAt(tokens, comma);
  const opens = (k: number) => (dash ? isDashAt(tokens, k) : tokens[k].value === ',');
  // (the comma inside a place, "from Houston, Texas,", opens nothing: the apposition runs on before it)
  // (not a name after the comma: "the play's organiser in Uganda, Sarah Mukasa, told")
  const placeComma = (x: number) => !dash && comma - x <= 3 && x - 2 >= sFirst && isNameTok(tokens[x - 1], lex) && ['from', 'of', 'in'].includes(tokens[x - 2].lower) &&
    tokens.slice(x + 1, comma).every((t) => t.pos === 'PROPN' && isCap(t)) && !lex.nameGender.has(tokens[x + 1].lower);
  let k = comma - 1;
  while (k >= sFirst && (!opens(k) || placeComma(k)) && comma - k < 25) k--;
  // (…when a description opens before it; "Stacy Baker of Columbia, South Carolina, said" has no comma
  // before, "Another superdelegate, Michael Brown of Washington, D.C., explained" a name after it)
  if (k < sFirst || !opens(k) || isNameTok(tokens[k + 1], lex)) for (k = comma - 1; k >= sFirst && !opens(k) && comma - k < 25;) k--;
  // a long relative clause, or one with commas of its own, opened after the subject: "Beck, who
  // supported Sen. Ted Cruz, R-Texas, and opposed Trump during the primaries, last week said"
  if (!dash && !(k >= sFirst && opens(k) && RELATIVE.has(tokens[k + 1]?.lower ?? ''))) {
    const m = relativeClauseSubject(ctx, comma, sFirst);
    if (m) return m;
  }
  if (k < sFirst || !opens(k)) return null;
  const c = k + 1;
  const d = comma - 1;
  if (d < c) return null;
  // "The Open Society Institute (OSI), financed by …, has accused": the name before its parenthesis
  let coreEnd = k - 1;
  if (tokens[coreEnd]?.value === ')') {
    const p = openParen(tokens, coreEnd, sFirst);
    if (p >= 0) coreEnd = p - 1;
  }
  // "Stephen Douglas, 26, from Wales, said": after an age, the name before it with both appositions
  // (also after a party and state: "Sen. Marco Rubio, R-Fla., appearing on Fox News …, said")
  if (!dash && ((tokens[k - 1]?.pos === 'NUM' && tokens[k - 2]?.value === ',') || partyStateBefore(tokens, k) >= 0) && k - 2 > sFirst) {
    const named = appositionSpeaker(ctx, k, sFirst);
    if (named && named.rule === 'speaker:subject-apposition') return { ...named, last: d };
  }
  const a = npLeft(ctx, coreEnd, sFirst);
  if (a < 0) return null;
  if (ctx.inQuote(tokens[a].start)) return null;
  // the core must end in a name, a title or a group noun
  // (the name before a party and state in parentheses: "Sen. Rob Portman (R-Ohio), another vulnerable incumbent, said",
  // "Gov. Chris Christie (R), a staunch Donald Trump ally, acknowledged")
  const party = coreEnd < k - 1 && (partyStateAt(tokens, coreEnd + 2) || (/^[RDI]$/.test(tokens[coreEnd + 2]?.value ?? '') && tokens[coreEnd + 3]?.value === ')'));
  const coreLast = party ? tokens[coreEnd] : tokens[k - 1];
  // a description that is itself the apposition of a name before it is that name's: "RoseAnn DeMoro, executive director
  // of National Nurses United, a union that …, said" is DeMoro, the mention running on over both
  const outerName = (): FoundMention | null => {
    if (dash || a - 2 < sFirst || tokens[a - 1].value !== ',' || isCap(tokens[a]) || tokens[a].pos === 'DET' || !isNameTok(tokens[a - 2], lex)) return null;
    return openingMention(ctx, a - 2, sFirst, 'speaker:subject-apposition', [a, d]);
  };
  // a name that is itself the apposition of a description opening the sentence has it in its span, not its name:
  // "Nevada's governor, Brian Sandoval, a Republican, said", "Her father, Brad, 39, worried"
  const describedBy = (m: FoundMention): FoundMention => {
    if (dash || a - 2 < sFirst || tokens[a - 1].value !== ',' || !isNameTok(tokens[a], lex)) return m;
    const o = npLeft(ctx, a - 2, sFirst);
    const head = tokens[a - 2];
    const describes = o === sFirst && !isNameTok(head, lex) && (lex.titles.has(head.lower) || lex.personNouns.has(head.lower)) && !tokens.slice(o, a - 1).some((t) => t.value === ',' || isFiniteVerb(t));
    return describes ? { ...m, first: o } : m;
  };
  const seg = tokens.slice(c, d + 1);
  if (RELATIVE.has(tokens[c].lower)) {
    // a core set off by a comma before it is the apposition of a subject further left: "Paul Porter, a
    // truck driver from Ava, Mo., who is a member of the Teamsters union, said"
    // (a core that names no one: a description whose head is no name, "Lord Condon, head of the …'s unit, who", or
    // the state after a town, "Harry Bond, 30, of Raleigh, N.C., who"; and an outer subject that is named)
    if (!dash && a - 1 > sFirst && tokens[a - 1].value === ',') {
      let h = a;
      while (h < coreEnd && tokens[h + 1].pos !== 'ADP') h++;
      // (letters of office close a name: "Ken Macdonald QC")
      h = beforePostNominal(tokens, a, h);
      // (not a sentence's opening "Of Carson, Levine, who …")
      const place = a - 4 >= sFirst && isNameTok(tokens[a - 2], lex) && ['from', 'of', 'in'].includes(tokens[a - 3].lower);
      if (place || !isNameTok(tokens[h], lex)) {
        const outer = appositionSpeaker(ctx, k, sFirst);
        if (outer && outer.rule === 'speaker:subject-apposition' && outer.nameFirst !== null) return outer;
      }
    }
    return makeMention(ctx, a, coreEnd, 'speaker:subject-relative-clause', null);
  }
  // "The government, for instance, refused": an aside, not an apposition
  const aside = seg.map((t) => t.lower).join(' ');
  if (ASIDES.has(aside)) return makeMention(ctx, a, k - 1, 'speaker:subject', null);
  // an adverbial phrase set off by commas is an aside too: "Jones, after his superb display, observed"
  // (not "of …", "for …", "to …", which tell whose or what the subject is)
  // (an infinitive makes no clause: "Lord Walker of Gestingthorpe, the one law lord to oppose the appeal, said")
  const infinitive = (x: number) => seg[x - 1]?.lower === 'to' || (seg[x - 1]?.pos === 'ADV' && seg[x - 2]?.lower === 'to');
  const hasVerb = seg.some((t, x) => (t.pos === 'VERB' || t.pos === 'AUX') && !isCap(t) && seg[x - 1]?.value !== '-' && !infinitive(x));
  // …when what stands before it is a subject, not the object of a preposition or the end of a list ("in Aurora, Colorado, in July")
  const objectBefore = a - 1 >= sFirst && (tokens[a - 1].pos === 'ADP' || tokens[a - 1].value === ',');
  // (also one opened by a conjunction: "An increasing number of Democrats, while still confident in her victory, are warning")
  // (its participles make no clause: "Corey Lewandowski, in a statement released by the campaign on Thursday, said")
  // (nor a "verb" right after a preposition or an article, past adverbs, which wink mistags: "in characteristically
  // blunt style")
  const afterPrep = (x: number) => {
    let y = x - 1;
    while (y >= 0 && seg[y].pos === 'ADV') y--;
    return y >= 0 && (seg[y].pos === 'ADP' || seg[y].pos === 'DET') && seg[y].lower !== 'that';
  };
  const finiteAt = (t: Token, x: number) => isFiniteVerb(t) && !isCap(t) && seg[x - 1]?.value !== '-' && !(t.pos === 'VERB' && afterPrep(x));
  const clauseIn = seg.some(finiteAt);
  // (a clause subordinate inside the phrase is part of it: "Dr Brian Gibbons, on his first full day in the job after Jane
  // Hutt was sacked, admitted")
  const sub = seg.findIndex((t, x) => x > 0 && OPENING_SUBORDINATORS.has(t.lower));
  const phraseClause = sub > 0 ? seg.slice(0, sub).some(finiteAt) : clauseIn;
  if ((tokens[c].pos === 'ADP' || tokens[c].pos === 'SCONJ') && !['of', 'for', 'to', 'at', 'from', 'with'].includes(tokens[c].lower) && !phraseClause && !objectBefore) return makeMention(ctx, a, k - 1, 'speaker:subject', null);
  // "Some observers, including professor Zeynep Tufekci, criticized": examples belong to the mention, the group names it
  if (['including', 'notably', 'especially', 'particularly', 'like'].includes(tokens[c].lower) || (tokens[c].lower === 'such' && tokens[c + 1]?.lower === 'as')) {
    const m = makeMention(ctx, a, k - 1, 'speaker:subject-examples', null);
    return { ...m, last: d };
  }
  // a verb makes a clause, not an apposition; "self-described" is an adjective
  // a reduced relative clause ("financed by George Soros") is set aside like a relative clause
  // so is one opened by a past participle ("Mr Saakashvili, elected president in January after …, has urged")
  // (also after an adverb: "Barca midfielder Deco, formerly managed by Mourinho at Porto, agreed")
  const p0 = seg.findIndex((t) => t.pos !== 'ADV');
  if (p0 >= 0 && p0 <= 1 && seg[p0].pos === 'VERB' && PARTICIPLE.test(seg[p0].lower) && (seg[p0 + 1]?.lower === 'by' || !isCap(seg[p0]))) return makeMention(ctx, a, coreEnd, 'speaker:subject-relative-clause', null);
  // …and a present participle phrase with no finite verb after a name: "Trump, speaking at a rally in Wilmington, N.C., warned"
  // (not a title's modifier: "Brian McBride, managing director of T-Mobile, said")
  // (also after an adverb: "Hillary Clinton, also campaigning in Wisconsin, said")
  // (also after a noun for a person or people: "The mayor, still stinging over …, agreed", "An Israeli official, speaking
  // on the condition of anonymity to discuss …, said"; an infinitive in it makes no clause)
  // (or a document or group: "The Hefce report, drawing on child benefits data, said")
  const speakerCore = isNameTok(tokens[coreEnd], lex) || (tokens[coreEnd].pos === 'NOUN' && (lex.personNouns.has(tokens[coreEnd].lower) || lex.titles.has(tokens[coreEnd].lower) || lex.documentNouns.has(tokens[coreEnd].lower) || lex.groupNouns.has(tokens[coreEnd].lower)));
  if (p0 >= 0 && p0 <= 1 && seg[p0].pos === 'VERB' && /ing$/.test(seg[p0].lower) && !isCap(seg[p0]) && !lex.titles.has(seg[p0 + 1]?.lower ?? '') && speakerCore && !seg.some((t, x) => isFiniteVerb(t) && !infinitive(x))) return makeMention(ctx, a, coreEnd, 'speaker:subject-relative-clause', null);
  // (or a share: "A small number, 17%, said", "More than two-thirds of those questioned, 68%, said")
  const share = seg.length >= 2 && seg[0].pos === 'NUM' && (seg.length === 2 ? seg[1].value === '%' : seg.length === 3 && seg[1].lower === 'per' && seg[2].lower === 'cent');
  const ageOrPlace = seg.every((t) => t.pos === 'NUM' || t.pos === 'PROPN' || t.value === '-' || isCap(t)) || share || partyStateBefore(tokens, comma) === k;
  // a description with no finite verb that gives an affiliation or a role is an apposition whatever
  // it starts with: "Carl Emmerson, from the Institute for Fiscal Studies, told", "Peter Williams, CML
  // deputy director, said", "Roderick Lindblom, one of Ms Clarkson's lawyers, said"
  const affiliation = ['from', 'of', 'at', 'with'].includes(tokens[c].lower);
  const role = seg.some((t) => lex.titles.has(t.lower) || lex.personNouns.has(t.lower));
  // (after a name, or a noun for people: "The research team, from New York State Department of Health, said")
  const peopleNoun = lex.groupNouns.has(coreLast.lower) || lex.personNouns.has(coreLast.lower);
  if (!clauseIn && (affiliation || role) && (coreLast.pos === 'PROPN' || isCap(coreLast) || peopleNoun) && !ctx.inQuote(tokens[c].start)) {
    // (a relative clause stays out: "a 30-year veteran of the CIA who retired as acting director")
    const rel = seg.findIndex((t, x) => x > 0 && RELATIVE_PRONOUNS.has(t.lower));
    let e = rel > 0 ? c + rel - 1 : d;
    if (rel > 0 && tokens[e].pos === 'ADP') e--;
    return outerName() ?? describedBy(makeMention(ctx, a, k - 1, 'speaker:subject-apposition', [c, Math.max(c, e)]));
  }
  // between dashes, a phrase with no finite verb is set aside whatever it starts with: "the firm - China's
  // biggest jet fuel supplier - said", "Mr Yushchenko - keen to reassure potential investors - had said"
  const clause = seg.some((t, x) => finiteAt(t, x) && !infinitive(x));
  if (dash && !clause && (coreLast.pos === 'PROPN' || coreLast.pos === 'NOUN' || isCap(coreLast)) && !ctx.inQuote(tokens[c].start)) {
    return makeMention(ctx, a, k - 1, 'speaker:subject-apposition', [c, d]);
  }
  // "Mary Blewitt, one of the organisations through which the funds are channelled, said": a relative
  // clause ends the apposition before its verb
  // ("that" after a noun or a name too: "Deutsche Boerse, the German stock exchange that is trying to buy …, has said",
  // "Jason Sorens, the founder of the Free State Project that encourages …, said")
  const relAt = seg.findIndex((t, x) => RELATIVE_PRONOUNS.has(t.lower) || (t.lower === 'that' && x > 0 && (seg[x - 1].pos === 'NOUN' || seg[x - 1].pos === 'PROPN')));
  // (after a first apposition, "X, founder of the Fund (SURF), one of …", the mention runs on over both)
  if (hasVerb && relAt > 0 && !seg.slice(0, relAt).some((t) => t.pos === 'VERB' || t.pos === 'AUX') && !ctx.inQuote(tokens[c].start)) {
    let e = c + relAt - 1;
    if (tokens[e].pos === 'ADP') e--;
    const descr = tokens[c].pos === 'DET' || tokens[c].pos === 'NUM' || tokens[c].pos === 'NOUN' || tokens[c].pos === 'ADJ' || POSSESSIVE_DET.has(tokens[c].lower) || lex.titles.has(tokens[c].lower);
    if (e >= c && descr && (coreLast.pos === 'PROPN' || isCap(coreLast))) return describedBy(makeMention(ctx, a, k - 1, 'speaker:subject-apposition', [c, e]));
    // between dashes, the name of a description, with its own relative clause: "A former candidate -- John
    // McCain, who lost the 2008 election -- said"
    if (dash && tokens[e].value === ',') e--;
    if (dash && e > c && coreLast.pos === 'NOUN' && tokens.slice(c, e + 1).every((t) => isNameTok(t, lex))) return makeMention(ctx, a, k - 1, 'speaker:subject-apposition', [c, e]);
    const first = e >= c && descr && !dash ? appositionSpeaker(ctx, k, sFirst) : null;
    if (first && first.rule === 'speaker:subject-apposition') return { ...first, last: e };
  }
  if (hasVerb && !ageOrPlace) return null;
  // (or a description written before a full name: "the work's author, US playwright Eve Ensler, says")
  const titledName = d - 1 > c && isNameTok(tokens[d], lex) && isNameTok(tokens[d - 1], lex) && seg.some((t) => t.pos === 'NOUN' && !isCap(t));
  // (or one opened by a possessive name: "Global Sports Communications, Chepkemei's management company, said")
  const possessiveDescr = isPossessiveMark(tokens[c + 1]) && seg.some((t) => t.pos === 'NOUN' && !isCap(t));
  // (after an adverb: "Healey, twice a Heineken Cup winner, believes", "Clinton, clearly frustrated, …, saying";
  // not a participle in -ing, "The mayor, still stinging over …, agreed")
  const c0 = tokens[c].pos === 'ADV' && c < d && !/ing$/.test(tokens[c + 1].lower) ? c + 1 : c;
  const appoStartsDescr = tokens[c0].pos === 'DET' || lex.titles.has(tokens[c0].lower) || tokens[c0].pos === 'NOUN' || tokens[c0].pos === 'ADJ' || POSSESSIVE_DET.has(tokens[c0].lower) || titledName || possessiveDescr;
  // a name with a post-nominal is a name: "The Tory finance spokesman, Brian Monteith MSP, said";
  // so is a title with a possessive: "The book, Brown's Britain, said"
  // (two names joined by "and": "Henry Clay's biographers, David and Jeanne Heidler, wrote")
  const appoEnd = beforePostNominal(tokens, c, d);
  // (after a style or honorific: "Its chairman, Sir Anthony Greener, said")
  const appoIsName = tokens.slice(c, appoEnd + 1).every((t, x) => isNameTok(t, lex) || (x === 0 && c < appoEnd && lex.honorifics.has(t.lower)) || (isPossessiveMark(t) && t !== tokens[c]) || (t.lower === 'and' && x > 0 && c + x < appoEnd));
  if (!(appoStartsDescr || appoIsName || ageOrPlace)) return null;
  // (a title's last word that wink tags an adjective ends a core too: "Its director general, Gordon Lishman, said")
  // (and a participle after "those" is a group's noun: "those questioned, 68%,")
  const thoseAsked = share && coreLast.pos === 'VERB' && PARTICIPLE.test(coreLast.lower) && tokens[k - 2]?.lower === 'those';
  if (!(coreLast.pos === 'PROPN' || coreLast.pos === 'NOUN' || isCap(coreLast) || lex.titles.has(coreLast.lower) || thoseAsked)) return null;
  // (an age or a party and state is in the span, not in the role: "Jim Bennett, 57, told", "Rep. Chris Collins, R-N.Y., said")
  // (a share names the group with it, from the head its postmodifiers hang on: "More than two-thirds of those
  // questioned, 68%," is named so)
  if (share) {
    // (with the quantity's own words before its head: "Slightly more than a third of independents, 35%,")
    const b = headOfPostmodifiers(ctx, a, sFirst);
    const lead = tokens.slice(sFirst, b).every((t) => t.pos === 'ADV' || t.pos === 'ADJ' || t.pos === 'ADP' || t.pos === 'DET' || t.pos === 'CCONJ');
    return makeMention(ctx, lead ? sFirst : a, d, 'speaker:subject-apposition', null);
  }
  if (ageOrPlace && !appoIsName) return describedBy({ ...makeMention(ctx, a, k - 1, 'speaker:subject-apposition', null), last: d });
  return outerName() ?? describedBy(makeMention(ctx, a, k - 1, 'speaker:subject-apposition', [c, d]));
}

/**
 * The noun phrase that opens the sentence and ends at token e, as a mention (outside quotation marks), or null
 * when the phrase ending there starts later.
 */
export function openingMention(ctx: Ctx, e: number, sFirst: number, rule: string, appo: [number, number] | null): FoundMention | null {
  const a = npLeft(ctx, e, sFirst);
  return a === sFirst && !ctx.inQuote(ctx.tokens[a].start) ? makeMention(ctx, a, e, rule, appo) : null;
}

/**
 * A party and state set off by commas ends at the comma at k: ", R-Fla.,", ", D-N.Y.,", ", I-Vt.,"; returns the
 * comma before it, or -1.
 */
function partyStateBefore(tokens: Token[], k: number): number {
  let m = k - 1;
  while (m > 0 && m > k - 8 && tokens[m].value !== ',') m--;
  if (tokens[m]?.value !== ',' || m + 3 > k - 1) return -1;
  return partyStateAt(tokens, m + 1) ? m : -1;
}

/** A party letter, a hyphen and a state start at token m: "R-Fla.", "D-N.Y.", "I-Vt.". */
const partyStateAt = (tokens: Token[], m: number): boolean => /^[RDI]$/.test(tokens[m]?.value ?? '') && tokens[m + 1]?.value === '-' && isCap(tokens[m + 2]);

/** The main clause's subject: the noun phrase before the first finite verb after any opening adverbial. */
export function clauseSubject(ctx: Ctx, sFirst: number, before: number): FoundMention | null {
  // past a clause opened by a subordinating conjunction ("When Carson died, President Bush led …,
  // saying"); when no subject follows its comma, it was a phrase ("After the death of … he stood aside,")
  if (OPENING_SUBORDINATORS.has(ctx.tokens[sFirst]?.lower ?? '')) {
    const over = subjectFrom(ctx, sFirst, before, true);
    if (over) return over;
  }
  return subjectFrom(ctx, sFirst, before, false);
}

function subjectFrom(ctx: Ctx, sFirst: number, before: number, subordinate: boolean): FoundMention | null {
  const { tokens } = ctx;
  let start = sFirst;
  // skip an opening adverbial that ends in a comma ("Earlier,", "At the same time,"), or the whole
  // subordinate clause when asked
  for (let k = sFirst; k < before && k < sFirst + 30; k++) {
    // (a comma before "who" or "which" closes no adverbial but opens a relative clause after the subject: "Clinton,
    // who was speaking to …, did not mention Trump by name, but told city leaders that …")
    if (tokens[k].value === ',') {
      if (!(RELATIVE_PRONOUNS.has(tokens[k + 1]?.lower ?? '') && k > sFirst && !subordinate)) start = k + 1;
      break;
    }
    if ((tokens[k].pos === 'VERB' || tokens[k].pos === 'AUX') && !subordinate) {
      if (k === sFirst || tokens[k].lower.endsWith('ing') || modifiesNoun(tokens, k)) continue;
      break;
    }
  }
  // the relative clause set off by commas that the scan last passed
  let relative: [number, number] | null = null;
  // whether the sentence opens with what may be the subject, its first comma taken for an opening adverbial's
  const opensWithSubject = () => tokens[sFirst].pos === 'PROPN' || (['DET', 'ADJ', 'NOUN'].includes(tokens[sFirst].pos) && !TIME_WORDS.has(tokens[sFirst].lower) && !tokens.slice(sFirst, start - 1).some((t) => t.pos === 'VERB' || t.pos === 'AUX' || TIME_WORDS.has(t.lower)));
  for (let k = start; k < before; k++) {
    // (a relative clause set off by commas has its own verb: "Sen. Mark Kirk, R-Ill., who faces …, rescinded …")
    if (tokens[k].value === ',' && RELATIVE.has(tokens[k + 1]?.lower ?? '') && k > start) {
      let e = k + 2;
      while (e < before && tokens[e].value !== ',') e++;
      if (e < before) {
        relative = [k, e];
        k = e - 1;
        continue;
      }
    }
    if ((tokens[k].pos === 'VERB' || tokens[k].pos === 'AUX') && !isCap(tokens[k]) && !modifiesNoun(tokens, k) && !isGluedHyphen(tokens, k - 1)) {
      // back over adverbs and auxiliaries to the subject: "Mitt Romney largely ran"
      let j = k - 1;
      while (j >= start && (tokens[j].pos === 'ADV' || tokens[j].pos === 'AUX' || SUBJECT_SKIP_AUX.has(tokens[j].lower))) j--;
      // (back over the relative clause just passed, to its antecedent, when the sentence opens with it)
      if (relative && j === relative[1] && start === sFirst) j = relative[0] - 1;
      // (a time between them: "Donald Trump on Thursday ratcheted up …, saying"; not after a comma taken for an
      // opening adverbial's, which may be a list's or a relative clause's: "A group of … artists, writers, actors
      // and scientists this week published", "Mr. Sanders, whose sole win on Tuesday came …")
      const time = start === sFirst || !opensWithSubject() ? timePhraseStart(tokens, j, start) : -1;
      if (time > start) j = time - 1;
      // (a parenthesis after the subject: "Sen. Ted Cruz (R-Texas) weighed in …")
      if (tokens[j]?.value === ')' && j > start) {
        const o = openParen(tokens, j, start);
        if (o - 1 >= start) j = o - 1;
      }
      const a = j >= start ? npLeft(ctx, j, start) : -1;
      // (a participle inside an apposition after the opening name, whose closing comma the finite verb follows:
      // "Oliver Letwin, one of the men lampooned in the Labour poster, affects bewilderment")
      if (a >= 0 && start > sFirst && tokens[sFirst].pos === 'PROPN' && !subordinate && PARTICIPLE.test(tokens[k].lower)) {
        let c = k + 1;
        while (c < before && c < k + 15 && tokens[c].value !== ',' && tokens[c].pos !== 'VERB' && tokens[c].pos !== 'AUX') c++;
        const after = tokens[c + 1];
        if (tokens[c]?.value === ',' && c + 1 < before && after && isFiniteVerb(after)) {
          const m = appositionSpeaker(ctx, c, sFirst);
          if (m && m.first === sFirst) return { ...m, rule: 'speaker:main-clause-subject' };
        }
      }
      if (a >= 0) return makeMention(ctx, a, j, 'speaker:main-clause-subject', null);
      // a subject with an apposition or a relative clause, its first comma taken for an opening adverbial's:
      // "Colin MacIntyre, of Mull Historical Society, was playing a gig but said …", "Many MPs with rural
      // constituencies, particularly in eastern England, have been pressing …"
      if (start > sFirst && tokens[start - 1].value === ',' && tokens[j]?.value === ',' && !subordinate && opensWithSubject()) {
        const m = appositionSpeaker(ctx, j, sFirst);
        // (the whole opening phrase when the apposition's subject falls short of it: "Many MPs with rural …")
        if (m && m.first > sFirst && tokens[sFirst].pos !== 'PROPN') return makeMention(ctx, sFirst, start - 2, 'speaker:main-clause-subject', null);
        if (m) return { ...m, rule: 'speaker:main-clause-subject' };
      }
      return null;
    }
  }
  return null;
}
