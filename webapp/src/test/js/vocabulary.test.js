// The pages take stage names and message types from shared/protocol.js only: no page module spells
// one itself, and every constant a page names exists (a misspelt Stage.VOTNG would be undefined).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Receive, Send, Stage, STAGES } from '../../main/resources/META-INF/resources/js/shared/protocol.js';

const ROOT = fileURLToPath(new URL('../../main/resources/META-INF/resources/js/', import.meta.url));
const PROTOCOL = join(ROOT, 'shared', 'protocol.js');

function modules(folder) {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return modules(path);
    return name.endsWith('.js') ? [path] : [];
  });
}

const pages = modules(ROOT).filter((path) => path !== PROTOCOL)
  .map((path) => ({ name: relative(ROOT, path), text: readFileSync(path, 'utf8') }));

test('the page modules are found', () => {
  assert.ok(pages.some((p) => p.name.endsWith('main.js')) && pages.length > 20, pages.map((p) => p.name).join());
});

test('no page module spells a stage name in quotes', () => {
  const quoted = new RegExp(`(['"\`])(${STAGES.join('|')})\\1`, 'g');
  const found = pages.flatMap((p) => [...p.text.matchAll(quoted)].map((m) => `${p.name}: ${m[0]}`));
  assert.deepEqual(found, []);
});

test('every message a page sends names its type through Send', () => {
  const literal = /\btype:\s*(['"`])([a-z-]+)\1/g;
  const sockets = pages.filter((p) => /\.send\(/.test(p.text));
  assert.ok(sockets.length > 0);
  const found = sockets.flatMap((p) => [...p.text.matchAll(literal)]
    .filter((m) => Object.values(Send).includes(m[2]) || Object.values(Receive).includes(m[2]))
    .filter((m) => !/setRemoteDescription\(\{\s*$/.test(p.text.slice(0, m.index)))
    .map((m) => `${p.name}: ${m[0]}`));
  assert.deepEqual(found, []);
});

test('every Stage, Send and Receive constant a page names exists', () => {
  const tables = { Stage, Send, Receive };
  const used = /\b(Stage|Send|Receive)\.([A-Z_]+)\b/g;
  const missing = pages.flatMap((p) => [...p.text.matchAll(used)]
    .filter((m) => !Object.prototype.hasOwnProperty.call(tables[m[1]], m[2]))
    .map((m) => `${p.name}: ${m[0]}`));
  assert.deepEqual(missing, []);
  assert.ok(pages.some((p) => /Receive\.WELCOME/.test(p.text)), 'the room handles welcome through Receive');
});
