// 专家与评审组: the experts with a form for a new one, and the round's panels with a form for a new one
// and one to draw a panel at random (专家随机抽取).

import { button, h } from '../../shared/dom.js';
import { get, post, query } from '../api.js';
import { correctionDialog } from '../correction.js';
import { drawForm } from '../draw-form.js';
import { clearMessage, field, messageBox, options, showError, showOk, table } from '../dom.js';
import { heading, noRound, section } from './common.js';

const MIN_MEMBERS = 5;
const MAX_MEMBERS = 9;
const collator = new Intl.Collator('zh-CN');

export async function render(ctx) {
  const { round } = ctx;
  const [members, specialties, panels] = await Promise.all([
    get('/api/members'),
    get('/api/specialties'),
    round ? get(`/api/panels${query({ roundId: round.id })}`) : [],
  ]);
  const specialtyName = new Map(specialties.map((s) => [s.code, s.name]));
  const names = (codes) => (codes || []).map((c) => specialtyName.get(c) || c).join('、');
  const state = { members, panels };
  const expertCorrection = expertDialog(specialties, () => reloadMembers());
  const panelCorrection = panelDialog(() => state.members, specialties, () => reloadPanels());

  const expertsHolder = h('div', { class: 'table-scroll table-tall' });
  const panelsHolder = h('div', { id: 'panels-list' });
  const expertCount = h('span', { class: 'muted' });
  const panelCount = h('span', { class: 'muted' });

  function drawExperts() {
    const rows = state.members.slice().sort((a, b) => a.id - b.id);
    expertCount.textContent = `共 ${rows.length} 人`;
    const t = table([
      { label: '姓名', cell: (m) => m.name },
      { label: '工作单位', cell: (m) => m.employer },
      { label: '专业', cell: (m) => names(m.specialtyCodes) },
      { label: '用户名', class: 'mono', cell: (m) => m.username },
      {
        label: '操作',
        cell: (m) => button('更正', () => expertCorrection.open(m),
          { class: 'btn btn-small', dataset: { action: 'correct-member', member: String(m.id) } }),
      },
    ], rows, { empty: '尚无评审专家' });
    t.id = 'experts-table';
    expertsHolder.replaceChildren(t);
  }

  function drawPanels() {
    panelCount.textContent = round ? `本轮共 ${state.panels.length} 个评审组` : '';
    if (!round) {
      panelsHolder.replaceChildren(noRound('评审组'));
      return;
    }
    if (!state.panels.length) {
      panelsHolder.replaceChildren(h('p', { class: 'muted', text: '本轮尚无评审组' }));
      return;
    }
    panelsHolder.replaceChildren(...state.panels.map((p) => {
      const quorum = Math.ceil((2 * p.members.length) / 3);
      return h('article', { class: 'panel-card', dataset: { panel: String(p.id) } },
        h('h4', { text: p.name }),
        button('更正', () => panelCorrection.open(p),
          { class: 'btn btn-small', dataset: { action: 'correct-panel', panel: String(p.id) } }),
        h('p', { class: 'muted', text: `${names(p.specialtyCodes)} · ${p.members.length} 人 · 法定人数 ${quorum}` }),
        h('ul', { class: 'member-list' }, p.members.map((m) => h('li', {},
          h('span', { text: m.name }),
          m.id === p.chairId ? h('span', { class: 'badge is-strong', text: '组长' }) : null,
          h('span', { class: 'muted', text: ` ${m.employer}` })))));
    }));
  }

  async function reloadMembers() {
    state.members = await get('/api/members');
    if (!ctx.isCurrent()) return;
    drawExperts();
    if (panelForm) panelForm.setMembers(state.members);
    if (panelDraw) panelDraw.setMembers(state.members);
  }

  async function reloadPanels() {
    state.panels = await get(`/api/panels${query({ roundId: round.id })}`);
    if (ctx.isCurrent()) drawPanels();
  }

  const panelForm = round ? panelCard(round, specialties, state.members, names, reloadPanels) : null;
  const panelDraw = round ? drawForm(round, specialties, state.members, reloadPanels) : null;
  drawExperts();
  drawPanels();

  return h('section', { class: 'view view-experts' },
    heading('专家与评审组', round),
    h('div', { class: 'two-col wide-left' },
      section('评审专家', expertCount, expertsHolder),
      expertCard(specialties, reloadMembers)),
    section('评审组', panelCount, panelsHolder),
    panelForm ? panelForm.element : null,
    panelDraw ? panelDraw.element : null,
    expertCorrection.element, panelCorrection.element);
}

