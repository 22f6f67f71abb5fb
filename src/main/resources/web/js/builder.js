// The what-if builder: a form (shocks switched off or moved, interventions that force or forbid an agent's decision
// over a window, parameters within their ranges, the kind of agents) that writes a scenario file, a YAML editor for
// the same file, and the server's loader marking every error at its line and column.
'use strict';

const $ = id => document.getElementById(id);
const q = JSON.stringify; // a JSON string is a valid YAML scalar: titles, ids and reasons are always quoted safely
const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/** The catalogue of decision rules (GET /api/decisions), by id, and the way the agents decide ('decide' or 'scripted'). */
let rules = new Map(), agents = 'decide';

/** Adds `months` to a "YYYY-MM" month. */
function addMonths(ym, months) {
  const [y, m] = ym.split('-').map(Number);
  const i = y * 12 + (m - 1) + months;
  return Math.floor(i / 12) + '-' + String(i % 12 + 1).padStart(2, '0');
}

/**
 * The form's sections, in order. Each: id, title, render(container, base, changed) builds its controls for the base
 * scenario (calling changed() on every edit), and yaml() returns the lines it adds to the file. Another kind of
 * change is one more section here.
 */
const SECTIONS = [
  {
    id: 'events',
    title: 'Shocks: untick those that do not happen, or move one',
    off: new Set(),
    moved: new Map(),
    render(box, base, changed) {
      this.off.clear();
      this.moved.clear();
      this.changed = changed;
      this.base = base;
      const filter = TS.el('input', {type: 'text', placeholder: 'filter: a year, a name, a word', size: 30, 'aria-label': 'filter the events'});
      const majorOnly = TS.el('input', {type: 'checkbox', checked: true});
      const withDecisions = TS.el('input', {type: 'checkbox', checked: true, id: 'show-decisions'});
      const list = TS.el('div', {class: 'event-list', id: 'event-list'});
      const note = TS.el('p', {class: 'muted small', id: 'events-note'});
      const draw = () => {
        const f = filter.value.toLowerCase();
        const shown = base.events.filter(e => (!majorOnly.checked || e.major || this.off.has(e.id) || this.moved.has(e.id))
          && (withDecisions.checked || !e.decision || agents === 'scripted')
          && (!f || (e.date + ' ' + e.title + ' ' + e.id + ' ' + (e.decision || '')).toLowerCase().includes(f)));
        list.replaceChildren(...shown.map(e => this.row(e)));
        note.textContent = agents === 'scripted'
          ? 'The scripted null model replays every event as on record, decisions included: any of them can be switched off or moved.'
          : `Shocks (${base.events.filter(e => !e.decision).length}) happen on their date. Decisions on record (marked "decided", `
            + `${base.events.filter(e => e.decision).length}) are what the agents decide in this model: to change one, intervene on it below.`;
      };
      this.draw = draw;
      filter.addEventListener('input', draw);
      majorOnly.addEventListener('change', draw);
      withDecisions.addEventListener('change', draw);
      box.append(TS.el('div', {class: 'controls'}, filter, TS.el('label', {class: 'small'}, majorOnly, ' major events only'),
        TS.el('label', {class: 'small'}, withDecisions, ' decisions on record')), note, list,
        TS.el('p', {class: 'muted small'}, 'Hover over an event for its source. Direction: + toward a treaty, - away from one.'));
      draw();
    },
    /** May this event be switched off or moved? Shocks always; decisions on record only when the script replays them. */
    editable(e) { return !e.decision || agents === 'scripted'; },
    row(e) {
      const editable = this.editable(e);
      const cells = [];
      if (editable) {
        const cb = TS.el('input', {type: 'checkbox', checked: !this.off.has(e.id), 'data-event': e.id, title: 'happens', id: 'ev-' + e.id});
        cb.addEventListener('change', () => {
          if (cb.checked) this.off.delete(e.id); else this.off.add(e.id);
          this.draw();
          this.changed();
        });
        cells.push(cb);
      } else {
        cells.push(TS.el('span', {class: 'decided', title: `decided by the agents: ${e.decision}`}, '\u2192'));
      }
      const date = this.moved.get(e.id) || e.date;
      cells.push(TS.el('span', {class: this.moved.has(e.id) ? 'moved' : ''}, date),
        TS.el('span', {class: e.direction === '+' ? 'dir-plus' : e.direction === '-' ? 'dir-minus' : 'muted'}, e.direction),
        TS.el(editable ? 'label' : 'span', {class: 'title', for: editable ? 'ev-' + e.id : null}, e.title, e.decision && agents === 'decide' ? TS.el('span', {class: 'small muted'}, ` decided: ${e.decision}`) : null,
          this.moved.has(e.id) ? TS.el('span', {class: 'small muted'}, ` (moved from ${e.date})`) : null));
      let action = null;
      if (editable && !this.off.has(e.id)) {
        action = TS.el('button', {type: 'button', class: 'small-button', 'data-move': e.id, title: 'move this event to another month'}, 'move');
        action.addEventListener('click', ev => {
          ev.preventDefault();
          const input = TS.el('input', {type: 'text', size: 8, value: date, 'data-move-to': e.id, 'aria-label': 'new month, YYYY-MM', placeholder: 'YYYY-MM'});
          const done = () => {
            const v = input.value.trim();
            if (v === e.date || v === '') this.moved.delete(e.id);
            else this.moved.set(e.id, v); // a month the loader refuses is marked in the file at its line
            this.draw();
            this.changed();
          };
          input.addEventListener('change', done);
          input.addEventListener('keydown', k => { if (k.key === 'Enter') { k.preventDefault(); done(); } });
          action.replaceWith(input);
          input.focus();
        });
      } else if (!editable) {
        const [rule, option] = e.decision.split('=');
        action = TS.el('button', {type: 'button', class: 'small-button', 'data-intervene': e.id,
          title: `add an intervention that forbids ${e.decision} around ${e.date}`}, 'what if not?');
        action.addEventListener('click', ev => {
          ev.preventDefault();
          interventions().add({rule, force: false, options: [option], from: e.date, to: addMonths(e.date, 11), rationale: ''});
        });
      }
      cells.push(action || TS.el('span'));
      return TS.el('div', {class: 'event-row' + (e.major ? ' major' : '') + (this.off.has(e.id) ? ' off' : '') + (editable ? '' : ' decision'),
        title: 'Source: ' + e.source, 'data-row': e.id}, ...cells);
    },
    yaml() {
      const editable = id => { const e = this.base.events.find(x => x.id === id); return e && this.editable(e); };
      const off = [...this.off].filter(editable);
      const moved = [...this.moved].filter(([id]) => editable(id) && !this.off.has(id));
      const out = [];
      if (off.length) out.push('remove_events:', ...off.map(id => '  - ' + id));
      if (moved.length) {
        out.push('modify_events:');
        for (const [id, to] of moved) out.push(`  ${id}:`, `    date: ${MONTH.test(to) ? to : q(to)}`);
      }
      return out;
    },
  },
  {
    id: 'interventions',
    title: 'Interventions: force or forbid a decision of an agent over a window',
    items: [],
    render(box, base, changed) {
      this.items = [];
      this.changed = changed;
      this.base = base;
      const inherited = base.interventions.length
        ? TS.el('p', {class: 'muted small'}, `${base.name} already makes ${base.interventions.length === 1 ? 'this intervention' : 'these interventions'}, which your what-if keeps: `
          + base.interventions.map(i => i.describe).join('; ') + '.') : null;
      this.list = TS.el('div', {id: 'intervention-list'});
      this.off = TS.el('p', {class: 'muted hidden'}, 'The scripted null model takes no interventions: its "decisions" are the events on record. '
        + 'Switch them off or move them above instead.');
      const add = TS.el('button', {type: 'button', id: 'add-intervention'}, 'Add an intervention');
      add.addEventListener('click', () => this.add({rule: [...rules.keys()][0], force: false, options: [], from: base.span[0], to: base.span[0], rationale: ''}));
      this.addButton = add;
      box.append(TS.el('p', {class: 'muted small'}, 'In the agent model each government decides every month from the state. An intervention '
        + 'takes one decision out of its hands for a window of months: force one option, or forbid some and let it choose among the rest. '
        + 'Everything downstream is still decided by the agents.'), ...[inherited, this.off, this.list, add].filter(Boolean));
      this.sync();
    },
    /** Enables the section for the agent model; the scripted null takes no interventions. */
    sync() {
      const on = agents === 'decide';
      this.off.classList.toggle('hidden', on);
      this.list.classList.toggle('hidden', !on);
      this.addButton.disabled = !on;
    },
    add(spec) {
      const item = {...spec};
      this.items.push(item);
      this.list.append(this.row(item));
      this.changed();
      document.querySelector(`[data-intervention="${this.items.length - 1}"] input[data-field=rationale]`).focus();
    },
    row(item) {
      const index = this.items.indexOf(item);
      const row = TS.el('div', {class: 'intervention', 'data-intervention': index});
      const ruleSel = TS.el('select', {'data-field': 'rule', 'aria-label': 'decision rule'});
      const byWho = new Map();
      for (const r of rules.values()) { if (!byWho.has(r.who)) byWho.set(r.who, []); byWho.get(r.who).push(r); }
      for (const [who, rs] of byWho) ruleSel.append(TS.el('optgroup', {label: who}, rs.map(r => TS.el('option', {value: r.id, selected: r.id === item.rule}, `${r.id}: ${r.summary}`))));
      const mode = TS.el('select', {'data-field': 'mode', 'aria-label': 'force or forbid'},
        TS.el('option', {value: 'forbid', selected: !item.force}, 'forbid'), TS.el('option', {value: 'force', selected: item.force}, 'force'));
      const options = TS.el('div', {class: 'options'});
      const from = TS.el('input', {type: 'text', size: 8, value: item.from, 'data-field': 'from', placeholder: 'YYYY-MM', 'aria-label': 'from month'});
      const to = TS.el('input', {type: 'text', size: 8, value: item.to, 'data-field': 'to', placeholder: 'YYYY-MM', 'aria-label': 'to month'});
      const why = TS.el('input', {type: 'text', size: 44, value: item.rationale, 'data-field': 'rationale', placeholder: 'why? the question, with sources (required)'});
      const remove = TS.el('button', {type: 'button', class: 'small-button', 'data-field': 'remove'}, 'remove');
      const about = TS.el('div', {class: 'small muted'});
      const coefs = TS.el('button', {type: 'button', class: 'small-button', 'data-field': 'coefficients'}, 'its parameters');
      const drawOptions = () => {
        const r = rules.get(item.rule);
        about.textContent = `${r.who} decides each month. ${r.summary}.`;
        item.options = item.options.filter(o => r.options.some(x => x.name === o));
        if (item.force && item.options.length !== 1) item.options = [r.options[r.options.length - 1].name];
        options.replaceChildren(...r.options.map(o => {
          const input = TS.el('input', {type: item.force ? 'radio' : 'checkbox', name: 'iv-' + index, value: o.name, 'data-option': o.name,
            checked: item.options.includes(o.name)});
          input.addEventListener('change', () => {
            if (item.force) item.options = [o.name];
            else if (input.checked) item.options = [...item.options, o.name].filter((x, i, a) => a.indexOf(x) === i);
            else item.options = item.options.filter(x => x !== o.name);
            this.changed();
          });
          return TS.el('label', {class: 'option', title: o.sentence}, input, ' ', TS.el('strong', {}, o.name), TS.el('span', {class: 'small muted'}, ` ${o.sentence}`));
        }));
      };
      ruleSel.addEventListener('change', () => { item.rule = ruleSel.value; item.options = []; drawOptions(); this.changed(); });
      mode.addEventListener('change', () => { item.force = mode.value === 'force'; drawOptions(); this.changed(); });
      for (const [input, key] of [[from, 'from'], [to, 'to'], [why, 'rationale']]) {
        input.addEventListener('input', () => { item[key] = input.value.trim(); this.changed(); });
      }
      remove.addEventListener('click', () => {
        this.items.splice(this.items.indexOf(item), 1);
        this.list.replaceChildren(...this.items.map(x => this.row(x)));
        this.changed();
      });
      coefs.addEventListener('click', () => parameters().show(item.rule.toLowerCase() + '.'));
      drawOptions();
      row.append(TS.el('div', {class: 'controls'}, ruleSel, remove), about,
        TS.el('div', {class: 'controls'}, mode, TS.el('span', {class: 'small muted'}, 'the options checked:')), options,
        TS.el('div', {class: 'controls'}, TS.el('label', {}, 'from '), from, TS.el('label', {}, 'to '), to, coefs),
        TS.el('div', {class: 'controls'}, TS.el('label', {}, 'Why '), why));
      return row;
    },
    yaml() {
      if (agents !== 'decide' || !this.items.length) return [];
      const out = ['interventions:'];
      for (const i of this.items) {
        out.push(`  - decision: ${i.rule}`);
        if (i.force) out.push(`    force: ${i.options[0] || '""'}`);
        else out.push(`    forbid: [${i.options.join(', ')}]`);
        if (i.from) out.push(`    from: ${MONTH.test(i.from) ? i.from : q(i.from)}`);
        if (i.to) out.push(`    to: ${MONTH.test(i.to) ? i.to : q(i.to)}`);
        out.push(`    rationale: ${q(i.rationale)}`);
      }
      return out;
    },
  },
  {
    id: 'parameters',
    title: 'Parameters: move one within its plausible range',
    values: new Map(),
    render(box, base, changed) {
      this.values.clear();
      const why = TS.el('input', {type: 'text', id: 'rationale', size: 50, placeholder: 'why these values? (required for any change)'});
      why.addEventListener('input', changed);
      this.why = why;
      const filter = TS.el('input', {type: 'text', id: 'param-filter', size: 30, placeholder: 'filter: a name or a word', 'aria-label': 'filter the parameters'});
      const count = TS.el('span', {class: 'muted small'});
      const list = TS.el('div', {class: 'param-list'});
      const rows = [];
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
        rows.push({row, text: (p.name + ' ' + p.description).toLowerCase(), name: p.name});
        list.append(row);
      }
      const draw = () => {
        const f = filter.value.toLowerCase().trim();
        let n = 0;
        for (const r of rows) {
          const on = !f || r.text.includes(f) || this.values.has(r.name);
          r.row.classList.toggle('hidden', !on);
          if (on) n++;
        }
        count.textContent = `${n} of ${rows.length} shown`;
      };
      filter.addEventListener('input', draw);
      this.show = text => { filter.value = text; draw(); filter.scrollIntoView({block: 'center'}); };
      box.append(TS.el('div', {class: 'controls'}, TS.el('label', {for: 'rationale'}, 'Why '), why),
        TS.el('div', {class: 'controls'}, filter, count), list);
      draw();
    },
    yaml() {
      if (!this.values.size) return [];
      const out = ['parameters:'];
      for (const [n, v] of this.values) out.push(`  ${n}:`, `    value: ${v}`, `    rationale: ${q(this.why.value)}`);
      return out;
    },
  },
];

