// A job's page: live progress (server-sent events), cancel, then the result: sentences, interactive charts, what
// blocks a treaty, the agents' decisions, one replication's story, events with sources, and every file to download
// with the command that reproduces it. The address keeps the tab (and the story's replication), so it can be shared.
'use strict';

const params = new URLSearchParams(location.search);
const jobId = params.get('id') || '';
const $ = id => document.getElementById(id);

/**
 * The result tabs, in order. Each: id, label, when(view, status) -> shown?, render(panel, view, status), and
 * optionally lazy: true (rendered the first time it is opened, e.g. the story, which the server tells on request).
 * A new kind of result is one more entry here.
 */
const TABS = [
  {id: 'chart', label: 'Chart', when: () => true, render: (p, v) => (v.kind === 'run' ? renderRunChart : renderCompareCharts)(p, v)},
  {id: 'blocking', label: 'What blocks a treaty', when: v => arms(v).some(a => a.gates), render: renderBlocking},
  {id: 'decisions', label: 'Decisions', when: v => arms(v).some(a => Object.keys(a.decisions || {}).length), render: renderDecisions},
  {id: 'story', label: 'Story', when: () => true, render: renderStory, lazy: true},
  {id: 'events', label: 'Events and sources', when: v => v.events.length > 0, render: renderEvents},
  {id: 'numbers', label: 'Numbers', when: () => true, render: renderNumbers},
  {id: 'downloads', label: 'Downloads', when: () => true, render: renderDownloads},
];

/** The scenarios of a result with what the pages draw of each: a run's one, or a compare's base then what-ifs. */
function arms(v) {
  if (v.kind === 'compare') return v.arms;
  return [{...v.scenario, start: v.start, gates: v.gates, decisions: v.summary.decisions || {}, signed: v.signed}];
}

/** Who decides: the colour of Tokyo, Moscow, Washington, Beijing (as in the GUI), and of both in the negotiation. */
const WHO = {JP: '#2E86C1', RU: '#C0392B', US: '#5B4B8A', CN: '#B7860B', JP_RU: '#2E7D32'};
const WHO_BY_WORD = {'Tokyo and Moscow': 'JP_RU', Tokyo: 'JP', 'The Diet': 'JP', Moscow: 'RU', Russia: 'RU', Washington: 'US', Beijing: 'CN', Both: 'JP_RU'};

(async function job() {
  const first = await TS.get(`/api/jobs/${encodeURIComponent(jobId)}`);
  if (!first.ok) { TS.showError($('error'), first.data); $('waiting').classList.add('hidden'); return; }
  describe(first.data);
  const ticket = sessionStorage.getItem('ticket:' + jobId);
  if (ticket) {
    $('cancel').addEventListener('click', async () => {
      const r = await TS.post(`/api/jobs/${jobId}/cancel`, {ticket});
      if (!r.ok) TS.showError($('error'), r.data); else show(r.data);
    });
  }
  show(first.data);
  if (!['done', 'failed', 'cancelled'].includes(first.data.state)) follow();
})();

function describe(st) {
  const names = st.request.scenarios;
  $('heading').textContent = st.kind === 'run' ? 'Replay: ' + names[0] : 'Compare: ' + names.slice(1).join(', ') + ' with ' + names[0];
  $('request').textContent = `${st.request.replications} replications, seed ${st.request.seed}`
    + (st.request.dates ? `, dates ${st.request.dates.join(', ')}` : '');
}

/** Follows the job's progress as server-sent events; falls back to asking every two seconds if the stream fails. */
function follow() {
  const es = new EventSource(`/api/jobs/${jobId}/events`);
  let finished = false;
  es.addEventListener('status', m => {
    const st = JSON.parse(m.data);
    show(st);
    if (['done', 'failed', 'cancelled'].includes(st.state)) { finished = true; es.close(); }
  });
  const poll = async () => {
    const r = await TS.get(`/api/jobs/${jobId}`);
    if (r.ok) show(r.data);
    if (r.ok && !['done', 'failed', 'cancelled'].includes(r.data.state)) setTimeout(poll, 2000);
  };
  es.addEventListener('busy', () => { es.close(); poll(); });
  es.onerror = () => { if (!finished) { es.close(); poll(); } };
}

