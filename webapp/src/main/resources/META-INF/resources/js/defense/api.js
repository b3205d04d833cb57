// The ticket endpoint: POST /api/defenses/{id}/ticket.

/**
 * Takes a ticket with a join or resume token.
 * Resolves to {ticket} on success, {refused: code, status} when asking again cannot help
 * (403 invalid token, 409 defense_closed, other 4xx), {retry: true} otherwise (network, 5xx, 429).
 */
export async function takeTicket(defenseId, body) {
  let response;
  try {
    response = await fetch(`/api/defenses/${encodeURIComponent(defenseId)}/ticket`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify(body),
      credentials: 'same-origin',
      referrerPolicy: 'no-referrer',
      cache: 'no-store',
    });
  } catch {
    return { retry: true };
  }
  return readTicketResponse(response);
}

/** The ticket endpoint's answer (a fetch Response) as takeTicket resolves it. */
export async function readTicketResponse(response) {
  const payload = await response.json().catch(() => ({}));
  if (response.ok && payload.ticket) {
    return { ticket: payload.ticket };
  }
  if (isFinalRefusal(response.status)) {
    return { refused: payload.error || payload.code || String(response.status), status: response.status };
  }
  return { retry: true };
}

function isFinalRefusal(status) {
  return status >= 400 && status < 500 && status !== 408 && status !== 429;
}
