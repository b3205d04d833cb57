// Incidents as the secretary's page and the result sheet write them (shared/incidents.js).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { incidentLines, incidentText } from '../../main/resources/META-INF/resources/js/shared/incidents.js';

const lost = (role, seconds, clockPaused = false, participantId = 'A1') => ({
  participantId, role, kind: 'DISCONNECTED', at: '2026-12-07T01:04:00Z', seconds, clockPaused,
});

test('one line per role that lost a connection, with the count and the total length', () => {
  assert.deepEqual(incidentLines([
    lost('APPLICANT', 35, true),
    { ...lost('APPLICANT', 35, true), kind: 'RETURNED' },
    lost('MEMBER', 10, false, 'M2'),
    lost('MEMBER', 5, false, 'M3'),
  ]), ['答辩人断线 1 次，共 35 秒；计时已暂停', '评委断线 2 次，共 15 秒']);
});

test('an absence of unknown length counts no seconds and says so; no incident, no line', () => {
  assert.deepEqual(incidentLines([lost('SECRETARY', null)]), ['秘书处断线 1 次，共 0 秒（尚未返回）']);
  assert.deepEqual(incidentLines([]), []);
  assert.deepEqual(incidentLines(undefined), []);
});

test('the live list names who and, on a return, for how long', () => {
  assert.equal(incidentText(lost('APPLICANT', null, true), '答辩人 3'), '答辩人 3 断线（计时已暂停）');
  assert.equal(incidentText({ ...lost('MEMBER', 35), kind: 'RETURNED' }, '张三'), '张三 返回，离开 35 秒');
  assert.equal(incidentText(lost('MEMBER', null)), '评委 断线');
});