let rendered = false;
function show(st) {
  const pct = st.total ? Math.round(100 * st.done / st.total) : 0;
  $('bar').style.width = pct + '%';
  const canCancel = !!sessionStorage.getItem('ticket:' + jobId) && (st.state === 'queued' || st.state === 'running');
  $('cancel').classList.toggle('hidden', !canCancel);
  const texts = {
    queued: `Waiting for a free worker: number ${st.position} in the queue.`,
    running: `Running: ${st.done} of ${st.total} replications (${pct}%).`,
    done: 'Done.',
    failed: 'The run failed: ' + st.error,
    cancelled: 'Cancelled.',
  };
  $('state').textContent = texts[st.state] || st.state;
  const request = sessionStorage.getItem('request:' + jobId);
  const again = st.state === 'cancelled' || st.state === 'failed' || st.expired;
  $('again').classList.toggle('hidden', !(again && request));
  $('again').onclick = () => TS.submitJob(JSON.parse(request), $('error'));
  if (st.state === 'done' && st.expired) $('state').textContent = 'This result was dropped from the server\'s memory; run it again.';
  if (st.state === 'done' && !st.expired && !rendered) { rendered = true; loadResult(st); }
}

async function loadResult(st) {
  const r = await TS.get(`/api/jobs/${jobId}/view`);
  if (!r.ok) { TS.showError($('error'), r.data); return; }
  const view = r.data;
  const agents = view.kind === 'run' ? view.scenario.agents : view.arms[0].agents;
  for (const e of view.events) e.recorded = !!e.decision && agents === 'decide';
  $('waiting').classList.add('hidden');
  $('result').classList.remove('hidden');
  $('sentences').replaceChildren(...view.sentences.map(s => TS.el('li', {}, s)));
  shown = TABS.filter(t => t.when(view, st));
  for (const t of shown) {
    const panel = TS.el('div', {id: 'panel-' + t.id, role: 'tabpanel'}); // visible while drawn, so charts get their size
    $('panels').append(panel);
    $('tabs').append(TS.el('button', {type: 'button', role: 'tab', id: 'tab-' + t.id, 'aria-selected': 'false', onclick: () => select(t.id)}, t.label));
    t.drawn = !t.lazy;
    if (!t.lazy) t.render(panel, view, st);
  }
  result = {view, st};
  const wanted = params.get('tab');
  select(shown.some(t => t.id === wanted) ? wanted : shown[0].id);
  document.body.dataset.result = 'ready';
}

let shown = [], result = null;

/** Shows one tab (drawing a lazy one the first time) and keeps it in the address. */
function select(id) {
  for (const b of $('tabs').children) b.setAttribute('aria-selected', String(b.id === 'tab-' + id));
  for (const p of $('panels').children) p.classList.toggle('hidden', p.id !== 'panel-' + id);
  const t = shown.find(x => x.id === id);
  if (t && !t.drawn) { t.drawn = true; t.render($('panel-' + id), result.view, result.st); }
  setAddress({tab: id === shown[0].id ? null : id});
}

/** Replaces query parameters of the page's address (null removes one) without reloading. */
function setAddress(changes) {
  const p = new URLSearchParams(location.search);
  for (const [k, v] of Object.entries(changes)) { if (v === null || v === undefined) p.delete(k); else p.set(k, v); }
  history.replaceState(null, '', 'job.html?' + p.toString());
}

function chartBox(panel, small) {
  const periods = TS.el('div', {class: 'periods'});
  const canvas = TS.el('canvas', {role: 'img', 'data-index': panel.querySelectorAll('canvas').length});
  const box = TS.el('div', {class: 'chart-box' + (small ? ' small-chart' : '')}, canvas);
  panel.append(periods, box);
  return {periods, canvas};
}

function renderRunChart(panel, v) {
  const span = v.scenario.span;
  const info = TS.el('div', {class: 'event-info', id: 'event-info'});
  const {periods, canvas} = chartBox(panel);
  canvas.setAttribute('aria-label', `Likelihood of a treaty, ${span[0]} to ${span[1]}, scenario ${v.scenario.name}`);
  panel.append(info);
  const chart = TSCharts.timeline(canvas, {
    title: `Likelihood of a peace treaty: ${v.scenario.name}, ${v.replications} replications, seed ${v.seed}`,
    span, info, events: v.events,
    axes: {hazard: {title: 'chance of signing within a year', percent: true}, cum: {title: 'signed by then (cumulative)', percent: true, position: 'right', max: 0.1}},
    series: [
      {label: 'chance of signing within a year (mean, 5-95% band)', start: v.start, mean: v.hazard.mean, low: v.hazard.p05, high: v.hazard.p95, color: '#C62828', axis: 'hazard'},
      {label: 'treaty signed by then (90% interval)', start: v.start, mean: v.cumulative.mean, low: v.cumulative.p05, high: v.cumulative.p95, color: '#1F4E79', axis: 'cum', dashed: true},
    ],
  });
  TSCharts.periods(periods, chart, span);
  window.tsCharts = [chart];
}

