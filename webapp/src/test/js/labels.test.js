// The labels every page shows (shared/labels.js) and the room's own texts (defense/labels.js).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  decisionName, label, levelName, outcomeName, roleName, specialtyName, stageAction, stageName, STAGE_NAMES,
  OUTCOME_NAMES,
} from '../../main/resources/META-INF/resources/js/shared/labels.js';
import { errorText, isVoteError, voteErrorText } from '../../main/resources/META-INF/resources/js/defense/labels.js';
import { STAGES } from '../../main/resources/META-INF/resources/js/shared/protocol.js';

test('a vote reads 同意 or 否决, on every page', () => {
  assert.equal(decisionName('PASS'), '同意');
  assert.equal(decisionName('VETO'), '否决');
  assert.equal(decisionName(''), '');
});

test('outcomes read as the published results word them', () => {
  assert.equal(outcomeName('PASSED'), '通过');
  assert.equal(outcomeName('FAILED'), '未通过');
  assert.equal(outcomeName('INVALID'), '无效（须重新答辩）');
  assert.equal(outcomeName('PENDING'), '待答辩');
  assert.equal(outcomeName('ABSENT'), '缺席');
  assert.deepEqual(Object.keys(OUTCOME_NAMES), ['PENDING', 'PASSED', 'FAILED', 'INVALID', 'ABSENT']);
});

test('every stage has a name, and every stage but SCHEDULED a button text', () => {
  assert.deepEqual(Object.keys(STAGE_NAMES), [...STAGES]);
  for (const stage of STAGES) {
    assert.match(stageName(stage), /\p{Script=Han}/u, stage);
    if (stage !== 'SCHEDULED') assert.match(stageAction(stage), /\p{Script=Han}/u, stage);
  }
  assert.equal(stageName('VOTING'), '投票');
  assert.equal(stageAction('CLOSED'), '结束答辩');
});

test('a value no table knows shows as it is, and none as nothing', () => {
  assert.equal(stageName('RECESS'), 'RECESS');
  assert.equal(outcomeName(undefined), '');
  assert.equal(roleName(null), '');
  assert.equal(label({ A: '甲' }, 'A'), '甲');
  assert.equal(label({ A: '甲' }, 'toString'), 'toString', 'only the table\'s own keys');
});

test('roles, levels and specialties', () => {
  assert.equal(roleName('APPLICANT'), '答辩人');
  assert.equal(roleName('MEMBER'), '评委');
  assert.equal(roleName('SECRETARY'), '秘书处');
  assert.equal(levelName('SENIOR'), '正高级');
  assert.equal(levelName('deputy_senior'), '副高级', 'in any case');
  assert.equal(levelName('正高级'), '正高级', 'already a label');
  assert.equal(levelName(''), '');
  assert.equal(specialtyName('道路工程'), '道路工程');
  assert.equal(specialtyName({ code: 'E01', name: '道路工程' }), '道路工程');
  assert.equal(specialtyName({ code: 'E01' }), 'E01');
  assert.equal(specialtyName(null), '');
});

test('the room explains socket errors and vote refusals in Chinese', () => {
  assert.equal(errorText('invalid_stage'), '不能进入该阶段（只能进入之后的阶段）');
  assert.equal(errorText('something_new', 'The server said so.'), 'The server said so.');
  assert.equal(errorText('something_new'), 'something_new');
  assert.equal(errorText(), '操作未成功');
  assert.ok(isVoteError('already_voted'));
  assert.ok(!isVoteError('invalid_stage'));
  assert.ok(!isVoteError('toString'));
  assert.equal(voteErrorText('not_voting'), '当前不在投票阶段，投票未被接受。');
  assert.equal(voteErrorText('unheard_of'), '投票未被接受，请重试。');
});
