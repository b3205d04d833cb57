// The secretary's 网络状况 list: how each remote participant reaches this page, and how well they
// receive the others (their own page's report).

import { bdi, h } from '../shared/dom.js';
import { qualityText } from './labels.js';

/** entries: [{id, name, quality, measured, received}] (summary() of quality.js) */
export function renderNetworkList(list, empty, entries) {
  list.replaceChildren(...entries.map((entry) => {
    const detail = entry.received ? `本端${qualityText(entry.measured) || '未知'}，对方接收${qualityText(entry.received)}` : '';
    const item = h('li', { class: 'network-item', title: detail },
      h('span', { class: 'network-name' }, bdi(entry.name)),
      h('span', { class: 'network-quality', text: qualityText(entry.quality) }));
    item.dataset.participantId = String(entry.id);
    item.dataset.quality = entry.quality;
    if (entry.received) item.dataset.received = entry.received;
    return item;
  }));
  empty.hidden = entries.length > 0;
}
