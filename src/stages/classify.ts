/**
 * Stage 5, classify: each claim's label, by what the source does
 * (../shared/ANNOTATION.md): the strongest of its cues' labels and, when the
 * pipeline allows, of the label phrases inside its content (denial > warning >
 * assertion). A negation alone never makes a denial. Every decision is
 * recorded in the claim's evidence (one `label:` entry, the rule that decided);
 * confidence follows from the rules used.
 *
 * Scope and polarity (label-phrases.json):
 * - a cue's label counts only when the cue is the source's own act: a
 *   past-tense cue inside the content with its own subject ("said … because
 *   he denied …", "told the court that he warned …") is reported, not
 *   performed, and gives no label (attribute already drops negated cues); `cueLabels` overrides a few
 *   lemmas (criticism such as "derided" is an assertion); a cue in a relative
 *   clause about the source (Cue.relative: "Mr Blair, who denied …, said …",
 *   "said a spokesman, who declined to be named"), or before the claim's own
 *   and outside its content, is another act of the source and gives none;
 * - content phrases are matched on normalised text (labelText): contractions
 *   spelt out, quotation marks dropped;
 * - a phrase match is cancelled when it ends inside an exception of its label
 *   ("went wrong", "tax cuts", "could cost £80m") and a warning phrase right
 *   after a negation ("not a threat") is a reassurance, not a warning;
 * - an accusation ("accused X of misrepresenting …") reports someone else's
 *   wrongdoing: falsity words in its content do not make a denial;
 * - a forecast cue (predict, forecast) with a harm word in its content is a
 *   warning ("predicted that damaging storms will …").
 */
import { LABEL_STRENGTH, type Claim, type Cue, type Doc, type Label } from '../types.ts';
import { labelText, type ContentPhrase, type LabelRules, type Lexicon } from './lexicon.ts';

export interface ClassifyOptions {
  contentLabels: boolean;
}

const slug = (s: string) => s.replace(/\s+/g, '-');

export function classify(doc: Doc, lex: Lexicon, opts: ClassifyOptions): Doc {
  const rules = lex.labelRules;
  for (const claim of doc.claims) {
    let label: Label = 'assertion';
    let because = 'label:default-assertion';
    let demoted: string | null = null;
    const lemmas: string[] = [];
    for (const cue of claim.cues) {
      const own = cueLabel(doc.text, claim, cue, rules);
      lemmas.push(cue.entry.toLowerCase());
      if (own.why) demoted ??= own.why;
      if (LABEL_STRENGTH[own.label] > LABEL_STRENGTH[label] || because === 'label:default-assertion') {
        label = own.label;
        because = own.why && own.label === 'assertion' ? own.why : `label:cue-lexicon:${slug(cue.entry)}`;
      }
    }
    let fromContent = false;
    if (opts.contentLabels) {
      const content = labelText(ownClauseOut(doc.text, claim));
      // where the source's own part ends, computed only when a warning needs it
      let ownEnd: number | undefined;
      const own = () => (ownEnd ??= ownPart(content, rules));
      // (the source's own cues: not another source's act reported inside its statement, "accuses Rust … of not giving
      // access to documents she cited")
      const ownCues = claim.cues.filter((c) => !c.nested);
      const accusation = ownCues.length > 0 && ownCues.every((c) => rules.accusationCues.has(c.entry.toLowerCase()));
      // where each label's exceptions match, computed once per claim and only when a phrase matched
      const exceptionCache = new Map<Label, Array<readonly [number, number]>>();
      const exceptionSpans = (l: Label) => {
        let spans = exceptionCache.get(l);
        if (!spans) {
          const ex = rules.exceptions[l];
          spans = ex ? [...content.matchAll(ex)].map((m) => [m.index, m.index + m[0].length] as const) : [];
          exceptionCache.set(l, spans);
        }
        return spans;
      };
      for (const { phrase: p, starts } of lex.phraseIndex.candidates(content)) {
        if (LABEL_STRENGTH[p.label] <= LABEL_STRENGTH[label]) continue;
        if (p.label === 'denial' && accusation) continue;
        if (firstMatch(content, p, starts, rules, p.label === 'warning' ? own() : content.length, exceptionSpans)) {
          label = p.label;
          because = `label:content-phrase:${slug(p.phrase)}`;
          fromContent = true;
        }
      }
      if (LABEL_STRENGTH.warning > LABEL_STRENGTH[label] && rules.harm && lemmas.some((l) => rules.predictionCues.has(l))) {
        const harm = [...content.matchAll(rules.harm)].find((m) => m.index < own() && !negatedBefore(content, m.index, rules));
        if (harm) {
          label = 'warning';
          because = `label:forecast-harm:${slug(harm[0])}`;
          fromContent = true;
        }
      }
    }
    // an assertion that a reported or overridden cue would have made stronger says why it is not
    if (label === 'assertion' && demoted) because = demoted;
    claim.label = label;
    claim.evidence = [...claim.evidence.filter((e) => !e.startsWith('label:')), because];
    claim.confidence = confidence(claim.evidence, fromContent);
  }
  return doc;
}

