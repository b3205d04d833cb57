// What became of emailed join notices, in the console's words (no DOM: unit-tested under Node).

export const NOTICE_STATUS = Object.freeze({ SENT: '已发送', FAILED: '发送失败', NO_EMAIL: '未登记邮箱' });

const KINDS = { SENT: 'is-ok', FAILED: 'is-bad', NO_EMAIL: 'is-warn' };

/**
 * One applicant's notice as the schedule screen lists it: who (defense number and name), the
 * address, the status and, for a failure, the SMTP server's answer.
 */
export function noticeLine(notice) {
  const status = notice.status || '';
  const who = `第 ${notice.number} 号 ${notice.name || ''}`.trim();
  return {
    defenseId: notice.defenseId,
    status,
    kind: KINDS[status] || '',
    label: NOTICE_STATUS[status] || status,
    who,
    detail: [notice.email || '', status === 'FAILED' && notice.reason ? notice.reason : ''].filter(Boolean).join('：'),
  };
}

/** A day's report in one sentence. */
export function daySummary(report) {
  const total = (report.notices || []).length;
  if (!total) return `${report.date} 没有待发送通知的答辩`;
  return `${report.date} 共 ${total} 场：已发送 ${report.sent} 份，发送失败 ${report.failed} 份，未登记邮箱 ${report.noEmail} 人`;
}

/** The notice a 502 mail_failed answer reports, with what the page knows of the defense. */
export function failedNotice(defense, applicant, body) {
  return {
    defenseId: defense.id,
    number: defense.number,
    applicantId: defense.applicantId,
    name: (applicant && applicant.name) || '',
    email: (body && body.email) || '',
    status: 'FAILED',
    reason: (body && body.reason) || (body && body.message) || '',
  };
}
