// The time overview above the list: contacts per month (or year) of the filter as a strip drawn to scale, with the
// dates of the filter as a range to drag. A range dragged, or moved by its ends' arrow keys, sets from and to.
import { getJson, toParams } from './api.js';
import { $, formatPeriod, perFrame, periodDays, plural, svg } from './dom.js';

const strip = $('overview-strip');
const HEIGHT = 64;
const BARS = 40;
const PAD = 10;
const MONTHS_UP_TO_YEARS = 12;
const state = { periods: [], counts: [], group: 'month', from: 0, to: 0, onRange: null };

/** onRange({from, to}) is told the dates a reader chose (empty strings: every date). */
export function initOverview(onRange) {
  state.onRange = onRange;
  strip.addEventListener('pointerdown', startDrag);
  new ResizeObserver(perFrame(draw)).observe(strip);
}

/** Counts the filter without its dates (so that a range can widen as well as narrow), and marks its dates. */
export async function loadOverview(filter, current) {
  const params = toParams(Object.assign({}, filter, { from: '', to: '' }));
  // by year, and by month when that is few enough years to tell months apart
  let stats = await getJson('/api/v1/stats?group=year&' + params).catch(() => null);
  if (stats && stats.periods.length > 0 && stats.periods.length <= MONTHS_UP_TO_YEARS) {
    stats = await getJson('/api/v1/stats?group=month&' + params).catch(() => stats);
  }
  if (!current() || !stats) {
    return;
  }
  state.periods = stats.periods;
  state.counts = stats.total.counts;
  state.group = stats.group;
  const last = state.periods.length - 1;
  const first = state.periods.findIndex((p) => !filter.from || periodDays(p).to >= filter.from);
  const end = state.periods.map((p) => !filter.to || periodDays(p).from <= filter.to).lastIndexOf(true);
  state.from = first < 0 ? last : first;
  state.to = end < 0 ? 0 : end;
  if (state.to < state.from) {
    state.to = state.from;
  }
  const span = state.periods.length ? formatPeriod(state.periods[0]) + '\u2013' + formatPeriod(state.periods[last]) : '';
  $('overview-caption').textContent = state.periods.length
    ? plural(stats.total.counts.reduce((a, b) => a + b, 0), 'dated contact', 'dated contacts') + ' per ' + stats.group
      + ', ' + span + yearOnly(stats) + '. Drag across the strip, or move its ends with the arrow keys, to choose the dates.'
    : 'No dated contacts to draw.';
  draw();
  strip.dataset.state = 'ready';
}

function yearOnly(stats) {
  const count = stats.total.unknownMonth.reduce((sum, y) => sum + y.count, 0);
  return count ? ' (and ' + plural(count, 'contact', 'contacts') + ' known only to the year)' : '';
}

function step(width) {
  return (width - 2 * PAD) / Math.max(1, state.periods.length);
}

function draw() {
  const width = strip.clientWidth;
  const n = state.periods.length;
  strip.setAttribute('viewBox', '0 0 ' + width + ' ' + HEIGHT);
  if (!n || !width) {
    strip.replaceChildren();
    return;
  }
  const w = step(width);
  const x = (i) => PAD + i * w;
  const max = Math.max(1, ...state.counts);
  const bars = svg('g', { class: 'overview-bars', 'aria-hidden': 'true' });
  state.counts.forEach((count, i) => {
    if (count) {
      const h = Math.max(3, BARS * count / max);
      bars.append(svg('rect', { x: x(i), y: BARS - h, width: Math.max(2, w - (w > 4 ? 1 : 0)), height: h }));
    }
  });
  bars.append(svg('line', { x1: PAD, x2: width - PAD, y1: BARS + 0.5, y2: BARS + 0.5, class: 'overview-base' }));
  const years = svg('g', { class: 'overview-ticks', 'aria-hidden': 'true' });
  const perYear = state.group === 'month' ? 12 : 1;
  const everyYears = [1, 2, 5, 10, 20, 25, 50, 100].find((k) => k * perYear * w >= 44) || 100;
  state.periods.forEach((period, i) => {
    const year = Number(period.slice(0, 4));
    if ((perYear === 1 || period.endsWith('-01')) && year % everyYears === 0) {
      years.append(svg('line', { x1: x(i), x2: x(i), y1: BARS, y2: BARS + 4 }));
      years.append(svg('text', { x: x(i), y: BARS + 17, 'text-anchor': i === 0 ? 'start' : 'middle' }, String(year)));
    }
  });
  const whole = state.from === 0 && state.to === n - 1;
  const range = svg('g', { class: 'overview-range' + (whole ? ' whole' : '') });
  range.append(svg('rect', { class: 'outside', x: 0, y: 0, width: x(state.from), height: BARS }));
  range.append(svg('rect', { class: 'outside', x: x(state.to + 1), y: 0, width: Math.max(0, width - x(state.to + 1)), height: BARS }));
  range.append(svg('rect', { class: 'selection', x: x(state.from), y: 0.5, width: x(state.to + 1) - x(state.from), height: BARS - 1 }));
  // the ends sit just outside the range, so that they hide no bar
  range.append(handle('from', x(state.from) - 7, 'Start of the dates', state.from));
  range.append(handle('to', x(state.to + 1) + 1, 'End of the dates', state.to));
  strip.replaceChildren(bars, years, range);
}

