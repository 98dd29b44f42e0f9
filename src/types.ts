/**
 * The data model. One `Doc` carries the article's text and every span found in
 * it as `[start, end)` offsets into that text (JavaScript string indices); each
 * pipeline stage reads a `Doc` and adds its own layer. `ArticleResult` is the
 * public JSON contract (../shared/OUTPUT.md), derived from a finished `Doc`.
 */

export type Label = 'assertion' | 'denial' | 'warning';
export const LABELS: readonly Label[] = ['assertion', 'denial', 'warning'];

/** Strength order used when one source's sentence mixes acts: denial > warning > assertion. */
export const LABEL_STRENGTH: Record<Label, number> = { assertion: 0, warning: 1, denial: 2 };

export interface Range {
  start: number;
  end: number;
}

export interface Span extends Range {
  text: string;
}

/** A diagnostic attached to a position, in the manner of vfile messages. */
export interface Message extends Range {
  stage: string;
  rule: string;
  reason: string;
}

export interface Token extends Range {
  /** Surface form, `text.slice(start, end)`. */
  value: string;
  /** Lower-cased surface form; an acronym in capitals that spells a function word keeps its capitals ("the WHO", retag.ts), so that no rule reads it as the word. */
  lower: string;
  /** Lemma from wink-nlp (lower case). */
  lemma: string;
  /** Universal POS tag from wink-nlp. */
  pos: string;
  /** Index of the sentence that holds the token. */
  sentence: number;
  /** Set by attribute: a title word used as a surname after a first name or an initial ("John Major", "Peter T. King"). */
  surname?: boolean;
  /** Set by attribute: a title in the plural before names ("Judges Simon Cowell, Louis Walsh and …"). */
  pluralTitle?: boolean;
}

export interface Sentence extends Range {
  /** Token indices `[first, last)` into `Doc.tokens`. */
  tokens: [number, number];
  /** Index of the paragraph that holds the sentence. */
  paragraph: number;
  /** True for the headline. */
  headline: boolean;
}

export type QuoteMark = 'double' | 'straight' | 'single' | 'guillemet' | 'low';

export interface Quote extends Range {
  /** Offset of the opening mark (the span starts after it). */
  open: number;
  /** Offset of the closing mark, or null when the paragraph ended first. */
  close: number | null;
  mark: QuoteMark;
  paragraph: number;
  /** Rules that delimited it, for instance "quote:reversed-open" or "quote:paragraph-continues". */
  evidence: string[];
}

export type SourceKind = 'person' | 'group' | 'document' | 'pronoun';

/** A source as written in the text, with what coreference made of it. */
export interface Mention extends Range {
  /** The part of the mention that names the source (no title, no apposition). */
  head: Range;
  /** Resolved fullest name in the article. */
  name: string;
  role: string | null;
  kind: SourceKind;
  /** The name comes from a proper name in the text (not a description or a pronoun left as written). */
  named?: boolean;
  evidence: string[];
}

/** One cue occurrence: the words that introduce an attribution. */
export interface Cue extends Range {
  /** Lexicon entry that matched (lemma or phrase). */
  entry: string;
  /** The label this cue implies. */
  label: Label;
  /** Which lexicon rule matched: "cue:verb", "cue:noun", "cue:phrase:according-to", ... */
  rule: string;
  /** Set when the cue's subject is a relative pronoun for the claim's speaker ("…, said a Juventus official, who declined to be named"): another act of the source, which labels no statement of this claim. */
  relative?: true;
  /** Set when the cue reports another source's act inside this claim's statement ("accuses Rust … of not giving access to documents she cited"). */
  nested?: true;
}

export interface Claim {
  sentence: number;
  group: string;
  label: Label;
  confidence: number;
  speaker: Mention | null;
  cue: Range | null;
  content: Range;
  /** The claim's cues: `cue` first, then this speaker's other cues in the sentence and the cues of statements nested in its content, in text order. */
  cues: Cue[];
  /** The speaker's own later cues in the sentence (", adding that …", "and warned …"); not cues of a statement nested in the content. */
  otherCues: Range[];
  evidence: string[];
}

export interface Doc {
  file: string;
  /** sha256 of the file's bytes, hex. */
  id: string;
  text: string;
  date: string | null;
  headline: Range | null;
  /** Where the article body begins (after metadata). */
  bodyStart: number;
  paragraphs: Range[];
  tokens: Token[];
  sentences: Sentence[];
  quotes: Quote[];
  claims: Claim[];
  messages: Message[];
}

/* ---------- The public contract (../shared/OUTPUT.md), schema 1 ---------- */

export interface ResultSpeaker extends Span {
  name: string;
  role: string | null;
}

export interface ResultClaim {
  sentence: number;
  group: string;
  label: Label;
  confidence: number;
  speaker: ResultSpeaker | null;
  cue: Span | null;
  content: Span;
  quotes: number[];
  /** The speaker's other cues in the sentence, in text order (", adding that …", "and warned …"). */
  otherCues: Span[];
  evidence: string[];
}

export interface ArticleResult {
  schema: 1;
  file: string;
  id: string;
  date: string | null;
  headline: Span | null;
  sentences: Array<Span & { label: Label | null }>;
  quotes: Array<Span & { claim: number | null }>;
  claims: ResultClaim[];
  extractor: { version: string; pipeline: string };
}
