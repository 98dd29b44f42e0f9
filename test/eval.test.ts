import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../src/pipeline.ts';
import { compare, loadGold, resolveTextPath, SHARED, type GoldFile } from '../src/eval/gold.ts';
import { codePointToUnit, goldRelations, listBrat, loadBrat, parseAnn } from '../src/eval/brat.ts';
import { matchSpans, nonSpacePrefix, normalizeSpan, prf, roleScores, type SpanFrags } from '../src/eval/metrics.ts';
import { relationsOf, scoreAttribution, statementFrags } from '../src/eval/attribution.ts';
import { addComparison, emptyTotals, fixtureErrors, fixtureScores } from '../src/eval/fixtures.ts';
import { compareReports, type EvalReport } from '../src/eval/report.ts';
import { runFixtures } from '../src/eval/runner.ts';
import { extractor, scratchDir } from './helpers.ts';
import { main } from '../src/cli/index.ts';
import type { ArticleResult } from '../src/types.ts';

const BRAT = join(ROOT, 'test', 'fixtures', 'brat');
const SEED = join(ROOT, 'corpus', '2021-12-01-putin-nato-security-guarantees.gold.json');
const POLNEAR = join(SHARED, 'polnear', 'train');
const BIN = join(ROOT, 'src', 'bin', 'claims.js');
const claims = (...args: string[]) => spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', cwd: ROOT, env: { ...process.env, FORCE_COLOR: '0' } });
/** Runs the CLI in this process (no start-up cost), capturing stdout and stderr. */
async function inProcess(...args: string[]): Promise<{ status: number; stdout: string; stderr: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const [w1, w2] = [process.stdout.write, process.stderr.write];
  process.stdout.write = ((c: string) => (out.push(String(c)), true)) as typeof process.stdout.write;
  process.stderr.write = ((c: string) => (err.push(String(c)), true)) as typeof process.stderr.write;
  try {
    const status = await main(['node', 'claims', ...args]);
    return { status, stdout: out.join(''), stderr: err.join('') };
  } finally {
    process.stdout.write = w1;
    process.stderr.write = w2;
  }
}
const noErrors = { on: false, perArticle: 0, total: 0, kinds: null };

describe('brat standoff parsing', () => {
  const text = readFileSync(join(BRAT, 'text', 'sample.txt'), 'utf8');
  const src = readFileSync(join(BRAT, 'attributions', 'sample_aa01.ann'), 'utf8');

  it('converts code-point offsets to string indices after an astral character (emoji), and ’ is one character', () => {
    const doc = parseAnn(src, text);
    expect(doc.problems).toEqual([]);
    for (const s of doc.spans.values()) {
      expect(s.frags.map(([a, b]) => text.slice(a, b)).join(' ')).toBe(s.text);
    }
    // the raw offsets are code points: without conversion the spans after the emoji are one unit off
    const raw = parseAnn(src);
    const t1 = raw.spans.get('T1')!;
    expect(text.slice(...t1.frags[0])).not.toBe('The mayor');
    expect(codePointToUnit('a🎉b')(2)).toBe(3);
    expect(codePointToUnit('a’b')(2)).toBe(2);
  });

  it('reads relations, no-source relations, Content2, continuation lines, Discard/Discuss, notes; skips empty relations', () => {
    const doc = parseAnn(src, text);
    expect(doc.spans.get('T17')!.text).toBe('Follow us on Twitter @example.\nAll rights reserved.');
    expect(doc.notes).toEqual([{ id: '#1', type: 'AnnotatorNotes', target: 'T1', text: 'includes the article, as usual' }]);
    const gold = goldRelations(doc, text);
    expect(gold.stats).toMatchObject({ relations: 4, noSource: 1, empty: 1, notes: 1, unusedSpans: 0 });
    const show = (s: SpanFrags | null) => s && s.map(([a, b]) => text.slice(a, b)).join(' | ');
    expect(gold.relations.map((r) => [show(r.source), show(r.cue), show(r.content), r.noSource])).toEqual([
      ['The mayor', 'said', 'the bridge “will open in May.”', false],
      ['Officials', 'denied', 'that tolls would rise', false],
      [null, 'It is believed', 'that the plan will cost more', true],
      ['the engineer', 'added', '“We are ready,” | “and the river is low.”', false],
    ]);
    expect(gold.ignore.map(show)).toEqual(['Follow us on Twitter @example.\nAll rights reserved.', 'update']);
  });

  it('reads discontinuous spans and reports malformed lines and bad offsets instead of throwing', () => {
    const doc = parseAnn('T1\tContent 0 3;8 11\tabc def\nT2\tCue 5\tx\nT3\tSource 0 99\tzz\nE1\tAttribution:T9 Source:T1\nR1\tSomething Arg1:T1 Arg2:T1\n', 'abc xyz def');
    expect(doc.spans.get('T1')!.frags).toEqual([[0, 3], [8, 11]]);
    expect(doc.problems.map((p) => p.reason)).toEqual([
      'malformed span "Cue 5"',
      'T3: offsets 0-99 outside the text (length 11)',
      'R1: annotation kind not used for attribution, ignored',
      'E1: refers to unknown span T9',
    ]);
  });

  it('lists one annotation per article by default, every one with "all", or one annotator', () => {
    expect(listBrat(BRAT).map((i) => i.annotator)).toEqual(['aa01']);
    expect(listBrat(BRAT, 'all').map((i) => i.annotator)).toEqual(['aa01', 'bb02']);
    expect(listBrat(BRAT, 'bb02').map((i) => i.annotator)).toEqual(['bb02']);
    expect(() => listBrat(join(BRAT, 'nope'))).toThrow(/no such directory/);
  });
});

