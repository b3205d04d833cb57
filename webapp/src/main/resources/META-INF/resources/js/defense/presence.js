// Who is in the room: the participant themself and everyone else, by role; during voting, who has voted.

import { bdi } from '../shared/dom.js';
import { roleName } from '../shared/labels.js';

const ROLE_ORDER = { APPLICANT: 0, SECRETARY: 1, MEMBER: 2 };

function byRole(a, b) {
  return (ROLE_ORDER[a.role] ?? 9) - (ROLE_ORDER[b.role] ?? 9);
}

/** voted: the ids of those who have voted (a Set), or null when no vote marks are shown. */
export function renderPresence(listElement, countElement, you, participants, voted = null) {
  const everyone = [...(you ? [{ ...you, self: true }] : []), ...participants].sort(byRole);
  listElement.replaceChildren(...everyone.map((person) => makeItem(person, voted)));
  countElement.textContent = everyone.length ? `（${everyone.length}）` : '';
}

function makeItem(person, voted) {
  const item = document.createElement('li');
  item.className = 'presence-item';
  item.dataset.presenceId = String(person.id);
  const name = document.createElement('span');
  name.className = 'presence-name';
  name.append(bdi(person.name), person.self ? '（本人）' : '');
  const role = document.createElement('span');
  role.className = `presence-role role-${String(person.role).toLowerCase()}`;
  role.textContent = roleName(person.role);
  item.append(name);
  if (voted && voted.has(String(person.id))) {
    item.dataset.voted = 'true';
    const mark = document.createElement('span');
    mark.className = 'presence-voted';
    mark.textContent = '已投票';
    item.append(mark);
  }
  item.append(role);
  return item;
}
