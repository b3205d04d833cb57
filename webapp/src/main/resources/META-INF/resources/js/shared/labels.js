// Chinese labels for the values the server sends, the same on every page.

export const STAGE_NAMES = Object.freeze({
  SCHEDULED: '未开始',
  LOBBY: '候场',
  STATEMENT: '陈述',
  QUESTIONS: '答辩',
  VOTING: '投票',
  CLOSED: '已结束',
});

/** What the secretariat's button that moves the defense to a stage says. */
export const STAGE_ACTIONS = Object.freeze({
  LOBBY: '进入候场',
  STATEMENT: '开始陈述',
  QUESTIONS: '开始答辩',
  VOTING: '开始投票',
  CLOSED: '结束答辩',
});

export const ROLE_NAMES = Object.freeze({
  APPLICANT: '答辩人',
  MEMBER: '评委',
  SECRETARY: '秘书处',
});

export const LEVEL_NAMES = Object.freeze({
  SENIOR: '正高级',
  DEPUTY_SENIOR: '副高级',
  INTERMEDIATE: '中级',
  JUNIOR: '初级',
});

/** A defense's outcome, as the published results and the CSV export word it. */
export const OUTCOME_NAMES = Object.freeze({
  PENDING: '待答辩',
  PASSED: '通过',
  FAILED: '未通过',
  INVALID: '无效（须重新答辩）',
  ABSENT: '缺席',
});

/** A member's vote. */
export const DECISION_NAMES = Object.freeze({ PASS: '同意', VETO: '否决' });

/** The label of a value in a table; a value the table does not know shows as it is, none as ''. */
export function label(table, value) {
  if (value == null || value === '') return '';
  return known(table, value) ? table[value] : String(value);
}

function known(table, value) {
  return Object.prototype.hasOwnProperty.call(table, value);
}

export const stageName = (stage) => label(STAGE_NAMES, stage);
export const stageAction = (stage) => label(STAGE_ACTIONS, stage);
export const roleName = (role) => label(ROLE_NAMES, role);
export const outcomeName = (outcome) => label(OUTCOME_NAMES, outcome);
export const decisionName = (decision) => label(DECISION_NAMES, decision);

/** The level as the server sends it: an enum name in any case, or already a Chinese label. */
export function levelName(level) {
  if (level == null || level === '') return '';
  const name = String(level).toUpperCase();
  return known(LEVEL_NAMES, name) ? LEVEL_NAMES[name] : String(level);
}

/** The specialty as a string, whether the server sends text or an object. */
export function specialtyName(specialty) {
  if (!specialty) return '';
  if (typeof specialty === 'string') return specialty;
  return specialty.name || specialty.label || specialty.code || '';
}
