// The evidence a defense page keeps: for the secretary, the identity check in the lobby, the stills
// and (in mesh, where no media server records) the recording; for the waiting applicant, the camera
// shown to the secretary on the identity link.

import { Stage, stageIndex } from '../shared/protocol.js';
import { createIdentityAnswer, createIdentityCheck } from './identity.js';
import { createRecorder } from './recorder.js';
import { createStills } from './stills.js';
import { post } from './secretariat.js';

/** The recorder's state as the secretary reads it. */
export const RECORDING_TEXTS = Object.freeze({
  recording: '录制中',
  cut: '已中断（磁盘空间已满或已达上限，答辩照常进行）',
  failed: '录制未成功',
  stopped: '录制已结束',
  idle: '未录制',
});

export function recordingText(state) {
  return RECORDING_TEXTS[state] || RECORDING_TEXTS.idle;
}

/** Whether the page records in this stage: from STATEMENT until CLOSED. */
export function recordsIn(stage) {
  return stageIndex(stage) >= stageIndex(Stage.STATEMENT) && stage !== Stage.CLOSED;
}

/**
 * options: defenseId, send, iceServers, iceTransportPolicy, localStream, sidebar (element),
 *          recorderState (element), grid (element), mediaKind() → 'mesh' or 'sfu'
 */
export function createEvidence(options) {
  let role = '';
  let identity = null;
  let answer = null;
  let stills = null;
  let recorder = null;

  function setRecordingState(state) {
    options.recorderState.hidden = false;
    options.recorderState.dataset.recording = state;
    options.recorderState.textContent = recordingText(state);
  }

  function welcome(you) {
    role = you ? you.role : '';
    if (role === 'SECRETARY' && !identity) {
      identity = createIdentityCheck({ ...options, container: options.sidebar });
      stills = createStills({
        defenseId: options.defenseId,
        applicantVideo: () => options.grid.querySelector('video[data-role="APPLICANT"]'),
        onTaken: () => {},
      });
      recorder = createRecorder({
        defenseId: options.defenseId,
        post,
        videos: () => [...options.grid.querySelectorAll('video')],
        onState: setRecordingState,
      });
    }
    if (role === 'APPLICANT' && !answer) answer = createIdentityAnswer(options);
  }

  function setWaiting(waiting) {
    if (identity) identity.setWaiting(waiting);
  }

  /** A stage began (or the page learnt it on entering): stills, and the recording from STATEMENT. */
  function stage(name, fresh) {
    if (role !== 'SECRETARY') return;
    if (fresh) stills.stageStarted(name);
    if (recordsIn(name) && options.mediaKind() === 'mesh' && !recorder.recording()) recorder.start();
    if (name === Stage.CLOSED) stop();
  }

  function handle(message) {
    if (identity) identity.handle(message);
    if (answer) answer.handle(message);
  }

  function admitted() {
    if (answer) answer.close();
  }

  function stop() {
    if (stills) stills.cancel();
    if (recorder && recorder.recording()) recorder.stop();
    if (identity) identity.close();
    if (answer) answer.close();
  }

  return { welcome, setWaiting, stage, handle, admitted, stop };
}
