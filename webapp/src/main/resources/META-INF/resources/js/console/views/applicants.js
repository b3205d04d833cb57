// 申报人: the round's applicants (search, sort), CSV import and a form for one applicant.

import { button, h } from '../../shared/dom.js';
import { fromLocalInput, localInput } from '../../shared/format.js';
import { label, LEVEL_NAMES, levelName } from '../../shared/labels.js';
import { get, post, query } from '../api.js';
import { correctionDialog } from '../correction.js';
import { badge, clearMessage, field, messageBox, options, showError, showOk, table } from '../dom.js';
import { GENDERS, STATUSES, ineligibilityName, statusName } from '../labels.js';
import { heading, noRound, section } from './common.js';

const LEVEL_ORDER = Object.keys(LEVEL_NAMES);
const collator = new Intl.Collator('zh-CN');

const COLUMNS = [
  { key: 'name', label: '姓名', value: (a) => a.name },
  { key: 'idNumber', label: '身份证号', value: (a) => a.idNumber, class: 'mono' },
  { key: 'gender', label: '性别', value: (a) => label(GENDERS, a.gender) },
  { key: 'employer', label: '工作单位', value: (a) => a.employer },
  { key: 'specialty', label: '专业', value: (a) => a.specialtyName || a.specialtyCode },
  { key: 'level', label: '级别', value: (a) => levelName(a.level), order: (a) => LEVEL_ORDER.indexOf(a.level) },
  { key: 'status', label: '状态', value: (a) => statusText(a) },
  { key: 'defenseRequired', label: '是否需答辩', value: (a) => (a.defenseRequired ? '是' : '否') },
  { key: 'reason', label: '排程条件', value: (a) => reasonText(a) },
];

function statusText(a) {
  const own = statusName(a.status);
  return a.effectiveStatus && a.effectiveStatus !== a.status ? `${own}（视为${statusName(a.effectiveStatus)}）` : own;
}

function reasonText(a) {
  if (a.schedulable) return '可排程';
  return ineligibilityName(a.ineligibility, a.ineligibilityReason);
}

export async function render(ctx) {
  const { round } = ctx;
  if (!round) return noRound('申报人');
  const [applicants, specialties] = await Promise.all([
    get(`/api/applicants${query({ roundId: round.id })}`),
    get('/api/specialties'),
  ]);
  const state = { applicants, search: '', sortKey: 'name', ascending: true };
  const correction = correctDialog(round, () => reload());

  const total = h('span', { class: 'muted', id: 'applicant-count' });
  const search = h('input', { type: 'search', id: 'applicant-search', placeholder: '姓名、身份证号、单位或专业' });
  const tableHolder = h('div', { class: 'table-scroll table-tall' });

  function draw() {
    const needle = state.search.trim().toLowerCase();
    const rows = state.applicants.filter((a) => !needle || [a.name, a.idNumber, a.employer, a.specialtyName, a.specialtyCode]
      .some((v) => String(v || '').toLowerCase().includes(needle)));
    const column = COLUMNS.find((c) => c.key === state.sortKey);
    rows.sort((x, y) => {
      const order = column.order ? column.order(x) - column.order(y) : collator.compare(column.value(x), column.value(y));
      return state.ascending ? order : -order;
    });
    total.textContent = needle ? `显示 ${rows.length} / 共 ${state.applicants.length} 人` : `共 ${state.applicants.length} 人`;
    const tableEl = table([...COLUMNS.map((c) => ({
      label: c.label,
      class: c.class,
      cell: (a) => (c.key === 'defenseRequired' ? badge(c.value(a), a.defenseRequired ? 'is-strong' : '')
        : c.key === 'reason' ? badge(c.value(a), a.schedulable ? 'is-ok' : 'is-muted') : c.value(a)),
    })), {
      label: '操作',
      cell: (a) => button('更正', () => correction.open(a),
        { class: 'btn btn-small', dataset: { action: 'correct-applicant', applicant: String(a.id) } }),
    }], rows, { empty: needle ? '没有符合条件的申报人' : '本轮尚无申报人' });
    tableEl.id = 'applicants-table';
    // Sortable headers: a button in each, and aria-sort on the sorted one.
    tableEl.querySelectorAll('thead th').forEach((th, i) => {
      const c = COLUMNS[i];
      if (!c) return; // the actions column does not sort
      const sorted = c.key === state.sortKey;
      th.replaceChildren(h('button', {
        type: 'button',
        class: 'sort-button',
        dataset: { sort: c.key },
        text: c.label + (sorted ? (state.ascending ? ' ▲' : ' ▼') : ''),
        onClick: () => {
          state.ascending = sorted ? !state.ascending : true;
          state.sortKey = c.key;
          draw();
          tableHolder.querySelector(`[data-sort="${c.key}"]`).focus();
        },
      }));
      if (sorted) th.setAttribute('aria-sort', state.ascending ? 'ascending' : 'descending');
    });
    tableHolder.replaceChildren(tableEl);
  }

  async function reload() {
    state.applicants = await get(`/api/applicants${query({ roundId: round.id })}`);
    if (ctx.isCurrent()) draw();
  }

  search.addEventListener('input', () => {
    state.search = search.value;
    draw();
  });
  draw();

  return h('section', { class: 'view view-applicants' },
    heading('申报人', round, total),
    h('div', { class: 'toolbar' }, field('搜索', search)),
    tableHolder,
    correction.element,
    h('div', { class: 'two-col' }, importCard(round, reload), addCard(round, specialties, reload)));
}

