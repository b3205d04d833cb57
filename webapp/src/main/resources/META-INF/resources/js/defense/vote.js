// The member's vote: 通过 or 否决 (with a written reason), a confirm step, and one idempotency key
// kept until the server has stored the vote. Built only on a member's page.

import { decisionName, voteErrorText } from './labels.js';
import { bdi } from './text.js';

export const MIN_REASON = 10;
const MAX_REASON = 2000;
const ANSWER_WAIT_MS = 15000;

/** The reason as the server counts it: trimmed, in code points (so 𠀀 is one character). */
export function reasonLength(text) {
  return [...String(text || '').replace(/^[\s\u001c-\u001f]+|[\s\u001c-\u001f]+$/gu, '')].length;
}

/** A random key for the vote (128 bits as hex); works on plain http too, unlike randomUUID. */
export function newVoteKey() {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
}

function element(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text != null) node.textContent = text;
  return node;
}

function button(className, text, action) {
  const node = element('button', `btn ${className}`, text);
  node.type = 'button';
  if (action) node.dataset.action = action;
  return node;
}

/**
 * slot: where the panel goes (the top of the sidebar)
 * actions: send(message) → boolean (false while the socket is down; the vote is sent again on welcome)
 *
 * States: choosing → confirming → sending → accepted; 'already' when the server says the member
 * voted before (after a reload the page cannot know how); 'barred' when the member may not vote.
 */
