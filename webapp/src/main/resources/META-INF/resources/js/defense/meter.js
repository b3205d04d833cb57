// Microphone level meter: an AnalyserNode read ten times a second into a <meter>.

const READ_INTERVAL_MS = 100;

export function createLevelMeter(meterElement) {
  let context = null;
  let source = null;
  let analyser = null;
  let timer = null;
  let samples = null;

  function ensureContext() {
    const AudioContextClass = window.AudioContext || window.webkitAudioContext;
    if (!context && AudioContextClass) {
      context = new AudioContextClass();
      analyser = context.createAnalyser();
      analyser.fftSize = 1024;
      samples = new Float32Array(analyser.fftSize);
    }
    return context;
  }

  function listen(stream) {
    disconnectSource();
    if (!stream || stream.getAudioTracks().length === 0 || !ensureContext()) {
      meterElement.value = 0;
      return;
    }
    source = context.createMediaStreamSource(stream);
    source.connect(analyser);
    if (!timer) timer = setInterval(readLevel, READ_INTERVAL_MS);
  }

  function disconnectSource() {
    if (source) {
      try { source.disconnect(); } catch { /* already disconnected */ }
    }
    source = null;
  }

  function readLevel() {
    if (!source) return;
    analyser.getFloatTimeDomainData(samples);
    let sum = 0;
    for (const sample of samples) sum += sample * sample;
    const rms = Math.sqrt(sum / samples.length);
    meterElement.value = Math.min(1, rms * 5);
  }

  /** Browsers start an AudioContext suspended until a user gesture. */
  function wake() {
    if (context && context.state === 'suspended') context.resume().catch(() => {});
  }

  function stop() {
    clearInterval(timer);
    timer = null;
    disconnectSource();
    meterElement.value = 0;
    if (context) context.close().catch(() => {});
    context = null;
  }

  return { listen, wake, stop };
}
