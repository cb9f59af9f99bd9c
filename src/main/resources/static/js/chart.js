// Counts over time: stacked bars per year or month, drawn for the width of the frame (so that its text stays 12 px),
// with axis titles, fixed series colours, a bar per period that can be focused and opens its contacts in the
// timeline, and the same numbers as a table.
import { getJson, toParams } from './api.js';
import { seriesColour } from './catalogue.js';
import { $, element, formatPeriod, perFrame, periodDays, plural, svg } from './dom.js';

const chart = $('chart');
const MAX_BAR = 48;
let shownStats = null;
let openPeriod = null;

/** openPeriod({from, to}) lists the contacts of a period in the timeline. */
export function initChart(open) {
  openPeriod = open;
  new ResizeObserver(perFrame(() => {
    if (shownStats && !$('chart-view').hidden) {
      draw(shownStats);
    }
  })).observe($('chart-frame'));
}

export async function loadChart(filter, shown, ctx) {
  chart.dataset.state = 'loading';
  $('chart-summary').textContent = 'Loading\u2026';
  const params = toParams(filter);
  params.set('group', shown.group);
  params.set('by', shown.by);
  $('chart-csv').href = '/api/v1/stats?' + params + '&format=csv';
  try {
    const stats = await getJson('/api/v1/stats?' + params);
    if (!ctx.current()) {
      return;
    }
    shownStats = stats;
    draw(stats);
    table(stats);
    describe(stats, ctx.summary);
    chart.dataset.state = 'ready';
  }
  catch (ex) {
    if (!ctx.current()) {
      return;
    }
    ctx.problem(ex);
    chart.replaceChildren();
    $('chart-summary').textContent = '';
    chart.dataset.state = 'error';
  }
}

/** Round steps for the count axis: 1, 2, 5, 10, 20, 50, ... */
function ticks(max) {
  const rough = max / 4;
  const magnitude = Math.pow(10, Math.floor(Math.log10(Math.max(1, rough))));
  const stepSize = [1, 2, 5, 10].map((m) => m * magnitude).find((s) => s >= rough) || magnitude * 10;
  const top = Math.max(stepSize, Math.ceil(max / stepSize) * stepSize);
  const out = [];
  for (let v = 0; v <= top; v += stepSize) {
    out.push(v);
  }
  return out;
}

