// The console: sign-in, the secretariat's screens behind hash routes, and the members' home.

import { h } from '../shared/dom.js';
import { del, get, post, setCsrfToken, whenSignedOut } from './api.js';
import { clearMessage, showError } from './dom.js';
import { errorText } from './labels.js';
import { enterRoom } from './room.js';
import * as dashboard from './views/dashboard.js';
import * as applicants from './views/applicants.js';
import * as experts from './views/experts.js';
import * as schedule from './views/schedule.js';
import * as results from './views/results.js';
import * as agenda from './views/agenda.js';

const VIEWS = { dashboard, applicants, experts, schedule, results };
const TITLES = { dashboard: '总览', applicants: '申报人', experts: '专家与评审组', schedule: '日程安排', results: '结果' };
const ROUND_KEY = 'viva.console.round';

const $ = (selector) => document.querySelector(selector);

const state = {
  session: null,
  rounds: [],
  round: null,
  cleanup: null,
  generation: 0,
};

function setState(name) {
  document.body.dataset.state = name;
  $('#loading').hidden = name !== 'loading';
  $('#signin').hidden = name !== 'signin';
  $('#console').hidden = name !== 'console';
  $('#member-home').hidden = name !== 'member';
  $('#user-box').hidden = name !== 'console' && name !== 'member';
  $('#signout-button').hidden = name !== 'member';
}

// ---- Sign-in ----

function showSignIn(notice) {
  teardownView();
  state.session = null;
  setCsrfToken('');
  setState('signin');
  const box = $('#signin-message');
  if (notice) {
    box.className = 'message is-info';
    box.setAttribute('role', 'status');
    box.textContent = notice;
    box.hidden = false;
  } else {
    clearMessage(box);
  }
  $('#signin-username').focus();
}

async function signIn(event) {
  event.preventDefault();
  const form = event.currentTarget;
  const box = $('#signin-message');
  const username = form.elements.username.value.trim();
  const password = form.elements.password.value;
  if (!username || !password) {
    box.className = 'message is-error';
    box.setAttribute('role', 'alert');
    box.textContent = '请输入用户名和密码';
    box.hidden = false;
    return;
  }
  const submit = $('#signin-submit');
  submit.disabled = true;
  try {
    const session = await post('/api/session', { username, password }, { quiet401: true });
    form.reset();
    clearMessage(box);
    await startSession(session);
  } catch (error) {
    box.className = 'message is-error';
    box.setAttribute('role', 'alert');
    if (error.status === 401) {
      box.textContent = '用户名或密码错误';
    } else if (error.status === 429) {
      const wait = Number(error.body.retryAfterSeconds);
      box.textContent = Number.isFinite(wait) && wait > 0
        ? `登录失败次数过多，请在 ${formatWait(wait)}后再试`
        : '登录失败次数过多，请稍后再试';
    } else {
      box.textContent = errorText(error);
    }
    box.hidden = false;
    form.elements.password.select();
  } finally {
    submit.disabled = false;
  }
}

function formatWait(seconds) {
  if (seconds < 60) return `${seconds} 秒`;
  const minutes = Math.floor(seconds / 60);
  const rest = seconds % 60;
  return rest ? `${minutes} 分 ${rest} 秒` : `${minutes} 分钟`;
}

async function signOut() {
  try {
    await del('/api/session');
  } catch {
    // signed out either way
  }
  sessionStorage.removeItem(ROUND_KEY);
  history.replaceState(null, '', '/');
  showSignIn('您已退出登录');
}

async function startSession(session) {
  state.session = session;
  setCsrfToken(session.csrfToken);
  $('#user-name').textContent = `${session.username}（${session.role === 'SECRETARY' ? '秘书处' : '评审专家'}）`;
  if (session.role === 'SECRETARY') {
    setState('console');
    await loadRounds();
    route();
  } else {
    showMemberHome(session);
  }
}

// ---- Members ----

function showMemberHome(session) {
  setState('member');
  $('#member-welcome').textContent = `${session.username}，您好。`;
  $('#member-defense-id').focus();
  agenda.render($('#member-agenda'), $('#member-message'));
}

