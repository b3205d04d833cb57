// Times and durations as the pages write them.

function twoDigits(n) {
  return String(n).padStart(2, '0');
}

/** 125 → "02:05"; a negative count shows as "00:00". */
export function formatSeconds(seconds) {
  const safe = Math.max(0, Math.floor(seconds));
  return `${twoDigits(Math.floor(safe / 60))}:${twoDigits(safe % 60)}`;
}

/** "2026-12-07T09:00:00+08:00" → {date, time, offset}, read as written (the round's zone). */
export function isoParts(iso) {
  const match = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:\d{2})?$/.exec(iso || '');
  if (!match) return { date: '', time: '', offset: '' };
  return { date: match[1], time: match[2], offset: match[3] === 'Z' ? '+00:00' : match[3] || '' };
}

export function dateTime(iso) {
  const p = isoParts(iso);
  return p.date ? `${p.date} ${p.time}` : '';
}

const WEEKDAYS = ['周日', '周一', '周二', '周三', '周四', '周五', '周六'];

export function weekday(date) {
  const day = new Date(`${date}T00:00:00Z`).getUTCDay();
  return Number.isNaN(day) ? '' : WEEKDAYS[day];
}

/** Today's date in a time zone, YYYY-MM-DD. */
export function todayIn(timeZone, now = new Date()) {
  try {
    return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' })
      .format(now);
  } catch {
    return now.toISOString().slice(0, 10);
  }
}

/** The UTC offset ("+08:00") of a time zone at a local date and time there. */
export function zoneOffset(timeZone, date, time) {
  try {
    const guess = new Date(`${date}T${time}:00Z`);
    const parts = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' }).formatToParts(guess);
    const name = (parts.find((p) => p.type === 'timeZoneName') || {}).value || '';
    const match = /GMT([+-]\d{2}):?(\d{2})?/.exec(name);
    if (match) return `${match[1]}:${match[2] || '00'}`;
    if (name === 'GMT') return '+00:00';
  } catch {
    // an unknown zone falls through to the default
  }
  return '+08:00';
}

/** The start as the API takes it: "YYYY-MM-DDTHH:mm:00+08:00" in the round's zone. */
export function startIn(round, date, time) {
  return `${date}T${time}:00${zoneOffset(round.timeZone, date, time)}`;
}

/** An ISO time as a datetime-local input shows it, read as written (the round's zone): "YYYY-MM-DDTHH:mm", or ''. */
export function localInput(iso) {
  const p = isoParts(iso);
  return p.date ? `${p.date}T${p.time}` : '';
}

/** A datetime-local input's value as the API takes it, in the round's zone; '' when empty. */
export function fromLocalInput(round, value) {
  const [date, time] = String(value || '').split('T');
  return date && time ? startIn(round, date, time.slice(0, 5)) : '';
}
