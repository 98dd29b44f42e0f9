/**
 * The evaluation report: its JSON form (`claims eval --json`, `--save`), the
 * readable tables, the error listing, and the comparison with a baseline.
 * Scores are fractions in [0, 1] in JSON (null when undefined) and
 * percentages in the tables; deltas are in percentage points.
 */
import type { Label } from '../types.ts';
import { LABELS } from '../types.ts';
import { table, truncate } from '../cli/util.ts';
import type { AttrError, Role } from './attribution.ts';
import { ROLES } from './attribution.ts';
import type { FixtureError } from './fixtures.ts';
import type { BratRun, ErrorGroup, FixtureRun } from './runner.ts';

export interface Delta {
  metric: string;
  before: number | null;
  after: number | null;
  /** after − before, in percentage points; null when either side is missing. */
  points: number | null;
}

export interface EvalReport {
  schema: 1;
  kind: 'claimlens-eval';
  extractor: { version: string; pipeline: string };
  fixtures?: Omit<FixtureRun, 'errors'>;
  polnear?: Omit<BratRun, 'errors'>;
  errors?: { fixtures?: Array<ErrorGroup<FixtureError>>; polnear?: Array<ErrorGroup<AttrError>> };
  baseline?: { file: string; better: number; worse: number; deltas: Delta[]; /** Set when the two runs scored different data. */ scope?: string };
}

const SCORE_KEYS = new Set(['p', 'r', 'f1', 'speakerAccuracy', 'labelAccuracy']);

/** The report's scores as flat `path → value` pairs, e.g. "polnear.roles.source.exact.f1". */
export function flattenScores(report: Pick<EvalReport, 'fixtures' | 'polnear'>): Map<string, number | null> {
  const out = new Map<string, number | null>();
  const walk = (v: unknown, path: string) => {
    if (v === null || typeof v !== 'object') return;
    for (const [k, x] of Object.entries(v)) {
      const p = path ? `${path}.${k}` : k;
      if (SCORE_KEYS.has(k) && (typeof x === 'number' || x === null)) out.set(p, x);
      else walk(x, p);
    }
  };
  walk({ fixtures: report.fixtures?.scores, polnear: report.polnear?.roles }, '');
  return out;
}

/** Compares two reports' scores (every score of either); better/worse count moves of at least 0.05 points. */
export function compareReports(before: Pick<EvalReport, 'fixtures' | 'polnear'>, after: Pick<EvalReport, 'fixtures' | 'polnear'>, file: string): NonNullable<EvalReport['baseline']> {
  const a = flattenScores(before);
  const b = flattenScores(after);
  const deltas: Delta[] = [];
  for (const metric of new Set([...b.keys(), ...a.keys()])) {
    const x = a.get(metric) ?? null;
    const y = b.get(metric) ?? null;
    deltas.push({ metric, before: x, after: y, points: x === null || y === null ? null : round((y - x) * 100, 2) });
  }
  const size = (x: Pick<EvalReport, 'fixtures' | 'polnear'>) => `${x.fixtures?.scores.articles ?? 0} fixture articles, ${x.polnear?.annotations ?? 0} PolNeAR annotations`;
  return {
    file,
    ...(size(before) !== size(after) ? { scope: `the baseline scored ${size(before)}, this run ${size(after)}: deltas mix data and extractor changes` } : {}),
    better: deltas.filter((d) => (d.points ?? 0) >= 0.05).length,
    worse: deltas.filter((d) => (d.points ?? 0) <= -0.05).length,
    deltas,
  };
}

const round = (n: number, d: number) => Math.round(n * 10 ** d) / 10 ** d;

/** A score as a percentage, with its delta against the baseline when there is one. */
function cell(v: number | null, metric: string, deltas: Map<string, Delta> | null): string {
  const s = v === null ? '-' : (v * 100).toFixed(1);
  const d = deltas?.get(metric);
  if (!deltas) return s.padStart(5);
  if (!d || d.points === null) return `${s.padStart(5)} ${d && d.before === null ? '(new)' : ''}`.trimEnd();
  const mark = d.points >= 0.05 ? `+${d.points.toFixed(1)}` : d.points <= -0.05 ? d.points.toFixed(1) : '=';
  return `${s.padStart(5)} (${mark})`;
}

