// The live defense room: wires the device check, the socket session, the media and the display.

import { createDispatcher, Receive, Send, Stage } from '../shared/protocol.js';
import { readLaunchParams, scrubAddress } from './params.js';
import { createSession } from './session.js';
import { createMedia } from './media.js';
import { createGrid } from './grid.js';
import { createDevices } from './devices.js';
import { createCountdown } from './countdown.js';
import { createSecretaryPanel } from './secretary.js';
import { renderPresence } from './presence.js';
import { createVotePanel } from './vote.js';
import { createVoteStatus, tally } from './votestatus.js';
import { errorText, isShareError, isVoteError } from './labels.js';
import { createScreen, SCREEN } from './screen.js';
import { createSharing } from './sharing.js';
import { createNetworkMonitor } from './network.js';
import { renderNetworkList } from './networklist.js';
import { summary } from './quality.js';
import { showOwnOutcome } from './outcome.js';
import { admitLabel, decoratePresence, lobbyText } from './chair.js';
import { CHAIR_LABELS } from './labels.js';
import { stagePrompt } from './prompt.js';
import { incidentText } from '../shared/incidents.js';
import { createEvidence } from './evidence.js';
import { isIdentityMessage } from './identity.js';
import {
  $, setConnection, showView, showConnecting, showEnded, showBanner, toast, renderDefense, renderStage,
} from './ui.js';

const DEVICE_WAIT_MS = 10000;

const launch = readLaunchParams(location);
scrubAddress(launch);

const room = {
  you: null,
  participants: new Map(), // String(id) → {id, name, role}
  waiting: [],
  stage: '',
  stageSeconds: {},
  iceServers: [],
  iceTransportPolicy: 'all',
  inRoom: false,
  voted: new Set(), // ids of the members who have voted (never how); kept across reconnects
  seenInRoom: new Set(), // ids of the applicants the secretary saw in the room: brought back with 请回会场
  names: new Map(), // participant id → name, kept after they leave, for the incident list
};

const session = createSession(launch.defenseId, launch, { onMessage: (message) => dispatch(message), onReconnecting, onEnded });
const grid = createGrid($('#grid'), { onVideoShown: (peerId) => network.sampleNow(peerId) });
const countdown = createCountdown({
  clock: $('#countdown'), overtime: $('#overtime'), paused: $('#clock-paused'), warning: $('#clock-warning'),
});
const devices = createDevices({
  preview: $('#preview'),
  previewEmpty: $('#preview-empty'),
  cameraSelect: $('#camera-select'),
  micSelect: $('#mic-select'),
  meter: $('#mic-level'),
  status: $('#device-status'),
}, onLocalStream);
const media = createMedia({
  send: (message) => session.send(message),
  localStream: () => devices.stream(),
  selfId: () => (room.you ? room.you.id : ''),
  iceServers: () => room.iceServers,
  iceTransportPolicy: () => room.iceTransportPolicy,
  onTrack: showRemoteTrack,
  onState: (peerId, state) => grid.setPeerState(peerId, state),
});
const screen = createScreen({
  send: (message) => session.send(message),
  selfId: () => (room.you ? room.you.id : ''),
  iceServers: () => room.iceServers,
  iceTransportPolicy: () => room.iceTransportPolicy,
  kind: () => media.kind(),
  peerIds: () => [...room.participants.keys()],
  onScreen: (sharerId, stream) => grid.showScreen(room.participants.get(String(sharerId)) || { id: sharerId, name: '参会人' }, stream),
  onLocal: () => sharing.render(),
});
const sharing = createSharing({ button: $('#share-screen'), allow: $('#allow-share') }, {
  screen,
  send: (message) => session.send(message),
  state: () => ({ role: room.you ? room.you.role : '', stage: room.stage, selfId: room.you ? room.you.id : '', inRoom: room.inRoom }),
  toast,
});
const qualities = new Map(); // String(participantId) → 'good', 'fair' or 'poor', as this page receives them
const reported = new Map(); // secretary: String(participantId) → what their page reports receiving
let lastReport = '';
let roundsSinceReport = 0;
/** A report goes at least every so many rounds, so that a secretary who came back has it soon. */
const REPORT_EVERY_ROUNDS = 5;
const network = createNetworkMonitor({
  peers: () => media.peers(),
  onQuality: (peerId, quality) => {
    qualities.set(String(peerId), quality);
    grid.setQuality(peerId, quality);
    updateNetworkList();
  },
  onRound: reportQuality,
});
const secretary = createSecretaryPanel({
  panel: $('#secretary-panel'),
  waitingList: $('#waiting-list'),
  waitingEmpty: $('#waiting-empty'),
  waitingCount: $('#waiting-count'),
  stageButtons: $('#stage-buttons'),
}, {
  admit: (participantId) => session.send({ type: Send.ADMIT, participantId }),
  moveTo: (stage) => session.send({ type: Send.STAGE, stage }),
  admitLabel: (applicant) => admitLabel(room.seenInRoom.has(String(applicant.id))),
});

