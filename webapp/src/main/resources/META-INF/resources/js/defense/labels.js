// Chinese labels for the values the server sends.

export const STAGES = ['SCHEDULED', 'LOBBY', 'STATEMENT', 'QUESTIONS', 'VOTING', 'CLOSED'];

const STAGE_NAMES = {
  SCHEDULED: '未开始',
  LOBBY: '候场',
  STATEMENT: '陈述',
  QUESTIONS: '答辩',
  VOTING: '投票',
  CLOSED: '已结束',
};

const STAGE_ACTIONS = {
  LOBBY: '进入候场',
  STATEMENT: '开始陈述',
  QUESTIONS: '开始答辩',
  VOTING: '开始投票',
  CLOSED: '结束答辩',
};

const ROLE_NAMES = {
  APPLICANT: '答辩人',
  MEMBER: '评委',
  SECRETARY: '秘书处',
};

const LEVEL_NAMES = {
  SENIOR: '正高级',
  DEPUTY_SENIOR: '副高级',
  INTERMEDIATE: '中级',
  JUNIOR: '初级',
};

const ERROR_TEXTS = {
  malformed: '消息格式错误',
  unknown_type: '未知的消息类型',
  missing_field: '消息缺少必要字段',
  too_large: '消息过大',
  not_in_room: '尚未进入答辩室，或对方已不在答辩室',
  forbidden: '无权执行此操作',
  invalid_stage: '不能进入该阶段（只能进入之后的阶段）',
  not_waiting: '该答辩人已不在候场区',
};

/** The refusals of a vote, as the member reads them in the vote panel. */
const VOTE_ERROR_TEXTS = {
  not_eligible: '您不具备本场答辩的投票资格。',
  not_present: '您当前不在答辩室内，投票未被接受。请待重新连接后再提交。',
  not_voting: '当前不在投票阶段，投票未被接受。',
  already_voted: '您已投票。',
  reason_required: '否决须附书面理由（至少 10 个字），投票未被接受。',
};

const DECISION_NAMES = {
  PASS: '通过',
  VETO: '否决',
};

export function stageName(stage) {
  return STAGE_NAMES[stage] || stage || '';
}

export function stageAction(stage) {
  return STAGE_ACTIONS[stage] || stage;
}

export function roleName(role) {
  return ROLE_NAMES[role] || '';
}

/** The level as the server sends it: an enum name or already a Chinese label. */
export function levelName(level) {
  if (!level) return '';
  return LEVEL_NAMES[String(level).toUpperCase()] || String(level);
}

/** The specialty as a string, whether the server sends text or an object. */
export function specialtyName(specialty) {
  if (!specialty) return '';
  if (typeof specialty === 'string') return specialty;
  return specialty.name || specialty.label || specialty.code || '';
}

export function errorText(code, message) {
  return ERROR_TEXTS[code] || message || code || '操作未成功';
}

export function isVoteError(code) {
  return Object.prototype.hasOwnProperty.call(VOTE_ERROR_TEXTS, code);
}

export function voteErrorText(code) {
  return VOTE_ERROR_TEXTS[code] || '投票未被接受，请重试。';
}

export function decisionName(decision) {
  return DECISION_NAMES[decision] || '';
}

export function stageIndex(stage) {
  return STAGES.indexOf(stage);
}

/** Stages strictly later than the given one. */
export function stagesAfter(stage) {
  const index = stageIndex(stage);
  return STAGES.filter((s, i) => i > index && s !== 'SCHEDULED');
}
