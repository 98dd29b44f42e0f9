/**
 * Runs the extractor over evaluation data and gathers the scores: our gold
 * fixtures (fixtures.ts) and brat attribution folders (brat.ts, attribution.ts).
 * Bad inputs are reported through `onProblem` and skipped, never thrown.
 */
import type { Extractor } from '../extract.ts';
import { compare, loadGold, type Gold } from './gold.ts';
import { addComparison, emptyTotals, fixtureErrors, fixtureScores, type FixtureError, type FixtureScores } from './fixtures.ts';
import { listBrat, loadBrat, type BratItem } from './brat.ts';
import { ROLES, scoreAttribution, type AttrError, type Role } from './attribution.ts';
import { addCounts, emptyCounts, roleScores, type RoleCounts, type RoleScores } from './metrics.ts';

export interface ErrorCaps {
  /** Collect errors at all. */
  on: boolean;
  perArticle: number;
  total: number;
  kinds: Set<string> | null;
}

export interface ErrorGroup<E> {
  article: string;
  /** Errors of this article before the cap. */
  count: number;
  errors: E[];
}

export type Problem = (path: string, reason: string) => void;

/** Keeps errors within the caps; returns the group or null when nothing is kept. */
function capErrors<E extends { kind: string }>(article: string, errs: E[], caps: ErrorCaps, sofar: number): ErrorGroup<E> | null {
  const wanted = caps.kinds ? errs.filter((e) => caps.kinds!.has(e.kind)) : errs;
  const room = Math.max(0, Math.min(caps.perArticle, caps.total - sofar));
  if (!wanted.length || room === 0) return null;
  return { article, count: wanted.length, errors: wanted.slice(0, room) };
}

export interface FixtureRun {
  scores: FixtureScores;
  files: string[];
  errors: Array<ErrorGroup<FixtureError>>;
  seconds: number;
}

export function runFixtures(goldPaths: string[], ex: Extractor, caps: ErrorCaps, onProblem: Problem): FixtureRun {
  const t0 = performance.now();
  const totals = emptyTotals();
  const errors: Array<ErrorGroup<FixtureError>> = [];
  const files: string[] = [];
  let shown = 0;
  for (const path of goldPaths) {
    let gold: Gold;
    try {
      gold = loadGold(path);
    } catch (e) {
      onProblem(path, e instanceof SyntaxError ? `not valid JSON: ${e.message}` : (e as Error).message.replace(`${path}: `, ''));
      continue;
    }
    let result;
    try {
      result = ex.extractBytes(gold.bytes, gold.textPath).result;
    } catch (e) {
      onProblem(gold.textPath, (e as Error).message);
      continue;
    }
    const cmp = compare(gold, result);
    addComparison(totals, gold, result, cmp);
    files.push(path);
    if (caps.on) {
      const g = capErrors(path, fixtureErrors(gold, result, cmp), caps, shown);
      if (g) { errors.push(g); shown += g.errors.length; }
    }
  }
  return { scores: fixtureScores(totals), files, errors, seconds: (performance.now() - t0) / 1000 };
}

export interface BratOptions {
  annotators: string;
  limit?: number;
  sample?: number;
  seed: number;
}

export interface BratRun {
  dir: string;
  articles: number;
  annotations: number;
  words: number;
  seconds: number;
  roles: Record<Role, RoleScores>;
  relations: { gold: number; goldNoSource: number; predicted: number; aligned: number; dropped: number; sourceExcluded: number };
  annotationProblems: number;
  errors: Array<ErrorGroup<AttrError>>;
}

/** A deterministic pseudo-random generator (mulberry32), for --sample. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Chooses the items: a seeded sample of articles (all annotations of a chosen article stay), then the first `limit`. */
export function chooseItems(items: BratItem[], opts: BratOptions): BratItem[] {
  let out = items;
  if (opts.sample !== undefined) {
    const names = [...new Set(items.map((i) => i.name))];
    const rand = rng(opts.seed);
    for (let i = names.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [names[i], names[j]] = [names[j], names[i]];
    }
    const keep = new Set(names.slice(0, opts.sample));
    out = out.filter((i) => keep.has(i.name));
  }
  if (opts.limit !== undefined) out = out.slice(0, opts.limit);
  return out;
}

export function runBrat(dir: string, ex: Extractor, opts: BratOptions, caps: ErrorCaps, onProblem: Problem, onProgress?: (done: number, total: number) => void): BratRun {
  const t0 = performance.now();
  const items = chooseItems(listBrat(dir, opts.annotators), opts);
  const counts = Object.fromEntries(ROLES.map((r) => [r, emptyCounts()])) as Record<Role, RoleCounts>;
  const relations = { gold: 0, goldNoSource: 0, predicted: 0, aligned: 0, dropped: 0, sourceExcluded: 0 };
  const errors: Array<ErrorGroup<AttrError>> = [];
  const articles = new Set<string>();
  let annotations = 0, words = 0, shown = 0, annotationProblems = 0;
  // one extraction per article, even when several annotations of it are scored
  let last: { name: string; result: ReturnType<Extractor['extractBytes']>['result'] } | null = null;
  items.forEach((item, n) => {
    onProgress?.(n, items.length);
    let loaded;
    try {
      loaded = loadBrat(item);
    } catch (e) {
      onProblem(item.annPath, (e as Error).message.replace(`${item.annPath}: `, ''));
      return;
    }
    annotationProblems += loaded.doc.problems.length;
    let result;
    if (last?.name === item.name) result = last.result;
    else {
      try {
        result = ex.extractBytes(loaded.bytes, item.textPath).result;
      } catch (e) {
        onProblem(item.textPath, (e as Error).message);
        return;
      }
      last = { name: item.name, result };
      words += loaded.text.split(/\s+/).filter(Boolean).length;
    }
    const s = scoreAttribution(result, loaded.text, loaded.gold);
    for (const r of ROLES) addCounts(counts[r], s.counts[r]);
    for (const k of Object.keys(relations) as Array<keyof typeof relations>) relations[k] += s.relations[k];
    articles.add(item.name);
    annotations++;
    if (caps.on) {
      const g = capErrors(`${item.name} (${item.annotator})`, s.errors, caps, shown);
      if (g) { errors.push(g); shown += g.errors.length; }
    }
  });
  onProgress?.(items.length, items.length);
  return {
    dir,
    articles: articles.size,
    annotations,
    words,
    seconds: (performance.now() - t0) / 1000,
    roles: Object.fromEntries(ROLES.map((r) => [r, roleScores(counts[r])])) as Record<Role, RoleScores>,
    relations,
    annotationProblems,
    errors,
  };
}
