// The stage countdown's arithmetic (defense/countdown.js), against the server's clock.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { clockOffset, clockReading, stageDeadline } from '../../main/resources/META-INF/resources/js/defense/countdown.js';
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
