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
  participant_not_connected: '该参会人当前未连接',
  invalid_participant_id: '参会人编号无效',
  not_applicant: '只有答辩人可以移至等候区',
  already_in_lobby: '答辩人已在等候区',
  deliberation_private: '专家评议中，答辩人须在等候区等候，评议结束前不能请回会场',
  defense_closed: '本场答辩已结束',
  share_not_allowed_now: '仅在陈述和答辩阶段可以共享屏幕',
  share_not_allowed: '秘书尚未允许专家共享屏幕',
  share_in_use: '已有人在共享屏幕，请待其结束后再共享',
  share_not_active: '当前没有该共享屏幕',
  invalid_stream: '消息的 stream 字段无效',
  invalid_quality: '网络状况报告无效',
  identity_not_verified: '尚未核验答辩人身份，请先核验身份再准入',
  identity_link_closed: '身份核验视频仅在答辩人候场期间可用',
};

/** The chair's controls (chair.js), by the message type each sends, and the texts around them. */
export const CHAIR_LABELS = {
  mute: '静音',
  'to-lobby': '移至等候区',
  remove: '移出',
  admit: '准入',
  readmit: '请回会场',
  confirmRemove: '确定将以下参会人移出本场答辩：',
  muted: '主持人已将您静音',
};

const LOBBY_TEXTS = {
  deliberation: '专家评议中，请耐心等候。评议结束后将通知您答辩结束。',
  secretary: '秘书处已请您暂时离开答辩室，请在等候区耐心等候。',
  waiting: '您已在候场区，请等待秘书处准入…',
};

/** What the applicant in the lobby reads: why they are there (deliberation, secretary, or waiting to be admitted). */
export function lobbyText(reason) {
  return LOBBY_TEXTS[reason] || LOBBY_TEXTS.waiting;
}

/** The refusals of a share: the page gives the screen it had picked back. */
const SHARE_ERRORS = ['share_not_allowed_now', 'share_not_allowed', 'share_in_use'];

/** A connection's quality (quality.js) as the tiles and the secretary's list say it. */
const QUALITY_TEXTS = { good: '网络良好', fair: '网络一般', poor: '网络较差' };

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

export function isShareError(code) {
  return SHARE_ERRORS.includes(code);
}

export function qualityText(quality) {
  return QUALITY_TEXTS[quality] || '';
}
