// The secretariat's own requests from the defense page (identity check, stills, the recording):
// the browser's session with its CSRF token, which GET /api/session gives once per page.

let csrf = null;

async function csrfToken() {
  if (csrf === null) {
    const response = await fetch('/api/session', { credentials: 'same-origin', cache: 'no-store' });
    const session = response.ok ? await response.json().catch(() => ({})) : {};
    csrf = session.csrfToken || '';
  }
  return csrf;
}

/**
 * POSTs a body (a Blob or nothing) to the API. Resolves to {ok, status, body}: body is the JSON
 * answer (an error's {error, message, ...} on a refusal), {} when there is none.
 */
export async function post(path, body, contentType) {
  const headers = { Accept: 'application/json', 'X-CSRF-Token': await csrfToken() };
  if (contentType) headers['Content-Type'] = contentType;
  let response;
  try {
    response = await fetch(path, { method: 'POST', headers, body, credentials: 'same-origin', cache: 'no-store' });
  } catch {
    return { ok: false, status: 0, body: { error: 'network' } };
  }
  const answer = await response.json().catch(() => ({}));
  return { ok: response.ok, status: response.status, body: answer };
}

/** A frame of a playing video as a JPEG Blob (null while it shows nothing yet). */
export function captureFrame(video, quality = 0.85) {
  if (!video || !video.videoWidth || !video.videoHeight) return Promise.resolve(null);
  const canvas = document.createElement('canvas');
  canvas.width = video.videoWidth;
  canvas.height = video.videoHeight;
  canvas.getContext('2d').drawImage(video, 0, 0, canvas.width, canvas.height);
  return new Promise((resolve) => canvas.toBlob(resolve, 'image/jpeg', quality));
}
