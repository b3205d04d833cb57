// The secretary's controls: the lobby with 准入 buttons and the stage buttons.

import { stageAction, stageIndex, STAGES } from './labels.js';
import { bdi } from './text.js';

const STAGE_BUTTONS = STAGES.filter((stage) => stage !== 'SCHEDULED');

/**
 * elements: panel, waitingList, waitingEmpty, waitingCount, stageButtons
 * actions: admit(participantId), moveTo(stage)
 */
export function createSecretaryPanel(elements, actions) {
  let currentStage = '';

  function buildStageButtons() {
    elements.stageButtons.replaceChildren(...STAGE_BUTTONS.map(makeStageButton));
  }

  function makeStageButton(stage) {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = stage === 'CLOSED' ? 'btn btn-stage btn-danger' : 'btn btn-stage';
    button.dataset.action = 'stage';
    button.dataset.stage = stage;
    button.textContent = stageAction(stage);
    button.addEventListener('click', () => actions.moveTo(stage));
    return button;
  }

  function show(visible) {
    elements.panel.hidden = !visible;
  }

  /**
   * Enables only the stages later than the current one. While voting, the defense closes from the
   * vote panel's 结束投票 (with its count and confirmation), so the plain close button steps aside.
   */
  function setStage(stage) {
    currentStage = stage;
    const current = stageIndex(stage);
    for (const button of elements.stageButtons.querySelectorAll('button')) {
      const later = stageIndex(button.dataset.stage) > current;
      button.disabled = !later;
      button.hidden = stage === 'VOTING' && button.dataset.stage === 'CLOSED';
      button.classList.toggle('is-current', button.dataset.stage === currentStage);
    }
  }

  function setWaiting(waiting) {
    const list = Array.isArray(waiting) ? waiting : [];
    elements.waitingList.replaceChildren(...list.map(makeWaitingItem));
    elements.waitingEmpty.hidden = list.length > 0;
    elements.waitingCount.textContent = list.length ? `（${list.length}）` : '';
  }

  function makeWaitingItem(applicant) {
    const item = document.createElement('li');
    item.className = 'waiting-item';
    const name = document.createElement('span');
    name.append(bdi(applicant.name));
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'btn btn-small btn-primary';
    button.dataset.action = 'admit';
    button.dataset.admit = String(applicant.id);
    button.textContent = '准入';
    button.setAttribute('aria-label', `准入 ${applicant.name}`);
    button.addEventListener('click', () => {
      button.disabled = true;
      actions.admit(applicant.id);
    });
    item.append(name, button);
    return item;
  }

  buildStageButtons();
  return { show, setStage, setWaiting };
}