const evidence = createEvidence({
  defenseId: launch.defenseId,
  send: (message) => session.send(message),
  localStream: () => devices.stream(),
  iceServers: () => room.iceServers,
  iceTransportPolicy: () => room.iceTransportPolicy,
  sidebar: $('#secretary-panel'),
  recorderState: $('#recorder-state'),
  grid: $('#grid'),
  mediaKind: () => media.kind(),
});

const votePanel = createVotePanel($('#vote-slot'), {
  send: (message) => session.send(message),
});
const voteStatus = createVoteStatus($('#vote-slot'), {
  close: () => session.send({ type: Send.STAGE, stage: Stage.CLOSED }),
});

/** Test hooks (hooks.js) only where the page was opened with ?hooks=1; nothing of them otherwise. */
const hooksLoaded = launch.hooks
  ? import('./hooks.js').then((hooks) => hooks.install({ peers: () => media.peers() }))
    .catch((error) => console.warn('[viva hooks]', error))
  : Promise.resolve();

const dispatch = createDispatcher({
  [Receive.WELCOME]: onWelcome,
  [Receive.ADMITTED]: onAdmitted,
  [Receive.JOINED]: onJoined,
  [Receive.LEFT]: onLeft,
  [Receive.WAITING]: onWaiting,
  [Receive.STAGE]: onStage,
  [Receive.OFFER]: (m) => (isIdentityMessage(m) ? evidence.handle(m) : m.stream === SCREEN ? screen.handleOffer(m) : media.handleOffer(m)),
  [Receive.ANSWER]: (m) => (isIdentityMessage(m) ? evidence.handle(m) : m.stream === SCREEN ? screen.handleAnswer(m) : media.handleAnswer(m)),
  [Receive.ICE]: (m) => (isIdentityMessage(m) ? evidence.handle(m) : m.stream === SCREEN ? screen.handleIce(m) : media.handleIce(m)),
  [Receive.SHARE]: (m) => sharing.announced(m),
  [Receive.ALLOW_SHARE]: (m) => sharing.allowed(m),
  [Receive.QUALITY]: onQuality,
  [Receive.PONG]: (m) => countdown.syncClock(m.serverTime),
  [Receive.VOTED]: onVoted,
  [Receive.VOTE_ACCEPTED]: () => votePanel.accepted(),
  [Receive.ERROR]: onError,
  [Receive.MEDIA]: onMediaState,
  [Receive.MUTED]: onMuted,
  [Receive.LOBBY]: onLobby,
  [Receive.INCIDENT]: onIncident,
});

function participantMap(list) {
  return new Map((Array.isArray(list) ? list : []).map((p) => [String(p.id), p]));
}

function isSecretary() {
  return Boolean(room.you && room.you.role === 'SECRETARY');
}

