/**
 * Stage 5, classify: each claim's label, by what the source does
 * (../shared/ANNOTATION.md): the strongest of its cues' labels and, when the
 * pipeline allows, of the label phrases inside its content (denial > warning >
 * assertion). A negation alone never makes a denial. Every decision is
 * recorded in the claim's evidence; confidence follows from the rules used.
 */
import { LABEL_STRENGTH, type Doc, type Label } from '../types.ts';
import type { Lexicon } from './lexicon.ts';

export interface ClassifyOptions {
  contentLabels: boolean;
}

export function classify(doc: Doc, lex: Lexicon, opts: ClassifyOptions): Doc {
  for (const claim of doc.claims) {
    let label: Label = 'assertion';
    let because = 'label:default-assertion';
    for (const cue of claim.cues) {
      if (LABEL_STRENGTH[cue.label] > LABEL_STRENGTH[label] || because === 'label:default-assertion') {
        if (LABEL_STRENGTH[cue.label] >= LABEL_STRENGTH[label]) {
          label = cue.label;
          because = `label:cue-lexicon:${cue.entry.replace(/\s+/g, '-')}`;
        }
      }
    }
    let fromContent = false;
    if (opts.contentLabels) {
      const content = doc.text.slice(claim.content.start, claim.content.end).toLowerCase();
      for (const p of lex.contentPhrases) {
        if (LABEL_STRENGTH[p.label] > LABEL_STRENGTH[label] && p.re.test(content)) {
          label = p.label;
          because = `label:content-phrase:${p.phrase.replace(/\s+/g, '-')}`;
          fromContent = true;
        }
      }
    }
    claim.label = label;
    claim.evidence = [...claim.evidence.filter((e) => !e.startsWith('label:')), because];
    claim.confidence = confidence(claim.evidence, fromContent);
  }
  return doc;
}

/** Confidence from the rules that fired: surer for a named subject and a lexicon cue, less for inference. */
function confidence(evidence: string[], fromContent: boolean): number {
  let c = 0.92;
  const has = (p: string) => evidence.some((e) => e.startsWith(p));
  if (has('speaker:follow-on-quote')) c -= 0.12;
  if (has('claim:multi-sentence-quote')) c -= 0.05;
  if (has('coref:pronoun')) c -= 0.07;
  if (has('coref:unresolved-pronoun')) c -= 0.2;
  if (has('speaker:main-clause-subject') || has('speaker:same-clause')) c -= 0.05;
  if (has('speaker:group') || has('speaker:document')) c -= 0.03;
  if (has('cue:noun') || has('cue:verb:call')) c -= 0.05;
  if (fromContent) c -= 0.08;
  return Math.round(Math.max(0.05, Math.min(0.99, c)) * 100) / 100;
}
