import { describe, expect, it } from 'vitest';
import { Store, openDb } from '../src/store/store.ts';
import { MIGRATIONS } from '../src/store/schema.ts';
import { extractor } from './helpers.ts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../src/pipeline.ts';

const SEED = join(ROOT, 'corpus', '2021-12-01-putin-nato-security-guarantees.txt');

function seedStore() {
  const store = new Store(openDb(':memory:'));
  const ex = extractor();
  const { result, doc } = ex.extractBytes(readFileSync(SEED), 'corpus/seed.txt');
  return { store, ex, result, text: doc.text };
}

const count = (store: Store, table: string) => (store.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;

describe('store', () => {
  it('migrates to the latest schema version', () => {
    const { store } = seedStore();
    expect(store.db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
  });

  it('stores an article whole, and a re-run with the same extractor replaces its rows instead of duplicating them', () => {
    const { store, ex, result, text } = seedStore();
    const run = store.startRun({ extractorVersion: ex.version, pipeline: 'news', configHash: ex.configHash });
    store.saveArticle({ result, text }, run, ex.configHash);
    store.saveArticle({ result, text }, run, ex.configHash);
    expect([count(store, 'articles'), count(store, 'extractions'), count(store, 'sentences'), count(store, 'claims'), count(store, 'quotes')]).toEqual([1, 1, 15, 13, 10]);
    expect(store.hasExtraction(result.id, ex.version, 'news', ex.configHash)).toBe(true);
    expect(store.hasExtraction(result.id, ex.version, 'news', 'other-config')).toBe(false);
    // another pipeline's extraction of the same article lives beside it
    store.saveArticle({ result: { ...result, extractor: { ...result.extractor, pipeline: 'strict' } }, text }, run, 'x');
    expect([count(store, 'articles'), count(store, 'extractions'), count(store, 'claims')]).toEqual([1, 2, 26]);
  });

  it('leaves nothing half-written when an article fails inside its transaction', () => {
    const { store, ex, result, text } = seedStore();
    const broken = { ...result, claims: [...result.claims.slice(0, 5), { ...result.claims[5], label: 'bogus' as never }] };
    expect(() => store.saveArticles([{ result, text }, { result: { ...broken, id: 'f'.repeat(64) }, text }], null, ex.configHash)).toThrow(/CHECK constraint/);
    expect([count(store, 'articles'), count(store, 'extractions'), count(store, 'claims')]).toEqual([0, 0, 0]);
  });

  it('offers a view that reads one claim per row with article, speaker and label', () => {
    const { store, ex, result, text } = seedStore();
    store.saveArticle({ result, text }, null, ex.configHash);
    const rows = store.db.prepare('SELECT article, speaker, role, label, cue FROM claim_rows').all() as Array<Record<string, string>>;
    expect(rows).toHaveLength(13);
    expect(rows[0]).toEqual({ article: 'corpus/seed.txt', speaker: 'Vladimir Putin', role: 'Russian President', label: 'assertion', cue: 'said' });
    expect(rows.filter((r) => r.label === 'denial').map((r) => r.speaker)).toEqual(['NATO officials', 'the existing agreements between Russia and NATO', 'Jens Stoltenberg', 'Dmytro Kuleba']);
  });
});