async function memberEnter(event) {
  event.preventDefault();
  const box = $('#member-message');
  const id = event.currentTarget.elements.defenseId.value.trim();
  if (!/^\d{1,18}$/.test(id)) {
    box.className = 'message is-error';
    box.setAttribute('role', 'alert');
    box.textContent = '请输入数字会场号';
    box.hidden = false;
    return;
  }
  clearMessage(box);
  try {
    await enterRoom(id);
  } catch (error) {
    showError(box, error);
  }
}

// ---- Rounds ----

async function loadRounds(selectId) {
  state.rounds = (await get('/api/rounds')).slice().sort((a, b) => a.id - b.id);
  const stored = Number(selectId || sessionStorage.getItem(ROUND_KEY));
  const latest = state.rounds[state.rounds.length - 1] || null;
  state.round = state.rounds.find((r) => r.id === stored) || latest;
  renderRoundBar();
}

function renderRoundBar() {
  const select = $('#round-select');
  select.replaceChildren(...state.rounds.slice().reverse()
    .map((r) => h('option', { value: String(r.id), text: `${r.name}（${r.year}）` })));
  select.disabled = state.rounds.length === 0;
  if (state.round) {
    select.value = String(state.round.id);
    sessionStorage.setItem(ROUND_KEY, String(state.round.id));
    $('#round-info').textContent = `答辩期 ${state.round.defenseFrom} 至 ${state.round.defenseTo} · 时区 ${state.round.timeZone}`;
  } else {
    select.replaceChildren(h('option', { value: '', text: '尚无评审轮次' }));
    $('#round-info').textContent = '';
  }
}

function chooseRound() {
  const id = Number($('#round-select').value);
  state.round = state.rounds.find((r) => r.id === id) || state.round;
  renderRoundBar();
  route();
}

// ---- Views ----

function currentRoute() {
  const name = (location.hash.match(/^#\/([a-z]+)/) || [])[1];
  return VIEWS[name] ? name : 'dashboard';
}

function teardownView() {
  state.generation += 1;
  if (typeof state.cleanup === 'function') state.cleanup();
  state.cleanup = null;
}

async function route() {
  if (!state.session || state.session.role !== 'SECRETARY') return;
  teardownView();
  const generation = state.generation;
  const name = currentRoute();
  for (const link of document.querySelectorAll('#main-nav a[data-route]')) {
    if (link.dataset.route === name) link.setAttribute('aria-current', 'page');
    else link.removeAttribute('aria-current');
  }
  document.title = `${TITLES[name]} · Viva 秘书处`;
  document.body.dataset.view = name;
  const root = $('#content');
  root.replaceChildren(h('p', { class: 'loading', role: 'status', text: '正在加载…' }));
  const context = {
    session: state.session,
    rounds: state.rounds,
    round: state.round,
    isCurrent: () => generation === state.generation,
    onCleanup: (fn) => {
      const previous = state.cleanup;
      state.cleanup = () => {
        if (previous) previous();
        fn();
      };
    },
    /** Shows the screen again with fresh data (the dashboard does so on server push). */
    refresh: () => route(),
    /** After a new round: reload the list, select it and show the screen again. */
    roundCreated: async (id) => {
      await loadRounds(id);
      route();
    },
  };
  try {
    const view = await VIEWS[name].render(context);
    if (generation !== state.generation) return;
    root.replaceChildren(view);
  } catch (error) {
    if (generation !== state.generation || error.status === 401) return;
    const box = h('div', { class: 'message is-error', role: 'alert' }, h('p', { text: `无法加载：${errorText(error)}` }));
    root.replaceChildren(h('h2', { text: TITLES[name] }), box);
  }
}

// ---- Start ----

async function boot() {
  $('#signin-form').addEventListener('submit', signIn);
  $('#member-room-form').addEventListener('submit', memberEnter);
  $('#nav-signout').addEventListener('click', signOut);
  $('#signout-button').addEventListener('click', signOut);
  $('#round-select').addEventListener('change', chooseRound);
  window.addEventListener('hashchange', () => {
    route();
    $('#content').focus({ preventScroll: true });
  });
  whenSignedOut(() => showSignIn('登录已过期，请重新登录'));
  try {
    const session = await get('/api/session', { quiet401: true });
    await startSession(session);
  } catch (error) {
    if (error.status === 401) {
      showSignIn();
    } else {
      setState('loading');
      $('#loading').textContent = `无法连接 Viva：${errorText(error)}`;
    }
  }
}

boot();
