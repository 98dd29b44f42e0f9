/**
 * Lexicons compiled once per pipeline into lookup sets: the hot path asks
 * `Set.has` and `Map.get`, never scans arrays.
 */
import type { Label } from '../types.ts';
import type { LabelPhrases, Pipeline } from '../pipeline.ts';

export interface Phrase {
  words: string[];
  label: Label;
  rule: string;
  cue: [number, number];
  /** The speaker is a possessive: "in his words", "in Smith's words" (not "in other words"). */
  possessive?: boolean;
}

export interface Lexicon {
  verbLabel: Map<string, Label>;
  nounLabel: Map<string, Label>;
  lightVerbs: Set<string>;
  complementVerbs: Set<string>;
  /** verbs that give a thing its name (cues.json namingVerbs) */
  namingVerbs: Set<string>;
  questionComplementVerbs: Set<string>;
  adjectiveComplementVerbs: Set<string>;
  notNamingAdjectives: Set<string>;
  /** Verbs of judging whose passive with its agent ("has been criticised by X") is a statement of X. */
  passiveAgentCues: Set<string>;
  makeKnown: { verbs: Set<string>; adjectives: Set<string> };
  actOnlyWith: Map<string, { next: Set<string>; objects: Set<string>; afterObject: Set<string> }>;
  sourceOnlyForms: Set<string>;
  notCueAfter: Set<string>;
  /** Word sequences that extend a verb cue ("in a statement"). */
  cueExtensions: string[][];
  /** Every word findCues looks up (verbs, nouns, naming verbs): a word outside it is no cue. */
  cueWords: Set<string>;
  /** Verbs that cue a claim only before a complement clause. */
  needComplement: Set<string>;
  /** Verbs that cue only before one of these words, which join the cue ("talked about"). */
  prepositionCues: Map<string, Set<string>>;
  /** Verbs whose complement may be a gerund clause ("fear creating"). */
  gerundComplementVerbs: Set<string>;
  /** Verbs whose complement may be a name and a gerund ("showed Mr. Trump losing"). */
  smallClauseVerbs: Set<string>;
  /** Verbs that need a complement but for a finding's subject, which may take a bare object ("a poll shows Clinton ahead"). */
  findingVerbs: Set<string>;
  /** Head nouns of sources that report findings (polls, surveys, data). */
  findingNouns: Set<string>;
  /** Verbs whose passive takes the addressee as subject ("He's told …"). */
  addresseeVerbs: Set<string>;
  /** Verbs whose object pronoun and verb after it are a perception ("has seen him win"). */
  perceptionVerbs: Set<string>;
  /** Verbs that before "it", an adjective and "to", or a reflexive, tell what the subject finds hard or easy, or finds itself in ("found it difficult to satisfy", "found itself in trouble"). */
  difficultyVerbs: Set<string>;
  /** Spellings that wink lemmatises to a reporting verb but are no form of it ("seed" is not "see"). */
  notCueForms: Set<string>;
  /** Verbs whose past and modal forms tell what the subject went through ("Electrolux saw its shares rise"). */
  experienceVerbs: Set<string>;
  /** Reporting nouns that cue a claim in a headline after its source ("Fed chief warning on US deficit"). */
  headlineNouns: Set<string>;
  /** Verbs whose subject may be a time that saw something happen, not a source ("2004 saw a rise"). */
  timeSubjectVerbs: Set<string>;
  /** Verb lemmas, each with the words that follow it, after which a to-infinitive cue is the subject's statement ("went on to say"). */
  infinitiveLeads: Array<string[]>;
  /** Verbs that cue only before one of these words, which stay outside the cue ("declined to"). */
  cueNeedsNext: Map<string, Set<string>>;
  /** Verbs that are no cue right before one of these words, or an amount for "NUM" ("added to her lead", "added 5.3%"). */
  cueNeverBefore: Map<string, Set<string>>;
  /** Verbs that are no cue when their object's head is one of these words ("claimed the title"), or a distance ("the 200m"). */
  cueNeverWithObject: Map<string, Set<string>>;
  /** Verbs whose participle right after its noun and before one of these words is a reduced passive ("Labour accused of …"). */
  passiveBefore: Map<string, Set<string>>;
  /** Verbs that report nothing before only "from" and a place name: the writer's byline ("Costa reported from Washington."). */
  bylineVerbs: Set<string>;
  /** Verbs of voiced support that cue an assertion only in a headline, after its source's name ("Straw backs ending China embargo"). */
  headlineVerbs: Set<string>;
  /** Nouns that take up the statement before a comma as the object of a closing cue ("…, a charge he denies."). */
  resumptiveNouns: Set<string>;
  /** The writer's sentence-opening linking words ("Still,", "In contrast,"), lower case, as word sequences. */
  writerConnectives: Set<string>;
  /** Bare verbs that, set off by commas with no subject, are discourse markers ("than, say, hooking them"). */
  discourseVerbs: Set<string>;
  /** Verbs of authorship: with a text as object and nothing said after it, no statement ("wrote the letter"). */
  authorshipVerbs: Set<string>;
  /** Auxiliaries and adverbs right before a verb cue that its reported span takes in ("has also said"). */
  verbGroup: Set<string>;
  phrases: Phrase[];
  /** Phrases by their first word (lower case), in lexicon order. */
  phrasesByFirst: Map<string, Phrase[]>;
  titles: Set<string>;
  honorifics: Set<string>;
  /** Plural nouns for people that do not end in s (police, people, staff). */
  collectivePlurals: Set<string>;
  /** Styles before a full name (Sir, Dame): honorifics too, but a first name follows them. */
  styles: Set<string>;
  groupNouns: Set<string>;
  documentNouns: Set<string>;
  /** Texts and broadcasts that say what a participle after them reports ("a letter saying"). */
  mediaNouns: Set<string>;
  /** Where or in what a statement was made ("In an interview, …"). */
  occasionNouns: Set<string>;
  /** Head nouns after an outlet's name that name it alone ("The Times newspaper"). */
  outletNouns: Set<string>;
  orgWords: Set<string>;
  personNouns: Set<string>;
  orgDescriptors: Set<string>;
  namedDescriptors: Set<string>;
  /** Descriptors of a business ("the company"), and the words of a public body's name, which they never stand for. */
  firmDescriptors: Set<string>;
  publicBodyWords: Set<string>;
  pressDescriptors: Set<string>;
  pressNameWords: Set<string>;
  parties: string[];
  venueNouns: Set<string>;
  /** Adjective + preposition after a source's head ("close to", "familiar with"), keyed by the preposition: the adjectives before it. */
  sourceModifiers: Map<string, Set<string>>;
  personPronouns: Set<string>;
  pluralPronouns: Set<string>;
  thingPronouns: Set<string>;
  firstPerson: Set<string>;
  notSpeakers: Set<string>;
  /** Gender cues: pronouns, markers (honorifics, nouns) and first names, each to 'f' or 'm'. */
  pronounGender: Map<string, 'f' | 'm'>;
  markerGender: Map<string, 'f' | 'm'>;
  nameGender: Map<string, 'f' | 'm'>;
  /** Names of places, lower case (places.json): a capitalised word among them names no organisation. */
  places: Set<string>;
  /** Content phrases by label, as regular expressions over normalised text (labelText). */
  contentPhrases: ContentPhrase[];
  /** The content phrases a text can match, found from its words (see LeadIndex). */
  phraseIndex: LeadIndex;
  /** Everything else classify needs: scopes, exceptions, cue overrides (label-phrases.json). */
  labelRules: LabelRules;
}

