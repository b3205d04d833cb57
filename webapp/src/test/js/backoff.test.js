// Reconnecting after a drop backs off 1, 2, 4, 8 seconds up to 15 (docs/protocol.md).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { backoffSeconds, MAX_BACKOFF_S } from '../../main/resources/META-INF/resources/js/shared/backoff.js';

test('doubling from one second up to fifteen', () => {
  assert.deepEqual([0, 1, 2, 3, 4, 5, 6].map((n) => backoffSeconds(n)), [1, 2, 4, 8, 15, 15, 15]);
  assert.equal(MAX_BACKOFF_S, 15);
});

test('any count of failures gives a wait within bounds', () => {
  assert.equal(backoffSeconds(-3), 1);
  assert.equal(backoffSeconds(1000), 15);
  assert.equal(backoffSeconds(Number.NaN), 1);
  assert.equal(backoffSeconds(undefined), 1);
  assert.equal(backoffSeconds(2.7), 4);
});

test('another ceiling', () => {
  assert.deepEqual([0, 1, 2, 3].map((n) => backoffSeconds(n, 5)), [1, 2, 4, 5]);
});
