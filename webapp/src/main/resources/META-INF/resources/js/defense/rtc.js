// What the mesh and the SFU share about a page's WebRTC connections.

export const KINDS = ['audio', 'video'];

/** A candidate as the socket carries it. */
export function iceInit(candidate) {
  return { candidate: candidate.candidate, sdpMid: candidate.sdpMid, sdpMLineIndex: candidate.sdpMLineIndex };
}

/** The live local track of a kind, if the stream has one. */
export function liveTrack(stream, kind) {
  return stream ? stream.getTracks().find((t) => t.kind === kind && t.readyState === 'live') : undefined;
}

export function closeQuietly(pc, warn) {
  try { pc.close(); } catch (error) { warn('close', error); }
}
