// 专家随机抽取 in the console: the request from the form and the record shown after a draw.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { drawBody, drawRecordLines, validSize } from '../../main/resources/META-INF/resources/js/console/draw.js';

test('the body carries numbers, trims the name and leaves an empty seed to the server', () => {
  assert.deepEqual(drawBody({ roundId: 3, name: ' 土建组 ', specialtyCodes: ['ENG11'], size: '7', excludeMemberIds: ['4', '9'], seed: '  ' }),
    { roundId: 3, name: '土建组', specialtyCodes: ['ENG11'], size: 7, excludeMemberIds: [4, 9] });
  assert.equal(drawBody({ roundId: 3, name: 'x', specialtyCodes: [], size: 5, seed: ' 2026-12-01 ' }).seed, '2026-12-01');
});

test('a panel has five to nine members', () => {
  assert.equal(validSize('5'), true);
  assert.equal(validSize(9), true);
  assert.equal(validSize(4), false);
  assert.equal(validSize(10), false);
  assert.equal(validSize('7.5'), false);
  assert.equal(validSize(''), false);
});

test('the record names the seed, the candidates, the list hash and who was drawn, chair marked', () => {
  const lines = drawRecordLines({ memberIds: [5, 2], chairId: 5, draw: { seed: 'abc', candidates: 12, candidateListSha256: 'ff00' } },
    (id) => `专家${id}`);
  assert.deepEqual(lines, [['随机种子', 'abc'], ['候选专家', '12 人'], ['候选名单 SHA-256', 'ff00'], ['抽中评委', '专家5（组长）、专家2']]);
});