const cache = new WeakMap<Pipeline, Lexicon>();

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A phrase as a regular expression body: words separated by white space; '*' alone is any one word, 'word*' any ending. */
function phraseBody(phrase: string): string {
  return phrase
    .toLowerCase()
    .split(/\s+/)
    .map((w) => (w === '*' ? "[\\p{L}\\p{N}'’-]+" : w.endsWith('*') ? `${escape(w.slice(0, -1))}[\\p{L}'’-]*` : escape(w)))
    .join('\\s+');
}

function genderMap(f: string[] = [], m: string[] = []): Map<string, 'f' | 'm'> {
  const out = new Map<string, 'f' | 'm'>();
  const fs = new Set(f.map((w) => w.toLowerCase()));
  const ms = new Set(m.map((w) => w.toLowerCase()));
  // a word in both lists tells nothing
  for (const w of fs) if (!ms.has(w)) out.set(w, 'f');
  for (const w of ms) if (!fs.has(w)) out.set(w, 'm');
  return out;
}

function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = out.get(k);
    if (list) list.push(item);
    else out.set(k, [item]);
  }
  return out;
}

/** Two-word phrases keyed by their last word, each with the first words it may follow. */
function byLastWord(phrases: string[]): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const ph of phrases) {
    const [a, b] = ph.toLowerCase().split(/\s+/);
    if (!b) continue;
    if (!out.has(b)) out.set(b, new Set());
    out.get(b)!.add(a);
  }
  return out;
}

