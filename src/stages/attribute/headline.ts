/**
 * Part of stage 4, attribute: the source a headline describes without naming
 * ("Fed chief warning on US deficit", "Tory expert denies defeat warning",
 * "Soros group warns of Kazakh close") is the named source of the same act in
 * the article's lead, which the headline sums up ("Federal Reserve chairman Alan
 * Greenspan has warned …", "Lynton Crosby … has denied …"). Only a description
 * (no proper name resolved, no pronoun), and only a lead claim of the same
 * label whose speaker is named, within the first sentences of the body; and
 * only for a denial or a warning, acts distinct enough to tell one source
 * ("MPs back …", "Report says …" sum up the lead less surely: "Republicans
 * slam Obama …" is not the Marco Rubio quoted first).
 */
import type { Claim, Doc } from '../../types.ts';

/** How many body sentences after the headline make the lead. */
const LEAD_SENTENCES = 3;

export function headlineSpeakers(doc: Doc, claims: Claim[]): Claim[] {
  const headline = doc.sentences.findIndex((s) => s.headline);
  if (headline < 0) return claims;
  // the body's first sentences: the first ones after the headline's (the headline may be more than one sentence)
  let bodyFirst = headline;
  while (bodyFirst < doc.sentences.length && doc.sentences[bodyFirst].headline) bodyFirst++;
  const lead = claims.filter((c) => c.sentence >= bodyFirst && c.sentence < bodyFirst + LEAD_SENTENCES && c.speaker?.named === true && c.speaker.kind !== 'pronoun');
  if (!lead.length) return claims;
  return claims.map((c) => {
    const sp = c.speaker;
    if (!sp || !doc.sentences[c.sentence]?.headline || sp.named || sp.kind === 'pronoun' || sp.evidence.some((e) => e.startsWith('coref:'))) return c;
    if (c.label === 'assertion') return c;
    const same = lead.find((x) => x.label === c.label);
    if (!same || !same.speaker) return c;
    const to = same.speaker;
    return {
      ...c,
      speaker: { ...sp, name: to.name, role: to.role ?? sp.name, kind: to.kind, named: true, evidence: [...sp.evidence, 'coref:headline-to-lead-speaker'] },
      evidence: [...c.evidence, 'coref:headline-to-lead-speaker'],
    };
  });
}
