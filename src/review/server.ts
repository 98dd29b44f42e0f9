/**
 * The review server (fastify): server-rendered pages over the store and a
 * small JSON API for the reviewer's actions. Listens on 127.0.0.1 only (the
 * CLI's job); every write needs the per-server token that the pages carry
 * (header `x-claims-token`) and a same-origin request; every request must
 * name this machine as its host (no DNS rebinding).
 */
import Fastify, { type FastifyError, type FastifyInstance, type FastifyRequest } from 'fastify';
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../pipeline.ts';
import type { DB } from '../store/store.ts';
import { LABELS, type Label } from '../types.ts';
import { articlePage, claimCard, errorPage, listPage, type PageContext } from './html.ts';
import { listArticles, searchClaims, STATUS_FILTERS, type StatusFilter } from './list.ts';
import { ReviewError, Reviews, isLabel, type ClaimKey, type ClaimView } from './reviews.ts';

const STATIC_DIR = join(ROOT, 'src', 'review', 'static');
const STATIC: Record<string, { type: string; body: string }> = {
  'review.js': { type: 'text/javascript; charset=utf-8', body: readFileSync(join(STATIC_DIR, 'review.js'), 'utf8') },
  'review.css': { type: 'text/css; charset=utf-8', body: readFileSync(join(STATIC_DIR, 'review.css'), 'utf8') },
};

export const TOKEN_HEADER = 'x-claims-token';
const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);
const CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

export interface ReviewServerOptions {
  db: DB;
  /** Pipeline shown when the request names none (default: news, else the store's most used). */
  pipeline?: string;
  /** Fixed token (tests); random otherwise. */
  token?: string;
}

const ID = { type: 'string', pattern: '^[0-9a-f]{64}$' } as const;
const KEY = {
  type: 'object',
  additionalProperties: false,
  required: ['start', 'end', 'speaker'],
  properties: { start: { type: 'integer', minimum: 0 }, end: { type: 'integer', minimum: 0 }, speaker: { type: 'string', maxLength: 500 } },
} as const;
const REVIEW_BODY = {
  type: 'object',
  additionalProperties: false,
  required: ['key', 'action'],
  properties: {
    key: KEY,
    action: { enum: ['accept', 'reject', 'label', 'speaker', 'clear'] },
    label: { enum: [...LABELS] },
    name: { type: 'string', minLength: 1, maxLength: 500 },
  },
} as const;
const ADD_BODY = {
  type: 'object',
  additionalProperties: false,
  required: ['start', 'end', 'name', 'label'],
  properties: {
    start: { type: 'integer', minimum: 0 },
    end: { type: 'integer', minimum: 1 },
    name: { type: 'string', minLength: 1, maxLength: 500 },
    label: { enum: [...LABELS] },
  },
} as const;

interface ReviewBody {
  key: ClaimKey;
  action: 'accept' | 'reject' | 'label' | 'speaker' | 'clear';
  label?: Label;
  name?: string;
}
interface AddBody { start: number; end: number; name: string; label: Label }
interface PageQuery { pipeline?: string; label?: string; speaker?: string; status?: string; q?: string }

class HttpError extends Error {
  constructor(readonly statusCode: number, message: string) {
    super(message);
  }
}

