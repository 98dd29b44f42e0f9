/**
 * Stage 4, attribute: who said what. Finds cues (reporting verbs, light verb +
 * reporting noun, `according to`, `as he put it`, `called … “X”`), the
 * speaker's mention for each (subject, inverted, apposition, participial and
 * coordinated clauses), resolves it (surname → fullest name in the article,
 * pronoun → the right earlier speaker, role from titles), cuts the content,
 * and carries speakers on over multi-sentence and follow-on quotations.
 * Labels are left to the classify stage; this stage records the cues.
 */
import type { Claim, Doc, Mention, Quote } from '../../types.ts';
import type { Lexicon } from '../lexicon.ts';
import { type Ctx, type FoundCue, type FoundMention, isNameTok, isQuoteTok, isTimeMention, isVerbAdverb, opensSubordinate, resumptiveComma } from './context.ts';
import { contentFor } from './content.ts';
import { genderOf, isPlural, resolveMention } from './coref.ts';
import { closingReport, findCues, foretold, nestedUnder, reportsOnItsOwn, verbGroupStart } from './cues.ts';
import { carryQuotes, carryTurns, type Detached } from './followon.ts';
import { headlineSpeakers } from './headline.ts';
import { clauseSubject, openingMention } from './mentions.ts';
import { buildNameIndex } from './names.ts';

export interface AttributeOptions {
  followOnQuotes: boolean;
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
  const base = { doc, lex, tokens: doc.tokens, text: doc.text, history: [], inQuote, groups: 0, turns: new Map<number, Mention>() };
  const ctx: Ctx = { ...base, names: buildNameIndex(base) };
  const claims: Claim[] = [];
  // claims of a cue whose statement is a quotation in another sentence; their content is still their own sentence's end
  const detached: Detached[] = [];

