// 日程安排: the round's summary, who still needs a defense, a day × panel calendar, scheduling
// by hand (with every broken rule shown), moving and cancelling, a member's recusal (回避), join
// links, printable and emailed notices, and the solver's proposals.

import { button, h } from '../../shared/dom.js';
import { dateTime, isoParts, startIn, weekday } from '../../shared/format.js';
import { levelName, outcomeName, stageName } from '../../shared/labels.js';
import { Stage } from '../../shared/protocol.js';
import { del, get, post, put, query } from '../api.js';
import { badge, clearMessage, conflictList, copyText, field, messageBox, options, showError, showOk, table } from '../dom.js';
import { ineligibilityName } from '../labels.js';
import { daySummary, failedNotice, noticeLine } from '../notices.js';
import { commitChoice, elapsedText, endedByName, unplacedLines } from '../proposal.js';
import { recusalDialog, recusalOpen } from '../recusal.js';
import { heading, noRound, roundData, section, stat } from './common.js';

const POLL_MS = 1000;
const SOLVER_SECONDS = 30;

const STATUS_TEXT = { SOLVING: '求解中', DONE: '已完成', FAILED: '求解失败' };

export async function render(ctx) {
  const { round } = ctx;
  if (!round) return noRound('日程安排');
  const data = {};
  const q = query({ roundId: round.id });

  async function load() {
    const [summary, unscheduled, rest] = await Promise.all([
      get(`/api/defenses/summary${q}`),
      get(`/api/defenses/unscheduled${q}`),
      roundData(round, { applicants: true, panels: true, defenses: true }),
    ]);
    Object.assign(data, rest, { summary, unscheduled });
  }
  await load();

  const summaryHolder = h('div');
  const unscheduledHolder = h('div', { class: 'table-scroll' });
  const calendarHolder = h('div', { class: 'calendar-scroll', id: 'calendar' });
  const calendarMessage = messageBox();
  const notices = noticesCard(round, data);
  const moveDialog = moveDialogFor(round, data, refresh);
  const recusal = recusalDialog('recusal-dialog', async (r) => {
    await refresh();
    showOk(calendarMessage, `已登记评委回避（${memberName(r.memberId)}）`);
  });
  const manual = manualCard(round, data, refresh);
  const solver = solverCard(ctx, round, data, refresh);

  function drawSummary() {
    const s = data.summary;
    const ineligible = s.ineligible || [];
    summaryHolder.replaceChildren(...[
      h('div', { class: 'stats', id: 'schedule-stats' },
        stat('须答辩', s.mandatory, '', 'mandatory'),
        stat('已排程', s.scheduled, 'is-ok', 'scheduled'),
        stat('待排程', s.unscheduled, s.unscheduled ? 'is-warn' : '', 'unscheduled'),
        stat('不符合排程条件', s.ineligibleCount, s.ineligibleCount ? 'is-muted' : '', 'ineligible')),
      ineligible.length ? h('details', { class: 'ineligible' },
        h('summary', { text: `不符合排程条件的申报人（${ineligible.length}）` }),
        h('ul', {}, ineligible.map((i) => h('li', { text: `${i.name}：${ineligibilityName(i.reason, i.description)}` }))))
        : null,
    ].filter(Boolean));
  }

  /** An applicant held again: each earlier defense with how it ended (无效, 缺席). */
  function earlierDefenses(earlier) {
    if (!earlier || !earlier.length) return '—';
    return earlier.map((d) => `${outcomeName(d.outcome)}（${dateTime(d.closedAt)}）`).join('；');
  }

  function drawUnscheduled() {
    const t = table([
      { label: '姓名', cell: (u) => u.name },
      { label: '级别', cell: (u) => levelName(u.level) },
      { label: '专业', cell: (u) => u.specialtyName || u.specialtyCode },
      { label: '工作单位', cell: (u) => u.employer },
      { label: '此前答辩', cell: (u) => earlierDefenses(u.earlierDefenses) },
      { label: '操作', class: 'actions', cell: (u) => button((u.earlierDefenses || []).length ? '重新安排' : '安排', () => manual.pick(u.applicantId), { class: 'btn btn-small', 'aria-label': `安排 ${u.name}` }) },
    ], data.unscheduled, { empty: '所有须答辩且符合条件的申报人均已排程' });
    t.id = 'unscheduled-table';
    unscheduledHolder.replaceChildren(t);
  }

  function drawCalendar() {
    calendarHolder.replaceChildren(calendar(round, data.panels, data.defenses.map((d) => ({
      ...d,
      applicant: data.applicantById.get(d.applicantId),
    })), (d) => defenseItem(d), (day) => button('发送当日通知', () => notices.emailDay(day), {
      class: 'btn btn-tiny', dataset: { action: 'email-day-notices', day }, 'aria-label': `发送 ${day} 全部答辩通知邮件`,
    })));
  }

  function defenseItem(d) {
    const who = d.applicant ? d.applicant.name : `#${d.applicantId}`;
    const closed = d.stage === Stage.CLOSED;
    const started = d.stage !== Stage.SCHEDULED;
    return h('div', { class: `slot stage-${d.stage.toLowerCase()}`, dataset: { defense: String(d.id) } },
      h('div', { class: 'slot-head' },
        h('span', { class: 'slot-time', text: `${isoParts(d.start).time}–${isoParts(d.end).time}` }),
        badge(stageName(d.stage), `stage-${d.stage.toLowerCase()}`)),
      h('div', { class: 'slot-who' }, h('strong', { text: `第 ${d.number} 号 ` }), who,
        d.applicant ? h('small', { class: 'muted', text: ` ${levelName(d.applicant.level)}` }) : null),
      h('div', { class: 'slot-actions' },
        button('调整', () => moveDialog.open(d), { class: 'btn btn-tiny', disabled: started, 'aria-label': `调整答辩 ${d.number}` }),
        button('取消', () => cancel(d, who), { class: 'btn btn-tiny btn-danger', disabled: started, 'aria-label': `取消答辩 ${d.number}` }),
        button('通知', () => notices.create(d), { class: 'btn btn-tiny', disabled: closed, dataset: { action: 'join-link' }, 'aria-label': `生成答辩通知 ${d.number}` }),
        button('发送通知', () => notices.email(d), { class: 'btn btn-tiny', disabled: closed, dataset: { action: 'email-notice' }, 'aria-label': `发送答辩通知邮件 ${d.number}` }),
        button('回避', () => recuse(d, who), { class: 'btn btn-tiny', disabled: !recusalOpen(d.stage), dataset: { action: 'recuse' }, 'aria-label': `评委回避 ${d.number}` })));
  }

  function memberName(id) {
    const member = data.panels.flatMap((p) => p.members).find((m) => m.id === id);
    return member ? member.name : `#${id}`;
  }

  function recuse(d, who) {
    clearMessage(calendarMessage);
    recusal.open(d.id, `第 ${d.number} 号答辩（${who}）：评委回避`,
      d.eligibleMemberIds.map((id) => [id, memberName(id)]));
  }

  async function cancel(d, who) {
    clearMessage(calendarMessage);
    if (!window.confirm(`确定取消第 ${d.number} 号答辩（${who}，${dateTime(d.start)}）？`)) return;
    try {
      await del(`/api/defenses/${d.id}`);
      showOk(calendarMessage, `已取消第 ${d.number} 号答辩`);
      await refresh();
    } catch (error) {
      showError(calendarMessage, error);
    }
  }

  function drawAll() {
    drawSummary();
    drawUnscheduled();
    drawCalendar();
    manual.update();
  }

  async function refresh() {
    await load();
    if (ctx.isCurrent()) drawAll();
  }

  drawAll();
  ctx.onCleanup(() => solver.stop());

  return h('section', { class: 'view view-schedule' },
    heading('日程安排', round),
    summaryHolder,
    h('div', { class: 'two-col wide-left' },
      section(`待排程（${data.unscheduled.length}）`, unscheduledHolder),
      manual.element),
    solver.element,
    section('答辩日程（日期 × 评审组）', h('p', { class: 'muted', text: `时间为 ${round.timeZone} 时区` }), calendarMessage, calendarHolder),
    notices.element,
    moveDialog.element,
    recusal.element);
}

