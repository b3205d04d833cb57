// The vote's pure parts: the reason as the server counts it, and the secretary's tally.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { MIN_REASON, reasonLength } from '../../main/resources/META-INF/resources/js/defense/vote.js';
import { tally } from '../../main/resources/META-INF/resources/js/defense/votestatus.js';

test('a reason counts in code points, trimmed', () => {
  assert.equal(MIN_REASON, 10);
  assert.equal(reasonLength('答辩内容与申报材料不符'), 11);
  assert.equal(reasonLength('  十个字的否决理由啊  \n'), 9);
  assert.equal(reasonLength('𠀀𠀁'), 2, 'characters beyond the BMP count once');
  assert.equal(reasonLength(''), 0);
  assert.equal(reasonLength(undefined), 0);
  assert.equal(reasonLength('\u001c理由\u001f'), 2, 'as Java trims: separators at the ends go');
});

test('the tally counts members only: who has voted, who is here, who is here and has not', () => {
  const room = [
    { id: 'm1', role: 'MEMBER' }, { id: 'm2', role: 'MEMBER' }, { id: 'm3', role: 'MEMBER' },
    { id: 's', role: 'SECRETARY' }, { id: 'a', role: 'APPLICANT' },
  ];
  assert.deepEqual(tally(room, new Set()), { cast: 0, present: 3, missing: 3 });
  assert.deepEqual(tally(room, new Set(['m1', 'm3'])), { cast: 2, present: 3, missing: 1 });
  assert.deepEqual(tally(room.slice(1), new Set(['m1', 'm3'])), { cast: 2, present: 2, missing: 1 },
    'a member who voted and left still counts as a vote');
  assert.deepEqual(tally([{ id: 7, role: 'MEMBER' }], new Set(['7'])), { cast: 1, present: 1, missing: 0 },
    'ids compare as text');
  assert.deepEqual(tally(new Map([['m1', room[0]]]).values(), new Set()), { cast: 0, present: 1, missing: 1 });
});
