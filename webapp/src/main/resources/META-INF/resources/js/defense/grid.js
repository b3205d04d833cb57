// The video grid: one tile per remote participant, plus the local self view.

import { bdi, button, h } from '../shared/dom.js';
import { roleName } from '../shared/labels.js';
import { qualityText } from './labels.js';

const STATE_TEXTS = {
  new: '正在连接…',
  connecting: '正在连接…',
  disconnected: '连接不稳定…',
  failed: '连接失败（网络或中继服务器不可用）',
};

function makeVideo() {
  const video = h('video', { class: 'tile-video' });
  video.autoplay = true;
  video.playsInline = true;
  video.setAttribute('autoplay', '');
  video.setAttribute('playsinline', '');
  return video;
}

function makeCaption(name, role, suffix = '') {
  const shown = h('span', { class: 'tile-name' }, bdi(name), suffix);
  return h('figcaption', { class: 'tile-caption' },
    shown, h('span', { class: `tile-role role-${String(role).toLowerCase()}`, text: roleName(role) }));
}

/** Plays a remote video; if the browser refuses sound without a gesture, plays it muted and offers sound. */
function startPlayback(tile, video) {
  const attempt = video.play();
  if (!attempt) return;
  attempt.catch((error) => {
    if (error && error.name === 'NotAllowedError' && !video.muted) playMuted(tile, video);
  });
}

function playMuted(tile, video) {
  video.muted = true;
  video.play().catch(() => {});
  const button = tile.querySelector('.tile-unmute');
  if (button) button.hidden = false;
}

function makeUnmuteButton(video) {
  const unmute = button('开启声音', () => {
    video.muted = false;
    video.play().catch(() => {});
    unmute.hidden = true;
  }, { class: 'tile-unmute btn btn-small', hidden: true });
  return unmute;
}

/** The 已投票 badge in a tile's caption (who has voted, never how). */
function markVoted(figure, caption, voted) {
  let badge = caption.querySelector('.tile-voted');
  if (voted && !badge) {
    badge = h('span', { class: 'tile-voted', text: '已投票' });
    caption.append(badge);
  } else if (!voted && badge) {
    badge.remove();
  }
  if (voted) figure.dataset.voted = 'true';
  else delete figure.dataset.voted;
}

/** A shared screen's tile: no role on its video (it is no camera), data-share="screen" instead. */
function buildScreenTile(participant) {
  const figure = h('figure', { class: 'tile tile-remote tile-screen' });
  figure.dataset.screen = String(participant.id);
  const video = makeVideo();
  video.muted = true;
  video.dataset.participantId = String(participant.id);
  video.dataset.share = 'screen';
  const caption = h('figcaption', { class: 'tile-caption' },
    h('span', { class: 'tile-name' }, bdi(participant.name), '（共享屏幕）'));
  figure.append(video, caption);
  return { figure, video };
}

