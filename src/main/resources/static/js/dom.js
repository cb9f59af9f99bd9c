// Small helpers to build the page: elements (text only ever through textContent), SVG, and dates as people read them.

const SVG_NS = 'http://www.w3.org/2000/svg';

export const $ = (id) => document.getElementById(id);

export function element(tag, className, text) {
  const node = document.createElement(tag);
  if (className) {
    node.className = className;
  }
  if (text != null) {
    node.textContent = text;
  }
  return node;
}

export function svg(tag, attributes, text) {
  const node = document.createElementNS(SVG_NS, tag);
  Object.entries(attributes || {}).forEach(([name, value]) => node.setAttribute(name, String(value)));
  if (text != null) {
    node.textContent = text;
  }
  return node;
}

export const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September',
  'October', 'November', 'December'];

export function parts(iso) {
  const [y, m, d] = iso.split('-').map(Number);
  return { y, m, d };
}

export function formatDay(iso) {
  const p = parts(iso);
  return p.d + ' ' + MONTHS[p.m - 1] + ' ' + p.y;
}

/** A period of /stats as people read it: "2019" stays, "2019-03" is "Mar 2019" (or "March 2019" in full). */
export function formatPeriod(period, full) {
  if (period.length !== 7) {
    return period;
  }
  const month = MONTHS[Number(period.slice(5)) - 1];
  return (full ? month : month.slice(0, 3)) + ' ' + period.slice(0, 4);
}

/** The first and the last day of a period of /stats ("2019" or "2019-03"), as ISO dates. */
export function periodDays(period) {
  if (period.length === 4) {
    return { from: period + '-01-01', to: period + '-12-31' };
  }
  const y = Number(period.slice(0, 4));
  const m = Number(period.slice(5));
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return { from: period + '-01', to: period + '-' + String(last).padStart(2, '0') };
}

export function plural(count, one, many) {
  return count.toLocaleString('en') + ' ' + (count === 1 ? one : many);
}

/** Runs fn at most once per animation frame, with the last arguments given. */
export function perFrame(fn) {
  let queued = null;
  return (...args) => {
    if (queued === null) {
      requestAnimationFrame(() => {
        const last = queued;
        queued = null;
        fn(...last);
      });
    }
    queued = args;
  };
}
