/**
 * Brat standoff attribution annotations, as PolNeAR distributes them
 * (`text/NAME.txt` beside `attributions/NAME_<annotator>.ann`).
 *
 * Lines of an .ann file (tab-separated):
 *   T1<TAB>Source 110 112<TAB>we             a span; `start end;start end` when discontinuous
 *   E1<TAB>Attribution:T4 Content:T3 Cue:T2 Source:T1   a relation: trigger first, then role:span
 *   #1<TAB>AnnotatorNotes T66<TAB>free text  a note
 * A span's text field repeats the text (fragments joined by a space), and may
 * itself run over several lines when the text holds a line break: a line that
 * does not begin with an annotation id continues the previous one.
 *
 * What each kind means here:
 * - `Attribution` / `Attribution-no-source` triggers make a relation; its
 *   `Source`, `Cue` and `Content` (also `Content2`, … : more content) spans
 *   are its roles; several spans of one role are merged. A relation without a
 *   source (Attribution-no-source: "it was reported that …") has a cue and
 *   content only. A relation with no role at all is skipped.
 * - `Discard` spans (bylines, editor's notes) and `Discuss` spans (passages
 *   the annotators left undecided) are regions where the gold says nothing
 *   reliable: a predicted relation found only there is not counted (see
 *   attribution.ts).
 * - `AnnotatorNotes` are kept for display; spans that no relation uses are
 *   counted and ignored.
 *
 * Offsets: brat counts characters as Python does (Unicode code points).
 * JavaScript strings index UTF-16 code units, which differ only after a
 * character outside the Basic Multilingual Plane (emoji); ’ and other BMP
 * characters are one unit either way, and the offsets are never bytes (the
 * PolNeAR train set checks out 84,462 of 84,462 spans as code points and
 * would not as UTF-8 bytes). `codePointToUnit` converts when a text has
 * astral characters, so every span here is a JavaScript string range.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { normalizeSpan, type SpanFrags } from './metrics.ts';

export interface BratSpan {
  id: string;
  type: string;
  frags: SpanFrags;
  /** The text field as written in the .ann file. */
  text: string;
  line: number;
}

export interface BratEvent {
  id: string;
  type: string;
  trigger: string;
  args: Array<{ role: string; ref: string }>;
  line: number;
}

export interface BratNote {
  id: string;
  type: string;
  target: string;
  text: string;
}

export interface BratProblem {
  line: number;
  reason: string;
}

export interface BratDoc {
  spans: Map<string, BratSpan>;
  events: BratEvent[];
  notes: BratNote[];
  /** Lines that could not be used (malformed, unknown kind, offsets that do not match the text). */
  problems: BratProblem[];
}

