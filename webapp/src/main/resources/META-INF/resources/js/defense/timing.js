// Join-to-video timing, read by the benchmarks (docs/benchmarks.md): when the join button was
// pressed, and when each remote <video> presented its first frame (requestVideoFrameCallback).
// Both are performance.now() times of this page. Read-only on window.vivaTiming; records nothing else.
// Installed by hooks.js, only on a page opened with ?hooks=1.

let joinAt = null;
const firstFrames = new Map(); // participant id → time of the first frame shown

function watchVideo(video) {
  const id = video.dataset.participantId;
  if (!id || typeof video.requestVideoFrameCallback !== 'function') return;
  const note = (now) => {
    if (!firstFrames.has(id)) firstFrames.set(id, now);
  };
  // Asked again once the stream is attached, in case a request made before it is not served.
  video.requestVideoFrameCallback(note);
  video.addEventListener('loadedmetadata', () => video.requestVideoFrameCallback(note), { once: true });
}

function watchAdded(records) {
  for (const record of records) {
    for (const node of record.addedNodes) {
      if (node.nodeType !== Node.ELEMENT_NODE) continue;
      if (node.matches('video[data-participant-id]')) watchVideo(node);
      node.querySelectorAll('video[data-participant-id]').forEach(watchVideo);
    }
  }
}

/** Starts recording and puts window.vivaTiming on the page. */
export function installTiming() {
  const join = document.querySelector('[data-action="join"]');
  if (join) {
    join.addEventListener('click', () => {
      if (joinAt === null) joinAt = performance.now();
    });
  }
  document.querySelectorAll('video[data-participant-id]').forEach(watchVideo);
  new MutationObserver(watchAdded).observe(document.body, { childList: true, subtree: true });

  window.vivaTiming = Object.freeze({
    joinAt: () => joinAt,
    firstFrames: () => Object.fromEntries(firstFrames),
  });
}
