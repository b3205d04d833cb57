// The stage countdown, counted against the server's clock.

const TICK_MS = 250;
const TIMED_STAGES = ['STATEMENT', 'QUESTIONS', 'VOTING'];

function twoDigits(n) {
  return String(n).padStart(2, '0');
}

export function formatSeconds(seconds) {
  const safe = Math.max(0, seconds);
  return `${twoDigits(Math.floor(safe / 60))}:${twoDigits(safe % 60)}`;
}

/** elements: clock (carries data-countdown), overtime (the 超时 badge) */
export function createCountdown(elements) {
  let offsetMs = 0;
  let deadline = null;
  let timer = null;

  /** offset = server time − local time, refreshed by welcome, stage and pong. */
  function syncClock(serverTime) {
    const server = Date.parse(serverTime);
    if (!Number.isNaN(server)) offsetMs = server - Date.now();
  }

  function serverNow() {
    return Date.now() + offsetMs;
  }

  function setStage(stage, stageStartedAt, stageSeconds) {
    const started = Date.parse(stageStartedAt || '');
    const seconds = stageSeconds ? Number(stageSeconds[stage]) : NaN;
    const timed = TIMED_STAGES.includes(stage) && !Number.isNaN(started) && Number.isFinite(seconds);
    deadline = timed ? started + seconds * 1000 : null;
    if (timed) startTicking();
    else stop();
  }

  function startTicking() {
    if (!timer) timer = setInterval(render, TICK_MS);
    render();
  }

  function remainingSeconds() {
    return Math.ceil((deadline - serverNow()) / 1000);
  }

  function render() {
    const remaining = remainingSeconds();
    const overtime = deadline - serverNow() < 0;
    const shown = Math.max(0, remaining);
    elements.clock.hidden = false;
    elements.clock.textContent = formatSeconds(shown);
    elements.clock.dataset.countdown = String(shown);
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