describe('span metrics', () => {
  const t = 'abcdefghij klmno';
  const ns = nonSpacePrefix(t);

  it('P/R/F1, undefined when there is nothing to divide by', () => {
    expect(prf(3, 4, 3, 6)).toEqual({ p: 0.75, r: 0.5, f1: 0.6 });
    expect(prf(0, 0, 0, 5)).toEqual({ p: null, r: 0, f1: null });
    expect(prf(0, 2, 0, 2)).toEqual({ p: 0, r: 0, f1: 0 });
  });

  it('exact needs the same non-white-space characters; white space at the edges or between fragments does not matter', () => {
    expect(normalizeSpan([[9, 11]], t)).toEqual([[9, 10]]);
    expect(normalizeSpan([[9, 10], [11, 12]], t)).toEqual([[9, 12]]);
    expect(normalizeSpan([[0, 3], [4, 6], [3, 4]], t)).toEqual([[0, 6]]);
    expect(normalizeSpan([[0, 10], [11, 16]], t)).toEqual([[0, 16]]);
    const m = matchSpans([normalizeSpan([[0, 11]], t)], [[[0, 10]]], ns);
    expect(m.counts).toEqual({ pred: 1, gold: 1, exact: 1, pCredit: 1, rCredit: 1 });
  });

  it('exact ignores the comma or dash that closes an apposition, but keeps a mark that is the whole span', () => {
    const u = 'Kevin Brady, chairman of the committee, said: yes.';
    const withComma = normalizeSpan([[0, 39]], u);
    const without = normalizeSpan([[0, 38]], u);
    expect(withComma).toEqual(without);
    expect(u.slice(without[0][0], without[0][1])).toBe('Kevin Brady, chairman of the committee');
    // a colon cue is punctuation only: it stays
    expect(normalizeSpan([[44, 45]], u)).toEqual([[44, 45]]);
  });

  it('overlap-weighted: a predicted half of a gold span has precision credit 1 and recall credit 1/2', () => {
    const m = matchSpans([[[0, 4]]], [[[0, 8]]], ns);
    expect(m.counts).toEqual({ pred: 1, gold: 1, exact: 0, pCredit: 1, rCredit: 0.5 });
    const s = roleScores(m.counts);
    expect(s.exact).toEqual({ p: 0, r: 0, f1: 0 });
    expect(s.overlap.p).toBe(1);
    expect(s.overlap.r).toBe(0.5);
    expect(s.overlap.f1).toBeCloseTo(2 / 3, 10);
  });

  it('pairs one to one, best Dice first: two predicted halves of one gold span get one credit', () => {
    const m = matchSpans([[[0, 4]], [[4, 8]]], [[[0, 8]]], ns);
    expect(m.counts).toEqual({ pred: 2, gold: 1, exact: 0, pCredit: 1, rCredit: 0.5 });
    expect(m.overlapOf).toEqual([0, -1]);
    // a better-fitting pair wins over the first one
    const n = matchSpans([[[0, 6]], [[0, 8]]], [[[0, 8]], [[0, 3]]], ns);
    expect(n.overlapOf).toEqual([1, 0]);
    expect(n.counts.exact).toBe(1);
    expect(n.counts.pCredit).toBeCloseTo(3 / 6 + 1, 10);
    expect(n.counts.rCredit).toBeCloseTo(1 + 1, 10);
  });

  it('counts a span cut inside a word by its characters', () => {
    const m = matchSpans([[[11, 13]]], [[[11, 16]]], ns);
    expect(m.counts.rCredit).toBeCloseTo(2 / 5, 10);
  });
});

