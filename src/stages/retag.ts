/**
 * Part of stage 2, tokenize: corrects part-of-speech tags that wink-nlp's
 * lite model gets wrong in news text, in one pass over a finished sentence,
 * so that later stages can trust the tags. Each rule looks only at the
 * token's neighbours; none names a word of a particular article.
 *
 * - A capitalised word tagged as a verb or noun before a proper noun is the
 *   first part of a name (not in a title-case headline): "A Morning Consult Poll found", "Ted Cruz said" (at the
 *   start of a sentence only when a verb follows the name, since an imperative
 *   takes no verb after its object: "Thank Congress for …"); so is a
 *   capitalised auxiliary after a proper noun inside a sentence ("Munich Re,
 *   the world's biggest reinsurer, said", "Chairman Will Rogers said").
 * - A participle glued by a hyphen into a compound before a noun is an
 *   adjective: "A teary-eyed Bush said".
 * - A fraction word after "a"/"one" and before a verb is the subject, a
 *   number: "A third said they would …".
 * - "said" is a verb except after a determiner ("the said property"): wink
 *   tags it an adjective after a name it misreads ("Ian Read said").
 * - A word in -ed tagged an adjective or noun right after a name that opens
 *   the sentence, before an article or pronoun, is the name's verb: "Cruz
 *   belittled the issue of the loans, calling it …".
 * - After "according to" comes a noun phrase, never a verb: wink reads the
 *   word after "to" as an infinitive ("according to exit polls", "according
 *   to press reports", "according to recent polling"); such a word is a noun,
 *   or an adjective before another modifier ("complete but unofficial returns").
 */
import type { Token } from '../types.ts';
import { isCap, isTitleCase } from './words.ts';

/**
 * The particles of a surname, written lower case inside a name and capitalised at its start: "Bill de Blasio",
 * "De Blasio said", "Ursula von der Leyen", "Louis van Gaal", "Osama bin Laden".
 */
export const NAME_PARTICLES = new Set(['de', 'da', 'di', 'del', 'della', 'der', 'den', 'des', 'du', 'van', 'von', 'bin', 'ibn', 'dos', 'das']);
/** …of which these are also English words ("a white van", "a lion's den", "a recycling bin"): lower case, only right after a name's word. */
const PARTICLE_WORDS = new Set(['van', 'den', 'bin']);

const FRACTIONS = new Set(['half', 'third', 'thirds', 'quarter', 'quarters', 'fifth', 'fifths', 'tenth', 'tenths']);
const FRACTION_DETS = new Set(['a', 'one', 'two', 'three', 'another']);

/** Function words that an organisation's acronym may spell ("the WHO", the World Health Organization). */
const ACRONYM_WORDS = new Set(['who', 'it', 'us', 'an', 'as', 'at', 'on', 'or', 'in', 'is', 'do', 'no', 'so', 'we', 'me', 'am', 'ok']);

const isVerb = (t: Token | undefined): boolean => t !== undefined && (t.pos === 'VERB' || t.pos === 'AUX');

const PHRASE_TAGS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM']);

/**
 * The noun phrase right after "according to", tokens[i, end): its verbs that are no participle and
 * stand before a noun, a modifier or the phrase's end become nouns, or adjectives before another
 * modifier; stops at the first word that is no part of it.
 */
function nounPhraseAfterTo(tokens: Token[], i: number, end: number): void {
  for (let k = i; k < end; k++) {
    const t = tokens[k];
    if (PHRASE_TAGS.has(t.pos)) continue;
    // (a participle is a verb: "a poll taken last week", "a table drawn up by …", "a poll posing the question")
    if (t.pos !== 'VERB' || (t.lemma !== t.lower && !/(?:s|ing)$/.test(t.lower))) return;
    const next = tokens[k + 1];
    if (k + 1 < end && !['NOUN', 'PROPN', 'ADJ', 'VERB', 'CCONJ', 'PUNCT'].includes(next.pos)) return;
    t.pos = k + 1 < end && (next.pos === 'ADJ' || next.pos === 'CCONJ') ? 'ADJ' : 'NOUN';
  }
}

/** Tags that open an object noun phrase. */
const OBJECT_LEADS = new Set(['DET', 'PRON']);

/** tokens[first, i) are a capitalised name alone: "Cruz", "Sen. Ted Cruz". */
function opensWithName(tokens: Token[], first: number, i: number): boolean {
  for (let k = first; k < i; k++) if (tokens[k].pos !== 'PROPN' || !isCap(tokens[k])) return false;
  return i - first <= 4;
}