/**
 * A table with a row per day and a column per panel; items go into their cell in time order;
 * renderDay (optional) adds to each day's heading.
 */
function calendar(round, panels, items, renderItem, renderDay) {
  if (!items.length) return h('p', { class: 'muted', text: '尚未排定答辩' });
  const days = [...new Set(items.map((i) => isoParts(i.start).date))].sort();
  const panelIds = [...new Set([...panels.map((p) => p.id), ...items.map((i) => i.panelId)])];
  const panelName = new Map(panels.map((p) => [p.id, p.name]));
  const usedPanels = panelIds.filter((id) => items.some((i) => i.panelId === id));
  const head = h('thead', {}, h('tr', {}, h('th', { scope: 'col', text: '日期' }),
    usedPanels.map((id) => h('th', { scope: 'col', text: panelName.get(id) || `评审组 ${id}` }))));
  const body = h('tbody', {}, days.map((day) => h('tr', {},
    h('th', { scope: 'row', class: 'day' }, h('span', { text: day }), h('small', { text: weekday(day) }),
      renderDay ? renderDay(day) : null),
    usedPanels.map((id) => h('td', {}, items
      .filter((i) => i.panelId === id && isoParts(i.start).date === day)
      .sort((a, b) => (a.start < b.start ? -1 : 1))
      .map(renderItem))))));
  return h('table', { class: 'calendar' }, head, body);
}

