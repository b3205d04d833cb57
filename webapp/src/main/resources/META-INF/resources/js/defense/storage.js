// Keeps the resume token per defense in sessionStorage (this tab only).

function key(defenseId) {
  return `viva.defense.${defenseId}.resumeToken`;
}

export function loadResumeToken(defenseId) {
  try {
    return sessionStorage.getItem(key(defenseId)) || '';
  } catch {
    return '';
  }
}

export function saveResumeToken(defenseId, token) {
  try {
    sessionStorage.setItem(key(defenseId), token);
  } catch {
    // storage unavailable: the token still lives in memory
  }
}

export function forgetResumeToken(defenseId) {
  try {
    sessionStorage.removeItem(key(defenseId));
  } catch {
    // nothing to forget
  }
}
