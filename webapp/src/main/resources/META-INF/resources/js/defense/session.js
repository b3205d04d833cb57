// Takes tickets, opens the socket, and reconnects with the resume token after a drop.

import { backoffSeconds } from '../shared/backoff.js';
import { Receive, Send } from '../shared/protocol.js';
import { takeTicket } from './api.js';
import { createConnection } from './connection.js';
import { loadResumeToken, saveResumeToken, forgetResumeToken } from './storage.js';

const LEAVE_GRACE_MS = 1500;

/**
 * How a closed socket ends the page (docs/protocol.md, closing codes): the ending's kind, or null
 * when the page takes a new ticket and connects again. leaving: the user pressed 离开;
 * closedByServer: a `closed` message came first.
 */
export function endingAfterClose(code, { leaving = false, closedByServer = false } = {}) {
  if (leaving) return 'left';
  if (closedByServer) return 'closed';
  if (code === 1000) return 'ended';
  if (code === 4000) return 'replaced';
  if (code === 4003) return 'revoked';
  if (code === 4004) return 'removed';
  return null;
}

/**
 * hooks: onMessage(message), onReconnecting(), onEnded(kind, refusalCode)
 * kind: 'left' | 'closed' | 'replaced' | 'revoked' | 'removed' | 'ended' | 'refused' | 'invalid_link'
 */
export function createSession(defenseId, launch, hooks) {
  const connection = createConnection(defenseId, { onMessage, onClose });
  let urlTicket = launch.ticket;
  const joinToken = launch.joinToken;
  let resumeToken = loadResumeToken(defenseId);
  let everWelcomed = false;
  let welcomed = false;
  let failures = 0;
  let retryTimer = null;
  let leaving = false;
  let closedByServer = false;
  let finished = false;

  function canStart() {
    return Boolean(urlTicket || joinToken || resumeToken);
  }

  function start() {
    connect();
  }

  /** Credentials in the order to try them: a fresh URL ticket, then the tokens. */
  function tokenBodies() {
    const bodies = [];
    if (resumeToken && everWelcomed) bodies.push({ resumeToken });
    if (joinToken) bodies.push({ joinToken });
    if (resumeToken && !everWelcomed) bodies.push({ resumeToken });
    return bodies;
  }

  async function connect() {
    retryTimer = null;
    if (finished) return;
    const outcome = await obtainTicket();
    if (finished) return;
    if (outcome.ticket) {
      welcomed = false;
      connection.open(outcome.ticket);
    } else if (outcome.refused) {
      finish(outcome.refused === 'defense_closed' ? 'closed' : 'refused', outcome.refused);
    } else {
      scheduleRetry();
    }
  }

  async function obtainTicket() {
    if (urlTicket) {
      const ticket = urlTicket;
      urlTicket = '';
      return { ticket };
    }
    const bodies = tokenBodies();
    if (bodies.length === 0) return { refused: 'no_credential' };
    return tryBodies(bodies);
  }

  async function tryBodies(bodies) {
    let last = { refused: 'no_credential' };
    for (const body of bodies) {
      last = await takeTicket(defenseId, body);
      if (!last.refused || last.refused === 'defense_closed') return last;
      if (body.resumeToken) dropResumeToken();
    }
    return last;
  }

  function scheduleRetry() {
    clearTimeout(retryTimer);
    retryTimer = setTimeout(connect, backoffSeconds(failures) * 1000);
    failures += 1;
  }

  function onMessage(message) {
    if (message.type === Receive.WELCOME) noteWelcome(message.resumeToken);
    hooks.onMessage(message);
    if (message.type === Receive.CLOSED) {
      closedByServer = true;
      finish('closed');
    }
  }

  function noteWelcome(token) {
    welcomed = true;
    everWelcomed = true;
    failures = 0;
    if (token) {
      resumeToken = token;
      saveResumeToken(defenseId, token);
    }
  }

  function dropResumeToken() {
    resumeToken = '';
    forgetResumeToken(defenseId);
  }

  function onClose({ code }) {
    if (finished) return;
    const ending = endingAfterClose(code, { leaving, closedByServer });
    if (ending) finish(ending);
    else reconnectAfterDrop();
  }

  function reconnectAfterDrop() {
    if (welcomed) {
      welcomed = false;
      failures = 0;
      hooks.onReconnecting();
    }
    if (!canStart()) return finish(everWelcomed ? 'refused' : 'invalid_link');
    scheduleRetry();
  }

  function send(message) {
    return connection.send(message);
  }

  function leave() {
    if (finished) return;
    leaving = true;
    if (!connection.send({ type: Send.LEAVE })) return finish('left');
    setTimeout(() => finish('left'), LEAVE_GRACE_MS);
  }

  function finish(kind, code = '') {
    if (finished) return;
    finished = true;
    clearTimeout(retryTimer);
    connection.discard();
    if (kind !== 'replaced') dropResumeToken();
    hooks.onEnded(kind, code);
  }

  return { canStart, start, send, leave };
}
