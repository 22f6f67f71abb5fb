// TreatySim charts on Chart.js (vendored through WebJars): monthly series with bands, shares stacked to 100% (what
// blocks a treaty), events as vertical lines, hover for the events of a month and their sources, drag or Ctrl+wheel
// to zoom into a period.
'use strict';

Chart.register(window.ChartZoom, window['chartjs-plugin-annotation']);
Chart.defaults.font.size = 15;
Chart.defaults.color = '#1b1b1b';

const TSCharts = {
  PALETTE: ['#1F4E79', '#C62828', '#2E7D32', '#6A1B9A', '#EF6C00', '#00838F'],
  DIRECTION: {'+': '#2E7D32', '-': '#6D4C41'},

  /** Decimal year of month m after "YYYY-MM" (the chart's x). */
  x(start, m = 0) {
    const [y, mo] = start.split('-').map(Number);
    return y + (mo - 1 + m) / 12;
  },
  month(x) {
    const i = Math.round(x * 12);
    return Math.floor(i / 12) + '-' + String(i % 12 + 1).padStart(2, '0');
  },
  points(start, values) {
    return values.map((v, m) => ({x: TSCharts.x(start, m), y: v}));
  },
  rgba(hex, a) {
    const n = parseInt(hex.slice(1), 16);
    return `rgba(${n >> 16},${(n >> 8) & 255},${n & 255},${a})`;
  },

  /**
   * A line with its band: {label, start, mean, low, high, color, axis, dashed}. Returns three datasets: the band's
   * edges (unlabelled) and the line.
   */
  band(s) {
    const edge = {pointRadius: 0, borderWidth: 0, yAxisID: s.axis, label: '', band: true};
    return [
      {...edge, data: TSCharts.points(s.start, s.low), fill: false},
      {...edge, data: TSCharts.points(s.start, s.high), fill: '-1', backgroundColor: TSCharts.rgba(s.color, 0.14)},
      {label: s.label, data: TSCharts.points(s.start, s.mean), borderColor: s.color, backgroundColor: s.color,
       borderWidth: 2.5, borderDash: s.dashed ? [8, 5] : [], pointRadius: 0, yAxisID: s.axis, fill: false},
    ];
  },

  /**
   * A timeline chart. opts: {series: [band specs], axes: {id: {title, percent, points, position, min, max}}, events (the
   * major ones drawn as vertical lines, all of them listed on hover), span: [from, to], info: element showing the events
   * of the hovered month, title, annotations: more chartjs-plugin-annotation items}.
   */
  timeline(canvas, opts) {
    const datasets = opts.series.flatMap(TSCharts.band);
    const scales = {x: TSCharts.xScale(opts.span)};
    for (const [id, a] of Object.entries(opts.axes)) {
      scales[id] = {position: a.position || 'left', min: 'min' in a ? (a.min ?? undefined) : 0, suggestedMax: a.max,
                    title: {display: true, text: a.title}, grid: {drawOnChartArea: a.position !== 'right'},
                    ticks: {callback: v => a.percent ? Math.round(v * 1000) / 10 + (a.points ? '' : '%') : v}};
    }
    return new Chart(canvas, TSCharts.config(datasets, scales, opts, {
      filter: item => !item.dataset.band && item.parsed.y !== null,
      label: item => `${item.dataset.label}: ${opts.axes[item.dataset.yAxisID].percent ? TSCharts.fmt(item.parsed.y, opts.axes[item.dataset.yAxisID]) : item.parsed.y}`,
    }));
  },

  /**
   * Shares stacked to 100% over time (what blocks a treaty): opts {title, start, span, layers: [{label, color, values}],
   * bottom layer first, events, info, yTitle}. Hover lists every layer's share that month, top layer first.
   */
  stacked(canvas, opts) {
    const datasets = opts.layers.map((l, i) => ({
      label: l.label, data: TSCharts.points(opts.start, l.values), yAxisID: 'y', pointRadius: 0, borderWidth: 0.6,
      borderColor: l.color, backgroundColor: TSCharts.rgba(l.color, 0.88), fill: i === 0 ? 'origin' : '-1', spanGaps: false,
    }));
    const scales = {
      x: TSCharts.xScale(opts.span),
      y: {stacked: true, min: 0, max: 1, title: {display: true, text: opts.yTitle || 'share of the histories without a treaty yet'},
          ticks: {callback: v => Math.round(v * 100) + '%'}},
    };
    const cfg = TSCharts.config(datasets, scales, opts, {
      filter: item => item.raw.y !== null && item.raw.y > 0.0005,
      label: item => `${item.dataset.label}: ${TSCharts.fmt(item.raw.y, {})}`,
      itemSort: (a, b) => b.datasetIndex - a.datasetIndex,
    });
    cfg.options.plugins.legend.display = false; // the page shows one key for all its stacked charts
    return new Chart(canvas, cfg);
  },

  /** The year axis of every chart, over the span [from, to] ("YYYY-MM"). */
  xScale(span) {
    return {type: 'linear', min: TSCharts.x(span[0]), max: TSCharts.x(span[1]),
            ticks: {stepSize: 5, callback: v => Math.round(v)}, title: {display: true, text: 'year'}};
  },

  /**
   * What every chart shares: the major events as vertical lines (opts.events; opts.annotations adds more), hover for
   * that month's values (tooltip: {filter, label, itemSort}) and the events of the month in opts.info, drag or
   * Ctrl+wheel to zoom, Shift+drag to pan.
   */
  config(datasets, scales, opts, tooltip) {
    const annotations = {};
    (opts.events || []).filter(e => e.major).forEach((e, i) => {
      const color = e.color || TSCharts.DIRECTION[e.direction] || '#5f6368';
      const own = e.kind && e.kind !== 'base';
      annotations['ev' + i] = {type: 'line', xMin: TSCharts.x(e.date), xMax: TSCharts.x(e.date), borderColor: TSCharts.rgba(color, own ? 0.9 : 0.6),
                               borderWidth: own ? 2 : 1.2, borderDash: own ? [] : [5, 4]};
    });
    for (const [k, a] of Object.entries(opts.annotations || {})) annotations[k] = a;
    if (opts.info) TSCharts.showEvents(opts.info, [], null);
    return {
      type: 'line',
      data: {datasets},
      options: {
        responsive: true, maintainAspectRatio: false, animation: false, parsing: false, normalized: true,
        interaction: {mode: 'index', intersect: false, axis: 'x'},
        scales,
        plugins: {
          title: {display: !!opts.title, text: opts.title, font: {size: 18, weight: 'bold'}},
          legend: {labels: {filter: item => item.text !== '', boxWidth: 28}},
          tooltip: {
            filter: tooltip.filter, itemSort: tooltip.itemSort,
            callbacks: {title: items => items.length ? TSCharts.month(items[0].parsed.x) : '', label: tooltip.label},
          },
          annotation: {annotations},
          zoom: {
            limits: {x: {min: scales.x.min, max: scales.x.max, minRange: 1}},
            zoom: {drag: {enabled: true, backgroundColor: 'rgba(31,78,121,0.15)'}, wheel: {enabled: true, modifierKey: 'ctrl'}, mode: 'x'},
            pan: {enabled: true, mode: 'x', modifierKey: 'shift'},
          },
        },
        onHover: (evt, items, ch) => {
          if (!opts.info) return;
          TSCharts.showEvents(opts.info, opts.events || [], ch.scales.x.getValueForPixel(evt.x));
        },
      },
    };
  },

  fmt(v, axis) {
    const p = Math.round(v * 1000) / 10;
    return axis.points ? (p > 0 ? '+' : '') + p + ' points' : p + '%';
  },

  /** Fills the info box with the events within a month of x (decimal year), each with its date, direction and source. */
  showEvents(box, events, x) {
    box.replaceChildren();
    const near = x === null ? [] : events.filter(e => Math.abs(TSCharts.x(e.date) - x) <= 1 / 12 + 1e-9);
    if (!near.length) {
      box.append(TS.el('span', {class: 'muted'}, 'Hover over the chart: the events of that month appear here with their sources. '
        + 'Drag across the chart to zoom into a period; the buttons above go back.'));
      return;
    }
    for (const e of near.slice(0, 4)) {
      const dir = e.direction === '+' ? 'toward a treaty' : e.direction === '-' ? 'away from a treaty' : 'mixed or neutral';
      box.append(TS.el('div', {class: 'ev'},
        TS.el('strong', {}, e.date + ' '), e.kind && e.kind !== 'base' ? TS.el('em', {}, `[${e.arm}: ${e.kind}] `) : '',
        e.title + ' ', TS.el('span', {class: e.direction === '+' ? 'dir-plus' : e.direction === '-' ? 'dir-minus' : 'muted'}, `(${dir})`),
        e.recorded ? TS.el('span', {class: 'small muted'}, ` On record: in this model the agents decide it (${e.decision}).`) : '',
        TS.el('div', {class: 'small muted source'}, 'Source: ' + e.source)));
    }
    if (near.length > 4) box.append(TS.el('div', {class: 'small muted'}, `and ${near.length - 4} more in the Events tab`));
  },

  /** Buttons that zoom the chart (or every chart of a list) to a period inside the span, and back to the whole span. */
  periods(container, chart, span) {
    const charts = [].concat(chart);
    const from = TSCharts.x(span[0]), to = TSCharts.x(span[1]);
    const go = (a, b) => charts.forEach(c => c.zoomScale('x', {min: a, max: b}, 'none'));
    container.append(TS.el('span', {class: 'muted small'}, 'Zoom to: '),
      TS.el('button', {type: 'button', onclick: () => charts.forEach(c => c.resetZoom('none'))}, 'Whole span'));
    for (const [a, b, label] of [[1955.9, 1962, '1956-1961'], [1985, 2002, '1985-2001'], [2012, to, '2012 on']]) {
      if (a >= from - 0.1 && a < to) container.append(TS.el('button', {type: 'button', onclick: () => go(Math.max(a, from), Math.min(b, to))}, label));
    }
  },
};
