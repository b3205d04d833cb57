// Mesh media: one RTCPeerConnection per remote participant, trickle ICE through the socket.

import { Send } from '../shared/protocol.js';
import {
  KINDS, iceInit, rtcConfiguration, liveTrack, closeEntry, closeEntries, acceptAnswer, acceptRemoteCandidate, answerOffer,
  warner,
} from './rtc.js';

const MAX_REOFFERS = 3;
const warn = warner('mesh');

/** options: as createMedia's (media.js). */
export function createMesh(options) {
  const entries = new Map(); // String(peerId) → entry

  function newEntry(peerId, asOfferer) {
    const pc = new RTCPeerConnection(rtcConfiguration(options));
    const entry = { peerId, pc, asOfferer, remoteQueue: [], localQueue: [], described: false, reoffers: 0 };
    pc.addEventListener('icecandidate', (event) => onLocalCandidate(entry, event.candidate));
    pc.addEventListener('track', (event) => isCurrent(entry) && options.onTrack(peerId, event));
    pc.addEventListener('connectionstatechange', () => onConnectionState(entry));
    pc.addEventListener('icegatheringstatechange', () => onGathered(entry));
    return entry;
  }

  function replaceEntry(peerId, asOfferer) {
    closeEntry(entries.get(String(peerId)), warn);
    const entry = newEntry(peerId, asOfferer);
    entries.set(String(peerId), entry);
    return entry;
  }

  function isCurrent(entry) {
    return entries.get(String(entry.peerId)) === entry;
  }

  /** Sends what we have; as offerer, asks to receive the kinds we do not send. */
  function addLocalMedia(pc, asOfferer) {
    const stream = options.localStream();
    for (const kind of KINDS) {
      const track = liveTrack(stream, kind);
      if (track) pc.addTrack(track, stream);
      else if (asOfferer) pc.addTransceiver(kind, { direction: 'recvonly' });
    }
  }

  async function offerTo(peerId, reoffers = 0) {
    const entry = replaceEntry(peerId, true);
    entry.reoffers = reoffers;
    try {
      addLocalMedia(entry.pc, true);
      const offer = await entry.pc.createOffer();
      if (!isCurrent(entry)) return;
      await entry.pc.setLocalDescription(offer);
      if (isCurrent(entry)) sendDescription(Send.OFFER, entry);
    } catch (error) {
      warn(`offer to ${peerId}`, error);
    }
  }

  function sendDescription(type, entry) {
    options.send({ type, to: entry.peerId, sdp: entry.pc.localDescription.sdp });
    entry.described = true;
    entry.localQueue.splice(0).forEach((candidate) => sendCandidate(entry, candidate));
  }

  /** A polite peer yields when both sides offer at once; the larger id is polite. */
  function isPolite(peerId) {
    return String(options.selfId()) > String(peerId);
  }

  function collides(peerId) {
    const entry = entries.get(String(peerId));
    return Boolean(entry && entry.pc.signalingState === 'have-local-offer');
  }

  async function handleOffer({ from, sdp }) {
    if (from == null || !sdp) return;
    if (collides(from) && !isPolite(from)) return;
    const entry = replaceEntry(from, false);
    await answerOffer(entry, sdp, {
      addLocal: () => addLocalMedia(entry.pc, false),
      isCurrent,
      send: () => sendDescription(Send.ANSWER, entry),
    }, from, warn);
  }

  function handleAnswer({ from, sdp }) {
    return acceptAnswer(entries.get(String(from)), sdp, from, warn);
  }

  function handleIce({ from, candidate }) {
    acceptRemoteCandidate(entries.get(String(from)), candidate, warn);
  }

  function onLocalCandidate(entry, candidate) {
    if (!candidate || !candidate.candidate || !isCurrent(entry)) return;
    entry.gathered = true;
    if (entry.described) sendCandidate(entry, candidate);
    else entry.localQueue.push(candidate);
  }

  function sendCandidate(entry, candidate) {
    options.send({ type: Send.ICE, to: entry.peerId, candidate: iceInit(candidate) });
  }

  function onConnectionState(entry) {
    if (!isCurrent(entry)) return;
    const state = entry.pc.connectionState;
    options.onState(entry.peerId, state);
    if (state === 'failed') retryFailed(entry);
  }

  /**
   * Gathering over without a single candidate (e.g. relay only, and the TURN server unreachable or
   * refusing the credentials): this connection cannot come up, so the tile says so at once.
   */
  function onGathered(entry) {
    if (!isCurrent(entry) || entry.pc.iceGatheringState !== 'complete' || entry.gathered) return;
    warn(`no ICE candidate for ${entry.peerId}`, new Error('no candidate gathered'));
    options.onState(entry.peerId, 'failed');
  }

  /** The side that offered tries again a few times when the connection fails. */
  function retryFailed(entry) {
    if (!entry.asOfferer || entry.reoffers >= MAX_REOFFERS) return;
    const reoffers = entry.reoffers + 1;
    setTimeout(() => isCurrent(entry) && offerTo(entry.peerId, reoffers), 2000 * reoffers);
  }

  function remove(peerId) {
    const entry = entries.get(String(peerId));
    entries.delete(String(peerId));
    closeEntry(entry, warn);
  }

  function closeAll() {
    closeEntries(entries, warn);
  }

  /** Puts a new local stream on every connection; renegotiates where a kind was not sent yet. */
  function useLocalStream() {
    for (const entry of [...entries.values()]) {
      if (!replaceSentTracks(entry.pc)) offerTo(entry.peerId);
    }
  }

  function replaceSentTracks(pc) {
    let complete = true;
    for (const transceiver of pc.getTransceivers()) {
      if (transceiver.currentDirection === 'stopped' || !transceiver.receiver.track) continue;
      const track = liveTrack(options.localStream(), transceiver.receiver.track.kind) || null;
      if (transceiver.direction.startsWith('send')) {
        transceiver.sender.replaceTrack(track).catch((error) => warn('replace track', error));
      } else if (track) {
        complete = false;
      }
    }
    return complete;
  }

  /** A read-only copy: participantId → RTCPeerConnection. */
  function peers() {
    return new Map([...entries.values()].map((entry) => [entry.peerId, entry.pc]));
  }

  return { offerTo: (peerId) => offerTo(peerId), handleOffer, handleAnswer, handleIce, remove, closeAll, useLocalStream, peers };
}
