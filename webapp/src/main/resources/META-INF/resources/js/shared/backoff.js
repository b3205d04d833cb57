// How long to wait before trying again after a failure: doubling from one second, up to a ceiling.

export const MAX_BACKOFF_S = 15;

/** Seconds to wait before attempt n after a drop (n = 0, 1, 2 …): 1, 2, 4, 8, 15, 15 … */
export function backoffSeconds(attempt, max = MAX_BACKOFF_S) {
  const n = Number.isFinite(attempt) ? Math.max(0, Math.floor(attempt)) : 0;
  return Math.min(max, 2 ** Math.min(n, 30));
}