function isMember() {
  return Boolean(room.you && room.you.role === 'MEMBER');
}

function isApplicant() {
  return Boolean(room.you && room.you.role === 'APPLICANT');
}

function onWelcome(message) {
  room.you = message.you || null;
  room.iceServers = Array.isArray(message.iceServers) ? message.iceServers : [];
  room.iceTransportPolicy = message.iceTransportPolicy === 'relay' ? 'relay' : 'all';
  room.stageSeconds = message.stageSeconds || {};
  room.participants = participantMap(message.participants);
  room.participants.forEach((p, id) => room.names.set(id, p.name));
  countdown.syncClock(message.serverTime);
  applyStage(message);
  renderDefense(message.defense, message.applicant);
  secretary.show(isSecretary());
  evidence.welcome(room.you);
  onWaiting(message);
  resetRemoteMedia();
  sharing.reset();
  media.use(message.media);
  onMediaState({ state: message.mediaState || 'ok' });
  showBanner(false);
  if (message.state === 'room') enterRoom();
  else enterLobby(message.stage === Stage.VOTING ? 'deliberation' : 'waiting');
  evidence.stage(message.stage, false);
  if (isMember()) votePanel.resume();
}

function onAdmitted(message) {
  evidence.admitted();
  room.participants = participantMap(message.participants);
  enterRoom();
}

function enterLobby(reason) {
  room.inRoom = false;
  $('#lobby-notice').textContent = lobbyText(reason);
  document.body.dataset.lobby = reason;
  setConnection('lobby');
  showView('lobby');
}

/** Sent out of the room (the deliberation, or the secretary): no media with anyone until admitted again. */
function onLobby(message) {
  resetRemoteMedia();
  room.participants.clear();
  updatePresence();
  enterLobby(message.reason === 'deliberation' ? 'deliberation' : 'secretary');
}

/** The chair turned the microphone off: the page says so, and the user may turn it on again. */
function onMuted() {
  devices.setEnabled('audio', false);
  $('#muted-notice').textContent = CHAIR_LABELS.muted;
  $('#muted-notice').hidden = false;
  updateToggles();
}

/** As a newcomer: a tile and an offer for everyone already in the room. */
function enterRoom() {
  room.inRoom = true;
  setConnection('connected');
  showView('room');
  grid.showSelf(devices.stream(), room.you ? room.you.name : '', room.you ? room.you.role : '');
  media.start();
  for (const participant of room.participants.values()) {
    grid.ensureTile(participant);
    media.offerTo(participant.id);
  }
  updatePresence();
  updateToggles();
  sharing.render();
  network.start();
}

function onJoined(message) {
  const participant = message.participant;
  if (!participant || participant.id == null) return;
  room.names.set(String(participant.id), participant.name);
  room.participants.set(String(participant.id), participant);
  if (participant.role === 'APPLICANT') room.seenInRoom.add(String(participant.id));
  if (room.inRoom) {
    grid.ensureTile(participant);
    media.joined(participant.id);
    screen.joined(participant.id);
  }
  updatePresence();
}

/** The media server went away ("degraded") or is back ("ok"); the SFU renegotiates on its return. */
function onMediaState(message) {
  document.body.dataset.media = message.state;
  $('#media-banner').hidden = message.state !== 'degraded';
  media.setState(message.state);
  screen.setState(message.state);
}

function onLeft(message) {
  const id = message.participantId;
  room.participants.delete(String(id));
  media.remove(id);
  screen.left(id);
  grid.removeTile(id);
  qualities.delete(String(id));
  reported.delete(String(id));
  updateNetworkList();
  updatePresence();
}

function onWaiting(message) {
  if (!isSecretary()) return;
  room.waiting = Array.isArray(message.waiting) ? message.waiting : [];
  secretary.setWaiting(room.waiting);
  evidence.setWaiting(room.waiting);
}

