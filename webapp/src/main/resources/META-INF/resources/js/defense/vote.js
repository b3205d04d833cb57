// The member's vote: 同意 or 否决 (with a written reason), a confirm step, and one idempotency key
// kept until the server has stored the vote. Built only on a member's page.

import { bdi, button, h } from '../shared/dom.js';
import { decisionName } from '../shared/labels.js';
import { Send } from '../shared/protocol.js';
import { voteErrorText } from './labels.js';

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
    const panel = h('section', { class: 'panel vote-panel', id: 'vote-panel', 'aria-labelledby': 'vote-title' });
    const title = h('h2', { text: '投票表决', id: 'vote-title' });

    const form = h('div', { class: 'vote-form' });
    const prompt = h('p', { class: 'vote-prompt', text: '请选择您的表决意见：', id: 'vote-prompt' });
    const choices = h('div', { class: 'vote-choices', role: 'group', 'aria-labelledby': 'vote-prompt' });
    const pass = button(decisionName('PASS'), () => choose('PASS'), { class: 'btn vote-choice vote-pass', dataset: { vote: 'PASS' } });
    const veto = button(decisionName('VETO'), () => choose('VETO'), { class: 'btn vote-choice vote-veto', dataset: { vote: 'VETO' } });
    choices.append(pass, veto);

    const reasonField = h('div', { class: 'field vote-reason' });
    const label = h('label', { text: `否决理由（必填，至少 ${MIN_REASON} 个字）` });
    label.htmlFor = 'vote-reason';
    const reason = h('textarea', { class: 'vote-reason-input', id: 'vote-reason' });
    reason.name = 'reason';
    reason.rows = 4;
    reason.maxLength = MAX_REASON;
    reason.placeholder = '请写明否决的理由';
    const count = h('p', { class: 'vote-count', id: 'vote-reason-count', 'aria-live': 'polite' });
    reason.setAttribute('aria-describedby', 'vote-reason-count');
    reasonField.append(label, reason, count);

    const submit = button('提交投票', null, { class: 'btn btn-primary vote-submit', dataset: { action: 'submit-vote' } });
    form.append(prompt, choices, reasonField, submit);

    const confirm = h('div', { class: 'vote-confirm' });
    const choiceLine = h('p', { class: 'vote-confirm-choice' });
    const reasonEcho = h('p', { class: 'vote-reason-echo' });
    const warning = h('p', { class: 'vote-warning', text: '投票后不可更改，请确认。' });
    const confirmButtons = h('div', { class: 'vote-buttons' });
    const cast = button('确认投票', null, { class: 'btn btn-primary', dataset: { action: 'cast-vote' } });
    const edit = button('返回修改', null, { class: 'btn', dataset: { action: 'edit-vote' } });
    confirmButtons.append(cast, edit);
    confirm.append(choiceLine, reasonEcho, warning, confirmButtons);

    const status = h('p', { class: 'vote-status', role: 'status' });
    const resend = button('重新提交', null, { class: 'btn vote-resend', dataset: { action: 'resend-vote' } });
    const alert = h('p', { class: 'vote-error', role: 'alert' });

    panel.append(title, form, confirm, status, resend, alert);
    slot.append(panel);

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
    actions.send({ type: Send.VOTE, decision: sent.decision, reason: sent.reason, key });
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
