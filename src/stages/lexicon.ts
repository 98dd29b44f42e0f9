/**
 * Lexicons compiled once per pipeline into lookup sets: the hot path asks
 * `Set.has` and `Map.get`, never scans arrays.
 */
import type { Label } from '../types.ts';
import type { Pipeline } from '../pipeline.ts';

export interface Phrase {
  words: string[];
  label: Label;
  rule: string;
  cue: [number, number];
}

export interface Lexicon {
  verbLabel: Map<string, Label>;
  nounLabel: Map<string, Label>;
  lightVerbs: Set<string>;
  complementVerbs: Set<string>;
  notCueAfter: Set<string>;
  /** Word sequences that extend a verb cue ("in a statement"). */
  cueExtensions: string[][];
  /** Verbs that cue a claim only before a complement clause. */
  needComplement: Set<string>;
  /** Verbs that cue only before one of these words, which join the cue ("talked about"). */
  prepositionCues: Map<string, Set<string>>;
  phrases: Phrase[];
  /** Phrases by first literal word, for a quick first test. */
  phraseFirst: Set<string>;
  titles: Set<string>;
  honorifics: Set<string>;
  groupNouns: Set<string>;
  documentNouns: Set<string>;
  orgWords: Set<string>;
  personNouns: Set<string>;
  orgDescriptors: Set<string>;
  personPronouns: Set<string>;
  pluralPronouns: Set<string>;
  thingPronouns: Set<string>;
  firstPerson: Set<string>;
  notSpeakers: Set<string>;
  /** Gender cues: pronouns, markers (honorifics, nouns) and first names, each to 'f' or 'm'. */
  pronounGender: Map<string, 'f' | 'm'>;
  markerGender: Map<string, 'f' | 'm'>;
  nameGender: Map<string, 'f' | 'm'>;
  /** Content phrases by label, as regular expressions over lower-cased text. */
  contentPhrases: Array<{ label: Label; phrase: string; re: RegExp }>;
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
const bounded = (body: string) => `(?<![\\p{L}\\p{N}])(?:${body})(?![\\p{L}\\p{N}])`;

function genderMap(f: string[] = [], m: string[] = []): Map<string, 'f' | 'm'> {
  const out = new Map<string, 'f' | 'm'>();
  const fs = new Set(f.map((w) => w.toLowerCase()));
  const ms = new Set(m.map((w) => w.toLowerCase()));
  // a word in both lists tells nothing
  for (const w of fs) if (!ms.has(w)) out.set(w, 'f');
  for (const w of ms) if (!fs.has(w)) out.set(w, 'm');
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
  const contentPhrases: Lexicon['contentPhrases'] = [];
  for (const label of ['denial', 'warning'] as const) {
    for (const phrase of p.labels[label] ?? []) {
      contentPhrases.push({ label, phrase, re: new RegExp(bounded(phraseBody(phrase)), 'u') });
    }
  }
  const wc = p.labels.warningConstructions;
  if (wc) {
    const trig = wc.triggers.map(phraseBody).join('|');
    const out = wc.outcomes.map(phraseBody).join('|');
    // trigger, then up to eight words, then an outcome
    const re = new RegExp(`${bounded(trig)}(?:[\\s,]+[\\p{L}\\p{N}'’-]+){0,8}?[\\s,]+${bounded(out)}`, 'u');
    contentPhrases.push({ label: 'warning', phrase: 'trigger … outcome', re });
  }
  const phrases = p.cues.phrases.map((ph) => ({ ...ph, words: ph.words.map((w) => (w === 'SPK' || w === 'QUOTE' ? w : w.toLowerCase())), label: ph.label as Label }));
  const lex: Lexicon = {
    verbLabel,
    nounLabel,
    lightVerbs: new Set(p.cues.lightVerbs),
    complementVerbs: new Set(p.cues.complementVerbs),
    notCueAfter: new Set(p.cues.notCueAfter),
    cueExtensions: (p.cues.cueExtensions ?? []).map((e) => e.toLowerCase().split(/\s+/)),
    needComplement: new Set(p.cues.needComplement ?? []),
    prepositionCues: new Map(Object.entries(p.cues.prepositionCues ?? {}).map(([k, v]) => [k, new Set(v)])),
    phrases,
    phraseFirst: new Set(phrases.map((ph) => ph.words[0]).filter((w) => w !== 'SPK')),
    titles: new Set(p.titles.titles.map((t) => t.toLowerCase())),
    honorifics: new Set(p.titles.honorifics.map((t) => t.toLowerCase())),
    groupNouns: new Set(p.titles.groupNouns.map((t) => t.toLowerCase())),
    documentNouns: new Set(p.titles.documentNouns.map((t) => t.toLowerCase())),
    orgWords: new Set(p.titles.orgWords.map((t) => t.toLowerCase())),
    personNouns: new Set((p.titles.personNouns ?? []).map((t) => t.toLowerCase())),
    orgDescriptors: new Set((p.titles.orgDescriptors ?? []).map((t) => t.toLowerCase())),
    personPronouns: new Set(p.pronouns.person),
    pluralPronouns: new Set(p.pronouns.plural),
    thingPronouns: new Set(p.pronouns.thing),
    firstPerson: new Set(p.pronouns.firstPerson),
    notSpeakers: new Set(p.pronouns.notSpeakers),
    pronounGender: genderMap(p.pronouns.feminine, p.pronouns.masculine),
    markerGender: genderMap(p.pronouns.femaleMarkers, p.pronouns.maleMarkers),
    nameGender: genderMap(p.pronouns.femaleNames, p.pronouns.maleNames),
    contentPhrases,
  };
  cache.set(p, lex);
  return lex;
}