export function createVotePanel(slot, actions) {
  let ui = null;
  let state = 'choosing';
  let decision = '';
  let key = '';
  let sent = null; // {decision, reason}: what the page sent, the only record of the member's own choice
  let problem = '';
  let slow = false; // no answer to the vote yet after ANSWER_WAIT_MS
  let answerTimer = null;

  function build() {
    const panel = element('section', 'panel vote-panel');
    panel.id = 'vote-panel';
    panel.setAttribute('aria-labelledby', 'vote-title');
    const title = element('h2', '', '投票表决');
    title.id = 'vote-title';

    const form = element('div', 'vote-form');
    const prompt = element('p', 'vote-prompt', '请选择您的表决意见：');
    prompt.id = 'vote-prompt';
    const choices = element('div', 'vote-choices');
    choices.setAttribute('role', 'group');
    choices.setAttribute('aria-labelledby', 'vote-prompt');
    const pass = button('vote-choice vote-pass', '通过');
    pass.dataset.vote = 'PASS';
    const veto = button('vote-choice vote-veto', '否决');
    veto.dataset.vote = 'VETO';
    choices.append(pass, veto);

    const reasonField = element('div', 'field vote-reason');
    const label = element('label', '', `否决理由（必填，至少 ${MIN_REASON} 个字）`);
    label.htmlFor = 'vote-reason';
    const reason = element('textarea', 'vote-reason-input');
    reason.id = 'vote-reason';
    reason.name = 'reason';
    reason.rows = 4;
    reason.maxLength = MAX_REASON;
    reason.placeholder = '请写明否决的理由';
    const count = element('p', 'vote-count');
    count.id = 'vote-reason-count';
    count.setAttribute('aria-live', 'polite');
    reason.setAttribute('aria-describedby', 'vote-reason-count');
    reasonField.append(label, reason, count);

    const submit = button('btn-primary vote-submit', '提交投票', 'submit-vote');
    form.append(prompt, choices, reasonField, submit);

    const confirm = element('div', 'vote-confirm');
    const choiceLine = element('p', 'vote-confirm-choice');
    const reasonEcho = element('p', 'vote-reason-echo');
    const warning = element('p', 'vote-warning', '投票后不可更改，请确认。');
    const confirmButtons = element('div', 'vote-buttons');
    const cast = button('btn-primary', '确认投票', 'cast-vote');
    const edit = button('', '返回修改', 'edit-vote');
    confirmButtons.append(cast, edit);
    confirm.append(choiceLine, reasonEcho, warning, confirmButtons);

    const status = element('p', 'vote-status');
    status.setAttribute('role', 'status');
    const resend = button('vote-resend', '重新提交', 'resend-vote');
    const alert = element('p', 'vote-error');
    alert.setAttribute('role', 'alert');

    panel.append(title, form, confirm, status, resend, alert);
    slot.append(panel);

    pass.addEventListener('click', () => choose('PASS'));
    veto.addEventListener('click', () => choose('VETO'));
    reason.addEventListener('input', render);
    submit.addEventListener('click', review);
    cast.addEventListener('click', castVote);
    edit.addEventListener('click', backToForm);
    resend.addEventListener('click', () => state === 'sending' && transmit());

    ui = { panel, form, pass, veto, reasonField, reason, count, submit, confirm, choiceLine, reasonEcho, cast, edit, status, resend, alert };
  }

  function reasonText() {
    return ui ? ui.reason.value.trim() : '';
  }

  function ready() {
    return decision === 'PASS' || (decision === 'VETO' && reasonLength(ui.reason.value) >= MIN_REASON);
  }

  function choose(choice) {
    if (state !== 'choosing') return;
    decision = choice;
    problem = '';
    render();
    if (choice === 'VETO') ui.reason.focus();
  }

  function review() {
    if (state !== 'choosing' || !ready()) return;
    state = 'confirming';
    render();
    ui.cast.focus();
  }

  function backToForm() {
    if (state !== 'confirming') return;
    state = 'choosing';
    render();
    ui.submit.focus();
  }

  function castVote() {
    if (state !== 'confirming' || !ready()) return;
    if (!key) key = newVoteKey();
    sent = { decision, reason: decision === 'VETO' ? reasonText() : '' };
    state = 'sending';
    problem = '';
    transmit();
  }

  /** Sends the vote; the same key makes sending it again safe (a stored vote answers as accepted). */
  function transmit() {
    slow = false;
    clearTimeout(answerTimer);
    answerTimer = setTimeout(() => {
      slow = true;
      render();
    }, ANSWER_WAIT_MS);
    actions.send({ type: 'vote', decision: sent.decision, reason: sent.reason, key });
    render();
  }

  function settle() {
    slow = false;
    clearTimeout(answerTimer);
    answerTimer = null;
  }

  /** After a reconnect: the same vote with the same key again (a stored vote answers as accepted). */
  function resume() {
    if (state === 'sending' && sent) transmit();
  }

  function accepted() {
    if (state !== 'sending' || !sent) return;
    settle();
    state = 'accepted';
    key = '';
    lock();
  }

  /** A refused vote; returns to the form (keeping what was written) unless voting is over for this member. */
  function refused(code) {
    if (!ui) return;
    settle();
    if (code === 'already_voted') {
      // A vote with this page's key would have been answered as accepted: this one was cast before.
      state = 'already';
      key = '';
      sent = null;
      lock();
      return;
    }
    problem = voteErrorText(code);
    if (code === 'not_eligible') {
      state = 'barred';
      lock();
      return;
    }
    if (state === 'sending' || state === 'confirming') state = 'choosing';
    render();
  }

  /** Once the vote is in, the choices and the reason field leave the page. */
  function lock() {
    ui.form.remove();
    ui.confirm.remove();
    ui.panel.dataset.locked = 'true';
    render();
  }

  function render() {
    if (!ui) return;
    ui.panel.dataset.state = state;
    const open = state === 'choosing';
    for (const choice of [ui.pass, ui.veto]) {
      choice.setAttribute('aria-pressed', String(decision === choice.dataset.vote));
      choice.disabled = !open;
    }
    ui.form.hidden = !open;
    ui.reasonField.hidden = decision !== 'VETO';
    ui.reason.disabled = !open;
    const length = reasonLength(ui.reason.value);
    ui.count.dataset.count = String(length);
    ui.count.textContent = length >= MIN_REASON
      ? `已输入 ${length} 字`
      : `已输入 ${length} 字，还需 ${MIN_REASON - length} 字`;
    ui.count.classList.toggle('is-short', length < MIN_REASON);
    ui.submit.disabled = !open || !ready();

    ui.confirm.hidden = state !== 'confirming';
    ui.choiceLine.textContent = `您的选择：${decisionName(decision)}`;
    ui.choiceLine.dataset.decision = decision;
    ui.reasonEcho.replaceChildren(...(decision === 'VETO' ? ['理由：', bdi(reasonText())] : []));
    ui.reasonEcho.hidden = decision !== 'VETO';
    ui.cast.disabled = state !== 'confirming' || !ready();
    ui.edit.disabled = state !== 'confirming';

    ui.resend.hidden = !(state === 'sending' && slow);
    ui.status.replaceChildren(...statusParts());
    ui.status.hidden = !ui.status.textContent;
    ui.status.dataset.decision = state === 'accepted' && sent ? sent.decision : '';
    ui.alert.textContent = state === 'already' ? '' : problem;
    ui.alert.hidden = !ui.alert.textContent;
  }

  /** The status line, the member's own reason in it isolated as user text. */
  function statusParts() {
    if (state === 'accepted' && sent.decision === 'VETO') {
      return [`您已投票：${decisionName(sent.decision)}\n理由：`, bdi(sent.reason), '\n投票已记录，不可更改。'];
    }
    const text = statusText();
    return text ? [text] : [];
  }

  function statusText() {
    if (state === 'sending' && slow) return '尚未收到服务器确认。可重新提交，不会重复计票。';
    if (state === 'sending') return '正在提交投票…';
    if (state === 'accepted') return `您已投票：${decisionName(sent.decision)}\n投票已记录，不可更改。`;
    if (state === 'already') return '您已投票。\n投票此前已记录，不可更改。';
    return '';
  }

  /** The panel shows only on a member's page while voting is open. */
  function show(visible) {
    if (visible && !ui) {
      build();
      render();
    }
    if (ui) ui.panel.hidden = !visible;
  }

  return { show, resume, accepted, refused };
}
