// The room's media as the server chose it (`welcome.media`): browser-to-browser mesh, or SFU through
// a media server. Both have one shape; this hands each call to the one in use.

import { createMesh } from './mesh.js';
import { createSfu } from './sfu.js';

/**
 * options (handed to both kinds): send(message), localStream(), selfId(), iceServers(), iceTransportPolicy(),
 *          onTrack(peerId, event), onState(peerId, connectionState)
 */
export function createMedia(options) {
  const kinds = { mesh: createMesh(options), sfu: createSfu(options) };
  let current = kinds.mesh;

  /** Switches to the kind the server names (a reconnect may land on a server that uses another). */
  function use(kind) {
    const next = kinds[kind] || kinds.mesh;
    if (next !== current) current.closeAll();
    current = next;
  }

  const call = (name) => (...args) => (current[name] ? current[name](...args) : undefined);
  return {
    use,
    kind: () => (current === kinds.sfu ? 'sfu' : 'mesh'),
    start: call('start'),
    offerTo: call('offerTo'),
    joined: call('joined'),
    handleOffer: call('handleOffer'),
    handleAnswer: call('handleAnswer'),
    handleIce: call('handleIce'),
    setState: call('setState'),
    remove: call('remove'),
    closeAll: call('closeAll'),
    useLocalStream: call('useLocalStream'),
    peers: call('peers'),
  };
}
