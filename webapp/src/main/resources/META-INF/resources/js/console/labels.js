// The console's own labels: applicants' data, scheduling rules and API error codes (the labels
// every page shows are in shared/labels.js).

import { label } from '../shared/labels.js';

export const GENDERS = { MALE: '男', FEMALE: '女' };

export const STATUSES = {
  SUBMITTED: '已提交',
  RETURNED: '已退回',
  WITHDRAWN: '已放弃',
  COMMITTEE_RECEIVED: '评审委员会已接收材料',
  FEE_PAID: '已缴费',
};

const INELIGIBILITY = {
  NOT_REQUIRED: '无需答辩（仅正高级、副高级须答辩）',
  FEE_NOT_PAID: '评审委员会未接收材料或未缴费',
  RETURNED: '材料已退回，待补正',
  RETURN_EXPIRED: '材料退回超过 2 天未补正，视为自动放弃',
  WITHDRAWN: '已放弃申报',
  BARRED: '有诚信档案记录，本轮不得参评',
};

const CONFLICT_RULES = {
  defense_not_required: '该申报人无需答辩',
  applicant_not_eligible: '申报人不符合排程条件',
  applicant_already_scheduled: '申报人已有答辩安排（仅无效或缺席后可重新答辩）',
  in_the_past: '答辩开始时间已过',
  round_mismatch: '评审组不属于本轮次',
  specialty_not_covered: '评审组不覆盖申报人的专业',
  quorum_after_recusal: '回避后评委人数不足法定人数',
  panel_busy: '评审组在该时段已有答辩',
  member_busy: '有评委在该时段另有答辩',
  outside_calendar: '不在答辩日期或每日时段内',
};

const ERRORS = {
  network: '无法连接服务器',
  invalid_credentials: '用户名或密码错误',
  too_many_attempts: '登录失败次数过多',
  unauthenticated: '请先登录',
  csrf: '会话校验失败，请刷新页面后重试',
  validation_failed: '输入有误',
  malformed_json: '请求格式错误',
  duplicate: '记录已存在',
  duplicate_id_number: '本轮次已有相同身份证号的申报人',
  duplicate_username: '用户名已被使用',
  duplicate_member: '评委重复',
  duplicate_panel_name: '本轮次已有同名评审组',
  duplicate_column: 'CSV 表头有重复列',
  missing_header: 'CSV 缺少必需的列',
  invalid_encoding: '文件不是 UTF-8 编码',
  invalid_id_number: '身份证号无效',
  gender_mismatch: '性别与身份证号不符',
  unknown_specialty: '未知的专业',
  returned_at_required: '已退回的申报须填写退回时间',
  panel_size: '评审组须有 5 至 9 名评委',
  chair_not_member: '组长须为本组评委',
  member_not_found: '评委不存在',
  panel_not_found: '评审组不存在',
  applicant_not_found: '申报人不存在',
  defense_not_found: '答辩不存在',
  round_not_found: '评审轮次不存在',
  no_round: '尚无评审轮次',
  period_reversed: '答辩结束日期早于开始日期',
  windows_overlap: '每日时段相互重叠',
  no_daily_window: '至少需要一个每日时段',
  stage_minutes_missing: '须为每个级别设置各阶段时长',
  scheduling_conflict: '违反排程规则',
  already_started: '答辩已开始，不能更改',
  defense_closed: '答辩已结束',
  defenses_not_closed: '本轮尚有答辩未结束，不能发布结果',
  already_published: '结果已发布',
  unsettled_applicants: '仍有须答辩的申报人没有通过、未通过或缺席的结果（须安排或重新答辩）',
  round_published: '本轮结果已发布，日程与人员不再变更',
  applicant_not_admitted: '申报人尚未入场，不能开始投票',
  proposal_solving: '仍在求解中',
  proposal_failed: '求解失败，请重新排程',
  proposal_infeasible: '方案违反排程规则，请增加评审组或日期后重新排程',
  proposal_committed: '该方案已确认',
  proposal_stale: '排程方案生成后数据已变化，请重新排程',
  proposal_empty: '方案为空',
  proposal_not_found: '方案不存在或已过期',
  proposal_incomplete: '方案中仍有未能安排的申报人；如确认其余安排，请选择“确认其余安排”',
  not_enough_experts: '符合条件的专家不足（每个单位至多抽取一人），请减少人数、放宽专业或减少排除的专家',
  not_on_panel: '您不是本场答辩的评委',
  recused: '您须回避本场答辩',
  quorum_lost: '回避后评委人数将不足法定人数，请将答辩改由其他评审组进行',
  already_recused: '该评委已回避本场答辩',
  voting_open: '表决已开始，不能再回避',
  not_yourself: '评委只能为本人申请回避',
  member_not_on_panel: '该评委不在本场答辩的评审组',
  member_required: '请选择回避的评委',
  reason_required: '请填写原因',
  reason_too_long: '理由过长（至多 2000 字）',
  concurrent_change: '数据已被他人修改，请刷新后重试',
  no_email: '申报人未登记邮箱，请补充邮箱或打印通知',
  mail_not_configured: '未配置邮件服务器（VIVA_SMTP_HOST、VIVA_SMTP_FROM），无法发送邮件',
  mail_failed: '邮件发送失败',
  invalid_value: '输入有误',
  internal_error: '服务器内部错误',
  nothing_to_change: '没有需要更正的内容',
  defense_started: '已有答辩开始，不能更正',
  weak_password: '密码强度不足',
  unknown_member: '评委不存在',
  no_specialty: '至少选择一个专业',
};

export const statusName = (status) => label(STATUSES, status);

export function ineligibilityName(code, fallback) {
  return (code && INELIGIBILITY[code]) || fallback || '';
}

export function conflictName(rule) {
  return CONFLICT_RULES[rule] || rule;
}

/** A readable line for an API error: the Chinese meaning, then the server's own words. */
export function errorText(error) {
  const code = error.code || (error.body && error.body.error);
  const meaning = ERRORS[code];
  const message = error.body && error.body.message;
  if (meaning && message && message !== code && code !== 'network') return `${meaning}（${message}）`;
  return meaning || message || `操作未成功（HTTP ${error.status}）`;
}
