// Network quality of every remote camera: reads each connection's getStats() every few seconds and
// judges it (quality.js). The tile's video carries data-quality; the secretary's panel lists
// everyone's, so that a network problem can be told from a refusal to answer.

import { interval, qualityOf, reading } from './quality.js';

export const SAMPLE_MS = 2000;

/**
 * peers(): participantId → RTCPeerConnection (the cameras' connections);
 * onQuality(participantId, quality); onRound() after each round over every connection
 */
export function createNetworkMonitor({ peers, onQuality, onRound = () => {} }) {
  const previous = new Map(); // participantId → the last reading
  let timer = null;

  async function sampleOne(peerId, pc) {
    if (!pc || pc.connectionState === 'closed') return;
    try {
      const current = reading(await pc.getStats(), performance.now());
      const quality = qualityOf(interval(previous.get(peerId), current));
      previous.set(peerId, current);
      onQuality(peerId, quality);
    } catch (error) {
      console.warn('[viva network] stats', error);
    }
  }

  function sample() {
    const current = peers() || new Map();
    for (const peerId of [...previous.keys()]) {
      if (!current.has(peerId)) previous.delete(peerId);
    }
    return Promise.all([...current].map(([peerId, pc]) => sampleOne(String(peerId), pc))).then(() => onRound());
  }

  /** A tile just showed video: judge it now rather than at the next round. */
  function sampleNow(peerId) {
    const pc = (peers() || new Map()).get(String(peerId)) || (peers() || new Map()).get(peerId);
    return sampleOne(String(peerId), pc);
  }

  function start() {
    if (!timer) timer = setInterval(sample, SAMPLE_MS);
  }

  function stop() {
    if (timer) clearInterval(timer);
    timer = null;
    previous.clear();
  }

  return { start, stop, sample, sampleNow };
}
