import { describe, expect, it } from 'vitest';
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { ROOT } from '../src/pipeline.ts';
import { scratchDir } from './helpers.ts';

const BIN = join(ROOT, 'src', 'bin', 'claims.js');
const env = { ...process.env, FORCE_COLOR: '0', DOTENV_CONFIG_QUIET: 'true' };
const claims = (args: string[], input?: string) =>
  spawnSync(process.execPath, [BIN, 'run', '--no-progress', ...args], { encoding: 'utf8', cwd: ROOT, env, input });
const tmp = () => scratchDir('claims-batch-');

const NAMES = ['Ann Lee', 'Omar Haddad', 'Maria Costa', 'John Park', 'Chen Wei', 'Fatima Diallo', 'Lars Berg', 'Priya Nair'];
const TITLES = ['Minister', 'Mayor', 'Senator', 'Governor', 'Chief Executive'];
const TOPICS = ['the bridge', 'the new hospital', 'the tax plan', 'the rail line', 'the school reform', 'the harbour'];
const VERBS = ['said', 'warned', 'denied', 'told reporters', 'insisted', 'added'];

/** A synthetic article: a headline and paragraphs of quotations and reported speech, unique by its number. */
function article(n: number): string {
  const pick = <T>(xs: T[], k: number): T => xs[(n * 7 + k * 3) % xs.length];
  const who = pick(NAMES, 1);
  const other = pick(NAMES, 2);
  const paras = [
    `${pick(TITLES, 1)} ${who} said on Monday that ${pick(TOPICS, 1)} would be ready by ${2020 + (n % 9)}.`,
    `"We have done everything we promised on ${pick(TOPICS, 2)}," ${who} said. "Report number ${n} shows it."`,
    `${other} ${pick(VERBS, 3)} that the costs of ${pick(TOPICS, 3)} could rise by ${n % 50 + 3} percent.`,
    `"That is simply not true," ${other} said, adding that nobody had been consulted.`,
    `Officials ${pick(VERBS, 4)} that there was no risk to the budget in year ${n}.`,
  ];
  return `${who} defends ${pick(TOPICS, 1)} (${n})\n\n${paras.slice(0, 3 + (n % 3)).join('\n\n')}\n`;
}

function corpus(dir: string, count: number, from = 0): string {
  for (let i = from; i < from + count; i++) {
    const sub = join(dir, `part-${i % 3}`);
    mkdirSync(sub, { recursive: true });
    writeFileSync(join(sub, `a${String(i).padStart(5, '0')}.txt`), article(i));
  }
  return dir;
}

/** Every stored row that an uninterrupted run determines: no run ids, row ids or timestamps. */
function dump(db: string) {
  const d = new Database(db, { readonly: true });
  try {
    const all = (sql: string) => d.prepare(sql).all() as Array<Record<string, unknown>>;
    return {
      articles: all('SELECT id, path, date, headline, headline_start, headline_end, text, words FROM articles ORDER BY id'),
      extractions: all('SELECT article_id, extractor_version, pipeline, config_hash, result FROM extractions ORDER BY article_id, pipeline'),
      sentences: all(
        `SELECT e.article_id, s.idx, s.start, s.end, s.label, s.text FROM sentences s JOIN extractions e ON e.id = s.extraction_id
         ORDER BY e.article_id, s.idx`,
      ),
      claims: all(
        `SELECT e.article_id, c.idx, c.sentence, c.grp, c.label, c.confidence, sp.name, c.speaker_text, c.speaker_start, c.speaker_end,
           c.speaker_role, c.cue_text, c.cue_start, c.cue_end, c.content_text, c.content_start, c.content_end, c.quotes, c.evidence
         FROM claims c JOIN extractions e ON e.id = c.extraction_id LEFT JOIN speakers sp ON sp.id = c.speaker_id
         ORDER BY e.article_id, c.idx`,
      ),
      quotes: all(
        `SELECT e.article_id, q.idx, q.start, q.end, q.text, q.claim FROM quotes q JOIN extractions e ON e.id = q.extraction_id
         ORDER BY e.article_id, q.idx`,
      ),
    };
  } finally {
    d.close();
  }
}

const count = (db: string, sql: string): number => {
  const d = new Database(db, { readonly: true, fileMustExist: true });
  try {
    return (d.prepare(sql).pluck().get() as number) ?? 0;
  } finally {
    d.close();
  }
};

