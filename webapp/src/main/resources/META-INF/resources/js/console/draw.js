// 专家随机抽取: the body of a draw from the form's values, and the draw record as the console
// shows it (no DOM: unit-tested under Node).

export const MIN_MEMBERS = 5;
export const MAX_MEMBERS = 9;

/** The request for POST /api/panels/draw; an empty seed lets the server choose one. */
export function drawBody({ roundId, name, specialtyCodes, size, excludeMemberIds, seed }) {
  const body = {
    roundId,
    name: (name || '').trim(),
    specialtyCodes: [...(specialtyCodes || [])],
    size: Number(size),
    excludeMemberIds: (excludeMemberIds || []).map(Number),
  };
  const given = (seed || '').trim();
  if (given) body.seed = given;
  return body;
}

/** Whether the size is one a panel may have. */
export function validSize(size) {
  const n = Number(size);
  return Number.isInteger(n) && n >= MIN_MEMBERS && n <= MAX_MEMBERS;
}

/** The lines that let anyone re-run the draw: seed, number of candidates, list hash, who was drawn. */
export function drawRecordLines(answer, nameOf) {
  const draw = answer.draw || {};
  const members = (answer.memberIds || []).map((id) => (id === answer.chairId ? `${nameOf(id)}（组长）` : nameOf(id)));
  return [
    ['随机种子', draw.seed || ''],
    ['候选专家', `${draw.candidates ?? 0} 人`],
    ['候选名单 SHA-256', draw.candidateListSha256 || ''],
    ['抽中评委', members.join('、')],
  ];
}
