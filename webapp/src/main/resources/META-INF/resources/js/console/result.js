// The printable result sheet of one defense: result.html?d={id}.

import { h } from '../shared/dom.js';
import { dateTime, isoParts } from '../shared/format.js';
import { decisionName, levelName, outcomeName, stageName } from '../shared/labels.js';
import { Stage } from '../shared/protocol.js';
import { get } from './api.js';
import { errorText } from './labels.js';
import { auditStatus } from './views/results.js';
import { incidentLines } from '../shared/incidents.js';

const sheet = document.querySelector('#sheet');

function fail(text, signIn = false) {
  document.body.dataset.state = 'error';
  sheet.replaceChildren(h('div', { class: 'message is-error', role: 'alert' }, h('p', { text }),
    signIn ? h('p', {}, h('a', { href: '/', text: '前往登录' })) : null));
}

async function load() {
  const id = new URLSearchParams(location.search).get('d');
  if (!/^\d{1,18}$/.test(id || '')) {
    fail('地址中缺少答辩编号（?d=）');
    return;
  }
  try {
    await get('/api/session', { quiet401: true });
  } catch (error) {
    fail(error.status === 401 ? '请先以秘书处账号登录' : errorText(error), error.status === 401);
    return;
  }
  try {
    const [defense, result, audit] = await Promise.all([
      get(`/api/defenses/${id}`),
      get(`/api/defenses/${id}/result`),
      get('/api/audit/verify'),
    ]);
    const [applicant, panel, round, published, recordings, incidents] = await Promise.all([
      get(`/api/applicants/${defense.applicantId}`),
      get(`/api/panels/${defense.panelId}`),
      get(`/api/rounds/${defense.roundId}`),
      get(`/api/rounds/${defense.roundId}/results`),
      get(`/api/defenses/${id}/recordings`),
      get(`/api/defenses/${id}/incidents`),
    ]);
    render({ defense, result, audit, applicant, panel, round, published, recordings, incidents });
  } catch (error) {
    fail(`无法加载结果单：${errorText(error)}`);
  }
}

function fact(term, value, props = {}) {
  return [h('dt', { text: term }), h('dd', { ...props }, value)];
}

function render({ defense, result, audit, applicant, panel, round, published, recordings, incidents }) {
  document.title = `答辩结果单 · 第 ${defense.number} 号 · Viva`;
  const chair = panel.members.find((m) => m.id === panel.chairId);
  const closed = defense.stage === Stage.CLOSED;
  const votes = result.votes || [];
  sheet.replaceChildren(
    h('p', { class: 'sheet-round', text: round.name }),
    h('h2', { class: 'sheet-title', text: '职称评审视频答辩结果单' }),
    h('dl', { class: 'sheet-facts' },
      fact('答辩编号', `第 ${defense.number} 号`),
      fact('申报人', applicant.name, { id: 'sheet-name' }),
      fact('工作单位', applicant.employer),
      fact('申报专业', applicant.specialtyName || applicant.specialtyCode),
      fact('申报级别', levelName(applicant.level)),
      fact('评审组', `${panel.name}（${panel.members.length} 人${chair ? `，组长 ${chair.name}` : ''}）`),
      fact('答辩时间', `${dateTime(defense.start)}–${isoParts(defense.end).time}`),
      fact('答辩阶段', stageName(defense.stage)),
      fact('结束时间', result.closedAt ? dateTime(result.closedAt) : '—'),
      fact('身份核验', round.identityCheck === false ? '本轮不要求准入前核验身份' : '本轮要求准入前核验身份（人证核验）')),
    h('div', { class: `sheet-outcome outcome-${String(result.outcome).toLowerCase()}`, id: 'sheet-outcome', dataset: { outcome: result.outcome } },
      h('span', { class: 'sheet-outcome-label', text: '答辩结果' }),
      h('strong', { text: outcomeName(result.outcome) })),
    h('dl', { class: 'sheet-tally', id: 'sheet-tally' },
      fact('法定人数', String(result.quorum)),
      fact('可参评评委', String(result.eligible)),
      fact('到场评委', String(result.present)),
      fact('已投票', String(result.votesCast)),
      fact('否决票', result.vetoes == null ? '—' : String(result.vetoes))),
    h('p', { class: 'muted sheet-rule', text: '表决规则：到场且可参评的评委不少于法定人数（评审组人数的三分之二）方为有效；任一评委投否决票即为未通过（一票否决）。' }),
    h('h3', { text: '评委表决' }),
    closed
      ? votesTable(votes)
      : h('p', { class: 'muted', text: '答辩尚未结束，表决内容在结束后显示。' }),
    h('h3', { text: '连接情况' }),
    incidentList(incidents),
    h('h3', { text: '审计' }),
    auditStatus(audit),
    published.publishedAt
      ? h('p', {}, `本轮结果已于 ${dateTime(published.publishedAt)} 发布，发布时末端哈希：`, h('code', { class: 'hash', text: published.head || '' }))
      : h('p', { class: 'muted', text: '本轮结果尚未发布。' }),
    h('div', { class: 'signatures' },
      h('p', { text: '评审组组长（签字）：' }),
      h('p', { text: '秘书处（盖章）：' }),
      h('p', { text: '日期：' })),
    recordingList(recordings));
  document.body.dataset.state = 'ready';
  const print = document.querySelector('#print-button');
  print.disabled = false;
}

const RECORDING_STATES = { RECORDING: '录制中', COMPLETE: '完整', CUT: '因媒体服务器中断而截断' };

/** The defense's recordings (media through Kurento only), for download; never printed. */
function recordingList(recordings) {
  if (!recordings || !recordings.length) return null;
  return h('section', { class: 'no-print', id: 'sheet-recordings' },
    h('h3', { text: '答辩录像' }),
    h('ul', {}, recordings.map((r) => h('li', { dataset: { recording: String(r.id) } },
      h('a', { href: `/api/defenses/${r.defenseId}/recordings/${r.id}`, download: '',
        text: `${dateTime(r.startedAt)}–${r.stoppedAt ? isoParts(r.stoppedAt).time : '…'}` }),
      `（${RECORDING_STATES[r.state] || r.state}${r.size != null ? `，${(r.size / 1048576).toFixed(1)} MB` : ''}）`))));
}

/** The lost connections, one line per role (答辩人断线 1 次，共 35 秒；计时已暂停); printed. */
function incidentList(incidents) {
  const lines = incidentLines(incidents);
  if (!lines.length) return h('p', { class: 'muted', id: 'sheet-incidents', text: '答辩过程中无人断线。' });
  return h('ul', { id: 'sheet-incidents' }, lines.map((line) => h('li', { text: line })));
}

function votesTable(votes) {
  if (!votes.length) return h('p', { class: 'muted', text: '无表决记录。' });
  const rows = votes.map((v) => h('tr', {},
    h('td', { text: v.name }),
    h('td', { class: v.decision === 'VETO' ? 'is-bad' : '', text: decisionName(v.decision) }),
    h('td', { text: v.reason || '' }),
    h('td', { class: 'nowrap', text: dateTime(v.castAt) })));
  return h('table', { class: 'data sheet-votes', id: 'sheet-votes' },
    h('thead', {}, h('tr', {}, ['评委', '表决', '理由', '投票时间'].map((t) => h('th', { scope: 'col', text: t })))),
    h('tbody', {}, rows));
}

document.querySelector('#print-button').addEventListener('click', () => window.print());
load();