export function createReviewServer(opts: ReviewServerOptions): { app: FastifyInstance; token: string } {
  const reviews = new Reviews(opts.db);
  const token = opts.token ?? randomBytes(24).toString('base64url');
  const app = Fastify({
    logger: false,
    bodyLimit: 64 * 1024,
    ajv: { customOptions: { coerceTypes: false, removeAdditional: false, allErrors: false } },
  });
  app.removeContentTypeParser('text/plain');

  const pipelineOf = (q: PageQuery): string => {
    if (q.pipeline === undefined || q.pipeline === '') return reviews.defaultPipeline(opts.pipeline);
    const known = reviews.pipelines().map((p) => p.pipeline);
    if (!known.includes(q.pipeline)) throw new HttpError(400, `unknown pipeline ${JSON.stringify(q.pipeline)}; this store has: ${known.join(', ') || 'none'}`);
    return q.pipeline;
  };
  const context = (pipeline: string): PageContext => ({ token, pipeline, pipelines: [...new Set([pipeline, ...reviews.pipelines().map((p) => p.pipeline)])] });
  const isApi = (req: FastifyRequest) => req.url.startsWith('/api/');

  app.addHook('onRequest', async (req, reply) => {
    const host = (req.headers.host ?? '').replace(/:\d+$/, '').toLowerCase();
    if (!LOCAL_HOSTS.has(host)) return reply.code(421).send({ error: `requests must be addressed to 127.0.0.1, not ${host || 'no host'}` });
    if (req.method === 'GET' || req.method === 'HEAD') return;
    const origin = req.headers.origin;
    if (origin !== undefined && origin !== `http://${req.headers.host}`) return reply.code(403).send({ error: `cross-origin write refused (origin ${origin})` });
    if (req.headers['sec-fetch-site'] && !['same-origin', 'none'].includes(String(req.headers['sec-fetch-site']))) {
      return reply.code(403).send({ error: 'cross-site write refused' });
    }
    const given = Buffer.from(String(req.headers[TOKEN_HEADER] ?? ''));
    const want = Buffer.from(token);
    if (given.length !== want.length || !timingSafeEqual(given, want)) {
      return reply.code(403).send({ error: `missing or wrong ${TOKEN_HEADER} header: reload the page` });
    }
  });

  app.addHook('onSend', async (_req, reply, payload) => {
    reply.header('content-security-policy', CSP);
    reply.header('x-content-type-options', 'nosniff');
    reply.header('x-frame-options', 'DENY');
    reply.header('referrer-policy', 'no-referrer');
    reply.header('cache-control', 'no-store');
    return payload;
  });

  app.setErrorHandler((err: FastifyError | ReviewError | HttpError, req, reply) => {
    let status = err instanceof ReviewError ? err.status : (err as FastifyError).statusCode ?? 500;
    let message = err.message;
    if ((err as FastifyError).validation) {
      status = 400;
      message = `invalid ${(err as FastifyError).validationContext ?? 'request'}: ${err.message.replace(/^(body|params|querystring)\/?/, '')}`;
    }
    if (status >= 500) message = `internal error: ${err.message}`;
    if (isApi(req)) return reply.code(status).send({ error: message });
    let pipeline: string;
    try {
      pipeline = pipelineOf({});
    } catch {
      pipeline = opts.pipeline ?? 'news';
    }
    return reply.code(status).type('text/html; charset=utf-8').send(errorPage(context(pipeline), status, message));
  });

  app.setNotFoundHandler((req, reply) => {
    if (isApi(req)) return reply.code(404).send({ error: `no route ${req.method} ${req.url.split('?')[0]}` });
    return reply.code(404).type('text/html; charset=utf-8').send(errorPage(context(reviews.defaultPipeline(opts.pipeline)), 404, `no page ${req.url.split('?')[0]}`));
  });

  app.get('/favicon.ico', async (_req, reply) => reply.code(204).send());

  app.get('/static/:file', async (req, reply) => {
    const file = STATIC[(req.params as { file: string }).file];
    if (!file) throw new HttpError(404, 'no such file');
    return reply.type(file.type).send(file.body);
  });

  app.get('/', async (req, reply) => {
    const q = req.query as PageQuery;
    const pipeline = pipelineOf(q);
    if (q.label && !isLabel(q.label)) throw new HttpError(400, `unknown label ${JSON.stringify(q.label)}; one of ${LABELS.join(', ')}`);
    if (q.status && !(STATUS_FILTERS as readonly string[]).includes(q.status)) throw new HttpError(400, `unknown review status ${JSON.stringify(q.status)}; one of ${STATUS_FILTERS.join(', ')}`);
    const filters = { pipeline, label: (q.label || undefined) as Label | undefined, speaker: q.speaker?.trim() || undefined, status: (q.status || undefined) as StatusFilter | undefined, q: q.q?.trim() || undefined };
    const rows = listArticles(opts.db, filters);
    const hits = filters.q ? searchClaims(opts.db, pipeline, filters.q) : null;
    return reply.type('text/html; charset=utf-8').send(listPage(context(pipeline), rows, filters, hits));
  });

  const articleOr404 = (id: string, pipeline: string) => {
    if (!/^[0-9a-f]{64}$/.test(id)) throw new HttpError(400, `bad article id ${JSON.stringify(id.slice(0, 80))}: expected 64 hex digits (sha256)`);
    const v = reviews.view(id, pipeline);
    if (!v) throw new HttpError(404, `no article ${id}`);
    return v;
  };

  app.get('/article/:id', async (req, reply) => {
    const pipeline = pipelineOf(req.query as PageQuery);
    const v = articleOr404((req.params as { id: string }).id, pipeline);
    return reply.type('text/html; charset=utf-8').send(articlePage(context(pipeline), v));
  });

  app.get('/api/articles/:id', async (req) => {
    const pipeline = pipelineOf(req.query as PageQuery);
    const v = articleOr404((req.params as { id: string }).id, pipeline);
    return { article: { id: v.article.id, path: v.article.path, date: v.article.date, headline: v.article.headline }, extraction: v.extraction, claims: v.claims.map(brief) };
  });

  const answer = (id: string, pipeline: string, claim: ClaimView | null) => {
    const v = reviews.view(id, pipeline)!;
    return {
      claim: claim && brief(claim),
      html: claim ? claimCard(claim, v.article.text) : null,
      progress: { reviewed: v.claims.filter((c) => c.status !== 'unreviewed').length, total: v.claims.length },
    };
  };

  app.post('/api/articles/:id/review', { schema: { params: { type: 'object', properties: { id: ID } }, body: REVIEW_BODY } }, async (req) => {
    const pipeline = pipelineOf(req.query as PageQuery);
    const { id } = req.params as { id: string };
    const b = req.body as ReviewBody;
    if (b.action === 'label' && !b.label) throw new HttpError(400, 'action "label" needs a label');
    if (b.action === 'speaker' && !b.name?.trim()) throw new HttpError(400, 'action "speaker" needs a non-empty name');
    articleOr404(id, pipeline);
    if (b.action === 'clear') return answer(id, pipeline, reviews.clear(id, pipeline, b.key));
    const claim = reviews.review(id, pipeline, b.key, {
      verdict: b.action === 'reject' ? 'reject' : 'accept',
      label: b.action === 'label' ? b.label : undefined,
      name: b.action === 'speaker' ? b.name : undefined,
    });
    return answer(id, pipeline, claim);
  });

  app.post('/api/articles/:id/claims', { schema: { params: { type: 'object', properties: { id: ID } }, body: ADD_BODY } }, async (req, reply) => {
    const pipeline = pipelineOf(req.query as PageQuery);
    const { id } = req.params as { id: string };
    articleOr404(id, pipeline);
    const claim = reviews.add(id, pipeline, req.body as AddBody);
    return reply.code(201).send(answer(id, pipeline, claim));
  });

  return { app, token };
}

/** A claim view as JSON, without the whole extracted claim. */
function brief(c: ClaimView) {
  return {
    n: c.n, key: c.key, claim: c.claim, status: c.status, origin: c.origin, label: c.label, name: c.name, role: c.role,
    content: c.content, speaker: c.speaker, cue: c.cue, evidence: c.evidence, confidence: c.confidence, disagreements: c.disagreements,
    extractedLabel: c.extracted?.label ?? null,
  };
}

