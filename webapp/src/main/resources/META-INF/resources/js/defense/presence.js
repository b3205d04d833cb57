// Who is in the room: the participant themself and everyone else, by role.

import { roleName } from './labels.js';

const ROLE_ORDER = { APPLICANT: 0, SECRETARY: 1, MEMBER: 2 };

function byRole(a, b) {
  return (ROLE_ORDER[a.role] ?? 9) - (ROLE_ORDER[b.role] ?? 9);
}

export function renderPresence(listElement, countElement, you, participants) {
  const everyone = [...(you ? [{ ...you, self: true }] : []), ...participants].sort(byRole);
  listElement.replaceChildren(...everyone.map(makeItem));
  countElement.textContent = everyone.length ? `（${everyone.length}）` : '';
}

function makeItem(person) {
  const item = document.createElement('li');
  item.className = 'presence-item';
  const name = document.createElement('span');
  name.className = 'presence-name';
  name.textContent = person.self ? `${person.name}（本人）` : person.name;
  const role = document.createElement('span');
  role.className = `presence-role role-${String(person.role).toLowerCase()}`;
  role.textContent = roleName(person.role);
  item.append(name, role);
  return item;
}
