// 专家随机抽取 beside composing a panel by hand: the specialties, the size, the experts to leave
// out and an optional announced seed; the answer shows the record anyone can re-run the draw with.

import { h } from '../shared/dom.js';
import { post } from './api.js';
import { clearMessage, field, messageBox, options, showError, showOk } from './dom.js';
import { drawBody, drawRecordLines, MAX_MEMBERS, MIN_MEMBERS, validSize } from './draw.js';

export function drawForm(round, specialties, members, reload) {
  const name = h('input', { name: 'name', required: true, maxlength: '100' });
  const codes = options(h('select', { name: 'specialtyCodes', multiple: true, size: '8', required: true }),
    specialties.map((s) => [s.code, `${s.code} ${s.name}`]));
  const size = h('input', { name: 'size', type: 'number', min: String(MIN_MEMBERS), max: String(MAX_MEMBERS), value: '7', required: true });
  const excluded = h('select', { name: 'excludeMemberIds', multiple: true, size: '8' });
  const seed = h('input', { name: 'seed', maxlength: '128', placeholder: '留空则由系统随机生成' });
  const record = h('dl', { class: 'counts draw-record', id: 'draw-record' });
  const box = messageBox();
  let all = members;

  function drawExcluded() {
    options(excluded, all.map((m) => [String(m.id), `${m.name} · ${m.employer}`]));
  }

  const nameOf = (id) => (all.find((m) => m.id === id) || {}).name || `#${id}`;
  const chosen = (select) => [...select.selectedOptions].map((o) => o.value);

  const form = h('form', { class: 'panel-form', id: 'draw-form', novalidate: true },
    h('div', { class: 'stack' },
      field('评审组名称', name),
      field('覆盖专业（可多选）', codes, '候选专家为覆盖所选任一专业的专家'),
      field(`人数（${MIN_MEMBERS}–${MAX_MEMBERS}）`, size, '每个单位至多抽取一人；抽中的第一人任组长'),
      field('随机种子', seed, '可填写事先公布的种子；相同的种子与候选名单总是抽出相同的评审组'),
      h('div', { class: 'form-actions' }, h('button', { type: 'submit', class: 'btn btn-primary', text: '随机抽取' })), box, record),
    h('fieldset', { class: 'members-fieldset' }, h('legend', { text: '排除的专家（可多选）' }), excluded));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearMessage(box);
    record.replaceChildren();
    if (!validSize(size.value)) {
      showError(box, { code: 'panel_size', body: { error: 'panel_size', message: `人数 ${size.value}` } });
      return;
    }
    const body = drawBody({ roundId: round.id, name: name.value, specialtyCodes: chosen(codes), size: size.value,
      excludeMemberIds: chosen(excluded), seed: seed.value });
    try {
      const answer = await post('/api/panels/draw', body);
      showOk(box, `已抽取评审组 ${body.name}`);
      record.replaceChildren(...drawRecordLines(answer, nameOf).flatMap(([term, value]) =>
        [h('dt', { text: term }), h('dd', { class: term.includes('SHA') || term === '随机种子' ? 'mono' : '', text: value })]));
      form.reset();
      await reload();
    } catch (error) {
      showError(box, error);
    }
  });
  drawExcluded();
  return {
    element: h('section', { class: 'card', 'aria-labelledby': 'draw-title' },
      h('h3', { id: 'draw-title', text: `随机抽取评审组（${round.name}）` }), form),
    setMembers(next) {
      all = next;
      drawExcluded();
    },
  };
}