describe('attribution scoring against brat relations', () => {
  const item = listBrat(BRAT)[0];
  const loaded = loadBrat(item);
  const text = loaded.text;
  const span = (s: string, from = 0) => {
    const start = text.indexOf(s, from);
    if (start < 0) throw new Error(`not in the fixture: ${s}`);
    return { start, end: start + s.length, text: s };
  };
  const claim = (group: string, speaker: string | null, cue: string | null, content: string) => ({
    sentence: 0, group, label: 'assertion' as const, confidence: 1, quotes: [], evidence: ['test'],
    speaker: speaker ? { ...span(speaker), name: speaker, role: null } : null,
    cue: cue ? span(cue) : null,
    content: span(content),
  });
  const result = {
    claims: [
      claim('g1', 'The mayor', 'said', 'the bridge “will open in May.”'),
      claim('g2', 'Officials', 'denied', 'tolls would rise'),
      claim('g3', 'It', 'believed', 'that the plan will cost more'),
      claim('g4', 'the engineer', 'added', '“We are ready,”'),
      claim('g4', null, null, '“and the river is low.”'),
      claim('g5', 'us', 'Follow', 'on Twitter @example'),
    ],
  } as unknown as ArticleResult;

  it('makes one relation of the claims of one group (contents united, first speaker and cue)', () => {
    const rels = relationsOf(result, text);
    expect(rels.map((r) => r.group)).toEqual(['g1', 'g2', 'g3', 'g4', 'g5']);
    const g4 = rels[3];
    expect(g4.claims).toEqual([3, 4]);
    expect(g4.content!.map(([a, b]) => text.slice(a, b))).toEqual(['“We are ready,”', '“and the river is low.”']);
    expect(text.slice(...g4.cue![0])).toBe('added');
  });

  it('unites the contents of one statement over several sentences across the full stops between them', () => {
    const t = 'She said: “We are ready. The river is low.” Then she left.';
    const at = (s: string) => ({ start: t.indexOf(s), end: t.indexOf(s) + s.length, text: s });
    const c = (content: string, cue: string | null) => ({
      sentence: 0, group: 'g1', label: 'assertion' as const, confidence: 1, quotes: [], evidence: ['test'], otherCues: [],
      speaker: { ...at('She'), name: 'She', role: null }, cue: cue ? at(cue) : null, content: at(content),
    });
    const rels = relationsOf({ claims: [c('“We are ready', 'said:'), c('The river is low.”', null)] } as unknown as ArticleResult, t);
    expect(rels[0].content!.map(([a, b]) => t.slice(a, b))).toEqual(['“We are ready. The river is low.”']);
  });

  it('splits a claim at its otherCues into one relation per cue, each with the content after its cue', () => {
    const t = 'The senator criticised the accord, and later said the deal was weak, saying it goes nowhere.';
    const at = (s: string) => ({ start: t.indexOf(s), end: t.indexOf(s) + s.length, text: s });
    const c = {
      sentence: 0, group: 'g1', label: 'assertion' as const, confidence: 1, quotes: [], evidence: ['test'],
      speaker: { ...at('The senator'), name: 'The senator', role: null },
      cue: at('criticised'),
      content: at('the accord, and later said the deal was weak, saying it goes nowhere'),
      otherCues: [at('later said'), at('saying')],
    };
    const rels = relationsOf({ claims: [c] } as unknown as ArticleResult, t);
    const show = (f: [number, number][] | null) => (f ?? []).map(([a, b]) => t.slice(a, b));
    expect(rels.map((r) => [show(r.cue), show(r.content), show(r.source)])).toEqual([
      [['criticised'], ['the accord'], ['The senator']],
      [['later said'], ['the deal was weak'], ['The senator']],
      [['saying'], ['it goes nowhere'], ['The senator']],
    ]);
    // the later cue's subject pronoun stays out of the part before it
    const t2 = 'Trump disavowed the group, but he slammed the media for asking.';
    const at2 = (s: string) => ({ start: t2.indexOf(s), end: t2.indexOf(s) + s.length, text: s });
    const c2 = { ...c, speaker: { ...at2('Trump'), name: 'Trump', role: null }, cue: at2('disavowed'), content: at2('the group, but he slammed the media for asking'), otherCues: [at2('slammed')] };
    expect(relationsOf({ claims: [c2] } as unknown as ArticleResult, t2).map((r) => (r.content ?? []).map(([a, b]) => t2.slice(a, b)))).toEqual([['the group'], ['the media for asking']]);
    // a later cue embedded in the statement is a relation of its own, and the statement runs on through it
    const t3 = 'She said voters are hungry for what she calls real solutions.';
    const at3 = (s: string) => ({ start: t3.indexOf(s), end: t3.indexOf(s) + s.length, text: s });
    const c3 = { ...c, speaker: { ...at3('She'), name: 'She', role: null }, cue: at3('said'), content: at3('voters are hungry for what she calls real solutions'), otherCues: [at3('calls')] };
    expect(relationsOf({ claims: [c3] } as unknown as ArticleResult, t3).map((r) => (r.content ?? []).map(([a, b]) => t3.slice(a, b)))).toEqual([['voters are hungry for what she calls real solutions'], ['real solutions']]);
    // the source's own relative clause: the part before ends before "who"
    const t4 = '“It is not normal,” said Weaver, who said executives fail to understand it.';
    const at4 = (s: string) => ({ start: t4.indexOf(s), end: t4.indexOf(s) + s.length, text: s });
    const c4 = { ...c, speaker: { ...at4('Weaver'), name: 'Weaver', role: null }, cue: at4('said'), content: { start: 0, end: t4.length - 1 }, otherCues: [{ start: t4.lastIndexOf('said'), end: t4.lastIndexOf('said') + 4 }] };
    expect(relationsOf({ claims: [c4] } as unknown as ArticleResult, t4).map((r) => (r.content ?? []).map(([a, b]) => t4.slice(a, b)))).toEqual([['“It is not normal,”'], ['executives fail to understand it']]);
    // a later cue outside the content splits nothing
    const outside = relationsOf({ claims: [{ ...c, content: at('the accord'), otherCues: [at('saying')] }] } as unknown as ArticleResult, t);
    expect(outside.map((r) => show(r.content))).toEqual([['the accord']]);
  });

  it('leaves the claim\'s own speaker and cue, and the commas that set them off, out of its content', () => {
    const t = '“We are ready,” the engineer added, “and the river is low.”';
    const at = (s: string) => ({ start: t.indexOf(s), end: t.indexOf(s) + s.length });
    const frags = statementFrags(t, { start: 0, end: t.length }, [at('the engineer'), at('added')]);
    expect(frags.map(([a, b]) => t.slice(a, b))).toEqual(['“We are ready,”', '“and the river is low.”']);
    // a speaker outside the content changes nothing
    expect(statementFrags(t, at('“and the river is low.”'), [at('the engineer'), at('added')])).toEqual([[at('“and').start, t.length]]);
    // …and a cue at the content's edge is left out too: the part before a later cue ends with "the engineer added"
    expect(statementFrags(t, { start: 0, end: at('added').end }, [at('the engineer'), at('added')]).map(([a, b]) => t.slice(a, b))).toEqual(['“We are ready,”']);
  });

  it('scores each role exactly and overlap-weighted; no-source relations and Discard regions as documented', () => {
    const s = scoreAttribution(result, text, loaded.gold);
    expect(s.relations).toEqual({ gold: 4, goldNoSource: 1, predicted: 5 - 1, aligned: 4, dropped: 1, sourceExcluded: 1 });
    expect(s.counts.source).toEqual({ pred: 3, gold: 3, exact: 3, pCredit: 3, rCredit: 3 });
    expect(s.counts.cue).toMatchObject({ pred: 4, gold: 4, exact: 3, pCredit: 4 });
    expect(s.counts.cue.rCredit).toBeCloseTo(3 + 8 / 12, 10); // "believed" of "It is believed"
    expect(s.counts.content).toMatchObject({ pred: 4, gold: 4, exact: 3, pCredit: 4 });
    expect(s.counts.content.rCredit).toBeCloseTo(3 + 14 / 18, 10); // "tolls would rise" of "that tolls would rise"
    expect(s.errors.map((e) => [e.kind, e.roles])).toEqual([
      ['mismatch', ['content']],
      ['mismatch', ['cue']],
    ]);
    expect(s.errors[0].snippet).toContain('Officials denied that tolls would rise.');
    expect(s.errors[0].expected!.content).toBe('that tolls would rise');
    expect(s.errors[0].produced!.content).toBe('tolls would rise');
  });

  it('reports a missed relation and a false alarm', () => {
    const partial = {
      claims: [claim('g1', 'The mayor', 'said', 'the bridge “will open in May.”'), claim('x', 'Mayor', 'office', '’s'), claim('y', null, 'update', 'update')],
    } as unknown as ArticleResult;
    const s = scoreAttribution(partial, text, loaded.gold);
    expect(s.errors.map((e) => e.kind)).toEqual(['false-alarm', 'miss', 'miss', 'miss']);
    expect(s.errors[0].produced).toMatchObject({ source: 'Mayor', cue: 'office', content: '’s' });
    expect(s.errors[1].expected).toEqual({ source: 'Officials', cue: 'denied', content: 'that tolls would rise' });
    expect(s.relations.dropped).toBe(1); // the claim inside the Discuss region
  });
});

