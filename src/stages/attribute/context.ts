/**
 * The attribute stage's shared ground: the context every step reads (`Ctx`), the cue and
 * mention records the steps pass along, word sets used by more than one step, and the small
 * token predicates.
 */
import type { Cue, Doc, Mention, Quote, SourceKind, Token } from '../../types.ts';
import type { Lexicon } from '../lexicon.ts';
import type { NameIndex } from './names.ts';
import { NAME_PARTICLES } from '../retag.ts';
import { isCap } from '../words.ts';

const QUOTE_CHARS = new Set(['“', '”', '"', '‘', '’', '«', '»', '„', "'", "''", '`', '``']);
export const TIME_WORDS = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april',
  'june', 'july', 'august', 'september', 'october', 'november', 'december', 'today', 'yesterday', 'tonight', 'on', 'in',
  'at', 'last', 'this', 'next', 'week', 'weekend', 'month', 'year', 'morning', 'afternoon', 'evening', 'night',
]);
export const QUANTIFIERS = new Set(['some', 'many', 'most', 'others', 'few', 'both', 'all', 'several', 'majority', 'majorities', 'half', 'third', 'quarter', 'percent', 'one', 'two', 'three', 'four', 'five']);
const DEMONYM = /^\p{Lu}\p{Ll}+(?:ian|an|ese|ish|i)$/u;
/**
 * A nationality word before a name ("Russian President Vladimir Putin", "Australian Lynton Crosby"),
 * told by its ending; not a known first name like "Alan" or "Brian", nor a word followed by an
 * initial, which is a first name whatever its ending ("Austan D. Goolsbee").
 */
export const isDemonymAt = (tokens: Token[], k: number, lex: Lexicon): boolean => {
  const t = tokens[k];
  return DEMONYM.test(t.value) && t.value.length >= 6 && !lex.nameGender.has(t.lower) && !/^\p{Lu}\.$/u.test(tokens[k + 1]?.value ?? '');
};
export const POSSESSIVE_DET = new Set(['his', 'her', 'their', 'its', 'our', 'my', 'your']);
/** The articles: a word after one opens a noun phrase ("A new national poll", "The 1968 contest"). */
export const ARTICLES = new Set(['a', 'an', 'the']);
export const WEEKDAYS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);

/** Nouns of a span of time, which no statement comes from: "The last week of December 2004 saw …". */
const TIME_NOUNS = new Set(['week', 'weeks', 'weekend', 'month', 'months', 'year', 'years', 'decade', 'decades', 'century', 'period', 'season', 'summer', 'winter', 'spring', 'autumn', 'day', 'days']);
/** A year or a decade: "2004", "1990s", "the '90s". */
export const YEAR = /^(?:1[6-9]|20)\d\d(?:s|'s|’s)?$/;

/**
 * A time that "sees" or "shows" something is no source but the time of an event: "the late 1990s
 * saw France Telecom's debt soar", "The last 12 months have seen a dramatic growth", "2005 could
 * see another big innovation". True when every word of the mention's core is a word of time (a
 * year or decade, a time noun, a determiner, a number, an adjective, "of"); a year inside a name
 * ("Transport 2000") is a name.
 */
export function isTimeMention(tokens: Token[], m: FoundMention): boolean {
  let time = false;
  for (let k = m.coreFirst; k <= m.coreLast; k++) {
    const t = tokens[k];
    if (YEAR.test(t.value)) {
      const before = tokens[k - 1];
      if (before && isCap(before) && before.pos === 'PROPN' && !TIME_WORDS.has(before.lower)) return false;
      time = true;
    } else if (TIME_NOUNS.has(t.lower) || TIME_WORDS.has(t.lower)) time = true;
    else if (!(t.pos === 'DET' || t.pos === 'NUM' || t.pos === 'ADJ' || t.lower === 'of' || t.lower === 'past')) return false;
  }
  return time;
}
export const DASHES = new Set(['—', '–', '--']);
/**
 * Token k, capitalised, ends a title "X of Y" and a known first name follows it: "Secretary of State
 * Jon Husted", "Chief of Staff Katie Walsh". The name starts after it.
 */
export const endsTitleOf = (tokens: Token[], k: number, lex: Lexicon): boolean =>
  k >= 2 && tokens[k - 1].lower === 'of' && lex.titles.has(tokens[k - 2].lower) && lex.nameGender.has(tokens[k + 1]?.lower ?? '');

/** Relative pronouns: after a noun wink tags as a verb they open no clause of it ("the iCan project which connects …"). */
export const RELATIVE_PRONOUNS = new Set(['which', 'who', 'whom', 'whose']);
/** Pronouns that are objects only: no clause starts with them ("told him he was wrong", "has seen him win"). */
export const OBJECT_PRONOUNS = new Set(['him', 'them', 'me', 'us', 'whom']);
/** Reflexive pronouns: "found itself in trouble". */
export const REFLEXIVES = new Set(['myself', 'yourself', 'himself', 'herself', 'itself', 'ourselves', 'yourselves', 'themselves']);
/** Pronouns that are subjects only: they open a clause ("told him he was wrong") or a coordinated subject ("she and her aides"). */
export const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'we', 'i']);

