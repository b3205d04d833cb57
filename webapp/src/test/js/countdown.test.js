// The stage countdown's arithmetic (defense/countdown.js), against the server's clock.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  clockOffset, clockReading, countdownFrom, countdownReading, stageDeadline, warningFor,
} from '../../main/resources/META-INF/resources/js/defense/countdown.js';
import { formatSeconds } from '../../main/resources/META-INF/resources/js/shared/format.js';

const SECONDS = { STATEMENT: 600, QUESTIONS: 900, VOTING: 300 };
const START = '2026-12-07T01:00:00Z';
const startMs = Date.parse(START);

test('a timed stage ends its length after it started', () => {
  assert.equal(stageDeadline('STATEMENT', START, SECONDS), startMs + 600_000);
  assert.equal(stageDeadline('VOTING', '2026-12-07T09:00:00+08:00', SECONDS), startMs + 300_000);
});

test('no clock for an untimed stage, an unknown start or length', () => {
  assert.equal(stageDeadline('LOBBY', START, SECONDS), null);
  assert.equal(stageDeadline('CLOSED', START, SECONDS), null);
  assert.equal(stageDeadline('STATEMENT', undefined, SECONDS), null);
  assert.equal(stageDeadline('STATEMENT', 'yesterday', SECONDS), null);
  assert.equal(stageDeadline('STATEMENT', START, {}), null);
  assert.equal(stageDeadline('STATEMENT', START, null), null);
});

test('seconds left round up, then the clock stops at zero and shows that time is up', () => {
  const deadline = startMs + 600_000;
  assert.deepEqual(clockReading(deadline, startMs), { seconds: 600, overtime: false });
  assert.deepEqual(clockReading(deadline, startMs + 1), { seconds: 600, overtime: false });
  assert.deepEqual(clockReading(deadline, startMs + 599_001), { seconds: 1, overtime: false });
  assert.deepEqual(clockReading(deadline, deadline), { seconds: 0, overtime: false });
  assert.deepEqual(clockReading(deadline, deadline + 1), { seconds: 0, overtime: true });
  assert.deepEqual(clockReading(deadline, deadline + 3_600_000), { seconds: 0, overtime: true });
});

test('the offset between the server\'s clock and the page\'s', () => {
  assert.equal(clockOffset(START, startMs - 2500), 2500, 'the page is behind');
  assert.equal(clockOffset(START, startMs + 1000), -1000, 'the page is ahead');
  assert.equal(clockOffset('not a time', startMs), null);
  assert.equal(clockOffset(undefined, startMs), null);
});

test('the clock reads minutes and seconds', () => {
  assert.equal(formatSeconds(0), '00:00');
  assert.equal(formatSeconds(59), '00:59');
  assert.equal(formatSeconds(125), '02:05');
  assert.equal(formatSeconds(900), '15:00');
  assert.equal(formatSeconds(6000), '100:00');
  assert.equal(formatSeconds(-5), '00:00');
});

const NOW = '2026-12-07T01:04:00Z';
const nowMs = Date.parse(NOW);

test('a running clock counts down from the remaining seconds at the server time the message carries', () => {
  const countdown = countdownFrom({ stage: 'STATEMENT', remainingSeconds: 360, paused: false, serverTime: NOW,
    stageStartedAt: START }, SECONDS);
  assert.deepEqual(countdown, { state: 'running', deadline: nowMs + 360_000 });
  assert.deepEqual(countdownReading(countdown, nowMs + 10_000),
    { seconds: 350, overtime: false, paused: false, warning: '' });
});

test('a paused clock stands still whatever the time, and says it is paused', () => {
  const countdown = countdownFrom({ stage: 'STATEMENT', remainingSeconds: 360, paused: true, serverTime: NOW }, SECONDS);
  assert.deepEqual(countdown, { state: 'paused', seconds: 360 });
  for (const later of [0, 35_000, 3_600_000]) {
    assert.deepEqual(countdownReading(countdown, nowMs + later), { seconds: 360, overtime: false, paused: true, warning: '' });
  }
});

test('resumed, it runs again from where it stood', () => {
  const paused = countdownFrom({ stage: 'QUESTIONS', remainingSeconds: 500, paused: true, serverTime: NOW }, SECONDS);
  const resumedAt = nowMs + 35_000;
  const resumed = countdownFrom({ stage: 'QUESTIONS', remainingSeconds: 500, paused: false,
    serverTime: new Date(resumedAt).toISOString() }, SECONDS);
  assert.equal(countdownReading(paused, resumedAt).seconds, 500);
  assert.equal(countdownReading(resumed, resumedAt + 1000).seconds, 499);
});

test('without remainingSeconds (an older message) the stage\'s start and length decide; untimed stages have none', () => {
  assert.deepEqual(countdownFrom({ stage: 'STATEMENT', stageStartedAt: START }, SECONDS),
    { state: 'running', deadline: startMs + 600_000 });
  assert.deepEqual(countdownFrom({ stage: 'LOBBY', remainingSeconds: null, paused: false, serverTime: NOW }, SECONDS),
    { state: 'none' });
  assert.deepEqual(countdownFrom({ stage: 'CLOSED', serverTime: NOW }, SECONDS), { state: 'none' });
  assert.deepEqual(countdownFrom(null, SECONDS), { state: 'none' });
});

test('it warns with a minute left and at zero, and counts on past zero without stopping', () => {
  assert.equal(warningFor(61, false), '');
  assert.equal(warningFor(60, false), 'minute');
  assert.equal(warningFor(1, false), 'minute');
  assert.equal(warningFor(0, false), 'zero');
  assert.equal(warningFor(0, true), 'zero');
  const countdown = countdownFrom({ stage: 'STATEMENT', remainingSeconds: 30, paused: false, serverTime: NOW }, SECONDS);
  assert.equal(countdownReading(countdown, nowMs).warning, 'minute');
  assert.deepEqual(countdownReading(countdown, nowMs + 45_000), { seconds: 0, overtime: true, paused: false, warning: 'zero' });
  const pausedOver = countdownFrom({ stage: 'STATEMENT', remainingSeconds: -5, paused: true, serverTime: NOW }, SECONDS);
  assert.deepEqual(countdownReading(pausedOver, nowMs), { seconds: 0, overtime: true, paused: true, warning: 'zero' });
});
