import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, writeFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../src/pipeline.ts';
import type { ArticleResult } from '../src/types.ts';
import { scratchDir } from './helpers.ts';

const BIN = join(ROOT, 'src', 'bin', 'claims.js');
const SEED = join(ROOT, 'corpus', '2021-12-01-putin-nato-security-guarantees.txt');
const claims = (...args: string[]) => spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', cwd: ROOT, env: { ...process.env, FORCE_COLOR: '0' } });

/** Checks an ArticleResult against ../shared/OUTPUT.md: fields, types, and that every span slices the text. */
function checkContract(r: ArticleResult, text: string): void {
  expect(Object.keys(r).sort()).toEqual(['claims', 'date', 'extractor', 'file', 'headline', 'id', 'quotes', 'schema', 'sentences'].sort());
  expect(r.schema).toBe(1);
  expect(r.id).toMatch(/^[0-9a-f]{64}$/);
  const span = (s: { start: number; end: number; text: string }) => expect(text.slice(s.start, s.end)).toBe(s.text);
  if (r.headline) span(r.headline);
  for (const s of r.sentences) { span(s); expect([null, 'assertion', 'denial', 'warning']).toContain(s.label); }
  for (const q of r.quotes) { span(q); expect(q.claim === null || (q.claim >= 0 && q.claim < r.claims.length)).toBe(true); }
  for (const c of r.claims) {
    expect(c.sentence).toBeGreaterThanOrEqual(0);
    expect(c.sentence).toBeLessThan(r.sentences.length);
    expect(typeof c.group).toBe('string');
    expect(['assertion', 'denial', 'warning']).toContain(c.label);
    expect(c.confidence).toBeGreaterThanOrEqual(0);
    expect(c.confidence).toBeLessThanOrEqual(1);
    span(c.content);
    if (c.cue) span(c.cue);
    if (c.speaker) { span(c.speaker); expect(typeof c.speaker.name).toBe('string'); }
    for (const qi of c.quotes) expect(r.quotes[qi].start).toBeGreaterThanOrEqual(c.content.start);
    expect(c.evidence.length).toBeGreaterThan(0);
  }
  expect(r.extractor).toEqual({ version: expect.any(String), pipeline: expect.any(String) });
}

describe('claims CLI', () => {
  it('extract - reads one article from stdin', () => {
    const out = spawnSync(process.execPath, [BIN, 'extract', '-', '--json'], { encoding: 'utf8', cwd: ROOT, input: 'The minister said that prices will fall.\n' });
    expect(out.status).toBe(0);
    const r = JSON.parse(out.stdout) as ArticleResult;
    expect(r.file).toBe('-');
    expect(r.claims.map((c) => [c.speaker?.text, c.cue?.text])).toEqual([['The minister', 'said']]);
    expect(claims('extract', '-', '-').stderr).toContain('give - once');
  });

  it('runs from an esbuild bundle that matches the sources, and from the sources through tsx when bundles are off', () => {
    const bundled = claims('extract', SEED, '--json');
    expect(bundled.status).toBe(0);
    const cache = join(ROOT, 'node_modules', '.cache', 'claimlens');
    for (const f of ['cli.mjs', 'worker.mjs', 'stamp.txt']) expect(existsSync(join(cache, f)), f).toBe(true);
    const plain = spawnSync(process.execPath, [BIN, 'extract', SEED, '--json'], { encoding: 'utf8', cwd: ROOT, env: { ...process.env, CLAIMLENS_NO_BUNDLE: '1' } });
    expect(plain.status).toBe(0);
    expect(plain.stdout).toBe(bundled.stdout);
  });

  it('extract --json prints one result that keeps the contract, and nothing else on stdout', () => {
    const out = claims('extract', SEED, '--json');
    expect(out.status).toBe(0);
    const r = JSON.parse(out.stdout) as ArticleResult;
    checkContract(r, readFileSync(SEED, 'utf8'));
    expect(r.file).toBe(SEED);
    expect(r.claims).toHaveLength(13);
  });

  it('extract --jsonl prints one line per file in order; a bad file goes to stderr, the others still run, exit 1', () => {
    const dir = scratchDir('claims-cli-');
    const bad = join(dir, 'bad.txt');
    writeFileSync(bad, Buffer.from([0x48, 0x69, 0xff, 0x21]));
    const ok = join(dir, 'ok.txt');
    writeFileSync(ok, 'The minister said that the bridge will open in May.');
    const out = claims('extract', ok, bad, join(dir, 'missing.txt'), SEED, '--jsonl');
    expect(out.status).toBe(1);
    const lines = out.stdout.trim().split('\n').map((l) => JSON.parse(l) as ArticleResult);
    expect(lines.map((l) => l.file)).toEqual([ok, SEED]);
    expect(out.stderr).toContain(`${bad}: not valid UTF-8 at byte offset 2`);
    expect(out.stderr).toContain('missing.txt: no such file');
  });

  it('--help explains every command', () => {
    const out = claims('--help');
    expect(out.status).toBe(0);
    for (const cmd of ['extract', 'run', 'summary', 'export', 'pipelines']) expect(out.stdout).toContain(cmd);
    const ex = claims('extract', '--help');
    expect(ex.stdout).toContain('--jsonl');
    expect(ex.stdout).toContain('--pipeline');
  });

  it('an unknown pipeline is a clear error', () => {
    const out = claims('extract', SEED, '--pipeline', 'nope');
    expect(out.status).not.toBe(0);
    expect(out.stderr).toMatch(/unknown pipeline "nope".*known: .*news/);
    expect(out.stdout).toBe('');
  });

  it('run stores the corpus and prints the summary; export gives the same results back', () => {
    const dir = scratchDir('claims-run-');
    const db = join(dir, 'c.db');
    const run = claims('run', join(ROOT, 'corpus'), '--db', db);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/total: 1 articles\s+15\s+10\s+13\s+7\s+4\s+2/);
    expect(run.stdout).toContain('Jens Stoltenberg');
    const exp = claims('export', '--db', db);
    const stored = JSON.parse(exp.stdout.trim()) as ArticleResult;
    const direct = JSON.parse(claims('extract', SEED, '--json').stdout) as ArticleResult;
    expect(stored.claims).toEqual(direct.claims);
  });
});
