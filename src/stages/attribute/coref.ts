/**
 * Coreference: resolves a found mention to a speaker (surname to full name, pronoun to an
 * earlier speaker, description to a role or an organisation) and reads gender and number.
 */
import type { Mention, Range, SourceKind } from '../../types.ts';
import { type Ctx, type FoundMention, type Gender, isCap, isDemonymAt, isNameTok, isPossessiveMark, isQuoteTok, isSourceNoun, nameWords, PLURAL_NOUN, POSSESSIVE_DET, SUBJECT_PRONOUNS, WEEKDAYS } from './context.ts';
import { isTitleCase } from '../words.ts';
import { clauseSubject, subjectAfterOpener } from './mentions.ts';
import { CONNECTORS } from './names.ts';

const PLURAL_PEOPLE = new Set(['men', 'women', 'pair', 'trio', 'couple', 'two', 'three', 'four', 'five', 'brothers', 'sisters', 'defendants', 'accused', 'councillors']);

/* ------------------------------------------------------------- resolution */

/** The last named person who spoke with a role that holds this word ("Bishop of Durham" for "the bishop"). */
function spokeWithRole(ctx: Ctx, word: string): Ctx['history'][number] | undefined {
  // (not a role that a qualifier makes another's: "the chancellor" is not the shadow chancellor, "The mayor" not the
  // deputy mayor)
  return ctx.history.findLast((h) => h.kind === 'person' && h.named && !!h.role && !QUALIFIED_ROLE.test(h.role) && h.role.toLowerCase().split(/\s+/).includes(word));
}
const QUALIFIED_ROLE = /\b(shadow|former|deputy|vice|acting|ex-|assistant|junior|prospective|outgoing|incoming)/i;

