// 进入会场: takes a ticket for the defense and opens the defense page in a new tab.

import { post } from './api.js';

/**
 * Opens the tab at once (inside the click, so no pop-up blocker interferes), then sends it to the
 * ticket's url. Resolves when the tab has been sent; rejects with the ApiError otherwise.
 */
export async function enterRoom(defenseId) {
  const tab = window.open('', '_blank');
  if (tab) {
    tab.opener = null;
    tab.document.title = '正在进入会场…';
  }
  try {
    const answer = await post(`/api/defenses/${encodeURIComponent(defenseId)}/ticket`);
    if (tab) tab.location.replace(answer.url);
    else window.location.assign(answer.url);
  } catch (error) {
    if (tab) tab.close();
    throw error;
  }
}
