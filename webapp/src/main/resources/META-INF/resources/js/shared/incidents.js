// Incidents of a defense room (GET /api/defenses/{id}/incidents, the secretary's incident message):
// a participant's lost connection and their return, with the absence's length.

const ROLE_NAMES = { APPLICANT: '答辩人', MEMBER: '评委', SECRETARY: '秘书处' };

/** One incident as the secretary's page lists it, e.g. "答辩人 3 断线（计时已暂停）" or "评委 张三 返回，离开 35 秒". */
export function incidentText(incident, name) {
  const who = name || ROLE_NAMES[incident.role] || incident.participantId;
  if (incident.kind === 'RETURNED') {
    const length = incident.seconds == null ? '' : `，离开 ${incident.seconds} 秒`;
    return `${who} 返回${length}${incident.clockPaused ? '（计时已恢复）' : ''}`;
  }
  return `${who} 断线${incident.clockPaused ? '（计时已暂停）' : ''}`;
}

/**
 * The result sheet's lines, one per role that lost a connection: "答辩人断线 1 次，共 35 秒；计时已暂停".
 * An absence without a known length (still away in an open defense) counts no seconds and says so.
 */
export function incidentLines(incidents) {
  const lines = [];
  for (const [role, label] of Object.entries(ROLE_NAMES)) {
    const lost = (incidents || []).filter((i) => i.kind === 'DISCONNECTED' && i.role === role);
    if (!lost.length) continue;
    const seconds = lost.reduce((sum, i) => sum + (i.seconds == null ? 0 : i.seconds), 0);
    const open = lost.some((i) => i.seconds == null);
    const paused = lost.some((i) => i.clockPaused);
    lines.push(`${label}断线 ${lost.length} 次，共 ${seconds} 秒${open ? '（尚未返回）' : ''}${paused ? '；计时已暂停' : ''}`);
  }
  return lines;
}
