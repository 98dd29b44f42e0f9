import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { main } from '../src/cli/index.ts';
import { compare, loadGold, SHARED } from '../src/eval/gold.ts';
import { diffSets, loadResultSet } from '../src/review/diff.ts';
import { exportGold } from '../src/review/gold-export.ts';
import { Reviews } from '../src/review/reviews.ts';
import { Extractor } from '../src/extract.ts';
import { Store } from '../src/store/store.ts';
import { makeFixture, type Fixture } from './review-fixture.ts';
import { scratchDir } from './helpers.ts';

/** Runs the CLI in-process; returns the exit code and what it printed. */
async function claims(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const o = vi.spyOn(process.stdout, 'write').mockImplementation((s) => ((out += String(s)), true));
  const e = vi.spyOn(process.stderr, 'write').mockImplementation((s) => ((err += String(s)), true));
  try {
    const code = await main(['node', 'claims', ...args]);
    return { code, out, err };
  } finally {
    o.mockRestore();
    e.mockRestore();
  }
}

let f: Fixture;
beforeAll(() => {
  f = makeFixture(undefined, ['news', 'strict']);
});
afterAll(() => f.dispose());

describe('claims diff', () => {
  it('finds what the strict pipeline changes: a follow-on quotation removed, content labels changed', async () => {
    const r = diffSets(loadResultSet(`${f.db}#pipeline=news`), loadResultSet(`${f.db}#pipeline=strict`));
    expect(r.summary).toMatchObject({ compared: 2, added: 0, removed: 1, changed: 2, onlyA: 0, onlyB: 0 });
    const plain = r.articles.find((a) => a.id === f.ids.plain)!;
    expect(plain.removed.map((c) => [c.speaker, c.cue, c.content.text])).toEqual([['Tom Hale', null, '"The vote was rigged."']]);
    expect(plain.changed.map((c) => [c.a.speaker, c.a.label, c.b.label, c.fields])).toEqual([['Tom Hale', 'warning', 'assertion', ['label']]]);

    const cli = await claims('diff', f.db, f.db, '--pipeline-a', 'news', '--pipeline-b', 'strict');
    expect(cli.code).toBe(1);
    expect(cli.out).toMatch(/removed\s+Tom Hale\s+assertion\s+"The vote was rigged\."/);
    expect(cli.out).toMatch(/label\s+Tom Hale\s+warning → assertion/);
    expect(cli.out).toContain('2 articles compared: 7 claims the same, 2 changed, 1 removed, 0 added');
    const json = JSON.parse((await claims('diff', `${f.db}#pipeline=strict`, `${f.db}#pipeline=news`, '--json')).out);
    expect(json.summary).toMatchObject({ added: 1, removed: 0, changed: 2, differences: 3 });
  });

  it('reads JSON Lines (claims export) and exits 0 when nothing differs', async () => {
    const exported = await claims('export', '--db', f.db, '--pipeline', 'news');
    const jsonl = join(f.dir, 'news.jsonl');
    writeFileSync(jsonl, exported.out);
    const same = await claims('diff', jsonl, `${f.db}#pipeline=news`);
    expect(same.code).toBe(0);
    expect(same.out).toContain('no differences');
    expect((await claims('diff', jsonl, `${f.db}#pipeline=strict`)).code).toBe(1);
  });

  it('counts an article present on one side only', () => {
    const one = join(f.dir, 'one.jsonl');
    const ex = new Extractor('news');
    writeFileSync(one, `${JSON.stringify(ex.extractFile(f.files.plain).result)}\n`);
    const r = diffSets(loadResultSet(one), loadResultSet(`${f.db}#pipeline=news`));
    expect(r.summary).toMatchObject({ compared: 1, onlyB: 1, differences: 1 });
  });

  it('exits 2 on bad input', async () => {
    const junk = join(f.dir, 'junk.txt');
    writeFileSync(junk, 'not json\n');
    const cases: string[][] = [
      [join(f.dir, 'missing.db'), f.db],
      [f.db, `${f.db}#pipeline=news`], // A holds two pipelines: ambiguous
      [`${f.db}#pipeline=nope`, f.db],
      [`${f.db}#colour=red`, `${f.db}#pipeline=news`],
      [junk, `${f.db}#pipeline=news`],
      [f.dir, `${f.db}#pipeline=news`], // a directory without gold fixtures
      [`${f.db}#pipeline=news`],
    ];
    for (const args of cases) {
      const r = await claims('diff', ...args);
      expect({ args, code: r.code }).toEqual({ args, code: 2 });
      expect(r.err).not.toBe('');
    }
  });
});

