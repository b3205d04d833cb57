// What several screens share: the round's people and panels by id, and the no-round notice.

import { h } from '../../shared/dom.js';
import { get, query } from '../api.js';

export function byId(list) {
  return new Map(list.map((item) => [item.id, item]));
}

export async function roundData(round, { applicants = false, panels = false, defenses = false } = {}) {
  const q = query({ roundId: round.id });
  const [applicantList, panelList, defenseList] = await Promise.all([
    applicants ? get(`/api/applicants${q}`) : [],
    panels ? get(`/api/panels${q}`) : [],
    defenses ? get(`/api/defenses${q}`) : [],
  ]);
  return {
    applicants: applicantList,
    panels: panelList,
    defenses: defenseList.slice().sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : a.number - b.number)),
    applicantById: byId(applicantList),
    panelById: byId(panelList),
  };
}

export function noRound(title) {
  return h('section', { class: 'view' },
    h('h2', { text: title }),
    h('p', { class: 'message is-info', text: '尚无评审轮次。请先在“总览”中新建评审轮次。' }),
    h('p', {}, h('a', { href: '#/dashboard', text: '前往总览' })));
}

export function heading(title, round, ...extra) {
  return h('div', { class: 'view-head' },
    h('h2', { text: title }),
    round ? h('p', { class: 'muted', text: round.name }) : null,
    ...extra);
}

export function section(title, ...content) {
  const id = `sec-${Math.random().toString(36).slice(2, 9)}`;
  return h('section', { class: 'card', 'aria-labelledby': id }, h('h3', { id, text: title }), ...content);
}

export function stat(labelText, value, kind = '', name = '') {
  return h('div', { class: `stat ${kind}`.trim(), dataset: name ? { stat: name } : undefined },
    h('span', { class: 'stat-value', text: String(value) }),
    h('span', { class: 'stat-label', text: labelText }));
}
