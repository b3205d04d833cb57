// Device check: acquires camera and microphone, lists them, re-acquires on a change.

import { createLevelMeter } from './meter.js';

const NO_DEVICE = '';

function mediaErrorText(error) {
  const name = error && error.name;
  if (name === 'NotAllowedError' || name === 'SecurityError') return '未获得使用摄像头和麦克风的许可。';
  if (name === 'NotFoundError' || name === 'OverconstrainedError') return '未找到可用的摄像头或麦克风。';
  if (name === 'NotReadableError' || name === 'AbortError') return '摄像头或麦克风正被其他程序占用。';
  return '无法打开摄像头或麦克风。';
}

/**
 * The camera as a defense needs it: one face in a tile beside up to six others. In a mesh each page
 * encodes its camera once for every other participant, so the resolution and frame rate asked for
 * here bound a page's CPU and upload (docs/benchmarks.md); `ideal` lets any camera be used.
 */
const CAMERA = Object.freeze({ width: { ideal: 640 }, height: { ideal: 360 }, frameRate: { ideal: 15 } });

function constraintFor(deviceId, wanted, base) {
  if (!wanted) return false;
  const chosen = deviceId ? { deviceId: { exact: deviceId } } : {};
  return base ? { ...base, ...chosen } : (deviceId ? chosen : true);
}

/**
 * elements: preview, previewEmpty, cameraSelect, micSelect, meter, status
 * onStream(stream|null) is called after every (re-)acquisition.
 */
export function createDevices(elements, onStream) {
  const meter = createLevelMeter(elements.meter);
  let stream = null;
  let requests = 0;
  let enabled = { audio: true, video: true };

  async function start() {
    if (!navigator.mediaDevices || !navigator.mediaDevices.getUserMedia) {
      report(null, '此浏览器或页面无法使用摄像头和麦克风（需要 HTTPS）。');
      return;
    }
    await acquireWithFallback();
    await listDevices();
    navigator.mediaDevices.addEventListener('devicechange', listDevices);
    elements.cameraSelect.addEventListener('change', onSelectionChange);
    elements.micSelect.addEventListener('change', onSelectionChange);
  }

  /** Tries camera and microphone, then the microphone alone, then the camera alone. */
  async function acquireWithFallback() {
    const attempts = [{ audio: true, video: CAMERA }, { audio: true, video: false }, { audio: false, video: CAMERA }];
    let firstError = null;
    for (const attempt of attempts) {
      try {
        const acquired = await navigator.mediaDevices.getUserMedia(attempt);
        use(acquired, firstError ? `${mediaErrorText(firstError)}已改为仅使用${attempt.video ? '摄像头' : '麦克风'}。` : '');
        return;
      } catch (error) {
        firstError = firstError || error;
      }
    }
    report(null, `${mediaErrorText(firstError)}您仍可进入答辩，但只能观看和收听。`);
  }

  /** Re-acquires the whole stream with the chosen camera and microphone. */
  async function onSelectionChange() {
    const request = ++requests;
    const cameraId = elements.cameraSelect.value;
    const micId = elements.micSelect.value;
    releaseStream();
    if (cameraId === NO_DEVICE && micId === NO_DEVICE) {
      report(null, '未选择设备：进入后只能观看和收听。');
      return;
    }
    try {
      const acquired = await navigator.mediaDevices.getUserMedia({
        video: constraintFor(cameraId, cameraId !== NO_DEVICE, CAMERA),
        audio: constraintFor(micId, micId !== NO_DEVICE),
      });
      if (request === requests) use(acquired, '');
      else acquired.getTracks().forEach((track) => track.stop());
    } catch (error) {
      if (request === requests) report(null, `${mediaErrorText(error)}请换一个设备，或不使用设备进入（只能观看和收听）。`);
    }
  }

  function use(acquired, message) {
    stream = acquired;
    applyEnabled();
    report(stream, message);
    listDevices();
  }

  function report(current, message) {
    elements.preview.srcObject = current;
    if (current) elements.preview.play().catch(() => {});
    elements.previewEmpty.hidden = Boolean(current && current.getVideoTracks().length);
    elements.status.textContent = message;
    elements.status.classList.toggle('is-warning', Boolean(message));
    meter.listen(current);
    onStream(current);
  }

  async function listDevices() {
    if (!navigator.mediaDevices.enumerateDevices) return;
    const devices = await navigator.mediaDevices.enumerateDevices().catch(() => []);
    fillSelect(elements.cameraSelect, devices.filter((d) => d.kind === 'videoinput'), 'video', '摄像头');
    fillSelect(elements.micSelect, devices.filter((d) => d.kind === 'audioinput'), 'audio', '麦克风');
  }

  function fillSelect(select, devices, kind, noun) {
    const track = stream && stream.getTracks().find((t) => t.kind === kind);
    const currentId = track && track.getSettings ? track.getSettings().deviceId : '';
    select.replaceChildren(...devices.map((device, i) => new Option(device.label || `${noun} ${i + 1}`, device.deviceId)));
    select.append(new Option(`不使用${noun}`, NO_DEVICE));
    select.value = track ? (currentId || (devices[0] && devices[0].deviceId) || NO_DEVICE) : NO_DEVICE;
    if (select.selectedIndex < 0) select.selectedIndex = 0;
  }

  function releaseStream() {
    if (stream) stream.getTracks().forEach((track) => track.stop());
    stream = null;
  }

  function applyEnabled() {
    if (!stream) return;
    stream.getAudioTracks().forEach((track) => { track.enabled = enabled.audio; });
    stream.getVideoTracks().forEach((track) => { track.enabled = enabled.video; });
  }

  /** Turns the microphone or camera on or off without renegotiating. */
  function setEnabled(kind, on) {
    enabled = { ...enabled, [kind]: on };
    applyEnabled();
  }

  function has(kind) {
    return Boolean(stream && stream.getTracks().some((t) => t.kind === kind));
  }

  function stop() {
    requests += 1;
    if (navigator.mediaDevices) navigator.mediaDevices.removeEventListener('devicechange', listDevices);
    releaseStream();
    meter.stop();
    elements.preview.srcObject = null;
  }

  return { start, stream: () => stream, setEnabled, isEnabled: (kind) => enabled[kind], has, wakeMeter: meter.wake, stop };
}
