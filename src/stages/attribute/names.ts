/**
 * The article's name index: every run of name tokens, with its title, built once before
 * the cues are read, and the look-ups that turn a surname, a word or an acronym into the
 * fullest name written.
 */
import type { Token } from '../../types.ts';
import type { Lexicon } from '../lexicon.ts';
import { isTitleCase } from '../words.ts';
import { NAME_PARTICLES } from '../retag.ts';
import { type Ctx, endsTitleOf, firstNameStart, type Gender, isCap, isDemonymAt, isNameHyphen, isNameTok, describingNoun, isPossessiveMark, nameWords, openingParticiple, QUANTIFIERS } from './context.ts';

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
  /** Found in a title-case line (a headline): its capitals may be common words ("Rival Hillary Clinton"). */
  titleCase: boolean;
  /** Initials of its capitalised words ("OSI", "S&P"). */
  initials: string;
  /** Written with a title or an honorific: a person. */
  person: boolean;
  /** Index of the sentence it is written in. */
  sentence: number;
  /** Written as the subject of a verb: a verb or auxiliary follows it ("Scott Sullivan said"). */
  subject: boolean;
  /** …of a reporting verb ("Mary Kay Henry said"). */
  speaks: boolean;
}

const NO_WORDS = new Set<string>();

/** Suffixes after a surname ("Joseph R. Biden Jr."), lower case as written. */
const SUFFIXES = new Set(['jr', 'jr.', 'sr', 'sr.', 'ii', 'iii', 'iv']);

/** How far after a description (in characters, about two sentences) an organisation named later may be what it meant. */
const LATER_ORG_REACH = 300;

export class NameIndex {
  readonly entries: NameEntry[] = [];
  /** The organisations among the entries, with their names in lower case. */
  readonly orgs: Array<{ entry: NameEntry; lower: string }> = [];
  private byLast = new Map<string, NameEntry[]>();
  private byWord = new Map<string, NameEntry[]>();
  private byInitials = new Map<string, NameEntry[]>();
  /** Per entry, the words of its name (lower case) that stand right after a surname's particle ("blasio" in "Bill de Blasio"). */
  private afterParticle = new Map<NameEntry, Set<string>>();

  add(e: NameEntry): void {
    this.entries.push(e);
    if (e.org) this.orgs.push({ entry: e, lower: e.name.toLowerCase() });
    const push = (m: Map<string, NameEntry[]>, k: string) => {
      const l = m.get(k);
      if (l) l.push(e);
      else m.set(k, [e]);
    };
    push(this.byLast, e.tokens[e.tokens.length - 1].toLowerCase());
    // a name with a particle after its first word is also known by the word before the particle:
    // "Lula da Silva" is "Lula" too (a particle as written, lower case: "De Blasio" opens with the surname)
    const written = e.name.split(/\s+/);
    const particle = written.findIndex((w, k) => k >= 1 && NAME_PARTICLES.has(w));
    if (particle > 0 && !e.org) push(this.byLast, written[particle - 1].toLowerCase());
    // …and the words after a particle, in any case, for resolve (the first place each word stands)
    const lower = written.map((w) => w.toLowerCase());
    const after = new Set<string>();
    lower.forEach((w, x) => { if (lower.indexOf(w) === x && x > 0 && NAME_PARTICLES.has(lower[x - 1])) after.add(w); });
    if (after.size) this.afterParticle.set(e, after);
    for (const t of new Set(e.tokens.map((x) => x.toLowerCase()))) push(this.byWord, t);
    if (e.initials.length >= 2) push(this.byInitials, e.initials);
  }

