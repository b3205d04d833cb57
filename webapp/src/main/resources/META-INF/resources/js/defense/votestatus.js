// The secretary's view of the vote: how many present members have voted (never how), and 结束投票.

import { button, h } from '../shared/dom.js';

/**
 * The count the secretary sees. participants: those in the room; voted: the ids of the members who
 * have voted (kept across reconnects). cast: how many have voted; present: members in the room;
 * missing: present members who have not voted yet.
 */
export function tally(participants, voted) {
  const members = [...participants].filter((p) => p.role === 'MEMBER');
  const missing = members.filter((p) => !voted.has(String(p.id))).length;
  return { cast: voted.size, present: members.length, missing };
}

/**
 * slot: where the panel goes (the top of the sidebar)
 * actions: close() — moves the defense to CLOSED
 */
export function createVoteStatus(slot, actions) {
  let ui = null;
  let confirming = false;
  let closing = false;
  let counts = { cast: 0, present: 0, missing: 0 };

  function build() {
    const panel = h('section', { class: 'panel vote-status-panel', id: 'vote-status', 'aria-labelledby': 'vote-status-title' });
    const title = h('h2', { text: '投票情况', id: 'vote-status-title' });
    const tally = h('p', { class: 'vote-tally', 'aria-live': 'polite' });
    const cast = h('strong', { class: 'vote-tally-cast' });
    const present = h('strong', { class: 'vote-tally-present' });
    tally.append('已投票 ', cast, ' / 在场评委 ', present);
    const hint = h('p', { class: 'vote-hint' });
    const close = button('结束投票', null, { class: 'btn vote-close', dataset: { action: 'close-voting' } });

    const confirm = h('div', { class: 'vote-close-confirm', role: 'alertdialog', 'aria-labelledby': 'vote-close-question' });
    const question = h('p', { class: 'vote-close-question', id: 'vote-close-question' });
    const buttons = h('div', { class: 'vote-buttons' });
    const yes = button('确认结束', null, { class: 'btn btn-danger-solid', dataset: { action: 'confirm-close-voting' } });
    const no = button('取消', null, { class: 'btn', dataset: { action: 'cancel-close-voting' } });
    buttons.append(yes, no);
    confirm.append(question, buttons);

    panel.append(title, tally, hint, close, confirm);
    slot.prepend(panel);

    close.addEventListener('click', askToClose);
    yes.addEventListener('click', closeVoting);
    no.addEventListener('click', () => {
      confirming = false;
      render();
      ui.close.focus();
    });
    ui = { panel, tally, cast, present, hint, close, confirm, question, yes, no };
  }

  function allVoted() {
    return counts.present > 0 && counts.missing === 0;
  }

  function askToClose() {
    if (closing) return;
    confirming = true;
    render();
    ui.yes.focus();
  }

  function closeVoting() {
    if (closing) return;
    closing = true;
    confirming = false;
    render();
    actions.close();
  }

  /** cast: members who have voted; present: members in the room; missing: present members not yet voted. */
  function update(next) {
    counts = { ...next };
    render();
  }

  /** The server refused the close (e.g. the stage moved meanwhile): the button is usable again. */
  function release() {
    closing = false;
    render();
  }

  function render() {
    if (!ui) return;
    const done = allVoted();
    ui.panel.dataset.allVoted = String(done);
    ui.tally.dataset.votesCast = String(counts.cast);
    ui.tally.dataset.membersPresent = String(counts.present);
    ui.cast.textContent = String(counts.cast);
    ui.present.textContent = String(counts.present);
    ui.hint.textContent = done
      ? '在场评委均已投票，可以结束投票。'
      : counts.present === 0 ? '答辩室内暂无评委。' : `尚有 ${counts.missing} 位在场评委未投票。`;
    ui.hint.classList.toggle('is-done', done);
    ui.close.classList.toggle('btn-primary', done);
    ui.close.classList.toggle('btn-prominent', done);
    ui.close.disabled = closing;
    ui.close.textContent = closing ? '正在结束…' : '结束投票';
    ui.close.hidden = confirming;
    ui.confirm.hidden = !confirming;
    ui.question.textContent = done
      ? '结束投票后答辩即告结束，并按已投的票计算结果，不可恢复。确定结束投票？'
      : `尚有 ${counts.missing} 位在场评委未投票。现在结束，未投票及不在场的评委均按未投票计，且不可恢复。确定结束投票？`;
  }

  function show(visible) {
    if (visible && !ui) build();
    if (!ui) return;
    ui.panel.hidden = !visible;
    if (!visible) confirming = false;
    render();
  }

  return { show, update, release };
}