export function compileLexicon(p: Pipeline): Lexicon {
  const hit = cache.get(p);
  if (hit) return hit;
  const verbLabel = new Map<string, Label>();
  const nounLabel = new Map<string, Label>();
  // later labels override earlier ones: assertion < warning < denial
  for (const label of ['assertion', 'warning', 'denial'] as Label[]) {
    for (const v of p.cues.verbs[label] ?? []) verbLabel.set(v.toLowerCase(), label);
    for (const n of p.cues.nouns[label] ?? []) nounLabel.set(n.toLowerCase(), label);
  }
  const labelRules = compileLabelRules(p.labels);
  const contentPhrases = labelRules.phrases;
  const phrases = p.cues.phrases.map((ph) => ({ ...ph, words: ph.words.map((w) => (w === 'SPK' || w === 'QUOTE' ? w : w.toLowerCase())), label: ph.label as Label }));
  const lex: Lexicon = {
    verbLabel,
    nounLabel,
    lightVerbs: new Set(p.cues.lightVerbs),
    cueWords: new Set([...verbLabel.keys(), ...nounLabel.keys(), ...(p.cues.headlineVerbs ?? []), ...p.cues.complementVerbs, ...(p.cues.makeKnown?.verbs ?? []), 'call', ...(p.titles.venueNouns?.length ? ['hear'] : [])]),
    complementVerbs: new Set(p.cues.complementVerbs),
    namingVerbs: new Set(p.cues.namingVerbs ?? []),
    questionComplementVerbs: new Set(p.cues.questionComplementVerbs ?? []),
    adjectiveComplementVerbs: new Set(p.cues.adjectiveComplementVerbs ?? []),
    notNamingAdjectives: new Set(p.cues.notNamingAdjectives ?? []),
    passiveAgentCues: new Set(p.cues.passiveAgentCues ?? []),
    makeKnown: { verbs: new Set(p.cues.makeKnown?.verbs ?? []), adjectives: new Set(p.cues.makeKnown?.adjectives ?? []) },
    actOnlyWith: new Map(Object.entries(p.cues.actOnlyWith ?? {}).map(([v, w]) => [v, { next: new Set(w.next), objects: new Set(w.objects), afterObject: new Set(w.afterObject ?? []) }])),
    sourceOnlyForms: new Set((p.cues.sourceOnlyForms ?? []).map((w) => w.toLowerCase())),
    notCueAfter: new Set(p.cues.notCueAfter),
    cueExtensions: (p.cues.cueExtensions ?? []).map((e) => e.toLowerCase().split(/\s+/)),
    needComplement: new Set(p.cues.needComplement ?? []),
    prepositionCues: new Map(Object.entries(p.cues.prepositionCues ?? {}).map(([k, v]) => [k, new Set(v)])),
    smallClauseVerbs: new Set(p.cues.smallClauseVerbs ?? []),
    findingVerbs: new Set(p.cues.findingVerbs ?? []),
    findingNouns: new Set((p.cues.findingNouns ?? []).map((w) => w.toLowerCase())),
    addresseeVerbs: new Set(p.cues.addresseeVerbs ?? []),
    perceptionVerbs: new Set(p.cues.perceptionVerbs ?? []),
    difficultyVerbs: new Set(p.cues.difficultyVerbs ?? []),
    notCueForms: new Set(p.cues.notCueForms ?? []),
    experienceVerbs: new Set(p.cues.experienceVerbs ?? []),
    headlineNouns: new Set(p.cues.headlineNouns ?? []),
    timeSubjectVerbs: new Set(p.cues.timeSubjectVerbs ?? []),
    infinitiveLeads: (p.cues.infinitiveLeads ?? []).map((x) => x.toLowerCase().split(/\s+/)),
    gerundComplementVerbs: new Set(p.cues.gerundComplementVerbs ?? []),
    cueNeedsNext: new Map(Object.entries(p.cues.cueNeedsNext ?? {}).map(([k, v]) => [k, new Set(v)])),
    cueNeverBefore: new Map(Object.entries(p.cues.cueNeverBefore ?? {}).map(([k, v]) => [k, new Set(v)])),
    cueNeverWithObject: new Map(Object.entries(p.cues.cueNeverWithObject ?? {}).map(([k, v]) => [k, new Set(v)])),
    passiveBefore: new Map(Object.entries(p.cues.passiveBefore ?? {}).map(([k, v]) => [k, new Set(v)])),
    bylineVerbs: new Set(p.cues.bylineVerbs ?? []),
    headlineVerbs: new Set(p.cues.headlineVerbs ?? []),
    resumptiveNouns: new Set((p.cues.resumptiveNouns ?? []).map((w) => w.toLowerCase())),
    writerConnectives: new Set((p.cues.writerConnectives ?? []).map((w) => w.toLowerCase())),
    discourseVerbs: new Set(p.cues.discourseVerbs ?? []),
    authorshipVerbs: new Set(p.cues.authorshipVerbs ?? []),
    verbGroup: new Set([...(p.cues.verbGroup?.auxiliaries ?? []), ...(p.cues.verbGroup?.adverbs ?? [])].map((w) => w.toLowerCase())),
    phrases,
    phrasesByFirst: groupBy(phrases, (ph) => ph.words[0]),
    titles: new Set(p.titles.titles.map((t) => t.toLowerCase())),
    honorifics: new Set([...p.titles.honorifics, ...(p.titles.styles ?? [])].map((t) => t.toLowerCase())),
    styles: new Set((p.titles.styles ?? []).map((t) => t.toLowerCase())),
    collectivePlurals: new Set((p.titles.collectivePlurals ?? []).map((t) => t.toLowerCase())),
    groupNouns: new Set(p.titles.groupNouns.map((t) => t.toLowerCase())),
    documentNouns: new Set(p.titles.documentNouns.map((t) => t.toLowerCase())),
    mediaNouns: new Set((p.titles.mediaNouns ?? []).map((t) => t.toLowerCase())),
    occasionNouns: new Set((p.titles.occasionNouns ?? []).map((t) => t.toLowerCase())),
    outletNouns: new Set((p.titles.outletNouns ?? []).map((t) => t.toLowerCase())),
    orgWords: new Set(p.titles.orgWords.map((t) => t.toLowerCase())),
    personNouns: new Set((p.titles.personNouns ?? []).map((t) => t.toLowerCase())),
    orgDescriptors: new Set((p.titles.orgDescriptors ?? []).map((t) => t.toLowerCase())),
    namedDescriptors: new Set((p.titles.namedDescriptors ?? []).map((t) => t.toLowerCase())),
    firmDescriptors: new Set((p.titles.firmDescriptors ?? []).map((t) => t.toLowerCase())),
    publicBodyWords: new Set((p.titles.publicBodyWords ?? []).map((t) => t.toLowerCase())),
    pressDescriptors: new Set((p.titles.pressDescriptors ?? []).map((t) => t.toLowerCase())),
    pressNameWords: new Set((p.titles.pressNameWords ?? []).map((t) => t.toLowerCase())),
    parties: p.titles.parties ?? [],
    venueNouns: new Set((p.titles.venueNouns ?? []).map((w) => w.toLowerCase())),
    sourceModifiers: byLastWord(p.titles.sourceModifiers ?? []),
    personPronouns: new Set(p.pronouns.person),
    pluralPronouns: new Set(p.pronouns.plural),
    thingPronouns: new Set(p.pronouns.thing),
    firstPerson: new Set(p.pronouns.firstPerson),
    notSpeakers: new Set(p.pronouns.notSpeakers),
    pronounGender: genderMap(p.pronouns.feminine, p.pronouns.masculine),
    markerGender: genderMap(p.pronouns.femaleMarkers, p.pronouns.maleMarkers),
    // hand-made names (pronouns.json) win over the generated list (first-names.json)
    nameGender: new Map([...genderMap(p.firstNames.female, p.firstNames.male), ...genderMap(p.pronouns.femaleNames, p.pronouns.maleNames)]),
    places: new Set(p.places),
    contentPhrases,
    phraseIndex: new LeadIndex(contentPhrases),
    labelRules,
  };
  cache.set(p, lex);
  return lex;
}