function draw(stats) {
  const width = Math.max(280, $('chart-frame').clientWidth - 2);
  const height = Math.max(200, $('chart-frame').clientHeight - 2);
  const periods = stats.periods;
  const month = stats.group === 'month';
  const margin = { left: 58, right: 12, top: 14, bottom: 58 };
  const plotWidth = width - margin.left - margin.right;
  const plotHeight = height - margin.top - margin.bottom;
  const totals = periods.map((p, i) => stats.series.reduce((sum, s) => sum + s.counts[i], 0));
  const scale = ticks(Math.max(1, ...totals));
  const top = scale[scale.length - 1];
  const step = periods.length ? plotWidth / periods.length : plotWidth;
  const barWidth = Math.max(1, Math.min(MAX_BAR, step * 0.8));
  const y = (value) => margin.top + plotHeight - (value / top) * plotHeight;
  chart.setAttribute('viewBox', '0 0 ' + width + ' ' + height);
  chart.setAttribute('width', width);
  chart.setAttribute('height', height);

  const axis = svg('g', { class: 'axis', 'aria-hidden': 'true' });
  scale.forEach((tick) => {
    axis.append(svg('line', { x1: margin.left, x2: width - margin.right, y1: y(tick), y2: y(tick), class: 'grid' }));
    axis.append(svg('text', { x: margin.left - 6, y: y(tick) + 4, 'text-anchor': 'end' }, tick.toLocaleString('en')));
  });
  // as many period labels as fit, counted back from the last, so that the last period is always named
  const labelWidth = month ? 68 : 44;
  const every = Math.max(1, Math.ceil(periods.length / Math.max(1, Math.floor(plotWidth / labelWidth))));
  periods.forEach((period, i) => {
    if ((periods.length - 1 - i) % every === 0) {
      axis.append(svg('text', { x: margin.left + i * step + step / 2, y: height - margin.bottom + 18,
        'text-anchor': 'middle' }, formatPeriod(period)));
    }
  });
  axis.append(svg('text', { class: 'axis-title', x: margin.left + plotWidth / 2, y: height - 12, 'text-anchor': 'middle' },
    (month ? 'Month' : 'Year') + ' the contact started'));
  axis.append(svg('text', { class: 'axis-title', x: -(margin.top + plotHeight / 2), y: 16, 'text-anchor': 'middle',
    transform: 'rotate(-90)' }, 'Contacts'));

  const bars = svg('g', { class: 'bars' });
  periods.forEach((period, i) => {
    if (!totals[i]) {
      return;
    }
    const name = formatPeriod(period, true);
    const parts = stats.series.filter((s) => s.counts[i]).map((s) => s.label + ' ' + s.counts[i]);
    const group = svg('g', { class: 'period', tabindex: 0, role: 'link', 'data-period': period,
      'aria-label': name + ': ' + plural(totals[i], 'contact', 'contacts') + ' (' + parts.join(', ') + '). Open them in the timeline.' });
    const x = margin.left + i * step + (step - barWidth) / 2;
    // a thin bar is easier to hit through a wider, invisible target
    group.append(svg('rect', { class: 'hit', x: margin.left + i * step, y: margin.top, width: Math.max(step, barWidth),
      height: plotHeight }));
    let base = 0;
    stats.series.forEach((series) => {
      const count = series.counts[i];
      if (count) {
        const rect = svg('rect', { class: 'bar', x, y: y(base + count), width: barWidth, height: y(base) - y(base + count),
          fill: seriesColour(stats.by, series.key), 'data-period': period, 'data-key': series.key, 'data-count': count });
        rect.append(svg('title', null, name + ' \u00b7 ' + series.label + ': ' + count));
        group.append(rect);
        base += count;
      }
    });
    const open = () => openPeriod(periodDays(period));
    group.addEventListener('click', open);
    group.addEventListener('keydown', (event) => {
      if (event.key === 'Enter') {
        event.preventDefault();
        open();
      }
    });
    bars.append(group);
  });
  chart.replaceChildren(axis, bars);

  $('chart-legend').replaceChildren(...stats.series.map((series) => {
    const item = element('li', null);
    const swatch = element('span', 'swatch');
    swatch.style.background = seriesColour(stats.by, series.key);
    item.append(swatch, document.createTextNode(series.label + ' (' + series.sum + ')'));
    return item;
  }));
}

/** The numbers of the chart as a table: a row per period with contacts, a column per series. */
function table(stats) {
  const head = element('tr');
  head.append(element('th', null, stats.group === 'month' ? 'Month' : 'Year'));
  stats.series.forEach((s) => head.append(element('th', null, s.label)));
  head.append(element('th', null, 'All'));
  head.querySelectorAll('th').forEach((th) => th.setAttribute('scope', 'col'));
  const rows = [];
  stats.periods.forEach((period, i) => {
    if (!stats.total.counts[i]) {
      return;
    }
    const row = element('tr');
    const th = element('th', null, formatPeriod(period, true));
    th.scope = 'row';
    row.append(th);
    stats.series.forEach((s) => row.append(element('td', null, String(s.counts[i]))));
    row.append(element('td', null, String(stats.total.counts[i])));
    rows.push(row);
  });
  const thead = element('thead');
  thead.append(head);
  const tbody = element('tbody');
  tbody.append(...rows);
  $('chart-table').replaceChildren(element('caption', null, 'Contacts per ' + stats.group
    + (rows.length < stats.periods.length ? '; periods without a contact are left out' : '')), thead, tbody);
}

function describe(stats, summary) {
  const periods = stats.periods;
  const dated = stats.total.counts.reduce((a, b) => a + b, 0);
  $('chart-summary').textContent = stats.total.sum === 0 ? 'No contacts match these filters.'
    : summary(dated) + '; per ' + stats.group
      + (periods.length ? ', ' + formatPeriod(periods[0]) + '\u2013' + formatPeriod(periods[periods.length - 1]) : '')
      + ', each counted once, in the ' + stats.group + ' it started.';
  const notes = [];
  const unknown = stats.total.unknownMonth.reduce((sum, y) => sum + y.count, 0);
  if (unknown) {
    notes.push(unknown + ' known only to the year, not drawn in a month ('
      + stats.total.unknownMonth.map((y) => y.year + ': ' + y.count).join(', ') + ')');
  }
  if (stats.total.undated) {
    notes.push(stats.total.undated + ' undated, not drawn');
  }
  $('chart-notes').textContent = notes.length ? 'Also: ' + notes.join('; ') + '.' : '';
}
