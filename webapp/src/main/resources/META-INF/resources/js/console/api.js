// Talks to /api for the console: JSON in and out, the session's CSRF token on every change.

let csrfToken = '';
let onSignedOut = () => {};

/** An answer other than 2xx: the status and the JSON error body {error, message, ...}. */
export class ApiError extends Error {
  constructor(status, body) {
    super((body && body.message) || `HTTP ${status}`);
    this.status = status;
    this.body = body || {};
    this.code = this.body.error || String(status);
  }
}

export function setCsrfToken(token) {
  csrfToken = token || '';
}

/** Called when a request answers 401: the session has ended. */
export function whenSignedOut(handler) {
  onSignedOut = handler;
}

/**
 * One request. body: a plain object (sent as JSON), or {raw, type} for other content.
 * Resolves to the parsed JSON answer (null for 204); rejects with ApiError.
 */
export async function request(method, path, body, { quiet401 = false } = {}) {
  const headers = { Accept: 'application/json' };
  const init = { method, headers, credentials: 'same-origin', cache: 'no-store' };
  if (method !== 'GET' && method !== 'HEAD') {
    headers['X-CSRF-Token'] = csrfToken;
  }
  if (body !== undefined && body !== null) {
    if (body.raw !== undefined) {
      headers['Content-Type'] = body.type;
      init.body = body.raw;
    } else {
      headers['Content-Type'] = 'application/json';
      init.body = JSON.stringify(body);
    }
  }
  let response;
  try {
    response = await fetch(path, init);
  } catch {
    throw new ApiError(0, { error: 'network', message: '无法连接服务器' });
  }
  const text = await response.text();
  let payload = null;
  if (text) {
    try {
      payload = JSON.parse(text);
    } catch {
      payload = { error: String(response.status), message: text.slice(0, 200) };
    }
  }
  if (!response.ok) {
    const error = new ApiError(response.status, payload);
    if (response.status === 401 && !quiet401) onSignedOut();
    throw error;
  }
  return payload;
}

export const get = (path, options) => request('GET', path, null, options);
export const post = (path, body, options) => request('POST', path, body, options);
export const put = (path, body) => request('PUT', path, body);
export const patch = (path, body) => request('PATCH', path, body);
export const del = (path) => request('DELETE', path);

/** A query string from an object, leaving out empty values. */
export function query(params) {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== '') search.set(key, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}
