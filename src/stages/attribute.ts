/**
 * Stage 4, attribute: who said what. Finds cues (reporting verbs, light verb +
 * reporting noun, `according to`, `as he put it`, `called … “X”`), the
 * speaker's mention for each (subject, inverted, apposition, participial and
 * coordinated clauses), resolves it (surname → fullest name in the article,
 * pronoun → the right earlier speaker, role from titles), cuts the content,
 * and carries speakers on over multi-sentence and follow-on quotations.
 * Labels are left to the classify stage; this stage records the cues.
 */
import type { Claim, Cue, Doc, Mention, Quote, Range, SourceKind, Token } from '../types.ts';
import type { Lexicon } from './lexicon.ts';

export interface AttributeOptions {
  followOnQuotes: boolean;
}

const QUOTE_CHARS = new Set(['“', '”', '"', '‘', '’', '«', '»', '„', "'", "''", '`', '``']);
const SUBJECT_SKIP_AUX = new Set([
  'has', 'have', 'had', 'will', 'would', 'could', 'can', 'may', 'might', 'must', 'shall', 'should', 'did', 'does', 'do',
  'also', 'repeatedly', 'later', 'previously', 'earlier', 'again', 'then', 'often', 'once', 'always', 'never', 'already',
  'reportedly', 'allegedly', 'publicly', 'privately', 'recently', 'now', 'still', 'further', 'specifically', 'strongly',
  'flatly', 'firmly', 'categorically', 'angrily', 'openly', 'quickly', 'immediately', 'separately', 'simply', 'just',
  'even', 'not', "n't", 'only', 'too', 'both', 'all', 'since', 'long', 'told', 'been', 'being',
  'itself', 'himself', 'herself', 'themselves',
]);
const BE = new Set(['is', 'was', 'were', 'are', 'be', 'been', 'being', "'s", 'am']);
const RELATIVE = new Set(['who', 'which', 'whose', 'whom', 'that', 'where', 'when']);
const TIME_WORDS = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april',
  'june', 'july', 'august', 'september', 'october', 'november', 'december', 'today', 'yesterday', 'tonight', 'on', 'in',
  'at', 'last', 'this', 'next', 'week', 'weekend', 'month', 'year', 'morning', 'afternoon', 'evening', 'night',
]);
const QUANTIFIERS = new Set(['some', 'many', 'most', 'others', 'few', 'both', 'all', 'several', 'majority', 'majorities', 'half', 'third', 'quarter', 'percent', 'one', 'two', 'three', 'four', 'five']);
const DEMONYM = /^\p{Lu}\p{Ll}+(?:ian|an|ese|ish|i)$/u;
/** A nationality word ("Australian", "Scottish"), not a first name like "Alan" or "Brian". */
const isDemonym = (t: Token, lex: Lexicon): boolean => DEMONYM.test(t.value) && t.value.length >= 6 && !lex.nameGender.has(t.lower);
const ASIDES = new Set(['for instance', 'for example', 'however', 'in turn', 'meanwhile', 'though', 'too', 'also', 'in fact', 'in particular', 'for its part', 'for his part', 'for her part', 'for their part', 'in response', 'in a statement', 'in contrast', 'by contrast', 'moreover', 'instead', 'indeed', 'of course', 'again', 'later', 'earlier', 'separately', 'in addition']);
const PLURAL_PEOPLE = new Set(['men', 'women', 'pair', 'trio', 'couple', 'two', 'three', 'four', 'five', 'brothers', 'sisters', 'defendants', 'accused', 'councillors']);
const MEDIA = new Set(['letter', 'statement', 'message', 'speech', 'interview', 'briefing', 'post', 'tweet', 'video', 'advert', 'ad', 'op-ed', 'column', 'email', 'memo', 'note', 'release', 'remarks', 'address']);
const NEGATION = new Set(['not', "n't", 'never']);
const POSSESSIVE_DET = new Set(['his', 'her', 'their', 'its', 'our', 'my', 'your']);
/** Words that qualify a number at the start of a quantified subject ("about four in 10", "more than half"). */
const APPROXIMATORS = new Set(['in', 'of', 'about', 'nearly', 'almost', 'around', 'roughly', 'some', 'only', 'just', 'over', 'than', 'more', 'fewer', 'less']);
const PREDETERMINERS = new Set(['all', 'both', 'half']);
/** Words that can open a quantified subject before its number ("about", "more than"). */
const NUMBER_LEADS = new Set(['about', 'nearly', 'almost', 'around', 'roughly', 'only', 'just', 'over', 'than', 'more', 'fewer', 'less', 'some']);
/** A participle right after a noun, opening a modifier of it: "polls taken in South Carolina". */
function postParticiple(tokens: Token[], k: number, floor: number): boolean {
  const t = tokens[k];
  return t !== undefined && k - 1 >= floor && t.pos === 'VERB' && PARTICIPLE.test(t.lower) && tokens[k - 1].pos === 'NOUN';
}
/** A past participle's ending (regular and common irregular). */
const PARTICIPLE = /(?:ed|en|wn)$/;
/** A hyphen inside a spelt-out number: "Twenty-four" (the hyphen, or a number glued to one). */
function isNumberHyphen(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  if (!t) return false;
  if (t.value === '-') return tokens[k - 1]?.end === t.start && tokens[k + 1]?.start === t.end && tokens[k - 1].pos === 'NUM' && tokens[k + 1].pos === 'NUM';
  return false;
}
const PARTICIPLE_CUE = /ing$/;

interface Ctx {
  doc: Doc;
  lex: Lexicon;
  tokens: Token[];
  text: string;
  names: NameIndex;
  /** Speakers so far, in text order, for pronoun resolution. */
  history: Array<{ name: string; role: string | null; kind: SourceKind; plural: boolean; at: number; named?: boolean; gender: Gender }>;
  /** Quote span lookup: is a token inside a quotation? */
  inQuote: (offset: number) => Quote | null;
  groups: number;
}

interface FoundMention {
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
}

interface FoundCue {
  cue: Cue;
  /** Token range of the cue. */
  first: number;
  last: number;
  mention: FoundMention | null;
  /** "inherit" when the speaker is the clause's subject found elsewhere (participle, coordination). */
  inherit: boolean;
  /** Content token range, inclusive. */
  content: [number, number] | null;
}

/* ------------------------------------------------------------------ tokens */

/** Starts with an upper-case letter (ASCII answered without a regular expression: this runs on every token). */
const isCap = (t: Token | undefined): boolean => {
  if (t === undefined || t.value.length === 0) return false;
  const c = t.value.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return /^\p{Lu}/u.test(t.value);
};
const isPunct = (t: Token | undefined): boolean => t !== undefined && t.pos === 'PUNCT';
const isQuoteTok = (t: Token | undefined): boolean => t !== undefined && QUOTE_CHARS.has(t.value);

function isNameTok(t: Token | undefined, lex: Lexicon): boolean {
  if (!t || !isCap(t)) return false;
  if (lex.titles.has(t.lower) || lex.honorifics.has(t.lower) || TIME_WORDS.has(t.lower)) return false;
  // a reporting verb in a title-case headline ("Glenn Beck Says Trump …") is not part of a name
  if (t.lower !== t.lemma && lex.verbLabel.has(t.lemma) && /(s|ed)$/.test(t.lower)) return false;
  return t.pos === 'PROPN' || t.pos === 'NOUN' || t.pos === 'ADJ' || t.pos === 'VERB' || t.pos === 'X' || t.pos === 'NUM';
}

/* -------------------------------------------------------------- name index */

interface NameEntry {
  name: string;
  /** The capitalised words of the name (connectors like "of" left out). */
  tokens: string[];
  role: string | null;
  at: number;
  /** Written with "The" before it ("The New York Times"): kept in an organisation's name. */
  the: boolean;
  /** An organisation: ends in or contains an organisation word ("Party", "Court of Appeals"), or has connectors. */
  org: boolean;
  /** Initials of its capitalised words ("OSI", "S&P"). */
  initials: string;
  /** Written with a title or an honorific: a person. */
  person: boolean;
}

class NameIndex {
  readonly entries: NameEntry[] = [];
  private byLast = new Map<string, NameEntry[]>();
  private byWord = new Map<string, NameEntry[]>();
  private byInitials = new Map<string, NameEntry[]>();

  add(e: NameEntry): void {
    this.entries.push(e);
    const push = (m: Map<string, NameEntry[]>, k: string) => {
      const l = m.get(k);
      if (l) l.push(e);
      else m.set(k, [e]);
    };
    push(this.byLast, e.tokens[e.tokens.length - 1].toLowerCase());
    for (const t of new Set(e.tokens.map((x) => x.toLowerCase()))) push(this.byWord, t);
    if (e.initials.length >= 2) push(this.byInitials, e.initials);
  }