describe('claims gold export', () => {
  it('writes reviewed articles as gold fixtures that score the reviewed extraction at 100%', async () => {
    const reviews = new Reviews(f.store.db);
    const v = reviews.view(f.ids.plain, 'news')!;
    const key = (speaker: string, nth = 0) => v.claims.filter((c) => c.key.speaker === speaker)[nth].key;
    reviews.review(f.ids.plain, 'news', key('Anna Berg'), { verdict: 'accept' });
    reviews.review(f.ids.plain, 'news', key('Local residents'), { verdict: 'reject' });
    reviews.review(f.ids.plain, 'news', key('Anna Berg', 1), { label: 'denial' });
    reviews.review(f.ids.plain, 'news', key('Tom Hale'), { name: 'Thomas Hale' });
    for (const c of reviews.view(f.ids.plain, 'news')!.claims) if (c.status === 'unreviewed') reviews.review(f.ids.plain, 'news', c.key, { verdict: 'accept' });
    const text = v.article.text;
    const start = text.indexOf('The council met');
    reviews.add(f.ids.plain, 'news', { start, end: start + 'The council met on Tuesday'.length, name: 'The council', label: 'assertion' });
    // the evil article is only partly reviewed: not exported
    reviews.review(f.ids.evil, 'news', reviews.view(f.ids.evil, 'news')!.claims[0].key, { verdict: 'accept' });

    const out = join(f.dir, 'gold');
    const cli = await claims('gold', 'export', '--db', f.db, '--out', out);
    expect(cli.code).toBe(0);
    expect(cli.out).toContain('1 fixtures written');
    expect(readdirSync(out)).toEqual(['plain.gold.json']);
    const file = JSON.parse(readFileSync(join(out, 'plain.gold.json'), 'utf8'));
    expect(file).toMatchObject({ schema: 1, text: '../plain.txt', sha256: f.ids.plain, exhaustive: true, date: '2024-05-02' });
    expect(typeof file.sentences[0].text).toBe('string');

    const gold = loadGold(join(out, 'plain.gold.json'));
    const reviewed = reviews.reviewedResult(f.ids.plain, 'news')!;
    const cmp = compare(gold, reviewed);
    const n = reviewed.claims.length;
    expect(n).toBe(v.claims.length); // one rejected, one added
    expect({ tp: cmp.tp, fp: cmp.fp, fn: cmp.fn, speakerRight: cmp.speakerRight, labelRight: cmp.labelRight }).toEqual({ tp: n, fp: 0, fn: 0, speakerRight: n, labelRight: n });
    const claimsOf = gold.sentences.flatMap((s) => s.claims);
    expect(claimsOf.map((c) => [c.name, c.label])).toContainEqual(['The council', 'assertion']);
    expect(claimsOf.map((c) => c.name)).not.toContain('Local residents');
    expect(claimsOf.map((c) => c.name)).toContain('Thomas Hale');

    // the raw extraction scores below 100% against it, and diff sees the reviewer's changes
    const raw = compare(gold, new Extractor('news').extractFile(f.files.plain).result);
    expect(raw.fp + raw.fn).toBeGreaterThan(0);
    expect((await claims('diff', `${f.db}#pipeline=news&reviewed`, out)).code).toBe(0);
    const d = await claims('diff', out, `${f.db}#pipeline=news`, '--json');
    expect(d.code).toBe(1);
    expect(JSON.parse(d.out).summary).toMatchObject({ compared: 1, added: 1, removed: 1, changed: 2 });
  });

  const seed = join(SHARED, 'corpus', '2021-12-01-putin-nato-security-guarantees.txt');
  if (!existsSync(seed)) console.warn(`diff.test.ts: skipping the export of gold anchored under ../shared: ${seed} is absent`);
  it.skipIf(!existsSync(seed))('anchors texts under ../shared by offsets and never copies them', () => {
    const dir = scratchDir('claimlens-gold-');
    const store = Store.open(join(dir, 'claims.db'));
    try {
      const ex = new Extractor('news');
      const { result, doc } = ex.extractFile(seed);
      store.saveArticle({ result, text: doc.text }, null, ex.configHash);
      const reviews = new Reviews(store.db);
      for (const c of reviews.view(result.id, 'news')!.claims) reviews.review(result.id, 'news', c.key, { verdict: 'accept' });
      const out = join(dir, 'gold');
      const rep = exportGold({ db: store.db, out, pipeline: 'news' });
      expect(rep.written.map((w) => w.form)).toEqual(['offsets']);
      expect(readdirSync(out)).toEqual(['2021-12-01-putin-nato-security-guarantees.gold.json']);
      const file = JSON.parse(readFileSync(rep.written[0].gold, 'utf8'));
      expect(file.text).toBe('shared:corpus/2021-12-01-putin-nato-security-guarantees.txt');
      expect(file.sentences.every((s: { text?: string; start?: number }) => s.text === undefined && typeof s.start === 'number')).toBe(true);
      const cmp = compare(loadGold(rep.written[0].gold), reviews.reviewedResult(result.id, 'news')!);
      expect({ fp: cmp.fp, fn: cmp.fn, labels: cmp.labelRight, speakers: cmp.speakerRight }).toEqual({ fp: 0, fn: 0, labels: cmp.tp, speakers: cmp.tp });
    } finally {
      store.close();
    }
  });
});