/** A token that opens a reported statement: "that", a colon or quotation mark, or a subject pronoun ("saying they want"). */
export const opensStatement = (t: Token): boolean =>
  t.lower === 'that' || t.value === ':' || isQuoteTok(t) || (t.pos === 'PRON' && !POSSESSIVE_DET.has(t.lower) && !RELATIVE_PRONOUNS.has(t.lower));

/** Adverbs that ask, relate or refer back ("So says the minister"), never modify a verb from between it and its subject. */
const WH_ADVERBS = new Set(['how', 'why', 'when', 'where', 'whereby', 'so', 'thus', 'as']);
/** Adverbs of place and particles, which end a phrase before a verb rather than modify it: "More reforms ahead, says Milburn". */
const PLACE_ADVERBS = new Set(['ahead', 'away', 'back', 'out', 'up', 'down', 'off', 'home', 'abroad', 'together', 'apart', 'along', 'around', 'alike', 'overseas', 'past']);
/**
 * An adverb that modifies the verb after it ("Carter however said", "Cruz gingerly said"): not a
 * question word, not a quantifier ("most said"), and not capitalised, which makes it a name
 * ("Mr Prior remarks", "Sideways tells").
 */
export const isVerbAdverb = (t: Token): boolean => t.pos === 'ADV' && !WH_ADVERBS.has(t.lower) && !PLACE_ADVERBS.has(t.lower) && !QUANTIFIERS.has(t.lower) && !isCap(t);

/** A dash at token k: an em or en dash, or a hyphen with space on both sides, as BBC writes a dash ("the firm - China's biggest supplier - said"). */
export const isDashAt = (tokens: Token[], k: number): boolean => {
  const t = tokens[k];
  if (!t) return false;
  if (DASHES.has(t.value)) return true;
  return t.value === '-' && k > 0 && tokens[k - 1].end < t.start && (tokens[k + 1]?.start ?? Infinity) > t.end;
};
/** An apostrophe alone, glued to a word in s before it: a plural's possessive ("PBS' Jacoba Atlas", "Forbes’ words"). */
export const isPluralPossessive = (tokens: Token[], k: number): boolean => {
  const t = tokens[k];
  const prev = tokens[k - 1];
  return t !== undefined && (t.value === '’' || t.value === "'") && prev !== undefined && prev.end === t.start && /s$/i.test(prev.value);
};
/** Forms of "be" before a progressive ("has been warning"); no "'s", which may be a possessive. */
export const BE_FORMS = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'am']);
/** A plural noun by its ending: "companies", "aides"; not "boss", "witness", "press". */
export const PLURAL_NOUN = /[^s]s$/;
/** A past participle's ending (regular and common irregular). */
export const PARTICIPLE = /(?:ed|en|wn)$/;
/** A past participle by its ending, or an irregular one wink lemmatises ("sent", "put"; not "says", "saying"). */
export const isParticiple = (t: Token): boolean => PARTICIPLE.test(t.lower) || (t.pos === 'VERB' && t.lemma !== t.lower && !/(?:s|ing)$/.test(t.lower));