  doc.sentences.forEach((s, si) => {
    const [sFirst, sEnd] = s.tokens;
    const sLast = sEnd - 1;
    let cues = findCues(ctx, sFirst, sLast, s.headline);
    // Which cues are nested in the statement of the sentence's outer cue (the first source's), and so are
    // part of its claim: before a closing clause ("…, he said.") every cue but another source's report of
    // its own ("Government guidance said …, Mr Thomas said."); else a cue inside what the outer cue's
    // source reports ("the mayor said the council lost because it denied residents a hearing"). The
    // closing clause is taken first, so that it is the outer cue.
    const closing = closingReport(ctx, cues, sFirst, sLast);
    let nested: (outer: FoundCue, fc: FoundCue) => boolean;
    if (closing > 0) {
      const folded = new Set(cues.slice(0, closing).filter((e) => !reportsOnItsOwn(ctx, e, sLast)));
      nested = (_outer, fc) => folded.has(fc);
      cues = [cues[closing], ...cues.slice(0, closing)];
    } else nested = (outer, fc) => fc.mention !== null && !fc.cue.rule.startsWith('cue:phrase') && nestedUnder(ctx, outer, fc);
    // resolve speakers in text order; inherited ones take the clause subject
    const bySpeaker = new Map<string, { mention: Mention | null; cues: FoundCue[]; nested: Set<FoundCue> }>();
    let lastMention: Mention | null = null;
    // (`subordinate`: the outer report stands in an opening subordinate clause, "After Scalia said that …,")
    let outer: { key: string; fc: FoundCue; subordinate: boolean } | null = null;
    for (let c = 0; c < cues.length; c++) {
      const fc = cues[c];
      if (outer && nested(outer.fc, fc)) {
        const en = bySpeaker.get(outer.key);
        if (en) { en.cues.push(fc); en.nested.add(fc); }
        continue;
      }
      let mention: Mention | null = null;
      // a time that sees or shows something reports no statement: "2004 saw a significant rise"
      if (fc.mention && ctx.lex.timeSubjectVerbs.has(fc.cue.entry) && isTimeMention(ctx.tokens, fc.mention)) continue;
      if (fc.mention) mention = resolveMention(ctx, fc.mention);
      // a transcript's label in capitals opens its paragraph: "FALLIN: I think …" (its speaker's turn runs to the
      // paragraph's end; not a heading, "Jeb Bush: Student loans")
      if (mention && fc.cue.rule === 'cue:punctuation:colon' && fc.mention?.first === sFirst && isParagraphStart(doc, si) && isCapsLabel(doc, fc)) ctx.turns.set(s.paragraph, mention);
      else if (fc.inherit) {
        const prior = lastMention as Mention | null;
        if (prior) mention = { ...prior, evidence: [...prior.evidence, 'speaker:same-clause'] };
        else {
          // (a participle set off right after the name that opens the sentence is that name's act: "E Hayot, writing in
          // the culture blogzine Print Culture, said recently: …")
          const subj = clauseSubject(ctx, sFirst, fc.first) ?? openingNameBefore(ctx, fc.first, sFirst, sLast, cues);
          if (subj) mention = resolveMention(ctx, subj);
        }
      }
      // a participial or coordinated cue whose subject cannot be found still reports a statement
      if (!mention && !fc.inherit) continue;
      const key = mention ? mention.name.toLowerCase() : '';
      // (the main clause's report after one in an opening subordinate clause: "After Scalia said that …, Trump
      // said he disagreed", where "he disagreed" is Trump's statement, not a third report)
      if ((!outer || outer.subordinate) && mention && fc.content === null && !fc.cue.rule.startsWith('cue:phrase:according-to')) {
        outer = { key, fc, subordinate: opensSubordinate(ctx.tokens, sFirst, Math.min(fc.first, fc.mention?.first ?? fc.first)) };
      }
      const entry = bySpeaker.get(key);
      // (the main clause's cue leads the claim, not one in a relative clause inside its subject: "Mr Blair, who has
      // described Africa as a 'scar' …, has already said …" is one claim, cued by "said", with the other as otherCue)
      const inSubject = (rel: FoundCue) => rel.mention?.pronounFor !== undefined && fc.mention !== null && !fc.mention.pronounFor && fc.mention.first < rel.mention.first && rel.last < fc.first;
      if (entry && entry.cues.length === 1 && inSubject(entry.cues[0])) {
        entry.cues.unshift(fc);
        entry.mention = mention;
      }
      // (a cue in an opening phrase, "Despite denying …, the companies have …", yields to the main clause's)
      else if (entry && entry.cues[0].content !== null && fc.content === null) entry.cues.unshift(fc);
      else if (entry) entry.cues.push(fc);
      else bySpeaker.set(key, { mention, cues: [fc], nested: new Set() });
      if (mention) {
        lastMention = mention;
        ctx.history.push({ name: mention.name, role: mention.role, kind: mention.kind, plural: isPlural(ctx, mention), at: mention.start, named: mention.named, gender: genderOf(ctx, mention), aside: fc.mention?.rule === 'speaker:after-noun', sentence: si });
      }
    }
    // in text order (a closing clause's entry was made first): the next entry bounds a statement after its cue
    const entries = [...bySpeaker.values()];
    if (closing > 0) entries.sort((x, y) => x.cues[0].first - y.cues[0].first);
    entries.forEach((en, ei) => {
      const firstCue = en.cues[0];
      // (a speech foretold is no claim, though its source was named and stays in the history for what follows)
      if (en.cues.every((x) => foretold(ctx, x, sFirst))) return;
      const nextOther = entries[ei + 1]?.cues[0];
      const own = new Set<number>();
      for (const c of en.cues) for (let k = c.first; k <= c.last; k++) own.add(k);
      // where the cue's verb group starts: the reported cue span, and a bound of the content before it
      const cueStart = verbGroupStart(ctx, firstCue, sFirst);
      // (the next cue's block, or the comma before a phrase of it that takes the statement up: "…, something Mr Sullivan denies")
      // (…or the statement a passive's subject stands for before it: "…, but the move was criticised by some analysts")
      const before = nextOther?.content && nextOther.content[0] < nextOther.first ? nextOther.content[0] : Infinity;
      const nextFirst = nextOther ? Math.min(nextOther.first, nextOther.mention?.first ?? nextOther.first, before) : Infinity;
      const resumed = nextOther ? resumptiveComma(ctx, nextOther, sFirst, sLast) : -1;
      const range = contentFor(ctx, firstCue, cueStart, sFirst, sLast, resumed >= 0 ? resumed : nextFirst, own);
      // a statement in another sentence (followon.ts): "He said:" closing its paragraph introduces the quotation
      // that opens the next one; "“… the emails.” Trump said." reports the quotation that ends the sentence before
      const statement: Detached['statement'] | null = range || !en.mention || nextOther ? null
        : doc.tokens[sLast].value === ':' ? 'next-paragraph'
        : si > 0 && onlyReporting(ctx, firstCue, sFirst, sLast) ? 'previous-sentence' : null;
      if (!range && !statement) return;
      const group = `g${++ctx.groups}`;
      const claim: Omit<Claim, 'content'> = {
        sentence: si,
        group,
        label: en.cues[0].cue.label,
        confidence: 0,
        speaker: en.mention,
        cue: { start: cueStart, end: firstCue.cue.end },
        cues: en.cues.map((x) => (x !== firstCue && ownRelative(ctx, x, en.mention) ? { ...x.cue, relative: true } : en.nested.has(x) ? { ...x.cue, nested: true } : x.cue)),
        // (a cue of the source's own relative clause is another act, not part of the first statement: '“…,” said Weaver, who said …')
        otherCues: en.cues.slice(1).filter((x) => !en.nested.has(x) || ownRelative(ctx, x, en.mention)).map((x) => ({ start: verbGroupStart(ctx, x, sFirst), end: x.cue.end })),
        evidence: [...en.cues.map((x) => x.cue.rule), ...(en.mention ? en.mention.evidence : ['speaker:none-found'])],
      };
      // (a detached claim has no content in its own sentence: carryQuotes gives it the quotation's)
      if (range) claims.push({ ...claim, content: { start: doc.tokens[range[0]].start, end: doc.tokens[range[1]].end } });
      else if (statement) detached.push({ claim, statement });
    });
  });