const ID_LINE = /^([TERAMN#*]\d*)\t/;

/** Parses an .ann file. With `text`, span offsets are converted to string indices and checked against the text fields. */
export function parseAnn(src: string, text?: string): BratDoc {
  const doc: BratDoc = { spans: new Map(), events: [], notes: [], problems: [] };
  const toUnit = text === undefined ? (n: number) => n : codePointToUnit(text);
  // join continuation lines onto the line they continue
  const records: Array<{ line: number; body: string }> = [];
  src.replace(/\r\n?/g, '\n').split('\n').forEach((l, i) => {
    if (ID_LINE.test(l) || records.length === 0) records.push({ line: i + 1, body: l });
    else records[records.length - 1].body += `\n${l}`;
  });
  for (const { line, body } of records) {
    const rec = body.replace(/\n+$/, '');
    if (rec.trim() === '') continue;
    const id = ID_LINE.exec(rec)?.[1];
    const fields = rec.split('\t');
    if (!id) {
      doc.problems.push({ line, reason: `not an annotation line: ${JSON.stringify(rec.slice(0, 40))}` });
    } else if (id[0] === 'T') {
      const m = /^(\S+) (\d+ \d+(?:;\d+ \d+)*)$/.exec(fields[1] ?? '');
      if (!m) {
        doc.problems.push({ line, reason: `malformed span ${JSON.stringify(fields[1])}` });
        continue;
      }
      const frags = m[2].split(';').map((p) => p.split(' ').map((n) => toUnit(Number(n))) as [number, number]);
      const span: BratSpan = { id, type: m[1], frags, text: fields.slice(2).join('\t'), line };
      if (text !== undefined) {
        const bad = frags.find(([s, e]) => s > e || e > text.length);
        const got = frags.map(([s, e]) => text.slice(s, e)).join(' ');
        if (bad) {
          doc.problems.push({ line, reason: `${id}: offsets ${bad[0]}-${bad[1]} outside the text (length ${text.length})` });
          continue;
        }
        if (got.replace(/\s+/g, ' ') !== span.text.replace(/\s+/g, ' ')) doc.problems.push({ line, reason: `${id}: text field differs from the text at its offsets (${JSON.stringify(got.slice(0, 40))})` });
      }
      doc.spans.set(id, span);
    } else if (id[0] === 'E') {
      const parts = (fields[1] ?? '').trim().split(/\s+/).filter(Boolean);
      const [type, trigger] = (parts[0] ?? '').split(':');
      if (!type || !trigger) {
        doc.problems.push({ line, reason: `malformed relation ${JSON.stringify(fields[1])}` });
        continue;
      }
      const args = parts.slice(1).map((a) => {
        const [role, ref] = a.split(':');
        return { role, ref };
      });
      doc.events.push({ id, type, trigger, args, line });
    } else if (id[0] === '#') {
      const [type, target] = (fields[1] ?? '').split(' ');
      doc.notes.push({ id, type, target, text: fields.slice(2).join('\t') });
    } else {
      doc.problems.push({ line, reason: `${id}: annotation kind not used for attribution, ignored` });
    }
  }
  for (const e of doc.events) {
    for (const ref of [e.trigger, ...e.args.map((a) => a.ref)]) {
      if (!doc.spans.has(ref)) doc.problems.push({ line: e.line, reason: `${e.id}: refers to unknown span ${ref}` });
    }
  }
  return doc;
}

/** Maps code-point offsets to UTF-16 offsets (identity when the text has no astral character). */
export function codePointToUnit(text: string): (n: number) => number {
  if (!/[\uD800-\uDBFF]/.test(text)) return (n) => n;
  const map: number[] = [];
  let u = 0;
  for (const ch of text) {
    map.push(u);
    u += ch.length;
  }
  map.push(u);
  return (n) => map[Math.min(n, map.length - 1)];
}

export interface GoldRelation {
  id: string;
  source: SpanFrags | null;
  cue: SpanFrags | null;
  content: SpanFrags | null;
  noSource: boolean;
}

export interface BratGold {
  relations: GoldRelation[];
  /** Discard and Discuss regions that no relation uses. */
  ignore: SpanFrags[];
  stats: { relations: number; noSource: number; empty: number; unknownRoles: number; unusedSpans: number; notes: number; problems: number };
}

const TRIGGERS = new Set(['Attribution', 'Attribution-no-source']);

/** The attribution relations of a parsed document, spans normalised (see metrics.ts). */
export function goldRelations(doc: BratDoc, text: string): BratGold {
  const stats = { relations: 0, noSource: 0, empty: 0, unknownRoles: 0, unusedSpans: 0, notes: doc.notes.length, problems: doc.problems.length };
  const used = new Set<string>();
  const relations: GoldRelation[] = [];
  for (const e of doc.events) {
    if (!TRIGGERS.has(e.type)) {
      stats.unknownRoles++;
      continue;
    }
    used.add(e.trigger);
    const roles: Record<'source' | 'cue' | 'content', SpanFrags> = { source: [], cue: [], content: [] };
    let any = false;
    for (const a of e.args) {
      const span = doc.spans.get(a.ref);
      if (!span) continue;
      used.add(a.ref);
      const role = /^Source\d*$/.test(a.role) ? 'source' : /^Cue\d*$/.test(a.role) ? 'cue' : /^Content\d*$/.test(a.role) ? 'content' : null;
      if (!role) {
        stats.unknownRoles++;
        continue;
      }
      roles[role].push(...span.frags);
      any = true;
    }
    if (!any) {
      stats.empty++;
      continue;
    }
    const norm = (f: SpanFrags) => {
      const n = normalizeSpan(f, text);
      return n.length ? n : null;
    };
    const noSource = e.type === 'Attribution-no-source';
    relations.push({ id: e.id, source: noSource ? null : norm(roles.source), cue: norm(roles.cue), content: norm(roles.content), noSource });
    stats.relations++;
    if (noSource) stats.noSource++;
  }
  const ignore: SpanFrags[] = [];
  for (const s of doc.spans.values()) {
    if (used.has(s.id)) continue;
    if (s.type === 'Discard' || s.type === 'Discuss') ignore.push(normalizeSpan(s.frags, text));
    else stats.unusedSpans++;
  }
  return { relations, ignore, stats };
}

export interface BratItem {
  name: string;
  annotator: string;
  textPath: string;
  annPath: string;
}

export class BratError extends Error {}

/**
 * Lists a PolNeAR-style folder: `text/NAME.txt` and `attributions/NAME_<annotator>.ann`.
 * `annotators`: "first" keeps one annotation per article (the annotator id that
 * sorts first; a few train articles have up to six, for agreement studies),
 * "all" keeps every annotation (each scored as its own document), or an
 * annotator id keeps only that annotator's.
 */
export function listBrat(dir: string, annotators = 'first'): BratItem[] {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new BratError(`${dir}: no such directory`);
  const annDir = join(dir, 'attributions');
  const textDir = join(dir, 'text');
  if (!existsSync(annDir) || !existsSync(textDir)) throw new BratError(`${dir}: expected text/ and attributions/ inside (PolNeAR layout)`);
  const byName = new Map<string, BratItem[]>();
  for (const f of readdirSync(annDir).sort()) {
    const m = /^(.+)_([^_]+)\.ann$/.exec(f);
    if (!m) continue;
    const item = { name: m[1], annotator: m[2], textPath: join(textDir, `${m[1]}.txt`), annPath: join(annDir, f) };
    byName.set(m[1], [...(byName.get(m[1]) ?? []), item]);
  }
  const out: BratItem[] = [];
  for (const [, items] of [...byName].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))) {
    if (annotators === 'all') out.push(...items);
    else if (annotators === 'first') out.push(items[0]);
    else out.push(...items.filter((i) => i.annotator === annotators));
  }
  return out;
}

export interface LoadedBrat extends BratItem {
  bytes: Buffer;
  text: string;
  doc: BratDoc;
  gold: BratGold;
}

/** Reads one article and its annotation; throws BratError when either is missing or unreadable. */
export function loadBrat(item: BratItem): LoadedBrat {
  if (!existsSync(item.textPath)) throw new BratError(`${item.annPath}: its text ${item.textPath} is missing`);
  const bytes = readFileSync(item.textPath);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    throw new BratError(`${item.textPath}: not valid UTF-8`);
  }
  const doc = parseAnn(readFileSync(item.annPath, 'utf8'), text);
  return { ...item, bytes, text, doc, gold: goldRelations(doc, text) };
}
