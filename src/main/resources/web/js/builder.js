// The what-if builder: a form (events on/off, parameters within their ranges) that writes a scenario file, a YAML
// editor for the same file, and the server's loader marking every error at its line and column.
'use strict';

const $ = id => document.getElementById(id);
const q = JSON.stringify; // a JSON string is a valid YAML scalar: titles, ids and reasons are always quoted safely

/**
 * The form's sections, in order. Each: title, render(container, base, changed) builds its controls for the base
 * scenario (calling changed() on every edit), and yaml() returns the lines it adds to the file. Another kind of
 * change (for example forcing or forbidding an agent's decision over a window) is one more section here.
 */
const SECTIONS = [
  {
    title: 'Events: untick those that do not happen',
    off: new Set(),
    render(box, base, changed) {
      this.off.clear();
      const filter = TS.el('input', {type: 'text', placeholder: 'filter: a year, a name, a word', size: 30});
      const majorOnly = TS.el('input', {type: 'checkbox', checked: true});
      const list = TS.el('div', {class: 'event-list', id: 'event-list'});
      const draw = () => {
        const f = filter.value.toLowerCase();
        list.replaceChildren(...base.events.filter(e => (!majorOnly.checked || e.major || this.off.has(e.id))
            && (!f || (e.date + ' ' + e.title + ' ' + e.id).toLowerCase().includes(f))).map(e => {
          const cb = TS.el('input', {type: 'checkbox', checked: !this.off.has(e.id), 'data-event': e.id, title: 'happens'});
          cb.addEventListener('change', () => {
            if (cb.checked) this.off.delete(e.id); else this.off.add(e.id);
            row.classList.toggle('off', !cb.checked);
            changed();
          });
          const row = TS.el('label', {class: 'event-row' + (e.major ? ' major' : '') + (this.off.has(e.id) ? ' off' : ''), title: 'Source: ' + e.source},
            cb, TS.el('span', {}, e.date), TS.el('span', {class: e.direction === '+' ? 'dir-plus' : e.direction === '-' ? 'dir-minus' : 'muted'}, e.direction),
            TS.el('span', {class: 'title'}, e.title));
          return row;
        }));
      };
      filter.addEventListener('input', draw);
      majorOnly.addEventListener('change', draw);
      box.append(TS.el('div', {class: 'controls'}, filter, TS.el('label', {class: 'small'}, majorOnly, ' major events only')), list,
        TS.el('p', {class: 'muted small'}, 'Hover over an event for its source. Direction: + toward a treaty, - away from one.'));
      draw();
    },
    yaml() {
      return this.off.size ? ['remove_events:', ...[...this.off].map(id => '  - ' + id)] : [];
    },
  },
  {
    title: 'Parameters: move one within its plausible range',
    values: new Map(),
    render(box, base, changed) {
      this.values.clear();
      const why = TS.el('input', {type: 'text', id: 'rationale', size: 50, placeholder: 'why these values? (required for any change)'});
      why.addEventListener('input', changed);
      this.why = why;
      const list = TS.el('div', {});
      for (const p of base.parameters) {
        const [lo, hi] = p.range;
        if (!(hi > lo)) continue;
        const step = (hi - lo) / 100;
        const out = TS.el('span', {}, fmt(p.value) + ' ' + p.unit);
        const slider = TS.el('input', {type: 'range', min: lo, max: hi, step, value: p.value, 'data-param': p.name, 'aria-label': p.name});
        const row = TS.el('div', {class: 'param'},
          TS.el('div', {class: 'head'}, TS.el('strong', {}, p.name), out),
          slider,
          TS.el('div', {class: 'why'}, `range ${fmt(lo)} to ${fmt(hi)} ${p.unit} · ${p.basis} · ${p.description}`),
          TS.el('div', {class: 'why'}, 'Source: ' + p.source));
        slider.addEventListener('input', () => {
          const v = Number(Number(slider.value).toPrecision(6));
          if (Math.abs(v - p.value) < step / 2) this.values.delete(p.name); else this.values.set(p.name, v);
          out.textContent = fmt(this.values.get(p.name) ?? p.value) + ' ' + p.unit;
          row.classList.toggle('changed', this.values.has(p.name));
          changed();
        });
        list.append(row);
      }
      box.append(TS.el('div', {class: 'controls'}, TS.el('label', {for: 'rationale'}, 'Why '), why), list);
    },
    yaml() {
      if (!this.values.size) return [];
      const out = ['parameters:'];
      for (const [n, v] of this.values) out.push(`  ${n}:`, `    value: ${v}`, `    rationale: ${q(this.why.value)}`);
      return out;
    },
  },
];

function fmt(x) { return String(Number(Number(x).toPrecision(4))); }

let editor, base, byHand = false, lintTimer = null;

