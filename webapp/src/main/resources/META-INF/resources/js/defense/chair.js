// The chair's controls on the secretary's room page (docs/protocol.md, "The chair's controls"):
// 静音, 移至等候区 and 移出 beside each participant in the presence list; and what the page shows
// a participant the chair muted, or an applicant waiting in the lobby.

import { Send, Stage } from '../shared/protocol.js';
import { button } from '../shared/dom.js';
import { CHAIR_LABELS, lobbyText } from './labels.js';

export { lobbyText };

/** The controls the secretary has over one participant now: none over themself, none once closed. */
export function controlsFor(you, participant, stage) {
  if (!you || you.role !== 'SECRETARY' || !participant || String(participant.id) === String(you.id)) return [];
  if (stage === Stage.CLOSED) return [];
  const controls = [Send.MUTE];
  if (participant.role === 'APPLICANT' && stage !== Stage.VOTING) controls.push(Send.TO_LOBBY);
  controls.push(Send.REMOVE);
  return controls;
}

/** The socket message that carries a control. */
export function chairMessage(control, participantId) {
  return { type: control, participantId: String(participantId) };
}

/** The waiting applicant's button: 请回会场 for one who was in the room before, else 准入. */
export function admitLabel(wasInRoom) {
  return wasInRoom ? CHAIR_LABELS.readmit : CHAIR_LABELS.admit;
}

/** Whether a control asks the secretary to confirm first (removing someone cannot be taken back). */
export function needsConfirmation(control) {
  return control === Send.REMOVE;
}

/**
 * Adds the controls to each item of the presence list (li[data-presence-id]); each button carries
 * data-action (mute, to-lobby, remove) and data-chair-target (the participant's id).
 * send(message): sends on the socket; confirm(text): the browser's confirm, or a stand-in.
 */
export function decoratePresence(listElement, you, participants, stage, { send, confirm }) {
  for (const participant of participants) {
    const item = listElement.querySelector(`[data-presence-id="${CSS.escape(String(participant.id))}"]`);
    if (!item) continue;
    const controls = controlsFor(you, participant, stage);
    if (!controls.length) continue;
    const box = document.createElement('span');
    box.className = 'chair-controls';
    for (const control of controls) {
      box.append(button(CHAIR_LABELS[control], () => {
        if (needsConfirmation(control) && !confirm(`${CHAIR_LABELS.confirmRemove}${participant.name}？`)) return;
        send(chairMessage(control, participant.id));
      }, {
        class: control === Send.REMOVE ? 'btn btn-small btn-danger' : 'btn btn-small',
        dataset: { action: control, chairTarget: String(participant.id) }, // not data-participant-id: that names videos
        'aria-label': `${CHAIR_LABELS[control]} ${participant.name}`,
      }));
    }
    item.append(box);
  }
}