function renderCompareCharts(panel, v) {
  const from = v.arms.map(a => a.span[0]).sort()[0], to = v.arms.map(a => a.span[1]).sort().at(-1);
  const info = TS.el('div', {class: 'event-info', id: 'event-info'});
  const top = chartBox(panel);
  top.canvas.setAttribute('aria-label', 'Chance of a treaty signed by each month, each scenario');
  const colors = v.arms.map((a, i) => TSCharts.PALETTE[i % TSCharts.PALETTE.length]);
  const events = v.events.map(e => e.kind === 'base' ? e : {...e, color: colors[v.arms.findIndex(a => a.name === e.arm)], major: true});
  const main = TSCharts.timeline(top.canvas, {
    title: `Chance that a treaty has been signed: ${v.replications} replications, seed ${v.seed}, common random numbers`,
    span: [from, to], info, events,
    axes: {cum: {title: 'treaty signed by then', percent: true, max: 0.1}},
    series: v.arms.map((a, i) => ({label: a.name + (i === 0 ? ' (base)' : ''), start: a.start, mean: a.cumulative.mean,
      low: a.cumulative.p05, high: a.cumulative.p95, color: colors[i], axis: 'cum', dashed: i === 0})),
  });
  TSCharts.periods(top.periods, main, [from, to]);
  panel.append(info, TS.el('h3', {}, `Paired difference from ${v.arms[0].name}, with its 95% confidence interval`));
  const low = chartBox(panel, true);
  low.canvas.setAttribute('aria-label', 'Paired difference of each what-if from the base, in percentage points');
  const diff = TSCharts.timeline(low.canvas, {
    span: [from, to], events: events.filter(e => e.kind !== 'base'),
    axes: {d: {title: 'difference (percentage points)', percent: true, points: true, min: null}},
    annotations: {zero: {type: 'line', yMin: 0, yMax: 0, borderColor: '#333', borderWidth: 1}},
    series: v.arms.slice(1).map((a, i) => ({label: `${a.name} minus ${v.arms[0].name}`, start: a.diff.start, mean: a.diff.mean,
      low: a.diff.low, high: a.diff.high, color: colors[i + 1], axis: 'd'})),
  });
  TSCharts.periods(low.periods, diff, [from, to]);
  window.tsCharts = [main, diff];
}

function renderEvents(panel, v) {
  const kindOf = e => e.kind === 'intervention' ? 'intervention' : !e.decision ? 'shock'
    : e.recorded ? `decision on record (${e.decision}): the agents decide it` : `decision (${e.decision}), replayed as on record`;
  const rows = v.events.slice().sort((a, b) => a.date.localeCompare(b.date)).map(e => TS.el('tr', {class: e.recorded ? 'recorded' : null},
    TS.el('td', {}, e.date), v.kind === 'compare' ? TS.el('td', {}, e.kind === 'base' ? 'base' : `${e.arm}: ${e.kind}`) : null,
    TS.el('td', {}, e.title, TS.el('div', {class: 'small muted'}, kindOf(e))),
    TS.el('td', {class: e.direction === '+' ? 'dir-plus' : e.direction === '-' ? 'dir-minus' : ''}, e.direction),
    TS.el('td', {class: 'source'}, e.source)));
  panel.append(TS.el('p', {class: 'muted'}, v.kind === 'compare'
    ? 'Where the what-ifs depart from the base (events removed, moved or added, interventions on a decision), and the base\'s major events.'
    : 'Every event of the scenario. Direction: + toward a treaty, - away from one.'),
  TS.el('p', {class: 'muted small'}, 'Shocks happen on their date in every simulated history. A decision on record is what a government '
    + 'chose in history; in the agent model its agent decides it from the state each month, so it may come earlier, later or not at all '
    + '(the Decisions tab shows when), and its date here is the record to compare with.'),
  TS.el('table', {}, TS.el('thead', {}, TS.el('tr', {}, TS.el('th', {}, 'Date'), v.kind === 'compare' ? TS.el('th', {}, 'Where') : null,
    TS.el('th', {}, 'Event'), TS.el('th', {}, 'Dir.'), TS.el('th', {}, 'Source'))), TS.el('tbody', {}, rows)));
}

