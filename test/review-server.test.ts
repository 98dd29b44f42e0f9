import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { Extractor } from '../src/extract.ts';
import { createReviewServer, TOKEN_HEADER } from '../src/review/server.ts';
import { Reviews } from '../src/review/reviews.ts';
import { makeFixture, type Fixture } from './review-fixture.ts';

let f: Fixture;
let app: FastifyInstance;
let token: string;
const ZERO = '0'.repeat(64);

beforeAll(() => {
  f = makeFixture();
  ({ app, token } = createReviewServer({ db: f.store.db, token: 'test-token-123' }));
});
afterAll(async () => {
  await app.close();
  f.dispose();
});

const reviewRows = () => f.store.db.prepare('SELECT * FROM reviews ORDER BY sentence_start').all() as Array<Record<string, unknown>>;
const view = (name = 'plain') => new Reviews(f.store.db).view(f.ids[name], 'news')!;
const keyOf = (i: number, name = 'plain') => view(name).claims[i].key;
const post = (url: string, body: unknown, headers: Record<string, string> = {}) =>
  app.inject({ method: 'POST', url, headers: { 'content-type': 'application/json', [TOKEN_HEADER]: token, ...headers }, payload: typeof body === 'string' ? body : JSON.stringify(body) });

describe('pages', () => {
  it('lists articles with counts, progress and filters', async () => {
    const r = await app.inject('/');
    expect(r.statusCode).toBe(200);
    expect(r.headers['content-type']).toMatch(/text\/html/);
    expect(r.headers['content-security-policy']).toContain("script-src 'self'");
    expect(r.body).toContain(`/article/${f.ids.plain}`);
    expect(r.body).toContain(`<meta name="claims-token" content="${token}">`);
    const denial = await app.inject('/?label=denial');
    expect(denial.body).toContain(f.ids.plain);
    const speaker = await app.inject('/?speaker=Berg');
    expect(speaker.body).toContain(f.ids.plain);
    expect(speaker.body).not.toContain(f.ids.evil);
    const nobody = await app.inject('/?speaker=Nobody%25_');
    expect(nobody.body).toContain('No article matches');
    expect((await app.inject('/?status=unreviewed')).body).toContain(f.ids.evil);
    expect((await app.inject('/?status=done')).body).not.toContain(`/article/${f.ids.plain}`);
  });

  it('searches claims with FTS5 (quoted words, prefix) and marks the matches', async () => {
    const r = await app.inject('/?q=bridg');
    expect(r.statusCode).toBe(200);
    expect(r.body).toContain('<mark>bridge</mark>');
    expect(r.body).toContain(`/article/${f.ids.plain}`);
    expect(r.body).not.toContain(`/article/${f.ids.evil}?`);
    expect((await app.inject('/?q=%22%29%28OR*')).statusCode).toBe(200); // FTS syntax is neutralised
  });

  it('rejects unknown filters with 400', async () => {
    expect((await app.inject('/?label=rumour')).statusCode).toBe(400);
    expect((await app.inject('/?status=maybe')).statusCode).toBe(400);
    expect((await app.inject('/?pipeline=nope')).statusCode).toBe(400);
  });

  it('renders an article with every claim highlighted and its evidence', async () => {
    const r = await app.inject(`/article/${f.ids.plain}`);
    expect(r.statusCode).toBe(200);
    expect(r.body).toContain('class="hl r-sp');
    expect(r.body).toContain('r-cue');
    expect(r.body).toContain('lab-denial');
    expect(r.body).toContain('cue:verb:deny');
    expect(r.body.match(/<li class="claim /g)?.length).toBe(view().claims.length);
    expect(r.body).toContain('<kbd>a</kbd>');
  });

  it('escapes article text: <script> and <img onerror> show as text', async () => {
    const r = await app.inject(`/article/${f.ids.evil}`);
    expect(r.statusCode).toBe(200);
    expect(r.body).not.toContain('<script>window');
    expect(r.body).not.toContain('<img');
    // the article element holds the text exactly: tags stripped and entities decoded, nothing else
    const inner = /<article id="text"[^>]*>([\s\S]*)<\/article>/.exec(r.body)![1];
    const decoded = inner.replace(/<span [^>]*>|<\/span>/g, '').replace(/&lt;|&gt;|&quot;|&#39;|&amp;/g, (e) => ({ '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'", '&amp;': '&' })[e]!);
    expect(decoded).toBe(view('evil').article.text);
    expect(inner).not.toMatch(/<(?!\/?span[ >])/);
    expect(r.body.match(/<script/g)).toEqual(['<script']); // only /static/review.js
    const list = await app.inject('/?q=script');
    expect(list.body).not.toContain('<script>window');
  });

  it('answers bad and unknown ids with 400 and 404', async () => {
    expect((await app.inject('/article/not-an-id')).statusCode).toBe(400);
    expect((await app.inject(`/article/${ZERO}`)).statusCode).toBe(404);
    const api = await app.inject('/api/articles/xyz');
    expect(api.statusCode).toBe(400);
    expect(api.json().error).toMatch(/bad article id/);
    expect((await app.inject(`/api/articles/${ZERO}`)).json()).toEqual({ error: `no article ${ZERO}` });
    expect((await app.inject('/no/such/page')).statusCode).toBe(404);
    expect((await app.inject('/api/nothing')).json().error).toMatch(/no route/);
  });

  it('serves the static files and the article JSON', async () => {
    const js = await app.inject('/static/review.js');
    expect(js.statusCode).toBe(200);
    expect(js.headers['content-type']).toMatch(/javascript/);
    expect((await app.inject('/static/review.css')).headers['content-type']).toMatch(/css/);
    expect((await app.inject('/static/secret.db')).statusCode).toBe(404);
    const j = (await app.inject(`/api/articles/${f.ids.plain}`)).json();
    expect(j.claims.length).toBe(view().claims.length);
    expect(j.claims[0]).toMatchObject({ status: 'unreviewed', name: 'Anna Berg' });
  });

  it('refuses requests addressed to another host name (DNS rebinding)', async () => {
    expect((await app.inject({ url: '/', headers: { host: 'evil.example:5178' } })).statusCode).toBe(421);
  });
});

describe('writes', () => {
  const url = () => `/api/articles/${f.ids.plain}/review`;

  it('need the token and a same-origin request; nothing is written otherwise', async () => {
    const body = JSON.stringify({ key: keyOf(0), action: 'accept' });
    const none = await app.inject({ method: 'POST', url: url(), headers: { 'content-type': 'application/json' }, payload: body });
    expect(none.statusCode).toBe(403);
    expect(none.json().error).toMatch(/x-claims-token/);
    expect((await post(url(), body, { [TOKEN_HEADER]: 'wrong' })).statusCode).toBe(403);
    expect((await post(url(), body, { origin: 'http://evil.example' })).statusCode).toBe(403);
    expect((await post(url(), body, { 'sec-fetch-site': 'cross-site' })).statusCode).toBe(403);
    expect(reviewRows()).toEqual([]);
  });

  it('answer malformed bodies, bad ids and unknown claims with 4xx JSON; nothing is written', async () => {
    const cases: Array<[string, unknown, number, RegExp?]> = [
      [url(), '{"key": ', 400, /JSON/i],
      [url(), { action: 'accept' }, 400, /key/],
      [url(), { key: keyOf(0), action: 'approve' }, 400],
      [url(), { key: keyOf(0), action: 'label', label: 'rumour' }, 400],
      [url(), { key: keyOf(0), action: 'label' }, 400, /needs a label/],
      [url(), { key: keyOf(0), action: 'speaker', name: '   ' }, 400],
      [url(), { key: { ...keyOf(0), start: '0' }, action: 'accept' }, 400],
      [url(), { key: keyOf(0), action: 'accept', extra: 1 }, 400],
      [url(), { key: { start: 1, end: 2, speaker: 'Nobody' }, action: 'accept' }, 404, /no claim/],
      [url(), { key: keyOf(0), action: 'clear' }, 404, /no review/],
      ['/api/articles/zzz/review', { key: keyOf(0), action: 'accept' }, 400],
      [`/api/articles/${ZERO}/review`, { key: keyOf(0), action: 'accept' }, 404],
      [`/api/articles/${f.ids.plain}/review?pipeline=nope`, { key: keyOf(0), action: 'accept' }, 400],
      [`/api/articles/${f.ids.plain}/claims`, { start: 0, end: 5, label: 'assertion' }, 400],
      [`/api/articles/${f.ids.plain}/claims`, { start: 5, end: 3, name: 'X', label: 'assertion' }, 400],
      [`/api/articles/${f.ids.plain}/claims`, { start: 0, end: 99999, name: 'X', label: 'assertion' }, 400],
      [`/api/articles/${f.ids.plain}/claims`, { start: 20, end: 120, name: 'X', label: 'assertion' }, 400, /one sentence/],
      [`/api/articles/${f.ids.plain}/claims`, { start: 20, end: 30, name: 'X', label: 'gossip' }, 400],
    ];
    for (const [u, body, status, msg] of cases) {
      const r = await post(u, body);
      expect({ u, body, status: r.statusCode }).toEqual({ u, body, status });
      expect(typeof r.json().error).toBe('string');
      if (msg) expect(r.json().error).toMatch(msg);
    }
    const plain = await app.inject({ method: 'POST', url: url(), headers: { 'content-type': 'text/plain', [TOKEN_HEADER]: token }, payload: 'accept' });
    expect(plain.statusCode).toBe(415);
    expect(reviewRows()).toEqual([]);
  });

  it('accept, reject, relabel, correct the speaker and undo', async () => {
    const [k0, k1, k2] = [keyOf(0), keyOf(1), keyOf(2)];
    const a = await post(url(), { key: k0, action: 'accept' });
    expect(a.statusCode).toBe(200);
    expect(a.json()).toMatchObject({ claim: { status: 'accepted', label: 'assertion' }, progress: { reviewed: 1 } });
    expect(a.json().html).toContain('st-accepted');
    expect((await post(url(), { key: k1, action: 'reject' })).json().claim.status).toBe('rejected');
    expect((await post(url(), { key: k2, action: 'label', label: 'assertion' })).json().claim).toMatchObject({ status: 'accepted', label: 'assertion' });
    expect((await post(url(), { key: k2, action: 'speaker', name: 'Mayor Berg' })).json().claim).toMatchObject({ label: 'assertion', name: 'Mayor Berg' });
    const rows = reviewRows();
    expect(rows.map((r) => [r.speaker, r.verdict, r.label, r.name, r.ext_label])).toEqual([
      ['Anna Berg', 'accept', 'assertion', null, 'assertion'],
      ['Local residents', 'reject', 'denial', null, 'denial'],
      ['Anna Berg', 'accept', 'assertion', 'Mayor Berg', 'warning'],
    ]);
    const undo = await post(url(), { key: k1, action: 'clear' });
    expect(undo.json().claim.status).toBe('unreviewed');
    expect(reviewRows().length).toBe(2);
    expect(view().claims[2].disagreements[0]).toMatch(/extraction says warning, review corrected it to assertion/);
  });

  it('adds a claim the extractor missed, from a text selection', async () => {
    const text = view().article.text;
    const start = text.indexOf('The council met');
    const end = start + 'The council met on Tuesday'.length;
    const r = await post(`/api/articles/${f.ids.plain}/claims`, { start, end, name: 'The council', label: 'assertion' });
    expect(r.statusCode).toBe(201);
    expect(r.json().claim).toMatchObject({ origin: 'added', status: 'accepted', name: 'The council', content: { start, end } });
    const row = reviewRows().find((x) => x.origin === 'added')!;
    expect(row).toMatchObject({ speaker: 'The council', content_start: start, content_end: end, speaker_start: start });
    const again = await post(`/api/articles/${f.ids.plain}/claims`, { start, end, name: 'The council', label: 'denial' });
    expect(again.statusCode).toBe(409);
    expect((await app.inject(`/article/${f.ids.plain}`)).body).toContain('accepted · added');
  });

  it('keeps reviews across re-runs and shows where the extraction now disagrees', async () => {
    const before = reviewRows();
    // a re-run that changes a rule: the first claim's label changes, the second of Berg's claims disappears
    const ex = new Extractor('news');
    const { result, doc } = ex.extractFile(f.files.plain);
    result.claims[0].label = 'denial';
    result.claims.splice(2, 1);
    f.store.saveArticle({ result, text: doc.text }, null, ex.configHash);
    expect(reviewRows()).toEqual(before);
    const v = view();
    const first = v.claims.find((c) => c.key.speaker === 'Anna Berg' && c.claim !== null)!;
    expect(first.status).toBe('accepted');
    expect(first.label).toBe('assertion');
    expect(first.disagreements.join()).toMatch(/label changed since review: extraction now says denial/);
    const gone = v.claims.find((c) => c.claim === null && c.origin === 'extracted')!;
    expect(gone.disagreements).toEqual(['accepted claim no longer extracted']);
    const page = (await app.inject(`/article/${f.ids.plain}`)).body;
    expect(page).toContain('accepted claim no longer extracted');
    expect((await app.inject('/?status=disagree')).body).toContain(`/article/${f.ids.plain}`);
    // the FTS index follows the re-run
    const n = f.store.db.prepare(`SELECT count(*) AS n FROM claims_fts JOIN extractions e ON e.id = claims_fts.extraction_id WHERE e.article_id = ?`).get(f.ids.plain) as { n: number };
    expect(n.n).toBe(result.claims.length);
  });
});
