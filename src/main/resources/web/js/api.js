// TreatySim classroom pages: talking to the server, and small helpers shared by every page.
'use strict';

const TS = {
  /** GET or POST JSON; resolves to {ok, status, data} and never throws on an HTTP error. */
  async request(method, url, body) {
    const opts = {method, headers: {'Accept': 'application/json'}};
    if (body !== undefined) {
      opts.headers['Content-Type'] = 'application/json';
      opts.body = JSON.stringify(body);
    }
    let res;
    try {
      res = await fetch(url, opts);
    } catch (e) {
      return {ok: false, status: 0, data: {error: 'the server does not answer: ' + e.message}};
    }
    let data;
    try { data = await res.json(); } catch (e) { data = {error: 'unexpected answer (HTTP ' + res.status + ')'}; }
    return {ok: res.ok, status: res.status, data};
  },
  get(url) { return TS.request('GET', url); },
  post(url, body) { return TS.request('POST', url, body); },

  /** Builds an element: TS.el('a', {href: '#', class: 'x'}, 'text', child...), children in nested lists too. Text is always text, never markup. */
  el(tag, attrs, ...children) {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === undefined || v === null || v === false) continue;
      if (k.startsWith('on')) e.addEventListener(k.slice(2), v);
      else e.setAttribute(k, v === true ? '' : v);
    }
    for (const c of children.flat(Infinity)) {
      if (c === null || c === undefined || c === false) continue;
      e.append(c instanceof Node ? c : document.createTextNode(String(c)));
    }
    return e;
  },

  /** Shows a refusal from the server in a box: its message, and each scenario error with its line and column. */
  showError(box, data) {
    box.replaceChildren();
    box.classList.remove('hidden');
    box.className = 'error';
    box.append(TS.el('strong', {}, data.error || 'something went wrong'));
    for (const e of data.errors || []) {
      box.append(TS.el('div', {}, (e.line ? `line ${e.line}, column ${e.column}: ` : '') + e.problem + (e.hint ? ` (${e.hint})` : '')));
    }
  },

  /** A probability as a percentage, as the sentences write it. */
  pct(p) {
    if (p === null || p === undefined || Number.isNaN(p)) return '-';
    const v = 100 * p;
    return (v > 0 && v < 1) || (v > 99 && v < 100) ? v.toFixed(1) + '%' : v.toFixed(0) + '%';
  },

  bytes(n) { return n < 1024 ? n + ' B' : n < 1048576 ? (n / 1024).toFixed(0) + ' KB' : (n / 1048576).toFixed(1) + ' MB'; },

  /** Submits a job and opens its page; keeps the ticket (to cancel) and the request (to run it again). */
  async submitJob(body, errorBox) {
    const r = await TS.post('/api/jobs', body);
    if (!r.ok) { TS.showError(errorBox, r.data); return; }
    if (r.data.ticket) sessionStorage.setItem('ticket:' + r.data.id, r.data.ticket);
    sessionStorage.setItem('request:' + r.data.id, JSON.stringify(body));
    location.href = 'job.html?id=' + r.data.id;
  },

  /** The server's limits and defaults (cached for the page). */
  info: null,
  async loadInfo() {
    if (!TS.info) TS.info = (await TS.get('/api/info')).data;
    return TS.info;
  },

  /** A replications <select> offering common sizes up to the server's cap, and a seed input. */
  runControls(container, info) {
    const cap = info.limits.max_replications, def = info.limits.default_replications;
    const sizes = [...new Set([50, 100, 200, 500, 1000, 2000, 5000, def])].filter(n => n <= cap).sort((a, b) => a - b);
    const reps = TS.el('select', {id: 'replications'}, sizes.map(n => TS.el('option', {value: n, selected: n === def}, n)));
    const seed = TS.el('input', {type: 'number', id: 'seed', value: 1, min: 0, step: 1});
    container.append(TS.el('label', {for: 'replications'}, 'Replications '), reps,
      TS.el('label', {for: 'seed'}, 'Seed '), seed,
      TS.el('span', {class: 'muted small'}, 'The same seed gives the same numbers to everyone.'));
    return () => ({replications: Number(reps.value), seed: Number(seed.value || 1)});
  },
};
