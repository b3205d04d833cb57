// 更正: a dialog that corrects a record in place, asking for the reason (原因), and shows what
// the server refuses (a booked defense's broken rules, a started defense, a published round).

import { button, h } from '../shared/dom.js';
import { patch } from './api.js';
import { correctionBody } from './changes.js';
import { clearMessage, conflictList, field, messageBox, showError } from './dom.js';

/**
 * A correction dialog, opened with the record to correct. fields: [{label, control, hint}];
 * fill(record): puts its values in the controls; read(): the edited values by field name;
 * original(record): the stored values to compare with (the record itself by default); path(record):
 * where to PATCH; prepare(body): the body as the API takes it; done(answer): after a success.
 */
export function correctionDialog({
  id, title, fields, fill, read, original = (record) => record, path, prepare = (body) => body, done,
}) {
  let current = null;
  const heading = h('h3', { id: `${id}-title`, text: title });
  const reason = h('textarea', { name: 'reason', rows: '2', maxlength: '500', required: true });
  const box = messageBox();
  const form = h('form', { class: 'stack', novalidate: true },
    heading,
    h('div', { class: 'form-grid' }, fields.map((f) => field(f.label, f.control, f.hint))),
    field('更正原因', reason, '必填，将与更正前后的内容一并记入审计日志'),
    box,
    h('div', { class: 'form-actions' },
      h('button', { type: 'submit', class: 'btn btn-primary', text: '保存更正' }),
      button('取消', () => dialog.close())));
  const dialog = h('dialog', { class: 'dialog dialog-wide', id, 'aria-labelledby': `${id}-title` }, form);

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearMessage(box);
    const { body, problem } = correctionBody(original(current), read(), reason.value);
    if (problem) {
      showError(box, { code: problem, body: { error: problem } });
      (problem === 'reason_required' ? reason : form.querySelector('input, select')).focus();
      return;
    }
    try {
      const answer = await patch(path(current), prepare(body));
      dialog.close();
      await done(answer);
    } catch (error) {
      showError(box, error);
      const list = conflictList(error);
      if (list) {
        box.replaceChildren(h('p', { text: `无法更正：已安排的答辩将违反 ${error.body.conflicts.length} 条排程规则，请先调整或取消该答辩` }), list);
      }
    }
  });

  return {
    element: dialog,
    open(record, text) {
      current = record;
      fill(record);
      heading.textContent = text || title;
      reason.value = '';
      clearMessage(box);
      dialog.showModal();
      const first = form.querySelector('input, select');
      if (first) first.focus();
    },
  };
}
