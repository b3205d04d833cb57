// Small DOM helpers: elements, labelled fields, tables, messages and times.

import { errorText } from './labels.js';

/**
 * Elements whose text stays a text node of their own, isolated by dir="auto" on the element
 * instead of a <bdi> inside: those that hold text only, and buttons, whose label is found by it.
 */
const TEXT_ONLY = new Set(['OPTION', 'TEXTAREA', 'TITLE', 'BUTTON']);

/**
 * Text as the page shows it: names, employers, reasons, panel and round names come from users
 * and may be written right to left (Uyghur, Arabic). Each text given to h() is isolated in its
 * own direction (a <bdi>, or dir="auto" on the element that holds it), so that it can neither
 * turn the text around it nor be turned by it.
 */
function isolated(parent, text) {
  if (text === '') return document.createTextNode('');
  if (TEXT_ONLY.has(parent.tagName)) {
    if (!parent.hasAttribute('dir')) parent.setAttribute('dir', 'auto');
    return document.createTextNode(text);
  }
  const bdi = document.createElement('bdi');
  bdi.textContent = text;
  return bdi;
}

/**
 * Creates an element. props: class, text, on<Event> handlers, dataset, boolean properties
 * (disabled, hidden, checked, multiple, required …) and any other attribute. Text (the text prop
 * and string children) is isolated in its own direction.
 */
export function h(tag, props = {}, ...children) {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(props || {})) {
    if (value === undefined || value === null || value === false) continue;
    if (key === 'class') el.className = value;
    else if (key === 'text') {
      el.textContent = value;
      if (!('dir' in (props || {}))) el.setAttribute('dir', 'auto');
    }
    else if (key === 'dataset') Object.assign(el.dataset, value);
    else if (/^on[A-Z]/.test(key)) el.addEventListener(key.slice(2).toLowerCase(), value);
    else if (typeof value === 'boolean') {
      if (key in el) el[key] = value;
      else el.setAttribute(key, '');
    }
    else el.setAttribute(key, String(value));
  }
  el.append(...children.flat(Infinity).filter((c) => c !== null && c !== undefined && c !== false)
    .map((c) => (typeof c === 'string' || typeof c === 'number' ? isolated(el, String(c)) : c)));
  return el;
}

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

export function button(text, onClick, props = {}) {
  return h('button', { type: 'button', class: 'btn', ...props, onClick }, text);
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

/** "2026-12-07T09:00:00+08:00" → {date, time, offset}, read as written (the round's zone). */
export function isoParts(iso) {
  const match = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:\d{2})?$/.exec(iso || '');
  if (!match) return { date: '', time: '', offset: '' };
  return { date: match[1], time: match[2], offset: match[3] === 'Z' ? '+00:00' : match[3] || '' };
}

export function dateTime(iso) {
  const p = isoParts(iso);
  return p.date ? `${p.date} ${p.time}` : '';
}

const WEEKDAYS = ['周日', '周一', '周二', '周三', '周四', '周五', '周六'];

export function weekday(date) {
  const day = new Date(`${date}T00:00:00Z`).getUTCDay();
  return Number.isNaN(day) ? '' : WEEKDAYS[day];
}

/** Today's date in a time zone, YYYY-MM-DD. */
export function todayIn(timeZone) {
  try {
    return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' })
      .format(new Date());
  } catch {
    return new Date().toISOString().slice(0, 10);
  }
}

/** The UTC offset ("+08:00") of a time zone at a local date and time there. */
export function zoneOffset(timeZone, date, time) {
  try {
    const guess = new Date(`${date}T${time}:00Z`);
    const parts = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' }).formatToParts(guess);
    const name = (parts.find((p) => p.type === 'timeZoneName') || {}).value || '';
    const match = /GMT([+-]\d{2}):?(\d{2})?/.exec(name);
    if (match) return `${match[1]}:${match[2] || '00'}`;
    if (name === 'GMT') return '+00:00';
  } catch {
    // an unknown zone falls through to the default
  }
  return '+08:00';
}

/** The start as the API takes it: "YYYY-MM-DDTHH:mm:00+08:00" in the round's zone. */
export function startIn(round, date, time) {
  return `${date}T${time}:00${zoneOffset(round.timeZone, date, time)}`;
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
