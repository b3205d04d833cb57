// The member's own defenses: blind (答辩人 N, level, specialty), whether they sit, and their vote;
// before voting opens the member may declare that they stand down (回避).

import { button } from '../../shared/dom.js';
import { dateTime } from '../../shared/format.js';
import { decisionName, levelName, stageName } from '../../shared/labels.js';
import { Stage } from '../../shared/protocol.js';
import { get } from '../api.js';
import { badge, showError, showOk, table } from '../dom.js';
import { recusalDialog, recusalOpen } from '../recusal.js';
import { enterRoom } from '../room.js';

export async function render(container, messageBox) {
  container.replaceChildren();
  let items;
  try {
    items = await get('/api/me/defenses');
  } catch (error) {
    showError(messageBox, error);
    return;
  }
  const recusal = recusalDialog('recusal-dialog', async () => {
    await render(container, messageBox);
    showOk(messageBox, '已登记回避');
  });
  container.append(table([
    { label: '答辩', cell: (d) => `答辩人 ${d.number}` },
    { label: '级别 / 专业', cell: (d) => `${levelName(d.level)} · ${d.specialty}` },
    { label: '评审组', cell: (d) => d.panel },
    { label: '时间', cell: (d) => `${dateTime(d.start)}–${dateTime(d.end).slice(-5)}` },
    { label: '阶段', cell: (d) => badge(stageName(d.stage)) },
    { label: '我的表决', cell: (d) => myVote(d) },
    { label: '', cell: (d) => enterButton(d, messageBox) },
    { label: '', cell: (d) => recuseButton(d, recusal) },
  ], items, { empty: '暂无您所在评审组的答辩', caption: '我的答辩', className: 'data member-agenda' }), recusal.element);
}

function recuseButton(defense, dialog) {
  if (!defense.eligible || !recusalOpen(defense.stage)) return '';
  return button('申请回避', () => dialog.open(defense.defenseId, `申请回避：答辩人 ${defense.number}`), {
    class: 'btn btn-small', 'data-recuse-defense': String(defense.defenseId),
  });
}

function myVote(defense) {
  if (!defense.eligible) return badge('回避', 'is-muted');
  if (!defense.voted) return defense.stage === Stage.CLOSED ? '未投票' : '';
  return badge(decisionName(defense.myVote), defense.myVote === 'VETO' ? 'is-bad' : 'is-good');
}

function enterButton(defense, messageBox) {
  if (!defense.eligible || defense.stage === Stage.CLOSED) return '';
  return button('进入会场', async () => {
    try {
      await enterRoom(defense.defenseId);
    } catch (error) {
      showError(messageBox, error);
    }
  }, { 'data-enter-defense': String(defense.defenseId) });
}
