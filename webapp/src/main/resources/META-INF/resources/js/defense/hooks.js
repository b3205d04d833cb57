// Test hooks: loaded only when the page is opened with ?hooks=1 (the browser tests and the
// join-to-video benchmark ask for them). A user's page never imports this module.

import { installTiming } from './timing.js';

/** peers(): participantId → RTCPeerConnection, a read-only copy from the media in use. */
export function install({ peers }) {
  installTiming();
  window.vivaRoom = Object.freeze({ peers });
}