/** hooks: onVideoShown(participantId), when a camera tile first shows a picture. */
export function createGrid(container, hooks = {}) {
  const tiles = new Map(); // String(id) → {figure, video, caption, stream}
  const screens = new Map(); // String(sharer id) → {figure, video}
  let selfTile = null;
  let selfId = '';
  let votedIds = new Set();

  function ensureTile(participant) {
    const key = String(participant.id);
    const existing = tiles.get(key);
    if (existing) return existing;
    const tile = buildRemoteTile(participant);
    tiles.set(key, tile);
    container.append(tile.figure);
    countTiles();
    return tile;
  }

  function buildRemoteTile(participant) {
    const figure = h('figure', { class: `tile tile-remote role-${String(participant.role).toLowerCase()}` });
    figure.dataset.tile = String(participant.id);
    figure.dataset.state = 'new';
    const video = makeVideo();
    video.dataset.participantId = String(participant.id);
    video.dataset.role = participant.role || '';
    const status = h('span', { class: 'tile-status', text: STATE_TEXTS.new });
    const placeholder = h('span', { class: 'tile-nomedia', text: '暂无画面' });
    video.addEventListener('resize', () => {
      placeholder.hidden = video.videoWidth > 0;
      if (video.videoWidth > 0 && hooks.onVideoShown) hooks.onVideoShown(String(participant.id));
    });
    const caption = makeCaption(participant.name, participant.role);
    figure.append(video, placeholder, status, makeUnmuteButton(video), caption);
    const tile = { figure, video, status, caption, stream: null };
    markVoted(tile.figure, caption, votedIds.has(String(participant.id)));
    return tile;
  }

  /** Shows the remote track: the sender's stream, or one built from the tracks. */
  function attachTrack(participant, event) {
    const tile = ensureTile(participant);
    const stream = event.streams && event.streams[0] ? event.streams[0] : ownStream(tile, event.track);
    if (tile.video.srcObject !== stream) tile.video.srcObject = stream;
    startPlayback(tile.figure, tile.video);
  }

  function ownStream(tile, track) {
    if (!tile.stream) tile.stream = new MediaStream();
    if (!tile.stream.getTracks().includes(track)) tile.stream.addTrack(track);
    return tile.stream;
  }

  /** A participant's shared screen, beside their camera (the face stays visible); null removes it. */
  function showScreen(participant, stream) {
    const key = String(participant.id);
    if (!stream) {
      removeScreen(key);
      return;
    }
    let screen = screens.get(key);
    if (!screen) {
      screen = buildScreenTile(participant);
      screens.set(key, screen);
      const camera = tiles.get(key);
      if (camera) camera.figure.after(screen.figure);
      else container.append(screen.figure);
      countTiles();
    }
    if (screen.video.srcObject !== stream) screen.video.srcObject = stream;
    screen.video.play().catch(() => {});
  }

  function removeScreen(peerId) {
    const screen = screens.get(String(peerId));
    if (!screen) return;
    screen.video.srcObject = null;
    screen.figure.remove();
    screens.delete(String(peerId));
    countTiles();
  }

  /** The connection's quality on the camera's video (data-quality) and in its caption. */
  function setQuality(peerId, quality) {
    const tile = tiles.get(String(peerId));
    if (!tile) return;
    tile.video.dataset.quality = quality;
    tile.figure.dataset.quality = quality;
    let badge = tile.caption.querySelector('.tile-quality');
    if (!badge) {
      badge = h('span', { class: 'tile-quality' });
      tile.caption.append(badge);
    }
    badge.textContent = qualityText(quality);
  }

  function setPeerState(peerId, state) {
    const tile = tiles.get(String(peerId));
    if (!tile) return;
    tile.figure.dataset.state = state;
    tile.status.textContent = STATE_TEXTS[state] || '';
    tile.status.hidden = !STATE_TEXTS[state];
  }

  function removeTile(peerId) {
    removeScreen(peerId);
    const tile = tiles.get(String(peerId));
    if (!tile) return;
    tile.video.srcObject = null;
    tile.figure.remove();
    tiles.delete(String(peerId));
    countTiles();
  }

  /** data-count lets the stylesheet size the tiles to the number of people. */
  function countTiles() {
    container.dataset.count = String(container.children.length);
  }

  function clearRemote() {
    for (const key of [...screens.keys()]) removeScreen(key);
    for (const key of [...tiles.keys()]) removeTile(key);
  }

  /** The local self view (no participant id or role on it). */
  function showSelf(stream, name, role) {
    if (!selfTile) {
      selfTile = h('figure', { class: 'tile tile-self' });
      const video = makeVideo();
      video.muted = true;
      selfTile.append(video, h('span', { class: 'tile-nomedia', text: '未开启摄像头' }), makeCaption(name, role, '（本人）'));
      container.prepend(selfTile);
      countTiles();
      markVoted(selfTile, selfTile.querySelector('.tile-caption'), Boolean(selfId) && votedIds.has(selfId));
    }
    updateSelf(stream);
  }

  function updateSelf(stream) {
    if (!selfTile) return;
    const video = selfTile.querySelector('video');
    const hasVideo = Boolean(stream && stream.getVideoTracks().length);
    video.srcObject = stream || null;
    selfTile.querySelector('.tile-nomedia').hidden = hasVideo;
    if (stream) video.play().catch(() => {});
  }

  /** Marks the tiles of those who have voted; an empty set clears the marks. */
  function setVoted(ids, ownId) {
    votedIds = new Set(ids);
    selfId = ownId ? String(ownId) : '';
    for (const [key, tile] of tiles) markVoted(tile.figure, tile.caption, votedIds.has(key));
    if (selfTile) markVoted(selfTile, selfTile.querySelector('.tile-caption'), Boolean(selfId) && votedIds.has(selfId));
  }

  function clearAll() {
    clearRemote();
    if (selfTile) {
      selfTile.querySelector('video').srcObject = null;
      selfTile.remove();
      selfTile = null;
      countTiles();
    }
  }

  return {
    ensureTile, attachTrack, setPeerState, removeTile, clearRemote, showSelf, updateSelf, clearAll, setVoted,
    showScreen, removeScreen, setQuality,
  };
}
