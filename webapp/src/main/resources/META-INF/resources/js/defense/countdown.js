// The stage countdown, counted against the server's clock. The arithmetic is pure (and tested);
// createCountdown only ticks and writes it to the page. The server says how much of the stage is
// left (remainingSeconds) and whether the clock stands still (paused: the admitted applicant is
// away during the statement or the questions); the page counts down from there. It warns with one
// minute left and at zero, and never ends a stage itself: the chair decides.

import { formatSeconds } from '../shared/format.js';
import { TIMED_STAGES } from '../shared/protocol.js';

const TICK_MS = 250;

/** With this many seconds left or fewer, the clock warns that the stage is nearly over. */
export const WARN_SECONDS = 60;

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

/**
 * The countdown a stage or welcome message sets: {state: 'none'} for a stage without a clock,
 * {state: 'paused', seconds} frozen where it stood, or {state: 'running', deadline} (epoch ms on
 * the server's clock). From remainingSeconds and serverTime when the message has them; else
 * (an older server) from the stage's start and length.
 */
export function countdownFrom(message, stageSeconds) {
  const stage = message && message.stage;
  if (!TIMED_STAGES.includes(stage)) return { state: 'none' };
  const remaining = message.remainingSeconds;
  const serverNow = Date.parse(message.serverTime || '');
  if (typeof remaining === 'number' && Number.isFinite(remaining)) {
    if (message.paused === true) return { state: 'paused', seconds: remaining };
    if (!Number.isNaN(serverNow)) return { state: 'running', deadline: serverNow + remaining * 1000 };
  }
  const deadline = stageDeadline(stage, message.stageStartedAt, stageSeconds);
  return deadline === null ? { state: 'none' } : { state: 'running', deadline };
}

/** What the clock shows at a server time: whole seconds left (rounded up, never below 0), and whether time is up. */
export function clockReading(deadline, serverNowMs) {
  const left = deadline - serverNowMs;
  return { seconds: Math.max(0, Math.ceil(left / 1000)), overtime: left < 0 };
}

/** What a countdown shows at a server time: seconds, overtime, paused and its warning ('', 'minute' or 'zero'). */
export function countdownReading(countdown, serverNowMs) {
  if (countdown.state === 'paused') {
    const seconds = Math.max(0, Math.ceil(countdown.seconds));
    const overtime = countdown.seconds < 0;
    return { seconds, overtime, paused: true, warning: warningFor(seconds, overtime) };
  }
  const { seconds, overtime } = clockReading(countdown.deadline, serverNowMs);
  return { seconds, overtime, paused: false, warning: warningFor(seconds, overtime) };
}

/** 'zero' once the time is up, 'minute' within the last minute, else ''. */
export function warningFor(seconds, overtime) {
  if (overtime || seconds <= 0) return 'zero';
  return seconds <= WARN_SECONDS ? 'minute' : '';
}

const WARNING_TEXTS = {
  minute: '本阶段剩余不足 1 分钟',
  zero: '本阶段时间已到，由主持人决定是否结束',
};

/**
 * elements: clock (carries data-countdown), overtime (the 超时 badge), paused (计时已暂停),
 * warning (the one-minute and time-up notice). The body carries data-clock (running, paused or
 * empty) and data-clock-warning (minute, zero or empty) for styles and tests.
 */
export function createCountdown(elements) {
  let offsetMs = 0;
  let countdown = { state: 'none' };
  let timer = null;

  /** offset = server time − local time, refreshed by welcome, stage and pong. */
  function syncClock(serverTime) {
    const offset = clockOffset(serverTime, Date.now());
    if (offset !== null) offsetMs = offset;
  }

  /** From a welcome or stage message (its stage, remainingSeconds, paused, serverTime). */
  function setStage(message, stageSeconds) {
    countdown = countdownFrom(message, stageSeconds);
    if (countdown.state === 'none') stop();
    else startTicking();
  }

  function startTicking() {
    if (!timer) timer = setInterval(render, TICK_MS);
    render();
  }

  function render() {
    const reading = countdownReading(countdown, Date.now() + offsetMs);
    elements.clock.hidden = false;
    elements.clock.textContent = formatSeconds(reading.seconds);
    elements.clock.dataset.countdown = String(reading.seconds);
    elements.clock.dataset.paused = String(reading.paused);
    // The stage's end on the server's clock: the same on every page that heard the same message.
    elements.clock.dataset.deadline = countdown.state === 'running' ? new Date(countdown.deadline).toISOString() : '';
    elements.clock.classList.toggle('is-overtime', reading.overtime);
    elements.clock.classList.toggle('is-paused', reading.paused);
    elements.clock.classList.toggle('is-warning', reading.warning === 'minute');
    elements.overtime.hidden = !reading.overtime;
    elements.paused.hidden = !reading.paused;
    showWarning(reading.warning);
    document.body.dataset.clock = reading.paused ? 'paused' : 'running';
  }

  function showWarning(warning) {
    document.body.dataset.clockWarning = warning;
    elements.warning.hidden = !warning;
    if (elements.warning.dataset.warning !== warning) {
      elements.warning.dataset.warning = warning;
      elements.warning.textContent = WARNING_TEXTS[warning] || '';
    }
  }

  function stop() {
    clearInterval(timer);
    timer = null;
    countdown = { state: 'none' };
    elements.clock.hidden = true;
    elements.clock.textContent = '';
    elements.clock.dataset.countdown = '';
    elements.clock.dataset.paused = '';
    elements.clock.classList.remove('is-overtime', 'is-paused', 'is-warning');
    elements.overtime.hidden = true;
    elements.paused.hidden = true;
    showWarning('');
    document.body.dataset.clock = '';
  }

  return { syncClock, setStage, stop };
}
