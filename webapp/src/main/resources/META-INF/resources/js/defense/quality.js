// How good a remote participant's connection is, from two getStats() readings a few seconds
// apart: round-trip time, packet loss and frames decoded over the interval. Pure, so that the
// thresholds are tested in Node; network.js takes the readings.

export const QUALITIES = Object.freeze(['good', 'fair', 'poor']);

/**
 * good: a call one talks over without noticing; fair: audible delay or a stuttering picture;
 * poor: hard to follow. Frame rates are per second of the interval.
 */
export const THRESHOLDS = Object.freeze({
  good: Object.freeze({ rttMs: 250, loss: 0.02, fps: 12 }),
  fair: Object.freeze({ rttMs: 600, loss: 0.08, fps: 4 }),
});

/** The numbers of one getStats() report that the judgement needs (missing ones stay undefined). */
export function reading(report, atMs) {
  const out = { atMs, packetsReceived: 0, packetsLost: 0, framesDecoded: undefined, rttMs: undefined, hasVideo: false };
  let rttFromPair;
  let rttFromRemote;
  report.forEach((stat) => {
    if (stat.type === 'inbound-rtp') {
      out.packetsReceived += stat.packetsReceived || 0;
      out.packetsLost += Math.max(0, stat.packetsLost || 0);
      if (stat.kind === 'video') {
        out.hasVideo = true;
        out.framesDecoded = (out.framesDecoded || 0) + (stat.framesDecoded || 0);
      }
    } else if (stat.type === 'candidate-pair' && stat.nominated && stat.state === 'succeeded'
      && typeof stat.currentRoundTripTime === 'number') {
      rttFromPair = stat.currentRoundTripTime * 1000;
    } else if (stat.type === 'remote-inbound-rtp' && typeof stat.roundTripTime === 'number') {
      rttFromRemote = stat.roundTripTime * 1000;
    }
  });
  out.rttMs = rttFromPair !== undefined ? rttFromPair : rttFromRemote;
  return out;
}

/** What happened between two readings: round-trip time now, loss and frame rate over the interval. */
export function interval(previous, current) {
  const seconds = previous ? (current.atMs - previous.atMs) / 1000 : 0;
  if (!previous || seconds <= 0) return { rttMs: current.rttMs, loss: undefined, fps: undefined };
  const received = current.packetsReceived - previous.packetsReceived;
  const lost = current.packetsLost - previous.packetsLost;
  const loss = received + lost > 0 ? Math.max(0, lost) / (received + lost) : undefined;
  const fps = current.hasVideo && previous.framesDecoded !== undefined && current.framesDecoded !== undefined
    ? Math.max(0, current.framesDecoded - previous.framesDecoded) / seconds
    : undefined;
  return { rttMs: current.rttMs, loss, fps, stalled: received <= 0 };
}

function within(measure, limits) {
  return (measure.rttMs === undefined || measure.rttMs <= limits.rttMs)
    && (measure.loss === undefined || measure.loss <= limits.loss)
    && (measure.fps === undefined || measure.fps >= limits.fps);
}

/** 'good', 'fair' or 'poor'; a connection that received nothing over the interval is poor. */
export function qualityOf(measure) {
  if (!measure || measure.stalled) return 'poor';
  if (within(measure, THRESHOLDS.good)) return 'good';
  if (within(measure, THRESHOLDS.fair)) return 'fair';
  return 'poor';
}

/** The worse of two qualities (a participant's camera and what they report of their own side). */
export function worse(a, b) {
  if (!QUALITIES.includes(a)) return b;
  if (!QUALITIES.includes(b)) return a;
  return QUALITIES[Math.max(QUALITIES.indexOf(a), QUALITIES.indexOf(b))];
}

/**
 * One participant's line on the secretary's list: how they reach the secretary's page
 * (`measured`), the worst of what their own page reports receiving (`received`, from `quality`
 * messages), and the worse of the two.
 */
export function summary(measured, reported) {
  const received = Object.values(reported || {}).filter((q) => QUALITIES.includes(q)).reduce(worse, undefined);
  return { measured, received, quality: worse(measured, received) };
}