function onStage(message) {
  countdown.syncClock(message.serverTime);
  applyStage(message);
  evidence.stage(message.stage, true);
}

/** A welcome or stage message: the stage, its instruction and its countdown (which may stand still). */
function applyStage(message) {
  const stage = message.stage;
  if (!stage) return;
  room.stage = stage;
  renderStage(stage);
  const prompt = stagePrompt(stage, room.stageSeconds);
  $('#stage-prompt').textContent = prompt;
  $('#stage-prompt').hidden = !prompt;
  countdown.setStage(message, room.stageSeconds);
  secretary.setStage(stage);
  sharing.render();
  updatePresence();
}

/** Who has voted: the page shows that much to the secretary and the members, nothing to the applicant. */
function onVoted(message) {
  if (isApplicant() || message.participantId == null) return;
  room.voted.add(String(message.participantId));
  updatePresence();
}

function onError(message) {
  if (isMember() && isVoteError(message.code)) {
    votePanel.refused(message.code);
    return;
  }
  if (isSecretary()) voteStatus.release();
  if (isShareError(message.code)) sharing.refused();
  toast(errorText(message.code, message.message));
  const admitRefused = message.code === 'not_waiting' || message.code === 'identity_not_verified';
  if (admitRefused && isSecretary()) secretary.setWaiting(room.waiting);
}

/** The secretary's live list of lost connections and returns (newest first). */
function onIncident(message) {
  if (!isSecretary()) return;
  const item = document.createElement('li');
  item.dataset.incidentKind = message.kind;
  item.dataset.participantId = message.participantId;
  if (message.seconds != null) item.dataset.seconds = String(message.seconds);
  item.textContent = incidentText(message, room.names.get(String(message.participantId)));
  $('#incident-list').prepend(item);
  $('#incident-empty').hidden = true;
}

function showRemoteTrack(peerId, event) {
  const known = room.participants.get(String(peerId));
  grid.attachTrack(known || { id: peerId, name: '参会人', role: '' }, event);
}

/** The presence list and, during voting, who has voted, the member's vote panel and the secretary's count. */
function updatePresence() {
  const others = room.inRoom ? [...room.participants.values()] : [];
  renderPresence($('#presence-list'), $('#presence-count'), room.you, others, showsVoteMarks() ? room.voted : null);
  if (isSecretary()) {
    others.filter((p) => p.role === 'APPLICANT').forEach((p) => room.seenInRoom.add(String(p.id)));
    decoratePresence($('#presence-list'), room.you, others, room.stage, {
      send: (message) => session.send(message),
      confirm: (text) => window.confirm(text),
    });
  }
  renderVotes();
}

function showsVoteMarks() {
  return room.stage === Stage.VOTING && Boolean(room.you) && !isApplicant();
}

function renderVotes() {
  const voting = room.stage === Stage.VOTING && room.inRoom;
  grid.setVoted(showsVoteMarks() ? room.voted : [], room.you ? room.you.id : '');
  votePanel.show(voting && isMember());
  voteStatus.show(voting && isSecretary());
  if (isSecretary()) voteStatus.update(tally(room.participants.values(), room.voted));
}

/** Closes every peer connection and removes the remote tiles (the self view stays). */
function resetRemoteMedia() {
  screen.closeAll();
  media.closeAll();
  grid.clearRemote();
  qualities.clear();
  reported.clear();
  lastReport = '';
  updateNetworkList();
}

/** Tells the secretariat how this page receives everyone: when that changed, and now and then (docs/protocol.md, quality). */
function reportQuality() {
  if (isSecretary() || !room.inRoom) return;
  const of = Object.fromEntries([...qualities].filter(([id]) => room.participants.has(id)));
  const text = JSON.stringify(of);
  roundsSinceReport += 1;
  if (text === '{}' || (text === lastReport && roundsSinceReport < REPORT_EVERY_ROUNDS)) return;
  lastReport = text;
  roundsSinceReport = 0;
  session.send({ type: Send.QUALITY, of });
}