// ------------------------------------------------------------------ what blocks a treaty

function renderBlocking(panel, v) {
  const legend = v.gate_legend;
  const withGates = arms(v).filter(a => a.gates);
  const span = [withGates.map(a => a.span[0]).sort()[0], withGates.map(a => a.span[1]).sort().at(-1)];
  const periods = TS.el('div', {class: 'periods'});
  const key = TS.el('ul', {class: 'gates', id: 'gate-legend'}, legend.slice().reverse().map(g =>
    TS.el('li', {title: g.description}, TS.el('span', {class: 'swatch', 'data-color': g.color}), g.label)));
  panel.append(TS.el('p', {class: 'lead'}, 'Each month, among the simulated histories with no treaty yet, the share stopped at each gate of the '
    + 'negotiation: the first gate a treaty did not pass that month. The bands sum to 100%. Hover for the shares of a month; drag to zoom.'),
  TS.el('div', {class: 'gate-key'}, key), periods);
  const charts = [];
  for (const a of withGates) {
    const canvas = TS.el('canvas', {role: 'img', 'data-arm': a.name, 'aria-label': `What blocks a treaty, ${a.span[0]} to ${a.span[1]}, scenario ${a.name}`});
    panel.append(TS.el('div', {class: 'chart-box' + (withGates.length > 1 ? ' small-chart' : '')}, canvas));
    const events = v.kind === 'run' ? v.events : v.events.filter(e => e.kind === 'base' || e.arm === a.name);
    charts.push(TSCharts.stacked(canvas, {
      title: `What blocks a treaty: ${a.name}` + (v.kind === 'compare' && a === v.arms[0] ? ' (base)' : ''),
      start: a.gates.start, span, events,
      layers: legend.map((g, i) => ({label: g.label, color: g.color, values: a.gates.shares[i]})),
    }));
  }
  const missing = arms(v).filter(a => !a.gates);
  if (missing.length) panel.append(TS.el('p', {class: 'muted'}, `${missing.map(a => a.name).join(', ')}: the scripted null model has no gates (its hazard is a formula, not a negotiation).`));
  panel.append(TS.el('h3', {}, 'The gates, from the top band down'), TS.el('ul', {class: 'gate-defs'}, legend.slice().reverse().map(g =>
    TS.el('li', {}, TS.el('span', {class: 'swatch', 'data-color': g.color}), TS.el('strong', {}, g.label + ': '), g.description, '.'))));
  for (const sw of panel.querySelectorAll('.swatch')) sw.style.background = sw.dataset.color;
  TSCharts.periods(periods, charts, span);
  window.tsBlocking = charts;
}

// ------------------------------------------------------------------ decisions

/** The share of histories as a number and a bar. */
function shareCell(p, attrs) {
  const bar = TS.el('span', {class: 'bar'});
  bar.style.width = Math.round(100 * (p || 0)) + '%';
  return TS.el('td', {class: 'num share', ...attrs}, TS.el('span', {class: 'bar-box'}, bar), TS.pct(p || 0));
}

function firstCell(d) {
  if (!d) return TS.el('td', {class: 'muted'}, '-');
  return TS.el('td', {class: 'num'}, d.first_month_median, TS.el('span', {class: 'small muted'}, ` (${d.first_month_p05} to ${d.first_month_p95})`));
}

/** The decision in words (its sentence starts with who decides), marked with that government's colour. */
function decisionCell(l, key) {
  const td = TS.el('td', {class: 'decision'}, l.text, TS.el('div', {class: 'small muted'}, key));
  td.style.borderLeft = `6px solid ${WHO[l.group] || '#999'}`;
  return td;
}

