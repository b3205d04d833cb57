// Emailed join notices as the schedule screen reports them, per applicant and per day.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { daySummary, failedNotice, NOTICE_STATUS, noticeLine } from '../../main/resources/META-INF/resources/js/console/notices.js';

test('a sent notice names the defense, the applicant and the address', () => {
  const line = noticeLine({ defenseId: 7, number: 3, name: '王通知', email: 'wang@example.org', status: 'SENT', reason: null });
  assert.deepEqual(line, { defenseId: 7, status: 'SENT', kind: 'is-ok', label: '已发送', who: '第 3 号 王通知', detail: 'wang@example.org' });
});

test('a failure carries the server\'s answer; a missing address says so', () => {
  const failed = noticeLine({ defenseId: 8, number: 4, name: '李', email: 'li@example.org', status: 'FAILED', reason: '550 user unknown' });
  assert.equal(failed.kind, 'is-bad');
  assert.equal(failed.label, '发送失败');
  assert.equal(failed.detail, 'li@example.org：550 user unknown');
  const none = noticeLine({ defenseId: 9, number: 5, name: '赵', email: null, status: 'NO_EMAIL', reason: 'the applicant has no email address' });
  assert.equal(none.label, NOTICE_STATUS.NO_EMAIL);
  assert.equal(none.kind, 'is-warn');
  assert.equal(none.detail, '');
  assert.equal(noticeLine({ number: 1, status: 'ODD' }).label, 'ODD', 'an unknown status shows as it is');
});

test('a day in one sentence', () => {
  assert.equal(daySummary({ date: '2026-12-07', sent: 2, failed: 1, noEmail: 1, notices: [{}, {}, {}, {}] }),
    '2026-12-07 共 4 场：已发送 2 份，发送失败 1 份，未登记邮箱 1 人');
  assert.equal(daySummary({ date: '2026-12-08', sent: 0, failed: 0, noEmail: 0, notices: [] }), '2026-12-08 没有待发送通知的答辩');
});

test('a 502 mail_failed answer becomes the failed notice of that defense', () => {
  const notice = failedNotice({ id: 8, number: 4, applicantId: 80 }, { name: '李' },
    { error: 'mail_failed', message: 'The SMTP server did not take the notice: refused', email: 'li@example.org', reason: 'refused' });
  assert.deepEqual(notice, { defenseId: 8, number: 4, applicantId: 80, name: '李', email: 'li@example.org', status: 'FAILED', reason: 'refused' });
  assert.equal(failedNotice({ id: 1, number: 1 }, null, { message: 'down' }).reason, 'down');
});
