// The console's building blocks: labelled fields, tables, messages (elements come from shared/dom.js).

import { h } from '../shared/dom.js';
import { conflictName, errorText } from './labels.js';

let counter = 0;
export function uid(prefix = 'f') {
  counter += 1;
  return `${prefix}-${counter}`;
}

/** A labelled form field; the control gets an id when it has none. */
export function field(labelText, control, hint) {
  if (!control.id) control.id = uid('field');
  const parts = [h('label', { for: control.id, text: labelText }), control];
  if (hint) {
    const hintId = uid('hint');
    control.setAttribute('aria-describedby', hintId);
    parts.push(h('small', { class: 'hint', id: hintId, text: hint }));
  }
  return h('div', { class: 'field' }, parts);
}

export function options(select, items, { placeholder } = {}) {
  const list = items.map(([value, text]) => h('option', { value, text }));
  if (placeholder !== undefined) list.unshift(h('option', { value: '', text: placeholder }));
  select.replaceChildren(...list);
  return select;
}

/** A message box next to a form; role=alert for errors so that screen readers hear them. */
export function messageBox() {
  return h('div', { class: 'message', hidden: true, 'aria-live': 'polite' });
}

export function showError(box, error) {
  const lines = [h('p', { text: errorText(error) })];
  const violations = error.body && Array.isArray(error.body.violations) ? error.body.violations : [];
  if (violations.length > 1) {
    lines.push(h('ul', {}, violations.map((v) => h('li', { text: `${v.field}: ${v.message}` }))));
  }
  box.className = 'message is-error';
  box.setAttribute('role', 'alert');
  box.replaceChildren(...lines);
  box.hidden = false;
}

/** The broken scheduling rules of a 409 answer as a list (null when it names none). */
export function conflictList(error) {
  const conflicts = (error.body && error.body.conflicts) || [];
  if (!conflicts.length) return null;
  return h('ul', { class: 'conflicts' }, conflicts.map((c) => h('li', { dataset: { rule: c.rule } },
    h('strong', { text: conflictName(c.rule) }), h('span', { class: 'detail', text: c.detail }))));
}

export function showOk(box, ...content) {
  box.className = 'message is-ok';
  box.setAttribute('role', 'status');
  box.replaceChildren(...content.map((c) => (typeof c === 'string' ? h('p', { text: c }) : c)));
  box.hidden = false;
}

export function clearMessage(box) {
  box.hidden = true;
  box.replaceChildren();
}

/**
 * A table. columns: [{label, cell(row) → node or text, class}]. empty: text when no rows.
 */
export function table(columns, rows, { empty = '暂无数据', caption, className = 'data' } = {}) {
  const head = h('thead', {}, h('tr', {}, columns.map((c) => h('th', { scope: 'col', class: c.class, text: c.label }))));
  const body = h('tbody', {}, rows.length
    ? rows.map((row) => h('tr', {}, columns.map((c) => cell(c, row))))
    : h('tr', {}, h('td', { colspan: String(columns.length), class: 'empty', text: empty })));
  return h('table', { class: className }, caption ? h('caption', { text: caption }) : null, head, body);
}

function cell(column, row) {
  const value = column.cell(row);
  return h('td', { class: column.class }, value === null || value === undefined ? '' : value);
}

export function badge(text, kind = '') {
  return h('span', { class: `badge ${kind}`.trim(), text });
}

/** Copies text to the clipboard, falling back to selecting it. */
export async function copyText(text, input) {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    if (input) {
      input.select();
      try {
        return document.execCommand('copy');
      } catch {
        return false;
      }
    }
    return false;
  }
}
