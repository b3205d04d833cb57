// 结果: the round's outcomes, publishing them, the outcome list to download (.xlsx, .csv), and
// whether the audit trail is intact.

import { button, h } from '../../shared/dom.js';
import { dateTime } from '../../shared/format.js';
import { OUTCOME_NAMES, outcomeName, stageName } from '../../shared/labels.js';
import { get, post } from '../api.js';
import { badge, clearMessage, messageBox, showError, table } from '../dom.js';
import { heading, noRound, roundData, section, stat } from './common.js';

export async function render(ctx) {
  const { round } = ctx;
  if (!round) return noRound('结果');
  const [results, audit, data] = await Promise.all([
    get(`/api/rounds/${round.id}/results`),
    get('/api/audit/verify'),
    roundData(round, { panels: true, defenses: true }),
  ]);
  const defenseById = new Map(data.defenses.map((d) => [d.id, d]));
  const state = { results };

  const auditHolder = h('div', { id: 'audit-status' });
  auditHolder.append(auditStatus(audit));
  const statsHolder = h('div');
  const publication = h('div', { id: 'publication' });
  const tableHolder = h('div', { class: 'table-scroll table-tall' });
  const box = messageBox();
  box.id = 'publish-message';
  const publishButton = button('发布结果', publish, { class: 'btn btn-primary', id: 'publish-button' });

  function draw() {
    const r = state.results;
    const counts = new Map();
    for (const line of r.outcomes) counts.set(line.outcome, (counts.get(line.outcome) || 0) + 1);
    statsHolder.replaceChildren(h('div', { class: 'stats', id: 'outcome-stats' },
      stat('答辩总数', r.outcomes.length, '', 'total'),
      Object.keys(OUTCOME_NAMES).map((o) => stat(OUTCOME_NAMES[o], counts.get(o) || 0, outcomeKind(o), o))));
    publishButton.disabled = Boolean(r.publishedAt);
    publication.replaceChildren(r.publishedAt
      ? h('div', { class: 'message is-ok', role: 'status' },
        h('p', {}, '结果已于 ', h('strong', { id: 'published-at', text: dateTime(r.publishedAt) }), ' 发布。'),
        h('p', {}, '发布时审计链末端哈希：', h('code', { class: 'hash', text: r.head || '' })))
      : h('p', { class: 'muted', text: '结果尚未发布。全部答辩结束后方可发布；发布后申报人可通过个人链接查看本人结果。' }));
    const t = table([
      { label: '编号', class: 'num', cell: (l) => String(l.number) },
      { label: '申报人', cell: (l) => l.name },
      { label: '评审组', cell: (l) => (data.panelById.get((defenseById.get(l.defenseId) || {}).panelId) || {}).name || '' },
      { label: '时间', class: 'nowrap', cell: (l) => dateTime((defenseById.get(l.defenseId) || {}).start) },
      { label: '阶段', cell: (l) => stageName((defenseById.get(l.defenseId) || {}).stage) },
      { label: '结果', cell: (l) => badge(outcomeName(l.outcome), outcomeKind(l.outcome)) },
      { label: '结果单', class: 'actions', cell: (l) => h('a', { class: 'btn btn-small', href: `result.html?d=${l.defenseId}`, target: '_blank', rel: 'noopener', dataset: { result: String(l.defenseId) }, text: '查看', 'aria-label': `第 ${l.number} 号答辩结果单` }) },
    ], r.outcomes.slice().sort((a, b) => a.number - b.number), { empty: '本轮尚无答辩' });
    t.id = 'outcomes-table';
    tableHolder.replaceChildren(t);
  }

  async function publish() {
    clearMessage(box);
    if (!window.confirm(`确定发布“${round.name}”的答辩结果？发布后不可撤回。`)) return;
    publishButton.disabled = true;
    try {
      state.results = await post(`/api/rounds/${round.id}/publish`);
      const fresh = await get('/api/audit/verify');
      auditHolder.replaceChildren(auditStatus(fresh));
      draw();
    } catch (error) {
      showError(box, error);
      const open = error.body && error.body.defenseIds;
      if (open && open.length) {
        const numbers = open.map((id) => (defenseById.get(id) || {}).number).filter(Boolean);
        box.append(h('p', { text: `尚未结束的答辩：${numbers.map((n) => `第 ${n} 号`).join('、') || open.join('、')}` }));
      }
      publishButton.disabled = Boolean(state.results.publishedAt);
    }
  }

  draw();
  return h('section', { class: 'view view-results' },
    heading('结果', round),
    section('审计链校验', auditHolder),
    statsHolder,
    h('section', { class: 'card', 'aria-labelledby': 'outcomes-title' },
      h('div', { class: 'card-head' }, h('h3', { id: 'outcomes-title', text: '答辩结果' }),
        h('div', { class: 'row-actions' },
          h('a', { class: 'btn', id: 'download-xlsx', href: `/api/rounds/${round.id}/results.xlsx`, download: '', text: '导出 Excel' }),
          h('a', { class: 'btn', id: 'download-csv', href: `/api/rounds/${round.id}/results.csv`, download: '', text: '导出 CSV' }),
          publishButton)),
      publication, box, tableHolder));
}

function outcomeKind(outcome) {
  return { PASSED: 'is-ok', FAILED: 'is-bad', INVALID: 'is-warn', PENDING: 'is-muted' }[outcome] || '';
}

/** valid / broken at N, with the head hash. Also used by the result sheet. */
export function auditStatus(audit) {
  if (audit.valid) {
    return h('div', { class: 'audit is-valid', dataset: { valid: 'true' } },
      h('p', {}, h('strong', { text: '审计链完整' }), `：共 ${audit.events} 条记录，逐条校验无误。`),
      h('p', {}, '末端哈希：', h('code', { class: 'hash', id: 'audit-head', text: audit.head || '' })));
  }
  return h('div', { class: 'audit is-broken', role: 'alert', dataset: { valid: 'false' } },
    h('p', {}, h('strong', { text: audit.brokenAt != null ? `审计链在第 ${audit.brokenAt} 条记录处断开` : '审计链校验未通过' }),
      audit.reason ? `（${audit.reason}）` : ''),
    h('p', {}, `共 ${audit.events} 条记录；末端哈希：`, h('code', { class: 'hash', id: 'audit-head', text: audit.head || '' })));
}