function renderDecisions(panel, v) {
  const labels = v.decision_labels;
  const as = arms(v);
  const compare = v.kind === 'compare';
  const ws = compare ? v.arms.slice(1) : [];
  const keys = Object.keys(labels).filter(k => as.some(a => a.decisions[k]) || ws.some(w => w.after && w.after.shares[k]));
  const groups = [['all', 'Everyone'], ['JP', 'Tokyo'], ['RU', 'Moscow'], ['US', 'Washington'], ['CN', 'Beijing'], ['JP_RU', 'The negotiation']];
  let group = 'all', sort = compare ? 'change' : 'month';
  const filters = TS.el('div', {class: 'controls'});
  const groupButtons = groups.filter(([g]) => g === 'all' || keys.some(k => labels[k].group === g)).map(([g, name]) =>
    TS.el('button', {type: 'button', 'data-group': g, 'aria-pressed': String(g === group), onclick: () => { group = g; draw(); }}, name));
  filters.append(TS.el('span', {class: 'muted small'}, 'Who: '), ...groupButtons);
  if (compare) {
    const sel = TS.el('select', {id: 'decision-sort'}, TS.el('option', {value: 'change', selected: true}, `largest change after the what-if departs, first`),
      TS.el('option', {value: 'month'}, 'in the order of the month (who decides first)'));
    sel.addEventListener('change', () => { sort = sel.value; draw(); });
    filters.append(TS.el('span', {class: 'nowrap'}, TS.el('label', {for: 'decision-sort'}, 'Order '), sel));
  }
  const change = k => Math.max(0, ...ws.map(w => { const x = w.after && w.after.shares[k]; return x ? Math.abs(x[1] - x[0]) : 0; }));
  // Compare: one group of columns per scenario, then one per what-if for the histories after it departs.
  const sinceLabel = w => `${w.name}, from ${w.after.since}` + (w.after.since === v.arms[0].start ? ' (the start)' : '');
  const head = compare
    ? [TS.el('tr', {}, TS.el('th', {rowspan: 2}, 'Decision'), as.map(a => TS.el('th', {colspan: 2, class: 'group'}, a.name + (a === as[0] ? ' (base)' : ''))),
        TS.el('th', {colspan: ws.length, class: 'group'}, `After the what-if departs: what-if against ${v.arms[0].name}`), TS.el('th', {rowspan: 2}, 'On record')),
      TS.el('tr', {}, as.map(() => [TS.el('th', {}, 'in % of histories'), TS.el('th', {}, 'first (median, 90% range)')]), ws.map(w => TS.el('th', {}, sinceLabel(w))))]
    : TS.el('tr', {}, TS.el('th', {}, 'Decision'), TS.el('th', {}, 'In % of histories'), TS.el('th', {}, 'First (median, 90% range)'),
      TS.el('th', {}, 'Times per history'), TS.el('th', {}, 'On record'));
  const body = TS.el('tbody', {});
  const table = TS.el('table', {id: 'decisions-table', class: 'decisions'}, TS.el('thead', {}, head), body);
  const draw = () => {
    for (const b of groupButtons) b.setAttribute('aria-pressed', String(b.dataset.group === group));
    let ks = keys.filter(k => group === 'all' || labels[k].group === group);
    if (sort === 'change') ks = ks.slice().sort((a, b) => change(b) - change(a));
    body.replaceChildren(...ks.map(k => {
      const l = labels[k];
      return TS.el('tr', {'data-key': k},
        decisionCell(l, k),
        as.map(a => [shareCell(a.decisions[k] && a.decisions[k].share_of_replications, {'data-arm': a.name}), firstCell(a.decisions[k])]),
        !compare ? TS.el('td', {class: 'num'}, as[0].decisions[k] ? as[0].decisions[k].firings_per_replication.toFixed(2) : '-') : null,
        ws.map(w => {
          const x = w.after.shares[k] || [0, 0];
          const d = x[1] - x[0];
          const big = Math.abs(d) >= 0.05;
          return TS.el('td', {class: 'num' + (big ? ' changed' : ''), 'data-whatif': w.name},
            big ? TS.el('span', {class: 'arrow'}, d > 0 ? '\u25B2 ' : '\u25BC ') : null, `${TS.pct(x[1])} against ${TS.pct(x[0])}`);
        }),
        TS.el('td', {class: 'small'}, l.record.length ? l.record.slice(0, 4).join(', ') + (l.record.length > 4 ? ` and ${l.record.length - 4} more` : '') : ''));
    }));
  };
  panel.append(TS.el('p', {class: 'lead'}, compare
    ? 'What the agents decided in each scenario, on the same random numbers. "From" columns count the histories in which a decision '
      + 'was taken after the what-if first departs from the base (before that the two are the same history), so they show what the '
      + 'what-if changed downstream. The first sentences above name the largest of these changes.'
    : 'What the agents decided, over all the simulated histories: in what share of them each decision was taken, when it was first '
      + 'taken (the median month and the 90% range), and when the record says it happened. The Story tab tells one history.'),
  filters, TS.el('div', {class: 'table-wrap'}, table),
  TS.el('p', {class: 'muted small'}, 'A decision counts once it is taken: a change of course (e.g. Moscow suspending the talks) or a one-off act '
    + '(a retaliation, a round of talks). "On record" gives the dates of the documented decisions of that kind.'));
  draw();
}