export function resolveMention(ctx: Ctx, m: FoundMention): Mention {
  const { tokens, text, lex } = ctx;
  const evidence = [m.rule];
  const start = tokens[m.first].start;
  const end = tokens[m.last].end;
  const coreText = text.slice(tokens[m.coreFirst].start, tokens[m.coreLast].end);
  // a body that heard statements ("the court heard") stands for unnamed speakers: it stays as written
  if (m.rule === 'speaker:venue') return { start, end, head: { start, end }, name: coreText, role: null, kind: 'group', evidence: [...evidence, 'speaker:group'] };
  // a list of names: each resolved, joined as written ("Muhammad Afzal, Mohammed Islam and Mohammed Kazi")
  if (m.list) {
    const parts: string[] = [];
    let k = m.coreFirst;
    while (k <= m.coreLast) {
      while (k <= m.coreLast && (tokens[k].value === ',' || tokens[k].lower === 'and' || lex.honorifics.has(tokens[k].lower))) k++;
      const f = k;
      // (a connector between name words is the name's: "Marks & Spencer", "House of Fraser")
      while (k <= m.coreLast && (isNameTok(tokens[k], lex) || (k > f && k < m.coreLast && (tokens[k].value === '&' || tokens[k].lower === 'of') && isNameTok(tokens[k + 1], lex)))) k++;
      if (k > f) {
        const words = tokens.slice(f, k).filter((x) => x.value !== '&' && x.lower !== 'of').map((x) => x.value);
        const hit = ctx.names.resolve(words, tokens[f].start, lex.orgWords);
        parts.push(hit && hit.tokens.length >= words.length ? hit.name : text.slice(tokens[f].start, tokens[k - 1].end));
      } else k++;
    }
    const name = parts.length > 1 ? `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}` : parts.join('');
    return { start, end, head: { start, end }, name, role: null, kind: 'group', evidence: [...evidence, 'coref:name-list'], named: true };
  }
  // a subject pronoun and a phrase: "she and her defenders" is named by whom "she" stands for
  if (m.last > m.first + 1 && SUBJECT_PRONOUNS.has(tokens[m.first].lower) && tokens[m.first + 1].lower === 'and') {
    const pro = resolveMention(ctx, { ...m, last: m.first, coreFirst: m.first, coreLast: m.first, headLast: m.first, nameFirst: null, nameLast: null, list: undefined, role: null });
    if (pro.kind !== 'pronoun') {
      return { start, end, head: { start, end }, name: `${pro.name} and ${text.slice(tokens[m.first + 2].start, end)}`, role: null, kind: 'group', evidence: [...pro.evidence, 'coref:pronoun-and-phrase'], named: pro.named };
    }
  }
  // "whose attorneys": named by the antecedent's name and what it owns ("Trump University's attorneys")
  if (m.ownerOf) {
    const ante = resolveMention(ctx, m.ownerOf);
    const owned = text.slice(tokens[m.first + 1].start, tokens[m.coreLast].end);
    return { start, end, head: { start, end }, name: `${ante.name}'s ${owned}`, role: null, kind: 'group', evidence: [...evidence, 'coref:relative-owner'], named: false };
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
    // the sentence before the pronoun's, whose subject may stand for it
    const prevSentence = ctx.doc.sentences[tokens[m.first].sentence - 1];
    if (lex.personPronouns.has(p)) {
      // the last person speaker whose gender does not contradict the pronoun
      const want = lex.pronounGender.get(p) ?? null;
      const subject = subordinateSubject(ctx, m.first, want);
      const opening = subject ? undefined : openingClauseSubject(ctx, m.first, want);
      const agrees = (h: Ctx['history'][number]) => h.kind === 'person' && !h.plural && (want === null || h.gender === null || h.gender === want);
      pick = subject ?? opening ?? ctx.history.findLast(agrees);
      // (the subject that spoke of a source's claims, not that source: "The prime minister shrugged off claims from
      // Michael Howard that …. He said …" is the prime minister)
      if (pick?.aside && !subject && !opening && pick.sentence !== undefined) {
        const s = ctx.doc.sentences[pick.sentence];
        const before = ctx.history.findLast((h) => h !== pick && h.sentence === pick!.sentence && h.at < pick!.at && agrees(h) && !h.aside);
        let main: FoundMention | null = null;
        if (!before) {
          let at = s.tokens[0];
          while (at < s.tokens[1] && tokens[at].start < pick.at) at++;
          main = clauseSubject(ctx, s.tokens[0], at);
        }
        const person = before ?? (main && tokens[main.first].pos !== 'PRON' ? namedPersonOf(ctx, main, want) : undefined);
        if (person) {
          pick = person;
          evidence.push('coref:pronoun-subject-before-aside');
        }
      }
      // (a speaker from before the sentence before yields to a named person who is that sentence's subject, when the
      // pronoun opens its own: "Sanders himself has tapered his campaign …. He even revealed …")
      const near = pick && !subject && !opening && prevSentence && pick.at < prevSentence.start ? nearbyPerson(ctx, m.first, want) : undefined;
      if (near) {
        pick = near;
        evidence.push('coref:pronoun-sentence-before-subject');
      } else if (subject) evidence.push('coref:pronoun-main-clause-subject');
      else if (opening) evidence.push('coref:pronoun-opening-clause-subject');
      else if (pick) evidence.push('coref:pronoun-last-person-speaker');
      else {
        const n = ctx.names.lastBefore(at, Infinity, want);
        if (n) { pick = { name: n.name, role: n.role, kind: 'person', plural: false, at: n.at, gender: null }; evidence.push('coref:pronoun-last-person-name'); }
      }
    } else if (lex.firstPerson.has(p) && !ctx.inQuote(start)) {
      // "I" outside quotation marks in a transcript's turn: the speaker its label names ("FALLIN: … I think …")
      const turn = ctx.turns.get(ctx.doc.sentences[tokens[m.first].sentence].paragraph);
      if (turn) {
        pick = { name: turn.name, role: turn.role, kind: turn.kind, plural: false, at: turn.start, named: turn.named, gender: null };
        evidence.push('coref:first-person-transcript-turn');
      }
    } else if (lex.pluralPronouns.has(p)) {
      // a plural document ("according to exit polls") only from the sentence before or the same one: "they"
      // that says or feels something further on is a group's
      const si = tokens[m.first].sentence;
      const near = ctx.doc.sentences[Math.max(0, si - 1)].start;
      const last = ctx.history[ctx.history.length - 1];
      if (last && last.plural && last.kind === 'document' && last.at >= near) pick = last;
      else pick = ctx.history.findLast((h) => h.plural && h.kind !== 'document');
      if (pick) evidence.push(pick.kind === 'document' ? 'coref:pronoun-last-document' : 'coref:pronoun-last-group-speaker');
    } else if (lex.thingPronouns.has(p)) {
      // "The report by the Pew Research Center reveals …. It also shows …": the document that spoke last
      const last = ctx.history[ctx.history.length - 1];
      if (last && last.kind === 'document' && !last.plural) {
        pick = last;
        evidence.push('coref:pronoun-last-document');
      } else {
        const groups = ctx.history.filter((h) => canBeOrganisation(h) && !h.plural).reverse();
        pick = groups.find((h) => h.named && h.kind === 'group') ?? groups.find((h) => h.named) ?? groups[0];
        // (a speaker from before the sentence before yields to the subject of that sentence when "it" opens its own:
        // "Marsh posted a $676m loss …. It blamed an $850m payout …" is Marsh, not an organisation that spoke earlier)
        const near = pick && prevSentence && pick.at < prevSentence.start ? nearbySubject(ctx, m.first, false) : undefined;
        if (near) {
          pick = near;
          evidence.push('coref:pronoun-nearby-subject');
        } else if (pick) evidence.push('coref:pronoun-last-organisation');
      }
    }
    // no speaker before it: the subject of its own clause or of the sentence before, when it agrees
    if (!pick && (lex.pluralPronouns.has(p) || lex.thingPronouns.has(p))) {
      pick = nearbySubject(ctx, m.first, lex.pluralPronouns.has(p));
      if (pick) evidence.push('coref:pronoun-nearby-subject');
    }
    if (pick) return { start, end, head: { start, end }, name: pick.name, role: pick.role, kind: pick.kind, evidence, named: pick.named };
    evidence.push('coref:unresolved-pronoun');
    return { start, end, head: { start, end }, name: tokens[m.first].value, role: null, kind: 'pronoun', evidence };
  }
  if (m.nameFirst !== null && m.nameLast !== null) {
    // two names joined by "and" are one source named by both: "The New York Times and the Wall Street Journal
    // confirmed", "Clinton and the State Department have said" (from the first name, past "Both")
    const pair = coordinatedNames(ctx, m);
    if (pair) {
      const { first, and } = pair;
      // (two people are persons, and plural: "they" stands for them, "he", "she" and "the group" do not)
      const kind: SourceKind = personAt(ctx, first, and - 1, start) && personAt(ctx, m.nameFirst, m.nameLast, start) ? 'person' : 'group';
      return { start, end, head: { start: tokens[first].start, end: tokens[m.nameLast].end }, name: text.slice(tokens[first].start, tokens[m.nameLast].end), role: null, kind, evidence: [...evidence, 'speaker:coordinated-names'], named: true };
    }
    const words = nameWords(tokens, m.nameFirst, m.nameLast);
    const head: Range = { start: tokens[m.nameFirst].start, end: tokens[m.nameLast].end };
    const lastWord = words[words.length - 1].toLowerCase();
    const coreTextLower = text.slice(tokens[m.coreFirst].start, tokens[m.coreLast].end).toLowerCase();
    // (an organisation that holds the name: "Environmental Protection Agency" for "Agency"; not one
    // beside it, "New York Times columnist David Brooks", "Peter T. King of New York")
    const inside = ctx.names.orgs
      .filter(({ entry: e, lower }) => e.tokens.length > words.length && coreTextLower.includes(lower) && e.tokens.some((t) => t.toLowerCase() === lastWord))
      .map(({ entry }) => entry)
      .sort((x, y) => y.name.length - x.name.length)[0];
    const honor = m.nameFirst > 0 && lex.honorifics.has(tokens[m.nameFirst - 1].lower);
    // "Mrs. Clinton" is not "Bill Clinton": an honorific's gender narrows the full names
    // (a style's word after it is a first name, which the gender would keep from its full name: "Sir Digby")
    const styled = honor && lex.styles.has(tokens[m.nameFirst - 1].lower);
    const honorGender = honor && !styled ? (lex.markerGender.get(tokens[m.nameFirst - 1].lower) ?? null) : null;
    const hit = inside ?? ctx.names.resolve(words, head.start, lex.orgWords, honorGender, styled);
    let name = words.join(' ');
    let role = m.role;
    if (hit && hit.tokens.length >= words.length) {
      if (hit.name !== name) evidence.push('coref:surname-to-full-name');
      name = hit.name;
      role = role ?? hit.role;
    }
    if (!role) {
      const prev = ctx.history.findLast((h) => h.name === name && h.role);
      if (prev) role = prev.role;
    }
    const fullLast = (hit && hit.tokens.length >= words.length ? hit.tokens[hit.tokens.length - 1] : lastWord).toLowerCase();
    // (a party's name is a group's, also after a word that may be a title: "Senior Tories believe")
    // (…and a one-word name whose description is an organisation's: "Allianz, a leading German insurer, said")
    const roleHead = role ? descriptionHead(role) : '';
    const org = lex.orgWords.has(fullLast) || (words.length === 1 && !hit && !honor && !role && words[0] === words[0].toUpperCase()) || lex.parties.includes(name) || (words.length === 1 && !honor && lex.orgDescriptors.has(roleHead) && !lex.personNouns.has(roleHead) && !lex.titles.has(roleHead));
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
  // (a name in capitals that ends in an organisation's word is no person: "according to the Philippine Star")
  const orgName = lex.orgWords.has(headTok.lower) && m.coreLast > m.coreFirst && tokens.slice(m.coreFirst + 1, m.coreLast + 1).every((t) => isCap(t));
  const kind: SourceKind = lex.documentNouns.has(headTok.lower) ? 'document' : lex.personNouns.has(headTok.lower) && !orgName ? 'person' : 'group';
  const head = { start: tokens[m.coreFirst].start, end: tokens[m.coreLast].end };
  // a capitalised head word of an organisation named in full elsewhere: "Court" → "Court of Appeals for …"
  if (isCap(headTok) && m.headLast === m.coreLast && lex.orgWords.has(headTok.lower)) {
    // (its other capitalised words among the organisation's: "the Justice Department" is not "the Chicago Police Department")
    const org = ctx.names.resolve([headTok.value], start, lex.orgWords);
    const words = org ? new Set(org.tokens.map((w) => w.toLowerCase())) : null;
    if (org && words && org.tokens.length > 1 && tokens.slice(m.coreFirst, m.coreLast).every((t) => !isCap(t) || t.lower === 'the' || words.has(t.lower))) return { start, end, head, name: org.the ? `the ${org.name}` : org.name, role: null, kind: 'group', evidence: [...evidence, 'coref:word-to-organisation'], named: true };
  }
  // a definite description for someone named earlier: "the firm" → the organisation,
  // "the Liberal Democrat leader" → the person with that role
  const definite = tokens[m.coreFirst].lower === 'the' && !PLURAL_NOUN.test(headTok.lower) && (m.headLast === m.coreLast || lex.personNouns.has(headTok.lower) || lex.orgDescriptors.has(headTok.lower));
  // "The Times newspaper": the name inside names it
  if (lex.orgDescriptors.has(headTok.lower)) {
    let e = m.headLast - 1;
    while (e >= m.coreFirst && !isNameTok(tokens[e], lex)) e--;
    let f = e;
    while (f - 1 >= m.coreFirst && isNameTok(tokens[f - 1], lex)) f--;
    // …not a person's name: "The Clinton campaign" is the campaign, not "The Clinton"
    const inside = e >= m.coreFirst ? tokens.slice(f, e + 1).map((x) => x.value) : [];
    const full = inside.length > 0 ? ctx.names.resolve(inside, start, lex.orgWords) : null;
    const person = inside.length > 0 && (ctx.names.personLike(inside.map((w) => w.toLowerCase())) || (full !== null && (full.person || ctx.names.personLike(full.tokens.map((w) => w.toLowerCase())))));
    if (e >= m.coreFirst && e === m.headLast - 1) {
      const the = f > m.coreFirst && tokens[f - 1].lower === 'the' ? `${tokens[f - 1].value} ` : '';
      // a person's campaign or team is named by the whole description, and can be pointed back to
      if (person) return { start, end, head, name: coreText, role: null, kind: 'group', evidence: [...evidence, 'speaker:group-of-person'], named: true };
      // only an outlet is named by the name before its noun ("The Times newspaper"); "The German company", "the
      // Lords Campaign", "A Dallas court" are named by the whole description
      if (lex.outletNouns.has(headTok.lower)) return { start, end, head, name: the + text.slice(tokens[f].start, tokens[e].end), role: null, kind: 'group', evidence: [...evidence, 'speaker:name-in-description'], named: true };
    }
  }
  // "the party": the last political party named before it ("the Conservative Party" names itself)
  if (definite && headTok.lower === 'party' && m.headLast > m.coreFirst + 1 && tokens.slice(m.coreFirst + 1, m.headLast + 1).every(isCap)) {
    return { start, end, head, name: coreText, role: null, kind: 'group', evidence: [...evidence, 'speaker:party-name'], named: true };
  }
  if (definite && headTok.lower === 'party') {
    let best: { name: string; at: number } | null = null;
    // not a party named in its own sentence ("The party challenged the Tories": not the Tories)
    const sentence = ctx.doc.sentences[tokens[m.first].sentence];
    const own = text.slice(start, sentence.end);
    // (the last named by where it ends, the longer of two that end together: "Liberal Democrats", not "Democrats")
    const ends = (b: { name: string; at: number }) => b.at + b.name.length;
    for (const p of lex.parties) {
      if (own.includes(p) || (p.endsWith('y') && own.includes(`${p.slice(0, -1)}ies`))) continue;
      const at = text.lastIndexOf(p, start);
      const cand = { name: p, at };
      if (at >= 0 && (!best || ends(cand) > ends(best) || (ends(cand) === ends(best) && p.length > best.name.length)) && /\W/.test(text[at + p.length] ?? ' ')) best = cand;
    }
    if (best) {
      // (by its fullest name written before, "The Labour Party will hold …", as written)
      const full = new RegExp(`\\b(?:[Tt]he )?${best.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} Party\\b`).exec(text.slice(0, start));
      return { start, end, head, name: full ? full[0] : best.name, role: null, kind: 'group', evidence: [...evidence, 'coref:description-to-party'], named: true };
    }
  }
  // only a bare "the firm" points back; "the rights group" introduces someone new
  if (definite && m.headLast === m.coreFirst + 1 && !isCap(headTok) && lex.orgDescriptors.has(headTok.lower)) {
    const org = organisationFor(ctx, headTok.lower, start);
    if (org) return { start, end, head, name: org, role: null, kind: 'group', evidence: [...evidence, 'coref:description-to-organisation'], named: true };
  }
  // (a title that is no person noun points back only to the person who holds it: "the Bishop" → the "Bishop of Durham")
  if (definite && kind !== 'person' && m.coreLast === m.coreFirst + 1 && lex.titles.has(headTok.lower) && !CONNECTORS.has(headTok.lower) && headTok.value !== headTok.value.toUpperCase() &&
    !lex.orgWords.has(headTok.lower) && !lex.orgDescriptors.has(headTok.lower)) {
    const who = ctx.names.byRole(text.slice(tokens[m.coreFirst + 1].start, tokens[m.coreLast].end), start);
    if (who) return { start, end, head, name: who.name, role: who.role, kind: 'person', evidence: [...evidence, 'coref:description-to-role'], named: true };
    // (…or a source who spoke with that role, as an apposition gave it: "The Bishop of Durham, the Rt Rev Dr Tom Wright,
    // said …" and later "the Bishop said")
    const spoke = spokeWithRole(ctx, headTok.lower);
    if (spoke) return { start, end, head, name: spoke.name, role: spoke.role, kind: 'person', evidence: [...evidence, 'coref:description-to-role'], named: true };
  }
  // the publication's own staff, in its narration: "our correspondent" is the correspondent it named ("BBC labour
  // affairs correspondent Stephen Cape"), not a new source
  if (tokens[m.coreFirst].lower === 'our' && m.coreLast === m.coreFirst + 1 && lex.personNouns.has(headTok.lower) && !ctx.inQuote(start)) {
    const who = ctx.names.byRole(headTok.lower, start);
    if (who) return { start, end, head, name: who.name, role: who.role, kind: 'person', evidence: [...evidence, 'coref:own-staff-to-role'], named: true };
  }
  if (definite && kind === 'person') {
    const description = text.slice(tokens[m.coreFirst + 1].start, tokens[m.coreLast].end);
    const who = ctx.names.byRole(description, start);
    if (who) return { start, end, head, name: who.name, role: who.role, kind: 'person', evidence: [...evidence, 'coref:description-to-role'], named: true };
    const spoke = m.coreLast === m.coreFirst + 1 ? spokeWithRole(ctx, headTok.lower) : undefined;
    if (spoke) return { start, end, head, name: spoke.name, role: spoke.role, kind: 'person', evidence: [...evidence, 'coref:description-to-role'], named: true };
    // "the Liberal Democrat leader said …" right after a named person spoke: the same person
    // (not "the prime minister's spokesman": someone else's, see below)
    const possessive = tokens.slice(m.coreFirst, m.coreLast + 1).some(isPossessiveMark);
    if (m.coreLast - m.coreFirst >= 2 && !possessive) {
      const last = ctx.history.findLast((h) => h.kind === 'person' && h.named && !h.plural);
      if (last && start - last.at < 800) return { start, end, head, name: last.name, role: last.role ?? description, kind: 'person', evidence: [...evidence, 'coref:description-to-last-speaker'], named: true };
      // else the person named last before it, close by
      // (a person's: by a role, an honorific or a first name; not "Downing Street" for "the prime minister")
      const named = ctx.names.lastBefore(start, 599);
      if (named && (named.person || named.role || lex.nameGender.has(named.tokens[0].toLowerCase()) || lex.titles.has(named.tokens[0].toLowerCase()))) return { start, end, head, name: named.name, role: named.role ?? description, kind: 'person', evidence: [...evidence, 'coref:description-to-last-name'], named: true };
    }
  }
  // "the men", "the pair", "the three" after a list of names: that list
  if (tokens[m.coreFirst].lower === 'the' && m.headLast === m.coreLast && PLURAL_PEOPLE.has(headTok.lower)) {
    const list = ctx.history.findLast((h) => h.plural && h.named && / and /.test(h.name));
    if (list && start - list.at < 2000) return { start, end, head, name: list.name, role: null, kind: 'group', evidence: [...evidence, 'coref:description-to-list'], named: true };
  }
  // "the companies" → "The tobacco companies", a speaker described more fully before with the same head noun
  if (tokens[m.coreFirst].lower === 'the' && m.coreLast === m.coreFirst + 1 && m.headLast === m.coreLast && PLURAL_NOUN.test(headTok.lower) && headTok.pos === 'NOUN') {
    const tail = ` ${headTok.lower}`;
    // (not a document "of" them: "a survey of 1,300 bosses")
    const ofDocument = (name: string) => name.toLowerCase().split(' ').some((w, i, ws) => ws[i + 1] === 'of' && lex.documentNouns.has(w));
    const fuller = ctx.history.findLast((h) => h.plural && h.name.toLowerCase().endsWith(tail) && h.name.split(' ').length > 2 && start - h.at < 2000 && !ofDocument(h.name));
    if (fuller) return { start, end, head, name: fuller.name, role: null, kind: 'group', evidence: [...evidence, 'coref:description-to-fuller-description'], named: fuller.named ?? false };
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
  // a person described in the headline or the lead, named as a subject just after: "WorldCom director
  // admits lying / The former chief financial officer at … WorldCom has admitted … / … Scott Sullivan said"
  const sentence = tokens[m.coreFirst].sentence;
  // (not a relative's or someone's own: "his wife", "her spokesman"; not a description with a name in it)
  // (nor one a relative clause identifies: "A woman who has accused former President Bill Clinton of rape said")
  if (lex.personNouns.has(headTok.lower) && !PLURAL_NOUN.test(headTok.lower) && sentence <= LEAD_SENTENCES && m.rule !== 'speaker:subject-participle-phrase' && !POSSESSIVE_DET.has(tokens[m.coreFirst].lower) && m.last === m.coreLast &&
    !tokens.slice(m.coreFirst, m.last + 1).some((x) => x.lower === 'who')) {
    const who = ctx.names.nextSubject(sentence, 2);
    // a role written with the name must agree with the description ("An executive at Marsh" is not
    // "New York Attorney General Eliot Spitzer")
    const words = new Set(coreText.toLowerCase().split(/[^\p{L}]+/u));
    const agrees = who !== null && (who.role === null || who.role.toLowerCase().split(/[^\p{L}]+/u).some((w) => w.length > 2 && words.has(w)));
    if (who && agrees) return { start, end, head, name: who.name, role: who.role ?? coreText, kind: 'person', evidence: [...evidence, 'coref:description-to-next-subject'], named: true };
  }
  // an organisation described in the headline or the lead, named as a subject just after: "… one of the world's
  // leading credit rating agencies says. / Standard & Poor's has classed …" (a description with no name in it)
  const lastWord = tokens[m.coreLast].lower;
  const orgHead = lex.orgDescriptors.has(lastWord) || (partOne(tokens, m.coreFirst) && lex.orgDescriptors.has(lastWord.replace(/ies$/, 'y').replace(/s$/, '')));
  // (opened by an article or "one of": "an anti-fraud agency", "the elections watchdog"; not a headline's bare "Campaign")
  const opensDescription = (tokens[m.coreFirst].pos === 'DET' && !POSSESSIVE_DET.has(tokens[m.coreFirst].lower)) || partOne(tokens, m.coreFirst);
  if (orgHead && opensDescription && sentence <= LEAD_SENTENCES && m.last === m.coreLast && !tokens.slice(m.coreFirst, m.coreLast + 1).some((x) => isCap(x) && x.pos !== 'DET')) {
    const org = ctx.names.nextOrgSubject(sentence, 2);
    if (org) return { start, end, head, name: org.the ? `The ${org.name}` : org.name, role: null, kind: 'group', evidence: [...evidence, 'coref:description-to-next-subject'], named: true };
  }
  evidence.push(kind === 'document' ? 'speaker:document' : 'speaker:group');
  // a group that one noun and a participle phrase describe is named by all of it ("Experts
  // studying the seas off …"); a party by its name ("Democrats trying to regain …")
  const described = m.rule === 'speaker:subject-participle-phrase' && m.headLast === m.coreFirst && !lex.parties.some((p) => p.toLowerCase() === headTok.lower);
  const name = described ? text.slice(tokens[m.coreFirst].start, tokens[m.last].end) : coreText;
  // an organisation's capitalised name is a name ("the Finance and Economy Ministry"), which "it" may point back to
  const from = tokens[m.coreFirst].pos === 'DET' ? m.coreFirst + 1 : m.coreFirst;
  // (also with its capitalised "of …" after the head word: "the Department of Trade and Industry")
  const capitalised = (t: Ctx['tokens'][number]) => isCap(t) || t.lower === 'and' || t.lower === 'of' || t.value === '&';
  const orgOf = (k: number) => lex.orgWords.has(tokens[k].lower) && tokens[k + 1]?.lower === 'of' && k + 1 < m.coreLast;
  const named = kind === 'group' && from < m.coreLast && tokens.slice(from, m.coreLast + 1).every(capitalised) && (lex.orgWords.has(headTok.lower) || orgOf(from));
  return named ? { start, end, head, name, role: m.role, kind, evidence, named } : { start, end, head, name, role: m.role, kind, evidence };
}

/** "one of …": a single member of the group named after it. */
const partOne = (tokens: Ctx['tokens'], k: number): boolean => tokens[k].lower === 'one' && tokens[k + 1]?.lower === 'of';

/** A description in the headline or the first sentences of an article may name a person named just after. */
const LEAD_SENTENCES = 2;

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
  // a name that the article wrote right after the same descriptor: "Revenues at media group Reuters slipped …, the
  // group said" (not the last organisation named, "Fleet Street")
  // (a one-word name is in no name entry: read the text)
  // (by its fullest name: "group Marsh" is Marsh & McLennan)
  let introduced: { words: string[]; at: number } | null = null;
  for (const x of ctx.text.slice(0, at).matchAll(new RegExp(`(?<![\\p{L}-])${descriptor} (\\p{Lu}[\\p{L}\\p{N}'’-]*(?: (?:&|\\p{Lu}[\\p{L}\\p{N}'’-]*))*)`, 'gu'))) {
    introduced = { words: x[1].replace(/['’]s$/, '').split(' ').filter((w) => w !== '&'), at: (x.index ?? 0) + descriptor.length + 1 };
  }
  // (only close by, in its sentence or the one before: a firm introduced further back may not be the one meant)
  const sentenceOf = (offset: number) => ctx.doc.sentences.findIndex((x) => offset >= x.start && offset < x.end);
  if (introduced && sentenceOf(at) - sentenceOf(introduced.at) <= 1) {
    const full = ctx.names.resolve(introduced.words, introduced.at, ctx.lex.orgWords);
    if (full && !full.person && full.tokens.length >= introduced.words.length) return full.the ? `The ${full.name}` : full.name;
    if (!full) return introduced.words.join(' ');
  }
  // (a newspaper is one named earlier whose name has a newspaper's word, "the Financial Times", "Arab News"; not the
  // last firm or body, "the newspaper" was Qantas, Deutsche Boerse, The Muslim Association of Britain)
  if (ctx.lex.pressDescriptors.has(descriptor)) {
    // (a word of it, "The Mail on Sunday", unless an organisation's word ends it: "News Corp" owns papers)
    const press = (e: { tokens: string[] }) => {
      const last = e.tokens[e.tokens.length - 1].toLowerCase();
      return e.tokens.some((t) => ctx.lex.pressNameWords.has(t.toLowerCase())) && (ctx.lex.pressNameWords.has(last) || !ctx.lex.orgWords.has(last));
    };
    const paper = ctx.names.entries.filter((e) => e.at < at && press(e)).at(-1);
    return paper ? (paper.the ? `The ${paper.name}` : paper.name) : null;
  }
  // (a descriptor that names hold stands for no other organisation: "the campaign" is the last source whose name holds
  // it, "the Sanders campaign", not the last firm or state named)
  if (ctx.lex.namedDescriptors.has(descriptor)) return ctx.history.findLast((h) => h.kind === 'group' && h.name.toLowerCase().split(/\s+/).includes(descriptor))?.name ?? null;
  // (a public body is no firm: "The company says" after "The SEC had accused Titan" is Titan; a body is known by a word
  // of its name, also through its initials where the article spelt them out, "the Securities and Exchange Commission (SEC)")
  const firm = ctx.lex.firmDescriptors.has(descriptor);
  const bodyWord = (w: string) => ctx.lex.publicBodyWords.has(w.toLowerCase());
  // (initials to the words they spell, the first spelling written)
  const spelt = new Map<string, string[]>();
  if (firm) for (const e of ctx.names.entries) if (e.initials && !spelt.has(e.initials)) spelt.set(e.initials, e.tokens);
  const publicBody = (name: string) => name.split(/\s+/).some((w) => bodyWord(w) || (spelt.get(w) ?? []).some(bodyWord));
  const spoke = ctx.history.findLast((h) => h.named && h.kind === 'group' && !(firm && publicBody(h.name)));
  const named = ctx.names.lastOrg(at, firm ? (e) => !publicBody(e.name) : undefined);
  if (spoke && named) {
    // prefer whichever the article mentions more
    const count = (name: string) => ctx.names.entries.filter((e) => e.at < at && name.toLowerCase().includes(e.tokens[e.tokens.length - 1].toLowerCase())).length;
    return count(spoke.name) + 1 >= count(named.name) ? spoke.name : named.the ? `The ${named.name}` : named.name;
  }
  if (spoke) return spoke.name;
  if (named) return named.the ? `The ${named.name}` : named.name;
  return firm ? salientFirm(ctx, at) : null;
}

/**
 * The firm an article is about, for "the firm" or "the company" when no organisation was named or spoke before it:
 * a one-word name, which no name-index entry holds ("Renault boss hails 'great year' … although the firm warned"),
 * written at least twice before the description, once in the headline or in running text (not only opening a
 * sentence), and never in lower case. Not a place (places.json: "Europe", "China"), a first name, a title, a day or a demonym, nor a word of
 * a person's name; the most frequent wins, the earliest on a tie. Null when none is.
 */
function salientFirm(ctx: Ctx, at: number): string | null {
  const { tokens, lex } = ctx;
  const personWords = new Set(ctx.names.entries.filter((e) => e.person || !e.org).flatMap((e) => (e.tokens.length > 1 ? e.tokens : [])).map((t) => t.toLowerCase()));
  const counts = new Map<string, { n: number; running: boolean; first: number }>();
  for (let k = 0; k < tokens.length && tokens[k].start < at; k++) {
    const t = tokens[k];
    if (t.pos !== 'PROPN' || !/^\p{Lu}[\p{Ll}]{2,}$/u.test(t.value)) continue;
    const w = t.lower;
    if (lex.places.has(w) || lex.nameGender.has(w) || lex.titles.has(w) || lex.honorifics.has(w) || lex.orgWords.has(w) || WEEKDAYS.has(w) || isDemonymAt(tokens, k, lex) || personWords.has(w)) continue;
    // (a word of a longer name is that name's: "Bank of America", "Cairn Energy")
    const opening = ctx.doc.sentences[t.sentence].tokens[0];
    if (isNameTok(tokens[k + 1], lex) && tokens[k + 1].sentence === t.sentence) continue;
    if (k > opening && isNameTok(tokens[k - 1], lex) && k - 1 !== opening) continue;
    const c = counts.get(w) ?? { n: 0, running: false, first: k };
    c.n++;
    if (t.sentence === 0 || k !== opening) c.running = true;
    counts.set(w, c);
  }
  // (a word the article also writes in lower case is a common one capitalised: "Profits slide at …")
  const lowerWords = new Set(ctx.text.match(/\p{L}+/gu)?.filter((w) => w === w.toLowerCase()));
  const common = (w: string) => lowerWords.has(w);
  let best: { w: string; n: number; first: number } | null = null;
  for (const [w, c] of counts) if (c.n >= 2 && c.running && (!best || c.n > best.n) && !common(w)) best = { w, n: c.n, first: c.first };
  return best ? tokens[best.first].value : null;
}

/** A speaker that can be an organisation: a group, or a name with no role and no gender cue ("Krispy Kreme"). */
function canBeOrganisation(h: Ctx['history'][number]): boolean {
  return h.kind === 'group' || (h.kind === 'person' && h.named === true && !h.role && h.gender === null && !h.plural);
}

/** Gender from the words of a mention and of the name's other mentions: honorifics, nouns, first names. */
export function genderOf(ctx: Ctx, m: Mention): Gender {
  if (m.kind !== 'person') return null;
  const { lex, text } = ctx;
  // (the words before it in its own sentence only: '…," he said. Ann Simpson, …' is no "he")
  const sentences = ctx.doc.sentences;
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (sentences[mid].start <= m.start) lo = mid;
    else hi = mid - 1;
  }
  const from = Math.max(0, m.start - 12, sentences[lo]?.start ?? 0);
  const words = [
    // the words up to the head (an honorific, "actress"), not words the span takes in after it (a participle
    // phrase, "voters polled", "(D-N.Y.)"); an apposition counts through the role
    ...text.slice(Math.min(from, m.start), Math.max(m.head.end, m.start)).toLowerCase().split(/[^\p{L}.]+/u),
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

export function isPlural(ctx: Ctx, m: Mention): boolean {
  // (two people named together are plural: "Mark Blumenthal and Jon Cohen")
  if (m.kind === 'person') return m.evidence.includes('speaker:coordinated-names');
  const last = ctx.doc.text.slice(m.head.start, m.head.end).split(/\s+/).pop() ?? '';
  // (an organisation's name with "and" in it is one body: "the Finance and Economy Ministry"; not two bodies
  // joined, "the IMF and World Bank", "the Treasury and the Bank of England")
  const before = / (\S+) and /.exec(m.name)?.[1] ?? '';
  // (…nor a body "of" two things: "the Department of Trade and Industry")
  const ofWhat = / (\S+) of .* and /.exec(m.name)?.[1] ?? '';
  const oneBody = m.named === true && (ctx.lex.orgWords.has(last.toLowerCase()) || ctx.lex.orgWords.has(ofWhat.toLowerCase())) && before !== before.toUpperCase() && !ctx.lex.orgWords.has(before.toLowerCase()) && !/ and the /i.test(m.name);
  return /s$/i.test(last) || (/ and /.test(m.name) && !oneBody) || ctx.lex.pluralPronouns.has(last.toLowerCase());
}

/** A description's head word, lower case: its last word before any preposition ("a lawyer for the company": "lawyer"). */
const descriptionHead = (d: string): string =>
  (d.toLowerCase().split(/\s+(?:of|for|at|with|in|from|to|on|by|who|that|which)\s/)[0].split(/\s+/).pop() ?? '').replace(/[^\p{L}-]/gu, '');

/** tokens[a, b] name a person: opened by a known first name, or one word the article names a person by. */
function personAt(ctx: Ctx, a: number, b: number, at: number): boolean {
  const { tokens, lex } = ctx;
  if (lex.nameGender.has(tokens[a].lower)) return true;
  return a === b && ctx.names.resolve([tokens[a].value], at, lex.orgWords)?.person === true;
}

/**
 * Two names joined by "and", when the mention's last name run follows "and" (and a "the") right after another
 * name: "The New York Times and the Wall Street Journal", "Clinton and the State Department". Returns where the
 * first name starts and where the "and" stands, or null.
 */
function coordinatedNames(ctx: Ctx, m: FoundMention): { first: number; and: number } | null {
  const { tokens, lex } = ctx;
  if (m.nameFirst === null || m.nameLast === null) return null;
  const last = m.nameLast;
  let and = -1;
  for (let k = m.nameFirst - 1; k > m.coreFirst; k--) {
    if (tokens[k].lower === 'and' && isNameTok(tokens[k - 1], lex)) { and = k; break; }
    if (tokens[k].lower !== 'the') return null;
  }
  if (and < 0) return null;
  let f = and - 1;
  // (back over the first name, "&" inside it too: "Cable & Wireless and NTL")
  while (f - 1 >= m.coreFirst && (isNameTok(tokens[f - 1], lex) || (tokens[f - 1].value === '&' && f - 2 >= m.coreFirst && isNameTok(tokens[f - 2], lex)))) f--;
  const nameStart = f;
  // (a proper noun: not a common noun capitalised at the sentence's start, "Analysts and …")
  if (tokens[nameStart].pos !== 'PROPN') return null;
  if (f - 1 >= m.coreFirst && tokens[f - 1].value === 'The') f--;
  // (only descriptions before the first name, no preposition or verb: not "… at Twickenham and Kirwan")
  for (let k = m.coreFirst; k < f; k++) if (['ADP', 'VERB', 'AUX', 'PUNCT'].includes(tokens[k].pos)) return null;
  // (not one body whose name has "and" in it: "the World Travel and Tourism Council", "Securities and Exchange
  // Commission", where only the last part ends in an organisation's word)
  const endsOrg = (k: number) => lex.orgWords.has(tokens[k].lower);
  if (endsOrg(last) && !endsOrg(and - 1) && tokens[and - 1].value !== tokens[and - 1].value.toUpperCase() && tokens[and + 1].lower !== 'the') return null;
  // (a person's name after "and" wants a surname or a full name before it: "Bush and Blair", "Mark Blumenthal and
  // Jon Cohen"; not a title, "Do The Right Thing and Malcolm X. Attallah Shabazz")
  const firstName = (k: number) => lex.nameGender.has(tokens[k].lower);
  if (firstName(m.nameFirst) && and - 1 > nameStart && !firstName(nameStart)) return null;
  return { first: f, and };
}

/** The main clause's subject of sentence `si`, when it stands outside quotation marks and no pronoun is in its core. */
function namedSubjectOf(ctx: Ctx, si: number): FoundMention | null {
  const s = ctx.doc.sentences[si];
  const f = s ? clauseSubject(ctx, s.tokens[0], s.tokens[1]) : null;
  if (!f || ctx.inQuote(ctx.tokens[f.first].start) || ctx.tokens.slice(f.coreFirst, f.coreLast + 1).some((t) => t.pos === 'PRON')) return null;
  return f;
}

/** The pronoun reports the quotation that opens its sentence: "“…,” it said." */
function reportsQuotation(ctx: Ctx, pronoun: number): boolean {
  const { tokens } = ctx;
  const s = ctx.doc.sentences[tokens[pronoun].sentence];
  let k = pronoun - 1;
  if (tokens[k]?.value === ',') k--;
  return k > s.tokens[0] && isQuoteTok(tokens[k]) && isQuoteTok(tokens[s.tokens[0]]);
}

/**
 * For "he"/"she" that opens its sentence (or reports the quotation that opens it): the sentence before's subject
 * (not quoted; a news paragraph is often one sentence), when it is a named person of no other gender.
 */
function nearbyPerson(ctx: Ctx, pronoun: number, want: Gender): Ctx['history'][number] | undefined {
  const { tokens, doc } = ctx;
  const si = tokens[pronoun].sentence;
  const s = doc.sentences[si];
  const before = doc.sentences[si - 1];
  if (!before || before.headline) return undefined;
  const opens = clauseSubject(ctx, s.tokens[0], s.tokens[1])?.first === pronoun;
  if (!opens && !reportsQuotation(ctx, pronoun)) return undefined;
  // (not a title-case line, whose capitals make false names: "Ted Cruz Hints Trump …")
  if (isTitleCase(tokens, before.tokens[0], before.tokens[1])) return undefined;
  const there = namedSubjectOf(ctx, si - 1);
  if (!there) return undefined;
  const ment = resolveMention(ctx, there);
  // (a person's name opens with no acronym: "IRB Rugby Aid" is none)
  const first = tokens[there.nameFirst ?? there.coreFirst];
  if (ment.kind !== 'person' || !ment.named || isPlural(ctx, ment) || (first.value.length > 1 && first.value === first.value.toUpperCase())) return undefined;
  const gender = genderOf(ctx, ment);
  if (want !== null && gender !== null && gender !== want) return undefined;
  // (a full name, or one whose gender is known: not a place taken for a name, "San Jose, Calif.")
  if (gender === null && !/\s/.test(ment.name)) return undefined;
  // (after a quotation, which the last speaker may well go on with, only someone shown to be a person: by a first
  // name, an honorific, a role or an apposition, "Carole Bower, 75, a retiree in Carthage, Ill., …"; not "Sandy Hook")
  if (!opens && gender === null && !ment.role && there.last <= there.coreLast) return undefined;
  // (nor the object of the pronoun's own verb: '"…," he told Rubio.')
  const surname = ment.name.split(' ').pop();
  if (tokens[pronoun + 1]?.pos === 'VERB') {
    for (let k = pronoun + 2; k < s.tokens[1] && k <= pronoun + 4 && tokens[k].pos !== 'PUNCT'; k++) if (tokens[k].value === surname) return undefined;
  }
  return { name: ment.name, role: ment.role, kind: 'person', plural: false, at: ment.start, named: true, gender };
}

/**
 * "Yukos has dropped its action against banks it had accused …", "Analysts were surprised. They
 * believe …": for a pronoun that no earlier speaker answers (for "it" also one whose last speaker came
 * before the sentence before), the main clause's subject before it in
 * its sentence, else, for a pronoun that is its sentence's main subject, the sentence before's (same paragraph,
 * not quoted), when it is no pronoun, can speak (a name,
 * or a group, organisation, document or person noun) and agrees: plural for "they", a singular
 * non-person for "it".
 */
function nearbySubject(ctx: Ctx, pronoun: number, plural: boolean): Ctx['history'][number] | undefined {
  const { tokens, doc, lex } = ctx;
  const si = tokens[pronoun].sentence;
  const s = doc.sentences[si];
  const found: FoundMention[] = [];
  // (not for a reporting clause set off inside the statement: "US officials were talking up the dollar, they said")
  const after = tokens[pronoun + 2];
  const setOff = tokens[pronoun - 1]?.value === ',' && tokens[pronoun + 1]?.pos === 'VERB' && (after === undefined || after.pos === 'PUNCT');
  // (after the quotation it reports, the subjects inside the quotation are no candidates)
  const reports = reportsQuotation(ctx, pronoun);
  const here = setOff || reports ? null : clauseSubject(ctx, s.tokens[0], pronoun);
  if (here && here.last < pronoun) found.push(here);
  // (the sentence before's only for a pronoun that is its own sentence's main subject: "Last month it said …", or
  // that reports the quotation opening it: "“This move is the best of both worlds,” it said.")
  const main = found.length || reports ? null : clauseSubject(ctx, s.tokens[0], s.tokens[1]);
  const before = doc.sentences[si - 1];
  if ((main?.first === pronoun || reports) && before && before.paragraph === s.paragraph) {
    const there = namedSubjectOf(ctx, si - 1);
    if (there) found.push(there);
  }
  for (const f of found) {
    if (tokens.slice(f.coreFirst, f.coreLast + 1).some((t) => t.pos === 'PRON')) continue;
    const ment = resolveMention(ctx, f);
    if (ment.kind === 'pronoun' || ment.kind === 'person') continue;
    const pl = isPlural(ctx, ment);
    if (pl !== plural) continue;
    // only a source that can speak: a name, or a head noun of a group, an organisation or a document
    const head = (ctx.text.slice(ment.head.start, ment.head.end).split(/\s+/).pop() ?? '').toLowerCase();
    const sing = head.replace(/s$/, '');
    const speaks = ment.named || [head, sing].some((w) => isSourceNoun(lex, w) || lex.orgDescriptors.has(w));
    if (!speaks) continue;
    return { name: ment.name, role: ment.role, kind: ment.kind, plural: pl, at: ment.start, named: ment.named, gender: null };
  }
  return undefined;
}

/** Words that open an adverbial clause whose subject may stand for the main clause's. */
const CLAUSE_OPENERS = new Set(['when', 'because', 'as', 'while', 'since', 'after', 'before', 'although', 'though', 'if', 'until', 'unless', 'whenever']);

/**
 * "Although Assange was not charged, he has accused …": a pronoun that opens the main clause after
 * an opening subordinate clause stands for that clause's subject, a named person of its gender.
 */
function openingClauseSubject(ctx: Ctx, pronoun: number, want: Gender | null): Ctx['history'][number] | undefined {
  const { tokens } = ctx;
  const sFirst = ctx.doc.sentences[tokens[pronoun].sentence].tokens[0];
  if (tokens[pronoun - 1]?.value !== ',' || !CLAUSE_OPENERS.has(tokens[sFirst].lower) || tokens[sFirst].lower === 'if' || tokens[sFirst].lower === 'unless') return undefined;
  for (let k = sFirst + 1; k < pronoun - 1; k++) if (tokens[k].value === ',' || tokens[k].value === ';') return undefined;
  const subj = clauseSubject(ctx, sFirst + 1, pronoun - 1);
  if (!subj || tokens[subj.first].pos === 'PRON') return undefined;
  return namedPersonOf(ctx, subj, want);
}

/** The mention as a history entry when it resolves to a named person whose gender does not contradict `want`. */
function namedPersonOf(ctx: Ctx, subj: FoundMention, want: Gender | null): Ctx['history'][number] | undefined {
  const r = resolveMention(ctx, subj);
  if (r.kind !== 'person' || !r.named) return undefined;
  const gender = genderOf(ctx, r);
  if (want !== null && gender !== null && gender !== want) return undefined;
  return { name: r.name, role: r.role, kind: 'person', plural: false, at: r.start, named: true, gender };
}

/**
 * "Mr. Ailes reined in his hosts when he worried …": a person pronoun right after a
 * subordinator stands for the main clause's subject when that is a named person of a
 * compatible gender, rather than for the last speaker.
 */
function subordinateSubject(ctx: Ctx, pronoun: number, want: Gender | null): Ctx['history'][number] | undefined {
  const { tokens } = ctx;
  const sub = pronoun - 1;
  if (sub < 0 || !CLAUSE_OPENERS.has(tokens[sub].lower)) return undefined;
  let sFirst = ctx.doc.sentences[tokens[pronoun].sentence].tokens[0];
  // (the clause after a semicolon is one of its own: "The legislature passed a measure …; Gov. Mary Fallin, who …,
  // vetoed the bill because she said …")
  for (let k = sub - 1; k > sFirst; k--) if (tokens[k].value === ';' && !ctx.inQuote(tokens[k].start)) { sFirst = k + 1; break; }
  // "Even as he accused the Justice Department of …, Giuliani wouldn't …": in a clause that opens the sentence, the
  // main clause's subject after its comma, when that is a named person of the pronoun's gender
  if (sub === sFirst || (sub === sFirst + 1 && tokens[sFirst].lower === 'even')) {
    const after = subjectAfterOpener(ctx, pronoun, ctx.doc.sentences[tokens[pronoun].sentence].tokens[1] - 1);
    return after && tokens[after.mention.first].pos !== 'PRON' && !ctx.inQuote(tokens[after.mention.first].start) ? namedPersonOf(ctx, after.mention, want) : undefined;
  }
  if (sub <= sFirst) return undefined;
  const subj = clauseSubject(ctx, sFirst, sub);
  if (!subj || subj.last >= sub || tokens[subj.first].pos === 'PRON') return undefined;
  return namedPersonOf(ctx, subj, want);
}