/** Retags tokens[first, end) of one sentence in place. */
export function retag(tokens: Token[], first: number, end: number): void {
  // in a title-case line ("Obama Slams GOP Plan") a capital marks no name; counted only when asked
  let titleCaseMemo: boolean | null = null;
  const titleCase = (): boolean => (titleCaseMemo ??= isTitleCase(tokens, first, end));
  const inside = (k: number) => k >= first && k < end;
  // right to left, so that a name retagged is seen by the word before it ("Morning Consult Poll")
  for (let i = end - 1; i >= first; i--) {
    const t = tokens[i];
    const next = tokens[i + 1];
    // a surname's particle before the rest of the name is part of it (wink tags "de" a proper noun in "Bill de
    // Blasio" but "X" in "De Blasio said", "von" a noun): before a capitalised proper noun, or another particle
    // that is one ("von der Leyen"), with one space between
    if (NAME_PARTICLES.has(t.lower) && t.pos !== 'PROPN' && inside(i + 1) && next.pos === 'PROPN' && next.start === t.end + 1 && (isCap(next) || NAME_PARTICLES.has(next.lower)) &&
      (isCap(t) || !PARTICLE_WORDS.has(t.lower) || (i > first && (isCap(tokens[i - 1]) || NAME_PARTICLES.has(tokens[i - 1].lower))))) {
      t.pos = 'PROPN';
      continue;
    }
    // an acronym in capitals that spells a function word, after "the", is a name: "the WHO said" (not "who")
    if (i > first && tokens[i - 1].lower === 'the' && ACRONYM_WORDS.has(t.lower) && t.value.length >= 2 && t.value === t.value.toUpperCase() && !(inside(i + 1) && next.value.length >= 2 && next.value === next.value.toUpperCase() && /\p{L}/u.test(next.value))) {
      t.pos = 'PROPN';
      t.lower = t.value;
      t.lemma = t.value;
      continue;
    }
    // (the phrase after "according to" is retagged when the walk reaches "according", in the same pass)
    if (t.lower === 'according' && inside(i + 2) && next.lower === 'to') nounPhraseAfterTo(tokens, i + 2, end);
    if ((t.pos === 'VERB' || t.pos === 'NOUN') && isCap(t) && inside(i + 1) && next.pos === 'PROPN' && isCap(next) && !titleCase()) {
      if (i > first && tokens[i - 1].pos !== 'PUNCT') {
        // inside a sentence a capital marks a name: "A Morning Consult Poll"
        t.pos = 'PROPN';
      } else if (i === first && t.pos === 'VERB') {
        // at its start, only when a verb follows the name: "Ted Cruz said"
        let k = i + 1;
        while (inside(k) && tokens[k].pos === 'PROPN' && isCap(tokens[k])) k++;
        if (inside(k) && isVerb(tokens[k])) t.pos = 'PROPN';
      }
      continue;
    }
    // (…and after one, inside a sentence: "Munich Re, the world's biggest reinsurer, said")
    if (t.pos === 'AUX' && isCap(t) && i > first && tokens[i - 1].pos === 'PROPN' && isCap(tokens[i - 1]) && !titleCase()) {
      t.pos = 'PROPN';
      continue;
    }
    if (t.pos === 'VERB' && /ed$/.test(t.lower) && i - 2 >= first && tokens[i - 1].value === '-' && tokens[i - 1].start === tokens[i - 2].end && tokens[i - 1].end === t.start && inside(i + 1) && (next.pos === 'NOUN' || next.pos === 'PROPN')) {
      t.pos = 'ADJ';
      continue;
    }
    if (t.lower === 'said' && t.pos !== 'VERB' && t.pos !== 'AUX' && !(i - 1 >= first && tokens[i - 1].pos === 'DET')) {
      t.pos = 'VERB';
      t.lemma = 'say';
      continue;
    }
    if ((t.pos === 'ADJ' || t.pos === 'NOUN') && i > first && inside(i + 1) && OBJECT_LEADS.has(next.pos) && /[^e]ed$/.test(t.lower) && !isCap(t) && next.lower !== 'that' && opensWithName(tokens, first, i)) {
      t.pos = 'VERB';
      continue;
    }
    if (FRACTIONS.has(t.lower) && t.pos !== 'NUM' && i - 1 >= first && FRACTION_DETS.has(tokens[i - 1].lower) && inside(i + 1) && isVerb(next)) {
      t.pos = 'NUM';
    }
  }
}