describe('gold fixtures: aggregation', () => {
  it('the seed comes out at 100 % on every score', () => {
    const run = runFixtures([SEED], extractor(), noErrors, (p, r) => { throw new Error(`${p}: ${r}`); });
    const f = run.scores;
    expect(f.articles).toBe(1);
    expect(f.claims).toEqual({ p: 1, r: 1, f1: 1, tp: 13, fp: 0, fn: 0 });
    expect([f.speakerAccuracy, f.labelAccuracy]).toEqual([1, 1]);
    for (const l of ['assertion', 'denial', 'warning'] as const) expect(f.labels[l].f1).toBe(1);
    expect(f.quotes).toMatchObject({ p: 1, r: 1, f1: 1, tp: 10 });
    expect(f.confusion.denial).toEqual({ assertion: 0, denial: 4, warning: 0 });
  });

  it('counts a wrong label for both labels, a dropped claim as a miss, and lists both errors', () => {
    const gold = loadGold(SEED);
    const extracted = extractor().extractBytes(gold.bytes, gold.textPath).result;
    // start from a perfect result whatever the rules do today: labels and names as the gold pairs them
    const fixed = extracted.claims.map((c) => ({ ...c }));
    for (const p of compare(gold, extracted).pairs) {
      if (p.gold && p.predicted !== null) fixed[p.predicted] = { ...fixed[p.predicted], label: p.gold.label, speaker: fixed[p.predicted].speaker && { ...fixed[p.predicted].speaker!, name: p.gold.name ?? '' } };
    }
    const result = { ...extracted, claims: fixed };
    expect(compare(gold, result)).toMatchObject({ tp: 13, fp: 0, fn: 0, labelRight: 13, speakerRight: 13 });
    const denial = result.claims.findIndex((c) => c.label === 'denial');
    const claims = result.claims.map((c, i) => (i === denial ? { ...c, label: 'assertion' as const } : c)).slice(0, -1);
    const dropped = result.claims[result.claims.length - 1];
    const changed = { ...result, claims };
    const cmp = compare(gold, changed);
    const t = emptyTotals();
    addComparison(t, gold, changed, cmp);
    const f = fixtureScores(t);
    expect(f.claims).toMatchObject({ tp: 12, fp: 0, fn: 1 });
    expect(f.labelAccuracy).toBeCloseTo(11 / 12, 10);
    expect(f.confusion.denial.assertion).toBe(1);
    expect(f.labels.denial.fn).toBe(1 + (dropped.label === 'denial' ? 1 : 0));
    expect(f.labels.assertion.fp).toBe(1);
    const errs = fixtureErrors(gold, changed, cmp);
    expect(errs.map((e) => e.kind).sort()).toEqual(['label', 'miss']);
    expect(errs.find((e) => e.kind === 'label')!).toMatchObject({ expected: { label: 'denial' }, produced: { label: 'assertion' } });
  });

  it('compares reports with a baseline in percentage points', () => {
    const run = runFixtures([SEED], extractor(), noErrors, () => {});
    const { errors: _e, ...fixtures } = run;
    const now: EvalReport = { schema: 1, kind: 'claimlens-eval', extractor: { version: 'x', pipeline: 'news' }, fixtures };
    const before = structuredClone(now);
    before.fixtures!.scores.claims.f1 = 0.5;
    before.fixtures!.scores.labels.warning.p = null;
    const b = compareReports(before, now, 'old.json');
    expect(b.deltas.find((d) => d.metric === 'fixtures.claims.f1')).toEqual({ metric: 'fixtures.claims.f1', before: 0.5, after: 1, points: 50 });
    expect(b.deltas.find((d) => d.metric === 'fixtures.labels.warning.p')!.points).toBe(null);
    expect([b.better, b.worse]).toEqual([1, 0]);
  });
});

