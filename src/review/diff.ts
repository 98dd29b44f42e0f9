/**
 * `claims diff A B`: compares two result sets claim by claim. A set is a
 * SQLite store (narrowed with `store.db#pipeline=strict&version=0.1.0&run=3`,
 * or `#reviewed` for the extraction with its reviews applied), a JSON Lines
 * file of ArticleResults (`claims extract --jsonl`, `claims export`), or a
 * directory of gold fixtures (*.gold.json). Articles match by sha256 id;
 * claims by sentence span and speaker name, then (for what is left) by
 * sentence span alone, then by overlapping sentences: such pairs are
 * "changed" (label, speaker, span); the rest are added or removed.
 */
import { createHash } from 'node:crypto';
import { closeSync, existsSync, openSync, readFileSync, readSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { loadGold, type Gold } from '../eval/gold.ts';
import { openDb } from '../store/store.ts';
import type { ArticleResult, Label, Range } from '../types.ts';
import { table, truncate } from '../cli/util.ts';
import { Reviews } from './reviews.ts';

export class InputError extends Error {}

export interface NClaim {
  /** Sentence index in its own result set. */
  sentence: number;
  sentenceSpan: Range;
  speaker: string | null;
  label: Label;
  cue: string | null;
  content: Range & { text: string };
}

export interface NArticle {
  id: string;
  file: string;
  claims: NClaim[];
}

export interface ResultSet {
  source: string;
  kind: 'store' | 'jsonl' | 'gold';
  articles: Map<string, NArticle>;
}

export interface ClaimChange {
  a: NClaim;
  b: NClaim;
  fields: Array<'label' | 'speaker' | 'span'>;
}

export interface ArticleDiff {
  id: string;
  file: string;
  /** 'only-a' / 'only-b': the article is missing from the other set. */
  status: 'compared' | 'only-a' | 'only-b';
  added: NClaim[];
  removed: NClaim[];
  changed: ClaimChange[];
}

export interface DiffReport {
  a: { source: string; kind: string; articles: number };
  b: { source: string; kind: string; articles: number };
  summary: { compared: number; onlyA: number; onlyB: number; added: number; removed: number; changed: number; same: number; differences: number };
  /** Articles with a difference only. */
  articles: ArticleDiff[];
}

const norm = (s: string | null | undefined): string => (s ?? '').replace(/\s+/g, ' ').trim().toLowerCase();

export function fromResult(r: ArticleResult): NArticle {
  return {
    id: r.id,
    file: r.file,
    claims: r.claims.map((c) => {
      const s = r.sentences[c.sentence];
      return {
        sentence: c.sentence, sentenceSpan: { start: s.start, end: s.end }, speaker: c.speaker?.name ?? null, label: c.label,
        cue: c.cue?.text ?? null, content: { start: c.content.start, end: c.content.end, text: c.content.text },
      };
    }),
  };
}

export function fromGold(g: Gold): NArticle {
  const claims: NClaim[] = [];
  g.sentences.forEach((s, si) => {
    for (const c of s.claims) {
      let at = g.text.indexOf(c.content, s.start);
      if (at < 0) at = s.start;
      claims.push({
        sentence: si, sentenceSpan: { start: s.start, end: s.end }, speaker: c.name, label: c.label, cue: c.cue,
        content: { start: at, end: at + c.content.length, text: c.content },
      });
    }
  });
  return { id: g.file.sha256 ?? createHash('sha256').update(g.bytes).digest('hex'), file: g.textPath, claims };
}

function isSqlite(path: string): boolean {
  const fd = openSync(path, 'r');
  try {
    const head = Buffer.alloc(16);
    readSync(fd, head, 0, 16, 0);
    return head.toString('latin1') === 'SQLite format 3\u0000';
  } finally {
    closeSync(fd);
  }
}

function goldFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((e) => (e.isDirectory() ? goldFiles(join(dir, e.name)) : e.isFile() && e.name.endsWith('.gold.json') ? [join(dir, e.name)] : []));
}

