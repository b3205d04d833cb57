// The chair's controls: who gets which control, the messages they send, and the lobby's texts.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  admitLabel, chairMessage, controlsFor, lobbyText, needsConfirmation,
} from '../../main/resources/META-INF/resources/js/defense/chair.js';
import { PAGE_SENDS } from '../../main/resources/META-INF/resources/js/shared/protocol.js';

const secretary = { id: 'S1', name: '秘书处', role: 'SECRETARY' };
const member = { id: 'M4', name: '张评委', role: 'MEMBER' };
const applicant = { id: 'A9', name: '答辩人 3', role: 'APPLICANT' };

test('the secretary mutes and removes anyone, and sends only the applicant to the lobby', () => {
  assert.deepEqual(controlsFor(secretary, member, 'QUESTIONS'), ['mute', 'remove']);
  assert.deepEqual(controlsFor(secretary, applicant, 'STATEMENT'), ['mute', 'to-lobby', 'remove']);
  assert.deepEqual(controlsFor(secretary, applicant, 'LOBBY'), ['mute', 'to-lobby', 'remove']);
});

test('no controls over oneself, for anyone but the secretary, or once the defense closed', () => {
  assert.deepEqual(controlsFor(secretary, secretary, 'QUESTIONS'), []);
  assert.deepEqual(controlsFor(member, applicant, 'QUESTIONS'), []);
  assert.deepEqual(controlsFor(applicant, member, 'QUESTIONS'), []);
  assert.deepEqual(controlsFor(null, member, 'QUESTIONS'), []);
  assert.deepEqual(controlsFor(secretary, member, 'CLOSED'), []);
});

test('during the deliberation the applicant is in the lobby already: no 移至等候区', () => {
  assert.deepEqual(controlsFor(secretary, applicant, 'VOTING'), ['mute', 'remove']);
});

test('each control is a message the page may send, naming the participant', () => {
  for (const control of controlsFor(secretary, applicant, 'QUESTIONS')) {
    assert.ok(PAGE_SENDS.includes(control), control);
  }
  assert.deepEqual(chairMessage('to-lobby', 'A9'), { type: 'to-lobby', participantId: 'A9' });
  assert.deepEqual(chairMessage('mute', 12), { type: 'mute', participantId: '12' });
});

test('only removing asks for confirmation', () => {
  assert.equal(needsConfirmation('remove'), true);
  assert.equal(needsConfirmation('mute'), false);
  assert.equal(needsConfirmation('to-lobby'), false);
});

test('an applicant who was in the room comes back with 请回会场, a newcomer is admitted with 准入', () => {
  assert.equal(admitLabel(true), '请回会场');
  assert.equal(admitLabel(false), '准入');
});

test('the lobby says why the applicant waits there', () => {
  assert.match(lobbyText('deliberation'), /专家评议中/);
  assert.match(lobbyText('deliberation'), /请耐心等候/);
  assert.match(lobbyText('secretary'), /秘书处/);
  assert.match(lobbyText('waiting'), /等待秘书处准入/);
  assert.equal(lobbyText(undefined), lobbyText('waiting'));
});
