// The public API as the page reads it: JSON or an RFC 9457 problem, and the filters as query parameters.

/** A refusal or failure to show to the reader: the problem's title, detail and the fields it names. */
export class Problem extends Error {
  constructor(title, detail, errors) {
    super(detail || title);
    this.title = title;
    this.detail = detail;
    this.errors = errors || [];
  }
}

export async function getJson(url, signal) {
  let response;
  try {
    response = await fetch(url, { headers: { Accept: 'application/json' }, signal });
  }
  catch (ex) {
    if (ex.name === 'AbortError') {
      throw ex;
    }
    throw new Problem('The service could not be reached', 'Check the connection and try again.');
  }
  if (response.ok) {
    return response.json();
  }
  const type = response.headers.get('Content-Type') || '';
  if (type.includes('json')) {
    const body = await response.json().catch(() => null);
    if (body) {
      throw new Problem(body.title || 'Request refused', body.detail, Array.isArray(body.errors) ? body.errors : []);
    }
  }
  throw new Problem('Request failed', 'The service answered ' + response.status + ' ' + response.statusText + '.');
}

/** The filters as the API reads them (the same for the timeline, the counts, the network and every export). */
export function toParams(filter) {
  const params = new URLSearchParams();
  ['from', 'to'].forEach((name) => { if (filter[name]) params.append(name, filter[name]); });
  filter.country.forEach((code) => params.append('country', code));
  ['official', 'status', 'q'].forEach((name) => { if (filter[name]) params.append(name, filter[name]); });
  return params;
}

export const NO_FILTER = Object.freeze({ from: '', to: '', country: [], official: '', status: '', q: '' });