function handle(which, at, label, index) {
  const h = svg('rect', { class: 'handle', x: at, y: 0, width: 6, height: BARS, rx: 2, tabindex: 0, role: 'slider',
    'aria-label': label, 'aria-valuemin': 0, 'aria-valuemax': state.periods.length - 1, 'aria-valuenow': index,
    'aria-valuetext': formatPeriod(state.periods[index], true), 'data-end': which });
  h.addEventListener('keydown', (event) => moveEnd(event, which));
  return h;
}

let keyCommit = null;

function moveEnd(event, which) {
  const n = state.periods.length;
  const big = state.group === 'month' ? 12 : 10;
  const moves = { ArrowLeft: -1, ArrowDown: -1, ArrowRight: 1, ArrowUp: 1, PageDown: -big, PageUp: big };
  let at = state[which];
  if (event.key in moves) {
    at += moves[event.key];
  }
  else if (event.key === 'Home' || event.key === 'End') {
    at = event.key === 'Home' ? 0 : n - 1;
  }
  else {
    return;
  }
  event.preventDefault();
  at = Math.max(which === 'to' ? state.from : 0, Math.min(which === 'from' ? state.to : n - 1, at));
  state[which] = at;
  draw();
  strip.querySelector('[data-end="' + which + '"]').focus();
  // one history entry for a run of key presses, not one per press
  clearTimeout(keyCommit);
  keyCommit = setTimeout(commit, 700);
}

function indexAt(event) {
  const box = strip.getBoundingClientRect();
  const i = Math.floor((event.clientX - box.left - PAD) / step(box.width));
  return Math.max(0, Math.min(state.periods.length - 1, i));
}

function startDrag(event) {
  if (!state.periods.length || event.button !== 0) {
    return;
  }
  const end = event.target.dataset && event.target.dataset.end;
  const at = indexAt(event);
  const whole = state.from === 0 && state.to === state.periods.length - 1;
  const inside = !whole && !end && at >= state.from && at <= state.to;
  const drag = { anchor: end === 'from' ? state.to : end === 'to' ? state.from : at, grab: at, from: state.from,
    to: state.to, mode: inside ? 'move' : 'span', moved: false };
  event.preventDefault();
  strip.setPointerCapture(event.pointerId);
  const move = perFrame((e) => {
    const i = indexAt(e);
    drag.moved = drag.moved || i !== drag.grab;
    if (drag.mode === 'move') {
      const shift = Math.max(-drag.from, Math.min(state.periods.length - 1 - drag.to, i - drag.grab));
      state.from = drag.from + shift;
      state.to = drag.to + shift;
    }
    else {
      state.from = Math.min(drag.anchor, i);
      state.to = Math.max(drag.anchor, i);
    }
    draw();
  });
  const up = () => {
    strip.removeEventListener('pointermove', move);
    strip.removeEventListener('pointerup', up);
    strip.removeEventListener('pointercancel', up);
    // a click without a drag chooses the period under it
    if (!drag.moved && drag.mode === 'span' && !end) {
      state.from = at;
      state.to = at;
      draw();
    }
    commit();
  };
  strip.addEventListener('pointermove', move);
  strip.addEventListener('pointerup', up);
  strip.addEventListener('pointercancel', up);
}

function commit() {
  const whole = state.from === 0 && state.to === state.periods.length - 1;
  state.onRange(whole ? { from: '', to: '' }
    : { from: periodDays(state.periods[state.from]).from, to: periodDays(state.periods[state.to]).to });
}