// ------------------------------------------------------------------ one replication's story

function renderStory(panel, v) {
  const n = v.replications, as = arms(v), compare = v.kind === 'compare';
  let rep = Math.min(n - 1, Math.max(0, parseInt(params.get('replication') || '0', 10) || 0));
  let pair = compare ? Math.max(1, v.arms.findIndex(a => a.name === params.get('whatif'))) : 0;
  let shocks = true;
  const input = TS.el('input', {type: 'number', id: 'replication', min: 0, max: n - 1, step: 1, value: rep});
  const go = k => { rep = Math.min(n - 1, Math.max(0, k)); input.value = rep; load(); };
  input.addEventListener('change', () => go(parseInt(input.value, 10) || 0));
  const notable = TS.el('select', {id: 'notable'});
  const pairSel = compare && v.arms.length > 2 ? TS.el('select', {id: 'story-whatif'}, v.arms.slice(1).map((a, i) =>
    TS.el('option', {value: i + 1, selected: i + 1 === pair}, a.name))) : null;
  const fillNotable = () => {
    const opts = [TS.el('option', {value: ''}, compare ? 'Histories whose outcome the what-if changes...' : 'Histories that end in a treaty...')];
    const a = as[0].signed, b = compare ? as[pair].signed : null;
    for (let k = 0; k < n && opts.length < 201; k++) {
      if (compare && a[k] !== b[k]) opts.push(TS.el('option', {value: k}, `${k}: ${as[0].name} ${a[k] ? 'treaty ' + a[k] : 'no treaty'}; ${as[pair].name} ${b[k] ? 'treaty ' + b[k] : 'no treaty'}`));
      if (!compare && a[k]) opts.push(TS.el('option', {value: k}, `${k}: treaty signed ${a[k]}`));
    }
    if (opts.length === 1) opts.push(TS.el('option', {value: '', disabled: true}, compare ? 'none: every history ends the same way' : 'none'));
    notable.replaceChildren(...opts);
  };
  notable.addEventListener('change', () => { if (notable.value !== '') go(parseInt(notable.value, 10)); });
  if (pairSel) pairSel.addEventListener('change', () => { pair = Number(pairSel.value); fillNotable(); load(); });
  const shockBox = TS.el('input', {type: 'checkbox', id: 'story-shocks', checked: true});
  shockBox.addEventListener('change', () => { shocks = shockBox.checked; load(); });
  const out = TS.el('div', {id: 'story', class: 'story'});
  panel.append(TS.el('p', {class: 'lead'}, compare
    ? 'One simulated history told month by month, in the base and the what-if side by side. Replication k of both uses the same random '
      + 'numbers, so the two tell the same history until the what-if departs: what differs after that is the what-if\'s doing.'
    : 'One simulated history told month by month: the shocks, and what the agents decided and what drove each decision.'),
    TS.el('div', {class: 'controls'},
      TS.el('label', {for: 'replication'}, 'Replication '),
      TS.el('button', {type: 'button', id: 'story-prev', onclick: () => go(rep - 1), 'aria-label': 'previous replication'}, '<'), input,
      TS.el('button', {type: 'button', id: 'story-next', onclick: () => go(rep + 1), 'aria-label': 'next replication'}, '>'),
      TS.el('span', {class: 'muted small'}, `of 0 to ${n - 1}`), notable,
      pairSel ? [TS.el('label', {for: 'story-whatif'}, 'What-if '), pairSel] : null,
      TS.el('label', {class: 'small'}, shockBox, ' shocks')),
    out);
  fillNotable();
  let asked = 0;
  async function load() {
    const mine = ++asked;
    setAddress({replication: rep, whatif: compare && v.arms.length > 2 ? v.arms[pair].name : null});
    out.dataset.state = 'loading';
    const r = await TS.get(`/api/jobs/${jobId}/story?replication=${rep}`);
    if (mine !== asked) return; // a later choice is on its way
    if (!r.ok) { TS.showError(out, r.data); out.dataset.state = 'error'; return; }
    out.className = 'story';
    out.replaceChildren(...(compare ? storyPair(r.data, 0, pair, shocks) : storyOne(r.data.arms[0], shocks)));
    out.dataset.state = 'ready';
    out.dataset.replication = String(rep);
  }
  load();
}