(async function builder() {
  const info = await TS.loadInfo();
  const settings = TS.runControls($('run-controls'), info);
  const list = (await TS.get('/api/scenarios')).data;
  const wanted = new URLSearchParams(location.search).get('base');
  const select = $('base');
  for (const s of list) select.append(TS.el('option', {value: s.name, selected: s.name === wanted}, s.name + (s.extends ? '' : ' (history)')));
  editor = CodeMirror.fromTextArea($('yaml'), {mode: 'yaml', lineNumbers: true, gutters: ['CodeMirror-lint-markers'],
    lint: {getAnnotations: lint, async: true, delay: 500}, readOnly: true, viewportMargin: Infinity});
  window.tsEditor = editor;
  select.addEventListener('change', () => loadBase(select.value));
  for (const id of ['name', 'question']) $(id).addEventListener('input', write);
  $('by-hand').addEventListener('change', e => {
    byHand = e.target.checked;
    editor.setOption('readOnly', !byHand);
    $('form').querySelectorAll('input, select').forEach(x => { x.disabled = byHand; });
    $('by-hand-note').textContent = byHand ? 'the form no longer writes the file; untick to go back to the form (your edits are then lost)' : '';
    if (!byHand) write();
  });
  const submit = kind => {
    const body = kind === 'compare'
      ? {kind, base: {shipped: base.name}, whatifs: [{yaml: editor.getValue()}], ...settings()}
      : {kind, scenario: {yaml: editor.getValue()}, ...settings()};
    TS.submitJob(body, $('error'));
  };
  $('compare').addEventListener('click', () => submit('compare'));
  $('replay').addEventListener('click', () => submit('run'));
  await loadBase(select.value);
})();

async function loadBase(name) {
  const r = await TS.get('/api/scenarios/' + encodeURIComponent(name));
  if (!r.ok) { TS.showError($('error'), r.data); return; }
  base = r.data;
  const box = $('sections');
  box.replaceChildren();
  for (const s of SECTIONS) {
    const sec = TS.el('section', {}, TS.el('h3', {}, s.title));
    box.append(sec);
    s.render(sec, base, write);
  }
  write();
}

/** Writes the scenario file from the form (unless the user edits it by hand). */
function write() {
  if (byHand || !base) return;
  const lines = ['schema: treatysim/scenario-1', 'name: ' + $('name').value.trim(), 'title: ' + q($('question').value.trim()),
    'description: ' + q(`Question. ${$('question').value.trim()}\nWhat is changed. Built in the TreatySim classroom builder from ${base.name}.`),
    'extends: ' + base.file];
  for (const s of SECTIONS) lines.push(...s.yaml());
  editor.setValue(lines.join('\n') + '\n');
}

/** CodeMirror's lint source: the server's loader, with each error at its line and column. */
function lint(text, update) {
  clearTimeout(lintTimer);
  lintTimer = setTimeout(async () => {
    const r = await TS.post('/api/validate', {yaml: text});
    r.ok = r.ok && r.data.ok;
    const errors = r.ok ? [] : (r.data.errors || [{line: 1, column: 1, problem: r.data.error}]);
    showCheck(r, errors);
    update(errors.map(e => {
      const line = Math.max(0, (e.line || 1) - 1), col = Math.max(0, (e.column || 1) - 1);
      return {from: CodeMirror.Pos(line, col), to: CodeMirror.Pos(line, col + 1e3), severity: 'error', message: e.problem + (e.hint ? '\n' + e.hint : '')};
    }));
  }, 300);
}

function showCheck(r, errors) {
  const check = $('check'), list = $('errors');
  list.replaceChildren();
  document.body.dataset.check = r.ok ? 'valid' : 'invalid';
  if (r.ok) {
    const d = r.data.differences;
    const parts = d ? [d.removed.length && `removes ${d.removed.length} event(s)`, d.changed.length && `changes ${d.changed.length}`,
      d.added.length && `adds ${d.added.length}`, d.parameters.length && `changes ${d.parameters.length} parameter(s)`,
      d.interventions.length && `intervenes on ${d.interventions.length} decision(s): ${d.interventions.join('; ')}`].filter(Boolean) : [];
    check.className = 'status-line ok';
    check.textContent = `Valid: ${r.data.name}` + (d ? ` ${parts.length ? parts.join(', ') : 'is the same as'} ${parts.length ? 'of ' + d.base : d.base}` : '') + '.';
    return;
  }
  check.className = 'status-line error';
  check.textContent = errors.length > 1 ? `${errors.length} problems:` : 'A problem:';
  for (const e of errors) {
    list.append(TS.el('li', {onclick: () => { editor.focus(); editor.setCursor({line: (e.line || 1) - 1, ch: (e.column || 1) - 1}); }},
      TS.el('strong', {}, e.line ? `line ${e.line}, column ${e.column}: ` : ''), e.problem, e.hint ? TS.el('div', {class: 'small muted'}, e.hint) : null));
  }
}