  doc.claims = headlineSpeakers(doc, opts.followOnQuotes ? carryTurns(ctx, carryQuotes(ctx, claims, detached)) : claims);
  return doc;
}

/** Is the source before a colon cue written in capitals ("FALLIN:", "JAKE TAPPER:")? */
function isCapsLabel(doc: Doc, fc: FoundCue): boolean {
  const words = doc.text.slice(doc.tokens[fc.mention!.first].start, doc.tokens[fc.first].start);
  return /\p{Lu}{2}/u.test(words) && words === words.toUpperCase();
}

/** Does sentence si open its paragraph? */
function isParagraphStart(doc: Doc, si: number): boolean {
  return si === 0 || doc.sentences[si - 1].paragraph !== doc.sentences[si].paragraph;
}

/** Is the cue's subject a relative pronoun whose antecedent is the mention (the source's own relative clause)? */
/**
 * The name that opens the sentence and ends at the comma right before the participle at token k, as a mention, or
 * null; only when the verb after the participle's phrase is no cue of the sentence ("Nate Cohn, writing in The New
 * York Times, noticed …"; with "…, said" the participle joins the claim of "said" as its other cue), and not a
 * name glued to what stands before it (a sentence split inside "Halo.Bungie.Org").
 */
function openingNameBefore(ctx: Ctx, k: number, sFirst: number, sLast: number, cues: FoundCue[]): FoundMention | null {
  const { tokens } = ctx;
  if (k - 2 < sFirst || tokens[k - 1].value !== ',' || !isNameTok(tokens[k - 2], ctx.lex) || /\.$/.test(tokens[k - 2].value)) return null;
  if (/\S/.test(ctx.doc.text[tokens[sFirst].start - 1] ?? ' ')) return null;
  let c = k + 1;
  while (c <= sLast && tokens[c].value !== ',') c++;
  let v = c + 1;
  while (v <= sLast && isVerbAdverb(tokens[v])) v++;
  const verb = tokens[v];
  if (c > sLast || !verb || !(verb.pos === 'VERB' || verb.pos === 'AUX') || cues.some((x) => x.first <= v && v <= x.last)) return null;
  return openingMention(ctx, k - 2, sFirst, 'speaker:subject', null);
}

function ownRelative(ctx: Ctx, fc: FoundCue, mention: Mention | null): boolean {
  const ante = fc.mention?.pronounFor;
  return ante !== undefined && mention !== null && ctx.tokens[ante.first].start >= mention.start && ctx.tokens[ante.last].end <= mention.end;
}

/**
 * A sentence that is nothing but a reporting clause after a quotation that
 * ended the sentence before with its own full stop ("“… the emails.” Trump
 * said."): the speaker and the cue open it, and at most a few words of time
 * or place follow ("said on Monday.").
 */
function onlyReporting(ctx: Ctx, fc: FoundCue, sFirst: number, sLast: number): boolean {
  const { tokens } = ctx;
  // (a denial or warning after a quotation answers it: "“The ruling is wrong.” Judge Amy Cole, presiding, disagreed.")
  if (!fc.mention || fc.cue.label !== 'assertion' || Math.min(fc.first, fc.mention.first) !== sFirst || tokens[sLast].value !== '.') return false;
  const blockLast = Math.max(fc.last, fc.mention.last);
  if (sLast - blockLast > 4) return false;
  for (let k = blockLast + 1; k < sLast; k++) if (tokens[k].pos === 'PUNCT' || tokens[k].pos === 'VERB' || isQuoteTok(tokens[k])) return false;
  const before = tokens[sFirst - 1];
  return before !== undefined && isQuoteTok(before) && before.sentence === tokens[sFirst].sentence - 1;
}
