// Who may share a screen now, as the page shows it on its share button (the server decides: see
// docs/protocol.md, `share`). Pure, for the Node tests.

import { Stage } from '../shared/protocol.js';

export const PRESENTING_STAGES = Object.freeze([Stage.STATEMENT, Stage.QUESTIONS]);

/**
 * state: {role, stage, membersMay, sharerId, selfId, inRoom}
 * → {visible, enabled, sharing}: the button is shown to whoever may share in principle, enabled
 * while they may share now (or to stop their own share).
 */
export function shareButton(state) {
  const sharing = Boolean(state.sharerId) && String(state.sharerId) === String(state.selfId);
  const roleMay = state.role === 'APPLICANT' || state.role === 'SECRETARY' || (state.role === 'MEMBER' && Boolean(state.membersMay));
  const visible = Boolean(state.inRoom) && (roleMay || sharing);
  const now = PRESENTING_STAGES.includes(state.stage) && !state.sharerId;
  return { visible, enabled: visible && (sharing || (roleMay && now)), sharing };
}

/** The room's share after a `share` message: who shares now (null for no one). */
export function nextSharer(current, message) {
  if (!message || message.participantId == null) return current;
  const id = String(message.participantId);
  if (message.active) return id;
  return current === id ? null : current;
}