  /**
   * The fullest name these name tokens stand for, nearest before `at` (else the first after):
   * a surname ("Putin" → "Vladimir Putin"), a word of an organisation's name ("Court" → "Court of
   * Appeals for the District of Columbia"), or an acronym ("OSI" → "Open Society Institute").
   */
  resolve(tokens: string[], at: number, orgWords: Set<string>): NameEntry | null {
    const want = tokens.map((t) => t.toLowerCase());
    const contains = (e: NameEntry) => {
      const have = e.tokens.map((t) => t.toLowerCase());
      return want.every((w) => have.includes(w));
    };
    let fits = (this.byLast.get(want[want.length - 1]) ?? []).filter(contains);
    // a surname spelt with one letter more or less than elsewhere in the article ("Abbot", "Abbott")
    if (tokens.length === 1 && want[0].length >= 5 && fits.every((e) => e.tokens.length === 1)) {
      for (const [last, list] of this.byLast) if (oneEditApart(last, want[0])) fits = fits.concat(list.filter((e) => e.tokens.length >= 2 && !e.org));
    }
    if (fits.length === 0 && tokens.length === 1 && (/^[A-Z&]{2,6}$/.test(tokens[0]) || /^[A-Z][a-z]{2,5}$/.test(tokens[0]))) {
      // "OSI", "S&P", and acronyms written as words ("Sepa")
      fits = (this.byInitials.get(tokens[0].toUpperCase()) ?? []).filter((e) => e.tokens.length >= 2);
    }
    // "Krispy Kreme" → "Krispy Kreme Doughnuts": a name that starts a longer name of the same
    // company (not "Clinton" → "Clinton Foundation": an organisation word makes another entity)
    if (tokens.length >= 2 && !this.personLike(want)) {
      const longer = (this.byWord.get(want[0]) ?? []).filter(
        (e) => !e.person && e.tokens.length > tokens.length && want.every((w, x) => e.tokens[x]?.toLowerCase() === w) && !e.tokens.slice(tokens.length).some((t) => orgWords.has(t.toLowerCase())),
      );
      if (longer.length) fits = longer;
    }
    if (fits.length === 0 && want.some((w) => orgWords.has(w))) {
      fits = (this.byWord.get(want[0]) ?? []).filter((e) => e.org && contains(e));
    }
    if (fits.length === 0) return null;
    const maxLen = Math.max(...fits.map((e) => e.tokens.length));
    const full = fits.filter((e) => e.tokens.length === maxLen);
    const before = full.filter((e) => e.at <= at);
    const pick = before.length ? before[before.length - 1] : full[0];
    const withRole = fits.find((e) => e.name === pick.name && e.role) ?? pick;
    return { ...pick, role: pick.role ?? withRole.role };
  }

  /** First names that the lexicon knows: a person. */
  firstNames: Map<string, 'f' | 'm'> = new Map();

  personLike(words: string[]): boolean {
    return this.firstNames.has(words[0]) || this.entries.some((e) => e.person && e.tokens.length === words.length && e.tokens.every((t, x) => t.toLowerCase() === words[x]));
  }

  /** The last person-like full name before `at`. */
  lastBefore(at: number): NameEntry | null {
    let best: NameEntry | null = null;
    for (const e of this.entries) if (e.at < at && e.tokens.length >= 2 && !e.org && (!best || e.at > best.at)) best = e;
    return best;
  }

  /**
   * The organisation a description like "the firm" stands for: among names that are
   * organisations or at least not known persons, the most often written one so far
   * (the article's subject), the latest on a tie; else the first one after.
   */
  lastOrg(at: number): NameEntry | null {
    const before = this.entries.filter((e) => e.at < at);
    let best: { e: NameEntry; score: number } | null = null;
    for (const e of before) {
      if (!(e.org || !e.person)) continue;
      // salience: how many names so far share a word with it ("Krispy Kreme" and "Krispy Kreme Doughnuts")
      const words = new Set(e.tokens.map((t) => t.toLowerCase()));
      let score = e.org ? 1 : 0;
      for (const o of before) if (o.tokens.some((t) => words.has(t.toLowerCase()))) score++;
      if (!best || score > best.score || (score === best.score && (e.tokens.length > best.e.tokens.length || (e.tokens.length === best.e.tokens.length && e.at > best.e.at)))) best = { e, score };
    }
    return best ? best.e : (this.entries.find((e) => e.at >= at && (e.org || !e.person)) ?? null);
  }

  /** The person whose role is this description ("the Liberal Democrat leader"). */
  byRole(description: string, at: number): NameEntry | null {
    const words = description.toLowerCase().split(/\s+/).filter((w) => !['the', 'new', 'current', 'then'].includes(w));
    const marked = (r: string) => /\b(shadow|former|deputy|vice|acting|ex-)/.test(r);
    // a role that has every word of the description ("Liberal Democrat leader" for "the Lib Dem leader" fails,
    // "Home Secretary" for "the home secretary" holds), without a qualifier the description lacks
    const fits = (r: string) => words.every((w) => r.split(/\s+/).includes(w)) && (marked(words.join(' ')) || !marked(r));
    let best: NameEntry | null = null;
    let later: NameEntry | null = null;
    for (const e of this.entries) {
      if (!e.role || e.org) continue;
      if (!fits(e.role.toLowerCase())) continue;
      if (e.at > at) later ??= e;
      else if (!best || e.at > best.at) best = e;
    }
    return best ?? later;
  }
}

/** True when a and b differ by exactly one inserted, deleted or replaced letter. */
function oneEditApart(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) return a.slice(i + 1) === b.slice(i + 1);
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/** Does a run of capitalised words from i end in an organisation word ("Scottish Environment Protection Agency")? */
function orgRunAhead(tokens: Token[], i: number, lex: Lexicon): boolean {
  let k = i;
  while (tokens[k + 1] && isCap(tokens[k + 1]) && tokens[k + 1].sentence === tokens[i].sentence) k++;
  return lex.orgWords.has(tokens[k].lower);
}

const CONNECTORS = new Set(['of', 'for', 'the', '&', 'and', 'de', 'du', 'von', 'van', 'al', 'bin']);

/** Pre-pass: every run of two or more name tokens (connectors allowed inside), with the title run before it. */
function buildNameIndex(ctx: Omit<Ctx, 'names'>): NameIndex {
  const { tokens, lex, text } = ctx;
  const idx = new NameIndex();
  idx.firstNames = lex.nameGender;
  let i = 0;
  while (i < tokens.length) {
    // a run starts on a proper noun, or on another capitalised word right before one ("Krispy Kreme")
    if (!isNameTok(tokens[i], lex) || (tokens[i].pos !== 'PROPN' && !(tokens[i + 1]?.pos === 'PROPN' && isNameTok(tokens[i + 1], lex)))) { i++; continue; }
    if (isDemonym(tokens[i], lex) && isNameTok(tokens[i + 1], lex) && isNameTok(tokens[i + 2], lex) && !orgRunAhead(tokens, i, lex)) { i++; continue; }
    let j = i;
    let connectors = false;
    for (;;) {
      const n = tokens[j + 1];
      if (!n || n.sentence !== tokens[i].sentence || n.start - tokens[j].end > 1) break;
      if (isNameTok(n, lex) || n.value === "'s" && false) { j++; continue; }
      // "Court of Appeals for the District of Columbia", "Standard & Poor's"
      let k = j + 1;
      while (tokens[k] && tokens[k].sentence === n.sentence && CONNECTORS.has(tokens[k].lower) && k - j <= 2) k++;
      // only inside organisation names: "Bank of England", "Standard & Poor's", not "Bernie Sanders of Vermont"
      const orgSoFar = tokens.slice(i, j + 1).some((t) => lex.orgWords.has(t.lower)) || tokens[j + 1].value === '&';
      const andOk = tokens[j + 1].lower !== 'and' || orgRunAhead(tokens, k, lex);
      if (k > j + 1 && (orgSoFar || (tokens[j + 1].lower === 'and' && andOk)) && isNameTok(tokens[k], lex) && tokens[k].pos === 'PROPN' && andOk) {
        j = k;
        connectors = true;
        continue;
      }
      break;
    }
    // "Standard & Poor's has …": a final 's that is no possessive belongs to the name
    if ((tokens[j + 1]?.value === "'s" || tokens[j + 1]?.value === '’s') && tokens[j + 1].start === tokens[j].end && !['NOUN', 'ADJ', 'PROPN', 'NUM'].includes(tokens[j + 2]?.pos ?? '') && tokens.slice(i, j + 1).some((t) => t.value === '&')) j++;
    // an organisation's name reaches back over capitalised title words: "Scottish Environment Protection Agency"
    if (lex.orgWords.has(tokens[j].lower)) while (i > 0 && isCap(tokens[i - 1]) && tokens[i - 1].pos !== 'DET' && tokens[i - 1].sentence === tokens[i].sentence && !lex.honorifics.has(tokens[i - 1].lower) && i - 1 > 0 && tokens[i - 2].sentence === tokens[i].sentence) i--;
    const honor = i > 0 && lex.honorifics.has(tokens[i - 1].lower);
    // "FULL TEXT", "ABSTRACT": page furniture in capitals is not a name
    const shouting = j > i && tokens.slice(i, j + 1).every((t) => t.value.length >= 4 && t.value === t.value.toUpperCase());
    if ((j > i || honor) && !shouting) {
      const words = tokens.slice(i, j + 1).filter((t) => !CONNECTORS.has(t.lower) && t.value !== "'s" && t.value !== '’s').map((t) => t.value);
      if (words.length === 0) { i = j + 1; continue; }
      const name = text.slice(tokens[i].start, tokens[j].end);
      const org = connectors || words.some((w) => lex.orgWords.has(w.toLowerCase()));
      const role = org ? null : titleBefore(ctx, i);
      idx.add({
        name,
        tokens: words,
        role,
        person: !org && (role !== null || honor),
        at: tokens[i].start,
        the: i > 0 && tokens[i - 1].lower === 'the',
        org,
        initials: tokens.slice(i, j + 1).filter((t) => isCap(t) || t.value === '&').map((t) => (t.value === '&' ? '&' : t.value[0])).join(''),
      });
      // "The Open Society Institute (OSI)": the acronym names the same organisation
      if (tokens[j + 1]?.value === '(' && /^[A-Z&]{2,6}$/.test(tokens[j + 2]?.value ?? '') && tokens[j + 3]?.value === ')') {
        idx.add({ name, tokens: words, role: null, at: tokens[i].start, the: i > 0 && tokens[i - 1].lower === 'the', org: true, initials: tokens[j + 2].value, person: false });
      }
    }
    i = j + 1;
  }
  return idx;
}

