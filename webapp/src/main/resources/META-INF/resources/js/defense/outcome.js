// The applicant's own outcome (答辩结果), shown on their personal link once the round's results
// are published; before that the page says only that they are not yet published.

import { outcomeName } from '../shared/labels.js';

/**
 * Asks POST /api/defenses/{id}/outcome with the join token and fills the holder; resolves to
 * whether the outcome is published. Nothing shows when the link is refused (revoked or unknown):
 * the ending already says why.
 */
export async function showOwnOutcome(holder, defenseId, joinToken) {
  if (!joinToken || !defenseId) return false;
  let view;
  try {
    const response = await fetch(`/api/defenses/${encodeURIComponent(defenseId)}/outcome`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify({ joinToken }),
      credentials: 'same-origin',
      referrerPolicy: 'no-referrer',
      cache: 'no-store',
    });
    if (!response.ok) return false;
    view = await response.json();
  } catch {
    return false;
  }
  const text = holder.querySelector('[data-part="text"]');
  if (view.published) {
    holder.dataset.outcome = view.outcome;
    text.textContent = `答辩结果：${outcomeName(view.outcome)}`;
  } else {
    holder.dataset.outcome = 'unpublished';
    text.textContent = '答辩结果尚未公布，公布后可通过本链接查看。';
  }
  holder.hidden = false;
  return view.published === true;
}