export type Gender = 'f' | 'm' | null;

export interface Ctx {
  doc: Doc;
  lex: Lexicon;
  tokens: Token[];
  text: string;
  names: NameIndex;
  /** Speakers so far, in text order, for pronoun resolution. */
  /**
   * Speakers in text order; `aside`: named after a reporting noun ("claims from Michael Howard that …"), not as
   * a clause's subject; `sentence`: the sentence that named them.
   */
  history: Array<{ name: string; role: string | null; kind: SourceKind; plural: boolean; at: number; named?: boolean; gender: Gender; aside?: boolean; sentence?: number }>;
  /** Quote span lookup: is a token inside a quotation? */
  inQuote: (offset: number) => Quote | null;
  groups: number;
  /** Per paragraph, the speaker a transcript label opens it with ("FALLIN: I think …"): its "I" outside quotation marks. */
  turns: Map<number, Mention>;
}

export interface FoundMention {
  /** Token range of the whole mention (with title and apposition). */
  first: number;
  last: number;
  /** Token range of the name part, or null (groups, documents). */
  nameFirst: number | null;
  nameLast: number | null;
  /** Token range of the core noun phrase (no apposition). */
  coreFirst: number;
  coreLast: number;
  /** The head noun's token: the core without post-modifiers. */
  headLast: number;
  role: string | null;
  rule: string;
  /** For a relative pronoun ("who"): the antecedent it stands for. */
  pronounFor?: FoundMention;
  /** A list of names joined by commas and "and". */
  list?: boolean;
  /** For "whose X" ("Trump University, whose attorneys argued"): the antecedent that owns X. */
  ownerOf?: FoundMention;
}

export interface FoundCue {
  cue: Cue;
  /** Token range of the cue. */
  first: number;
  last: number;
  mention: FoundMention | null;
  /** "inherit" when the speaker is the clause's subject found elsewhere (participle, coordination). */
  inherit: boolean;
  /** Content token range, inclusive, when the speaker search found it (an opening phrase: "Despite denying …, the companies"); else contentFor finds it. */
  content: [number, number] | null;
}

/* ------------------------------------------------------------------ tokens */

export { isCap };
/** A possessive mark that wink or the tokenizer split off its word ("Smith 's", "Smith ’s"). */
export const isPossessiveMark = (t: Token | undefined): boolean => t !== undefined && (t.value === "'s" || t.value === '’s');
export const isQuoteTok = (t: Token | undefined): boolean => t !== undefined && QUOTE_CHARS.has(t.value);

/**
 * The comma that sets off the words from i on, right before them or inside the closing quotation
 * marks glued to it ("… dimension,'' said Sylke Tempel"); -1 when there is none after floor.
 */
export function commaBefore(tokens: Token[], i: number, floor: number): number {
  let k = i - 1;
  while (k > floor && isQuoteTok(tokens[k]) && tokens[k - 1].end === tokens[k].start) k--;
  return k >= floor && tokens[k].value === ',' ? k : -1;
}

/** A verb that can head a clause: an auxiliary, or a verb not in -ing ("said", "is", "contended"). */
export const isClauseVerb = (t: Token): boolean => t.pos === 'AUX' || (t.pos === 'VERB' && !/ing$/.test(t.lower));

/** A common noun for a person or body, capitalised before a full name, that describes it: "Billionaire Donald Trump", "Broadcaster Chris Evans" (not a style with a gender, "Baroness Susan Greenfield", which the name index reads as a title). */
export const describingNoun = (t: Token, lex: Lexicon): boolean =>
  isCap(t) && !lex.nameGender.has(t.lower) && !lex.titles.has(t.lower) && !lex.honorifics.has(t.lower) && !lex.markerGender.has(t.lower) && (lex.personNouns.has(t.lower) || lex.orgDescriptors.has(t.lower));
