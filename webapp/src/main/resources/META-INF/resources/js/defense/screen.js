// A shared screen: the display stream (getDisplayMedia) and the connections that carry it, apart
// from the cameras' so that starting or stopping a share never renegotiates a camera. Every
// offer, answer and candidate of these connections carries `stream: "screen"`.
//   mesh: the sharer offers the screen to each viewer on a connection of its own (send-only), and
//         to each newcomer; the viewer only answers, so the two sides never offer at once.
//   sfu:  the sharer publishes the screen to the media server (`to` = its own id), and each viewer
//         receives it (`to` = the sharer's id), as with cameras.

import { Send } from '../shared/protocol.js';
import {
  iceInit, rtcConfiguration, closeEntry, closeEntries, answerOffer, mediaServerState, remoteSignals, warner,
} from './rtc.js';

export const SCREEN = 'screen';
const MAX_RETRIES = 3;
const warn = warner('screen');

/**
 * options: send(message), selfId(), iceServers(), iceTransportPolicy(), kind() ('mesh' or 'sfu'),
 *          peerIds() (the others in the room), onScreen(sharerId, stream or null), onLocal(stream or null)
 */
export function createScreen(options) {
  const entries = new Map(); // mesh: the other side's id; sfu: our own id (publishing) or the sharer's
  let local = null; // our display stream while we share
  let confirmed = false; // the server announced our share
  let sharer = null; // who shares in the room
  const server = mediaServerState(() => {
    if (local && confirmed) sendScreen();
    else if (sharer && sharer !== self()) offer(sharer, 'recvonly');
  });

  const self = () => String(options.selfId());
  const isCurrent = (entry) => entries.get(entry.key) === entry;
  const screenTrack = () => (local ? local.getVideoTracks().find((t) => t.readyState === 'live') : undefined);

  function newEntry(key, retries) {
    closeEntry(entries.get(key), warn);
    const pc = new RTCPeerConnection(rtcConfiguration(options));
    const entry = { key, pc, remoteQueue: [], retries, sending: false };
    entries.set(key, entry);
    pc.addEventListener('icecandidate', (event) => {
      if (event.candidate && event.candidate.candidate && isCurrent(entry)) {
        options.send({ type: Send.ICE, to: key, stream: SCREEN, candidate: iceInit(event.candidate) });
      }
    });
    pc.addEventListener('track', (event) => {
      if (!isCurrent(entry)) return;
      const stream = event.streams && event.streams[0] ? event.streams[0] : new MediaStream([event.track]);
      options.onScreen(key, stream);
    });
    pc.addEventListener('connectionstatechange', () => onConnectionState(entry));
    return entry;
  }

  async function offer(key, direction, retries = 0) {
    if (server.degraded()) return;
    const entry = newEntry(key, retries);
    entry.sending = direction === 'sendonly';
    try {
      if (entry.sending) {
        const track = screenTrack();
        if (!track) {
          remove(key);
          return;
        }
        entry.pc.addTransceiver(track, { direction: 'sendonly', streams: [local] });
      } else {
        entry.pc.addTransceiver('video', { direction: 'recvonly' });
      }
      const description = await entry.pc.createOffer();
      if (!isCurrent(entry)) return;
      await entry.pc.setLocalDescription(description);
      if (isCurrent(entry)) options.send({ type: Send.OFFER, to: key, stream: SCREEN, sdp: entry.pc.localDescription.sdp });
    } catch (error) {
      warn(`offer for ${key}`, error);
    }
  }

  function onConnectionState(entry) {
    if (!isCurrent(entry) || entry.pc.connectionState !== 'failed' || entry.retries >= MAX_RETRIES) return;
    const offerer = options.kind() === 'sfu' || entry.sending;
    if (!offerer) return;
    const retries = entry.retries + 1;
    const direction = entry.sending ? 'sendonly' : 'recvonly';
    setTimeout(() => isCurrent(entry) && offer(entry.key, direction, retries), 2000 * retries);
  }

  /** Our share was announced: the screen goes out to everyone (mesh) or to the media server (sfu). */
  function sendScreen() {
    if (!local) return;
    if (options.kind() === 'sfu') offer(self(), 'sendonly');
    else options.peerIds().forEach((peerId) => offer(String(peerId), 'sendonly'));
  }

  /** Asks the user for a screen or a window; the share begins once the server announces it. */
  async function start() {
    if (local) return;
    const stream = await navigator.mediaDevices.getDisplayMedia({ video: true, audio: false });
    local = stream;
    confirmed = false;
    stream.getVideoTracks().forEach((track) => track.addEventListener('ended', () => stop()));
    options.onLocal(local);
    options.send({ type: Send.SHARE, active: true });
  }

  /** Ends our share (the button, or the browser's own 停止共享 bar). */
  function stop() {
    if (!local) return;
    options.send({ type: Send.SHARE, active: false });
    dropLocal();
  }

  function dropLocal() {
    if (!local) return;
    local.getTracks().forEach((track) => track.stop());
    local = null;
    confirmed = false;
    closeEntries(entries, warn);
    options.onLocal(null);
  }

  /** The server refused our share (share_not_allowed_now, share_not_allowed, share_in_use…). */
  function refused() {
    if (!confirmed) dropLocal();
  }

  /** A `share` message: someone's share began or ended. */
  function announced({ participantId, active }) {
    if (participantId == null) return;
    const id = String(participantId);
    if (active) {
      sharer = id;
      if (id === self()) {
        if (local && !confirmed) {
          confirmed = true;
          sendScreen();
        }
      } else if (options.kind() === 'sfu') {
        offer(id, 'recvonly');
      }
      return;
    }
    if (sharer === id) sharer = null;
    if (id === self()) {
      dropLocal();
    } else {
      remove(id);
      options.onScreen(id, null);
    }
  }

  /** A newcomer gets our screen too (mesh; through the media server they ask for it themselves). */
  function joined(peerId) {
    if (local && confirmed && options.kind() !== 'sfu') offer(String(peerId), 'sendonly');
  }

  async function handleOffer({ from, sdp }) {
    if (from == null || !sdp) return;
    const entry = newEntry(String(from), 0);
    await answerOffer(entry, sdp, {
      isCurrent,
      send: () => options.send({ type: Send.ANSWER, to: entry.key, stream: SCREEN, sdp: entry.pc.localDescription.sdp }),
    }, from, warn);
  }

  const { handleAnswer, handleIce } = remoteSignals(entries, warn);

  function remove(key) {
    const entry = entries.get(String(key));
    entries.delete(String(key));
    closeEntry(entry, warn);
  }

  /** A participant left: their screen (if they shared) or our connection to them goes. */
  function left(peerId) {
    const id = String(peerId);
    remove(id);
    if (sharer === id) {
      sharer = null;
      options.onScreen(id, null);
    }
  }

  /** sfu: the media server is away ("degraded") or back ("ok"): the screen is negotiated again. */
  const { setState } = server;

  /** The socket is gone (reconnecting, closed): the server ended our share with it. */
  function closeAll() {
    if (sharer && sharer !== self()) options.onScreen(sharer, null);
    sharer = null;
    dropLocal();
    closeEntries(entries, warn);
    server.reset();
  }

  return {
    start, stop, refused, announced, joined, left, handleOffer, handleAnswer, handleIce, setState, closeAll,
    sharing: () => Boolean(local),
  };
}