/* ---------- Label phrases (label-phrases.json), compiled for classify ---------- */

/** A content phrase; `re` is global (use matchAll). `kind` tells how a match is checked. */
export interface ContentPhrase {
  label: Label;
  phrase: string;
  re: RegExp;
  kind: 'phrase' | 'construction' | 'opening';
  /** `re` made sticky: a match exactly at lastIndex. */
  sticky: RegExp;
  /**
   * The words a match can start with (for a construction, the first words of
   * its triggers); `prefix` for a word that ends in `*`. Null when any word can
   * start a match (a phrase that opens with `*`): then it is always tried.
   */
  leads: Lead[] | null;
}

export interface Lead {
  word: string;
  prefix: boolean;
}

/** The leads of a list of phrases: the first letters-and-digits run of each one's first word. */
function leadsOf(phrases: string[]): Lead[] | null {
  const out: Lead[] = [];
  for (const phrase of phrases) {
    const first = labelText(phrase).trim().split(' ')[0] ?? '';
    const m = /^[\p{L}\p{N}]+/u.exec(first);
    if (!m) return null;
    out.push({ word: m[0], prefix: first[m[0].length] === '*' });
  }
  return out;
}

/** A phrase a text may match, and the offsets a match can start at (null: anywhere). */
export interface Candidate {
  phrase: ContentPhrase;
  starts: number[] | null;
}

