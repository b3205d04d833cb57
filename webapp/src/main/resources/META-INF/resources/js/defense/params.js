// Reads the launch parameters from the address and removes the secrets from it.

/** {defenseId, ticket, joinToken} from ?d=…&t=… or ?d=…#join=… */
export function readLaunchParams(location) {
  const query = new URLSearchParams(location.search);
  const hash = new URLSearchParams(location.hash.replace(/^#/, ''));
  return {
    defenseId: query.get('d') || '',
    ticket: query.get('t') || '',
    joinToken: hash.get('join') || '',
  };
}

/** Leaves only ?d= in the address bar, so that no ticket or token stays visible or in history. */
export function scrubAddress(defenseId) {
  const clean = defenseId ? `${location.pathname}?d=${encodeURIComponent(defenseId)}` : location.pathname;
  history.replaceState(null, '', clean);
}