/** Who a line is about, from its first words (the sentences start with the capital that decides). */
function lineWho(text) {
  for (const [w, g] of Object.entries(WHO_BY_WORD)) if (text.startsWith(w)) return g;
  return null;
}

/** What the story calls a dated event: a shock in the agent model; in the scripted null every event is the record's. */
let eventTag = 'shock';

function storyLine(l, unique) {
  const li = TS.el('li', {class: (l.shock ? 'shock' : 'decision') + (unique ? ' unique' : '')}, TS.el('span', {class: 'month'}, l.month),
    l.shock ? TS.el('span', {class: 'tag'}, eventTag) : null, TS.el('span', {class: 'text'}, l.text));
  const g = l.shock ? null : lineWho(l.text);
  if (g) li.style.borderLeftColor = WHO[g];
  return li;
}

function storyOne(a, shocks) {
  eventTag = a.agents === 'scripted' ? 'event' : 'shock';
  const lines = a.lines.filter(l => shocks || !l.shock);
  const byYear = new Map();
  for (const l of lines) {
    const y = l.month.slice(0, 4);
    if (!byYear.has(y)) byYear.set(y, []);
    byYear.get(y).push(l);
  }
  const out = [];
  for (const [y, ls] of byYear) out.push(TS.el('h4', {}, y), TS.el('ul', {class: 'story-lines'}, ls.map(l => storyLine(l))));
  out.push(TS.el('p', {class: 'ending', id: 'ending-0'}, a.ending), TS.el('pre', {class: 'cmd'}, a.command));
  return out;
}

/** Base and one what-if side by side: the shared history folded away, then month by month where they differ. */
function storyPair(data, i, j, shocks) {
  const a = data.arms[i], b = data.arms[j], first = data.first_difference[j];
  eventTag = a.agents === 'scripted' || b.agents === 'scripted' ? 'event' : 'shock';
  const by = arm => {
    const m = new Map();
    for (const l of arm.lines) if (shocks || !l.shock) { if (!m.has(l.month)) m.set(l.month, []); m.get(l.month).push(l); }
    return m;
  };
  const x = by(a), y = by(b);
  const months = [...new Set([...x.keys(), ...y.keys()])].sort();
  const same = (p, q) => JSON.stringify((p || []).map(l => l.text)) === JSON.stringify((q || []).map(l => l.text));
  // A month where the two differ: each side's lines, those the other side lacks highlighted.
  const side = (name, mine, theirs) => TS.el('div', {class: 'side differs', 'data-arm': name},
    TS.el('ul', {class: 'story-lines'}, mine.map(l => storyLine(l, !theirs.some(t => t.text === l.text)))));
  const shared = first === null ? months : months.filter(m => m < first);
  const summary = first === null
    ? `Replication ${data.replication} (seed ${data.seed}): ${a.name} and ${b.name} tell the same history throughout.`
    : `Replication ${data.replication} (seed ${data.seed}): ${a.name} and ${b.name} tell the same history until ${first}, where they part.`;
  const out = [TS.el('p', {class: 'status-line', id: 'story-summary'}, summary)];
  const grid = TS.el('div', {class: 'story-grid'},
    TS.el('div', {class: 'head'}, 'Month'), TS.el('div', {class: 'head'}, a.name + ' (base)'), TS.el('div', {class: 'head'}, b.name));
  if (shared.length) {
    const count = shared.reduce((n, m) => n + x.get(m).length, 0);
    const hidden = [];
    const toggle = TS.el('button', {type: 'button', id: 'story-shared'}, `Show the shared history (${count} lines, ${shared[0]} to ${shared.at(-1)})`);
    toggle.addEventListener('click', () => {
      const show = hidden[0] && hidden[0].classList.contains('hidden');
      hidden.forEach(e => e.classList.toggle('hidden', !show));
      toggle.textContent = (show ? 'Hide' : 'Show') + ` the shared history (${count} lines, ${shared[0]} to ${shared.at(-1)})`;
    });
    grid.append(TS.el('div', {class: 'fold'}, toggle));
    for (const m of shared) {
      const row = [TS.el('div', {class: 'month hidden'}, m), TS.el('div', {class: 'both hidden'}, TS.el('ul', {class: 'story-lines'}, x.get(m).map(l => storyLine(l))))];
      hidden.push(...row);
      grid.append(...row);
    }
  }
  for (const m of months.filter(m => !shared.includes(m))) {
    if (same(x.get(m), y.get(m))) {
      grid.append(TS.el('div', {class: 'month'}, m), TS.el('div', {class: 'both'}, TS.el('ul', {class: 'story-lines'}, x.get(m).map(l => storyLine(l)))));
    } else {
      grid.append(TS.el('div', {class: 'month differs'}, m),
        side(a.name, x.get(m) || [], y.get(m) || []), side(b.name, y.get(m) || [], x.get(m) || []));
    }
  }
  grid.append(TS.el('div', {class: 'month'}, 'End'), TS.el('div', {class: 'side ending', id: 'ending-0'}, a.ending), TS.el('div', {class: 'side ending', id: 'ending-1'}, b.ending));
  out.push(grid, TS.el('p', {class: 'muted small'}, 'The same stories from the command line:'), TS.el('pre', {class: 'cmd'}, a.command + '\n' + b.command));
  return out;
}

