// A job's page: live progress (server-sent events), cancel, then the result: sentences, interactive charts,
// events with sources, and every file to download with the command that reproduces it.
'use strict';

const params = new URLSearchParams(location.search);
const jobId = params.get('id') || '';
const $ = id => document.getElementById(id);

/**
 * The result tabs, in order. Each: id, label, when(view, status) -> shown?, render(panel, view, status).
 * A new kind of result (for example the agents' decisions once runs write decisions.csv) is one more entry here.
 */
const TABS = [
  {id: 'chart', label: 'Chart', when: () => true, render: (p, v) => (v.kind === 'run' ? renderRunChart : renderCompareCharts)(p, v)},
  {id: 'events', label: 'Events and sources', when: v => v.events.length > 0, render: renderEvents},
  {id: 'numbers', label: 'Numbers', when: () => true, render: renderNumbers},
  {id: 'downloads', label: 'Downloads', when: () => true, render: renderDownloads},
];

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
  $('waiting').classList.add('hidden');
  $('result').classList.remove('hidden');
  $('sentences').replaceChildren(...view.sentences.map(s => TS.el('li', {}, s)));
  const tabs = TABS.filter(t => t.when(view, st));
  for (const t of tabs) {
    const panel = TS.el('div', {id: 'panel-' + t.id, role: 'tabpanel'}); // visible while drawn, so charts get their size
    $('panels').append(panel);
    $('tabs').append(TS.el('button', {type: 'button', role: 'tab', id: 'tab-' + t.id, 'aria-selected': 'false', onclick: () => select(t.id)}, t.label));
    t.render(panel, view, st);
  }
  select(tabs[0].id);
  document.body.dataset.result = 'ready';
}

function select(id) {
  for (const b of $('tabs').children) b.setAttribute('aria-selected', String(b.id === 'tab-' + id));
  for (const p of $('panels').children) p.classList.toggle('hidden', p.id !== 'panel-' + id);
}

function chartBox(panel, small) {
  const periods = TS.el('div', {class: 'periods'});
  const canvas = TS.el('canvas', {role: 'img'});
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
  const rows = v.events.slice().sort((a, b) => a.date.localeCompare(b.date)).map(e => TS.el('tr', {},
    TS.el('td', {}, e.date), v.kind === 'compare' ? TS.el('td', {}, e.kind === 'base' ? 'base' : `${e.arm}: ${e.kind}`) : null,
    TS.el('td', {}, e.title), TS.el('td', {class: e.direction === '+' ? 'dir-plus' : e.direction === '-' ? 'dir-minus' : ''}, e.direction),
    TS.el('td', {class: 'source'}, e.source)));
  panel.append(TS.el('p', {class: 'muted'}, v.kind === 'compare'
    ? 'Where the what-ifs depart from the base (removed, changed or added events), and the base\'s major events.'
    : 'Every event of the scenario. Direction: + toward a treaty, - away from one.'),
  TS.el('table', {}, TS.el('thead', {}, TS.el('tr', {}, TS.el('th', {}, 'Date'), v.kind === 'compare' ? TS.el('th', {}, 'Where') : null,
    TS.el('th', {}, 'Event'), TS.el('th', {}, 'Dir.'), TS.el('th', {}, 'Source'))), TS.el('tbody', {}, rows)));
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
