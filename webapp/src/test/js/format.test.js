// Times as the console writes them (shared/format.js): read as written, in the round's zone.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  dateTime, fromLocalInput, isoParts, localInput, startIn, todayIn, weekday, zoneOffset,
} from '../../main/resources/META-INF/resources/js/shared/format.js';

test('an ISO time splits into its date, time and offset as written', () => {
  assert.deepEqual(isoParts('2026-12-07T09:00:00+08:00'), { date: '2026-12-07', time: '09:00', offset: '+08:00' });
  assert.deepEqual(isoParts('2026-12-07T01:30:15.250Z'), { date: '2026-12-07', time: '01:30', offset: '+00:00' });
  assert.deepEqual(isoParts('2026-12-07T09:00'), { date: '2026-12-07', time: '09:00', offset: '' });
  assert.deepEqual(isoParts('7 December'), { date: '', time: '', offset: '' });
  assert.deepEqual(isoParts(null), { date: '', time: '', offset: '' });
  assert.equal(dateTime('2026-12-07T09:00:00+08:00'), '2026-12-07 09:00');
  assert.equal(dateTime(''), '');
});

test('weekdays in Chinese', () => {
  assert.equal(weekday('2026-12-07'), '周一');
  assert.equal(weekday('2026-12-13'), '周日');
  assert.equal(weekday('not a date'), '');
});

test('a zone\'s offset at a local time there, and the start the API takes', () => {
  assert.equal(zoneOffset('Asia/Shanghai', '2026-12-07', '09:00'), '+08:00');
  assert.equal(zoneOffset('Asia/Urumqi', '2026-12-07', '09:00'), '+06:00');
  assert.equal(zoneOffset('UTC', '2026-12-07', '09:00'), '+00:00');
  assert.equal(zoneOffset('Not/AZone', '2026-12-07', '09:00'), '+08:00', 'an unknown zone: Beijing time');
  assert.equal(startIn({ timeZone: 'Asia/Shanghai' }, '2026-12-07', '14:30'), '2026-12-07T14:30:00+08:00');
});

test('today\'s date in a zone', () => {
  const now = new Date('2026-12-06T20:00:00Z');
  assert.equal(todayIn('Asia/Shanghai', now), '2026-12-07');
  assert.equal(todayIn('UTC', now), '2026-12-06');
  assert.equal(todayIn('Not/AZone', now), '2026-12-06');
});

test('a time as a datetime-local input shows it, and back in the round\'s zone', () => {
  assert.equal(localInput('2026-12-05T10:30:00+08:00'), '2026-12-05T10:30');
  assert.equal(localInput(null), '');
  assert.equal(fromLocalInput({ timeZone: 'Asia/Shanghai' }, '2026-12-05T10:30'), '2026-12-05T10:30:00+08:00');
  assert.equal(fromLocalInput({ timeZone: 'Asia/Urumqi' }, '2026-12-05T10:30:45'), '2026-12-05T10:30:00+06:00');
  assert.equal(fromLocalInput({ timeZone: 'Asia/Shanghai' }, ''), '');
});
