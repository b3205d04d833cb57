// How the room page starts and ends: its launch address, and what a closed socket means.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { endingAfterClose } from '../../main/resources/META-INF/resources/js/defense/session.js';
import { cleanAddress, readLaunchParams } from '../../main/resources/META-INF/resources/js/defense/params.js';
import { readTicketResponse } from '../../main/resources/META-INF/resources/js/defense/api.js';

const at = (url) => new URL(url, 'http://viva.test');

test('a socket closed with 1000, 4000, 4003 or 4004 ends the page; any other code reconnects', () => {
  assert.equal(endingAfterClose(1000), 'ended');
  assert.equal(endingAfterClose(4000), 'replaced');
  assert.equal(endingAfterClose(4003), 'revoked');
  assert.equal(endingAfterClose(4004), 'removed');
  for (const code of [1001, 1006, 1007, 1008, 1009, 1011, 4001, 4002]) {
    assert.equal(endingAfterClose(code), null, String(code));
  }
});

test('leaving, or a closed defense, ends the page whatever the code', () => {
  assert.equal(endingAfterClose(1006, { leaving: true }), 'left');
  assert.equal(endingAfterClose(4001, { closedByServer: true }), 'closed');
  assert.equal(endingAfterClose(1000, { closedByServer: true }), 'closed');
});

test('the launch address: defense, ticket, join token, and the test hooks only when asked', () => {
  assert.deepEqual(readLaunchParams(at('/defense.html?d=12&t=abc')),
    { defenseId: '12', ticket: 'abc', joinToken: '', hooks: false });
  assert.deepEqual(readLaunchParams(at('/defense.html?d=12#join=tok')),
    { defenseId: '12', ticket: '', joinToken: 'tok', hooks: false });
  assert.equal(readLaunchParams(at('/defense.html?d=12&t=abc&hooks=1')).hooks, true);
  assert.equal(readLaunchParams(at('/defense.html?d=12&hooks=true')).hooks, false, 'only hooks=1');
  assert.equal(readLaunchParams(at('/defense.html?d=12&hooks=0')).hooks, false);
  assert.deepEqual(readLaunchParams(at('/defense.html')), { defenseId: '', ticket: '', joinToken: '', hooks: false });
});

test('the address keeps no ticket and no token', () => {
  assert.equal(cleanAddress('/defense.html', { defenseId: '12' }), '/defense.html?d=12');
  assert.equal(cleanAddress('/defense.html', { defenseId: '12', hooks: true }), '/defense.html?d=12&hooks=1');
  assert.equal(cleanAddress('/defense.html', { defenseId: '' }), '/defense.html');
  assert.equal(cleanAddress('/defense.html', { defenseId: 'a&b' }), '/defense.html?d=a%26b');
});

function answer(status, body) {
  return { ok: status >= 200 && status < 300, status, json: async () => body };
}

test('a ticket, a refusal asking again cannot help, or a reason to try again', async () => {
  assert.deepEqual(await readTicketResponse(answer(201, { ticket: 'T' })), { ticket: 'T' });
  assert.deepEqual(await readTicketResponse(answer(403, { error: 'invalid_join_token' })),
    { refused: 'invalid_join_token', status: 403 });
  assert.deepEqual(await readTicketResponse(answer(409, { error: 'defense_closed' })),
    { refused: 'defense_closed', status: 409 });
  assert.deepEqual(await readTicketResponse(answer(404, {})), { refused: '404', status: 404 });
  assert.deepEqual(await readTicketResponse(answer(429, { error: 'too_many_tickets' })), { retry: true });
  assert.deepEqual(await readTicketResponse(answer(408, {})), { retry: true });
  assert.deepEqual(await readTicketResponse(answer(503, {})), { retry: true });
  assert.deepEqual(await readTicketResponse(answer(201, {})), { retry: true }, 'no ticket in it');
  const unreadable = { ok: false, status: 502, json: async () => { throw new SyntaxError('html'); } };
  assert.deepEqual(await readTicketResponse(unreadable), { retry: true });
});
