// 回避: a member stands down from one defense, with a reason. The member declares it on their home
// page, the secretariat records it from the schedule; both before voting opens.

import { button, h } from '../shared/dom.js';
import { STAGES, Stage } from '../shared/protocol.js';
import { post } from './api.js';
import { clearMessage, field, messageBox, options, showError } from './dom.js';

/** As the server takes it (RecusalService.MAX_REASON). */
export const MAX_REASON = 2000;

/** Whether a member may still stand down from a defense at this stage: only before VOTING. */
export function recusalOpen(stage) {
  const at = STAGES.indexOf(stage);
  return at >= 0 && at < STAGES.indexOf(Stage.VOTING);
}

/**
 * The request body for a recusal, or the error code the server would answer: the reason trimmed
 * and required; memberId only when the secretariat names the member.
 */
export function recusalRequest(reason, memberId) {
  const text = (reason || '').trim();
  if (!text) return { error: 'reason_required' };
  if (text.length > MAX_REASON) return { error: 'reason_too_long' };
  if (memberId === undefined) return { body: { reason: text } };
  const id = Number(memberId);
  if (!Number.isInteger(id) || id <= 0) return { error: 'member_required' };
  return { body: { memberId: id, reason: text } };
}

/**
 * A dialog that asks for the reason (and, given members, which member) and records the recusal.
 * onDone(recusal) runs after the server took it.
 */
export function recusalDialog(id, onDone) {
  const title = h('h3', { id: `${id}-title` });
  const member = h('select', { name: 'memberId' });
  const memberField = field('回避的评委', member);
  const reason = h('textarea', { name: 'reason', rows: '3', maxlength: String(MAX_REASON), required: true });
  const box = messageBox();
  let current = null;
  const form = h('form', { class: 'stack', novalidate: true },
    title, memberField, field('回避理由', reason, '例如：与申报人有近亲属关系、曾指导其代表作'), box,
    h('div', { class: 'form-actions' },
      h('button', { type: 'submit', class: 'btn btn-primary', text: '确认回避' }),
      button('关闭', () => dialog.close())));
  const dialog = h('dialog', { class: 'dialog', id, 'aria-labelledby': `${id}-title` }, form);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearMessage(box);
    const asked = recusalRequest(reason.value, current.members ? member.value : undefined);
    if (asked.error) {
      showError(box, { code: asked.error });
      return;
    }
    try {
      const recusal = await post(`/api/defenses/${current.defenseId}/recusals`, asked.body);
      dialog.close();
      await onDone(recusal);
    } catch (error) {
      showError(box, error);
    }
  });
  return {
    element: dialog,
    /** members: [[id, name]] for the secretariat to choose from; none when a member declares their own. */
    open(defenseId, heading, members) {
      current = { defenseId, members };
      title.textContent = heading;
      memberField.hidden = !members;
      if (members) options(member, members.map(([value, text]) => [String(value), text]), { placeholder: '请选择' });
      reason.value = '';
      clearMessage(box);
      dialog.showModal();
      (members ? member : reason).focus();
    },
  };
}