function showConflicts(box, error) {
  showError(box, error);
  const list = conflictList(error);
  if (list) {
    box.replaceChildren(h('p', { text: `无法安排：违反 ${error.body.conflicts.length} 条排程规则` }), list);
  }
}

// ---- Scheduling by hand ----

function manualCard(round, data, refresh) {
  const applicant = h('select', { name: 'applicantId', id: 'schedule-applicant', required: true });
  const panel = h('select', { name: 'panelId', id: 'schedule-panel', required: true });
  const firstWindow = ((round.dailyWindows || [])[0] || {}).from || '09:00';
  const date = h('input', { name: 'date', type: 'date', id: 'schedule-date', min: round.defenseFrom, max: round.defenseTo, value: round.defenseFrom, required: true });
  const time = h('input', { name: 'time', type: 'time', id: 'schedule-time', step: '300', value: firstWindow, required: true });
  const box = messageBox();
  box.id = 'schedule-message';
  const windows = (round.dailyWindows || []).map((w) => `${w.from}–${w.to}`).join('，');
  const form = h('form', { class: 'stack', id: 'schedule-form', novalidate: true },
    field('申报人', applicant), field('评审组', panel),
    h('div', { class: 'field-row' }, field('日期', date), field('开始时间', time, `每日时段：${windows}`)),
    h('div', { class: 'form-actions' }, h('button', { type: 'submit', class: 'btn btn-primary', text: '安排答辩' })), box);

  function update() {
    const chosen = applicant.value;
    options(applicant, data.unscheduled.map((u) => [String(u.applicantId), `${u.name} · ${levelName(u.level)} · ${u.specialtyName || u.specialtyCode}`]),
      { placeholder: data.unscheduled.length ? '请选择申报人' : '没有待排程的申报人' });
    if (data.unscheduled.some((u) => String(u.applicantId) === chosen)) applicant.value = chosen;
    updatePanels();
  }

  function updatePanels() {
    const chosen = panel.value;
    const who = data.unscheduled.find((u) => String(u.applicantId) === applicant.value);
    options(panel, data.panels.map((p) => {
      const covers = !who || p.specialtyCodes.includes(who.specialtyCode);
      return [String(p.id), `${p.name}（${p.members.length} 人）${covers ? '' : ' · 不含该专业'}`];
    }), { placeholder: data.panels.length ? '请选择评审组' : '本轮尚无评审组' });
    if (data.panels.some((p) => String(p.id) === chosen)) panel.value = chosen;
    else if (who) {
      const covering = data.panels.find((p) => p.specialtyCodes.includes(who.specialtyCode));
      if (covering) panel.value = String(covering.id);
    }
  }

  applicant.addEventListener('change', updatePanels);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearMessage(box);
    if (!applicant.value || !panel.value || !date.value || !time.value) {
      showError(box, { body: { message: '请选择申报人、评审组、日期和开始时间' } });
      return;
    }
    const body = { applicantId: Number(applicant.value), panelId: Number(panel.value), start: startIn(round, date.value, time.value) };
    try {
      const created = await post('/api/defenses', body);
      showOk(box, `已安排第 ${created.number} 号答辩：${dateTime(created.start)}–${isoParts(created.end).time}`);
      await refresh();
    } catch (error) {
      showConflicts(box, error);
    }
  });

  return {
    element: section('安排一场答辩', form),
    update,
    pick(applicantId) {
      applicant.value = String(applicantId);
      updatePanels();
      applicant.focus();
    },
  };
}

