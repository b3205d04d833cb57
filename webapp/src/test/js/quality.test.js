// The network-quality judgement (defense/quality.js): getStats() readings to good, fair or poor.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { interval, qualityOf, reading, summary, worse } from '../../main/resources/META-INF/resources/js/defense/quality.js';

/** A getStats()-like report: a Map of stats, as RTCStatsReport is. */
function report({ rtt, packets, lost = 0, frames }) {
  const stats = [
    { type: 'inbound-rtp', kind: 'video', packetsReceived: packets, packetsLost: lost, framesDecoded: frames },
    { type: 'inbound-rtp', kind: 'audio', packetsReceived: 0, packetsLost: 0 },
    { type: 'candidate-pair', nominated: true, state: 'succeeded', currentRoundTripTime: rtt },
  ];
  return new Map(stats.map((s, i) => [String(i), s]));
}

function judge(first, second, ms = 2000) {
  return qualityOf(interval(reading(report(first), 0), reading(report(second), ms)));
}

test('a fast, clean connection with a smooth picture is good', () => {
  assert.equal(judge({ rtt: 0.02, packets: 1000, frames: 100 }, { rtt: 0.02, packets: 1400, frames: 160 }), 'good');
});

test('a slow round trip makes it fair, a very slow one poor', () => {
  assert.equal(judge({ rtt: 0.4, packets: 1000, frames: 100 }, { rtt: 0.4, packets: 1400, frames: 160 }), 'fair');
  assert.equal(judge({ rtt: 0.9, packets: 1000, frames: 100 }, { rtt: 0.9, packets: 1400, frames: 160 }), 'poor');
});

test('packet loss over the interval counts, not the loss since the call began', () => {
  // 5 % of the interval's packets lost: fair; an old loss that stays the same does not count.
  assert.equal(judge({ rtt: 0.02, packets: 1000, lost: 500, frames: 100 },
    { rtt: 0.02, packets: 1380, lost: 520, frames: 160 }), 'fair');
  assert.equal(judge({ rtt: 0.02, packets: 1000, lost: 500, frames: 100 },
    { rtt: 0.02, packets: 1400, lost: 500, frames: 160 }), 'good');
  assert.equal(judge({ rtt: 0.02, packets: 1000, lost: 0, frames: 100 },
    { rtt: 0.02, packets: 1300, lost: 100, frames: 160 }), 'poor');
});

test('a stuttering picture is fair, a nearly frozen one poor', () => {
  assert.equal(judge({ rtt: 0.02, packets: 1000, frames: 100 }, { rtt: 0.02, packets: 1400, frames: 116 }), 'fair');
  assert.equal(judge({ rtt: 0.02, packets: 1000, frames: 100 }, { rtt: 0.02, packets: 1400, frames: 104 }), 'poor');
});

test('nothing received over the interval is poor', () => {
  assert.equal(judge({ rtt: 0.02, packets: 1000, frames: 100 }, { rtt: 0.02, packets: 1000, frames: 100 }), 'poor');
});

test('the first reading is judged on the round trip alone', () => {
  assert.equal(qualityOf(interval(undefined, reading(report({ rtt: 0.05, packets: 10, frames: 1 }), 0))), 'good');
  assert.equal(qualityOf(interval(undefined, reading(report({ rtt: 0.5, packets: 10, frames: 1 }), 0))), 'fair');
});

test('without a candidate pair the remote side\'s round trip is used', () => {
  const stats = new Map([
    ['v', { type: 'inbound-rtp', kind: 'video', packetsReceived: 5, packetsLost: 0, framesDecoded: 1 }],
    ['r', { type: 'remote-inbound-rtp', roundTripTime: 0.3 }],
  ]);
  assert.equal(reading(stats, 0).rttMs, 300);
});

test('a connection without video is judged on round trip and loss', () => {
  const audioOnly = (packets) => new Map([['a', { type: 'inbound-rtp', kind: 'audio', packetsReceived: packets, packetsLost: 0 }]]);
  assert.equal(qualityOf(interval(reading(audioOnly(100), 0), reading(audioOnly(200), 2000))), 'good');
});

test('worse picks the worse of two qualities and ignores an unknown one', () => {
  assert.equal(worse('good', 'poor'), 'poor');
  assert.equal(worse('fair', 'good'), 'fair');
  assert.equal(worse(undefined, 'fair'), 'fair');
  assert.equal(worse('good', 'bogus'), 'good');
});

test('the secretary\'s line: the own measure, the worst the participant reports receiving, the worse of both', () => {
  assert.deepEqual(summary('good', { s1: 'good', m1: 'poor' }), { measured: 'good', received: 'poor', quality: 'poor' });
  assert.deepEqual(summary('fair', undefined), { measured: 'fair', received: undefined, quality: 'fair' });
  assert.deepEqual(summary(undefined, { s1: 'fair', x: 'bogus' }), { measured: undefined, received: 'fair', quality: 'fair' });
});
