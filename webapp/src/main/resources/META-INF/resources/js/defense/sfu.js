// SFU media (Kurento): the page publishes one connection and receives one per other participant,
// all to and from the media server. The socket messages name the connection with `to`/`from`:
// our own id for what we publish, a publisher's id for what we receive from them.

import { Send } from '../shared/protocol.js';
import {
  KINDS, iceInit, rtcConfiguration, liveTrack, closeEntry, closeEntries, mediaServerState, remoteSignals, warner,
} from './rtc.js';

const MAX_RETRIES = 3;
const warn = warner('sfu');

/** options: as createMedia's (media.js). */
export function createSfu(options) {
  const entries = new Map(); // connection key (own id or a publisher's id) → entry
  const wanted = new Set(); // publishers we receive, kept while the media server is away
  const server = mediaServerState(() => {
    start();
    wanted.forEach((key) => negotiate(key));
  });

  function self() {
    return String(options.selfId());
  }

  function isCurrent(entry) {
    return entries.get(entry.key) === entry;
  }

  function newEntry(key, retries) {
    closeEntry(entries.get(key), warn);
    const pc = new RTCPeerConnection(rtcConfiguration(options));
    const entry = { key, pc, remoteQueue: [], retries, publishing: key === self() };
    entries.set(key, entry);
    pc.addEventListener('icecandidate', (event) => {
      if (event.candidate && event.candidate.candidate && isCurrent(entry)) {
        options.send({ type: Send.ICE, to: key, candidate: iceInit(event.candidate) });
      }
    });
    if (!entry.publishing) {
      pc.addEventListener('track', (event) => isCurrent(entry) && options.onTrack(key, event));
    }
    pc.addEventListener('connectionstatechange', () => onConnectionState(entry));
    return entry;
  }

  async function negotiate(key, retries = 0) {
    if (server.degraded() || !key) return;
    const entry = newEntry(key, retries);
    try {
      if (entry.publishing) {
        const stream = options.localStream();
        for (const kind of KINDS) {
          const track = liveTrack(stream, kind);
          if (track) entry.pc.addTransceiver(track, { direction: 'sendonly', streams: stream ? [stream] : [] });
        }
        if (entry.pc.getTransceivers().length === 0) {
          entries.delete(key); // nothing to send: no camera and no microphone
          closeEntry(entry, warn);
          return;
        }
      } else {
        for (const kind of KINDS) entry.pc.addTransceiver(kind, { direction: 'recvonly' });
      }
      const offer = await entry.pc.createOffer();
      if (!isCurrent(entry)) return;
      await entry.pc.setLocalDescription(offer);
      if (isCurrent(entry)) options.send({ type: Send.OFFER, to: key, sdp: entry.pc.localDescription.sdp });
    } catch (error) {
      warn(`offer for ${key}`, error);
    }
  }

  /** Publishes our own media (again, replacing the earlier connection on the server). */
  function start() {
    return negotiate(self());
  }

  /** Receives a participant's media from the server. */
  function offerTo(peerId) {
    if (String(peerId) === self()) return undefined;
    wanted.add(String(peerId));
    if (!entries.has(self())) start();
    return negotiate(String(peerId));
  }

  function joined(peerId) {
    return offerTo(peerId);
  }

  const { handleAnswer, handleIce } = remoteSignals(entries, warn);

  function handleOffer() {
    // The media server never offers; the page always does.
  }

  function onConnectionState(entry) {
    if (!isCurrent(entry)) return;
    const state = entry.pc.connectionState;
    if (!entry.publishing) options.onState(entry.key, state);
    if (state === 'failed' && entry.retries < MAX_RETRIES && !server.degraded()) {
      const retries = entry.retries + 1;
      setTimeout(() => isCurrent(entry) && negotiate(entry.key, retries), 2000 * retries);
    }
  }

  /** "degraded": the media server is away, connections wait; "ok" after that: negotiate everything again. */
  const setState = server.setState;

  function remove(peerId) {
    wanted.delete(String(peerId));
    const entry = entries.get(String(peerId));
    entries.delete(String(peerId));
    closeEntry(entry, warn);
  }

  function closeAll() {
    closeEntries(entries, warn);
    wanted.clear();
    server.reset();
  }

  /** A new local stream: swap the tracks we send, or publish again when a kind is new. */
  function useLocalStream() {
    const entry = entries.get(self());
    if (!entry) {
      start();
      return;
    }
    const senders = entry.pc.getSenders();
    let complete = true;
    for (const kind of KINDS) {
      const sender = senders.find((s) => s.track && s.track.kind === kind);
      const track = liveTrack(options.localStream(), kind) || null;
      if (sender) sender.replaceTrack(track).catch((error) => warn('replace track', error));
      else if (track) complete = false;
    }
    if (!complete) start();
  }

  /** A read-only copy: publisher id → the connection receiving them (our own publication left out). */
  function peers() {
    return new Map([...entries.values()].filter((e) => !e.publishing).map((e) => [e.key, e.pc]));
  }

  return { start, offerTo, joined, handleOffer, handleAnswer, handleIce, setState, remove, closeAll, useLocalStream, peers };
}
