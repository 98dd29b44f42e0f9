/**
 * Batch inputs, produced lazily (memory stays flat however large the input):
 * files, directories (recursively, `*.txt`, in sorted order), JSON Lines files
 * (`*.jsonl`, one article per line) and `-` for JSON Lines on stdin.
 */
import { createReadStream, readdirSync, statSync, type Dirent } from 'node:fs';
import { join } from 'node:path';
import { StringDecoder } from 'node:string_decoder';
import type { Readable } from 'node:stream';
import type { Job } from './jobs.ts';

/** A job, or a path that could not be opened at all (reported as a failure, in input order). */
export type Input = Job | { kind: 'missing'; path: string; reason: string };

const isJsonl = (p: string): boolean => p.endsWith('.jsonl');

function statOf(p: string): { dir: boolean } | { reason: string } {
  try {
    return { dir: statSync(p).isDirectory() };
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return { reason: code === 'ENOENT' ? 'no such file or directory' : (e as Error).message };
  }
}

function* walk(dir: string): Generator<string> {
  let entries: Dirent[];
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    const p = join(dir, e.name);
    if (e.isDirectory()) yield* walk(p);
    else if (e.isFile() && e.name.endsWith('.txt')) yield p;
  }
}

/**
 * The lines of a stream, pulled chunk by chunk: the stream is read only as
 * fast as lines are taken (readline's async iterator reads ahead without
 * bound: 20,000 articles piped on stdin grew the run by 144 MB).
 */
async function* lines(stream: Readable, source: string): AsyncGenerator<Job> {
  const decoder = new StringDecoder('utf8');
  let carry = '';
  let line = 0;
  const job = (raw: string): Job | null => {
    line++;
    if (raw.endsWith('\r')) raw = raw.slice(0, -1);
    return raw.trim() === '' ? null : { kind: 'line', source, line, raw };
  };
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    carry += decoder.write(chunk);
    let at = 0;
    for (let nl = carry.indexOf('\n'); nl >= 0; nl = carry.indexOf('\n', at)) {
      const j = job(carry.slice(at, nl));
      at = nl + 1;
      if (j) yield j;
    }
    carry = carry.slice(at);
  }
  carry += decoder.end();
  if (carry !== '') {
    const j = job(carry);
    if (j) yield j;
  }
}

/** The inputs, in order. `stdin` is read for `-`. */
export async function* inputs(paths: string[], stdin: Readable = process.stdin): AsyncGenerator<Input> {
  for (const p of paths) {
    if (p === '-') {
      yield* lines(stdin, '-');
      continue;
    }
    const st = statOf(p);
    if ('reason' in st) yield { kind: 'missing', path: p, reason: st.reason };
    else if (st.dir) for (const f of walk(p)) yield { kind: 'file', path: f };
    else if (isJsonl(p)) yield* lines(createReadStream(p), p);
    else yield { kind: 'file', path: p };
  }
}

/**
 * How many inputs there are, for the progress bar's ETA: a walk of the
 * directories and a newline count of the JSONL files (cheap: no article is
 * read). Null when stdin is an input (its size is unknown).
 */
export async function countInputs(paths: string[]): Promise<number | null> {
  let n = 0;
  for (const p of paths) {
    if (p === '-') return null;
    const st = statOf(p);
    if ('reason' in st) n++;
    else if (st.dir) for (const _ of walk(p)) n++;
    else if (isJsonl(p)) n += await countLines(p);
    else n++;
  }
  return n;
}

async function countLines(p: string): Promise<number> {
  let n = 0;
  let blank = true;
  for await (const chunk of createReadStream(p) as AsyncIterable<Buffer>) {
    for (let i = 0; i < chunk.length; i++) {
      const b = chunk[i];
      if (b === 0x0a) {
        if (!blank) n++;
        blank = true;
      } else if (b !== 0x20 && b !== 0x0d && b !== 0x09) blank = false;
    }
  }
  return blank ? n : n + 1;
}
