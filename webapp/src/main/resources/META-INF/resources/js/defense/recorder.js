// The mesh recording (全程录像) made by the secretary's page from STATEMENT until CLOSED: every
// video of the room tiled on a canvas, every audio track mixed with WebAudio, recorded by
// MediaRecorder as WEBM and uploaded in chunks of a few seconds as it goes, so that a closed tab
// loses at most the last chunk. A reloaded page starts the next part.

export const CHUNK_MS = 3000;
const FRAME_MS = 100;
const WIDTH = 960;
const HEIGHT = 540;

/** Where each of `count` videos goes on a width × height canvas: the squarest grid that holds them. */
export function tileLayout(count, width, height) {
  if (count <= 0) return [];
  const columns = Math.ceil(Math.sqrt(count));
  const rows = Math.ceil(count / columns);
  const w = Math.floor(width / columns);
  const h = Math.floor(height / rows);
  return Array.from({ length: count }, (_, i) => ({ x: (i % columns) * w, y: Math.floor(i / columns) * h, w, h }));
}

/** What an upload's answer means for the recording: go on, retry the chunk, or stop (cut, ended). */
export function uploadOutcome(answer) {
  if (answer.ok) return 'next';
  if (answer.status === 409 && answer.body && answer.body.error === 'recording_cut') return 'cut';
  if (answer.status === 409 && answer.body && answer.body.error === 'recording_ended') return 'ended';
  if (answer.status === 0 || answer.status >= 500 || answer.status === 429) return 'retry';
  return 'failed';
}

/**
 * The part's chunks, uploaded one after another in order, each with its number (seq); a chunk the
 * network lost is sent again with the same number (the server appends it once).
 * options: defenseId, post(path, body, type) → {ok, status, body}, onState(state, detail), retryMs
 */
export function createUploader(options) {
  const queue = [];
  let recordingId = null;
  let seq = 0;
  let running = null;
  let stopped = false;
  const base = `/api/defenses/${encodeURIComponent(options.defenseId)}/recordings`;

  async function start() {
    const answer = await options.post(base, null, null);
    if (!answer.ok) {
      stopped = true;
      options.onState(answer.body && answer.body.error === 'recording_cut' ? 'cut' : 'failed', answer.body);
      return false;
    }
    recordingId = answer.body.id;
    options.onState('recording', answer.body);
    return true;
  }

  function push(blob) {
    if (stopped || !blob || !blob.size) return Promise.resolve();
    queue.push(blob);
    return drain();
  }

  /** One upload loop at a time; whoever calls while it runs waits for the same one. */
  function drain() {
    if (!running) running = pump().finally(() => { running = null; });
    return running;
  }

  async function pump() {
    while (queue.length && !stopped && recordingId !== null) {
      const answer = await options.post(`${base}/${recordingId}/chunks?seq=${seq}`, queue[0], 'video/webm');
      const outcome = uploadOutcome(answer);
      if (outcome === 'next') {
        queue.shift();
        seq += 1;
      } else if (outcome === 'retry') {
        await new Promise((resolve) => setTimeout(resolve, options.retryMs ?? 2000));
      } else {
        stopped = true;
        // A part the close already ended keeps what it had; only a cut or a refusal is news.
        options.onState(outcome === 'ended' ? 'stopped' : outcome, answer.body);
      }
    }
  }

  /** After the last chunk: the part ends (its length and hash go into the audit trail). */
  async function end() {
    while (running || (queue.length && !stopped && recordingId !== null)) await drain();
    if (recordingId !== null && !stopped) {
      stopped = true;
      await options.post(`${base}/${recordingId}/end`, null, null);
      options.onState('stopped', {});
    }
  }

  return { start, push, end, pending: () => queue.length, seq: () => seq };
}

/**
 * options: defenseId, post, videos() → the room's <video> elements (the secretary's own first),
 *          onState(state, detail)
 */
export function createRecorder(options) {
  let recorder = null;
  let drawing = null;
  let audio = null;
  let uploader = null;
  const mixed = new WeakSet();

  async function start() {
    if (recorder || typeof MediaRecorder === 'undefined') return;
    uploader = createUploader({ defenseId: options.defenseId, post: options.post, onState: options.onState });
    if (!(await uploader.start())) return;
    const canvas = document.createElement('canvas');
    canvas.width = WIDTH;
    canvas.height = HEIGHT;
    const context = canvas.getContext('2d');
    const stream = canvas.captureStream(1000 / FRAME_MS);
    audio = mixer();
    drawing = setInterval(() => {
      draw(context);
      if (audio) mixIn(audio);
    }, FRAME_MS);
    draw(context);
    if (audio) {
      mixIn(audio);
      for (const track of audio.destination.stream.getAudioTracks()) stream.addTrack(track);
    }
    recorder = new MediaRecorder(stream, recorderOptions());
    recorder.ondataavailable = (event) => uploader.push(event.data);
    recorder.onstop = () => uploader.end();
    recorder.start(CHUNK_MS);
  }

  function draw(context) {
    const videos = options.videos().filter((v) => v.videoWidth > 0);
    context.fillStyle = '#111';
    context.fillRect(0, 0, WIDTH, HEIGHT);
    tileLayout(videos.length, WIDTH, HEIGHT).forEach((tile, i) => {
      context.drawImage(videos[i], tile.x, tile.y, tile.w, tile.h);
    });
  }

  function mixer() {
    try {
      const context = new AudioContext();
      return { context, destination: context.createMediaStreamDestination() };
    } catch {
      return null; // the recording goes on without sound rather than not at all
    }
  }

  function mixIn(mix) {
    for (const video of options.videos()) {
      const stream = video.srcObject;
      if (!stream || mixed.has(stream) || !stream.getAudioTracks || !stream.getAudioTracks().length) continue;
      mixed.add(stream);
      mix.context.createMediaStreamSource(stream).connect(mix.destination);
    }
  }

  function recorderOptions() {
    const type = ['video/webm;codecs=vp8,opus', 'video/webm'].find((t) => MediaRecorder.isTypeSupported(t));
    return { mimeType: type, videoBitsPerSecond: 600000, audioBitsPerSecond: 64000 };
  }

  function stop() {
    if (drawing) clearInterval(drawing);
    drawing = null;
    if (recorder && recorder.state !== 'inactive') recorder.stop();
    recorder = null;
    if (audio) audio.context.close().catch(() => {});
    audio = null;
  }

  return { start, stop, recording: () => recorder !== null };
}
