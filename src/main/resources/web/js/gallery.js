// The gallery: the shipped scenarios with their questions; replay one, compare what-ifs, or build from one.
'use strict';

(async function gallery() {
  const box = document.getElementById('gallery'), errorBox = document.getElementById('error');
  const info = await TS.loadInfo();
  const settings = TS.runControls(document.getElementById('run-controls'), info);
  const r = await TS.get('/api/scenarios');
  if (!r.ok) { TS.showError(errorBox, r.data); return; }
  const scenarios = r.data, ticked = new Set();
  const compareBtn = document.getElementById('compare-selected');
  const note = document.getElementById('compare-note');
  const maxW = info.limits.max_whatifs;

  const update = () => {
    compareBtn.disabled = ticked.size === 0 || ticked.size > maxW;
    note.textContent = ticked.size > maxW ? `at most ${maxW} what-ifs at once on this server` : `${ticked.size} ticked`;
  };
  const baseOf = s => scenarios.find(x => x.file === s.extends) || scenarios.find(x => !x.extends);

  for (const s of scenarios) {
    const actions = TS.el('div', {class: 'actions'},
      TS.el('button', {type: 'button', class: 'primary', 'data-action': 'replay', 'data-name': s.name,
        onclick: () => TS.submitJob({kind: 'run', scenario: {shipped: s.name}, ...settings()}, errorBox)}, 'Replay'),
      s.extends ? TS.el('button', {type: 'button', 'data-action': 'compare', 'data-name': s.name,
        onclick: () => TS.submitJob({kind: 'compare', base: {shipped: baseOf(s).name}, whatifs: [{shipped: s.name}], ...settings()}, errorBox)},
        'Compare with ' + baseOf(s).name) : null,
      TS.el('a', {class: 'button', href: 'builder.html?base=' + encodeURIComponent(s.name)}, 'Build a what-if from it'));
    const tick = s.extends ? TS.el('label', {class: 'small'}, TS.el('input', {type: 'checkbox', 'data-name': s.name, onchange: e => {
      if (e.target.checked) ticked.add(s.name); else ticked.delete(s.name);
      update();
    }}), ' tick to compare') : null;
    box.append(TS.el('article', {class: 'card' + (s.extends ? '' : ' base'), 'data-name': s.name},
      TS.el('h3', {}, s.title || s.name),
      TS.el('p', {class: 'question'}, s.question),
      TS.el('div', {class: 'meta'}, `${s.name} · ${s.span[0]} to ${s.span[1]} · ${s.shocks} shocks`
        + (s.interventions ? ` · ${s.interventions} intervention${s.interventions > 1 ? 's' : ''}` : '')
        + (s.agents === 'scripted' ? ' · scripted null model' : '')
        + (s.extends ? ` · changes ${s.extends}` : ' · the documented history')),
      tick, actions));
  }
  compareBtn.addEventListener('click', () => {
    const names = [...ticked];
    const base = baseOf(scenarios.find(s => s.name === names[0]));
    TS.submitJob({kind: 'compare', base: {shipped: base.name}, whatifs: names.map(n => ({shipped: n})), ...settings()}, errorBox);
  });
  update();
})();
