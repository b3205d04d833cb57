// Reads the launch parameters from the address and removes the secrets from it.

/**
 * {defenseId, ticket, joinToken, hooks} from ?d=…&t=… or ?d=…#join=…; hooks is true only with
 * hooks=1, which tests add to load their hooks (hooks.js).
 */
export function readLaunchParams(location) {
  const query = new URLSearchParams(location.search);
  const hash = new URLSearchParams(location.hash.replace(/^#/, ''));
  return {
    defenseId: query.get('d') || '',
    ticket: query.get('t') || '',
    joinToken: hash.get('join') || '',
    hooks: query.get('hooks') === '1',
  };
}

/**
 * The address without the ticket and the join token, so that neither stays visible or in history:
 * only ?d= (and hooks=1 where the page was opened with it, so that a reload keeps the hooks).
 */
export function cleanAddress(pathname, { defenseId, hooks }) {
  const query = new URLSearchParams();
  if (defenseId) query.set('d', defenseId);
  if (hooks) query.set('hooks', '1');
  const text = query.toString();
  return text ? `${pathname}?${text}` : pathname;
}

export function scrubAddress(launch) {
  history.replaceState(null, '', cleanAddress(location.pathname, launch));
}
