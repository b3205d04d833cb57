// The solver's proposal in the console's words: why it ended, who it left out and why, and which
// commit it allows (no DOM: unit-tested under Node).

export const ENDED_BY = Object.freeze({
  UNIMPROVED: '方案已不再改进，提前结束',
  FIRST_FEASIBLE: '已找到可行方案',
  TIME_LIMIT: '已到时限',
  STOPPED: '已手动停止，保留当前最优方案',
});

export function endedByName(code) {
  return (code && ENDED_BY[code]) || '';
}

/** Each applicant left out: who, the server's reason (in Chinese) and its code. */
export function unplacedLines(proposal, nameOf) {
  return (proposal.unplaced || []).map((u) => ({
    applicantId: u.applicantId,
    who: nameOf(u.applicantId),
    code: u.code || '',
    reason: u.reason || '',
  }));
}

/**
 * What may be committed: 'whole' for a finished plan that keeps every rule and places everyone,
 * 'partial' when it keeps every rule but leaves some out (the rest is booked only when asked),
 * null otherwise.
 */
export function commitChoice(proposal) {
  if (!proposal || proposal.status !== 'DONE' || proposal.committed || proposal.hardViolations !== 0) return null;
  const placed = (proposal.assignments || []).length;
  const left = (proposal.unplaced || []).length;
  if (!placed) return null;
  return left ? 'partial' : 'whole';
}

/** The run's time as the card shows it: seconds so far (or in all) against the limit. */
export function elapsedText(proposal, limitSeconds) {
  const seconds = Math.round(Number(proposal.elapsedSeconds) || 0);
  return `${Math.min(seconds, limitSeconds)} / ${limitSeconds} 秒`;
}