/** Reads one side of a diff; throws InputError for anything it cannot read. `pipeline` narrows a store (like #pipeline=). */
export function loadResultSet(spec: string, opts: { pipeline?: string } = {}): ResultSet {
  const hash = spec.lastIndexOf('#');
  const path = hash > 0 && !existsSync(spec) ? spec.slice(0, hash) : spec;
  const params = new URLSearchParams(path === spec ? '' : spec.slice(hash + 1));
  if (!existsSync(path)) throw new InputError(`${path}: no such file or directory`);
  const articles = new Map<string, NArticle>();
  const put = (a: NArticle, where: string) => {
    if (articles.has(a.id)) throw new InputError(`${where}: article ${a.file} (${a.id.slice(0, 12)}) appears twice`);
    articles.set(a.id, a);
  };
  if (statSync(path).isDirectory()) {
    const files = goldFiles(path);
    if (!files.length) throw new InputError(`${path}: no *.gold.json files`);
    for (const f of files) {
      try {
        put(fromGold(loadGold(f)), f);
      } catch (e) {
        throw e instanceof InputError ? e : new InputError(`${f}: ${(e as Error).message.replace(`${f}: `, '')}`);
      }
    }
    return { source: spec, kind: 'gold', articles };
  }
  if (isSqlite(path)) {
    const known = new Set(['pipeline', 'version', 'run', 'reviewed']);
    for (const k of params.keys()) if (!known.has(k)) throw new InputError(`${spec}: unknown selector "${k}" (known: ${[...known].join(', ')})`);
    const pipeline = params.get('pipeline') ?? opts.pipeline;
    const where: string[] = [];
    const args: unknown[] = [];
    if (pipeline) { where.push('e.pipeline = ?'); args.push(pipeline); }
    if (params.get('version')) { where.push('e.extractor_version = ?'); args.push(params.get('version')); }
    if (params.get('run')) {
      if (!/^\d+$/.test(params.get('run')!)) throw new InputError(`${spec}: run must be a number`);
      where.push('e.run_id = ?'); args.push(Number(params.get('run')));
    }
    let db;
    try {
      db = openDb(path, { readonly: true });
    } catch (e) {
      throw new InputError(`${path}: ${(e as Error).message}`);
    }
    try {
      const rows = db
        .prepare(`SELECT e.article_id AS id, e.pipeline, e.extractor_version AS version, e.result FROM extractions e ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY e.article_id`)
        .all(...args) as Array<{ id: string; pipeline: string; version: string; result: string }>;
      if (!rows.length) throw new InputError(`${spec}: no extractions${where.length ? ' match' : ''}`);
      const kinds = [...new Set(rows.map((r) => `${r.pipeline} ${r.version}`))];
      if (new Set(rows.map((r) => r.id)).size !== rows.length) {
        throw new InputError(`${spec}: the store holds several result sets (pipeline, version: ${kinds.join('; ')}); choose one, e.g. ${path}#pipeline=${rows[0].pipeline}`);
      }
      const reviewed = params.has('reviewed');
      if (reviewed && !db.prepare(`SELECT 1 FROM sqlite_master WHERE name = 'reviews'`).get()) throw new InputError(`${path}: the store has no reviews`);
      const reviews = new Reviews(db);
      for (const r of rows) put(fromResult(reviewed ? reviews.reviewedResult(r.id, r.pipeline)! : (JSON.parse(r.result) as ArticleResult)), spec);
    } finally {
      db.close();
    }
    return { source: spec, kind: 'store', articles };
  }
  const text = readFileSync(path, 'utf8').trim();
  const lines = text.startsWith('[') ? [text] : text.split('\n').filter((l) => l.trim());
  lines.forEach((line, i) => {
    let v: unknown;
    try {
      v = JSON.parse(line);
    } catch (e) {
      throw new InputError(`${path}:${i + 1}: not a SQLite store, a gold directory or JSON Lines (${(e as Error).message})`);
    }
    for (const r of Array.isArray(v) ? v : [v]) {
      const ok = r && typeof r === 'object' && typeof r.id === 'string' && Array.isArray(r.claims) && Array.isArray(r.sentences);
      if (!ok) throw new InputError(`${path}:${i + 1}: not an ArticleResult (needs id, sentences, claims)`);
      put(fromResult(r as ArticleResult), `${path}:${i + 1}`);
    }
  });
  if (!articles.size) throw new InputError(`${path}: empty`);
  return { source: spec, kind: 'jsonl', articles };
}

const overlaps = (a: Range, b: Range) => Math.min(a.end, b.end) - Math.max(a.start, b.start) > Math.min(a.end - a.start, b.end - b.start) / 2;
const sameRange = (a: Range, b: Range) => a.start === b.start && a.end === b.end;

export function diffArticle(a: NArticle, b: NArticle): ArticleDiff {
  const leftA = [...a.claims];
  const leftB = [...b.claims];
  const changed: ClaimChange[] = [];
  const pairs: Array<[NClaim, NClaim]> = [];
  const pass = (match: (x: NClaim, y: NClaim) => boolean) => {
    for (let i = 0; i < leftA.length; i++) {
      const j = leftB.findIndex((y) => match(leftA[i], y));
      if (j < 0) continue;
      pairs.push([leftA[i], leftB[j]]);
      leftA.splice(i--, 1);
      leftB.splice(j, 1);
    }
  };
  pass((x, y) => sameRange(x.sentenceSpan, y.sentenceSpan) && norm(x.speaker) === norm(y.speaker));
  pass((x, y) => overlaps(x.sentenceSpan, y.sentenceSpan) && norm(x.speaker) === norm(y.speaker));
  pass((x, y) => sameRange(x.sentenceSpan, y.sentenceSpan));
  pass((x, y) => overlaps(x.sentenceSpan, y.sentenceSpan) && overlaps(x.content, y.content));
  let same = 0;
  for (const [x, y] of pairs) {
    const fields: ClaimChange['fields'] = [];
    if (x.label !== y.label) fields.push('label');
    if (norm(x.speaker) !== norm(y.speaker)) fields.push('speaker');
    if (!sameRange(x.sentenceSpan, y.sentenceSpan) || !sameRange(x.content, y.content)) fields.push('span');
    if (fields.length) changed.push({ a: x, b: y, fields });
    else same++;
  }
  const byPos = (x: NClaim, y: NClaim) => x.sentenceSpan.start - y.sentenceSpan.start || x.content.start - y.content.start;
  changed.sort((x, y) => byPos(x.a, y.a));
  return Object.assign({ id: a.id, file: b.file || a.file, status: 'compared' as const, added: leftB.sort(byPos), removed: leftA.sort(byPos), changed }, { same });
}

