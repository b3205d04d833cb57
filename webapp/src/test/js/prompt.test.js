// Each stage's instruction (defense/prompt.js).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { stagePrompt } from '../../main/resources/META-INF/resources/js/defense/prompt.js';

test('the statement names its length in minutes', () => {
  assert.equal(stagePrompt('STATEMENT', { STATEMENT: 600 }), '请在 10 分钟内陈述个人主要业绩与代表性成果');
  assert.equal(stagePrompt('STATEMENT', { STATEMENT: 90 }), '请在 2 分钟内陈述个人主要业绩与代表性成果');
  assert.equal(stagePrompt('STATEMENT', {}), '请陈述个人主要业绩与代表性成果');
});

test('the questions and the deliberation have their own, the other stages none', () => {
  assert.equal(stagePrompt('QUESTIONS', { QUESTIONS: 900 }), '请回答专家提问');
  assert.equal(stagePrompt('VOTING', {}), '请专家评议并表决');
  for (const stage of ['SCHEDULED', 'LOBBY', 'CLOSED', '', undefined]) assert.equal(stagePrompt(stage, {}), '');
});