// ---- Moving a defense ----

function moveDialogFor(round, data, refresh) {
  const title = h('h3', { id: 'move-title' });
  const date = h('input', { type: 'date', name: 'date', min: round.defenseFrom, max: round.defenseTo, required: true });
  const time = h('input', { type: 'time', name: 'time', step: '300', required: true });
  const panel = h('select', { name: 'panelId' });
  const box = messageBox();
  let current = null;
  const form = h('form', { class: 'stack', novalidate: true },
    title, h('div', { class: 'field-row' }, field('新日期', date), field('新开始时间', time)), field('评审组', panel),
    box,
    h('div', { class: 'form-actions' },
      h('button', { type: 'submit', class: 'btn btn-primary', text: '保存' }),
      button('关闭', () => dialog.close())));
  const dialog = h('dialog', { class: 'dialog', id: 'move-dialog', 'aria-labelledby': 'move-title' }, form);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearMessage(box);
    const body = { start: startIn(round, date.value, time.value) };
    if (Number(panel.value) !== current.panelId) body.panelId = Number(panel.value);
    try {
      await put(`/api/defenses/${current.id}`, body);
      dialog.close();
      await refresh();
    } catch (error) {
      showConflicts(box, error);
    }
  });
  return {
    element: dialog,
    open(d) {
      current = d;
      title.textContent = `调整第 ${d.number} 号答辩${d.applicant ? `（${d.applicant.name}）` : ''}`;
      const p = isoParts(d.start);
      date.value = p.date;
      time.value = p.time;
      options(panel, data.panels.map((x) => [String(x.id), x.name]));
      panel.value = String(d.panelId);
      clearMessage(box);
      dialog.showModal();
      date.focus();
    },
  };
}

// ---- Join links and notices ----

function zoneLabel(round) {
  return { 'Asia/Shanghai': '北京时间', 'Asia/Urumqi': '乌鲁木齐时间' }[round.timeZone] || round.timeZone;
}