/**
 * Compares two sets. When one side is a gold set, only the articles it
 * covers are compared (a gold set is a sample); otherwise an article on one
 * side only is a difference.
 */
export function diffSets(a: ResultSet, b: ResultSet): DiffReport {
  const s = { compared: 0, onlyA: 0, onlyB: 0, added: 0, removed: 0, changed: 0, same: 0, differences: 0 };
  const out: ArticleDiff[] = [];
  const goldSide = a.kind === 'gold' ? a : b.kind === 'gold' ? b : null;
  const ids = [...new Set([...a.articles.keys(), ...b.articles.keys()])].filter((id) => !goldSide || goldSide.articles.has(id));
  for (const id of ids) {
    const x = a.articles.get(id);
    const y = b.articles.get(id);
    if (!x || !y) {
      const only = (x ?? y)!;
      if (x) s.onlyA++; else s.onlyB++;
      out.push({ id, file: only.file, status: x ? 'only-a' : 'only-b', added: [], removed: [], changed: [] });
      continue;
    }
    s.compared++;
    const d = diffArticle(x, y) as ArticleDiff & { same: number };
    s.same += d.same;
    s.added += d.added.length;
    s.removed += d.removed.length;
    s.changed += d.changed.length;
    const { same: _same, ...rest } = d;
    if (d.added.length || d.removed.length || d.changed.length) out.push(rest);
  }
  out.sort((p, q) => p.file.localeCompare(q.file));
  s.differences = s.onlyA + s.onlyB + s.added + s.removed + s.changed;
  return {
    a: { source: a.source, kind: a.kind, articles: a.articles.size },
    b: { source: b.source, kind: b.kind, articles: b.articles.size },
    summary: s,
    articles: out,
  };
}

const shortPath = (p: string): string => truncate(p.replace(/^.*\/(?=[^/]+\/[^/]+$)/, '…/'), 40);

export function renderDiff(r: DiffReport): string {
  const rows: Array<Array<string | number>> = [];
  for (const art of r.articles) {
    const f = shortPath(art.file);
    if (art.status !== 'compared') {
      rows.push([f, '', art.status === 'only-a' ? 'article only in A' : 'article only in B', '', '', '']);
      continue;
    }
    const events: Array<[number, Array<string | number>]> = [
      ...art.removed.map((c): [number, Array<string | number>] => [c.content.start, [f, c.sentence, 'removed', c.speaker ?? '-', c.label, truncate(c.content.text, 60)]]),
      ...art.added.map((c): [number, Array<string | number>] => [c.content.start, [f, c.sentence, 'added', c.speaker ?? '-', c.label, truncate(c.content.text, 60)]]),
      ...art.changed.map((ch): [number, Array<string | number>] => [ch.a.content.start, [
        f, ch.a.sentence, ch.fields.join('+'),
        ch.fields.includes('speaker') ? `${ch.a.speaker ?? '-'} → ${ch.b.speaker ?? '-'}` : (ch.a.speaker ?? '-'),
        ch.fields.includes('label') ? `${ch.a.label} → ${ch.b.label}` : ch.a.label,
        ch.fields.includes('span') && ch.a.content.text !== ch.b.content.text ? `${truncate(ch.a.content.text, 28)} → ${truncate(ch.b.content.text, 28)}` : truncate(ch.b.content.text, 60),
      ]]),
    ];
    for (const [, row] of events.sort((x, y) => x[0] - y[0])) rows.push(row);
  }
  const s = r.summary;
  const head = `A: ${r.a.source} (${r.a.kind}, ${r.a.articles} articles)\nB: ${r.b.source} (${r.b.kind}, ${r.b.articles} articles)`;
  const foot = `${s.compared} articles compared: ${s.same} claims the same, ${s.changed} changed, ${s.removed} removed, ${s.added} added` +
    (s.onlyA || s.onlyB ? `; ${s.onlyA} articles only in A, ${s.onlyB} only in B` : '');
  if (!rows.length) return `${head}\n\nno differences\n${foot}`;
  return `${head}\n\n${table(['article', 'sent', 'change', 'speaker', 'label', 'content'], rows)}\n\n${foot}`;
}
