// The secretary's controls: the lobby with 准入 buttons and the stage buttons.

import { bdi, button, h } from '../shared/dom.js';
import { stageAction } from '../shared/labels.js';
import { Stage, stageIndex, stagesAfter } from '../shared/protocol.js';

const STAGE_BUTTONS = stagesAfter(Stage.SCHEDULED);

/**
 * elements: panel, waitingList, waitingEmpty, waitingCount, stageButtons
 * actions: admit(participantId), moveTo(stage), admitLabel(applicant) (optional: the admit button's text)
 */
export function createSecretaryPanel(elements, actions) {
  let currentStage = '';

  function buildStageButtons() {
    elements.stageButtons.replaceChildren(...STAGE_BUTTONS.map(makeStageButton));
  }

  function makeStageButton(stage) {
    return button(stageAction(stage), () => actions.moveTo(stage), {
      class: stage === Stage.CLOSED ? 'btn btn-stage btn-danger' : 'btn btn-stage',
      dataset: { action: 'stage', stage },
    });
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
    for (const stageButton of elements.stageButtons.querySelectorAll('button')) {
      const later = stageIndex(stageButton.dataset.stage) > current;
      stageButton.disabled = !later;
      stageButton.hidden = stage === Stage.VOTING && stageButton.dataset.stage === Stage.CLOSED;
      stageButton.classList.toggle('is-current', stageButton.dataset.stage === currentStage);
    }
  }

  function setWaiting(waiting) {
    const list = Array.isArray(waiting) ? waiting : [];
    elements.waitingList.replaceChildren(...list.map(makeWaitingItem));
    elements.waitingEmpty.hidden = list.length > 0;
    elements.waitingCount.textContent = list.length ? `（${list.length}）` : '';
  }

  function makeWaitingItem(applicant) {
    const label = actions.admitLabel ? actions.admitLabel(applicant) : '准入';
    const admit = button(label, () => {
      admit.disabled = true;
      actions.admit(applicant.id);
    }, {
      class: 'btn btn-small btn-primary',
      dataset: { action: 'admit', admit: String(applicant.id) },
      'aria-label': `${label} ${applicant.name}`,
    });
    return h('li', { class: 'waiting-item' }, h('span', {}, bdi(applicant.name)), admit);
  }

  buildStageButtons();
  return { show, setStage, setWaiting };
}