function renderNumbers(panel, v) {
  const s = v.summary;
  if (v.kind === 'run') {
    panel.append(TS.el('table', {}, TS.el('tbody', {},
      TS.el('tr', {}, TS.el('th', {}, `Treaty signed by ${s.end}`), TS.el('td', {class: 'num', id: 'p-by-end'}, TS.pct(s.p_treaty_by_end))),
      TS.el('tr', {}, TS.el('th', {}, '90% interval'), TS.el('td', {class: 'num'}, `${TS.pct(s.p_treaty_by_end_ci90[0])} to ${TS.pct(s.p_treaty_by_end_ci90[1])}`)),
      TS.el('tr', {}, TS.el('th', {}, 'Replications that signed'), TS.el('td', {class: 'num'}, `${s.replications_signed} of ${s.replications}`)),
      TS.el('tr', {}, TS.el('th', {}, 'Highest chance of signing within a year'), TS.el('td', {class: 'num'}, `${TS.pct(s.peak_hazard_annual)} (${s.peak_month})`)))));
    return;
  }
  const dates = v.dates;
  const head = TS.el('tr', {}, TS.el('th', {}, 'Chance of a treaty by'), dates.map(d => TS.el('th', {}, d)));
  const rows = s.scenarios.map(sc => TS.el('tr', {}, TS.el('th', {}, sc.name),
    dates.map(d => TS.el('td', {class: 'num'}, sc.p_treaty_by[d] ? `${TS.pct(sc.p_treaty_by[d].p)}` : '-'))));
  const diffs = s.differences.map(x => TS.el('tr', {}, TS.el('th', {}, `${x.whatif} minus ${x.base}`),
    dates.map(d => TS.el('td', {class: 'num', 'data-whatif': x.whatif, 'data-date': d}, x.treaty_by[d]
      ? `${TSCharts.fmt(x.treaty_by[d].diff, {points: true})} (95% CI ${TSCharts.fmt(x.treaty_by[d].ci95[0], {points: true})} to ${TSCharts.fmt(x.treaty_by[d].ci95[1], {points: true})})` : '-'))));
  panel.append(TS.el('table', {id: 'numbers-table'}, TS.el('thead', {}, head), TS.el('tbody', {}, rows, diffs)),
    TS.el('p', {class: 'muted small'}, s.method));
}

function renderDownloads(panel, v, st) {
  const list = TS.el('ul', {});
  for (const f of st.files || []) {
    const href = `/api/jobs/${jobId}/files/${encodeURIComponent(f.name)}`;
    const viewable = /\.(png|svg|html|txt|yaml|csv|json)$/.test(f.name);
    list.append(TS.el('li', {}, TS.el('a', {href, download: f.name}, f.name), ` (${TS.bytes(f.bytes)})`,
      viewable ? [' · ', TS.el('a', {href: href + '?inline=1', target: '_blank', rel: 'noopener'}, 'open')] : null));
  }
  panel.append(TS.el('h3', {}, 'The command that reproduces this result'),
    TS.el('p', {class: 'muted'}, 'From the top folder of a TreatySim checkout of the same version (command.txt says which files to save first):'),
    TS.el('pre', {class: 'cmd', id: 'command'}, v.command),
    TS.el('h3', {}, 'Files'), list);
}