describe('claims eval (CLI)', () => {
  it('scores the seed at 100 % with --json, and nothing else on stdout', () => {
    const out = claims('eval', SEED, '--json');
    expect(out.status).toBe(0);
    const r = JSON.parse(out.stdout) as EvalReport;
    expect(r.kind).toBe('claimlens-eval');
    expect(r.fixtures!.scores.claims.f1).toBe(1);
    expect(r.fixtures!.scores.speakerAccuracy).toBe(1);
    expect(r.fixtures!.scores.labelAccuracy).toBe(1);
  });

  it('eval corpus/ --json finds the gold fixtures recursively', () => {
    const out = claims('eval', 'corpus/', '--json');
    const r = JSON.parse(out.stdout) as EvalReport;
    expect(r.fixtures!.files).toContain(join('corpus', '2021-12-01-putin-nato-security-guarantees.gold.json'));
    expect(out.stderr.split('\n').filter((l) => l && !l.startsWith('claims eval: '))).toEqual([]);
  });

  it('scores a brat folder, saves, and compares with the saved baseline', async () => {
    const dir = scratchDir('claims-eval-');
    const saved = join(dir, 'base.json');
    const out = await inProcess('eval', '--polnear', BRAT, '--json', '--save', saved, '--errors');
    expect(out.status, out.stderr).toBe(0);
    const r = JSON.parse(out.stdout) as EvalReport;
    expect(r.polnear!.articles).toBe(1);
    expect(r.polnear!.roles.cue.counts.gold).toBe(4);
    expect(r.polnear!.roles.source.counts.gold).toBe(3);
    expect(Array.isArray(r.errors!.polnear)).toBe(true);
    const again = await inProcess('eval', '--polnear', BRAT, '--baseline', saved);
    expect(again.status).toBe(0);
    expect(again.stdout).toMatch(/role\s+exact P\s+exact R\s+exact F1\s+overlap P/);
    expect(again.stdout).toMatch(/against baseline .*: 0 better, 0 worse/);
  });

  it('lists errors with what was expected and produced', async () => {
    const out = await inProcess('eval', '--polnear', BRAT, '--errors', '--annotators', 'all');
    expect(out.status).toBe(0);
    expect(out.stdout).toMatch(/sample \(aa01\): \d+ errors?/);
    expect(out.stdout).toContain('expected: ');
    expect(out.stdout).toContain('produced: ');
  });

  it('bad input: a clear message on stderr, exit 1, stdout clean', async () => {
    const missing = await inProcess('eval', 'no-such.gold.json', '--json');
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain('no-such.gold.json: no such file or directory');
    expect(missing.stdout).toBe('');
    const dir = scratchDir('claims-eval-');
    const bad = join(dir, 'bad.gold.json');
    writeFileSync(bad, '{ not json');
    const b = await inProcess('eval', bad, SEED, '--json');
    expect(b.status).toBe(1);
    expect(b.stderr).toMatch(/bad\.gold\.json: not valid JSON/);
    expect((JSON.parse(b.stdout) as EvalReport).fixtures!.scores.articles).toBe(1);
    const base = await inProcess('eval', SEED, '--baseline', join(dir, 'nope.json'));
    expect(base.status).toBe(1);
    expect(base.stderr).toContain('nope.json: no such file');
    expect((await inProcess('eval', '--polnear', dir)).stderr).toContain('expected text/ and attributions/');
  });

  it('--help explains the metrics and gives examples', async () => {
    const out = await inProcess('eval', '--help');
    expect(out.status).toBe(0);
    for (const s of ['--polnear', '--errors', '--baseline', '--save', '--sample', '--limit', '--json', '--pipeline', 'Overlap-weighted', 'Examples:']) expect(out.stdout).toContain(s);
  });
});

