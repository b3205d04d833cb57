// The stage countdown, counted against the server's clock. The arithmetic is pure (and tested);
// createCountdown only ticks and writes it to the page.

import { formatSeconds } from '../shared/format.js';
import { TIMED_STAGES } from '../shared/protocol.js';

const TICK_MS = 250;

/** Server time − local time in ms, from the server's ISO time; null when it cannot be read. */
export function clockOffset(serverTime, localNowMs) {
  const server = Date.parse(serverTime || '');
  return Number.isNaN(server) ? null : server - localNowMs;
}

/** When the stage's time is up (epoch ms, server clock); null for a stage without a clock. */
export function stageDeadline(stage, stageStartedAt, stageSeconds) {
  const started = Date.parse(stageStartedAt || '');
  const seconds = stageSeconds ? Number(stageSeconds[stage]) : NaN;
  const timed = TIMED_STAGES.includes(stage) && !Number.isNaN(started) && Number.isFinite(seconds);
  return timed ? started + seconds * 1000 : null;
}

/** What the clock shows at a server time: whole seconds left (rounded up, never below 0), and whether time is up. */
export function clockReading(deadline, serverNowMs) {
  const left = deadline - serverNowMs;
  return { seconds: Math.max(0, Math.ceil(left / 1000)), overtime: left < 0 };
}

/** elements: clock (carries data-countdown), overtime (the 超时 badge) */
export function createCountdown(elements) {
  let offsetMs = 0;
  let deadline = null;
  let timer = null;

  /** offset = server time − local time, refreshed by welcome, stage and pong. */
  function syncClock(serverTime) {
    const offset = clockOffset(serverTime, Date.now());
    if (offset !== null) offsetMs = offset;
  }

  function setStage(stage, stageStartedAt, stageSeconds) {
    deadline = stageDeadline(stage, stageStartedAt, stageSeconds);
    if (deadline !== null) startTicking();
    else stop();
  }

  function startTicking() {
    if (!timer) timer = setInterval(render, TICK_MS);
    render();
  }

  function render() {
    const { seconds, overtime } = clockReading(deadline, Date.now() + offsetMs);
    elements.clock.hidden = false;
    elements.clock.textContent = formatSeconds(seconds);
    elements.clock.dataset.countdown = String(seconds);
    elements.clock.classList.toggle('is-overtime', overtime);
    elements.overtime.hidden = !overtime;
  }

  function stop() {
    clearInterval(timer);
    timer = null;
    deadline = null;
    elements.clock.hidden = true;
    elements.clock.textContent = '';
    elements.clock.dataset.countdown = '';
    elements.clock.classList.remove('is-overtime');
    elements.overtime.hidden = true;
  }

  return { syncClock, setStage, stop };
}
