// Each stage's own instruction, shown under the stage's name: what the stage asks of whom.

import { Stage } from '../shared/protocol.js';

const PROMPTS = {
  [Stage.QUESTIONS]: '请回答专家提问',
  [Stage.VOTING]: '请专家评议并表决',
};

/** The instruction of a stage; '' for a stage without one. The statement's names its length from stageSeconds. */
export function stagePrompt(stage, stageSeconds) {
  if (stage === Stage.STATEMENT) {
    const seconds = stageSeconds ? Number(stageSeconds[Stage.STATEMENT]) : NaN;
    const minutes = Number.isFinite(seconds) && seconds > 0 ? Math.ceil(seconds / 60) : null;
    return minutes === null ? '请陈述个人主要业绩与代表性成果' : `请在 ${minutes} 分钟内陈述个人主要业绩与代表性成果`;
  }
  return PROMPTS[stage] || '';
}