/** A participle capitalised at the sentence's start before a name, which describes it: "Troubled Marsh", "Fuming Robinson". */
export const openingParticiple = (tokens: Token[], k: number, lex: Lexicon): boolean => {
  const t = tokens[k];
  return /(?:ed|ing)$/.test(t.lower) && t.pos !== 'PROPN' && !lex.nameGender.has(t.lower) && tokens[k - 1]?.sentence !== t.sentence;
};
/** The stems a past form in -ed may have: "branded" → brand, "described" → describe, "denied" → deny, "planned" → plan. */
export const pastStems = (w: string): string[] => (/ed$/.test(w) ? [w.slice(0, -2), w.slice(0, -1), w.replace(/ied$/, 'y'), w.slice(0, -3)] : []);
/** A finite verb: an auxiliary, or a verb not in -ing, -ed or -en. */
export const isFiniteVerb = (t: Token): boolean => t.pos === 'AUX' || (t.pos === 'VERB' && !/(ing|ed|en)$/.test(t.lower));

/** A slash glued to capitalised words on both sides, joining two names: "New York Times/CBS News poll". */
export const isNameSlash = (tokens: Token[], k: number): boolean =>
  tokens[k]?.value === '/' && k > 0 && tokens[k - 1].end === tokens[k].start && tokens[k].end === tokens[k + 1]?.start && isCap(tokens[k - 1]) && isCap(tokens[k + 1]);

/** A hyphen glued to the words on both sides, inside a compound: "so-called", "Right-wing", "Kilroy-Silk". */
export const isGluedHyphen = (tokens: Token[], k: number): boolean =>
  tokens[k]?.value === '-' && k > 0 && tokens[k - 1].end === tokens[k].start && tokens[k].end === tokens[k + 1]?.start;

/**
 * A hyphen inside a name: glued to capitalised words on both sides ("Kilroy-Silk", "Jean-Pierre",
 * "Wal-Mart"); not between initials or abbreviations ("N-C", "US-German").
 */
export const isNameHyphen = (tokens: Token[], k: number): boolean =>
  isGluedHyphen(tokens, k) && NAME_LEAD.test(tokens[k - 1].value) && NAME_PART.test(tokens[k + 1].value);
const NAME_PART = /^\p{Lu}\p{Ll}/u;
/** The part before a name's hyphen may also be a single capital: "F-Secure", "T-Mobile". */
const NAME_LEAD = /^\p{Lu}(?:\p{Ll}|$)/u;

/** The words of a name in tokens[a, b], a hyphenated part as one word ("Robert Kilroy-Silk" → Robert, Kilroy-Silk). */
/**
 * Where a full name starts inside a run of capitals that begins at `runStart`: the last known first
 * name in [from, to] ("Lib Dem Norman Baker", "…PMJeb Bush Hits Marco Rubio"), but not the second
 * half of a hyphenated first name ("Jean-Pierre"), a middle name after another first name ("Jimmy
 * Floyd Hasselbaink"), or one after honorifics and titles only ("Rt Rev Michael"); `loose` (a
 * title-case line) drops those checks. -1 when there is none.
 */
export function firstNameStart(tokens: Token[], runStart: number, from: number, to: number, lex: Lexicon, loose = false): number {
  for (let f = to; f >= from; f--) {
    if (!lex.nameGender.has(tokens[f].lower)) continue;
    if (!loose && (tokens[f - 1].value === '-' || lex.nameGender.has(tokens[f - 1].lower) || tokens.slice(runStart, f).every((t) => lex.honorifics.has(t.lower) || lex.titles.has(t.lower)))) continue;
    return f;
  }
  return -1;
}

