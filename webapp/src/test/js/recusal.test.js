// A recusal's pure parts: when a member may still stand down, and the request as the server takes it.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { MAX_REASON, recusalOpen, recusalRequest } from '../../main/resources/META-INF/resources/js/console/recusal.js';

test('a member may stand down until voting opens', () => {
  for (const stage of ['SCHEDULED', 'LOBBY', 'STATEMENT', 'QUESTIONS']) assert.equal(recusalOpen(stage), true, stage);
  for (const stage of ['VOTING', 'CLOSED', '', undefined, 'UNKNOWN']) assert.equal(recusalOpen(stage), false, String(stage));
});

test('a member declares with a reason only; the secretariat names the member', () => {
  assert.deepEqual(recusalRequest('  与申报人系近亲属 \n'), { body: { reason: '与申报人系近亲属' } });
  assert.deepEqual(recusalRequest('曾指导其代表作', '42'), { body: { memberId: 42, reason: '曾指导其代表作' } });
});

test('the reason is required and bounded, the member must be chosen', () => {
  assert.deepEqual(recusalRequest(''), { error: 'reason_required' });
  assert.deepEqual(recusalRequest('   \n'), { error: 'reason_required' });
  assert.deepEqual(recusalRequest(undefined, '42'), { error: 'reason_required' });
  assert.deepEqual(recusalRequest('理'.repeat(MAX_REASON + 1)), { error: 'reason_too_long' });
  assert.equal(recusalRequest('理'.repeat(MAX_REASON)).body.reason.length, MAX_REASON);
  assert.deepEqual(recusalRequest('利益冲突', ''), { error: 'member_required' });
  assert.deepEqual(recusalRequest('利益冲突', 'x'), { error: 'member_required' });
});
