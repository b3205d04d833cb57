// The secretary's view of the vote: how many present members have voted (never how), and 结束投票.

function element(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text != null) node.textContent = text;
  return node;
}

function button(className, text, action) {
  const node = element('button', `btn ${className}`, text);
  node.type = 'button';
  node.dataset.action = action;
  return node;
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
    const panel = element('section', 'panel vote-status-panel');
    panel.id = 'vote-status';
    panel.setAttribute('aria-labelledby', 'vote-status-title');
    const title = element('h2', '', '投票情况');
    title.id = 'vote-status-title';
    const tally = element('p', 'vote-tally');
    tally.setAttribute('aria-live', 'polite');
    const cast = element('strong', 'vote-tally-cast');
    const present = element('strong', 'vote-tally-present');
    tally.append('已投票 ', cast, ' / 在场评委 ', present);
    const hint = element('p', 'vote-hint');
    const close = button('vote-close', '结束投票', 'close-voting');

    const confirm = element('div', 'vote-close-confirm');
    confirm.setAttribute('role', 'alertdialog');
    confirm.setAttribute('aria-labelledby', 'vote-close-question');
    const question = element('p', 'vote-close-question');
    question.id = 'vote-close-question';
    const buttons = element('div', 'vote-buttons');
    const yes = button('btn-danger-solid', '确认结束', 'confirm-close-voting');
    const no = button('', '取消', 'cancel-close-voting');
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
