// Users' own text on the defense page: names, employers, reasons.

/**
 * The text in a <bdi>, which isolates its direction: a name written right to left (Uyghur,
 * Arabic) neither turns the page's text around it nor is turned by it.
 */
export function bdi(text) {
  const node = document.createElement('bdi');
  node.textContent = text == null ? '' : String(text);
  return node;
}