function specialtySelect(name, specialties) {
  return options(h('select', { name, multiple: true, size: '8', required: true }),
    specialties.map((s) => [s.code, `${s.code} ${s.name}`]));
}

function selected(select) {
  return [...select.selectedOptions].map((o) => o.value);
}

function selectAll(select, values) {
  const chosen = new Set((values || []).map(String));
  [...select.options].forEach((o) => { o.selected = chosen.has(o.value); });
}

/** 更正: an expert's name, employer and specialties, or a new password for their account, with the reason. */
function expertDialog(specialties, reload) {
  const name = h('input', { name: 'name', required: true, maxlength: '100' });
  const employer = h('input', { name: 'employer', required: true, maxlength: '200' });
  const codes = specialtySelect('specialtyCodes', specialties);
  const password = h('input', { name: 'password', type: 'password', minlength: '10', maxlength: '128', autocomplete: 'new-password' });
  const dialog = correctionDialog({
    id: 'member-correction',
    title: '更正专家信息',
    fields: [
      { label: '姓名', control: name }, { label: '工作单位', control: employer },
      { label: '专业（可多选）', control: codes, hint: '按住 Ctrl 或 Shift 多选' },
      { label: '重置密码', control: password, hint: '留空则不重置；至少 10 位' },
    ],
    fill(m) {
      name.value = m.name || '';
      employer.value = m.employer || '';
      selectAll(codes, m.specialtyCodes);
      password.value = '';
    },
    original: (m) => ({ ...m, password: '' }),
    read: () => ({ name: name.value, employer: employer.value, specialtyCodes: selected(codes), password: password.value }),
    path: (m) => `/api/members/${m.id}`,
    done: reload,
  });
  return { element: dialog.element, open: (m) => dialog.open(m, `更正专家信息：${m.name}（${m.username}）`) };
}

/** 更正: a panel's members, chair and specialties, with the reason. */
function panelDialog(members, specialties, reload) {
  const codes = specialtySelect('specialtyCodes', specialties);
  const sitting = h('select', { name: 'memberIds', multiple: true, size: '8', required: true });
  const chair = h('select', { name: 'chairId', required: true });
  function drawChair() {
    const previous = chair.value;
    options(chair, [...sitting.selectedOptions].map((o) => [o.value, o.textContent]));
    if ([...chair.options].some((o) => o.value === previous)) chair.value = previous;
  }
  sitting.addEventListener('change', drawChair);
  const dialog = correctionDialog({
    id: 'panel-correction',
    title: '更正评审组',
    fields: [
      { label: `评委（${MIN_MEMBERS}–${MAX_MEMBERS} 人，可多选）`, control: sitting, hint: '按住 Ctrl 或 Shift 多选' },
      { label: '组长', control: chair, hint: '从所选评委中指定' },
      { label: '覆盖专业（可多选）', control: codes },
    ],
    fill(p) {
      const all = members().slice().sort((a, b) => collator.compare(a.name, b.name));
      options(sitting, all.map((m) => [String(m.id), `${m.name} · ${m.employer}`]));
      selectAll(sitting, p.memberIds);
      drawChair();
      chair.value = String(p.chairId);
      selectAll(codes, p.specialtyCodes);
    },
    read: () => ({
      memberIds: selected(sitting).map(Number), chairId: chair.value ? Number(chair.value) : null, specialtyCodes: selected(codes),
    }),
    path: (p) => `/api/panels/${p.id}`,
    done: reload,
  });
  return { element: dialog.element, open: (p) => dialog.open(p, `更正评审组：${p.name}`) };
}

function expertCard(specialties, reload) {
  const name = h('input', { name: 'name', required: true, maxlength: '100' });
  const employer = h('input', { name: 'employer', required: true, maxlength: '200' });
  const codes = specialtySelect('specialtyCodes', specialties);
  const username = h('input', { name: 'username', required: true, maxlength: '64', autocomplete: 'off', pattern: '[A-Za-z0-9][A-Za-z0-9._-]{2,63}' });
  const password = h('input', { name: 'password', type: 'password', required: true, minlength: '8', maxlength: '128', autocomplete: 'new-password' });
  const box = messageBox();
  const form = h('form', { class: 'stack', id: 'expert-form', novalidate: true },
    field('姓名', name), field('工作单位', employer),
    field('专业（可多选）', codes, '按住 Ctrl 或 Shift 多选'),
    field('登录用户名', username, '3–64 位字母、数字、“.”“_”“-”'),
    field('初始密码', password, '至少 8 位'),
    h('div', { class: 'form-actions' }, h('button', { type: 'submit', class: 'btn btn-primary', text: '添加专家' })), box);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearMessage(box);
    const body = {
      name: name.value.trim(),
      employer: employer.value.trim(),
      specialtyCodes: selected(codes),
      username: username.value.trim(),
      password: password.value,
    };
    try {
      await post('/api/members', body);
      showOk(box, `已添加专家 ${body.name}（用户名 ${body.username}）`);
      form.reset();
      await reload();
    } catch (error) {
      showError(box, error);
    }
  });
  return section('添加专家', form);
}

