// Who may share a screen now, as the share button shows it (defense/sharestate.js).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { nextSharer, shareButton } from '../../main/resources/META-INF/resources/js/defense/sharestate.js';

const base = { role: 'APPLICANT', stage: 'STATEMENT', membersMay: false, sharerId: null, selfId: 'a1', inRoom: true };

test('the applicant and the secretary may share during the statement and the questions', () => {
  assert.deepEqual(shareButton(base), { visible: true, enabled: true, sharing: false });
  assert.equal(shareButton({ ...base, role: 'SECRETARY', stage: 'QUESTIONS' }).enabled, true);
});

test('outside those stages the button is there but disabled', () => {
  for (const stage of ['LOBBY', 'VOTING', 'CLOSED']) {
    assert.deepEqual(shareButton({ ...base, stage }), { visible: true, enabled: false, sharing: false }, stage);
  }
});

test('a member sees the button only once the secretary allows members to share', () => {
  assert.equal(shareButton({ ...base, role: 'MEMBER' }).visible, false);
  assert.deepEqual(shareButton({ ...base, role: 'MEMBER', membersMay: true }), { visible: true, enabled: true, sharing: false });
});

test('while someone else shares, nobody else may; the sharer may stop', () => {
  assert.equal(shareButton({ ...base, sharerId: 's1' }).enabled, false);
  assert.deepEqual(shareButton({ ...base, sharerId: 'a1' }), { visible: true, enabled: true, sharing: true });
  assert.deepEqual(shareButton({ ...base, sharerId: 'a1', stage: 'VOTING' }).enabled, true);
});

test('no button in the lobby', () => {
  assert.equal(shareButton({ ...base, inRoom: false }).visible, false);
});

test('the room\'s sharer follows the share messages', () => {
  assert.equal(nextSharer(null, { participantId: 'a1', active: true }), 'a1');
  assert.equal(nextSharer('a1', { participantId: 'a1', active: false }), null);
  assert.equal(nextSharer('a1', { participantId: 's1', active: false }), 'a1', 'an end of someone else\'s share changes nothing');
  assert.equal(nextSharer('a1', {}), 'a1');
});