/**
 * An index of content phrases by the words that can start a match: the
 * phrases a text can match are those led by one of its words (exactly, or by
 * prefix), plus those that any word can lead. Candidates come back in
 * lexicon order with the offsets of their lead words, so that trying them
 * there gives the same result as scanning the text with every phrase.
 */
export class LeadIndex {
  private readonly exact = new Map<string, number[]>();
  /** prefix leads by their first two letters */
  private readonly prefixes = new Map<string, Array<{ prefix: string; phrase: number }>>();
  private readonly always: number[] = [];

  constructor(private readonly phrases: ContentPhrase[]) {
    phrases.forEach((p, i) => {
      if (!p.leads) return void this.always.push(i);
      for (const { word, prefix } of p.leads) {
        if (!prefix) {
          const list = this.exact.get(word) ?? [];
          if (!list.includes(i)) list.push(i);
          this.exact.set(word, list);
        } else {
          const k = word.slice(0, 2);
          const list = this.prefixes.get(k) ?? [];
          list.push({ prefix: word, phrase: i });
          this.prefixes.set(k, list);
        }
      }
    });
  }

  /**
   * The phrases that may match a labelText'ed text, in lexicon order, each with
   * the offsets of its lead words in the text (ascending). Words are runs of
   * letters and digits, found by one scan of the text.
   */
  candidates(text: string): Candidate[] {
    const hit = new Map<number, number[]>();
    const add = (i: number, at: number) => {
      const list = hit.get(i);
      if (!list) hit.set(i, [at]);
      else if (list[list.length - 1] !== at) list.push(at);
    };
    const n = text.length;
    let k = 0;
    while (k < n) {
      let w = wordCharWidth(text, k);
      if (!w) {
        k++;
        continue;
      }
      const start = k;
      do k += w;
      while (k < n && (w = wordCharWidth(text, k)));
      const word = text.slice(start, k);
      const e = this.exact.get(word);
      if (e) for (const i of e) add(i, start);
      const ps = this.prefixes.get(word.slice(0, 2));
      if (ps) for (const { prefix, phrase } of ps) if (word.startsWith(prefix)) add(phrase, start);
    }
    for (const i of this.always) hit.set(i, []);
    return [...hit]
      .sort((a, b) => a[0] - b[0])
      .map(([i, at]) => ({
        phrase: this.phrases[i],
        // an opening is anchored at the start of the text, not at its lead word
        starts: !this.phrases[i].leads || this.phrases[i].kind === 'opening' ? null : at,
      }));
  }
}

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
/** How many UTF-16 units the letter or digit at `k` takes (0: not a letter or digit). */
function wordCharWidth(text: string, k: number): number {
  const c = text.charCodeAt(k);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90) ? 1 : 0;
  const cp = text.codePointAt(k)!;
  const ch = String.fromCodePoint(cp);
  return LETTER_OR_DIGIT.test(ch) ? ch.length : 0;
}

