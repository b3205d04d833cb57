// The body a correction form sends (console/changes.js): only what changed, with the reason.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { changedFields, correctionBody } from '../../main/resources/META-INF/resources/js/console/changes.js';

const applicant = { name: '王建国', employer: '某公司', status: 'SUBMITTED', email: null, phone: '13800138000' };

test('only the fields that differ are sent, texts trimmed', () => {
  assert.deepEqual(changedFields(applicant, { name: ' 王建国 ', employer: '某公司', status: 'FEE_PAID' }),
    { status: 'FEE_PAID' });
  assert.deepEqual(changedFields(applicant, { email: '', phone: '13800138000' }), {}, 'empty is the same as none');
});

test('a field emptied is sent empty, so that the server clears it', () => {
  assert.deepEqual(changedFields(applicant, { phone: '' }), { phone: '' });
  assert.deepEqual(changedFields(applicant, { phone: null }), { phone: '' });
});

test('lists are compared element by element, numbers and their text alike', () => {
  const panel = { memberIds: [3, 4, 5], chairId: 3 };
  assert.deepEqual(changedFields(panel, { memberIds: [3, 4, 5], chairId: '3' }), {});
  assert.deepEqual(changedFields(panel, { memberIds: [3, 5, 4] }), { memberIds: [3, 5, 4] });
  assert.deepEqual(changedFields({ specialtyCodes: undefined }, { specialtyCodes: [] }), {});
});

test('a correction needs a change and a reason', () => {
  assert.deepEqual(correctionBody(applicant, { status: 'SUBMITTED' }, '已缴费'), { problem: 'nothing_to_change' });
  assert.deepEqual(correctionBody(applicant, { status: 'FEE_PAID' }, '  '), { problem: 'reason_required' });
  assert.deepEqual(correctionBody(applicant, { status: 'FEE_PAID' }, ' 已缴费 '),
    { body: { status: 'FEE_PAID', reason: '已缴费' } });
});
