// Stills of the applicant (答辩图片) taken by the secretary's page: at the start of STATEMENT, at
// the start of QUESTIONS and 10 s into QUESTIONS, each posted to /api/defenses/{id}/stills.

import { Stage } from '../shared/protocol.js';
import { captureFrame, post } from './secretariat.js';

/** When, after a stage began, its stills are taken (ms); none for other stages. */
export function stillTimes(stage) {
  if (stage === Stage.STATEMENT) return [0];
  if (stage === Stage.QUESTIONS) return [0, 10000];
  return [];
}

/** Retries a still whose video shows nothing yet, this often and this many times. */
export const RETRY_MS = 1000;
export const RETRIES = 15;

/**
 * options: defenseId, applicantVideo() → the applicant's <video> or null, onTaken(still), onFailed(code)
 */
export function createStills(options) {
  const timers = new Set();
  const taken = new Set(); // stage + time: a reconnect does not take them again

  function stageStarted(stage) {
    cancel();
    for (const delay of stillTimes(stage)) {
      const key = `${stage}@${delay}`;
      if (taken.has(key)) continue;
      schedule(() => take(stage, key, RETRIES), delay);
    }
  }

  function schedule(action, delay) {
    const timer = setTimeout(() => {
      timers.delete(timer);
      action();
    }, delay);
    timers.add(timer);
  }

  async function take(stage, key, retries) {
    const frame = await captureFrame(options.applicantVideo());
    if (!frame) {
      if (retries > 0) schedule(() => take(stage, key, retries - 1), RETRY_MS);
      return;
    }
    const answer = await post(`/api/defenses/${encodeURIComponent(options.defenseId)}/stills?stage=${stage}`,
      frame, 'image/jpeg');
    if (answer.ok) {
      taken.add(key);
      options.onTaken(answer.body);
    } else if (options.onFailed) {
      options.onFailed(answer.body.error || String(answer.status));
    }
  }

  function cancel() {
    for (const timer of timers) clearTimeout(timer);
    timers.clear();
  }

  return { stageStarted, cancel, taken: () => taken.size };
}
