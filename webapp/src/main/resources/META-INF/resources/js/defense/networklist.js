// The secretary's 网络状况 list: each remote participant's connection as this page receives it.

import { bdi, h } from '../shared/dom.js';
import { qualityText } from './labels.js';

/** entries: [{id, name, quality}] */
export function renderNetworkList(list, empty, entries) {
  list.replaceChildren(...entries.map((entry) => {
    const item = h('li', { class: 'network-item' },
      h('span', { class: 'network-name' }, bdi(entry.name)),
      h('span', { class: 'network-quality', text: qualityText(entry.quality) }));
    item.dataset.participantId = String(entry.id);
    item.dataset.quality = entry.quality;
    return item;
  }));
  empty.hidden = entries.length > 0;
}