function onQuality(message) {
  if (!isSecretary() || message.from == null || !message.of) return;
  reported.set(String(message.from), message.of);
  updateNetworkList();
}

/** The secretary's 网络状况: every remote participant's quality as this page receives them. */
function updateNetworkList() {
  if (!isSecretary()) return;
  const entries = [...room.participants.keys()].filter((id) => qualities.has(id) || reported.has(id))
    .map((id) => ({ id, name: room.participants.get(id).name, ...summary(qualities.get(id), reported.get(id)) }))
    .filter((entry) => entry.quality);
  renderNetworkList($('#network-list'), $('#network-empty'), entries);
}

function onReconnecting() {
  setConnection('reconnecting');
  showBanner(true);
  resetRemoteMedia();
  room.participants.clear();
  updatePresence();
}

function onEnded(kind, code) {
  room.inRoom = false;
  evidence.stop();
  resetRemoteMedia();
  grid.clearAll();
  devices.stop();
  countdown.stop();
  network.stop();
  showBanner(false);
  setConnection('closed');
  showEnded(kind, code);
  if (kind === 'closed' || code === 'defense_closed' || code === 'invalid_join_token') {
    showOwnOutcome($('#own-outcome'), launch.defenseId, launch.joinToken);
  }
}

function onLocalStream(stream) {
  if (!room.inRoom) return;
  grid.updateSelf(stream);
  media.useLocalStream();
  updateToggles();
}

function updateToggles() {
  updateToggle($('#toggle-mic'), 'audio', '关闭麦克风', '开启麦克风');
  updateToggle($('#toggle-camera'), 'video', '关闭摄像头', '开启摄像头');
}

function updateToggle(button, kind, onText, offText) {
  const available = devices.has(kind);
  const enabled = devices.isEnabled(kind);
  button.disabled = !available;
  button.setAttribute('aria-pressed', String(available && !enabled));
  button.textContent = !available ? `无${kind === 'audio' ? '麦克风' : '摄像头'}` : enabled ? onText : offText;
}

function toggle(kind) {
  devices.setEnabled(kind, !devices.isEnabled(kind));
  if (kind === 'audio' && devices.isEnabled('audio')) $('#muted-notice').hidden = true;
  updateToggles();
}

function join() {
  const button = $('#join-button');
  button.disabled = true;
  devices.wakeMeter();
  setConnection('connecting');
  showView('connecting');
  showConnecting('正在连接…');
  session.start();
}

function bindControls() {
  $('#join-button').addEventListener('click', join);
  $('#leave-button').addEventListener('click', () => session.leave());
  $('#toggle-mic').addEventListener('click', () => toggle('audio'));
  $('#toggle-camera').addEventListener('click', () => toggle('video'));
}

/** The join button waits for the device check, but never longer than DEVICE_WAIT_MS. */
function enableJoinAfterDeviceCheck() {
  const button = $('#join-button');
  const enable = () => {
    if (document.body.dataset.view === 'check') button.disabled = false;
  };
  setTimeout(enable, DEVICE_WAIT_MS);
  devices.start().catch((error) => console.warn('[viva devices]', error)).finally(enable);
}

async function init() {
  bindControls();
  if (!launch.defenseId || !session.canStart()) {
    setConnection('closed');
    showEnded('invalid_link');
    return;
  }
  // Results are published only after every defense of the round has closed: an applicant whose
  // outcome is out sees it at once, without a device check for a room that is over.
  if (launch.joinToken && await showOwnOutcome($('#own-outcome'), launch.defenseId, launch.joinToken)) {
    setConnection('closed');
    showEnded('closed');
    return;
  }
  await hooksLoaded;
  showView('check');
  enableJoinAfterDeviceCheck();
}

init();
