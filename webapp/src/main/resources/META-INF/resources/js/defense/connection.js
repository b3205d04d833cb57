// One WebSocket to /ws/defense/{id}; pings every 15 s and notices a silent server.

import { parseMessage, Send } from '../shared/protocol.js';

const PING_INTERVAL_MS = 15000;
const SILENCE_LIMIT_MS = 50000;

export function socketUrl(defenseId, ticket) {
  const scheme = location.protocol === 'https:' ? 'wss:' : 'ws:';
  return `${scheme}//${location.host}/ws/defense/${encodeURIComponent(defenseId)}?ticket=${encodeURIComponent(ticket)}`;
}

/**
 * handlers: onMessage(message), onClose({code, reason}).
 * Only the newest socket reports; a discarded one is silent.
 */
export function createConnection(defenseId, handlers) {
  let socket = null;
  let pingTimer = null;
  let lastHeard = 0;

  function open(ticket) {
    discard();
    const ws = new WebSocket(socketUrl(defenseId, ticket));
    socket = ws;
    ws.addEventListener('open', () => ws === socket && onOpen());
    ws.addEventListener('message', (event) => ws === socket && onData(event.data));
    ws.addEventListener('close', (event) => ws === socket && onSocketClose(event));
  }

  function onOpen() {
    lastHeard = Date.now();
    startPinging();
  }

  function onData(data) {
    lastHeard = Date.now();
    const message = parseMessage(data);
    if (message) handlers.onMessage(message);
  }

  function onSocketClose(event) {
    stopPinging();
    socket = null;
    handlers.onClose({ code: event.code, reason: event.reason });
  }

  function startPinging() {
    stopPinging();
    pingTimer = setInterval(pingOrGiveUp, PING_INTERVAL_MS);
  }

  function stopPinging() {
    clearInterval(pingTimer);
    pingTimer = null;
  }

  function pingOrGiveUp() {
    if (Date.now() - lastHeard > SILENCE_LIMIT_MS) {
      discard();
      handlers.onClose({ code: 4002, reason: 'no answer to pings' });
      return;
    }
    send({ type: Send.PING });
  }

  function send(message) {
    if (!socket || socket.readyState !== WebSocket.OPEN) return false;
    socket.send(JSON.stringify(message));
    return true;
  }

  /** Drops the current socket without reporting its close. */
  function discard() {
    stopPinging();
    const ws = socket;
    socket = null;
    if (ws && ws.readyState < WebSocket.CLOSING) {
      try { ws.close(1000); } catch { /* already gone */ }
    }
  }

  function isOpen() {
    return Boolean(socket && socket.readyState === WebSocket.OPEN);
  }

  return { open, send, discard, isOpen };
}