/** The title run right before token i ("Russian President", "NATO Secretary General"), or null. */
function titleBefore(ctx: Pick<Ctx, 'tokens' | 'lex' | 'text'>, i: number): string | null {
  const { tokens, lex, text } = ctx;
  let k = i - 1;
  let sawTitle = false;
  while (k >= 0 && tokens[k].sentence === tokens[i].sentence) {
    const t = tokens[k];
    if (lex.honorifics.has(t.lower)) break;
    if (lex.titles.has(t.lower) && t.pos !== 'DET' && t.pos !== 'ADP' && t.pos !== 'CCONJ') { sawTitle = true; k--; continue; }
    if (t.lower === 'of' || t.lower === 'for' || t.lower === 'and') { if (sawTitle) { k--; continue; } break; }
    // a capitalised modifier before a title ("Russian", "NATO", "Ukrainian")
    if (isCap(t) && (t.pos === 'PROPN' || t.pos === 'ADJ' || t.pos === 'NOUN') && sawTitle) { k--; continue; }
    break;
  }
  if (!sawTitle) return null;
  let first = k + 1;
  while (first < i && (tokens[first].lower === 'of' || tokens[first].lower === 'for' || tokens[first].lower === 'and' || tokens[first].lower === 'the')) first++;
  // the run must end in a title word (not "of")
  if (first >= i) return null;
  return text.slice(tokens[first].start, tokens[i - 1].end);
}

/* ----------------------------------------------------------- noun phrases */