export function nameWords(tokens: Token[], a: number, b: number, keep: (t: Token) => boolean = () => true): string[] {
  const out: string[] = [];
  for (let k = a; k <= b; k++) {
    if (isNameHyphen(tokens, k) && k > a && k < b && out.length) {
      out[out.length - 1] += `-${tokens[k + 1].value}`;
      k++;
    } else if (keep(tokens[k])) out.push(tokens[k].value);
  }
  return out;
}

/** Words that open a direct question (and, in an adverb's place, a clause: "When asked …"). */
export const WH_WORDS = new Set(['what', 'which', 'who', 'whom', 'whose', 'why', 'how', 'where', 'when']);

/**
 * The words that open an indirect question, by purpose (one list, two readings):
 * - INDIRECT_QUESTION_OPENERS: the clause a verb reports when nothing stands between them ("described how …",
 *   "explained why …", "asked whether …"): the wh-words that are no relative pronoun, since "…, who" and "…, which"
 *   right after a verb open the writer's description of its object, and "whether";
 * - QUESTION_OPENERS: after an addressee or a head noun, where no relative can stand ("asked him who …", "the
 *   question of whether …"): every wh-word, "whether" and "if".
 */
export const INDIRECT_QUESTION_OPENERS = new Set([...[...WH_WORDS].filter((w) => !RELATIVE_PRONOUNS.has(w)), 'whether']);
export const QUESTION_OPENERS = new Set([...WH_WORDS, 'whether', 'if']);

/** Conjunctions that, before a participle, tell when something was said: "When asked", "After meeting". */
export const WHEN_OPENERS = new Set(['when', 'after', 'before', 'while', 'as', 'once', 'since', 'upon']);

/** Where "asked" opens the sentence, alone or after a conjunction of time ("Asked …", "When asked …"); else -1. */
export function askedAt(tokens: Token[], sFirst: number): number {
  const k = WHEN_OPENERS.has(tokens[sFirst].lower) ? sFirst + 1 : sFirst;
  return tokens[k]?.lower === 'asked' ? k : -1;
}

/**
 * Where the question put to the source ends when the sentence opens with it ("Asked whether he
 * thought …, he replied", "When asked …,"): the comma after it, outside quotation marks; else -1.
 */
export function askedOpenerEnd(tokens: Token[], sFirst: number, sLast: number): number {
  const k = askedAt(tokens, sFirst);
  if (k < 0) return -1;
  for (let m = k + 1; m < sLast; m++) {
    if (isQuoteTok(tokens[m])) return -1;
    if (tokens[m].value === ',') return m;
  }
  return -1;
}

/** The "(" that the ")" at `close` closes, within 8 tokens and not before `floor` ("Rep. Bobby Scott (D-Va.)"), or -1. */
export function openParen(tokens: Token[], close: number, floor: number): number {
  let o = close - 1;
  while (o > floor && close - o < 8 && tokens[o].value !== '(') o--;
  return tokens[o]?.value === '(' ? o : -1;
}

/** A word (lower case) that names a source: a person, group or document noun, and a title when asked ("analysts", "poll", "spokesman"). */
export function isSourceNoun(lex: Lexicon, lower: string, titles = false): boolean {
  return lex.personNouns.has(lower) || lex.groupNouns.has(lower) || lex.documentNouns.has(lower) || (titles && lex.titles.has(lower));
}

export function isNameTok(t: Token | undefined, lex: Lexicon): boolean {
  if (!t) return false;
  // a surname's particle inside a name ("Bill de Blasio", "von der Leyen"), a proper noun as tokenize tags it
  if (!isCap(t)) return t.pos === 'PROPN' && NAME_PARTICLES.has(t.lower);
  if ((lex.titles.has(t.lower) && !t.surname) || t.pluralTitle || lex.honorifics.has(t.lower) || TIME_WORDS.has(t.lower)) return false;
  // a reporting verb in a title-case headline ("Glenn Beck Says Trump …") is not part of a name
  if (t.lower !== t.lemma && lex.verbLabel.has(t.lemma) && /(s|ed)$/.test(t.lower)) return false;
  return t.pos === 'PROPN' || t.pos === 'NOUN' || t.pos === 'ADJ' || t.pos === 'VERB' || t.pos === 'X' || t.pos === 'NUM';
}

