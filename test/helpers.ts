import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { onTestFinished } from 'vitest';
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

/** The claims' content texts. */
export function contentsOf(text: string): string[] {
  return extract(text).claims.map((c) => c.content.text);
}

/** The claims' speaker spans as written (null for none). */
export function speakersOf(text: string): Array<string | null> {
  return extract(text).claims.map((c) => c.speaker?.text ?? null);
}

/** Compact view of claims for assertions: [speaker name, label, cue text]. */
export function claimsOf(text: string): Array<[string | null, string, string | null]> {
  return extract(text).claims.map((c) => [c.speaker?.name ?? null, c.label, c.cue?.text ?? null]);
}

/** The parts of a claim that `fieldsOf` can show. */
export type ClaimField = 'speaker' | 'name' | 'cue' | 'label' | 'content';

/** For each claim, the chosen fields in the order given: speaker and cue as written, the speaker's name, label, content (null for none). */
export function fieldsOf(text: string, ...fields: ClaimField[]): Array<Array<string | null>> {
  return extract(text).claims.map((c) =>
    fields.map((f) => (f === 'speaker' ? c.speaker?.text ?? null : f === 'name' ? c.speaker?.name ?? null : f === 'cue' ? c.cue?.text ?? null : f === 'label' ? c.label : c.content.text)),
  );
}

const leftovers = new Set<string>();
process.once('exit', () => {
  for (const d of leftovers) rmSync(d, { recursive: true, force: true });
});

/**
 * A fresh scratch folder under the system temp dir, removed when the test
 * that made it finishes (or, made outside a test, when the test process exits).
 */
export function scratchDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  try {
    onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
  } catch {
    leftovers.add(dir);
  }
  return dir;
}
