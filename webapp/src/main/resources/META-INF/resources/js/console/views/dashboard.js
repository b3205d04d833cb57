// 总览: the round's counts, today's and all defenses with 进入会场, and a form for a new round.

import { button, h } from '../../shared/dom.js';
import { dateTime, isoParts, todayIn, weekday } from '../../shared/format.js';
import { LEVEL_NAMES, OUTCOME_NAMES, outcomeName, stageName } from '../../shared/labels.js';
import { Stage, STAGES } from '../../shared/protocol.js';
import { get, post, query } from '../api.js';
import { badge, clearMessage, field, messageBox, options, showError, table } from '../dom.js';
import { enterRoom } from '../room.js';
import { heading, roundData, section, stat } from './common.js';

export async function render(ctx) {
  const { round } = ctx;
  const view = h('section', { class: 'view view-dashboard' });
  if (!round) {
    view.append(heading('总览', null), h('p', { class: 'message is-info', text: '尚无评审轮次，请先新建一个评审轮次。' }),
      roundForm(ctx, true));
    return view;
  }
  const q = query({ roundId: round.id });
  const [summary, data, results] = await Promise.all([
    get(`/api/defenses/summary${q}`),
    roundData(round, { applicants: true, panels: true, defenses: true }),
    get(`/api/rounds/${round.id}/results`),
  ]);
  const outcomeByDefense = new Map(results.outcomes.map((o) => [o.defenseId, o.outcome]));

  view.append(heading('总览', round));
  followLiveChanges(ctx, view);
  view.append(h('div', { class: 'stats', id: 'summary-stats' },
    stat('须答辩', summary.mandatory, '', 'mandatory'),
    stat('已排程', summary.scheduled, 'is-ok', 'scheduled'),
    stat('待排程', summary.unscheduled, summary.unscheduled ? 'is-warn' : '', 'unscheduled'),
    stat('不符合排程条件', summary.ineligibleCount, summary.ineligibleCount ? 'is-muted' : '', 'ineligible')));

  const stageCounts = count(data.defenses.map((d) => d.stage));
  const outcomeCounts = count(results.outcomes.map((o) => o.outcome));
  view.append(h('div', { class: 'two-col' },
    section('按阶段', h('dl', { class: 'counts', id: 'stage-counts' },
      STAGES.map((s) => [h('dt', { text: stageName(s) }), h('dd', { dataset: { stage: s }, text: String(stageCounts.get(s) || 0) })]))),
    section('按结果', h('dl', { class: 'counts', id: 'outcome-counts' },
      Object.keys(OUTCOME_NAMES).map((o) => [h('dt', { text: OUTCOME_NAMES[o] }), h('dd', { dataset: { outcome: o }, text: String(outcomeCounts.get(o) || 0) })])),
    results.publishedAt ? h('p', { class: 'muted', text: `结果已于 ${dateTime(results.publishedAt)} 发布` }) : h('p', { class: 'muted', text: '结果尚未发布' }))));

  const today = todayIn(round.timeZone);
  const todays = data.defenses.filter((d) => isoParts(d.start).date === today);
  const roomMessage = messageBox();
  const columns = defenseColumns(data, outcomeByDefense, roomMessage);
  view.append(section(`今日答辩（${today} ${weekday(today)}）`,
    table(columns, todays, { empty: '今日没有答辩' })));
  const all = table(columns, data.defenses, { empty: '本轮尚未排定答辩' });
  all.id = 'all-defenses';
  view.append(section(`全部答辩（${data.defenses.length} 场）`, roomMessage, h('div', { class: 'table-scroll' }, all)));
  view.append(roundForm(ctx, false));
  return view;
}

function count(values) {
  const counts = new Map();
  for (const v of values) counts.set(v, (counts.get(v) || 0) + 1);
  return counts;
}

function defenseColumns(data, outcomeByDefense, box) {
  return [
    { label: '编号', class: 'num', cell: (d) => String(d.number) },
    { label: '申报人', cell: (d) => (data.applicantById.get(d.applicantId) || {}).name || `#${d.applicantId}` },
    { label: '级别', cell: (d) => LEVEL_NAMES[(data.applicantById.get(d.applicantId) || {}).level] || '' },
    { label: '评审组', cell: (d) => (data.panelById.get(d.panelId) || {}).name || `#${d.panelId}` },
    { label: '时间', class: 'nowrap', cell: (d) => `${dateTime(d.start)}–${isoParts(d.end).time}` },
    { label: '阶段', cell: (d) => badge(stageName(d.stage), `stage-${d.stage.toLowerCase()}`) },
    { label: '结果', cell: (d) => outcomeName(outcomeByDefense.get(d.id) || 'PENDING') },
    {
      label: '操作',
      class: 'actions',
      cell: (d) => h('span', { class: 'row-actions' },
        button('进入会场', async (event) => {
          clearMessage(box);
          const target = event.currentTarget;
          target.disabled = true;
          try {
            await enterRoom(d.id);
          } catch (error) {
            showError(box, error);
          } finally {
            target.disabled = false;
          }
        }, { class: 'btn btn-small btn-primary', disabled: d.stage === Stage.CLOSED, dataset: { action: 'enter-room', defense: String(d.id) }, 'aria-label': `进入会场：答辩 ${d.number}` }),
        h('a', { class: 'btn btn-small', href: `result.html?d=${d.id}`, target: '_blank', rel: 'noopener', text: '结果单', 'aria-label': `结果单：答辩 ${d.number}` })),
    },
  ];
}