const interventions = () => SECTIONS.find(s => s.id === 'interventions');
const parameters = () => SECTIONS.find(s => s.id === 'parameters');

function fmt(x) { return String(Number(Number(x).toPrecision(4))); }

let editor, base, byHand = false, lintTimer = null;

(async function builder() {
  const info = await TS.loadInfo();
  const settings = TS.runControls($('run-controls'), info);
  const [list, catalogue] = await Promise.all([TS.get('/api/scenarios'), TS.get('/api/decisions')]);
  rules = new Map(catalogue.data.map(r => [r.id, r]));
  const wanted = new URLSearchParams(location.search).get('base');
  const select = $('base');
  for (const s of list.data) select.append(TS.el('option', {value: s.name, selected: s.name === wanted}, s.name + (s.extends ? '' : ' (history)')));
  editor = CodeMirror.fromTextArea($('yaml'), {mode: 'yaml', lineNumbers: true, gutters: ['CodeMirror-lint-markers'],
    lint: {getAnnotations: lint, async: true, delay: 500}, readOnly: true, viewportMargin: Infinity});
  window.tsEditor = editor;
  select.addEventListener('change', () => loadBase(select.value));
  for (const id of ['name', 'question']) $(id).addEventListener('input', write);
  $('agents').addEventListener('change', () => {
    agents = $('agents').value;
    SECTIONS[0].draw();
    interventions().sync();
    write();
  });
  $('by-hand').addEventListener('change', e => {
    byHand = e.target.checked;
    editor.setOption('readOnly', !byHand);
    $('form').querySelectorAll('input, select, button').forEach(x => { x.disabled = byHand; });
    if (!byHand) interventions().sync();
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
  agents = base.agents;
  $('agents').value = agents;
  const box = $('sections');
  box.replaceChildren();
  for (const s of SECTIONS) {
    const sec = TS.el('section', {id: 'section-' + s.id}, TS.el('h3', {}, s.title));
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
  if (agents !== base.agents) lines.push('agents: ' + agents);
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
    const parts = d ? [d.removed.length && `removes ${d.removed.length} event(s)`, d.changed.length && `moves or changes ${d.changed.length}`,
      d.added.length && `adds ${d.added.length}`, d.parameters.length && `changes ${d.parameters.length} parameter(s)`,
      d.interventions.length && `intervenes on ${d.interventions.length} decision(s): ${d.interventions.join('; ')}`,
      d.agents_changed && `replays the record with the scripted null model`].filter(Boolean) : [];
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