/** Walks left from token j (inclusive) over a noun phrase; returns its first token or -1. */
function npLeft(ctx: Ctx, j: number, floor: number): number {
  const { tokens, lex } = ctx;
  const t0 = tokens[j];
  if (!t0) return -1;
  if (t0.pos === 'PRON' && !QUANTIFIERS.has(t0.lower)) {
    return isSpeakerPronoun(ctx, t0) ? j : -1;
  }
  // quantified subjects: "About one in five say", "42% say", "Some say", "most said"
  if (QUANTIFIERS.has(t0.lower) || t0.pos === 'NUM' || t0.value === '%') {
    let k = j;
    while (k - 1 >= floor && (tokens[k - 1].pos === 'NUM' || tokens[k - 1].value === '%' || APPROXIMATORS.has(tokens[k - 1].lower) || isNumberHyphen(tokens, k - 1))) k--;
    while (k < j && ['in', 'of', 'than'].includes(tokens[k].lower)) k++;
    return k;
  }
  let k = j;
  let nouns = 0;
  let steps = 0;
  while (k >= floor && steps < 14) {
    const t = tokens[k];
    const p = t.pos;
    const prev = tokens[k - 1];
    // a participle that modifies the noun after it: "registered voters", "elected officials"
    const prenominal = p === 'VERB' && k < j && PARTICIPLE.test(t.lower) && k - 1 >= floor && ['DET', 'ADJ', 'NUM', 'ADP'].includes(prev.pos) && ['NOUN', 'PROPN', 'ADJ'].includes(tokens[k + 1].pos);
    if (p === 'PROPN' || p === 'NOUN' || p === 'NUM' || (isCap(t) && p !== 'PUNCT' && p !== 'DET' && p !== 'ADP' && p !== 'CCONJ' && p !== 'SCONJ' && p !== 'PRON' && p !== 'AUX' && (k === j || tokens[k - 1]?.sentence === t.sentence) && !TIME_WORDS.has(t.lower))) {
      if (TIME_WORDS.has(t.lower) && isCap(t) && !lex.orgWords.has(tokens[k + 1]?.lower ?? '')) break;
      nouns++;
    } else if (p === 'ADJ' || prenominal || isNumberHyphen(tokens, k) || t.value === "'s" || t.value === '’s' || t.value === '-' || t.value === '–' || ((t.value === "'" || t.value === '’') && /s$/i.test(tokens[k - 1]?.value ?? '') && tokens[k - 1]?.end === t.start)) {
      // modifiers and possessives
    } else if (p === 'DET' || POSSESSIVE_DET.has(t.lower)) {
      // inside a name: "the Court of Appeals for the District of Columbia"
      if (t.lower === 'the' && k - 2 >= floor && (((['of', 'for', 'in', 'at', 'from', 'on', 'and'].includes(tokens[k - 1].lower) && isCap(tokens[k + 1])) || tokens[k - 1].lower === 'of') && (isCap(tokens[k - 2]) || tokens[k - 2].pos === 'NOUN'))) {
        // "Critics of the measure argue", "the head of the bank said"
        k--;
        steps++;
        continue;
      }
      // "that government officials said": a complementiser, not a determiner
      if (!['that', 'which', 'this', 'these', 'those'].includes(t.lower) || k === j) {
        k--;
        // a predeterminer: "all the attendees", "half the voters"
        if (k >= floor && PREDETERMINERS.has(tokens[k].lower)) k--;
      }
      break;
    } else if ((t.lower === 'of' || t.lower === 'for' || t.lower === 'and' || t.lower === '&') && k > floor) {
      // inside a name or title: "Secretary of State", "Kiev and Western countries",
      // "the Commons standards and privileges committee"
      const before = tokens[k - 1];
      if (!(before.pos === 'PROPN' || before.pos === 'NOUN' || isCap(before))) break;
      if (t.lower === 'and' && !(isCap(tokens[k + 1]) || isCap(before) || tokens[k + 1].pos === 'NOUN')) break;
    } else if (['in', 'at', 'from', 'on'].includes(t.lower) && k > floor && (tokens[k - 1].pos === 'NOUN' || tokens[k - 1].pos === 'PROPN' || postParticiple(tokens, k - 1, floor)) && (tokens[k + 1].pos === 'DET' || isCap(tokens[k + 1]) || (isCap(tokens[k - 1]) && /s$/.test(tokens[k - 1].value))) && !TIME_WORDS.has(tokens[k + 1].lower)) {
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
  // "last week said", "on Monday said": a time, not a source
  let content = false;
  for (let m = first; m <= j; m++) if ((tokens[m].pos === 'NOUN' || tokens[m].pos === 'PROPN' || isCap(tokens[m])) && !TIME_WORDS.has(tokens[m].lower)) content = true;
  if (!content) return -1;
  // never start on a connective
  let f = first;
  while (f <= j && (tokens[f].lower === 'of' || tokens[f].lower === 'and' || tokens[f].lower === 'for' || tokens[f].value === '-')) f++;
  // a number keeps the words that qualify it: "About four in 10 voters", "more than half"
  if (f <= j && (tokens[f].pos === 'NUM' || QUANTIFIERS.has(tokens[f].lower))) {
    while (f - 1 >= floor && NUMBER_LEADS.has(tokens[f - 1].lower)) f--;
  }
  return f <= j ? f : -1;
}

/** Walks right from token i over a noun phrase (for inverted speakers and `according to X`); returns its last token or -1. */
function npRight(ctx: Ctx, i: number, ceil: number): number {
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
    const nounAsVerb = k === i && p === 'VERB' && (lex.groupNouns.has(t.lower) || lex.personNouns.has(t.lower) || lex.documentNouns.has(t.lower) || tokens[k + 1]?.pos === 'PUNCT');
    if (p === 'PROPN' || p === 'NOUN' || p === 'NUM' || nounAsVerb || (isCap(t) && p !== 'PUNCT')) last = k;
    else if (p === 'DET' || p === 'ADJ' || POSSESSIVE_DET.has(t.lower) || t.value === "'s" || t.value === '’s' || t.value === '-') {
      // part of the phrase
    } else if (p === 'ADP' || p === 'CCONJ') {
      const nx = tokens[k + 1];
      if (!nx || !(nx.pos === 'DET' || nx.pos === 'PROPN' || nx.pos === 'NOUN' || nx.pos === 'ADJ' || isCap(nx))) break;
      if (!['of', 'for', 'at', 'on', 'and', 'from', 'between', 'in', 'with', 'by', '&'].includes(t.lower)) break;
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

/** Builds the mention from a core noun phrase [a, b] plus an optional apposition [c, d]. */
function makeMention(ctx: Ctx, a: number, b: number, rule: string, appo: [number, number] | null): FoundMention {
  const { tokens, lex, text } = ctx;
  // a post-modifier is not part of the name: "Edward Alden of the Council on …",
  // "the existing agreements between Russia and NATO" (head: a common noun)
  let coreEnd = b;
  // …unless the phrase ends in a titled name: "Commission for Racial Equality chief Trevor Phillips"
  let titledName = false;
  {
    let k = b;
    while (k > a && isNameTok(tokens[k], lex)) k--;
    titledName = k < b && k >= a && lex.titles.has(tokens[k].lower) && !CONNECTORS.has(tokens[k].lower);
  }
  for (let k = a + 1; k <= b && !titledName; k++) {
    const t = tokens[k];
    if (t.pos !== 'ADP' && !['of', 'at', 'from', 'for', 'with', 'on', 'in', 'between'].includes(t.lower)) continue;
    const h = tokens[k - 1];
    if ((isNameTok(h, lex) && h.pos === 'PROPN') || (h.pos === 'NOUN' && !isCap(h))) {
      coreEnd = k - 1;
      break;
    }
  }
  // name run: from the end of the core, name tokens (no titles, no honorifics)
  let nameLast: number | null = null;
  let nameFirst: number | null = null;
  let k = coreEnd;
  while (k >= a && (tokens[k].value === "'s" || tokens[k].value === '’s')) k--;
  // a group or document noun ends a name only inside one: "Protection Agency", not "Officials"
  const nounEndsName = (x: number) => !(lex.groupNouns.has(tokens[x].lower) || lex.documentNouns.has(tokens[x].lower)) || (x - 1 >= a && isNameTok(tokens[x - 1], lex));
  if (isNameTok(tokens[k], lex) && nounEndsName(k)) {
    nameLast = k;
    while (k - 1 >= a && isNameTok(tokens[k - 1], lex)) k--;
    // an organisation's name takes its capitalised title words too: "Home Office", "Foreign Office"
    if (lex.orgWords.has(tokens[nameLast].lower)) while (k - 1 >= a && isCap(tokens[k - 1]) && tokens[k - 1].pos !== 'DET') k--;
    // a nationality before a full name is not part of it: "Australian Lynton Crosby"
    if (nameLast - k >= 2 && isDemonym(tokens[k], lex) && !lex.orgWords.has(tokens[nameLast].lower)) k++;
    nameFirst = k;
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
    const appoIsName = isNameTok(tokens[c], lex) && tokens.slice(c, d + 1).every((t) => isNameTok(t, lex));
    if (appoIsName && nameFirst === null) {
      role = text.slice(tokens[skipDet(ctx, a, b)].start, tokens[b].end);
      nameFirst = c;
      nameLast = d;
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

/** The speaker of a cue at tokens [ci, cj]: left subject, apposition, inverted; or "inherit". */
function findSpeaker(ctx: Ctx, ci: number, cj: number, sFirst: number, sLast: number): { mention: FoundMention | null; inherit: boolean } {
  const { tokens } = ctx;
  const cueTok = tokens[ci];
  // participial clause after a comma: ", saying that", ", claiming that"
  if (PARTICIPLE_CUE.test(cueTok.lower) && ci > sFirst && tokens[ci - 1].value === ',') return { mention: null, inherit: true };
  // a participle that modifies a noun is no one's act: "a broadcast announcing the measure",
  // "£7.4m announced by the chancellor"
  if (ci > sFirst && tokens[ci - 1].pos === 'NOUN' && !isCap(tokens[ci - 1]) && PARTICIPLE_CUE.test(cueTok.lower)) {
    // …unless the noun is a text that says it: "a BBC story claiming …", "a report saying …"
    const noun = tokens[ci - 1].lower;
    const medium = ctx.lex.documentNouns.has(noun) || MEDIA.has(noun) || ctx.lex.nounLabel.has(noun) || noun === 'story';
    if (!medium) return { mention: null, inherit: false };
    const a = npLeft(ctx, ci - 1, sFirst);
    return a >= 0 ? { mention: makeMention(ctx, a, ci - 1, 'speaker:document-participle', null), inherit: false } : { mention: null, inherit: false };
  }
  if (tokens[cj + 1]?.lower === 'by' && /ed$/.test(cueTok.lower)) return { mention: null, inherit: false };
  let j = ci - 1;
  for (;;) {
    while (j >= sFirst && SUBJECT_SKIP_AUX.has(tokens[j].lower) && tokens[j].pos !== 'PRON') {
      // a negated act reports no statement: "did not say", "never mentioned"
      if (NEGATION.has(tokens[j].lower)) return { mention: null, inherit: false };
      j--;
    }
    // a time between subject and verb: "The mayor on Tuesday rejected", "Beck last week said"
    if (j - 1 >= sFirst && TIME_WORDS.has(tokens[j].lower) && (tokens[j - 1].lower === 'on' || tokens[j - 1].lower === 'last' || tokens[j - 1].lower === 'this' || tokens[j - 1].lower === 'in' || tokens[j - 1].lower === 'early' || tokens[j - 1].lower === 'late')) {
      j -= 2;
      continue;
    }
    // a parenthesis between subject and verb: "Rep. Steve Israel (D-N.Y.) said"
    if (j >= sFirst && tokens[j].value === ')') {
      let k = j - 1;
      while (k >= sFirst && tokens[k].value !== '(' && j - k < 12) k--;
      if (k >= sFirst && tokens[k].value === '(') { j = k - 1; continue; }
    }
    break;
  }
  if (j < sFirst) return { mention: rightSpeaker(ctx, cj + 1, sLast), inherit: false };
  const t = tokens[j];
  if (t.pos === 'CCONJ') return { mention: null, inherit: true };
  // a gerund after a preposition is no act of anyone's: "credit for pleading guilty"
  if (t.pos === 'ADP' && /ing$/.test(cueTok.lower)) return { mention: null, inherit: false };
  // relative pronoun subject: "Mr. Ekovich, who noted that …": the mention is "who", its antecedent names it
  if ((t.lower === 'who' || t.lower === 'which') && j > sFirst) {
    let k = j - 1;
    if (tokens[k].value === ',') k--;
    let a = k >= sFirst ? npLeft(ctx, k, sFirst) : -1;
    // "a symbolic victory for Obama, who complained": "who" stands for the person at the end
    if (a >= 0 && (t.lower === 'who' || t.lower === 'which')) {
      // "who" stands for the person named last in the phrase; "which" for the last thing ("the leak of the report, which")
      for (let m = k; m > a; m--) if (tokens[m].pos === 'ADP' && (t.lower === 'which' || isNameTok(tokens[m + 1], ctx.lex))) { a = m + 1; break; }
    }
    if (a >= 0 && !ctx.inQuote(tokens[a].start)) {
      const ante = makeMention(ctx, a, k, 'speaker:relative-pronoun', null);
      return { mention: { ...ante, first: j, last: j, pronounFor: ante }, inherit: false };
    }
    return { mention: null, inherit: false };
  }
  if (t.value === ',' || isQuoteTok(t) || t.value === ':' || t.value === '—' || t.value === '–') {
    // "…," said X  /  "…" said X
    let p = j;
    while (p >= sFirst && (tokens[p].value === ',' || isQuoteTok(tokens[p]))) p--;
    const afterQuote = tokens.slice(p + 1, j + 1).some(isQuoteTok) || (p >= sFirst && ctx.inQuote(tokens[p].start) !== null);
    if (afterQuote || t.value !== ',') {
      const m = rightSpeaker(ctx, cj + 1, sLast);
      if (m) return { mention: m, inherit: false };
    }
    if (t.value === ',') {
      // X, who …, said  /  X, director of …, said  /  The Secretary …, Theresa May, said
      const m = appositionSpeaker(ctx, j, sFirst);
      if (m) return { mention: m, inherit: false };
      // "…, X said" handled above; otherwise the clause before the comma is content: look right
      // "…, said John Smith.": only a speaker that closes the clause stands after the verb
      const r = rightSpeaker(ctx, cj + 1, sLast);
      const closes = r !== null && (r.last >= sLast - 1 || tokens[r.last + 1]?.value === ',' || tokens[r.last + 1]?.value === '.');
      return { mention: closes ? r : null, inherit: !closes && !afterQuote };
    }
    return { mention: null, inherit: false };
  }
  // passive ("is expected", "was told") reports no statement of the subject; the progressive does ("is warning")
  if (BE.has(t.lower)) {
    if (!/ing$/.test(cueTok.lower)) return { mention: null, inherit: false };
    j--;
    while (j >= sFirst && SUBJECT_SKIP_AUX.has(tokens[j].lower) && tokens[j].pos !== 'PRON') j--;
    if (j < sFirst) return { mention: null, inherit: false };
    const a = npLeft(ctx, j, sFirst);
    if (a < 0 || ctx.inQuote(tokens[a].start)) return { mention: null, inherit: false };
    return { mention: makeMention(ctx, a, j, tokens[a].pos === 'PRON' ? 'speaker:pronoun-subject' : 'speaker:subject', null), inherit: false };
  }
  if (ctx.lex.notCueAfter.has(t.lower)) return { mention: null, inherit: false };
  let a = npLeft(ctx, j, sFirst);
  if (a < 0) return { mention: null, inherit: false };
  if (ctx.inQuote(tokens[a].start)) return { mention: null, inherit: false };
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
    if (participle >= 0 && p >= sFirst && /s$/i.test(tokens[p].value) && !ctx.lex.titles.has(tokens[p].lower)) {
      const a2 = npLeft(ctx, p, sFirst);
      if (a2 >= 0 && !ctx.inQuote(tokens[a2].start)) {
        // the mention runs to the verb; the group is named by its head ("Democrats")
        const m = makeMention(ctx, a2, p, 'speaker:subject-participle-phrase', null);
        return { mention: { ...m, last: j }, inherit: false };
      }
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
  return { mention: m, inherit: false };
}

function rightSpeaker(ctx: Ctx, i: number, sLast: number): FoundMention | null {
  const { tokens } = ctx;
  if (i > sLast) return null;
  const b = npRight(ctx, i, sLast);
  if (b < 0) return null;
  if (tokens[i].pos === 'PRON' && !isSpeakerPronoun(ctx, tokens[i])) return null;
  // apposition after the name: ", director general of the British Chambers of Commerce"
  let appo: [number, number] | null = null;
  if (tokens[b + 1]?.value === ',' && b + 2 <= sLast) {
    const c = b + 2;
    const d = npRight(ctx, c, sLast);
    if (d >= c && (tokens[c].pos === 'DET' || ctx.lex.titles.has(tokens[c].lower) || tokens[c].pos === 'NOUN' || tokens[c].pos === 'ADJ')) appo = [c, d];
  }
  return makeMention(ctx, i, b, 'speaker:inverted', appo);
}

function appositionSpeaker(ctx: Ctx, comma: number, sFirst: number): FoundMention | null {
  const { tokens, lex } = ctx;
  // find the previous comma
  let k = comma - 1;
  while (k >= sFirst && tokens[k].value !== ',' && comma - k < 25) k--;
  if (k < sFirst || tokens[k].value !== ',') return null;
  const c = k + 1;
  const d = comma - 1;
  if (d < c) return null;
  // "The Open Society Institute (OSI), financed by …, has accused": the name before its parenthesis
  let coreEnd = k - 1;
  if (tokens[coreEnd]?.value === ')') {
    let p = coreEnd - 1;
    while (p > sFirst && tokens[p].value !== '(' && coreEnd - p < 8) p--;
    if (tokens[p]?.value === '(') coreEnd = p - 1;
  }
  const a = npLeft(ctx, coreEnd, sFirst);
  if (a < 0) return null;
  if (ctx.inQuote(tokens[a].start)) return null;
  // the core must end in a name, a title or a group noun
  const coreLast = tokens[k - 1];
  const seg = tokens.slice(c, d + 1);
  if (RELATIVE.has(tokens[c].lower)) {
    return makeMention(ctx, a, coreEnd, 'speaker:subject-relative-clause', null);
  }
  // "The government, for instance, refused": an aside, not an apposition
  const aside = seg.map((t) => t.lower).join(' ');
  if (ASIDES.has(aside)) return makeMention(ctx, a, k - 1, 'speaker:subject', null);
  // "Some observers, including professor Zeynep Tufekci, criticized": examples belong to the mention, the group names it
  if (['including', 'notably', 'especially', 'particularly', 'like'].includes(tokens[c].lower) || (tokens[c].lower === 'such' && tokens[c + 1]?.lower === 'as')) {
    const m = makeMention(ctx, a, k - 1, 'speaker:subject-examples', null);
    return { ...m, last: d };
  }
  // a verb makes a clause, not an apposition; "self-described" is an adjective
  // a reduced relative clause ("financed by George Soros") is set aside like a relative clause
  if (seg[0].pos === 'VERB' && /ed$/.test(seg[0].lower) && seg[1]?.lower === 'by') return makeMention(ctx, a, coreEnd, 'speaker:subject-relative-clause', null);
  const hasVerb = seg.some((t, x) => (t.pos === 'VERB' || t.pos === 'AUX') && !isCap(t) && seg[x - 1]?.value !== '-');
  const ageOrPlace = seg.every((t) => t.pos === 'NUM' || t.pos === 'PROPN' || t.value === '-' || isCap(t));
  if (hasVerb && !ageOrPlace) return null;
  const appoStartsDescr = tokens[c].pos === 'DET' || lex.titles.has(tokens[c].lower) || tokens[c].pos === 'NOUN' || tokens[c].pos === 'ADJ' || POSSESSIVE_DET.has(tokens[c].lower);
  const appoIsName = seg.every((t) => isNameTok(t, lex));
  if (!(appoStartsDescr || appoIsName || ageOrPlace)) return null;
  if (!(coreLast.pos === 'PROPN' || coreLast.pos === 'NOUN' || isCap(coreLast))) return null;
  if (ageOrPlace && !appoIsName) return makeMention(ctx, a, k - 1, 'speaker:subject-apposition', null);
  return makeMention(ctx, a, k - 1, 'speaker:subject-apposition', [c, d]);
}

/* -------------------------------------------------------------- cue search */

function findCues(ctx: Ctx, sFirst: number, sLast: number, headline = false): FoundCue[] {
  const { tokens, lex } = ctx;
  const found: FoundCue[] = [];
  const taken = new Set<number>();
  // 1. phrases: "according to X", "as he put it", "in X's words"
  for (let i = sFirst; i <= sLast; i++) {
    const t = tokens[i];
    if (!lex.phraseFirst.has(t.lower) || ctx.inQuote(t.start)) continue;
    for (const ph of lex.phrases) {
      const m = matchPhrase(ctx, ph.words, i, sLast);
      if (!m) continue;
      const [cueA, cueB] = [i + ph.cue[0], m.spkSlot !== null && ph.cue[1] > ph.words.indexOf('SPK') ? m.end : i + ph.cue[1] - 1];
      const cueFirst = cueA;
      const cueLast = ph.rule === 'cue:phrase:according-to' ? i + 1 : cueB;
      const mention = m.spk ? makeMention(ctx, m.spk[0], m.spk[1], ph.rule === 'cue:phrase:according-to' ? 'speaker:according-to' : 'speaker:phrase', null) : null;
      found.push({
        cue: { start: tokens[cueFirst].start, end: tokens[cueLast].end, entry: ph.words.filter((w) => w !== 'SPK').join(' '), label: ph.label, rule: ph.rule },
        first: cueFirst,
        last: ph.rule === 'cue:phrase:according-to' ? (m.spk ? m.spk[1] : cueLast) : m.end,
        mention,
        inherit: false,
        content: null,
      });
      for (let k = i; k <= m.end; k++) taken.add(k);
      break;
    }
  }
  // 2. reporting verbs, nouns after light verbs, "called … “X”"
  for (let i = sFirst; i <= sLast; i++) {
    // most words can be no cue: no lexicon knows them, and verbView only reads words in -ed
    const w = tokens[i];
    if (!lex.cueWords.has(w.lemma) && !lex.cueWords.has(w.lower) && !w.lower.endsWith('ed')) continue;
    if (taken.has(i)) continue;
    const t = verbView(ctx, w, i, sFirst);
    if (ctx.inQuote(t.start)) continue;
    let label = lex.verbLabel.get(t.lemma) ?? lex.verbLabel.get(t.lower);
    let first = i;
    let rule = 'cue:verb';
    let entry = t.lemma;
    // the word after the verb belongs to the cue ("called for")
    let withNext = false;
    const next = tokens[i + 1];
    if (label && t.pos !== 'VERB' && t.pos !== 'AUX') {
      // wink tags "claim" in "countries claim that" as a noun: accept a bare plural-subject verb use
      const prev = tokens[i - 1];
      const subjectBefore = prev && i - 1 >= sFirst && (prev.pos === 'NOUN' || prev.pos === 'PROPN' || prev.pos === 'PRON' || prev.pos === 'NUM' || prev.value === '%' || QUANTIFIERS.has(prev.lower));
      const clauseAfter = next && (next.lower === 'that' || next.value === ':' || isQuoteTok(next) || (next.pos === 'PRON' && !POSSESSIVE_DET.has(next.lower)) || ((next.pos === 'PROPN' || next.pos === 'DET') && complementAfter(ctx, i, sLast)));
      const verbish = subjectBefore && clauseAfter;
      if (!verbish) label = undefined;
    }
    if ((t.lemma === 'call' || lex.complementVerbs.has(t.lemma)) && (label || t.pos === 'VERB')) {
      // "called X “illegal”", "called for", "described X as …", "called Trump a liar":
      // a verb of naming is a cue only with what it names X as
      if (next && (next.lower === 'for' || next.lower === 'on')) { label ??= 'assertion'; rule = 'cue:verb:call-for'; entry = `${t.lemma} ${next.lower}`; withNext = true; }
      else if (quoteAfterInClause(ctx, i, sLast)) { label ??= 'assertion'; rule = 'cue:verb:call-quote'; }
      else if (namesAs(ctx, i, sLast)) { label ??= 'assertion'; rule = 'cue:verb:call-as'; }
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
        }
      }
    }
    if (!label) continue;
    if (rule === 'cue:verb' && t.pos !== 'VERB' && t.pos !== 'AUX' && t.pos !== 'NOUN') continue;
    // weak verbs cue only before a clause, unless a quotation stands right before them ("…,” he continued)
    let cueEnd = withNext ? i + 1 : i;
    const preps = lex.prepositionCues.get(t.lemma);
    const needs = lex.cueNeedsNext.get(t.lemma);
    if (rule === 'cue:verb' && preps) {
      if (!next || !preps.has(next.lower)) continue;
      cueEnd = i + 1;
    } else if (rule === 'cue:verb' && needs) {
      if (!next || !needs.has(next.lower)) continue;
    } else if (rule === 'cue:verb' && lex.needComplement.has(t.lemma) && !complementAfter(ctx, i, sLast) && !quoteBefore(ctx, i, sFirst)) continue;
    const sp = findSpeaker(ctx, first, i, sFirst, sLast);
    if (!sp.mention && !sp.inherit) continue;
    const last = extendCue(ctx, cueEnd, sLast);
    found.push({
      cue: { start: tokens[first].start, end: tokens[last].end, entry, label, rule: `${rule}:${entry.replace(/\s+/g, '-')}` },
      first,
      last,
      mention: sp.mention,
      inherit: sp.inherit,
      content: null,
    });
    for (let k = first; k <= last; k++) taken.add(k);
  }
  punctuationCue(ctx, sFirst, sLast, headline, found);
  found.sort((x, y) => x.first - y.first);
  return found;
}

/**
 * Headline-style attribution by punctuation: "Sanders: Brexit's message could …" (a name and a
 * colon open the sentence) and, in a headline, "Choose hope over fear - Kennedy" (a dash and a name end it).
 */
function punctuationCue(ctx: Ctx, sFirst: number, sLast: number, headline: boolean, found: FoundCue[]): void {
  const { tokens, lex } = ctx;
  if (found.length) return;
  const words = (a: number, b: number) => countWords(tokens, a, b);
  // NAME: content
  for (let k = sFirst + 1; k <= sFirst + 4 && k <= sLast; k++) {
    if (tokens[k].value !== ':') continue;
    const nameOk = tokens.slice(sFirst, k).every((t) => isNameTok(t, lex) || t.value === "'s" || t.value === '’s');
    const known = nameOk && ctx.names.resolve(tokens.slice(sFirst, k).filter((t) => isNameTok(t, lex)).map((t) => t.value), tokens[sFirst].start, lex.orgWords) !== null;
    if (nameOk && (known || k - sFirst >= 2) && words(k + 1, sLast) >= 3 && !ctx.inQuote(tokens[k].start)) {
      const mention = makeMention(ctx, sFirst, k - 1, 'speaker:headline-colon', null);
      found.push({ cue: { start: tokens[k].start, end: tokens[k].end, entry: ':', label: 'assertion', rule: 'cue:punctuation:colon' }, first: k, last: k, mention, inherit: false, content: null });
    }
    return;
  }
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
 * Where a verb cue's reported span starts: it takes in the auxiliaries and
 * adverbs of its verb group written right before it ("has said", "also
 * noted", "would later say"). Only the span grows: the cue's label and every
 * rule still look at the cue's own word.
 */
function verbGroupStart(ctx: Ctx, fc: FoundCue, sFirst: number): number {
  const { tokens, lex } = ctx;
  if (!fc.cue.rule.startsWith('cue:verb') && !fc.cue.rule.startsWith('cue:noun')) return fc.cue.start;
  let k = fc.first;
  while (k - 1 >= sFirst && k - fc.first > -4) {
    const t = tokens[k - 1];
    const contraction = t.value.startsWith("'") || t.value.startsWith('’');
    if (!lex.verbGroup.has(t.lower) || (contraction && t.pos !== 'AUX') || tokens[k].start - t.end > 1) break;
    k--;
  }
  return tokens[k].start;
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

/** Reporting verbs that take an addressee before their statement ("told reporters that …"). */
const ADDRESSEE_VERBS = new Set(['tell', 'warn', 'assure', 'remind', 'inform', 'promise', 'urge', 'ask', 'advise', 'caution', 'notify', 'reassure', 'show', 'persuade', 'convince']);

/** Does a quotation open at token k? */
function opensQuote(ctx: Ctx, k: number): boolean {
  const t = ctx.tokens[k];
  return t !== undefined && isQuoteTok(t) && ctx.doc.quotes.some((q) => q.open === t.start);
}

/** A complement clause after the verb at i: "that …", ":", a quotation, or a subject and its verb. */
function complementAfter(ctx: Ctx, i: number, sLast: number): boolean {
  const { tokens } = ctx;
  let k = i + 1;
  while (k <= sLast && (tokens[k].pos === 'ADV' || tokens[k].pos === 'PART') && tokens[k].lower !== 'not') k++;
  const t = tokens[k];
  if (!t) return false;
  if (t.lower === 'that' || t.value === ':' || isQuoteTok(t) || t.lower === 'whether' || t.lower === 'if') return true;
  if (t.value === ',' && isQuoteTok(tokens[k + 1])) return true;
  // a subject and a finite verb within a few words: "polls show Clinton leads", "he thinks it will"
  for (let m = k; m <= sLast && m < k + 6; m++) {
    const x = tokens[m];
    if (x.value === ',' || x.value === '.' || x.value === ';') return false;
    if (m > k && (x.pos === 'AUX' || (x.pos === 'VERB' && !/ing$/.test(x.lower)))) return tokens[k].pos === 'PRON' || tokens[k].pos === 'PROPN' || tokens[k].pos === 'NOUN' || tokens[k].pos === 'DET' || tokens[k].pos === 'NUM' || tokens[k].pos === 'ADJ';
  }
  return false;
}

/** A quotation closes right before the verb or its subject: "“…,” he continued". */
function quoteBefore(ctx: Ctx, i: number, sFirst: number): boolean {
  const { tokens } = ctx;
  for (let k = i - 1; k >= sFirst && k >= i - 4; k--) if (isQuoteTok(tokens[k])) return true;
  return false;
}

/**
 * wink-nlp tags some past tenses as adjectives ("Cable also branded the plans"): a word in -ed
 * after its subject whose stem is a reporting verb is read as that verb.
 */
function verbView(ctx: Ctx, t: Token, i: number, sFirst: number): Token {
  if (t.pos === 'VERB' || !/ed$/.test(t.lower) || isCap(t)) return t;
  const { lex, tokens } = ctx;
  let k = i - 1;
  while (k >= sFirst && tokens[k].pos === 'ADV') k--;
  const prev = tokens[k];
  if (!prev || k < sFirst || !(prev.pos === 'PROPN' || prev.pos === 'NOUN' || prev.pos === 'PRON')) return t;
  const w = t.lower;
  const stems = [w.slice(0, -2), w.slice(0, -1), w.replace(/ied$/, 'y'), w.slice(0, -3)];
  for (const stem of stems) {
    if (lex.verbLabel.has(stem) || lex.complementVerbs.has(stem) || stem === 'call') return { ...t, lemma: stem, pos: 'VERB' };
  }
  return t;
}

/** "described the plan as a gimmick", "called Trump a liar": the object, then "as" or an indefinite noun phrase. */
function namesAs(ctx: Ctx, i: number, sLast: number): boolean {
  const { tokens } = ctx;
  let k = i + 1;
  const objStart = k;
  while (k <= sLast && k < i + 8 && (tokens[k].pos === 'PRON' || tokens[k].pos === 'PROPN' || tokens[k].pos === 'NOUN' || tokens[k].pos === 'DET' || tokens[k].pos === 'ADJ' || tokens[k].value === "'s" || tokens[k].value === '’s')) {
    if (k > objStart && (tokens[k].lower === 'a' || tokens[k].lower === 'an') && ctx.tokens[i].lemma === 'call') return true;
    k++;
  }
  return k > objStart && k <= sLast && tokens[k].lower === 'as';
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

function matchPhrase(ctx: Ctx, words: string[], i: number, sLast: number): { end: number; spk: [number, number] | null; spkSlot: number | null } | null {
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
        if (tokens[e].value === "'s" || tokens[e].value === '’s') e--;
        if (e < k) return null;
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

/* ---------------------------------------------------------------- content */

/** Content token range for a cue: after it ("X said that …") or before it ("“…,” X said"). */
function contentFor(ctx: Ctx, fc: FoundCue, sFirst: number, sLast: number, nextCueFirst: number, own: Set<number> = new Set()): [number, number] | null {
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

function countWords(tokens: Token[], a: number, b: number): number {
  let n = 0;
  for (let k = a; k <= b; k++) if (tokens[k] && tokens[k].pos !== 'PUNCT') n++;
  return n;
}

/* ------------------------------------------------------------- resolution */

function resolveMention(ctx: Ctx, m: FoundMention): Mention {
  const { tokens, text, lex } = ctx;
  const evidence = [m.rule];
  const start = tokens[m.first].start;
  const end = tokens[m.last].end;
  const coreText = text.slice(tokens[m.coreFirst].start, tokens[m.coreLast].end);
  // a list of names: each resolved, joined as written ("Muhammad Afzal, Mohammed Islam and Mohammed Kazi")
  if (m.list) {
    const parts: string[] = [];
    let k = m.coreFirst;
    while (k <= m.coreLast) {
      while (k <= m.coreLast && (tokens[k].value === ',' || tokens[k].lower === 'and' || lex.honorifics.has(tokens[k].lower))) k++;
      const f = k;
      while (k <= m.coreLast && isNameTok(tokens[k], lex)) k++;
      if (k > f) {
        const words = tokens.slice(f, k).map((x) => x.value);
        const hit = ctx.names.resolve(words, tokens[f].start, lex.orgWords);
        parts.push(hit && hit.tokens.length >= words.length ? hit.name : words.join(' '));
      } else k++;
    }
    const name = parts.length > 1 ? `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}` : parts.join('');
    return { start, end, head: { start, end }, name, role: null, kind: 'group', evidence: [...evidence, 'coref:name-list'], named: true };
  }
  // relative pronouns: the mention as written, named by the antecedent
  if (m.pronounFor) {
    const ante = resolveMention(ctx, m.pronounFor);
    return { ...ante, start, end, head: { start, end }, evidence: [...ante.evidence, 'coref:relative-pronoun'] };
  }
  // pronouns
  if (m.first === m.last && tokens[m.first].pos === 'PRON') {
    const p = tokens[m.first].lower;
    const at = start;
    let pick: Ctx['history'][number] | undefined;
    if (lex.personPronouns.has(p)) {
      // the last person speaker whose gender does not contradict the pronoun
      const want = lex.pronounGender.get(p) ?? null;
      pick = [...ctx.history].reverse().find((h) => h.kind === 'person' && (want === null || h.gender === null || h.gender === want));
      if (pick) evidence.push('coref:pronoun-last-person-speaker');
      else {
        const n = ctx.names.lastBefore(at);
        if (n) { pick = { name: n.name, role: n.role, kind: 'person', plural: false, at: n.at, gender: null }; evidence.push('coref:pronoun-last-person-name'); }
      }
    } else if (lex.pluralPronouns.has(p)) {
      pick = [...ctx.history].reverse().find((h) => h.plural);
      if (pick) evidence.push('coref:pronoun-last-group-speaker');
    } else if (lex.thingPronouns.has(p)) {
      const groups = [...ctx.history].reverse().filter((h) => canBeOrganisation(h) && !h.plural);
      pick = groups.find((h) => h.named && h.kind === 'group') ?? groups.find((h) => h.named) ?? groups[0];
      if (pick) evidence.push('coref:pronoun-last-organisation');
    }
    if (pick) return { start, end, head: { start, end }, name: pick.name, role: pick.role, kind: pick.kind, evidence, named: pick.named };
    evidence.push('coref:unresolved-pronoun');
    return { start, end, head: { start, end }, name: tokens[m.first].value, role: null, kind: 'pronoun', evidence };
  }
  if (m.nameFirst !== null && m.nameLast !== null) {
    const words = tokens.slice(m.nameFirst, m.nameLast + 1).map((t) => t.value);
    const head: Range = { start: tokens[m.nameFirst].start, end: tokens[m.nameLast].end };
    const lastWord = words[words.length - 1].toLowerCase();
    const coreTextLower = text.slice(tokens[m.coreFirst].start, tokens[m.coreLast].end).toLowerCase();
    const inside = ctx.names.entries.filter((e) => e.org && e.tokens.length > words.length && coreTextLower.includes(e.name.toLowerCase())).sort((x, y) => y.name.length - x.name.length)[0];
    const hit = inside ?? ctx.names.resolve(words, head.start, lex.orgWords);
    const honor = m.nameFirst > 0 && lex.honorifics.has(tokens[m.nameFirst - 1].lower);
    let name = words.join(' ');
    let role = m.role;
    if (hit && hit.tokens.length >= words.length) {
      if (hit.name !== name) evidence.push('coref:surname-to-full-name');
      name = hit.name;
      role = role ?? hit.role;
    }
    if (!role) {
      const prev = [...ctx.history].reverse().find((h) => h.name === name && h.role);
      if (prev) role = prev.role;
    }
    const fullLast = (hit && hit.tokens.length >= words.length ? hit.tokens[hit.tokens.length - 1] : lastWord).toLowerCase();
    const org = lex.orgWords.has(fullLast) || (words.length === 1 && !hit && !honor && !role && words[0] === words[0].toUpperCase());
    const kind: SourceKind = org ? 'group' : hit || honor || role || words.length >= 2 ? 'person' : 'group';
    // a name written after "The" is an organisation's, and keeps it ("The Islamic State")
    const theBefore = m.nameFirst > m.coreFirst && tokens[m.nameFirst - 1].lower === 'the' && !role;
    if (theBefore && !hit?.person) {
      return { start, end, head, name: hit && hit.name.toLowerCase().startsWith('the ') ? hit.name : `${tokens[m.nameFirst - 1].value} ${name}`, role: null, kind: 'group', evidence, named: true };
    }
    // an organisation keeps the "The" it is written with ("The New York Times")
    if (kind === 'group' && hit?.the) name = `The ${name}`;
    else if (kind === 'group' && !hit && m.nameFirst > 0 && tokens[m.nameFirst - 1].lower === 'the') name = `${tokens[m.nameFirst - 1].value} ${name}`;
    return { start, end, head, name, role, kind, evidence, named: true };
  }
  const headTok = tokens[m.headLast];
  const kind: SourceKind = lex.documentNouns.has(headTok.lower) ? 'document' : lex.personNouns.has(headTok.lower) ? 'person' : 'group';
  const head = { start: tokens[m.coreFirst].start, end: tokens[m.coreLast].end };
  // a capitalised head word of an organisation named in full elsewhere: "Court" → "Court of Appeals for …"
  if (isCap(headTok) && m.headLast === m.coreLast && lex.orgWords.has(headTok.lower)) {
    const org = ctx.names.resolve([headTok.value], start, lex.orgWords);
    if (org && org.tokens.length > 1) return { start, end, head, name: org.the ? `the ${org.name}` : org.name, role: null, kind: 'group', evidence: [...evidence, 'coref:word-to-organisation'], named: true };
  }
  // a definite description for someone named earlier: "the firm" → the organisation,
  // "the Liberal Democrat leader" → the person with that role
  const definite = tokens[m.coreFirst].lower === 'the' && !/s$/.test(headTok.lower) && (m.headLast === m.coreLast || lex.personNouns.has(headTok.lower) || lex.orgDescriptors.has(headTok.lower));
  // "The Times newspaper": the name inside names it
  if (lex.orgDescriptors.has(headTok.lower)) {
    let e = m.headLast - 1;
    while (e >= m.coreFirst && !isNameTok(tokens[e], lex)) e--;
    let f = e;
    while (f - 1 >= m.coreFirst && isNameTok(tokens[f - 1], lex)) f--;
    if (e >= m.coreFirst && e === m.headLast - 1) {
      const the = f > m.coreFirst && tokens[f - 1].lower === 'the' ? `${tokens[f - 1].value} ` : '';
      return { start, end, head, name: the + text.slice(tokens[f].start, tokens[e].end), role: null, kind: 'group', evidence: [...evidence, 'speaker:name-in-description'], named: true };
    }
  }
  // "the party": the last political party named before it
  if (definite && headTok.lower === 'party') {
    let best: { name: string; at: number } | null = null;
    // not a party named in its own sentence ("The party challenged the Tories": not the Tories)
    const sentence = ctx.doc.sentences[tokens[m.first].sentence];
    const own = text.slice(start, sentence.end);
    for (const p of lex.parties) {
      if (own.includes(p) || (p.endsWith('y') && own.includes(`${p.slice(0, -1)}ies`))) continue;
      const at = text.lastIndexOf(p, start);
      if (at >= 0 && (!best || at > best.at) && /\W/.test(text[at + p.length] ?? ' ')) best = { name: p, at };
    }
    if (best) return { start, end, head, name: best.name, role: null, kind: 'group', evidence: [...evidence, 'coref:description-to-party'], named: true };
  }
  // only a bare "the firm" points back; "the rights group" introduces someone new
  if (definite && m.headLast === m.coreFirst + 1 && !isCap(headTok) && lex.orgDescriptors.has(headTok.lower)) {
    const org = organisationFor(ctx, headTok.lower, start);
    if (org) return { start, end, head, name: org, role: null, kind: 'group', evidence: [...evidence, 'coref:description-to-organisation'], named: true };
  }
  if (definite && kind === 'person') {
    const description = text.slice(tokens[m.coreFirst + 1].start, tokens[m.coreLast].end);
    const who = ctx.names.byRole(description, start);
    if (who) return { start, end, head, name: who.name, role: who.role, kind: 'person', evidence: [...evidence, 'coref:description-to-role'], named: true };
    // "the Liberal Democrat leader said …" right after a named person spoke: the same person
    // (not "the prime minister's spokesman": someone else's, see below)
    const possessive = tokens.slice(m.coreFirst, m.coreLast + 1).some((x) => x.value === "'s" || x.value === '’s');
    if (m.coreLast - m.coreFirst >= 2 && !possessive) {
      const last = [...ctx.history].reverse().find((h) => h.kind === 'person' && h.named);
      if (last && start - last.at < 800) return { start, end, head, name: last.name, role: last.role ?? description, kind: 'person', evidence: [...evidence, 'coref:description-to-last-speaker'], named: true };
      // else the person named last before it, close by
      const named = ctx.names.lastBefore(start);
      if (named && start - named.at < 600) return { start, end, head, name: named.name, role: named.role ?? description, kind: 'person', evidence: [...evidence, 'coref:description-to-last-name'], named: true };
    }
  }
  // "the men", "the pair", "the three" after a list of names: that list
  if (tokens[m.coreFirst].lower === 'the' && m.headLast === m.coreLast && PLURAL_PEOPLE.has(headTok.lower)) {
    const list = [...ctx.history].reverse().find((h) => h.plural && h.named && / and /.test(h.name));
    if (list && start - list.at < 2000) return { start, end, head, name: list.name, role: null, kind: 'group', evidence: [...evidence, 'coref:description-to-list'], named: true };
  }
  // "the spokesman" → "Cameron’s spokesman", the fuller description written elsewhere in the article
  if (definite && lex.personNouns.has(headTok.lower) && m.headLast === m.coreLast) {
    const re = new RegExp(`\\p{Lu}[\\p{L}-]*(?: \\p{Lu}[\\p{L}-]*){0,2}['’]s ${headTok.lower}\\b`, 'gu');
    let pick: string | null = null;
    let after: string | null = null;
    for (const x of text.matchAll(re)) {
      if ((x.index ?? 0) < start) pick = x[0];
      else after ??= x[0];
    }
    const full = pick ?? after;
    if (full) return { start, end, head, name: full, role: null, kind: 'person', evidence: [...evidence, 'coref:description-to-fuller-description'], named: false };
  }
  evidence.push(kind === 'document' ? 'speaker:document' : 'speaker:group');
  return { start, end, head, name: coreText, role: m.role, kind, evidence };
}

type Gender = 'f' | 'm' | null;

/**
 * The organisation a description like "the firm" stands for: an organisation whose name holds the
 * descriptor ("the bank" → "Bank of England"), else the most salient candidate among earlier
 * speakers and names (mentions sharing its words, a bonus for having spoken).
 */
function organisationFor(ctx: Ctx, descriptor: string, at: number): string | null {
  const withWord = ctx.names.entries.filter((e) => e.at < at && e.org && e.tokens.some((t) => t.toLowerCase() === descriptor));
  if (withWord.length) {
    const e = withWord[withWord.length - 1];
    return e.the ? `The ${e.name}` : e.name;
  }
  const spoke = [...ctx.history].reverse().find((h) => h.named && h.kind === 'group');
  const named = ctx.names.lastOrg(at);
  if (spoke && named) {
    // prefer whichever the article mentions more
    const count = (name: string) => ctx.names.entries.filter((e) => e.at < at && name.toLowerCase().includes(e.tokens[e.tokens.length - 1].toLowerCase())).length;
    return count(spoke.name) + 1 >= count(named.name) ? spoke.name : named.the ? `The ${named.name}` : named.name;
  }
  if (spoke) return spoke.name;
  return named ? (named.the ? `The ${named.name}` : named.name) : null;
}

/** A speaker that can be an organisation: a group, or a name with no role and no gender cue ("Krispy Kreme"). */
function canBeOrganisation(h: Ctx['history'][number]): boolean {
  return h.kind === 'group' || (h.kind === 'person' && h.named === true && !h.role && h.gender === null && !h.plural);
}

/** Gender from the words of a mention and of the name's other mentions: honorifics, nouns, first names. */
function genderOf(ctx: Ctx, m: Mention): Gender {
  if (m.kind !== 'person') return null;
  const { lex, text } = ctx;
  const words = [
    ...text.slice(Math.max(0, m.start - 12), m.end).toLowerCase().split(/[^\p{L}.]+/u),
    ...(m.role ?? '').toLowerCase().split(/\s+/),
    ...m.name.toLowerCase().split(/\s+/).slice(0, 1),
  ];
  for (const w of words) {
    const g = lex.markerGender.get(w) ?? lex.pronounGender.get(w);
    if (g) return g;
  }
  const first = m.name.split(/\s+/)[0]?.toLowerCase() ?? '';
  return lex.nameGender.get(first) ?? null;
}

/* ------------------------------------------------------------------- main */

export function attribute(doc: Doc, lex: Lexicon, opts: AttributeOptions): Doc {
  const quotes = doc.quotes;
  let qi = 0;
  const inQuote = (offset: number): Quote | null => {
    // offsets are asked in mostly increasing order; fall back to a scan
    if (qi >= quotes.length || quotes[qi].start > offset) qi = 0;
    while (qi < quotes.length && quotes[qi].end < offset) qi++;
    for (let k = qi; k < quotes.length && quotes[k].start <= offset; k++) {
      if (offset >= quotes[k].start && offset < quotes[k].end) return quotes[k];
    }
    return null;
  };
  const base = { doc, lex, tokens: doc.tokens, text: doc.text, history: [], inQuote, groups: 0 };
  const ctx: Ctx = { ...base, names: buildNameIndex(base) };
  const claims: Claim[] = [];

  doc.sentences.forEach((s, si) => {
    const [sFirst, sEnd] = s.tokens;
    const sLast = sEnd - 1;
    const cues = findCues(ctx, sFirst, sLast, s.headline);
    // resolve speakers in text order; inherited ones take the clause subject
    const bySpeaker = new Map<string, { mention: Mention | null; cues: FoundCue[] }>();
    let lastMention: Mention | null = null;
    let outer: { key: string; fc: FoundCue } | null = null;
    for (let c = 0; c < cues.length; c++) {
      const fc = cues[c];
      // a cue inside what an earlier source reports ("the mayor said the council lost because it
      // denied residents a hearing") is part of that statement, not a claim of its own
      if (outer && fc.mention && !fc.cue.rule.startsWith('cue:phrase') && nestedUnder(ctx, outer.fc, fc)) {
        bySpeaker.get(outer.key)?.cues.push(fc);
        continue;
      }
      let mention: Mention | null = null;
      if (fc.mention) mention = resolveMention(ctx, fc.mention);
      else if (fc.inherit) {
        const prior = lastMention as Mention | null;
        if (prior) mention = { ...prior, evidence: [...prior.evidence, 'speaker:same-clause'] };
        else {
          const subj = clauseSubject(ctx, sFirst, fc.first);
          if (subj) mention = resolveMention(ctx, subj);
        }
      }
      // a participial or coordinated cue whose subject cannot be found still reports a statement
      if (!mention && !fc.inherit) continue;
      const key = mention ? mention.name.toLowerCase() : '';
      if (!outer && mention && fc.content === null && !fc.cue.rule.startsWith('cue:phrase:according-to')) outer = { key, fc };
      const entry = bySpeaker.get(key);
      if (entry) entry.cues.push(fc);
      else bySpeaker.set(key, { mention, cues: [fc] });
      if (mention) {
        lastMention = mention;
        ctx.history.push({ name: mention.name, role: mention.role, kind: mention.kind, plural: isPlural(ctx, mention), at: mention.start, named: mention.named, gender: genderOf(ctx, mention) });
      }
    }
    const entries = [...bySpeaker.values()];
    entries.forEach((en, ei) => {
      const firstCue = en.cues[0];
      const nextOther = entries[ei + 1]?.cues[0];
      const own = new Set<number>();
      for (const c of en.cues) for (let k = c.first; k <= c.last; k++) own.add(k);
      const range = contentFor(ctx, firstCue, sFirst, sLast, nextOther ? Math.min(nextOther.first, nextOther.mention?.first ?? nextOther.first) : Infinity, own);
      if (!range) return;
      const [a, b] = range;
      const group = `g${++ctx.groups}`;
      claims.push({
        sentence: si,
        group,
        label: en.cues[0].cue.label,
        confidence: 0,
        speaker: en.mention,
        cue: { start: verbGroupStart(ctx, firstCue, sFirst), end: firstCue.cue.end },
        content: { start: doc.tokens[a].start, end: doc.tokens[b].end },
        cues: en.cues.map((x) => x.cue),
        evidence: [...en.cues.map((x) => x.cue.rule), ...(en.mention ? en.mention.evidence : ['speaker:none-found'])],
      });
    });
  });

  doc.claims = opts.followOnQuotes ? carryQuotes(ctx, claims) : claims;
  return doc;
}

function isPlural(ctx: Ctx, m: Mention): boolean {
  if (m.kind === 'person') return false;
  const last = ctx.doc.text.slice(m.head.start, m.head.end).split(/\s+/).pop() ?? '';
  return /s$/i.test(last) || / and /.test(m.name) || ctx.lex.pluralPronouns.has(last.toLowerCase());
}

/** Reporting verbs whose object is a clause, with or without "that". */
const CLAUSE_VERBS = new Set(['say', 'tell', 'claim', 'believe', 'think', 'argue', 'insist', 'add', 'note', 'write', 'state', 'warn', 'suggest', 'report', 'explain', 'admit', 'acknowledge', 'announce', 'predict', 'fear', 'hope', 'expect', 'know', 'maintain', 'contend', 'allege', 'assert', 'declare', 'confirm', 'reveal', 'indicate', 'recall', 'stress', 'emphasise', 'emphasize']);
const SUBORDINATORS = new Set(['that', 'because', 'if', 'since', 'after', 'before', 'although', 'though', 'when', 'whether', 'how', 'why', 'unless', 'until']);

/** Is cue `inner` (with its own subject) inside a clause that `outer`'s verb introduces? */
function nestedUnder(ctx: Ctx, outer: FoundCue, inner: FoundCue): boolean {
  const { tokens } = ctx;
  const start = inner.mention ? Math.min(inner.mention.first, inner.first) : inner.first;
  if (start <= outer.last) return false;
  // the statement runs from the outer verb to the inner one without a new main clause
  let sub = false;
  for (let k = outer.last + 1; k < start; k++) {
    const t = tokens[k];
    if (t.value === ';' || (t.pos === 'CCONJ' && tokens[k - 1]?.value === ',') || t.lower === 'while' || t.lower === 'whereas' || t.lower === 'but') return false;
    if (SUBORDINATORS.has(t.lower)) sub = true;
  }
  // "X said the council lost": a clause follows the verb directly, as in "said (that) …"
  if (!sub && CLAUSE_VERBS.has(tokens[outer.last].lemma)) {
    const first = tokens[outer.last + 1];
    sub = first !== undefined && (first.pos === 'DET' || first.pos === 'PRON' || first.pos === 'PROPN' || first.pos === 'NOUN') && inner.mention !== null && inner.mention.first > outer.last + 1;
  }
  return sub;
}

/** The main clause's subject: the noun phrase before the first finite verb after any opening adverbial. */
function clauseSubject(ctx: Ctx, sFirst: number, before: number): FoundMention | null {
  const { tokens } = ctx;
  let start = sFirst;
  // skip an opening adverbial that ends in a comma ("Earlier,", "At the same time,")
  for (let k = sFirst; k < before && k < sFirst + 30; k++) {
    if (tokens[k].value === ',') { start = k + 1; break; }
    if (tokens[k].pos === 'VERB' || tokens[k].pos === 'AUX') {
      if (k === sFirst || tokens[k].lower.endsWith('ing')) continue;
      break;
    }
  }
  for (let k = start; k < before; k++) {
    if ((tokens[k].pos === 'VERB' || tokens[k].pos === 'AUX') && !isCap(tokens[k])) {
      // back over adverbs and auxiliaries to the subject: "Mitt Romney largely ran"
      let j = k - 1;
      while (j >= start && (tokens[j].pos === 'ADV' || tokens[j].pos === 'AUX' || SUBJECT_SKIP_AUX.has(tokens[j].lower))) j--;
      const a = j >= start ? npLeft(ctx, j, start) : -1;
      return a >= 0 ? makeMention(ctx, a, j, 'speaker:main-clause-subject', null) : null;
    }
  }
  return null;
}

/**
 * Quotations that outlast their sentence: every sentence inside a quotation
 * of a claim gets a claim with the same speaker and cue; a sentence that opens
 * with a quotation right after a speaker's quoted claim carries that speaker on.
 */
function carryQuotes(ctx: Ctx, claims: Claim[]): Claim[] {
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
  // 1. multi-sentence quotations: one claim per sentence, same speaker and cue
  for (const c of claims) {
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
    // the previous sentence's claim whose content holds a quotation
    const prevClaims = bySentence.get(si - 1) ?? [];
    const prev = prevClaims.find((c) => c.speaker && quotesIn(c.content).length > 0);
    if (!prev || !prev.speaker) continue;
    const prevSent = doc.sentences[si - 1];
    if (s.paragraph - prevSent.paragraph > 1) continue;
    const first = doc.tokens[s.tokens[0]];
    let end = s.end;
    const lastTok = doc.tokens[s.tokens[1] - 1];
    if (lastTok.value === '.' || lastTok.value === '!' || lastTok.value === '?') end = lastTok.start;
    const c: Claim = {
      sentence: si,
      // a quotation that opens a new paragraph is a new statement of the same speaker
      group: s.paragraph === prevSent.paragraph ? prev.group : `g${++ctx.groups}`,
      label: 'assertion',
      confidence: 0,
      speaker: { ...prev.speaker, evidence: [...prev.speaker.evidence] },
      cue: null,
      content: { start: first.start, end },
      cues: [],
      evidence: ['speaker:follow-on-quote'],
    };
    result.push(c);
    bySentence.set(si, [c]);
  }
  result.sort((x, y) => x.sentence - y.sentence || x.content.start - y.content.start);
  return result;
}