  /**
   * The fullest name these name tokens stand for, nearest before `at` (else the first after):
   * a surname ("Putin" → "Vladimir Putin"), a word of an organisation's name ("Court" → "Court of
   * Appeals for the District of Columbia"), or an acronym ("OSI" → "Open Society Institute"). `firstName`: the one
   * word is known to be a first name (it follows a style, "Sir Digby").
   */
  resolve(tokens: string[], at: number, orgWords: Set<string>, gender: Gender = null, firstName = false): NameEntry | null {
    // (a surname's particle is no word to find: "De Blasio" is the "Bill de Blasio" written before)
    const lower = tokens.map((t) => t.toLowerCase());
    const bare = lower.filter((w) => !NAME_PARTICLES.has(w));
    const want = bare.length ? bare : lower;
    const contains = (e: NameEntry) => {
      const have = e.tokens.map((t) => t.toLowerCase());
      return want.every((w) => have.includes(w));
    };
    // (a one-word name is no organisation's last word: "Leicester say …" is not "BBC Radio Leicester", whose name
    // holds an organisation's word before it; a surname is a person's, "Journal" the Wall Street Journal's)
    const orgTail = (e: NameEntry) => want.length === 1 && e.org && e.tokens.length > 1 && !orgWords.has(want[0]) && e.tokens.slice(0, -1).some((t) => orgWords.has(t.toLowerCase()));
    let fits = (this.byLast.get(want[want.length - 1]) ?? []).filter((e) => contains(e) && !orgTail(e));
    // a surname spelt with one letter more or less than elsewhere in the article ("Abbot", "Abbott")
    if (tokens.length === 1 && want[0].length >= 5 && fits.every((e) => e.tokens.length === 1)) {
      for (const [last, list] of this.byLast) if (oneEditApart(last, want[0])) fits = fits.concat(list.filter((e) => e.tokens.length >= 2 && !e.org));
    }
    if (fits.length === 0 && tokens.length === 1 && (/^[A-Z&]{2,6}$/.test(tokens[0]) || /^[A-Z][a-z]{2,5}$/.test(tokens[0]))) {
      // "OSI", "S&P", and acronyms written as words ("Sepa")
      fits = (this.byInitials.get(tokens[0].toUpperCase()) ?? []).filter((e) => e.tokens.length >= 2);
    }
    // "Cadbury" → "Cadbury Schweppes", "Delta" → "Delta Airlines", "Serena" → "Serena Williams": one word that opens
    // only one longer name, an organisation's (by its words: not a product, "Nintendo DS", an event, "Uefa Cup", or a
    // newspaper, "Google News"; nor one named after a person, "The Steve Redgrave Trust") or a person's whose first
    // name it is (not after an honorific: "Mr Howard" is no "Howard Flight")
    if (tokens.length === 1 && fits.every((e) => e.tokens.length === 1)) {
      // (a word after a style is a first name, known or not: "Sir Digby")
      const first = firstName || this.firstNames.has(want[0]);
      const opens = (this.byWord.get(want[0]) ?? []).filter((e) => e.tokens.length >= 2 && e.tokens[0].toLowerCase() === want[0] && !/['’]s$/.test(e.name));
      const orgOf = (e: NameEntry) => e.org && !e.person && !first && !e.tokens.slice(1).some((t) => this.pressWords.has(t.toLowerCase()));
      const personOf = (e: NameEntry) => !e.org && first && gender === null;
      if (new Set(opens.map((e) => e.name)).size === 1 && opens.every((e) => orgOf(e) || personOf(e))) fits = opens;
    }
    // "Mr Kim" → "Kim Yungmin", "Ms. Acosta" → "Melba Acosta Febo", "Mr. Biden" → "Joseph R. Biden Jr.": after an
    // honorific, a word that is no first name and that only one person's name holds as its surname written first (two
    // words), as the first of two surnames (after a first name), or before a suffix ("Jr.")
    // (a first name of the other gender is no first name of his: "Mr Kim")
    if (tokens.length === 1 && gender !== null && fits.every((e) => e.tokens.length === 1) && this.firstNames.get(want[0]) !== gender) {
      const w = want[0];
      const surname = (e: NameEntry) => {
        const t = e.tokens.map((x) => x.toLowerCase());
        if (t.length >= 3 && SUFFIXES.has(t[t.length - 1]) && t[t.length - 2] === w) return true;
        if (t.length === 2 && t[0] === w && !this.firstNames.has(t[1])) return true;
        return t.length === 3 && t[1] === w && this.firstNames.has(t[0]) && !SUFFIXES.has(t[2]);
      };
      const held = this.entries.filter((e) => !e.org && surname(e));
      if (held.length && new Set(held.map((e) => e.name)).size === 1) fits = held;
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
    // among several full names, a known first name of the other gender rules one out ("Mrs. Clinton"
    // is not "Bill Clinton"); a lone candidate stays, since first names can be either ("Mr. Lindsey Graham")
    if (gender) {
      const same = fits.filter((e) => e.tokens.length < 2 || (this.firstNames.get(e.tokens[0].toLowerCase()) ?? gender) === gender);
      if (same.some((e) => e.tokens.length >= 2)) fits = same;
    }
    // a full name written in running text wins over one from a title-case line
    if (fits.some((e) => e.titleCase) && fits.some((e) => !e.titleCase && e.tokens.length >= 2)) fits = fits.filter((e) => !e.titleCase);
    // (and a title-case line's capitals do not lengthen a name written in that very run: "Media Reports Reveal Reason
    // Behind …" does not make "Media Reports" a longer name)
    fits = fits.filter((e) => !(e.titleCase && e.tokens.length > tokens.length && at >= e.at && at < e.at + e.name.length));
    if (fits.length === 0) return null;
    // (a word that a longer name holds after a particle is that name's only when no full name holds it otherwise:
    // "Trump" is "Donald Trump", not "Los Hijos de Trump"; "Souza" alone is still "Jeremy de Souza")
    if (want.length === 1) {
      const afterParticle = (e: NameEntry) => this.afterParticle.get(e)?.has(want[0]) === true;
      if (fits.some((e) => e.tokens.length >= 2 && !afterParticle(e))) fits = fits.filter((e) => !afterParticle(e));
    }
    const maxLen = Math.max(...fits.map((e) => e.tokens.length));
    const full = fits.filter((e) => e.tokens.length === maxLen);
    let before = full.filter((e) => e.at <= at);
    // when the fullest names all come later, a full name before it is the one meant ("Bush" after "Jeb Bush" is
    // not a "George W. Bush" named further on), written as the fullest name that holds all its words; not when
    // the name was first written alone ("Sanders …, his wife, Jane Sanders, …": someone named in full later)
    if (before.length === 0 && maxLen > 2 && (this.firstSeen(want[want.length - 1]) ?? 0) >= Math.min(...fits.map((e) => e.at))) {
      const fullest = (e: NameEntry): NameEntry => {
        const have = e.tokens.map((t) => t.toLowerCase());
        let best = e;
        for (const x of fits) if (x.tokens.length > best.tokens.length && have.every((w) => x.tokens.some((t) => t.toLowerCase() === w))) best = x;
        return best;
      };
      before = fits.filter((e) => e.tokens.length >= 2 && e.at <= at).map(fullest);
    }
    // between different people of one surname, the one the article has named more often so far, then
    // the latest ("Clinton" in an article about Hillary Clinton that also names Bill Clinton); the surname
    // alone, written before another full name of it, counts for the first ("Senator Ted Cruz … Mr. Cruz … Mr.
    // Cruz … his father, Rafael Cruz, … Mr. Cruz" is Ted Cruz)
    let pick = before.length ? before[before.length - 1] : full[0];
    const count = new Map<string, number>();
    for (const e of before) count.set(e.name, (count.get(e.name) ?? 0) + 1);
    if (count.size > 1) {
      let first: string | null = null;
      for (const e of (this.byLast.get(want[want.length - 1]) ?? []).filter((x) => x.at < at).sort((x, y) => x.at - y.at)) {
        if (count.has(e.name)) {
          if (first !== null && e.name !== first) break;
          first = e.name;
        } else if (e.tokens.length === 1 && first !== null) count.set(first, count.get(first)! + 1);
      }
      for (const e of before) if (count.get(e.name)! > count.get(pick.name)!) pick = before.findLast((x) => x.name === e.name)!;
    }
    const withRole = fits.find((e) => e.name === pick.name && e.role) ?? pick;
    return { ...pick, role: pick.role ?? withRole.role };
  }

  /** The document's tokens, which the index was built from. */
  tokens: Token[] = [];
  private firstSeenAt: Map<string, number> | null = null;
  /** Where a capitalised word (lower-cased) is first written in the text; worked out on first use (rarely needed). */
  firstSeen(lower: string): number | undefined {
    if (!this.firstSeenAt) {
      this.firstSeenAt = new Map();
      for (const t of this.tokens) if (isCap(t) && !this.firstSeenAt.has(t.lower)) this.firstSeenAt.set(t.lower, t.start);
    }
    return this.firstSeenAt.get(lower);
  }

  /** First names that the lexicon knows: a person. */
  firstNames: Map<string, 'f' | 'm'> = new Map();
  /** Words of newspapers' names (lexicon pressNameWords), lower case. */
  pressWords: Set<string> = new Set();

  personLike(words: string[]): boolean {
    return this.firstNames.has(words[0]) || this.entries.some((e) => e.person && e.tokens.length === words.length && e.tokens.every((t, x) => t.toLowerCase() === words[x]));
  }

  /** A known first name opens the name: a person. */
  private knownFirst(e: NameEntry): boolean {
    return this.firstNames.has(e.tokens[0].toLowerCase());
  }

  /**
   * The entry as a full name: itself if it has two words or more, else the full name a surname after an
   * honorific stands for ("Mr Blair"), else null. Asked only once the index is built, so it is worked out
   * once per entry (lastBefore asks it of every entry on each call).
   */
  private fullName(x: NameEntry): NameEntry | null {
    if (this.fullNames.has(x)) return this.fullNames.get(x)!;
    const e = x.tokens.length >= 2 ? x : x.person ? this.resolve(x.tokens, x.at, NO_WORDS) : null;
    const full = e && e.tokens.length >= 2 && !e.org ? e : null;
    this.fullNames.set(x, full);
    return full;
  }
  private readonly fullNames = new Map<NameEntry, NameEntry | null>();

  /** The last name of two or more words before offset `at`, no further back than `within`: a person's of the gender asked (if any) first, else, when no gender is asked, any that is no organisation. */
  lastBefore(at: number, within = Infinity, gender: Gender = null): NameEntry | null {
    // a name known to be a person's (by a role or honorific) before any other: "Hollywood film star Liam
    // Neeson … Belfast's Lyric Theatre. The Ballymena-born actor said" is Neeson
    let best: NameEntry | null = null;
    let person: NameEntry | null = null;
    for (const x of this.entries) {
      if (!(x.at < at && at - x.at <= within && !x.org)) continue;
      // a surname after an honorific ("Mr Blair held talks with …") stands for the full name written before
      const full = this.fullName(x);
      if (!full) continue;
      const e = full === x ? x : { ...full, at: x.at, sentence: x.sentence, person: true };
      // a possessive names whose something, not who ("Hillary Clinton’s campaign")
      if (/['’]s$/.test(e.name)) continue;
      const known = this.firstNames.get(e.tokens[0].toLowerCase());
      // (a first name of the other gender rules a person out: "she" is not "Martin Scorsese")
      if (gender && known && known !== gender) continue;
      if (!best || e.at > best.at) best = e;
      // the person named in the latest sentence that names one, and the first named there, its subject
      // more often than not ("Michael Howard is to urge people who feel taken for granted by Tony Blair …
      // He will say": Howard)
      // (in a title-case headline a capital before a name may be a common word: a role there proves nothing)
      if (((e.person && !e.titleCase) || known) && (!person || e.sentence > person.sentence || (e.sentence === person.sentence && e.at < person.at))) person = e;
    }
    // "he" or "she" stands for a person: with no person of that gender, no name ("she" is not "Grand Prix")
    return gender ? person : person ?? best;
  }

  /**
   * The first person named as the subject of a reporting verb, else of any verb, in the `span`
   * sentences after sentence `after` (a person by role, honorific or known first name): the one a
   * description in a headline or lead introduces before naming ("WorldCom director admits lying …
   * Scott Sullivan said").
   */
  nextSubject(after: number, span: number): NameEntry | null {
    // the first who speaks ("Mary Kay Henry said"), else the first subject
    let first: NameEntry | null = null;
    for (const x of this.entries) {
      if (x.sentence <= after || x.sentence > after + span || x.org || !x.subject) continue;
      // a surname after an honorific counts through its full name ("Mr Crosby said")
      const e = this.fullName(x);
      if (!e || !(x.person || e.person || this.knownFirst(e))) continue;
      if (x.speaks) return e;
      first ??= e;
    }
    return first;
  }

  /** The first organisation (or name of no known person) that is a subject in the sentences after `after`, within `span`. */
  nextOrgSubject(after: number, span: number): NameEntry | null {
    for (const x of this.entries) {
      if (x.sentence <= after || x.sentence > after + span || !x.subject || x.titleCase) continue;
      if (x.org || (!x.person && !this.knownFirst(x))) return x;
    }
    return null;
  }

  /**
   * The organisation a description like "the firm" stands for: among names that are
   * organisations or at least not known persons, the most often written one so far
   * (the article's subject), the latest on a tie; else the first one after.
   */
  lastOrg(at: number, accept: (e: NameEntry) => boolean = () => true): NameEntry | null {
    const before = this.entries.filter((e) => e.at < at && accept(e));
    let best: { e: NameEntry; score: number } | null = null;
    for (const e of before) {
      // (a known first name makes a person: "The airline also said" is not "Ellen Simonetti")
      if (!(e.org || (!e.person && !this.knownFirst(e)))) continue;
      // salience: how many names so far share a word with it ("Krispy Kreme" and "Krispy Kreme Doughnuts")
      const words = new Set(e.tokens.map((t) => t.toLowerCase()));
      let score = e.org ? 1 : 0;
      for (const o of before) if (o.tokens.some((t) => words.has(t.toLowerCase()))) score++;
      if (!best || score > best.score || (score === best.score && (e.tokens.length > best.e.tokens.length || (e.tokens.length === best.e.tokens.length && e.at > best.e.at)))) best = { e, score };
    }
    // (none before: one named soon after, "The firm, whose …, said. Dr Reddy's …"; not one the article comes to
    // much later, the maker of a drug it mentions)
    return best ? best.e : (this.entries.find((e) => e.at >= at && e.at - at < LATER_ORG_REACH && (e.org || !e.person) && accept(e)) ?? null);
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
  // a plural is another word, not another spelling: "Wal-Mart", "Wal-Marts"
  if (a === `${b}s` || b === `${a}s`) return false;
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

/** The capitals (and "&") that open the words of tokens[i, j]: "Open Society Institute" → "OSI". */
const initialsOf = (tokens: Token[], i: number, j: number): string =>
  tokens.slice(i, j + 1).filter((t) => isCap(t) || t.value === '&').map((t) => (t.value === '&' ? '&' : t.value[0])).join('');

export const CONNECTORS = new Set(['of', 'for', 'the', '&', 'and', 'de', 'du', 'von', 'van', 'al', 'bin']);

/** Pre-pass: every run of two or more name tokens (connectors allowed inside), with the title run before it. */
export function buildNameIndex(ctx: Omit<Ctx, 'names'>): NameIndex {
  const { tokens, lex, text } = ctx;
  markSurnames(tokens, lex);
  markPluralTitles(tokens, lex);
  const idx = new NameIndex();
  idx.firstNames = lex.nameGender;
  idx.pressWords = lex.pressNameWords;
  // asked only of sentences that hold a name run
  const titleCaseMemo = new Map<number, boolean>();
  const titleCase = (si: number): boolean => {
    let v = titleCaseMemo.get(si);
    if (v === undefined) {
      const s = ctx.doc.sentences[si];
      v = s !== undefined && isTitleCase(tokens, s.tokens[0], s.tokens[1], true);
      titleCaseMemo.set(si, v);
    }
    return v;
  };
  idx.tokens = tokens;
  let i = 0;
  while (i < tokens.length) {
    // a run starts on a proper noun, or on another capitalised word right before one ("Krispy Kreme")
    if (!isNameTok(tokens[i], lex) || (tokens[i].pos !== 'PROPN' && !(tokens[i + 1]?.pos === 'PROPN' && isNameTok(tokens[i + 1], lex)))) { i++; continue; }
    if (isDemonymAt(tokens, i, lex) && isNameTok(tokens[i + 1], lex) && isNameTok(tokens[i + 2], lex) && !orgRunAhead(tokens, i, lex)) { i++; continue; }
    // (nor a participle capitalised at the sentence's start, which describes the name after it: "Troubled Marsh has
    // said", "Ailing EuroDisney", "Fuming Robinson")
    if (openingParticiple(tokens, i, lex)) { i++; continue; }
    // (a quantifier capitalised at the sentence's start opens no organisation's initials: "Many EU ministers are thought
    // to …"; a group it quantifies keeps it, "Most Gibraltarians")
    if (QUANTIFIERS.has(tokens[i].lower) && tokens[i].pos !== 'PROPN' && /^\p{Lu}{2,}$/u.test(tokens[i + 1]?.value ?? '')) { i++; continue; }
    let j = i;
    let connectors = false;
    for (;;) {
      const n = tokens[j + 1];
      if (!n || n.sentence !== tokens[i].sentence || n.start - tokens[j].end > 1) break;
      if (isNameTok(n, lex)) { j++; continue; }
      // a hyphenated name: "Kilroy-Silk"
      if (isNameHyphen(tokens, j + 1) && isNameTok(tokens[j + 2], lex)) { j += 2; continue; }
      // "Court of Appeals for the District of Columbia", "Standard & Poor's"
      let k = j + 1;
      while (tokens[k] && tokens[k].sentence === n.sentence && CONNECTORS.has(tokens[k].lower) && k - j <= 2) k++;
      // only inside organisation names: "Bank of England", "Standard & Poor's", not "Bernie Sanders of Vermont"
      const orgSoFar = tokens.slice(i, j + 1).some((t) => lex.orgWords.has(t.lower)) || tokens[j + 1].value === '&';
      // ("and the" joins two names: "Clinton and the State Department have said")
      const andOk = tokens[j + 1].lower !== 'and' || (orgRunAhead(tokens, k, lex) && tokens[j + 2]?.lower !== 'the');
      if (k > j + 1 && (orgSoFar || (tokens[j + 1].lower === 'and' && andOk)) && isNameTok(tokens[k], lex) && tokens[k].pos === 'PROPN' && andOk) {
        j = k;
        connectors = true;
        continue;
      }
      break;
    }
    // "Standard & Poor's has …": a final 's that is no possessive belongs to the name
    if (isPossessiveMark(tokens[j + 1]) && tokens[j + 1].start === tokens[j].end && !['NOUN', 'ADJ', 'PROPN', 'NUM'].includes(tokens[j + 2]?.pos ?? '') && tokens.slice(i, j + 1).some((t) => t.value === '&')) j++;
    // an organisation's name reaches back over capitalised title words: "Scottish Environment Protection Agency"
    if (lex.orgWords.has(tokens[j].lower)) while (i > 0 && isCap(tokens[i - 1]) && tokens[i - 1].pos !== 'DET' && tokens[i - 1].sentence === tokens[i].sentence && !lex.honorifics.has(tokens[i - 1].lower) && i - 1 > 0 && tokens[i - 2].sentence === tokens[i].sentence) i--;
    // in a title-case line the capitals before a known first name are common words: "Rival Hillary
    // Clinton", "Billionaire Donald Trump", "Bernie Sanders Burns Hillary Clinton"
    // anywhere, a known first name two or more words into the run starts the last full name in it:
    // page furniture glued to a headline ("Jeb Bush Hits Marco Rubio On …") is not one name
    if (!connectors) {
      const tc = titleCase(tokens[i].sentence);
      // (…and anywhere a common noun that describes the person: "Billionaire Donald Trump")
      const f = firstNameStart(tokens, i, tc || describingNoun(tokens[i], lex) ? i + 1 : i + 2, j - 1, lex, tc);
      if (f >= 0) i = f;
    }
    // the end of a title "X of Y" before a full name is the title's: "Secretary of State Jon Husted"
    if (j - i >= 2 && endsTitleOf(tokens, i, lex)) i++;
    // an acronym in brackets after the run spells the whole name, back over title words and "of", "and": "National
    // Institute of Economic and Social Research (NIESR)" (the run stopped at "Economic", a title word)
    const acronym = tokens[j + 1]?.value === '(' && tokens[j + 3]?.value === ')' && /^[A-Z&]{2,6}$/.test(tokens[j + 2]?.value ?? '') ? tokens[j + 2].value : null;
    if (acronym && initialsOf(tokens, i, j) !== acronym) {
      for (let k = i - 1; k >= 0 && i - k <= 8 && tokens[k].sentence === tokens[j].sentence && (isCap(tokens[k]) || CONNECTORS.has(tokens[k].lower)) && tokens[k].pos !== 'DET'; k--) {
        if (isCap(tokens[k]) && initialsOf(tokens, k, j) === acronym) { i = k; break; }
      }
    }
    const honor = i > 0 && lex.honorifics.has(tokens[i - 1].lower);
    // "FULL TEXT", "ABSTRACT": page furniture in capitals is not a name
    const shouting = j > i && tokens.slice(i, j + 1).every((t) => t.value.length >= 4 && t.value === t.value.toUpperCase());
    if ((j > i || honor) && !shouting) {
      const words = nameWords(tokens, i, j, (t) => !CONNECTORS.has(t.lower) && !isPossessiveMark(t));
      if (words.length === 0) { i = j + 1; continue; }
      const name = text.slice(tokens[i].start, tokens[j].end);
      // (or named right after a descriptor of organisations: "mining firm WMC Resources", "media group Reuters")
      // (not a person's name, one with a known first name: "married publisher Kimberly Quinn", "group EADS Philippe Camus")
      const described = i > 0 && tokens[i - 1].pos === 'NOUN' && !isCap(tokens[i - 1]) && lex.orgDescriptors.has(tokens[i - 1].lower) && tokens[i - 1].sentence === tokens[i].sentence &&
        !words.some((w) => lex.nameGender.has(w.toLowerCase()));
      const org = connectors || described || words.some((w) => lex.orgWords.has(w.toLowerCase()));
      const role = org ? null : titleBefore(ctx, i);
      idx.add({
        name,
        tokens: words,
        role,
        person: !org && (role !== null || honor),
        at: tokens[i].start,
        the: i > 0 && tokens[i - 1].lower === 'the',
        org,
        initials: initialsOf(tokens, i, j),
        titleCase: titleCase(tokens[i].sentence),
        sentence: tokens[i].sentence,
        subject: tokens[j + 1] !== undefined && tokens[j + 1].sentence === tokens[j].sentence && (tokens[j + 1].pos === 'VERB' || tokens[j + 1].pos === 'AUX'),
        speaks: tokens[j + 1] !== undefined && tokens[j + 1].sentence === tokens[j].sentence && tokens[j + 1].pos === 'VERB' && lex.verbLabel.has(tokens[j + 1].lemma),
      });
      // "The Open Society Institute (OSI)": the acronym names the same organisation
      if (tokens[j + 1]?.value === '(' && /^[A-Z&]{2,6}$/.test(tokens[j + 2]?.value ?? '') && tokens[j + 3]?.value === ')') {
        idx.add({ name, tokens: words, role: null, at: tokens[i].start, the: i > 0 && tokens[i - 1].lower === 'the', org: true, initials: tokens[j + 2].value, person: false, titleCase: titleCase(tokens[i].sentence), sentence: tokens[i].sentence, subject: false, speaks: false });
      }
    }
    i = j + 1;
  }
  return idx;
}

/** The title run right before token i ("Russian President", "NATO Secretary General"), or null. */
export function titleBefore(ctx: Pick<Ctx, 'tokens' | 'lex' | 'text'>, i: number): string | null {
  const { tokens, lex, text } = ctx;
  let k = i - 1;
  let sawTitle = false;
  while (k >= 0 && tokens[k].sentence === tokens[i].sentence) {
    const t = tokens[k];
    if (lex.honorifics.has(t.lower)) break;
    if ((lex.titles.has(t.lower) || t.pluralTitle) && t.pos !== 'DET' && t.pos !== 'ADP' && t.pos !== 'CCONJ') { sawTitle = true; k--; continue; }
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

/**
 * A title word is a surname right after a known first name or an initial: "John Major", "Mervyn King",
 * "Peter T. King" (not "President Obama", where the title comes first).
 */
function markSurnames(tokens: Token[], lex: Lexicon): void {
  for (let k = 1; k < tokens.length; k++) {
    const t = tokens[k];
    const prev = tokens[k - 1];
    if (!lex.titles.has(t.lower) || !/^\p{Lu}\p{Ll}/u.test(t.value) || prev.sentence !== t.sentence) continue;
    // (the second part of a hyphenated surname after a known first name: "Nicholas Betts-Green"; not "Under-Secretary")
    if (k >= 3 && isNameHyphen(tokens, k - 1) && !lex.titles.has(tokens[k - 2].lower) && lex.nameGender.has(tokens[k - 3].lower)) { t.surname = true; continue; }
    if (prev.end + 1 !== t.start) continue;
    // (the first name opens the name: not "South Carolina Democrat")
    const before = tokens[k - 2];
    const opens = !before || before.sentence !== t.sentence || !/^\p{Lu}/u.test(before.value) || before.pos !== 'PROPN' || lex.titles.has(before.lower) || lex.honorifics.has(before.lower) || lex.markerGender.has(before.lower);
    if (lex.nameGender.has(prev.lower) && /^\p{Lu}/u.test(prev.value) && !lex.titles.has(prev.lower) && opens) t.surname = true;
    else if (/^\p{Lu}\.$/u.test(prev.value) && k >= 2 && lex.nameGender.has(tokens[k - 2].lower)) t.surname = true;

  }
}

/**
 * A title in the plural before the first of several names is a title, not part of the first name: "Judges Simon
 * Cowell, Louis Walsh and Sharon Osbourne", "Sens. John McCain and Lindsey Graham" (a known first name follows), "Senators
 * Rubio and Cruz" (a name and another after "and").
 */
function markPluralTitles(tokens: Token[], lex: Lexicon): void {
  for (let k = 0; k + 1 < tokens.length; k++) {
    const t = tokens[k];
    const next = tokens[k + 1];
    if (!/^\p{Lu}/u.test(t.value) || next.sentence !== t.sentence || !/^\p{Lu}/u.test(next.value)) continue;
    const bare = t.lower.replace(/\.$/, '');
    const singular = bare.replace(/s$/, '');
    if (singular === bare || !(lex.titles.has(singular) || lex.titles.has(`${singular}.`))) continue;
    // (a known first name next, or a name and "and" another: "Senators Rubio and Cruz")
    if (lex.nameGender.has(next.lower) || (next.pos === 'PROPN' && tokens.slice(k + 2, k + 5).some((x) => x.lower === 'and'))) t.pluralTitle = true;
  }
}