export { defenseColumns };

// ---- 新建评审轮次 ----

const DEFAULT_MINUTES = {
  SENIOR: [10, 15, 5],
  DEPUTY_SENIOR: [8, 12, 5],
  INTERMEDIATE: [5, 10, 5],
  JUNIOR: [5, 5, 5],
};

function roundForm(ctx, open) {
  const year = new Date().getFullYear();
  const input = (props) => h('input', props);
  const name = input({ name: 'name', required: true, maxlength: '200' });
  const yearInput = input({ name: 'year', type: 'number', min: '2000', max: '2100', value: String(year), required: true });
  const zone = options(h('select', { name: 'timeZone' }), [['Asia/Shanghai', '北京时间 (Asia/Shanghai)'], ['Asia/Urumqi', '乌鲁木齐时间 (Asia/Urumqi)']]);
  const from = input({ name: 'defenseFrom', type: 'date', required: true });
  const to = input({ name: 'defenseTo', type: 'date', required: true });
  const amFrom = input({ name: 'amFrom', type: 'time', value: '09:00' });
  const amTo = input({ name: 'amTo', type: 'time', value: '12:00' });
  const pmFrom = input({ name: 'pmFrom', type: 'time', value: '14:30' });
  const pmTo = input({ name: 'pmTo', type: 'time', value: '18:00' });
  const changeover = input({ name: 'changeoverMinutes', type: 'number', min: '0', max: '120', value: '5' });
  const excluded = input({ name: 'excludedDates', placeholder: '2026-12-12, 2026-12-13' });
  const stageSets = Object.entries(LEVEL_NAMES).map(([level, levelLabel]) => h('fieldset', { class: 'stage-set' },
    h('legend', { text: levelLabel }),
    ['陈述', '答辩', '投票'].map((stageLabel, i) => field(`${stageLabel}（分钟）`,
      input({ name: `${level}.${i}`, type: 'number', min: '1', max: '240', value: String(DEFAULT_MINUTES[level][i]), required: true })))));
  const box = messageBox();
  const form = h('form', { class: 'form-grid', id: 'round-form', novalidate: true },
    field('轮次名称', name), field('年度', yearInput), field('时区', zone),
    field('答辩开始日期', from), field('答辩结束日期', to),
    field('上午时段开始', amFrom), field('上午时段结束', amTo),
    field('下午时段开始', pmFrom, '留空则不设下午时段'), field('下午时段结束', pmTo),
    field('两场之间间隔（分钟）', changeover),
    field('不安排答辩的日期', excluded, '用逗号分隔，如节假日、周末'),
    h('div', { class: 'stage-sets span-all' }, stageSets),
    h('div', { class: 'form-actions span-all' }, h('button', { type: 'submit', class: 'btn btn-primary', text: '新建轮次' })),
    h('div', { class: 'span-all' }, box));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearMessage(box);
    const windows = [[amFrom.value, amTo.value], [pmFrom.value, pmTo.value]]
      .filter(([a, b]) => a && b).map(([a, b]) => ({ from: a, to: b }));
    const stageMinutes = {};
    for (const level of Object.keys(LEVEL_NAMES)) {
      const [statement, questions, voting] = [0, 1, 2].map((i) => Number(form.elements[`${level}.${i}`].value));
      stageMinutes[level] = { statement, questions, voting };
    }
    const body = {
      name: name.value.trim(),
      year: Number(yearInput.value),
      timeZone: zone.value,
      defenseFrom: from.value,
      defenseTo: to.value,
      dailyWindows: windows,
      stageMinutes,
      changeoverMinutes: Number(changeover.value || 5),
      excludedDates: excluded.value.split(/[,，\s]+/).map((s) => s.trim()).filter(Boolean),
    };
    try {
      const created = await post('/api/rounds', body);
      await ctx.roundCreated(created.id);
    } catch (error) {
      showError(box, error);
    }
  });
  return h('details', { class: 'card round-form', open },
    h('summary', { text: '新建评审轮次' }), form);
}

/**
 * The server pushes which defense just changed (stage, presence, lobby); the dashboard then shows
 * itself again, a moment later so that a burst of changes costs one reload.
 */
function followLiveChanges(ctx, view) {
  if (typeof EventSource === 'undefined') return;
  const source = new EventSource('/api/live');
  let pending = null;
  const again = () => {
    clearTimeout(pending);
    pending = setTimeout(() => {
      if (ctx.isCurrent()) ctx.refresh();
    }, 800);
  };
  for (const kind of ['stage', 'admitted', 'presence']) source.addEventListener(kind, again);
  source.addEventListener('hello', () => { view.dataset.live = 'on'; });
  ctx.onCleanup(() => {
    clearTimeout(pending);
    source.close();
  });
}