export function countWords(tokens: Token[], a: number, b: number): number {
  let n = 0;
  for (let k = a; k <= b; k++) if (tokens[k] && tokens[k].pos !== 'PUNCT') n++;
  return n;
}

/** Conjunctions that open a subordinate clause before the main one ("While …, …", "Although …, …"). */
const CLAUSE_OPENERS = new Set(['while', 'although', 'though', 'whereas', 'when', 'as', 'after', 'because', 'since', 'even', 'with']);

/** The conjunction that opens a subordinate clause at the start of the sentence, before `limit` ("While …", "And, although …"), or -1. */
export function subordinateOpener(tokens: Token[], sFirst: number, limit: number): number {
  let k = sFirst;
  while (k < limit && (isQuoteTok(tokens[k]) || tokens[k].pos === 'CCONJ' || tokens[k].pos === 'PUNCT')) k++;
  const t = tokens[k];
  if (!t || k >= limit || !CLAUSE_OPENERS.has(t.lower)) return -1;
  // "even though", "even as"; "as" only as a conjunction ("As Trump said …"), not "As a result"
  if (t.lower === 'even') return tokens[k + 1]?.lower === 'though' || tokens[k + 1]?.lower === 'as' ? k : -1;
  // (wink tags an opening "When" an adverb: "When the moderator pointed out that …, the candidate said")
  return t.pos === 'SCONJ' || (t.pos === 'ADP' && t.lower !== 'as') || (t.lower === 'when' && t.pos === 'ADV') ? k : -1;
}

/** Does the sentence open with a subordinate clause that holds the speaker (before the cue block at blockFirst)? */
export function opensSubordinate(tokens: Token[], sFirst: number, blockFirst: number): boolean {
  const k = subordinateOpener(tokens, sFirst, blockFirst);
  if (k < 0 || blockFirst - k > 10) return false;
  // the reporting clause is the subordinate one: no comma closes it before the speaker ("Although he lost, he said …")
  for (let m = k + 1; m < blockFirst; m++) if (tokens[m].value === ',') return false;
  return true;
}

/**
 * The comma before a phrase that takes up the statement before it as the object of the cue and its
 * speaker (the block), closing the sentence: "…, which he denies.", "…, a charge the company
 * denies.", "…, something Mr Sullivan denies." Returns the comma's index, or -1.
 */
export function resumptiveComma(ctx: Ctx, fc: FoundCue, sFirst: number, sLast: number): number {
  const { tokens } = ctx;
  const blockFirst = fc.mention ? Math.min(fc.first, fc.mention.first) : fc.first;
  const blockLast = fc.mention ? Math.max(fc.last, fc.mention.last) : fc.last;
  let end = sLast;
  while (end > blockLast && tokens[end].pos === 'PUNCT') end--;
  if (end !== blockLast) return -1;
  let k = blockFirst - 1;
  const t = tokens[k];
  if (!t || k - 1 <= sFirst) return -1;
  // ", which he denies", ", something Mr Sullivan denies"
  if ((t.lower === 'which' || t.lower === 'something') && tokens[k - 1].value === ',') return k - 1;
  if (t.lower === 'something') return -1;
  // a noun, perhaps with its relative word: "a charge which the administration denies"
  if (t.lower === 'that' || t.lower === 'which') k--;
  if (!ctx.lex.resumptiveNouns.has(tokens[k].lower)) return -1;
  if (tokens[k].lower === 'something') return tokens[k - 1]?.value === ',' ? k - 1 : -1;
  k--;
  while (k > sFirst && (tokens[k].pos === 'ADJ' || tokens[k].pos === 'DET')) k--;
  return tokens[k]?.value === ',' ? k : -1;
}
