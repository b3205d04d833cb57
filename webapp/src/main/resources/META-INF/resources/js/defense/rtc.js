// What the mesh and the SFU share about a page's WebRTC connections.

export const KINDS = ['audio', 'video'];

/** A candidate as the socket carries it. */
/**
 * What every RTCPeerConnection of the page is made with: the servers and the transport policy of
 * `welcome` (`relay`: through TURN only, so that no one learns another's address).
 */
export function rtcConfiguration(options) {
  const policy = options.iceTransportPolicy ? options.iceTransportPolicy() : 'all';
  return { iceServers: options.iceServers() || [], iceTransportPolicy: policy === 'relay' ? 'relay' : 'all' };
}

export function iceInit(candidate) {
  return { candidate: candidate.candidate, sdpMid: candidate.sdpMid, sdpMLineIndex: candidate.sdpMLineIndex };
}

/** The live local track of a kind, if the stream has one. */
export function liveTrack(stream, kind) {
  return stream ? stream.getTracks().find((t) => t.kind === kind && t.readyState === 'live') : undefined;
}

/** warn(what, error) for one kind of media: a console warning tagged [viva mesh] or [viva sfu]. */
export function warner(kind) {
  return (what, error) => console.warn(`[viva ${kind}] ${what}:`, error);
}

export function closeQuietly(pc, warn) {
  try { pc.close(); } catch (error) { warn('close', error); }
}

/** Closes a connection entry ({pc}), if there is one. */
export function closeEntry(entry, warn) {
  if (entry) closeQuietly(entry.pc, warn);
}

/** Closes every entry of a map of connections and empties it. */
export function closeEntries(entries, warn) {
  for (const entry of entries.values()) closeEntry(entry, warn);
  entries.clear();
}

/**
 * Remote candidates of a connection ({pc, remoteQueue}): applied once its remote description is
 * set, held until then, so that none that arrives early is lost.
 */
export function acceptRemoteCandidate(entry, candidate, warn) {
  if (!entry || !candidate || !candidate.candidate) return;
  if (entry.pc.remoteDescription) addRemoteCandidate(entry, candidate, warn);
  else entry.remoteQueue.push(candidate);
}

export function flushRemoteCandidates(entry, warn) {
  entry.remoteQueue.splice(0).forEach((candidate) => addRemoteCandidate(entry, candidate, warn));
}

function addRemoteCandidate(entry, candidate, warn) {
  entry.pc.addIceCandidate(candidate).catch((error) => warn('remote candidate', error));
}

/** The answer to our offer on a connection, then the candidates that came before it. */
export async function acceptAnswer(entry, sdp, from, warn) {
  if (!entry || !sdp || entry.pc.signalingState !== 'have-local-offer') return;
  try {
    await entry.pc.setRemoteDescription({ type: 'answer', sdp });
    flushRemoteCandidates(entry, warn);
  } catch (error) {
    warn(`answer from ${from}`, error);
  }
}

/**
 * Answers a remote offer on a connection ({pc, remoteQueue}): its candidates held so far go in once
 * the offer is set; addLocal(entry) adds what we send, send(entry) sends the answer if the entry is
 * still current.
 */
export async function answerOffer(entry, sdp, { addLocal, isCurrent, send }, from, warn) {
  try {
    await entry.pc.setRemoteDescription({ type: 'offer', sdp });
    flushRemoteCandidates(entry, warn);
    if (addLocal) addLocal(entry);
    const answer = await entry.pc.createAnswer();
    if (!isCurrent(entry)) return;
    await entry.pc.setLocalDescription(answer);
    if (isCurrent(entry)) send(entry);
  } catch (error) {
    warn(`answer to ${from}`, error);
  }
}

/** The answer and candidate handlers of connections kept by the id the server names in `from`. */
export function remoteSignals(entries, warn) {
  return {
    handleAnswer: ({ from, sdp }) => acceptAnswer(entries.get(String(from)), sdp, from, warn),
    handleIce: ({ from, candidate }) => acceptRemoteCandidate(entries.get(String(from)), candidate, warn),
  };
}

/**
 * Whether the media server is there, as a page's connections to it see it: `media {state}` sets
 * it, and onBack() runs when it returns after being away (everything is negotiated again).
 */
export function mediaServerState(onBack) {
  let degraded = false;
  return {
    degraded: () => degraded,
    setState(state) {
      if (state === 'degraded') degraded = true;
      else if (state === 'ok' && degraded) {
        degraded = false;
        onBack();
      }
    },
    reset() {
      degraded = false;
    },
  };
}
