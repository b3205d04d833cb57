// Building the page: elements, buttons, and users' own text isolated in its direction.

/**
 * Elements whose text stays a text node of their own, isolated by dir="auto" on the element
 * instead of a <bdi> inside: those that hold text only, and buttons, whose label is found by it.
 */
const TEXT_ONLY = new Set(['OPTION', 'TEXTAREA', 'TITLE', 'BUTTON']);

/**
 * The text in a <bdi>, which isolates its direction: names, employers, reasons, panel and round
 * names come from users and may be written right to left (Uyghur, Arabic); so written, a text
 * neither turns the page's text around it nor is turned by it.
 */
export function bdi(text) {
  const node = document.createElement('bdi');
  node.textContent = text == null ? '' : String(text);
  return node;
}

function isolated(parent, text) {
  if (text === '') return document.createTextNode('');
  if (TEXT_ONLY.has(parent.tagName)) {
    if (!parent.hasAttribute('dir')) parent.setAttribute('dir', 'auto');
    return document.createTextNode(text);
  }
  return bdi(text);
}

/**
 * Creates an element. props: class, text, on<Event> handlers, dataset, boolean properties
 * (disabled, hidden, checked, multiple, required …) and any other attribute. Text (the text prop,
 * with dir="auto", and string children, each in a <bdi>) is isolated in its own direction.
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

/** A button (type="button", class "btn" unless props say otherwise); onClick may be null. */
export function button(text, onClick, props = {}) {
  return h('button', { type: 'button', class: 'btn', ...props, onClick }, text);
}