function importCard(round, reload) {
  const file = h('input', { type: 'file', id: 'import-file', name: 'file', accept: '.csv,text/csv' });
  const box = messageBox();
  const report = h('div', { id: 'import-report' });
  const submit = h('button', { type: 'submit', class: 'btn btn-primary', id: 'import-button', text: '导入' });
  const form = h('form', { class: 'stack', novalidate: true },
    field('CSV 文件', file, 'UTF-8，首行为表头；列名可用英文字段名或中文表头（姓名、身份证号、性别、工作单位、专业代码、级别、状态）'),
    h('div', { class: 'form-actions' }, submit), box, report);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearMessage(box);
    report.replaceChildren();
    const chosen = file.files && file.files[0];
    if (!chosen) {
      showError(box, { status: 400, body: { message: '请先选择 CSV 文件' } });
      return;
    }
    submit.disabled = true;
    try {
      const bytes = await chosen.arrayBuffer();
      const result = await post(`/api/applicants/import${query({ roundId: round.id })}`, { raw: bytes, type: 'text/csv' });
      const rejected = result.rejected || [];
      showOk(box, h('p', {}, '已导入 ', h('strong', { id: 'import-created', text: String(result.created) }), ' 人',
        rejected.length ? `，${rejected.length} 行未导入` : ''));
      if (rejected.length) {
        const rejectedTable = table([
          { label: '行号', class: 'num', cell: (r) => String(r.line) },
          { label: '原因', cell: (r) => r.reason },
        ], rejected, { caption: '未导入的行（表头为第 1 行）' });
        rejectedTable.id = 'import-rejected';
        report.replaceChildren(rejectedTable);
      }
      form.reset();
      await reload();
    } catch (error) {
      showError(box, error);
    } finally {
      submit.disabled = false;
    }
  });
  return section('导入申报人（CSV）', form);
}

