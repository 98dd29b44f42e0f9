// claimlens review: keyboard and actions on the article page (no framework, no build step).
(() => {
  'use strict';
  const meta = (name) => document.querySelector(`meta[name="${name}"]`)?.getAttribute('content') ?? '';
  const token = meta('claims-token');
  const pipeline = meta('claims-pipeline');
  for (const el of document.querySelectorAll('[data-autosubmit]')) el.addEventListener('change', () => el.form.submit());

  const text = document.getElementById('text');
  if (!text) return;
  const articleId = text.dataset.article;
  const statusBox = document.getElementById('status');
  const addForm = document.getElementById('add-form');
  const LABELS = ['assertion', 'denial', 'warning'];
  const cards = () => [...document.querySelectorAll('#claims > li.claim')];
  let current = -1;

  function say(msg, isError = false) {
    statusBox.textContent = msg;
    statusBox.className = isError ? 'error' : 'ok';
  }

  function select(i, scroll = true) {
    const all = cards();
    if (!all.length) return;
    current = Math.max(0, Math.min(all.length - 1, i));
    for (const c of all) c.classList.remove('current');
    for (const s of text.querySelectorAll('.hl.sel')) s.classList.remove('sel');
    const card = all[current];
    card.classList.add('current');
    const segs = text.querySelectorAll(`.hl[data-c~="${card.dataset.n}"]`);
    for (const s of segs) s.classList.add('sel');
    if (scroll) {
      card.scrollIntoView({ block: 'nearest' });
      segs[0]?.scrollIntoView({ block: 'nearest' });
    }
  }

  async function post(path, body) {
    const res = await fetch(`${path}?pipeline=${encodeURIComponent(pipeline)}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-claims-token': token },
      body: JSON.stringify(body),
    });
    const json = await res.json().catch(() => ({ error: res.statusText }));
    if (!res.ok) throw new Error(json.error || `${res.status} ${res.statusText}`);
    return json;
  }

  function refresh(card, json) {
    const progress = document.getElementById('progress');
    if (progress) {
      progress.max = Math.max(json.progress.total, 1);
      progress.value = json.progress.reviewed;
      document.getElementById('progress-count').textContent = `${json.progress.reviewed}/${json.progress.total}`;
    }
    if (!json.html) return card;
    const tpl = document.createElement('template');
    tpl.innerHTML = json.html; // rendered and escaped by the server
    const fresh = tpl.content.firstElementChild;
    card.replaceWith(fresh);
    for (const seg of text.querySelectorAll('.hl')) {
      if (seg.dataset.c.split(' ')[0] !== fresh.dataset.n) continue;
      seg.classList.remove(...LABELS.map((l) => `lab-${l}`), 'st-unreviewed', 'st-accepted', 'st-rejected');
      seg.classList.add(`lab-${json.claim.label}`, `st-${json.claim.status}`);
    }
    return fresh;
  }

  async function act(action, extra = {}, advance = false) {
    const card = cards()[current];
    if (!card) return;
    try {
      const json = await post(`/api/articles/${articleId}/review`, { key: JSON.parse(card.dataset.key), action, ...extra });
      refresh(card, json);
      say(`claim ${current + 1}: ${json.claim ? `${json.claim.status}, ${json.claim.label}${json.claim.name ? `, ${json.claim.name}` : ''}` : 'review removed'}`);
      select(advance ? current + 1 : current, true);
    } catch (e) {
      say(e.message, true);
    }
  }

  function editSpeaker() {
    const card = cards()[current];
    const form = card?.querySelector('.speaker-form');
    if (!form) return;
    form.hidden = false;
    form.elements.name.focus();
    form.elements.name.select();
  }

  document.addEventListener('submit', (ev) => {
    const form = ev.target;
    if (form.classList?.contains('speaker-form')) {
      ev.preventDefault();
      select(cards().indexOf(form.closest('li.claim')), false);
      act('speaker', { name: form.elements.name.value });
    } else if (form === addForm) {
      ev.preventDefault();
      const f = addForm.elements;
      post(`/api/articles/${articleId}/claims`, { start: Number(f.start.value), end: Number(f.end.value), name: f.name.value, label: f.label.value })
        .then((json) => {
          location.hash = `claim-${json.claim.n}`;
          location.reload();
        })
        .catch((e) => say(e.message, true));
    }
  });

  document.addEventListener('click', (ev) => {
    const btn = ev.target.closest('button[data-act]');
    if (btn) {
      const act_ = btn.dataset.act;
      if (act_ === 'cancel-add') { addForm.hidden = true; return; }
      select(cards().indexOf(btn.closest('li.claim')), false);
      if (act_ === 'accept') act('accept', {}, true);
      else if (act_ === 'reject') act('reject', {}, true);
      else if (act_ === 'label') act('label', { label: btn.dataset.label });
      else if (act_ === 'speaker') editSpeaker();
      else if (act_ === 'clear') act('clear');
      return;
    }
    const seg = ev.target.closest('#text .hl');
    if (seg && window.getSelection().isCollapsed) {
      const i = cards().findIndex((c) => c.dataset.n === seg.dataset.c.split(' ')[0]);
      if (i >= 0) select(i);
      return;
    }
    const card = ev.target.closest('li.claim');
    if (card && !ev.target.closest('form')) select(cards().indexOf(card), false);
  });

  // select text in the article to add a claim the extractor missed
  const offsetOf = (node, offset) => {
    const r = document.createRange();
    r.selectNodeContents(text);
    r.setEnd(node, offset);
    return r.toString().length;
  };
  text.addEventListener('mouseup', () => {
    const sel = window.getSelection();
    if (!sel || sel.isCollapsed || !sel.rangeCount) return;
    const range = sel.getRangeAt(0);
    if (!text.contains(range.startContainer) || !text.contains(range.endContainer)) return;
    let start = offsetOf(range.startContainer, range.startOffset);
    let end = offsetOf(range.endContainer, range.endOffset);
    const all = text.textContent;
    while (start < end && /\s/.test(all[start])) start++;
    while (end > start && /\s/.test(all[end - 1])) end--;
    if (end <= start) return;
    const f = addForm.elements;
    f.start.value = String(start);
    f.end.value = String(end);
    document.getElementById('add-preview').textContent = all.slice(start, end);
    addForm.hidden = false;
    f.name.focus();
  });

  document.addEventListener('keydown', (ev) => {
    if (ev.key === 'Escape') {
      addForm.hidden = true;
      for (const f of document.querySelectorAll('.speaker-form')) f.hidden = true;
      document.activeElement?.blur?.();
      return;
    }
    if (ev.ctrlKey || ev.metaKey || ev.altKey) return;
    if (ev.target.closest?.('input, select, textarea, [contenteditable]')) return;
    const k = ev.key;
    let handled = true;
    if (k === 'j' || k === 'ArrowDown') select(current + 1);
    else if (k === 'k' || k === 'ArrowUp') select(current - 1);
    else if (k === 'a') act('accept', {}, true);
    else if (k === 'r') act('reject', {}, true);
    else if (k === '1' || k === '2' || k === '3') act('label', { label: LABELS[Number(k) - 1] });
    else if (k === 's') editSpeaker();
    else if (k === 'u') act('clear');
    else handled = false;
    if (handled) ev.preventDefault();
  });

  // start on the claim named in the address (#claim-N, #idx-N from search), else the first unreviewed
  const all = cards();
  const h = location.hash;
  let start = all.findIndex((c) => (h.startsWith('#idx-') ? c.dataset.idx === h.slice(5) : `#${c.id}` === h));
  if (start < 0) start = Math.max(0, all.findIndex((c) => c.classList.contains('st-unreviewed')));
  select(start, h !== '');
  document.body.dataset.ready = 'true';
})();
