/**
 * Tests on tokens that more than one stage needs.
 */
import type { Token } from '../types.ts';

/** Starts with an upper-case letter (ASCII answered without a regular expression: this runs on every token). */
export const isCap = (t: Token | undefined): boolean => {
  if (t === undefined || t.value.length === 0) return false;
  const c = t.value.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return /^\p{Lu}/u.test(t.value);
};

/**
 * A title-case line ("Obama Slams GOP Plan", "McCain Challenger Kelli Ward Calls for …"): at least
 * three words in tokens[first, end), six in ten of them capitalised. Its capitals mark no names.
 * With `strict`, also every word of four letters or more: a sentence full of names ("Florida Rep.
 * Debbie Wasserman Schultz, the Democratic National Committee's chair, chose four") is not one.
 */
export function isTitleCase(tokens: Token[], first: number, end: number, strict = false): boolean {
  let words = 0;
  let caps = 0;
  for (let i = first; i < end; i++) {
    if (tokens[i].pos === 'PUNCT' || tokens[i].pos === 'NUM' || tokens[i].pos === 'SYM') continue;
    words++;
    if (isCap(tokens[i])) caps++;
    else if (strict && tokens[i].value.length >= 4 && /^\p{Ll}/u.test(tokens[i].value)) return false;
  }
  return words >= 3 && caps >= 0.6 * words;
}
