// The room's vocabulary (docs/protocol.md): the stage names and the WebSocket message types. The
// pages take every such name from here; the server's PageVocabularyTest reads the three lists below
// and fails when one names a stage or a message type the server does not have.

/** The stages of a defense, in the only order they may be taken. */
export const STAGES = Object.freeze(['SCHEDULED', 'LOBBY', 'STATEMENT', 'QUESTIONS', 'VOTING', 'CLOSED']);

/** The message types a page sends. */
export const PAGE_SENDS = Object.freeze([
  'offer', 'answer', 'ice', 'ping', 'admit', 'stage', 'vote', 'leave', 'mute', 'to-lobby', 'remove', 'share',
  'allow-share', 'quality',
]);

/** The message types a page handles. */
export const PAGE_HANDLES = Object.freeze([
  'welcome', 'admitted', 'joined', 'left', 'waiting', 'stage', 'offer', 'answer', 'ice', 'media', 'pong',
  'voted', 'vote-accepted', 'error', 'closed', 'muted', 'lobby', 'share', 'allow-share', 'quality', 'incident',
]);

function byName(names) {
  return Object.freeze(Object.fromEntries(names.map((name) => [name.toUpperCase().replace(/-/g, '_'), name])));
}

/** Stage.VOTING is 'VOTING'. */
export const Stage = byName(STAGES);

/** Send.OFFER is 'offer': what a page may send. */
export const Send = byName(PAGE_SENDS);

/** Receive.VOTE_ACCEPTED is 'vote-accepted': what a page may receive. */
export const Receive = byName(PAGE_HANDLES);

/** The stages that run against a clock. */
export const TIMED_STAGES = Object.freeze([Stage.STATEMENT, Stage.QUESTIONS, Stage.VOTING]);

/** The stage's place in the order; -1 for a name that is no stage. */
export function stageIndex(stage) {
  return STAGES.indexOf(stage);
}

/** The stages the secretariat may move to from this one: every later one (SCHEDULED never). */
export function stagesAfter(stage) {
  const index = stageIndex(stage);
  return STAGES.filter((s, i) => i > index && s !== Stage.SCHEDULED);
}

/** A socket frame's text as a message: an object with a string type, or null. */
export function parseMessage(data) {
  try {
    const message = JSON.parse(data);
    return message && typeof message === 'object' && typeof message.type === 'string' ? message : null;
  } catch {
    return null;
  }
}

/**
 * One function that hands each message to the handler of its type; types without a handler are
 * ignored (the protocol may grow). A handler for a type no page receives is a mistake, found at once.
 */
export function createDispatcher(handlers) {
  for (const type of Object.keys(handlers)) {
    if (!PAGE_HANDLES.includes(type)) throw new Error(`no message type "${type}" reaches a page`);
  }
  return (message) => {
    const handle = message && Object.prototype.hasOwnProperty.call(handlers, message.type) ? handlers[message.type] : null;
    if (handle) handle(message);
    return Boolean(handle);
  };
}