describe('claims run (batch)', () => {
  it('worker threads store exactly the rows of a main-thread run', () => {
    const dir = corpus(tmp(), 60);
    const out = tmp();
    const one = claims([dir, '--db', join(out, 'w0.db'), '--workers', '0']);
    const two = claims([dir, '--db', join(out, 'w2.db'), '--workers', '2', '--batch-size', '7']);
    expect(one.stderr).toBe('');
    expect(two.status).toBe(0);
    expect(two.stdout).toMatch(/run 1: 60 extracted, 0 already stored, 0 failed -> .*articles\/s, [\d,]+ words\/s/);
    const a = dump(join(out, 'w0.db'));
    expect(a.articles).toHaveLength(60);
    expect(a.claims.length).toBeGreaterThan(100);
    expect(dump(join(out, 'w2.db'))).toEqual(a);
    // --low-memory changes how the workers' heaps grow, never what they store
    const low = claims([dir, '--db', join(out, 'low.db'), '--workers', '2', '--low-memory']);
    expect(low.status).toBe(0);
    expect(dump(join(out, 'low.db'))).toEqual(a);
  });

  it('skips stored articles, re-extracts with --force, and keeps the same rows', () => {
    const dir = corpus(tmp(), 12);
    const db = join(tmp(), 'c.db');
    expect(claims([dir, '--db', db]).stdout).toContain('run 1: 12 extracted, 0 already stored, 0 failed');
    const before = dump(db);
    corpus(dir, 3, 100);
    expect(claims([dir, '--db', db]).stdout).toContain('run 2: 3 extracted, 12 already stored, 0 failed');
    const forced = claims([dir, '--db', db, '--force', '--workers', '1']);
    expect(forced.stdout).toContain('run 3: 15 extracted, 0 already stored, 0 failed');
    const after = dump(db);
    expect(after.articles).toHaveLength(15);
    expect(after.claims.filter((c) => before.articles.some((a) => a.id === c.article_id))).toEqual(before.claims);
    expect(count(db, `SELECT count(*) FROM runs WHERE status = 'done'`)).toBe(3);
  });

  it('stores a text seen twice in one run once, under its first path, across batches; a run summary counts what the run went through', () => {
    const dir = corpus(tmp(), 6);
    writeFileSync(join(dir, 'part-0', 'a00000b.txt'), article(0)); // next in input order
    writeFileSync(join(dir, 'z-copy.txt'), article(0)); // last, several batches later
    const db = join(tmp(), 'c.db');
    const first = claims([dir, '--db', db, '--batch-size', '2', '--workers', '1']);
    expect(first.stdout).toContain('run 1: 6 extracted, 2 already stored, 0 failed');
    expect(first.stdout).toMatch(/total: 6 articles/);
    const d = dump(db);
    expect(d.articles).toHaveLength(6);
    expect(d.articles.map((a) => a.path)).toContain(join(dir, 'part-0', 'a00000.txt'));
    corpus(dir, 2, 100);
    const second = claims([dir, '--db', db, '--batch-size', '3']);
    expect(second.stdout).toContain('run 2: 2 extracted, 8 already stored, 0 failed');
    expect(second.stdout).toMatch(/total: 8 articles/);
    const summary = (run: string) =>
      spawnSync(process.execPath, [BIN, 'summary', '--db', db, '--run', run], { encoding: 'utf8', cwd: ROOT, env }).stdout;
    expect(summary('1')).toMatch(/total: 6 articles/);
    expect(summary('2')).toMatch(/total: 8 articles/);
    expect(count(db, 'SELECT count(*) FROM run_articles')).toBe(14);
  });

  it('reads JSON Lines from files and stdin; a bad line is one failure with its line number', () => {
    const dir = tmp();
    const lines = [
      JSON.stringify({ text: 'The mayor said that the bridge will open in May.', id: 'a-1', date: '2020-03-04', headline: 'Bridge to open' }),
      '{"text": "broken',
      '',
      JSON.stringify({ text: '"We will not resign," the minister said.', url: 'https://example.org/2' }),
      JSON.stringify({ id: 'no-text' }),
      JSON.stringify({ text: article(1) }),
    ];
    const file = join(dir, 'news.jsonl');
    writeFileSync(file, `${lines.join('\n')}\n`);
    const db = join(dir, 'j.db');
    const r = claims([file, '--db', db]);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('run 1: 3 extracted, 0 already stored, 2 failed');
    expect(r.stderr).toContain(`${file}:2: line 2: not valid JSON`);
    expect(r.stderr).toContain(`${file}:5: line 5: no "text" string`);
    const d = dump(db);
    const byPath = Object.fromEntries(d.articles.map((a) => [a.path as string, a]));
    expect(Object.keys(byPath).sort()).toEqual([`${file}:6`, 'a-1', 'https://example.org/2']);
    expect(byPath['a-1']).toMatchObject({ date: '2020-03-04', headline: 'Bridge to open', headline_start: 0 });
    expect((byPath['a-1'].text as string).startsWith('Bridge to open\n\nThe mayor said')).toBe(true);
    expect(byPath[`${file}:6`].headline).toBe(article(1).split('\n')[0]);
    // the same articles on stdin are the same articles (same content hashes): all stored
    const again = claims(['-', '--db', db], lines.join('\n'));
    expect(again.stdout).toContain('run 2: 0 extracted, 3 already stored, 2 failed');
    expect(again.stderr).toContain('-:2: line 2: not valid JSON');
  });

  it('records unreadable, undecodable, empty and oversized articles as failures and goes on', () => {
    const dir = corpus(tmp(), 4);
    writeFileSync(join(dir, 'bad.txt'), Buffer.concat([Buffer.from('The minister said it was fine. '), Buffer.from([0xc3, 0x28]), Buffer.from(' Really.')]));
    writeFileSync(join(dir, 'empty.txt'), '');
    writeFileSync(join(dir, 'blank.txt'), ' \n\n \n');
    writeFileSync(join(dir, 'big.txt'), `${'The minister said it was fine. '.repeat(100)}\n`);
    const db = join(tmp(), 'f.db');
    const r = claims([dir, join(dir, 'missing.txt'), '--db', db, '--max-bytes', '2000']);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('run 1: 4 extracted, 0 already stored, 5 failed');
    expect(r.stdout).not.toMatch(/bad\.txt|empty\.txt|big\.txt|missing/);
    const d = new Database(db, { readonly: true });
    const failures = d.prepare('SELECT path, reason FROM failures ORDER BY path').all() as Array<{ path: string; reason: string }>;
    expect(failures.map((f) => [f.path.slice(dir.length + 1), f.reason])).toEqual([
      ['bad.txt', 'not valid UTF-8 at byte offset 31 (byte 0xc3)'],
      ['big.txt', 'too large: 3101 bytes (over --max-bytes 2000)'],
      ['blank.txt', 'empty article: no text to read'],
      ['empty.txt', 'empty article: no text to read'],
      ['missing.txt', 'no such file or directory'],
    ]);
    expect(d.prepare('SELECT status, articles_done, articles_failed FROM runs').get()).toEqual({ status: 'failed', articles_done: 4, articles_failed: 5 });
    d.close();
    for (const f of failures) expect(r.stderr).toContain(`${f.path}: ${f.reason}`);
    expect(r.stderr).toMatch(/failure\s+articles/);
  });

  it('a run killed with SIGKILL (twice) and started again ends with exactly the rows of an uninterrupted run', async () => {
    const N = 300;
    const dir = corpus(tmp(), N);
    const out = tmp();
    const reference = join(out, 'reference.db');
    expect(claims([dir, '--db', reference, '-q']).status).toBe(0);
    const db = join(out, 'killed.db');
    /** Starts a run and SIGKILLs it once `atLeast` articles are committed; resolves with the count at that moment. */
    const killAt = (atLeast: number) =>
      new Promise<number>((resolve, reject) => {
        const child = spawn(process.execPath, [BIN, 'run', dir, '--db', db, '-q', '--workers', '1', '--batch-size', '5'], { cwd: ROOT, env, stdio: 'ignore' });
        let seen = 0;
        const poll = setInterval(() => {
          try {
            seen = count(db, 'SELECT count(*) FROM extractions');
          } catch {
            return; // not created yet
          }
          if (seen >= atLeast) {
            child.kill('SIGKILL');
            clearInterval(poll);
          }
        }, 10);
        child.on('exit', (code, signal) => {
          clearInterval(poll);
          if (signal === 'SIGKILL') resolve(count(db, 'SELECT count(*) FROM extractions'));
          else reject(new Error(`run ended (${code}) before it was killed, at ${seen} articles`));
        });
      });
    const first = await killAt(1);
    expect(first).toBeLessThan(N);
    const second = await killAt(first + 80);
    expect(second).toBeGreaterThan(first);
    expect(second).toBeLessThan(N);
    // a killed run stays 'running' until the next run marks it 'interrupted'
    expect(new Database(db, { readonly: true }).prepare('SELECT status FROM runs ORDER BY id').pluck().all()).toEqual(['interrupted', 'running']);
    const last = claims([dir, '--db', db]);
    expect(last.status).toBe(0);
    expect(last.stdout).toContain(`run 3: ${N - second} extracted, ${second} already stored, 0 failed`);
    expect(last.stderr).toContain('marked 1 earlier run that did not finish as interrupted');
    expect(dump(db)).toEqual(dump(reference));
    const runs = new Database(db, { readonly: true }).prepare('SELECT status, articles_done FROM runs ORDER BY id').all();
    expect(runs).toEqual([
      { status: 'interrupted', articles_done: first },
      { status: 'interrupted', articles_done: second - first },
      { status: 'done', articles_done: N - second },
    ]);
  });
});
