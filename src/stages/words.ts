/**
 * Tests on single tokens that more than one stage needs.
 */
import type { Token } from '../types.ts';

/** Starts with an upper-case letter (ASCII answered without a regular expression: this runs on every token). */
export const isCap = (t: Token | undefined): boolean => {
  if (t === undefined || t.value.length === 0) return false;
  const c = t.value.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return /^\p{Lu}/u.test(t.value);
};
