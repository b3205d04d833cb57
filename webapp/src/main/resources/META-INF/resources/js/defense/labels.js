// The room's own texts: the error codes of the socket and the refusals of a vote (the labels
// every page shows are in shared/labels.js).

const ERROR_TEXTS = {
  malformed: '消息格式错误',
  unknown_type: '未知的消息类型',
  missing_field: '消息缺少必要字段',
  too_large: '消息过大',
  not_in_room: '尚未进入答辩室，或对方已不在答辩室',
  forbidden: '无权执行此操作',
  invalid_stage: '不能进入该阶段（只能进入之后的阶段）',
  not_waiting: '该答辩人已不在候场区',
  applicant_not_admitted: '答辩人尚未入场，不能开始投票',
  identity_not_verified: '尚未核验答辩人身份，请先核验身份再准入',
  identity_link_closed: '身份核验视频仅在答辩人候场期间可用',
};

/** The refusals of a vote, as the member reads them in the vote panel. */
const VOTE_ERROR_TEXTS = {
  not_eligible: '您不具备本场答辩的投票资格。',
  not_present: '您当前不在答辩室内，投票未被接受。请待重新连接后再提交。',
  not_voting: '当前不在投票阶段，投票未被接受。',
  already_voted: '您已投票。',
  reason_required: '否决须附书面理由（至少 10 个字），投票未被接受。',
};

export function errorText(code, message) {
  return ERROR_TEXTS[code] || message || code || '操作未成功';
}

export function isVoteError(code) {
  return Object.prototype.hasOwnProperty.call(VOTE_ERROR_TEXTS, code);
}

export function voteErrorText(code) {
  return VOTE_ERROR_TEXTS[code] || '投票未被接受，请重试。';
}