export function renderReport(r: EvalReport): string {
  const deltas = r.baseline ? new Map(r.baseline.deltas.map((d) => [d.metric, d])) : null;
  const parts: string[] = [];
  if (r.fixtures) {
    const f = r.fixtures.scores;
    const c = (v: number | null, m: string) => cell(v, `fixtures.${m}`, deltas);
    const row = (name: string, key: string, x: { p: number | null; r: number | null; f1: number | null; tp: number; fp: number; fn: number }) =>
      [name, c(x.p, `${key}.p`), c(x.r, `${key}.r`), c(x.f1, `${key}.f1`), x.tp, x.fp, x.fn];
    const rows: Array<Array<string | number>> = [row('claims', 'claims', f.claims), ...LABELS.map((l) => row(`  ${l}`, `labels.${l}`, f.labels[l]))];
    if (f.quotes) rows.push(row('quotations', 'quotes', f.quotes));
    parts.push(
      `Gold fixtures: ${f.articles} article${f.articles === 1 ? '' : 's'}, ${f.claims.tp + f.claims.fn} gold claims, ${f.claims.tp + f.claims.fp} predicted (${r.fixtures.seconds.toFixed(1)} s)`,
      table(['metric', 'P %', 'R %', 'F1 %', 'tp', 'fp', 'fn'], rows),
      '',
      table(['on matched claims', '%', 'right / matched'], [
        ['speaker accuracy (resolved name)', c(f.speakerAccuracy, 'speakerAccuracy'), `${f.speakerRight} / ${f.matched}`],
        ['label accuracy', c(f.labelAccuracy, 'labelAccuracy'), `${f.labelRight} / ${f.matched}`],
      ]),
      '',
      table(['gold \\ predicted', ...LABELS], LABELS.map((g) => [g, ...LABELS.map((p) => f.confusion[g][p])])),
    );
  }
  if (r.polnear) {
    const b = r.polnear;
    const c = (role: Role, kind: 'exact' | 'overlap', m: 'p' | 'r' | 'f1') => cell(b.roles[role][kind][m], `polnear.${role}.${kind}.${m}`, deltas);
    const wps = b.seconds > 0 ? Math.round(b.words / b.seconds) : 0;
    if (parts.length) parts.push('');
    parts.push(
      `PolNeAR (${b.dir}): ${b.articles} articles, ${b.annotations} annotations, ${b.words} words in ${b.seconds.toFixed(1)} s (${wps} words/s)`,
      table(
        ['role', 'exact P', 'exact R', 'exact F1', 'overlap P', 'overlap R', 'overlap F1', 'predicted', 'gold'],
        ROLES.map((role) => [role, c(role, 'exact', 'p'), c(role, 'exact', 'r'), c(role, 'exact', 'f1'), c(role, 'overlap', 'p'), c(role, 'overlap', 'r'), c(role, 'overlap', 'f1'), b.roles[role].counts.pred, b.roles[role].counts.gold]),
      ),
      `relations: gold ${b.relations.gold} (${b.relations.goldNoSource} without source), predicted ${b.relations.predicted}, aligned ${b.relations.aligned}; ` +
        `${b.relations.dropped} predicted in Discard/Discuss regions not counted, ${b.relations.sourceExcluded} predicted sources of no-source relations not counted` +
        (b.annotationProblems ? `; ${b.annotationProblems} annotation lines unusable` : ''),
    );
  }
  if (r.baseline) {
    const moved = r.baseline.deltas.filter((d) => d.points !== null && Math.abs(d.points) >= 0.05);
    parts.push('', `against baseline ${r.baseline.file}: ${r.baseline.better} better, ${r.baseline.worse} worse, ${r.baseline.deltas.length - moved.length} unchanged or not comparable`);
    if (r.baseline.scope) parts.push(`note: ${r.baseline.scope}`);
    const shown = moved.sort((x, y) => Math.abs(y.points!) - Math.abs(x.points!)).slice(0, 12);
    if (shown.length) parts.push(table(['metric', 'before %', 'after %', 'delta'], shown.map((d) => [d.metric, pct(d.before), pct(d.after), `${d.points! > 0 ? '+' : ''}${d.points!.toFixed(2)} ${d.points! > 0 ? 'better' : 'worse'}`])));
  }
  return parts.join('\n');
}

const pct = (v: number | null) => (v === null ? '-' : (v * 100).toFixed(1));

function view(v: { speaker?: string | null; name?: string | null; cue?: string | null; label?: Label; content?: string | null; source?: string | null } | null, width: number): string {
  if (!v) return '—';
  const who = v.speaker !== undefined ? `${v.speaker ?? '-'}${v.name && v.name !== v.speaker ? ` [${v.name}]` : ''}` : (v.source ?? '-');
  return [`speaker: ${who}`, `cue: ${v.cue ?? '-'}`, v.label ? `label: ${v.label}` : null, `content: ${v.content ? JSON.stringify(truncate(v.content, width)) : '-'}`].filter(Boolean).join(' · ');
}

/** The --errors listing, one block per error, grouped by article. */
export function renderErrors(r: EvalReport, width = 160): string {
  const out: string[] = [];
  const head = (g: ErrorGroup<unknown>) => `${g.article}: ${g.count} error${g.count === 1 ? '' : 's'}${g.errors.length < g.count ? `, first ${g.errors.length} shown` : ''}`;
  for (const g of r.errors?.fixtures ?? []) {
    out.push(head(g));
    for (const e of g.errors) {
      out.push(`  [${e.kind}] ${JSON.stringify(truncate(e.sentence, width))}`);
      if (e.quote !== undefined) out.push(`    quotation: ${JSON.stringify(e.quote)}`);
      else {
        out.push(`    expected: ${view(e.expected, width)}`);
        out.push(`    produced: ${view(e.produced, width)}${e.produced ? `\n    evidence: ${e.produced.evidence.join(', ')}` : ''}`);
      }
    }
  }
  for (const g of r.errors?.polnear ?? []) {
    out.push(head(g));
    for (const e of g.errors) {
      out.push(`  [${e.kind}${e.kind === 'mismatch' ? `: ${e.roles.join(', ')}` : ''}] ${JSON.stringify(truncate(e.snippet, width))}`);
      out.push(`    expected: ${view(e.expected, width)}`);
      out.push(`    produced: ${view(e.produced && { source: e.produced.source, cue: e.produced.cue, label: e.produced.label, content: e.produced.content }, width)}${e.produced ? ` · speaker name: ${e.produced.speaker ?? '-'}\n    evidence: ${e.produced.evidence.join(', ')}` : ''}`);
    }
  }
  return out.join('\n');
}
