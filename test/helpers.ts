import { Extractor } from '../src/extract.ts';
import type { ArticleResult } from '../src/types.ts';

let shared: Extractor | null = null;
export function extractor(): Extractor {
  return (shared ??= new Extractor('news'));
}

/** Extracts a hand-written text and returns the contract result. */
export function extract(text: string): ArticleResult {
  return extractor().extractText(text, 'test.txt').result;
}

/** Compact view of claims for assertions: [speaker name, label, cue text]. */
export function claimsOf(text: string): Array<[string | null, string, string | null]> {
  return extract(text).claims.map((c) => [c.speaker?.name ?? null, c.label, c.cue?.text ?? null]);
}
