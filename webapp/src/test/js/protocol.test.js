// The room's vocabulary (shared/protocol.js): stage order and message handling.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  STAGES, PAGE_SENDS, PAGE_HANDLES, Stage, Send, Receive, TIMED_STAGES, stageIndex, stagesAfter, parseMessage,
  createDispatcher,
} from '../../main/resources/META-INF/resources/js/shared/protocol.js';

test('the stages in their order', () => {
  assert.deepEqual([...STAGES], ['SCHEDULED', 'LOBBY', 'STATEMENT', 'QUESTIONS', 'VOTING', 'CLOSED']);
  assert.equal(stageIndex('SCHEDULED'), 0);
  assert.equal(stageIndex('CLOSED'), 5);
  assert.equal(stageIndex('RECESS'), -1);
  assert.deepEqual([...TIMED_STAGES], ['STATEMENT', 'QUESTIONS', 'VOTING']);
});

test('the secretariat may move to any later stage, never back, never to SCHEDULED', () => {
  assert.deepEqual(stagesAfter('SCHEDULED'), ['LOBBY', 'STATEMENT', 'QUESTIONS', 'VOTING', 'CLOSED']);
  assert.deepEqual(stagesAfter('LOBBY'), ['STATEMENT', 'QUESTIONS', 'VOTING', 'CLOSED']);
  assert.deepEqual(stagesAfter('VOTING'), ['CLOSED']);
  assert.deepEqual(stagesAfter('CLOSED'), []);
  assert.deepEqual(stagesAfter(''), ['LOBBY', 'STATEMENT', 'QUESTIONS', 'VOTING', 'CLOSED'], 'before any welcome');
});

test('names by constant: each constant is its own wire name', () => {
  assert.equal(Stage.VOTING, 'VOTING');
  assert.equal(Send.OFFER, 'offer');
  assert.equal(Receive.VOTE_ACCEPTED, 'vote-accepted');
  assert.deepEqual(Object.values(Stage), [...STAGES]);
  assert.deepEqual(Object.values(Send), [...PAGE_SENDS]);
  assert.deepEqual(Object.values(Receive), [...PAGE_HANDLES]);
  assert.ok(Object.isFrozen(Stage) && Object.isFrozen(STAGES) && Object.isFrozen(PAGE_HANDLES));
});

test('a frame becomes a message only when it is a JSON object with a string type', () => {
  assert.deepEqual(parseMessage('{"type":"pong","serverTime":"2026-12-07T01:00:00Z"}'),
    { type: 'pong', serverTime: '2026-12-07T01:00:00Z' });
  assert.equal(parseMessage('not json'), null);
  assert.equal(parseMessage('null'), null);
  assert.equal(parseMessage('"welcome"'), null);
  assert.equal(parseMessage('{"type":7}'), null);
  assert.equal(parseMessage('{"stage":"VOTING"}'), null);
});

test('each message goes to the handler of its type; other types are ignored', () => {
  const seen = [];
  const dispatch = createDispatcher({
    [Receive.STAGE]: (m) => seen.push(['stage', m.stage]),
    [Receive.VOTED]: (m) => seen.push(['voted', m.participantId]),
  });
  assert.equal(dispatch({ type: 'stage', stage: 'VOTING' }), true);
  assert.equal(dispatch({ type: 'voted', participantId: 'm-1' }), true);
  assert.equal(dispatch({ type: 'joined', participant: { id: 'x' } }), false, 'no handler: ignored');
  assert.equal(dispatch({ type: 'constructor' }), false, 'only the table\'s own types');
  assert.equal(dispatch(null), false);
  assert.deepEqual(seen, [['stage', 'VOTING'], ['voted', 'm-1']]);
});

test('a handler for a type no page receives is refused at once', () => {
  assert.throws(() => createDispatcher({ vote: () => {} }), /vote/);
  assert.throws(() => createDispatcher({ welcom: () => {} }), /welcom/);
});