/**
 * The claim's content with its own speaker and cue blanked out where the
 * statement runs around them ("Unless plans change, the experts say, the
 * world could suffer"): the reporting clause is no part of what is said,
 * and its verb would otherwise read as a report embedded in it.
 */
function ownClauseOut(text: string, claim: Claim): string {
  const { start, end } = claim.content;
  let s = text.slice(start, end);
  for (const r of [claim.speaker, claim.cue]) {
    if (!r || r.start < start || r.end > end) continue;
    s = s.slice(0, r.start - start) + ' '.repeat(r.end - r.start) + s.slice(r.end - start);
  }
  return s;
}

/** The words before `pos` in `text`, last first, lower case (letters, digits, apostrophes; a comma is a word). */
function wordsBefore(text: string, pos: number, n: number): string[] {
  const words = labelText(text.slice(Math.max(0, pos - 120), pos)).match(/[\p{L}\p{N}'-]+|,/gu) ?? [];
  return words.slice(-n).reverse();
}

/**
 * The label a cue gives its claim. A denial or warning cue gives none
 * (assertion, with the reason) when it stands inside the claim's content, in
 * the past tense, with a subject of its own: then it is part of what is
 * reported, not the source's act.
 */
function cueLabel(text: string, claim: Claim, cue: Cue, rules: LabelRules): { label: Label; why: string | null } {
  const entry = cue.entry.toLowerCase();
  const override = rules.cueLabels.get(entry);
  if (override && override !== cue.label) return { label: override, why: override === 'assertion' ? `label:cue-override:${slug(entry)}` : null };
  if (cue.label === 'assertion') return { label: 'assertion', why: null };
  // a cue in a relative clause about the source, or before the claim's own cue and outside its content, is
  // another act of the source ("Hoff, who declined to comment, proposes similar language: …", "“…,” said a
  // Juventus official, who declined to be named", "Despite denying …, the firms said"): it labels that act, not
  // this statement (a later act of the source outside the content, ", dismissing suggestions that …", is one of
  // this claim's and may label it)
  const lead = claim.cues[0];
  if (cue !== lead && (cue.relative || (cue.end <= lead.start && (cue.end <= claim.content.start || cue.start >= claim.content.end)))) {
    return { label: 'assertion', why: `label:other-act-cue:${slug(entry)}` };
  }
  const raw = wordsBefore(text, cue.start, 8);
  const skip = (w: string) => rules.subjectSkip.has(w) || (w.endsWith('ly') && w.length > 4);
  const at = raw.findIndex((w) => !skip(w));
  const before = at < 0 ? [] : raw.slice(at).filter((w) => !skip(w));
  // inside the content, past tense or after a noun subject ("something Mr Sullivan denies";
  // a present "he fears" may be the source itself), with a subject of its own that is not coordinated
  // with the source's clause ("…, and they rejected"), not the source's relative "who",
  // and no modal ("he would refuse" is the source's stance, not a reported event)
  const inner = claim.cues[0] !== cue && cue.start >= claim.content.start && cue.start < claim.content.end;
  const past = /ed$/i.test(text.slice(cue.start, cue.end).trim());
  const modal = raw.slice(0, Math.max(0, at)).some((w) => rules.modals.has(w));
  const pronoun = ['he', 'she', 'it', 'they', 'i', 'we'].includes(before[0] ?? '');
  if (inner && (past || !pronoun) && !modal && before.length > 0 && !rules.coordinators.has(before[0]) && !rules.coordinators.has(before[1] ?? '')) {
    return { label: 'assertion', why: `label:reported-cue:${slug(entry)}` };
  }
  return { label: cue.label, why: null };
}

/**
 * Where the source's own part of the content ends (for warnings): after the
 * first reporting verb with a subject of its own ("… reported that they are
 * rattled by the threat"); what follows is another speaker's, and the claim
 * is labelled by the outer act. A match must start before this offset.
 */
function ownPart(content: string, rules: LabelRules): number {
  if (!rules.embedded) return content.length;
  for (const m of content.matchAll(rules.embedded.verbs)) {
    const prev = (content.slice(Math.max(0, m.index - 80), m.index).match(/[\p{L}\p{N}'-]+|,/gu) ?? [])
      .reverse()
      .filter((w) => !rules.subjectSkip.has(w) && !(w.endsWith('ly') && w.length > 4));
    if (prev.length && !rules.embedded.notSubjects.has(prev[0])) return m.index + m[0].length;
  }
  return content.length;
}

/** The last word of `s`, lower case as the content is. */
function lastWord(s: string): string {
  return /[\p{L}\p{N}'-]+$/u.exec(s)?.[0] ?? '';
}

/** A warning word right after a negation ("not a threat", "no danger") is a reassurance. */
function negatedBefore(content: string, at: number, rules: LabelRules): boolean {
  const prev = content.slice(Math.max(0, at - 40), at).match(/[\p{L}\p{N}'-]+/gu) ?? [];
  return prev.slice(-2).some((w) => rules.negators.has(w));
}

/**
 * Whether the phrase matches the content, starting before `until`, at a place
 * no exception covers. With `starts` (where the phrase's lead words are), the
 * phrase is tried only there, which finds what a scan of the whole content
 * would: matches left to right, none overlapping the one before.
 */
function firstMatch(
  content: string,
  p: ContentPhrase,
  starts: number[] | null,
  rules: LabelRules,
  until: number,
  exceptionSpans: (label: Label) => ReadonlyArray<readonly [number, number]>,
): boolean {
  const accept = (at: number, end: number): boolean => {
    const spans = exceptionSpans(p.label);
    if (spans.some(([s, e]) => (p.kind === 'construction' ? s < end && end <= e : s < end && e > at))) return false;
    // a word that before a noun only describes it: "illegal file-sharing", not "the auction was illegal because …"
    // (a construction by the last word of its match: "no corrupt relationship")
    const described = p.kind === 'phrase' ? p.phrase : p.kind === 'construction' ? lastWord(content.slice(at, end)) : null;
    if (described !== null && rules.attributive.words.has(described)) {
      const next = /^ ([\p{L}][\p{L}\p{N}'-]*)/u.exec(content.slice(end, end + 40));
      if (next && !rules.attributive.predicativeNext.has(next[1])) return false;
    }
    // (harm kept from someone is no warning: "we will rescue the nation from the Obama-Clinton disaster")
    if (p.kind === 'construction' && p.label === 'warning' && rules.averting?.test(content.slice(at, end))) return false;
    return !(p.label === 'warning' && negatedBefore(content, at, rules));
  };
  if (!starts) {
    p.re.lastIndex = 0;
    for (const m of content.matchAll(p.re)) {
      if (m.index >= until) break;
      if (accept(m.index, m.index + m[0].length)) return true;
    }
    return false;
  }
  let after = 0;
  for (const at of starts) {
    if (at >= until) break;
    if (at < after) continue;
    p.sticky.lastIndex = at;
    const m = p.sticky.exec(content);
    if (!m) continue;
    const end = at + m[0].length;
    if (accept(at, end)) return true;
    after = end > at ? end : at + 1;
  }
  return false;
}

/** Confidence from the rules that fired: surer for a named subject and a lexicon cue, less for inference. */
function confidence(evidence: string[], fromContent: boolean): number {
  let c = 0.92;
  const has = (p: string) => evidence.some((e) => e.startsWith(p));
  if (has('speaker:follow-on-quote')) c -= 0.12;
  if (has('claim:multi-sentence-quote')) c -= 0.05;
  if (has('claim:quote-after-colon') || has('claim:quote-before-reporting-sentence')) c -= 0.05;
  if (has('coref:pronoun')) c -= 0.07;
  if (has('coref:unresolved-pronoun')) c -= 0.2;
  if (has('speaker:main-clause-subject') || has('speaker:same-clause')) c -= 0.05;
  if (has('speaker:group') || has('speaker:document')) c -= 0.03;
  if (has('cue:noun') || has('cue:verb:call')) c -= 0.05;
  if (fromContent) c -= 0.08;
  return Math.round(Math.max(0.05, Math.min(0.99, c)) * 100) / 100;
}
