// What a correction form sends: only the fields the secretariat changed, and the reason.

function same(a, b) {
  if (Array.isArray(a) || Array.isArray(b)) {
    const x = Array.isArray(a) ? a : [];
    const y = Array.isArray(b) ? b : [];
    return x.length === y.length && x.every((v, i) => String(v) === String(y[i]));
  }
  const blank = (v) => v === undefined || v === null || v === '';
  if (blank(a) || blank(b)) return blank(a) && blank(b);
  return String(a) === String(b);
}

/**
 * The fields of `edited` whose value differs from `original` (texts trimmed; '', null and a missing
 * value alike; lists element by element). A field emptied is sent as '' so that the server clears it.
 */
export function changedFields(original, edited) {
  const body = {};
  for (const [key, raw] of Object.entries(edited)) {
    const value = typeof raw === 'string' ? raw.trim() : raw;
    if (!same(original[key], value)) body[key] = value === undefined || value === null ? '' : value;
  }
  return body;
}

/**
 * The PATCH body, or what is missing: {body} with the reason added, or {problem} when nothing
 * changed ('nothing_to_change') or no reason is given ('reason_required').
 */
export function correctionBody(original, edited, reason) {
  const body = changedFields(original, edited);
  if (!Object.keys(body).length) return { problem: 'nothing_to_change' };
  const why = String(reason || '').trim();
  if (!why) return { problem: 'reason_required' };
  return { body: { ...body, reason: why } };
}
