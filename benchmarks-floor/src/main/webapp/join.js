// The floor of join to video: a mesh call with nothing but RTCPeerConnections, signalled through
// the bare relay socket. ?id=ME&peers=A,B,...; the lower id offers. Same camera settings as Viva's
// device check, opened before the click as there. window.vivaTiming has the shape Viva's
// js/defense/timing.js gives, so the benchmark reads both pages the same way.

const CAMERA = { width: { ideal: 640 }, height: { ideal: 360 }, frameRate: { ideal: 15 } };
const params = new URLSearchParams(location.search);
const me = params.get('id');
const peers = (params.get('peers') || '').split(',').filter((p) => p && p !== me);
const connections = new Map(); // peer id → RTCPeerConnection
const greeted = new Set();
const firstFrames = new Map();
let joinAt = null;
let stream = null;
let socket = null;

window.vivaTiming = Object.freeze({
  joinAt: () => joinAt,
  firstFrames: () => Object.fromEntries(firstFrames),
});

function send(to, message) {
  socket.send(JSON.stringify({ to, from: me, ...message }));
}

function connection(peer) {
  let pc = connections.get(peer);
  if (pc) return pc;
  pc = new RTCPeerConnection();
  connections.set(peer, pc);
  stream.getTracks().forEach((track) => pc.addTrack(track, stream));
  pc.onicecandidate = (e) => { if (e.candidate) send(peer, { type: 'ice', candidate: e.candidate.toJSON() }); };
  pc.ontrack = (e) => {
    let video = document.querySelector(`video[data-participant-id="${peer}"]`);
    if (!video) {
      video = document.createElement('video');
      video.dataset.participantId = peer;
      video.autoplay = true;
      video.muted = true;
      video.playsInline = true;
      document.getElementById('remotes').append(video);
      video.requestVideoFrameCallback((now) => { if (!firstFrames.has(peer)) firstFrames.set(peer, now); });
    }
    video.srcObject = e.streams[0];
  };
  return pc;
}

async function onMessage(message) {
  const peer = message.from;
  if (message.type === 'hello') {
    if (me < peer) {
      if (connections.has(peer)) return;
      const pc = connection(peer);
      await pc.setLocalDescription(await pc.createOffer());
      send(peer, { type: 'offer', sdp: pc.localDescription.sdp });
    } else if (!greeted.has(peer)) {
      greeted.add(peer);
      send(peer, { type: 'hello' });
    }
  } else if (message.type === 'offer') {
    const pc = connection(peer);
    await pc.setRemoteDescription({ type: 'offer', sdp: message.sdp });
    await pc.setLocalDescription(await pc.createAnswer());
    send(peer, { type: 'answer', sdp: pc.localDescription.sdp });
  } else if (message.type === 'answer') {
    await connections.get(peer).setRemoteDescription({ type: 'answer', sdp: message.sdp });
  } else if (message.type === 'ice') {
    await connection(peer).addIceCandidate(message.candidate);
  }
}

function join() {
  joinAt = performance.now();
  const scheme = location.protocol === 'https:' ? 'wss:' : 'ws:';
  const base = location.pathname.replace(/[^/]*$/, '');
  socket = new WebSocket(`${scheme}//${location.host}${base}relay/${encodeURIComponent(me)}`);
  // One message at a time, in order, as each depends on the one before.
  let chain = Promise.resolve();
  socket.onmessage = (e) => { chain = chain.then(() => onMessage(JSON.parse(e.data))).catch(console.error); };
  socket.onopen = () => peers.forEach((peer) => send(peer, { type: 'hello' }));
}

const button = document.getElementById('join');
button.addEventListener('click', join, { once: true });
navigator.mediaDevices.getUserMedia({ video: CAMERA, audio: true }).then((s) => {
  stream = s;
  const preview = document.getElementById('preview');
  preview.srcObject = s;
  preview.addEventListener('loadeddata', () => { button.disabled = false; }, { once: true });
});