function noticesCard(round, data) {
  const list = h('div', { class: 'notice-list', id: 'notices' });
  const box = messageBox();
  const empty = h('p', { class: 'muted no-print', text: '点击日程中的“通知”生成某位申报人的个人答辩链接与通知，或一次生成全部；“发送通知”把通知发到申报人登记的邮箱（每次发送都生成新的个人链接，此前的链接不能再用于进入）。' });
  const sent = h('div', { class: 'no-print', id: 'notice-results', hidden: true });
  const printButton = button('打印通知', () => {
    document.body.dataset.print = 'notices';
    window.print();
  }, { class: 'btn', disabled: true, id: 'print-notices' });
  window.addEventListener('afterprint', () => { delete document.body.dataset.print; });

  async function create(d) {
    clearMessage(box);
    try {
      const link = await post(`/api/defenses/${d.id}/join-link`);
      const notice = renderNotice(round, data, d, link);
      const old = list.querySelector(`[data-notice="${d.id}"]`);
      if (old) old.replaceWith(notice);
      else list.append(notice);
      empty.hidden = true;
      printButton.disabled = false;
      return notice;
    } catch (error) {
      showError(box, error);
      return null;
    }
  }

  async function createOne(d) {
    const notice = await create(d);
    if (notice) {
      notice.scrollIntoView({ block: 'nearest' });
      notice.querySelector('input').focus();
    }
  }

  const allButton = button('生成全部答辩通知', async (event) => {
    const target = event.currentTarget;
    target.disabled = true;
    for (const d of data.defenses.filter((x) => x.stage !== Stage.CLOSED)) {
      // One after another: each answer is a new personal link.
      if (!(await create(d))) break;
    }
    target.disabled = false;
    if (list.firstChild) showOk(box, `已生成 ${list.children.length} 份答辩通知`);
  });

  /** Lists what became of each emailed notice; a printed notice whose link was replaced goes. */
  function report(sentNotices, summary) {
    for (const n of sentNotices) {
      if (n.status === 'SENT') {
        const stale = list.querySelector(`[data-notice="${n.defenseId}"]`);
        if (stale) stale.remove();
      }
    }
    sent.replaceChildren(summary ? h('p', { text: summary }) : null,
      h('ul', { class: 'notice-results' }, sentNotices.map((n) => {
        const line = noticeLine(n);
        return h('li', { dataset: { defense: String(line.defenseId), noticeStatus: line.status } },
          badge(line.label, line.kind), ' ', line.who, line.detail ? h('small', { class: 'muted', text: ` ${line.detail}` }) : null);
      })));
    sent.hidden = false;
    sent.scrollIntoView({ block: 'nearest' });
  }

  async function email(d) {
    clearMessage(box);
    try {
      report([await post(`/api/defenses/${d.id}/notice`)]);
    } catch (error) {
      if (error.code === 'mail_failed') report([failedNotice(d, data.applicantById.get(d.applicantId), error.body)]);
      else showError(box, error);
    }
  }

  async function emailDay(day) {
    clearMessage(box);
    if (!window.confirm(`向 ${day} 全部未结束答辩的申报人发送答辩通知邮件？每人都将收到新的个人链接，此前的链接不能再用于进入。`)) return;
    try {
      const answer = await post(`/api/rounds/${round.id}/notices${query({ date: day })}`);
      report(answer.notices, daySummary(answer));
    } catch (error) {
      showError(box, error);
    }
  }

  return {
    element: h('section', { class: 'card notices', 'aria-labelledby': 'notices-title' },
      h('div', { class: 'card-head no-print' }, h('h3', { id: 'notices-title', text: '答辩通知' }),
        h('div', { class: 'row-actions' }, allButton, printButton)),
      h('div', { class: 'no-print' }, box), sent, empty, list),
    create: createOne,
    email,
    emailDay,
  };
}

function renderNotice(round, data, d, link) {
  const applicant = data.applicantById.get(d.applicantId) || {};
  const urlId = `notice-url-${d.id}`;
  const url = h('input', { id: urlId, class: 'mono notice-url', value: link.url, readonly: true });
  const copied = h('span', { class: 'muted no-print', 'aria-live': 'polite' });
  const start = isoParts(d.start);
  return h('article', { class: 'notice', dataset: { notice: String(d.id) } },
    h('h4', { text: '答辩通知' }),
    h('p', { text: `${applicant.name || ''}同志：` }),
    h('p', { text: `您申报的${applicant.specialtyName || ''}${levelName(applicant.level)}职称，视频答辩安排如下：` }),
    h('dl', { class: 'notice-facts' },
      h('dt', { text: '答辩编号' }), h('dd', { class: 'notice-number', text: `第 ${d.number} 号` }),
      h('dt', { text: '答辩时间' }), h('dd', { text: `${start.date}（${weekday(start.date)}）${start.time}–${isoParts(d.end).time}（${zoneLabel(round)}）` }),
      h('dt', { text: '答辩方式' }), h('dd', { text: '视频答辩。请于开始前 15 分钟用电脑上的新版 Chrome 或 Edge 浏览器打开下方个人链接，检查摄像头和麦克风后进入候场区，等待秘书处准入。' }),
      h('dt', {}, h('label', { for: urlId, text: '个人答辩链接' })),
      h('dd', { class: 'notice-link' }, url,
        button('复制', async () => {
          copied.textContent = (await copyText(link.url, url)) ? '已复制' : '请手动复制';
        }, { class: 'btn btn-small no-print', 'aria-label': `复制第 ${d.number} 号答辩链接` }), copied,
        h('span', { class: 'print-only mono', text: link.url })),
      link.expiresAt ? [h('dt', { text: '链接有效期至' }), h('dd', { text: dateTime(link.expiresAt) })] : null),
    h('p', { class: 'muted', text: '该链接仅限本人使用，请勿转发。' }),
    h('p', { class: 'notice-sign', text: `${round.name} 秘书处` }));
}

