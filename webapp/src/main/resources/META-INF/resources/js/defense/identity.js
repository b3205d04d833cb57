// The identity check in the lobby (人证核验): the waiting applicant's camera reaches the secretary
// only, over a media link of its own (offers, answers and ICE carrying link: "identity"), closed at
// admission. The secretary sees the live video beside the photo on file (or asks for the ID card),
// and 核验身份 (data-action="verify-identity") keeps a frame of it: POST /api/defenses/{id}/identity.

import { button, h } from '../shared/dom.js';
import { Send } from '../shared/protocol.js';
import {
  acceptAnswer, acceptRemoteCandidate, closeEntry, flushRemoteCandidates, iceInit, rtcConfiguration, warner,
} from './rtc.js';
import { captureFrame, post } from './secretariat.js';

export const LINK = 'identity';
const warn = warner('identity');

/** Whether a socket message belongs to the identity link. */
export function isIdentityMessage(message) {
  return Boolean(message) && message.link === LINK;
}

/** The applicant's record id in their participant id ("A42" → "42"), or '' for anyone else. */
export function applicantIdOf(participantId) {
  const match = /^A(\d{1,18})$/.exec(String(participantId || ''));
  return match ? match[1] : '';
}

/** What the secretary's panel says, by the check's state. */
export function identityStatusText(state, detail) {
  switch (state) {
    case 'waiting': return '等待答辩人的视频…';
    case 'live': return '请核对答辩人与照片（或身份证）是否一致';
    case 'verified': return `已核验（SHA-256 ${String(detail || '').slice(0, 12)}…）`;
    case 'no-video': return '尚未收到答辩人的视频，无法核验';
    case 'failed': return `核验未成功：${detail || ''}`;
    default: return '';
  }
}

function entryFor(pc) {
  return { pc, remoteQueue: [], localQueue: [], described: false };
}

/**
 * The secretary's side. options: defenseId, send(message), iceServers(), iceTransportPolicy(),
 * container (where the panel goes), onVerified(sha256)
 */
export function createIdentityCheck(options) {
  let link = null; // {participantId, entry}
  const verified = new Set();
  const video = h('video', { class: 'identity-video', autoplay: true, playsinline: true, muted: true,
    dataset: { identityVideo: '' } });
  const photo = h('img', { class: 'identity-photo', alt: '档案照片' });
  const noPhoto = h('p', { class: 'muted', hidden: true, text: '无档案照片：请答辩人手持身份证正对摄像头' });
  const status = h('p', { class: 'identity-status', role: 'status' });
  const verify = button('核验身份', () => verifyNow(), { class: 'btn btn-primary', dataset: { action: 'verify-identity' } });
  const panel = h('section', { class: 'panel identity-panel', hidden: true, dataset: { identity: 'waiting' } },
    h('h2', { text: '身份核验' }), h('div', { class: 'identity-compare' }, video, photo), noPhoto, status, verify);
  options.container.append(panel);
  photo.addEventListener('error', () => { photo.hidden = true; noPhoto.hidden = false; });

  function setState(state, detail) {
    panel.dataset.identity = state;
    status.textContent = identityStatusText(state, detail);
  }

  /** The lobby changed: a link to the first waiting applicant, none when no one waits. */
  function setWaiting(waiting) {
    const first = (Array.isArray(waiting) ? waiting : []).find((p) => applicantIdOf(p.id));
    if (!first) {
      close();
      return;
    }
    if (link && link.participantId === String(first.id)) return;
    close();
    open(String(first.id));
  }

  async function open(participantId) {
    const pc = new RTCPeerConnection(rtcConfiguration(options));
    const entry = entryFor(pc);
    link = { participantId, entry };
    panel.hidden = false;
    photo.hidden = false;
    noPhoto.hidden = true;
    photo.src = `/api/applicants/${applicantIdOf(participantId)}/photo`;
    setState(verified.has(participantId) ? 'verified' : 'waiting');
    pc.addTransceiver('video', { direction: 'recvonly' });
    pc.addEventListener('track', (event) => {
      video.srcObject = event.streams && event.streams[0] ? event.streams[0] : new MediaStream([event.track]);
      if (!verified.has(participantId)) setState('live');
    });
    pc.addEventListener('icecandidate', (event) => {
      if (!event.candidate || !event.candidate.candidate || !link || link.entry !== entry) return;
      options.send({ type: Send.ICE, to: participantId, link: LINK, candidate: iceInit(event.candidate) });
    });
    try {
      await pc.setLocalDescription(await pc.createOffer());
      options.send({ type: Send.OFFER, to: participantId, link: LINK, sdp: pc.localDescription.sdp });
    } catch (error) {
      warn('offer', error);
    }
  }

  function handle(message) {
    if (!link || String(message.from) !== link.participantId) return;
    if (message.type === 'answer') acceptAnswer(link.entry, message.sdp, message.from, warn);
    else if (message.type === 'ice') acceptRemoteCandidate(link.entry, message.candidate, warn);
  }

  async function verifyNow() {
    if (!link) return;
    const participantId = link.participantId;
    verify.disabled = true;
    try {
      const frame = await captureFrame(video);
      if (!frame) {
        setState('no-video');
        return;
      }
      const answer = await post(`/api/defenses/${encodeURIComponent(options.defenseId)}/identity`, frame, 'image/jpeg');
      if (answer.ok) {
        verified.add(participantId);
        setState('verified', answer.body.sha256);
        if (options.onVerified) options.onVerified(answer.body.sha256);
      } else {
        setState('failed', answer.body.message || answer.body.error || answer.status);
      }
    } finally {
      verify.disabled = false;
    }
  }

  function close() {
    if (link) closeEntry(link.entry, warn);
    link = null;
    video.srcObject = null;
    panel.hidden = true;
  }

  return { setWaiting, handle, close, show: (visible) => { if (!visible) close(); } };
}

/**
 * The applicant's side: answers the secretary's offer on the identity link with the camera.
 * options: send(message), localStream(), iceServers(), iceTransportPolicy()
 */
export function createIdentityAnswer(options) {
  let entry = null;
  let peer = '';

  async function handle(message) {
    if (message.type === 'offer') {
      close();
      peer = String(message.from);
      const pc = new RTCPeerConnection(rtcConfiguration(options));
      const current = entryFor(pc);
      entry = current;
      pc.addEventListener('icecandidate', (event) => {
        if (!event.candidate || !event.candidate.candidate || entry !== current) return;
        options.send({ type: Send.ICE, to: peer, link: LINK, candidate: iceInit(event.candidate) });
      });
      const stream = options.localStream();
      if (stream) for (const track of stream.getVideoTracks()) pc.addTrack(track, stream);
      try {
        await pc.setRemoteDescription({ type: 'offer', sdp: message.sdp });
        flushRemoteCandidates(current, warn);
        await pc.setLocalDescription(await pc.createAnswer());
        options.send({ type: Send.ANSWER, to: peer, link: LINK, sdp: pc.localDescription.sdp });
      } catch (error) {
        warn('answer', error);
      }
    } else if (message.type === 'ice' && entry && String(message.from) === peer) {
      acceptRemoteCandidate(entry, message.candidate, warn);
    }
  }

  function close() {
    closeEntry(entry, warn);
    entry = null;
  }

  return { handle, close };
}