/** Optional parts of label-phrases.json beyond the phrase lists (pipeline.ts types the core). */
interface LabelPhrasesFile extends LabelPhrases {
  denialConstructions?: { triggers: string[]; targets: string[]; window?: number };
  wrongdoingDenials?: { triggers: string[]; gapWords: string[]; targets: string[]; window?: number };
  openings?: Partial<Record<'denial' | 'warning', string[]>>;
  exceptions?: Partial<Record<'denial' | 'warning', string[]>>;
  worseningConstructions?: { problems: string[]; modals: string[]; growth: string[] };
  conditionalConstructions?: { conditions: string[]; modals: string[]; window?: number };
  firstPersonActs?: { subjects: string[] } & Partial<Record<'denial' | 'warning', string[]>>;
  accusationCues?: string[];
  predictionCues?: string[];
  harm?: string[];
  cueLabels?: Record<string, Label>;
  negators?: string[];
  modals?: string[];
  coordinators?: string[];
  subjectSkip?: string[];
  embeddedReports?: { verbs: string[]; notSubjects: string[] };
  attributive?: { words: string[]; predicativeNext: string[] };
}

export interface LabelRules {
  phrases: ContentPhrase[];
  /** Per label, spans that cancel a phrase match ending inside them ("went wrong", "tax cuts"). */
  exceptions: Partial<Record<Label, RegExp>>;
  /** Cue lemmas whose content is someone else's wrongdoing: content denial phrases do not count. */
  accusationCues: Set<string>;
  /** Cue lemmas of forecasts: a harm word in their content makes a warning. */
  predictionCues: Set<string>;
  harm: RegExp | null;
  /** Cue lemmas whose label is not the lexicon's ("derided" is criticism, an assertion). */
  cueLabels: Map<string, Label>;
  negators: Set<string>;
  /** Modals: a cue after one is the source's stance ("he would refuse"), not a reported event. */
  modals: Set<string>;
  /** Words that join a cue's clause to the source's own ("and", "who"): such a cue is the source's act. */
  coordinators: Set<string>;
  /** Words skipped when looking for a cue's own subject or negation (auxiliaries, adverbs). */
  subjectSkip: Set<string>;
  /** Reporting verbs inside the content, and the words that are not their own subject (the source's "I"/"we", conjunctions). */
  embedded: { verbs: RegExp; notSubjects: Set<string> } | null;
  /** Denial words that before a noun only describe it ("illegal immigrants"), and the words after which they still deny ("illegal because"). */
  attributive: { words: Set<string>; predicativeNext: Set<string> };
  /** A warning construction's outcome that something is kept from or mended ("will rescue the nation from the … disaster", "will reduce the number of piracy problems"): matched on the construction's span, it averts harm, warns of none. */
  averting: RegExp | null;
}

/**
 * The text label phrases are matched on: lower case, curly apostrophes
 * straightened, contractions spelt out ("won't" → "will not", "I'm" → "i am"),
 * quotation marks and dashes dropped. Phrases are normalised the same way.
 */
