// Page-level display: body attributes, views, header, banner and toast.

import { bdi } from '../shared/dom.js';
import { levelName, specialtyName, stageName } from '../shared/labels.js';

const TOAST_MS = 4000;
const VIEWS = ['check', 'connecting', 'lobby', 'room', 'ended'];

const ENDINGS = {
  left: ['已离开', '您已离开本场答辩。'],
  closed: ['答辩已结束', '本场答辩已结束，感谢参加。'],
  ended: ['连接已结束', '服务器已结束本页面的连接。'],
  replaced: ['已在其他页面进入', '您已在其他窗口或设备上进入本场答辩，此页面已断开。'],
  revoked: ['答辩链接已撤销', '秘书处已撤销您的个人答辩链接，本页面已断开。如有疑问，请联系秘书处。'],
  removed: ['已被移出答辩', '秘书处已将您移出本场答辩，本页面已断开。如有疑问，请联系秘书处。'],
  refused: ['无法进入答辩', '入场凭证无效或已过期，请重新打开答辩链接。'],
  invalid_link: ['无法进入答辩', '答辩链接无效或已过期，请重新打开答辩链接。'],
  invalid_join_token: ['无法进入答辩', '个人答辩链接无效、已撤销或已过期，请联系秘书处。'],
  not_on_panel: ['无法进入答辩', '您不是本场答辩的评委。'],
  recused: ['无法进入答辩', '您已回避本场答辩。'],
};

export const $ = (selector) => document.querySelector(selector);

/** data-connection: connecting | lobby | connected | reconnecting | closed */
export function setConnection(status) {
  document.body.dataset.connection = status;
}

export function setStageAttribute(stage) {
  if (stage) document.body.dataset.stage = stage;
}

/** Shows the sections that belong to a view; body[data-view] lets CSS adjust the layout. */
export function showView(view) {
  if (!VIEWS.includes(view)) return;
  document.body.dataset.view = view;
  $('#setup').hidden = !['check', 'connecting', 'lobby'].includes(view);
  $('#lobby-notice').hidden = view !== 'lobby';
  $('#join-button').hidden = view !== 'check' && view !== 'connecting';
  $('#room').hidden = view !== 'room';
  $('#ended').hidden = view !== 'ended';
  $('#leave-button').hidden = !['connecting', 'lobby', 'room'].includes(view);
  $('#setup-title').textContent = view === 'lobby' ? '候场' : '进入前请检查设备';
}

export function showConnecting(text) {
  $('#connect-status').textContent = text;
}

export function showEnded(kind, code) {
  const [title, detail] = ENDINGS[code] || ENDINGS[kind] || ENDINGS.ended;
  $('#ended-title').textContent = title;
  $('#ended-detail').textContent = detail;
  showView('ended');
}

export function showBanner(visible) {
  $('#reconnect-banner').hidden = !visible;
}

let toastTimer = null;

export function toast(text) {
  const box = $('#toast');
  box.textContent = text;
  box.hidden = false;
  clearTimeout(toastTimer);
  toastTimer = setTimeout(() => { box.hidden = true; }, TOAST_MS);
}

/** 答辩人 N · 正高级 · specialty; the secretary also sees the applicant's name and employer. */
export function renderDefense(defense, applicant) {
  const parts = defense ? [defense.number != null ? `答辩人 ${defense.number}` : '', levelName(defense.level), specialtyName(defense.specialty)] : [];
  $('#defense-label').textContent = parts.filter(Boolean).join(' · ') || '视频答辩';
  const detail = $('#applicant-detail');
  const known = applicant ? [applicant.name, applicant.employer].filter(Boolean) : [];
  detail.replaceChildren(...known.flatMap((text, i) => (i ? [' · ', bdi(text)] : [bdi(text)])));
  detail.hidden = known.length === 0;
}

export function renderStage(stage) {
  setStageAttribute(stage);
  const label = $('#stage-label');
  label.textContent = stage ? `当前阶段：${stageName(stage)}` : '';
  label.hidden = !stage;
}
