/**
 * Turns a text-anchored gold draft (the seed's format: sentence, speaker, cue,
 * content and quotations as strings) into the offset form used for articles
 * under ../shared, whose text is not ours to copy: every span becomes
 * `[start, end)` offsets, and a sentence keeps only its first words.
 *
 *   node src/bin/run-ts.js src/scripts/anchor-gold.ts DRAFT.json OUT.gold.json
 *
 * Keep drafts outside the repository (they quote the article).
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { createHash } from 'node:crypto';
import { resolveTextPath, loadGold, type GoldFile, type Offsets } from '../eval/gold.ts';

const [draftPath, outPath] = process.argv.slice(2);
if (!draftPath || !outPath) {
  console.error('usage: anchor-gold.ts DRAFT.json OUT.gold.json');
  process.exit(2);
}
const draft = JSON.parse(readFileSync(draftPath, 'utf8')) as GoldFile;
if (!draft.text.startsWith('shared:')) throw new Error('the draft\'s "text" must be a shared: reference');
const textPath = resolveTextPath(resolve(outPath), draft.text);
const bytes = readFileSync(textPath);
const text = new TextDecoder('utf-8').decode(bytes);

function find(what: string, needle: string, from: number, to: number): Offsets {
  const at = text.indexOf(needle, from);
  if (at < 0 || at + needle.length > to) throw new Error(`${draftPath}: ${what} ${JSON.stringify(needle)} not found in ${JSON.stringify(text.slice(from, Math.min(to, from + 80)))}…`);
  return [at, at + needle.length];
}

let cursor = 0;
let quoteCursor = 0;
const out: GoldFile = {
  schema: 1,
  text: draft.text,
  sha256: createHash('sha256').update(bytes).digest('hex'),
  annotator: draft.annotator,
  exhaustive: draft.exhaustive ?? true,
  ...(draft.date !== undefined ? { date: draft.date } : {}),
  ...(draft.headline !== undefined ? { headline: draft.headline } : {}),
  // quotations are in text order by their start; one may lie inside another (‘Leave’ inside “…”)
  ...(draft.quotes ? { quotes: draft.quotes.map((q) => (Array.isArray(q) ? q : (() => { const o = find('quote', q, quoteCursor, text.length); quoteCursor = o[0] + 1; return o; })())) } : {}),
  sentences: draft.sentences.map((s) => {
    const [start, end] = find('sentence', s.text as string, cursor, text.length);
    cursor = end;
    const within = (what: string, v: string) => find(what, v, start, end);
    return {
      start,
      end,
      // the first four words exactly as written (white space may be a non-breaking space)
      prefix: text.slice(start, end).match(/^\S+(?:\s+\S+){0,3}/u)?.[0] ?? '',
      ...(s.note ? { note: s.note } : {}),
      claims: s.claims.map((c) => ({
        ...c,
        speaker: c.speaker === null ? null : Array.isArray(c.speaker) ? c.speaker : findNear('speaker', c.speaker, start, end),
        cue: c.cue === null ? null : Array.isArray(c.cue) ? c.cue : within('cue', c.cue),
        content: Array.isArray(c.content) ? c.content : within('content', c.content),
        quotes: c.quotes.map((q) => (Array.isArray(q) ? q : findNear('quote', q, start, end))),
      })),
    };
  }),
};

/** A speaker (or quotation) may stand in the sentence or, for follow-ons, before it. */
function findNear(what: string, needle: string, start: number, end: number): Offsets {
  // whole words only: the speaker "he" is not the end of "The"
  const isWord = (c: string | undefined) => c !== undefined && /\w/u.test(c);
  const word = (at: number) => (!isWord(needle[0]) || !isWord(text[at - 1])) && (!isWord(needle[needle.length - 1]) || !isWord(text[at + needle.length]));
  for (let at = text.indexOf(needle, start); at >= 0 && at + needle.length <= end; at = text.indexOf(needle, at + 1)) if (word(at)) return [at, at + needle.length];
  for (let at = text.lastIndexOf(needle, start); at >= 0; at = at > 0 ? text.lastIndexOf(needle, at - 1) : -1) if (word(at)) return [at, at + needle.length];
  return find(what, needle, start, end);
}

mkdirSync(dirname(outPath), { recursive: true });
writeFileSync(outPath, `${JSON.stringify(out, null, 1).replace(/\[\n\s+(\d+),\n\s+(\d+)\n\s+\]/g, '[$1, $2]')}\n`);
loadGold(outPath); // check it reads back
console.log(`wrote ${outPath}: ${out.sentences.length} sentences, ${out.sentences.reduce((n, s) => n + s.claims.length, 0)} claims`);
