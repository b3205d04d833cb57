// The share button (data-action="share-screen") and the secretary's 允许专家共享屏幕 switch, kept
// in step with the room's share as the server announces it.

import { Send } from '../shared/protocol.js';
import { shareButton, nextSharer } from './sharestate.js';

/**
 * elements: button, allow (the secretary's checkbox)
 * deps: screen (screen.js), send(message), state() → {role, stage, selfId, inRoom}, toast(text)
 */
export function createSharing(elements, deps) {
  let sharerId = null;
  let membersMay = false;

  function render() {
    const view = shareButton({ ...deps.state(), sharerId, membersMay });
    const sharingLocally = deps.screen.sharing();
    elements.button.hidden = !view.visible && !sharingLocally;
    elements.button.disabled = !(view.enabled || sharingLocally);
    elements.button.setAttribute('aria-pressed', String(view.sharing || sharingLocally));
    elements.button.textContent = view.sharing || sharingLocally ? '停止共享' : '共享屏幕';
    elements.allow.checked = membersMay;
  }

  async function click() {
    if (deps.screen.sharing()) {
      deps.screen.stop();
      render();
      return;
    }
    try {
      elements.button.disabled = true;
      await deps.screen.start();
    } catch (error) {
      // The user closed the browser's picker, or the browser has no screen to give.
      console.warn('[viva share]', error);
      if (error && error.name !== 'NotAllowedError' && error.name !== 'AbortError') deps.toast('无法共享屏幕');
    }
    render();
  }

  /** A `share` message. */
  function announced(message) {
    sharerId = nextSharer(sharerId, message);
    deps.screen.announced(message);
    render();
  }

  /** An `allow-share` message. */
  function allowed(message) {
    membersMay = Boolean(message.members);
    render();
  }

  /** The page entered again (welcome): the server tells the current share anew. */
  function reset() {
    sharerId = null;
    membersMay = false;
    render();
  }

  elements.button.addEventListener('click', click);
  elements.allow.addEventListener('change', () => {
    deps.send({ type: Send.ALLOW_SHARE, members: elements.allow.checked });
    elements.allow.checked = membersMay; // shown once the server announces it
  });

  return { announced, allowed, reset, render, refused: () => { deps.screen.refused(); render(); } };
}
