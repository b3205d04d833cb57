// The solver's proposal as the schedule screen reads it: why it ended, who is left out, what may be committed.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { commitChoice, elapsedText, endedByName, ENDED_BY, unplacedLines } from '../../main/resources/META-INF/resources/js/console/proposal.js';

const done = (extra) => ({ status: 'DONE', committed: false, hardViolations: 0, assignments: [{ applicantId: 1 }], unplaced: [], ...extra });

test('every way a run ends reads in Chinese', () => {
  assert.deepEqual(Object.keys(ENDED_BY), ['UNIMPROVED', 'FIRST_FEASIBLE', 'TIME_LIMIT', 'STOPPED']);
  for (const code of Object.keys(ENDED_BY)) assert.match(endedByName(code), /\p{Script=Han}/u, code);
  assert.equal(endedByName(null), '');
});

test('an applicant left out is named with the reason the server gives', () => {
  const lines = unplacedLines({ unplaced: [{ applicantId: 7, code: 'no_panel_for_specialty', reason: '没有专家组负责专业 ENG20' }] },
    (id) => `申报人${id}`);
  assert.deepEqual(lines, [{ applicantId: 7, who: '申报人7', code: 'no_panel_for_specialty', reason: '没有专家组负责专业 ENG20' }]);
  assert.deepEqual(unplacedLines({}, String), []);
});

test('a complete plan commits whole, one leaving people out only as the rest, a broken or running one not at all', () => {
  assert.equal(commitChoice(done()), 'whole');
  assert.equal(commitChoice(done({ unplaced: [{ applicantId: 2 }] })), 'partial');
  assert.equal(commitChoice(done({ hardViolations: 1 })), null);
  assert.equal(commitChoice(done({ status: 'SOLVING' })), null);
  assert.equal(commitChoice(done({ committed: true })), null);
  assert.equal(commitChoice(done({ assignments: [], unplaced: [{ applicantId: 2 }] })), null);
  assert.equal(commitChoice(null), null);
});

test('the time shown is the server\'s, capped at the limit', () => {
  assert.equal(elapsedText({ elapsedSeconds: 4.6 }, 30), '5 / 30 秒');
  assert.equal(elapsedText({ elapsedSeconds: 31.2 }, 30), '30 / 30 秒');
  assert.equal(elapsedText({}, 30), '0 / 30 秒');
});
