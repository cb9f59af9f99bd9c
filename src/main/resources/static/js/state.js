// What the page shows lives in its address: the filters, the view and each view's settings. Every change is a
// history entry, so Back and Forward walk through what the reader looked at, and a link shares it.
import { toParams } from './api.js';

export const VIEWS = ['timeline', 'chart', 'network'];

const CHOICES = { view: VIEWS, group: ['year', 'month'], by: ['kind', 'status'], level: ['official', 'country'] };

/** The filters and the view named by a query string. */
export function read(search) {
  const params = new URLSearchParams(search);
  const pick = (name) => (CHOICES[name].includes(params.get(name)) ? params.get(name) : CHOICES[name][0]);
  return {
    filter: {
      from: params.get('from') || '',
      to: params.get('to') || '',
      country: params.getAll('country').map((c) => c.trim().toUpperCase()).filter((c) => c !== ''),
      official: params.get('official') || '',
      status: params.get('status') || '',
      q: params.get('q') || ''
    },
    shown: { view: pick('view'), group: pick('group'), by: pick('by'), level: pick('level') }
  };
}

/** The address of a filter and view: only what differs from the defaults. */
export function address(filter, shown) {
  const params = toParams(filter);
  if (shown.view !== 'timeline') {
    params.append('view', shown.view);
  }
  if (shown.view === 'chart') {
    params.append('group', shown.group);
    params.append('by', shown.by);
  }
  if (shown.view === 'network' && shown.level !== 'official') {
    params.append('level', shown.level);
  }
  const query = params.toString();
  return window.location.pathname + (query ? '?' + query : '');
}
