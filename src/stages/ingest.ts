/**
 * Stage 1, ingest: bytes → text. Decodes UTF-8 strictly (a BOM is stripped;
 * invalid bytes are an error naming the byte offset), reads a leading metadata
 * line such as ` date 2021-12-01`, recognises a headline (a short first line
 * followed by a blank line) and the paragraphs. The text is kept exactly as
 * decoded: every later offset indexes it.
 */
import { createHash } from 'node:crypto';
import type { Doc, Range } from '../types.ts';

export class InputError extends Error {
  constructor(
    readonly file: string,
    readonly reason: string,
  ) {
    super(`${file}: ${reason}`);
    this.name = 'InputError';
  }
}

export interface IngestOptions {
  /** A first line longer than this (in words) is not a headline. */
  headlineMaxWords: number;
}

export const DEFAULT_INGEST: IngestOptions = { headlineMaxWords: 20 };

const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/** Offset of the first byte that is not valid UTF-8, or -1. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  const n = bytes.length;
  while (i < n) {
    const b = bytes[i];
    if (b < 0x80) { i++; continue; }
    let len: number, min: number;
    if (b >= 0xc2 && b <= 0xdf) { len = 2; min = 0x80; }
    else if (b >= 0xe0 && b <= 0xef) { len = 3; min = 0x800; }
    else if (b >= 0xf0 && b <= 0xf4) { len = 4; min = 0x10000; }
    else return i;
    if (i + len > n) return i;
    let cp = b & (0xff >> (len + 1));
    for (let k = 1; k < len; k++) {
      const c = bytes[i + k];
      if ((c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += len;
  }
  return -1;
}

export function decode(bytes: Uint8Array, file: string): string {
  try {
    // TextDecoder strips a leading BOM by default (ignoreBOM: false)
    return decoder.decode(bytes);
  } catch {
    const at = firstInvalidUtf8(bytes);
    throw new InputError(file, `not valid UTF-8 at byte offset ${at} (byte 0x${(bytes[at] ?? 0).toString(16).padStart(2, '0')})`);
  }
}

export function sha256(bytes: Uint8Array | string): string {
  return createHash('sha256').update(bytes).digest('hex');
}

const DATE_LINE = /^\s*date[ \t]*:?[ \t]+(\d{4}-\d{2}-\d{2})\b[ \t]*/i;

/** Paragraphs: one per non-blank line, trimmed (news files put one paragraph on a line). */
export function paragraphs(text: string, from: number): Range[] {
  const out: Range[] = [];
  const re = /[^\r\n]+/g;
  re.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    let start = m.index;
    let end = start + m[0].length;
    while (start < end && /\s/.test(text[start])) start++;
    while (end > start && /\s/.test(text[end - 1])) end--;
    if (end > start) out.push({ start, end });
  }
  return out;
}

export function ingestText(text: string, file: string, id: string, opts: IngestOptions = DEFAULT_INGEST): Doc {
  let date: string | null = null;
  let bodyStart = 0;
  const dm = DATE_LINE.exec(text);
  if (dm) {
    date = dm[1];
    bodyStart = dm[0].length;
    if (Number.isNaN(Date.parse(date))) date = null;
  }
  const paras = paragraphs(text, bodyStart);
  let headline: Range | null = null;
  if (paras.length > 1) {
    const first = paras[0];
    const line = text.slice(first.start, first.end);
    const gap = text.slice(first.end, paras[1].start);
    const words = line.split(/\s+/).length;
    if (/\n[ \t]*\r?\n/.test(gap) && words <= opts.headlineMaxWords) {
      headline = first;
    }
  }
  return {
    file,
    id,
    text,
    date,
    headline,
    bodyStart,
    paragraphs: paras,
    tokens: [],
    sentences: [],
    quotes: [],
    claims: [],
    messages: [],
  };
}

export function ingest(bytes: Uint8Array, file: string, opts: IngestOptions = DEFAULT_INGEST): Doc {
  const text = decode(bytes, file);
  if (text.trim() === '') throw new InputError(file, 'empty article: no text to read');
  return ingestText(text, file, sha256(bytes), opts);
}