export function labelText(s: string): string {
  let t = s.toLowerCase();
  // the apostrophe rules do nothing in a text without one: skip them there ("cannot" has none)
  const apostrophes = /['’‘`´]/.test(t);
  if (apostrophes || t.includes('cannot')) t = t.replace(/[’‘`´]/g, "'").replace(CONTRACTION, (m) => CONTRACTIONS[m]);
  t = t.replace(/["“”«»„]|''/g, ' ');
  if (apostrophes) t = t.replace(/(^|[^\p{L}\p{N}])'|'(?![\p{L}\p{N}])/gu, '$1 ');
  return t.replace(/[—–]|\.\.\.|…/g, ' , ').replace(/\s+/g, ' ');
}

/** Whole-word contractions, then endings: one pass, the leftmost match first, as the rules applied in turn gave. */
const CONTRACTIONS: Record<string, string> = {
  "won't": 'will not', "can't": 'can not', cannot: 'can not', "shan't": 'shall not', "ain't": 'is not',
  "n't": ' not', "'m": ' am', "'re": ' are', "'ll": ' will', "'ve": ' have', "'d": ' would',
};
const CONTRACTION = /\b(?:won't|can't|cannot|shan't|ain't)\b|n't\b|'(?:m|re|ll|ve|d)\b/g;

const phraseRe = (phrase: string) => phraseBody(labelText(phrase).trim());
/** Like `bounded`, but a hyphen also continues a word: 'loss' does not match in 'loss-making'. */
const wordBounded = (body: string) => `(?<![\\p{L}\\p{N}-])(?:${body})(?![\\p{L}\\p{N}]|-[\\p{L}\\p{N}])`;
const alternation = (list: string[]) => list.map(phraseRe).join('|');

/**
 * A warning construction's span whose outcome is kept from someone or mended: an averting verb, then "from" and at
 * most three words before the outcome that ends the span ("will rescue the nation from the … disaster"), or a mending
 * verb at most four words before it ("will hopefully reduce the number of piracy problems"). Null with no verbs.
 */
function avertingRe(averting: string[], mending: string[]): RegExp | null {
  const word = `[\\p{L}\\p{N}'-]+`;
  const forms = [
    ...(averting.length ? [`${wordBounded(alternation(averting))}.*(?<![\\p{L}])from(?:[\\s,]+${word}){0,3}[\\s,]+${word}$`] : []),
    ...(mending.length ? [`${wordBounded(alternation(mending))}(?:[\\s,]+${word}){0,4}[\\s,]+${word}$`] : []),
  ];
  return forms.length ? new RegExp(forms.map((x) => `(?:${x})`).join('|'), 'u') : null;
}

export function compileLabelRules(file: LabelPhrases): LabelRules {
  const f = file as LabelPhrasesFile;
  const phrases: Array<Omit<ContentPhrase, 'sticky'>> = [];
  for (const label of ['denial', 'warning'] as const) {
    for (const phrase of f[label] ?? []) {
      phrases.push({ label, phrase, re: new RegExp(wordBounded(phraseRe(phrase)), 'gu'), kind: 'phrase', leads: leadsOf([phrase]) });
    }
    for (const phrase of f.openings?.[label] ?? []) {
      // at the start of the content, after any opening punctuation; a full stop at the phrase's end also matches the
      // content's end, which leaves the sentence's stop out ("said no.": the content is "no")
      const body = phrase.endsWith('.') ? `${phraseRe(phrase.slice(0, -1))}(?:\\.|$)` : phraseRe(phrase);
      phrases.push({ label, phrase, re: new RegExp(`^[\\s,.:;]*(?:${body})(?![\\p{L}\\p{N}])`, 'gu'), kind: 'opening', leads: leadsOf([phrase]) });
    }
  }
  // a negation inside the gap ("will not hurt", "could deliver without … tax increases") turns the outcome round: no warning
  const negation = alternation(f.negators ?? ['not', 'never', 'no']);
  const gap = (n: number) => `(?:[\\s,]+(?!(?:${negation})(?![\\p{L}\\p{N}]))[\\p{L}\\p{N}'-]+){0,${n}}?[\\s,]+`;
  const wc = f.warningConstructions;
  if (wc) {
    // trigger, then up to eight words (none a negation), then an outcome
    // (a modal in the perfect speaks of the past: "it could have been a lot worse", "would have lost"; "may have to
    // declare itself bankrupt", "we might have to kill him" still foretell)
    const past = new Set(wc.pastModals ?? []);
    const perfect = `(?![\\s,]+(?:have|'ve|’ve)(?![\\p{L}\\p{N}])(?![\\s,]+to(?![\\p{L}\\p{N}])))`;
    const triggers = [alternation(wc.triggers.filter((t) => !past.has(t))), ...(past.size ? [`(?:${alternation([...past])})${perfect}`] : [])].filter((x) => x).join('|');
    // (nor one that an idiom takes up: "I might as well walk away from football")
    const idiom = wc.notAfterTrigger?.length ? `(?![\\s,]+(?:${alternation(wc.notAfterTrigger)})(?![\\p{L}\\p{N}]))` : '';
    const re = new RegExp(`${wordBounded(triggers)}${idiom}${gap(8)}${wordBounded(alternation(wc.outcomes))}`, 'gu');
    phrases.push({ label: 'warning', phrase: 'trigger … outcome', re, kind: 'construction', leads: leadsOf(wc.triggers) });
  }
  const gc = f.worseningConstructions;
  if (gc) {
    // a problem, up to four words, a modal, up to two words, a verb of growth
    const re = new RegExp(`${wordBounded(alternation(gc.problems))}(?:[\\s,]+[\\p{L}\\p{N}'-]+){0,4}?[\\s,]+${wordBounded(alternation(gc.modals))}${gap(2)}${wordBounded(alternation(gc.growth))}`, 'gu');
    phrases.push({ label: 'warning', phrase: 'problem … grows', re, kind: 'construction', leads: leadsOf(gc.problems) });
  }
  const cc = f.conditionalConstructions;
  if (cc?.conditions.length && cc.modals.length) {
    // a condition and, within the window on either side, a modal of the consequence
    const cond = wordBounded(alternation(cc.conditions));
    const modal = wordBounded(alternation(cc.modals));
    // (any word between, figures too: "will increase to 134.7m euros by 2006 unless")
    const words = `(?:[\\s,]+[^\\s,]+){0,${cc.window ?? 12}}?[\\s,]+`;
    const re = new RegExp(`${cond}${words}${modal}|${modal}${words}${cond}`, 'gu');
    phrases.push({ label: 'warning', phrase: 'unless … will', re, kind: 'construction', leads: leadsOf([...cc.conditions, ...cc.modals]) });
  }
  const dc = f.denialConstructions;
  if (dc) {
    // a negation, then up to `window` words, then what it denies ("not 'one iota' of truth")
    const re = new RegExp(`${wordBounded(alternation(dc.triggers))}(?:[\\s,]+[\\p{L}\\p{N}'-]+){0,${dc.window ?? 3}}?[\\s,]+${wordBounded(alternation(dc.targets))}`, 'gu');
    phrases.push({ label: 'denial', phrase: 'negation … target', re, kind: 'construction', leads: leadsOf(dc.triggers) });
  }
  const wd = f.wrongdoingDenials;
  if (wd?.targets.length) {
    // a negation, up to `window` function words, then the wrongdoing it rejects ("were not racist"); the match ends
    // at the wrongdoing, so that an adjective before a noun ("no corrupt relationship") is set aside as attributive
    const gapWords = `(?:[\\s,]+${wordBounded(alternation(wd.gapWords))}){0,${wd.window ?? 3}}`;
    const re = new RegExp(`${wordBounded(alternation(wd.triggers))}${gapWords}[\\s,]+${wordBounded(alternation(wd.targets))}`, 'gu');
    phrases.push({ label: 'denial', phrase: 'negation … wrongdoing', re, kind: 'construction', leads: leadsOf(wd.triggers) });
  }
  if (f.firstPersonActs) {
    // the source's own act: "we reject", "I flatly refuse", "we will not accept", "I warn you"
    const fp = f.firstPersonActs;
    for (const label of ['denial', 'warning'] as const) {
      if (!fp[label]?.length) continue;
      const re = new RegExp(`${wordBounded(alternation(fp.subjects))}(?:[\\s,]+[\\p{L}'-]+){0,2}?[\\s,]+${wordBounded(alternation(fp[label]))}`, 'gu');
      phrases.push({ label, phrase: `first-person ${label}`, re, kind: 'construction', leads: leadsOf(fp.subjects) });
    }
  }
  const exceptions: LabelRules['exceptions'] = {};
  for (const label of ['denial', 'warning'] as const) {
    const list = f.exceptions?.[label] ?? [];
    // from a word boundary to the end of the last word: 'cost £' covers 'cost £80m', 'tax cut' 'tax cuts'
    if (list.length) exceptions[label] = new RegExp(`(?<![\\p{L}\\p{N}-])(?:${alternation(list)})[\\p{L}\\p{N}'-]*`, 'gu');
  }
  const lower = (l: string[] = []) => new Set(l.map((w) => w.toLowerCase()));
  return {
    phrases: phrases.map((p) => ({ ...p, sticky: new RegExp(p.re.source, 'uy') })),
    exceptions,
    accusationCues: lower(f.accusationCues),
    predictionCues: lower(f.predictionCues),
    harm: f.harm?.length ? new RegExp(wordBounded(alternation(f.harm)), 'gu') : null,
    cueLabels: new Map(Object.entries(f.cueLabels ?? {}).map(([k, v]) => [k.toLowerCase(), v])),
    negators: lower(f.negators ?? ['not', 'never', 'no']),
    modals: lower(f.modals),
    coordinators: lower(f.coordinators),
    subjectSkip: lower(f.subjectSkip),
    embedded: f.embeddedReports?.verbs.length
      ? { verbs: new RegExp(wordBounded(alternation(f.embeddedReports.verbs)), 'gu'), notSubjects: lower(f.embeddedReports.notSubjects) }
      : null,
    attributive: { words: lower(f.attributive?.words), predicativeNext: lower(f.attributive?.predicativeNext) },
    averting: avertingRe(f.warningConstructions?.averting ?? [], f.warningConstructions?.mending ?? []),
  };
}