function panelCard(round, specialties, members, names, reload) {
  const name = h('input', { name: 'name', required: true, maxlength: '100' });
  const codes = specialtySelect('specialtyCodes', specialties);
  const filter = h('input', { type: 'search', placeholder: '按姓名、单位或专业筛选' });
  const list = h('div', { class: 'check-list', id: 'panel-members' });
  const counter = h('p', { class: 'muted', 'aria-live': 'polite' });
  const chair = options(h('select', { name: 'chairId', required: true }), [], { placeholder: '请先选择评委' });
  const box = messageBox();
  let all = members;
  const checked = new Set();

  function drawList() {
    const needle = filter.value.trim().toLowerCase();
    const rows = all.slice().sort((a, b) => collator.compare(a.name, b.name));
    list.replaceChildren(...rows.map((m) => {
      const id = `panel-member-${m.id}`;
      const box2 = h('input', { type: 'checkbox', id, value: String(m.id), checked: checked.has(m.id) });
      box2.addEventListener('change', () => {
        if (box2.checked) checked.add(m.id);
        else checked.delete(m.id);
        drawChair();
      });
      const text = `${m.name} ${m.employer} ${names(m.specialtyCodes)}`.toLowerCase();
      return h('div', { class: 'check-item', hidden: Boolean(needle) && !text.includes(needle) },
        box2, h('label', { for: id }, h('span', { text: m.name }), h('small', { class: 'muted', text: ` ${m.employer} · ${names(m.specialtyCodes)}` })));
    }));
  }

  function drawChair() {
    const picked = all.filter((m) => checked.has(m.id));
    const previous = chair.value;
    options(chair, picked.map((m) => [String(m.id), m.name]), { placeholder: picked.length ? '请选择组长' : '请先选择评委' });
    if (picked.some((m) => String(m.id) === previous)) chair.value = previous;
    const n = picked.length;
    counter.textContent = `已选 ${n} 人（须 ${MIN_MEMBERS}–${MAX_MEMBERS} 人）`;
    counter.classList.toggle('is-bad', n > 0 && (n < MIN_MEMBERS || n > MAX_MEMBERS));
  }

  filter.addEventListener('input', drawList);
  drawList();
  drawChair();

  const form = h('form', { class: 'panel-form', id: 'panel-form', novalidate: true },
    h('div', { class: 'stack' },
      field('评审组名称', name),
      field('覆盖专业（可多选）', codes, '按住 Ctrl 或 Shift 多选'),
      field('组长', chair, '从已选评委中指定'),
      h('div', { class: 'form-actions' }, h('button', { type: 'submit', class: 'btn btn-primary', text: '新建评审组' })), box),
    h('fieldset', { class: 'members-fieldset' }, h('legend', { text: `评委（${MIN_MEMBERS}–${MAX_MEMBERS} 人）` }),
      field('筛选', filter), list, counter));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearMessage(box);
    const memberIds = [...checked];
    if (memberIds.length < MIN_MEMBERS || memberIds.length > MAX_MEMBERS) {
      showError(box, { code: 'panel_size', body: { error: 'panel_size', message: `已选 ${memberIds.length} 人` } });
      return;
    }
    const body = {
      roundId: round.id,
      name: name.value.trim(),
      specialtyCodes: selected(codes),
      memberIds,
      chairId: chair.value ? Number(chair.value) : null,
    };
    try {
      await post('/api/panels', body);
      showOk(box, `已新建评审组 ${body.name}`);
      form.reset();
      checked.clear();
      drawList();
      drawChair();
      await reload();
    } catch (error) {
      showError(box, error);
    }
  });
  return {
    element: section(`新建评审组（${round.name}）`, form),
    setMembers(next) {
      all = next;
      drawList();
      drawChair();
    },
  };
}