if (!existsSync(POLNEAR)) console.warn(`eval.test.ts: skipping the PolNeAR checks: ${POLNEAR} is absent`);
const GOLD_DIRS = ['dev-gold/bbc', 'dev-gold/polnear', 'test-gold/bbc'].map((d) => join(ROOT, 'corpus', d));
if (!existsSync(join(SHARED, 'bbc'))) console.warn(`eval.test.ts: skipping the checks of the gold fixtures under ../shared: ${join(SHARED, 'bbc')} is absent`);
describe.skipIf(!existsSync(join(SHARED, 'bbc')))('gold fixtures under ../shared (needs ../shared)', () => {
  it('anchor every speaker and cue given as offsets on whole words (not "he" inside "the")', () => {
    const word = /[\p{L}\p{N}]/u;
    const bad: string[] = [];
    for (const dir of GOLD_DIRS) {
      for (const name of readdirSync(dir).filter((f) => f.endsWith('.gold.json'))) {
        const path = join(dir, name);
        const file = JSON.parse(readFileSync(path, 'utf8')) as GoldFile;
        const text = readFileSync(resolveTextPath(path, file.text), 'utf8');
        for (const s of file.sentences) {
          for (const c of s.claims) {
            for (const span of [c.speaker, c.cue]) {
              if (!Array.isArray(span)) continue;
              const [a, b] = span;
              if ((word.test(text[a]) && word.test(text[a - 1] ?? '')) || (word.test(text[b - 1]) && word.test(text[b] ?? ''))) bad.push(`${name}: ${JSON.stringify(text.slice(a - 5, b + 5))}`);
            }
          }
        }
        expect(() => loadGold(path), name).not.toThrow();
      }
    }
    expect(bad).toEqual([]);
  });
});

describe.skipIf(!existsSync(POLNEAR))('PolNeAR train (needs ../shared)', () => {
  it('every span of the first 40 annotations slices the text at its offsets', () => {
    for (const item of listBrat(POLNEAR).slice(0, 40)) {
      const l = loadBrat(item);
      expect(l.doc.problems.filter((p) => /offsets|differs/.test(p.reason)), item.annPath).toEqual([]);
    }
  });

  it('claims eval --polnear --limit 5 --json gives scores for source, cue and content', async () => {
    const out = await inProcess('eval', '--polnear', '--limit', '5', '--json');
    expect(out.status, out.stderr).toBe(0);
    const r = JSON.parse(out.stdout) as EvalReport;
    expect(r.polnear!.articles).toBe(5);
    for (const role of ['source', 'cue', 'content'] as const) {
      expect(r.polnear!.roles[role].counts.gold).toBeGreaterThan(0);
      expect(r.polnear!.roles[role].exact.f1).toBeGreaterThan(0);
    }
  });
});
