/** Temporary stores for the review, diff and gold-export tests: articles written here, never copied from ../shared. */
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Extractor } from '../src/extract.ts';
import { Store } from '../src/store/store.ts';
import { scratchDir } from './helpers.ts';

export const PLAIN = `date 2024-05-02

Mayor Anna Berg said that the new bridge will open in June. Local residents denied that the project had been delayed. "The costs are rising fast," Berg warned.

The council met on Tuesday. Opposition leader Tom Hale said the plan was too expensive. "We will appeal," Hale said. "The vote was rigged."

Hale said that further delays would have a high cost for the town.
`;

export const EVIL = `date 2024-03-01

The talks resumed on Monday. Jane Doe said that <script>window.__pwned = 1</script> the plan "<img src=x onerror="window.__pwned = 2">" will fail.

The opposition denied that any deal had been reached. "We will never accept this," Jane Doe said.
`;

export interface Fixture {
  dir: string;
  db: string;
  files: Record<string, string>;
  ids: Record<string, string>;
  store: Store;
  extract(name: string, pipeline?: string): void;
  /** Closes the store and removes the folder. */
  dispose(): void;
}

/** Writes the articles to a temp dir and extracts them into a fresh store (pipeline news, and strict when asked). */
export function makeFixture(articles: Record<string, string> = { plain: PLAIN, evil: EVIL }, pipelines: string[] = ['news']): Fixture {
  const dir = scratchDir('claimlens-review-');
  const db = join(dir, 'claims.db');
  const store = Store.open(db);
  const files: Record<string, string> = {};
  const ids: Record<string, string> = {};
  const extract = (name: string, pipeline = 'news') => {
    const ex = new Extractor(pipeline);
    const { result, doc } = ex.extractFile(files[name]);
    store.saveArticle({ result, text: doc.text }, null, ex.configHash);
    ids[name] = result.id;
  };
  for (const [name, text] of Object.entries(articles)) {
    files[name] = join(dir, `${name}.txt`);
    writeFileSync(files[name], text);
  }
  for (const p of pipelines) for (const name of Object.keys(articles)) extract(name, p);
  const dispose = () => {
    if (store.db.open) store.close();
    rmSync(dir, { recursive: true, force: true });
  };
  return { dir, db, files, ids, store, extract, dispose };
}