function addCard(round, specialties, reload) {
  const select = (name, items, placeholder) => options(h('select', { name, required: true }), items, { placeholder });
  const name = h('input', { name: 'name', required: true, maxlength: '100' });
  const idNumber = h('input', { name: 'idNumber', required: true, maxlength: '18', class: 'mono', autocomplete: 'off' });
  const gender = select('gender', Object.entries(GENDERS));
  const employer = h('input', { name: 'employer', required: true, maxlength: '200' });
  const specialty = select('specialtyCode', specialties.map((s) => [s.code, `${s.code} ${s.name}`]), '请选择专业');
  const level = select('level', Object.entries(LEVEL_NAMES));
  const status = select('status', Object.entries(STATUSES));
  status.value = 'FEE_PAID';
  const returnedAt = h('input', { name: 'returnedAt', type: 'datetime-local' });
  const barredUntil = h('input', { name: 'barredUntil', type: 'date' });
  const box = messageBox();
  const form = h('form', { class: 'form-grid', id: 'applicant-form', novalidate: true },
    field('姓名', name), field('身份证号', idNumber), field('性别', gender), field('工作单位', employer),
    field('专业', specialty), field('申报级别', level), field('状态', status),
    field('退回时间', returnedAt, '仅“已退回”时填写'), field('诚信限制截止日期', barredUntil, '无则留空'),
    h('div', { class: 'form-actions span-all' }, h('button', { type: 'submit', class: 'btn btn-primary', text: '添加申报人' })),
    h('div', { class: 'span-all' }, box));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearMessage(box);
    const body = {
      roundId: round.id,
      name: name.value.trim(),
      idNumber: idNumber.value.trim().toUpperCase(),
      gender: gender.value,
      employer: employer.value.trim(),
      specialtyCode: specialty.value,
      level: level.value,
      status: status.value,
    };
    if (returnedAt.value) body.returnedAt = fromLocalInput(round, returnedAt.value);
    if (barredUntil.value) body.barredUntil = barredUntil.value;
    try {
      const created = await post('/api/applicants', body);
      showOk(box, `已添加 ${body.name}${created.defenseRequired ? '（须答辩）' : '（无需答辩）'}`);
      form.reset();
      status.value = 'FEE_PAID';
      await reload();
    } catch (error) {
      showError(box, error);
    }
  });
  return section('添加申报人', form);
}

/** 更正: one applicant's status, return time, integrity bar, employer, name and contact, with the reason. */
function correctDialog(round, reload) {
  const name = h('input', { name: 'name', required: true, maxlength: '100' });
  const employer = h('input', { name: 'employer', required: true, maxlength: '200' });
  const status = options(h('select', { name: 'status', required: true }), Object.entries(STATUSES));
  const returnedAt = h('input', { name: 'returnedAt', type: 'datetime-local' });
  const barredUntil = h('input', { name: 'barredUntil', type: 'date' });
  const email = h('input', { name: 'email', type: 'email', maxlength: '200', autocomplete: 'off' });
  const phone = h('input', { name: 'phone', type: 'tel', maxlength: '32', autocomplete: 'off' });
  const dialog = correctionDialog({
    id: 'applicant-correction',
    title: '更正申报人信息',
    fields: [
      { label: '姓名', control: name }, { label: '工作单位', control: employer }, { label: '状态', control: status },
      { label: '退回时间', control: returnedAt, hint: '仅“已退回”时填写' },
      { label: '诚信限制截止日期', control: barredUntil, hint: '无则留空' },
      { label: '邮箱', control: email }, { label: '手机号', control: phone },
    ],
    fill(a) {
      name.value = a.name || '';
      employer.value = a.employer || '';
      status.value = a.status;
      returnedAt.value = localInput(a.returnedAt);
      barredUntil.value = a.barredUntil || '';
      email.value = a.email || '';
      phone.value = a.phone || '';
    },
    original: (a) => ({ ...a, returnedAt: localInput(a.returnedAt) }),
    read: () => ({
      name: name.value, employer: employer.value, status: status.value, returnedAt: returnedAt.value,
      barredUntil: barredUntil.value, email: email.value, phone: phone.value,
    }),
    path: (a) => `/api/applicants/${a.id}`,
    // The API takes the return time with the round's offset; the input holds it without one.
    prepare: (body) => ('returnedAt' in body ? { ...body, returnedAt: fromLocalInput(round, body.returnedAt) } : body),
    done: reload,
  });
  return {
    element: dialog.element,
    open: (a) => dialog.open(a, `更正申报人信息：${a.name}`),
  };
}