// ---- The solver ----

function solverCard(ctx, round, data, refresh) {
  const status = h('div', { class: 'solver-status', id: 'solver-status', role: 'status' });
  const preview = h('div', { id: 'solver-preview' });
  const box = messageBox();
  box.id = 'solver-message';
  const startButton = button('自动排程', start, { class: 'btn btn-primary', id: 'solver-start' });
  const commitButton = button('确认排程', () => commit(false), { class: 'btn btn-primary', id: 'solver-commit', disabled: true });
  const partialButton = button('确认其余安排', () => commit(true), { class: 'btn', id: 'solver-commit-partial', hidden: true });
  const stopButton = button('停止并保留当前方案', stopEarly, { class: 'btn', id: 'solver-stop', hidden: true });
  let timer = null;
  let proposal = null;
  let stopped = false;

  function stop() {
    stopped = true;
    clearTimeout(timer);
  }

  async function stopEarly() {
    stopButton.disabled = true;
    try {
      await post(`/api/schedule/proposals/${encodeURIComponent(proposal.id)}/stop`);
    } catch (error) {
      showError(box, error);
    }
  }

  function settleButtons() {
    const solving = Boolean(proposal) && proposal.status === 'SOLVING';
    stopButton.hidden = !solving;
    stopButton.disabled = !solving;
    const choice = commitChoice(proposal);
    commitButton.disabled = choice !== 'whole';
    partialButton.hidden = choice !== 'partial';
  }

  async function start() {
    clearMessage(box);
    preview.replaceChildren();
    commitButton.disabled = true;
    partialButton.hidden = true;
    startButton.disabled = true;
    stopped = false;
    try {
      proposal = await post('/api/schedule/proposals', { roundId: round.id, timeLimitSeconds: SOLVER_SECONDS, stopAtFirstFeasible: false });
      show();
      settleButtons();
      poll();
    } catch (error) {
      showError(box, error);
      startButton.disabled = false;
    }
  }

  async function poll() {
    if (stopped || !ctx.isCurrent()) return;
    try {
      proposal = await get(`/api/schedule/proposals/${encodeURIComponent(proposal.id)}`);
    } catch (error) {
      showError(box, error);
      startButton.disabled = false;
      return;
    }
    if (stopped || !ctx.isCurrent()) return;
    show();
    settleButtons();
    if (proposal.status === 'SOLVING') {
      timer = setTimeout(poll, POLL_MS);
    } else {
      startButton.disabled = false;
      if (proposal.status === 'FAILED') showError(box, { body: { error: 'proposal_failed', message: proposal.failure || '' }, code: 'proposal_failed' });
    }
  }

  function show() {
    const assignments = proposal.assignments || [];
    const name = (id) => (data.applicantById.get(id) || {}).name || `#${id}`;
    const unplaced = unplacedLines(proposal, name);
    const ended = endedByName(proposal.endedBy);
    status.dataset.status = proposal.status;
    status.replaceChildren(h('dl', { class: 'counts inline' },
      h('dt', { text: '状态' }), h('dd', { class: 'solver-state', text: STATUS_TEXT[proposal.status] || proposal.status }),
      h('dt', { text: '已用时' }), h('dd', { id: 'solver-elapsed', text: elapsedText(proposal, SOLVER_SECONDS) }),
      ended ? [h('dt', { text: '结束原因' }), h('dd', { id: 'solver-ended', text: ended })] : null,
      h('dt', { text: proposal.status === 'SOLVING' ? '当前最优得分' : '得分' }), h('dd', { class: 'mono', id: 'solver-score', text: proposal.score || '—' }),
      h('dt', { text: '违反硬性规则' }), h('dd', { text: proposal.hardViolations == null ? '—' : String(proposal.hardViolations) }),
      h('dt', { text: '拟安排' }), h('dd', { id: 'solver-assigned', text: String(assignments.length) }),
      h('dt', { text: '未能安排' }), h('dd', { text: String(unplaced.length) })));
    const leftOut = unplaced.length ? h('div', { class: 'message is-error', id: 'solver-unplaced' },
      h('p', { text: `未能安排 ${unplaced.length} 人：` }),
      h('ul', {}, unplaced.map((u) => h('li', { 'data-code': u.code }, h('strong', { text: u.who }), `：${u.reason}`)))) : null;
    if (!assignments.length) {
      preview.replaceChildren(...[proposal.status === 'SOLVING' ? h('p', { class: 'muted', text: '正在寻找可行方案…' })
        : h('p', { class: 'muted', text: '没有可安排的答辩' }), leftOut].filter(Boolean));
      return;
    }
    const panelName = (id) => (data.panelById.get(id) || {}).name || `#${id}`;
    const days = (proposal.days || []).map((day) => h('div', { class: 'plan-day' },
      h('h4', { text: `${day.date}（${weekday(day.date)}）` }),
      h('div', { class: 'plan-panels' }, day.panels.map((p) => h('div', { class: 'plan-panel' },
        h('h5', { text: `${panelName(p.panelId)} · ${p.defenses.length} 场` }),
        h('ol', {}, p.defenses.map((a) => h('li', {},
          h('span', { class: 'slot-time', text: `${isoParts(a.start).time}–${isoParts(a.end).time}` }), ` ${name(a.applicantId)}`))))))));
    const list = table([
      { label: '申报人', cell: (a) => name(a.applicantId) },
      { label: '级别', cell: (a) => levelName((data.applicantById.get(a.applicantId) || {}).level) },
      { label: '评审组', cell: (a) => panelName(a.panelId) },
      { label: '开始', class: 'nowrap', cell: (a) => dateTime(a.start) },
      { label: '结束', class: 'nowrap', cell: (a) => isoParts(a.end).time },
      { label: '可参评评委', class: 'num', cell: (a) => String((a.eligibleMemberIds || []).length) },
    ], assignments);
    list.id = 'solver-assignments';
    preview.replaceChildren(...[
      h('div', { class: 'plan-days' }, days),
      leftOut,
      h('details', { class: 'plan-list' }, h('summary', { text: `逐条查看（${assignments.length} 场）` }), h('div', { class: 'table-scroll' }, list)),
    ].filter(Boolean));
  }

  async function commit(partial) {
    clearMessage(box);
    commitButton.disabled = true;
    partialButton.hidden = true;
    try {
      const answer = await post(`/api/schedule/proposals/${encodeURIComponent(proposal.id)}/commit`, partial ? { partial: true } : undefined);
      showOk(box, h('p', {}, '已确认排程，新建 ', h('strong', { id: 'solver-created', text: String(answer.created) }), ' 场答辩'));
      await refresh();
    } catch (error) {
      showConflicts(box, error);
    }
  }

  return {
    element: h('section', { class: 'card solver', 'aria-labelledby': 'solver-title' },
      h('div', { class: 'card-head' }, h('h3', { id: 'solver-title', text: '自动排程' }),
        h('div', { class: 'row-actions' }, startButton, stopButton, commitButton, partialButton)),
      h('p', { class: 'muted', text: `为所有待排程的申报人生成方案（最长 ${SOLVER_SECONDS} 秒，方案不再改进时提前结束，也可随时停止并保留当前方案），确认后一次写入；已排定的答辩保持不变。` }),
      status, box, preview),
    stop,
  };
}
