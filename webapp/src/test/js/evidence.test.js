// The pure parts of the secretary's evidence (defense/recorder.js, stills.js, identity.js, evidence.js).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createUploader, tileLayout, uploadOutcome } from '../../main/resources/META-INF/resources/js/defense/recorder.js';
import { stillTimes } from '../../main/resources/META-INF/resources/js/defense/stills.js';
import {
  applicantIdOf, identityStatusText, isIdentityMessage,
} from '../../main/resources/META-INF/resources/js/defense/identity.js';
import { recordingText, recordsIn } from '../../main/resources/META-INF/resources/js/defense/evidence.js';

test('the videos are tiled on the squarest grid that holds them', () => {
  assert.deepEqual(tileLayout(0, 960, 540), []);
  assert.deepEqual(tileLayout(1, 960, 540), [{ x: 0, y: 0, w: 960, h: 540 }]);
  const three = tileLayout(3, 960, 540);
  assert.equal(three.length, 3);
  assert.deepEqual(three[2], { x: 0, y: 270, w: 480, h: 270 });
  const seven = tileLayout(7, 960, 540);
  assert.ok(seven.every((t) => t.x + t.w <= 960 && t.y + t.h <= 540), 'every tile on the canvas');
});

test('an upload goes on, retries, or stops at a cut', () => {
  assert.equal(uploadOutcome({ ok: true, status: 200, body: {} }), 'next');
  assert.equal(uploadOutcome({ ok: false, status: 0, body: { error: 'network' } }), 'retry');
  assert.equal(uploadOutcome({ ok: false, status: 503, body: {} }), 'retry');
  assert.equal(uploadOutcome({ ok: false, status: 409, body: { error: 'recording_cut' } }), 'cut');
  assert.equal(uploadOutcome({ ok: false, status: 409, body: { error: 'recording_ended' } }), 'ended');
  assert.equal(uploadOutcome({ ok: false, status: 403, body: { error: 'forbidden' } }), 'failed');
});

function fakeServer(answers = []) {
  const calls = [];
  return {
    calls,
    post: async (path, body) => {
      calls.push({ path, size: body ? body.size : 0 });
      if (path.endsWith('/recordings')) return { ok: true, status: 201, body: { id: 7 } };
      return answers.length ? answers.shift() : { ok: true, status: 200, body: {} };
    },
  };
}

const blob = (size) => ({ size });

test('chunks go up one after another, numbered from 0, a lost one again with its number', async () => {
  const server = fakeServer([{ ok: true, status: 200, body: {} }, { ok: false, status: 0, body: {} }]);
  const states = [];
  const uploader = createUploader({ defenseId: 3, post: server.post, onState: (s) => states.push(s), retryMs: 1 });
  assert.equal(await uploader.start(), true);
  uploader.push(blob(10));
  uploader.push(blob(20));
  uploader.push(blob(0)); // an empty chunk is not sent
  await uploader.end();
  assert.deepEqual(server.calls.map((c) => c.path), [
    '/api/defenses/3/recordings',
    '/api/defenses/3/recordings/7/chunks?seq=0',
    '/api/defenses/3/recordings/7/chunks?seq=1',
    '/api/defenses/3/recordings/7/chunks?seq=1',
    '/api/defenses/3/recordings/7/end',
  ]);
  assert.deepEqual(states, ['recording', 'stopped']);
  assert.equal(uploader.seq(), 2);
});

test('a cut stops the uploads and says so', async () => {
  const server = fakeServer([{ ok: false, status: 409, body: { error: 'recording_cut', reason: 'limit' } }]);
  const states = [];
  const uploader = createUploader({ defenseId: 3, post: server.post, onState: (s) => states.push(s) });
  await uploader.start();
  await uploader.push(blob(10));
  await uploader.push(blob(10));
  await uploader.end();
  assert.deepEqual(states, ['recording', 'cut']);
  assert.equal(server.calls.filter((c) => c.path.includes('/chunks')).length, 1);
  assert.equal(recordingText('cut').startsWith('已中断'), true);
  assert.equal(recordingText('recording'), '录制中');
});

test('stills at the start of STATEMENT and QUESTIONS, and 10 s into QUESTIONS', () => {
  assert.deepEqual(stillTimes('STATEMENT'), [0]);
  assert.deepEqual(stillTimes('QUESTIONS'), [0, 10000]);
  assert.deepEqual(stillTimes('LOBBY'), []);
  assert.deepEqual(stillTimes('VOTING'), []);
});

test('the recording runs from STATEMENT until CLOSED', () => {
  assert.equal(recordsIn('LOBBY'), false);
  assert.equal(recordsIn('STATEMENT'), true);
  assert.equal(recordsIn('VOTING'), true);
  assert.equal(recordsIn('CLOSED'), false);
});

test('the identity link: its messages, the applicant it names, what the panel says', () => {
  assert.equal(isIdentityMessage({ type: 'offer', link: 'identity' }), true);
  assert.equal(isIdentityMessage({ type: 'offer' }), false);
  assert.equal(applicantIdOf('A42'), '42');
  assert.equal(applicantIdOf('M42'), '');
  assert.equal(applicantIdOf('A42/../x'), '');
  assert.match(identityStatusText('verified', 'abcdef0123456789'), /^已核验（SHA-256 abcdef012345…）$/);
});
