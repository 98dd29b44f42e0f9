/**
 * Server-rendered pages of the review UI. Every string that comes from an
 * article or the store goes through `esc`; the pages carry no inline script
 * or style (the server's Content-Security-Policy forbids both).
 */
import { LABELS, type Label, type Range } from '../types.ts';
import type { ArticleView, ClaimView } from './reviews.ts';
import { LIST_LIMIT, STATUS_FILTERS, totals, type ArticleSummary, type ListFilters, type SearchHit } from './list.ts';

const ESC: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const esc = (s: unknown): string => String(s ?? '').replace(/[&<>"']/g, (c) => ESC[c]);

const qs = (p: Record<string, string | undefined>): string => {
  const u = new URLSearchParams();
  for (const [k, v] of Object.entries(p)) if (v) u.set(k, v);
  const s = u.toString();
  return s ? `?${s}` : '';
};

export interface PageContext {
  token: string;
  pipeline: string;
  pipelines: string[];
}

function layout(ctx: PageContext, title: string, body: string, extra: { bodyClass?: string } = {}): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="claims-token" content="${esc(ctx.token)}">
<meta name="claims-pipeline" content="${esc(ctx.pipeline)}">
<title>${esc(title)} · claimlens review</title>
<link rel="stylesheet" href="/static/review.css">
<script src="/static/review.js" defer></script>
</head><body class="${esc(extra.bodyClass ?? '')}">
<header class="top"><a class="brand" href="/${qs({ pipeline: ctx.pipeline })}">claimlens <span>review</span></a>
<form class="pipeline" method="get" action="/"><label>pipeline <select name="pipeline" data-autosubmit>${ctx.pipelines
    .map((p) => `<option${p === ctx.pipeline ? ' selected' : ''}>${esc(p)}</option>`)
    .join('')}</select></label></form></header>
<main>${body}</main>
</body></html>`;
}

const labelOptions = (selected: string | undefined, empty: string): string =>
  `<option value="">${esc(empty)}</option>${LABELS.map((l) => `<option${l === selected ? ' selected' : ''}>${l}</option>`).join('')}`;

export function listPage(ctx: PageContext, rows: ArticleSummary[], f: ListFilters, hits: SearchHit[] | null): string {
  const t = totals(rows);
  const progress = t.claims ? Math.round((100 * t.reviewed) / t.claims) : 0;
  const filters = `<form class="filters" method="get" action="/">
<input type="hidden" name="pipeline" value="${esc(ctx.pipeline)}">
<label>search claims <input type="search" name="q" value="${esc(f.q)}" placeholder="words in content, speaker or cue"></label>
<label>label <select name="label">${labelOptions(f.label, 'any')}</select></label>
<label>speaker <input name="speaker" value="${esc(f.speaker)}" placeholder="name contains"></label>
<label>review <select name="status"><option value="">any</option>${STATUS_FILTERS.map((s) => `<option${s === f.status ? ' selected' : ''}>${s}</option>`).join('')}</select></label>
<button type="submit">Filter</button> <a href="/${qs({ pipeline: ctx.pipeline })}">clear</a></form>`;
  const summary = `<p class="totals">${rows.length}${rows.length === LIST_LIMIT ? '+' : ''} articles · ${t.claims} claims
 <span class="badge lab-assertion">${t.assertion} assertion</span> <span class="badge lab-denial">${t.denial} denial</span>
 <span class="badge lab-warning">${t.warning} warning</span> · reviewed ${t.reviewed}/${t.claims}
 <progress max="100" value="${progress}">${progress}%</progress></p>`;
  const table = rows.length
    ? `<table class="articles"><thead><tr><th>article</th><th>date</th><th class="num">claims</th><th class="num">assertion</th><th class="num">denial</th><th class="num">warning</th><th>reviewed</th><th class="num">disagree</th></tr></thead><tbody>
${rows
  .map((r) => {
    const done = r.reviewed === r.claims && r.reviewed + r.added > 0;
    return `<tr class="${done ? 'done' : ''}"><td><a href="/article/${esc(r.id)}${qs({ pipeline: ctx.pipeline })}">${esc(r.headline ?? r.path)}</a>${r.headline ? `<div class="path">${esc(r.path)}</div>` : ''}</td>
<td>${esc(r.date ?? '')}</td><td class="num">${r.claims}</td><td class="num">${r.assertion}</td><td class="num">${r.denial}</td><td class="num">${r.warning}</td>
<td><progress max="${Math.max(r.claims, 1)}" value="${r.reviewed}"></progress> ${r.reviewed}/${r.claims}${r.added ? ` <span class="added">+${r.added} added</span>` : ''}</td>
<td class="num${r.disagree ? ' warn' : ''}">${r.disagree || ''}</td></tr>`;
  })
  .join('\n')}</tbody></table>`
    : `<p class="empty">No article matches.</p>`;
  const found = hits
    ? `<section class="hits"><h2>Claims matching “${esc(f.q)}”</h2>${hits.length ? `<ol>${hits
        .map(
          (h) => `<li><a href="/article/${esc(h.article)}${qs({ pipeline: ctx.pipeline })}#idx-${h.idx}"><span class="badge lab-${esc(h.label)}">${esc(h.label)}</span> <b>${esc(h.speaker || '(no speaker)')}</b>: ${esc(h.snippet)
            .replace(/\u0002/g, '<mark>')
            .replace(/\u0003/g, '</mark>')}</a> <span class="path">${esc(h.path)}</span></li>`,
        )
        .join('')}</ol>` : '<p class="empty">No claim matches.</p>'}</section>`
    : '';
  return layout(ctx, 'articles', `<h1>Articles</h1>${filters}${summary}${found}${table}`);
}

interface Mark extends Range {
  n: number;
  role: 'ct' | 'sp' | 'cue' | 'q';
}

/** The article text, cut at every span boundary; each piece carries the claims and roles that cover it. */
export function highlight(text: string, claims: ClaimView[]): string {
  const marks: Mark[] = [];
  for (const c of claims) {
    marks.push({ ...c.content, n: c.n, role: 'ct' });
    if (c.speaker && c.speaker.end > c.speaker.start) marks.push({ ...c.speaker, n: c.n, role: 'sp' });
    if (c.cue) marks.push({ ...c.cue, n: c.n, role: 'cue' });
    for (const q of c.quotes) marks.push({ ...q, n: c.n, role: 'q' });
  }
  const cuts = new Set<number>([0, text.length]);
  for (const m of marks) if (m.start >= 0 && m.end <= text.length && m.start < m.end) cuts.add(m.start).add(m.end);
  const points = [...cuts].sort((a, b) => a - b);
  const byN = new Map(claims.map((c) => [c.n, c]));
  let out = '';
  for (let i = 0; i + 1 < points.length; i++) {
    const [a, b] = [points[i], points[i + 1]];
    const piece = esc(text.slice(a, b));
    const over = marks.filter((m) => m.start <= a && m.end >= b);
    if (!over.length) { out += piece; continue; }
    const ns = [...new Set(over.map((m) => m.n))];
    const primary = byN.get(ns[0])!;
    const roles = [...new Set(over.map((m) => m.role))];
    const cls = ['hl', ...roles.map((r) => `r-${r}`), `lab-${primary.label}`, `st-${primary.status}`];
    out += `<span class="${cls.join(' ')}" data-c="${ns.join(' ')}">${piece}</span>`;
  }
  return out;
}

export function claimCard(c: ClaimView, text: string): string {
  const slice = (r: Range | null) => (r ? text.slice(r.start, r.end) : '');
  const key = JSON.stringify(c.key);
  const corrected = c.review?.name ? ` <span class="was">(extracted: ${esc(c.key.speaker || 'none')})</span>` : '';
  const statusText = c.status === 'unreviewed' ? 'unreviewed' : c.origin === 'added' ? `${c.status} · added` : c.status;
  return `<li class="claim lab-${c.label} st-${c.status}" id="claim-${c.n}" data-n="${c.n}"${c.claim !== null ? ` data-idx="${c.claim}"` : ''} data-key="${esc(key)}" tabindex="-1">
<div class="claim-head"><span class="badge lab-${c.label}">${c.label}</span> <span class="status">${esc(statusText)}</span>
<span class="num">#${c.n + 1}</span>${c.confidence !== null ? ` <span class="conf" title="confidence">${c.confidence.toFixed(2)}</span>` : ''}</div>
<div class="who"><strong>${esc(c.name ?? '(no speaker)')}</strong>${c.role ? ` <span class="role">${esc(c.role)}</span>` : ''}${corrected}
${c.speaker ? `<span class="mention">as “${esc(slice(c.speaker))}”</span>` : ''}</div>
<div class="cue-line">cue: ${c.cue ? `<b>${esc(slice(c.cue))}</b>` : '<i>none (follow-on)</i>'}</div>
<blockquote>${esc(slice(c.content))}</blockquote>
${c.evidence.length ? `<ul class="evidence">${c.evidence.map((e) => `<li>${esc(e)}</li>`).join('')}</ul>` : ''}
${c.disagreements.map((d) => `<p class="disagree">⚠ ${esc(d)}</p>`).join('')}
<div class="actions">
<button type="button" data-act="accept" title="accept (a)">Accept <kbd>a</kbd></button>
<button type="button" data-act="reject" title="reject (r)">Reject <kbd>r</kbd></button>
${LABELS.map((l, i) => `<button type="button" data-act="label" data-label="${l}" class="lab-btn lab-${l}${l === c.label ? ' on' : ''}" title="${l} (${i + 1})">${l} <kbd>${i + 1}</kbd></button>`).join('')}
<button type="button" data-act="speaker" title="correct the speaker (s)">Speaker <kbd>s</kbd></button>
${c.review ? `<button type="button" data-act="clear" title="undo the review (u)">Undo <kbd>u</kbd></button>` : ''}
</div>
<form class="speaker-form" hidden><label>speaker name <input name="name" value="${esc(c.name ?? '')}" autocomplete="off"></label> <button type="submit">Save</button></form>
</li>`;
}

const SHORTCUTS: Array<[string, string]> = [
  ['j / ↓', 'next claim'], ['k / ↑', 'previous claim'], ['a', 'accept'], ['r', 'reject'],
  ['1 2 3', 'assertion, denial, warning'], ['s', 'correct speaker'], ['u', 'undo review'], ['select text', 'add a missed claim'],
];

export function articlePage(ctx: PageContext, v: ArticleView): string {
  const reviewed = v.claims.filter((c) => c.status !== 'unreviewed').length;
  const counts = Object.fromEntries(LABELS.map((l) => [l, v.claims.filter((c) => c.status !== 'rejected' && c.label === l).length])) as Record<Label, number>;
  const disagree = v.claims.filter((c) => c.disagreements.length).length;
  const ext = v.extraction;
  const head = `<nav class="crumbs"><a href="/${qs({ pipeline: ctx.pipeline })}">← articles</a></nav>
<h1>${esc(v.article.headline ?? v.article.path)}</h1>
<p class="meta"><span class="path">${esc(v.article.path)}</span>${v.article.date ? ` · ${esc(v.article.date)}` : ''} ·
${ext ? `pipeline ${esc(ext.pipeline)} (extractor ${esc(ext.version)}, ${esc(ext.createdAt.slice(0, 16).replace('T', ' '))})` : `<b>no extraction by pipeline ${esc(ctx.pipeline)}</b>`}</p>
<p class="totals"><span class="badge lab-assertion">${counts.assertion} assertion</span> <span class="badge lab-denial">${counts.denial} denial</span>
<span class="badge lab-warning">${counts.warning} warning</span> · reviewed <b id="progress-count">${reviewed}/${v.claims.length}</b>
<progress id="progress" max="${Math.max(v.claims.length, 1)}" value="${reviewed}"></progress>${disagree ? ` · <span class="warn">${disagree} disagree with the extraction</span>` : ''}</p>`;
  const keys = `<dl class="keys">${SHORTCUTS.map(([k, d]) => `<div><dt>${esc(k)}</dt><dd>${esc(d)}</dd></div>`).join('')}</dl>`;
  const legend = `<p class="legend"><span class="hl r-sp lab-assertion">speaker</span> <span class="hl r-cue lab-assertion">cue</span>
<span class="hl r-ct lab-assertion">assertion</span> <span class="hl r-ct lab-denial">denial</span> <span class="hl r-ct lab-warning">warning</span>
<span class="hl r-ct r-q lab-assertion">quotation</span> <span class="hl r-ct st-rejected lab-assertion">rejected</span></p>`;
  const addForm = `<form id="add-form" class="add-form" hidden>
<div class="add-title">Add a claim with the selected text as its content</div>
<blockquote id="add-preview"></blockquote>
<label>speaker <input name="name" required autocomplete="off" placeholder="fullest name"></label>
<label>label <select name="label">${LABELS.map((l) => `<option>${l}</option>`).join('')}</select></label>
<input type="hidden" name="start"><input type="hidden" name="end">
<button type="submit">Add claim</button> <button type="button" data-act="cancel-add">Cancel</button></form>`;
  const body = `${head}<div class="article-layout">
<section class="text-col">${legend}<article id="text" class="text" data-article="${esc(v.article.id)}">${highlight(v.article.text, v.claims)}</article></section>
<aside class="claims-col">${keys}<div id="status" role="status" aria-live="polite"></div>
${v.claims.length ? `<ol id="claims" class="claims">${v.claims.map((c) => claimCard(c, v.article.text)).join('\n')}</ol>` : '<p class="empty">No claims: select text to add one.</p>'}
</aside></div>${addForm}`;
  return layout(ctx, v.article.headline ?? v.article.path, body, { bodyClass: 'article-page' });
}

export function errorPage(ctx: PageContext, status: number, message: string): string {
  return layout(ctx, `${status}`, `<h1>${status}</h1><p>${esc(message)}</p><p><a href="/">back to the articles</a></p>`);
}
