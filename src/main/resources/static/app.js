// The timeline page: reads the filters from the query string, loads every page of /api/v1/timeline for them and
// draws the entries on a vertical axis. Text from the API only ever goes into the page through textContent.
'use strict';

(function () {
  const PAGE_SIZE = 200;
  const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October',
    'November', 'December'];
  const TYPE_LABELS = { meeting: 'Meeting', delegation: 'Delegation visit' };
  const PRECISION_NOTES = {
    month: 'only the month is reported',
    year: 'only the year is reported',
    unknown: 'no date is reported'
  };

  const $ = (id) => document.getElementById(id);
  const SVG = 'http://www.w3.org/2000/svg';
  const VIEWS = ['timeline', 'chart', 'network'];
  const form = $('filters');
  const inputs = { from: $('from'), to: $('to'), country: $('country'), status: $('status'), q: $('q') };
  const timeline = $('timeline');
  const undated = $('undated');
  const undatedSection = $('undated-section');
  const summary = $('summary');
  const problem = $('problem');

  const countryNames = new Map();
  let generation = 0;
  // what the page shows of the filters: the view, and the chart's and network's own settings
  const shown = { view: 'timeline', group: 'year', by: 'kind', level: 'official', official: '', officialName: '' };

  // ---- filters <-> query string <-> form ----

  function filterFromUrl() {
    const params = new URLSearchParams(window.location.search);
    return {
      from: params.get('from') || '',
      to: params.get('to') || '',
      country: params.getAll('country').map((c) => c.trim()).filter((c) => c !== ''),
      status: params.get('status') || '',
      q: params.get('q') || '',
      official: params.get('official') || ''
    };
  }

  function shownFromUrl() {
    const params = new URLSearchParams(window.location.search);
    const pick = (name, allowed) => (allowed.includes(params.get(name)) ? params.get(name) : allowed[0]);
    shown.view = pick('view', VIEWS);
    shown.group = pick('group', ['year', 'month']);
    shown.by = pick('by', ['kind', 'status']);
    shown.level = pick('level', ['official', 'country']);
  }

  function filterFromForm() {
    return {
      from: inputs.from.value,
      to: inputs.to.value,
      country: Array.from(inputs.country.selectedOptions, (option) => option.value),
      status: inputs.status.value,
      q: inputs.q.value.trim(),
      official: shown.official
    };
  }

  /** The filters as the API reads them (the same for the timeline, the counts and the network). */
  function toParams(filter) {
    const params = new URLSearchParams();
    ['from', 'to'].forEach((name) => { if (filter[name]) params.append(name, filter[name]); });
    filter.country.forEach((code) => params.append('country', code));
    ['status', 'q', 'official'].forEach((name) => { if (filter[name]) params.append(name, filter[name]); });
    return params;
  }

  function writeUrl(filter) {
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
    window.history.replaceState(null, '', window.location.pathname + (query ? '?' + query : ''));
  }

  function fillForm(filter) {
    inputs.from.value = filter.from;
    inputs.to.value = filter.to;
    inputs.status.value = filter.status;
    inputs.q.value = filter.q;
    shown.official = filter.official || '';
    $('official-chosen').hidden = !shown.official;
    $('official-name').textContent = shown.officialName || shown.official;
    const wanted = new Set(filter.country.map((c) => c.toUpperCase()));
    Array.from(inputs.country.options).forEach((option) => {
      option.selected = wanted.has(option.value) || wanted.has(option.dataset.alpha3);
    });
    const first = inputs.country.selectedOptions[0];
    inputs.country.scrollTop = first ? first.offsetTop - inputs.country.offsetTop : 0;
    showChosenCountries();
  }

  function showChosenCountries() {
    const chosen = Array.from(inputs.country.selectedOptions, (option) => option.textContent);
    $('country-chosen').textContent = chosen.length ? 'Chosen: ' + chosen.join(', ') : 'Any country';
  }

  // A plain click toggles a country, so that choosing a pair needs no Ctrl key; touch screens use their own picker.
  inputs.country.addEventListener('mousedown', (event) => {
    const option = event.target;
    if (!(option instanceof HTMLOptionElement) || event.button !== 0) {
      return;
    }
    event.preventDefault();
    const scroll = inputs.country.scrollTop;
    option.selected = !option.selected;
    inputs.country.focus();
    inputs.country.scrollTop = scroll;
    inputs.country.dispatchEvent(new Event('change', { bubbles: true }));
  });
  inputs.country.addEventListener('change', showChosenCountries);

  // ---- the API ----

  class Problem extends Error {
    constructor(title, detail, errors) {
      super(detail || title);
      this.title = title;
      this.detail = detail;
      this.errors = errors || [];
    }
  }

  async function getJson(url) {
    let response;
    try {
      response = await fetch(url, { headers: { Accept: 'application/json' } });
    }
    catch (ex) {
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

  async function loadCountries() {
    const options = [];
    let next = null;
    do {
      const page = await getJson('/api/v1/countries' + (next ? '?cursor=' + encodeURIComponent(next) : ''));
      page.items.forEach((country) => {
        countryNames.set(country.code, country.name);
        const option = document.createElement('option');
        option.value = country.code;
        option.dataset.alpha3 = country.alpha3;
        option.textContent = country.name;
        options.push(option);
      });
      next = page.next;
    } while (next);
    inputs.country.replaceChildren(...options);
  }

  async function loadTimeline(filter) {
    const mine = ++generation;
    timeline.dataset.state = 'loading';
    timeline.setAttribute('aria-busy', 'true');
    hideProblem();
    summary.textContent = 'Loading\u2026';
    timeline.replaceChildren();
    undated.replaceChildren();
    undatedSection.hidden = true;
    const drawn = { count: 0, year: null };
    let cursor = null;
    try {
      do {
        const params = toParams(filter);
        params.set('limit', String(PAGE_SIZE));
        if (cursor) {
          params.set('cursor', cursor);
        }
        const page = await getJson('/api/v1/timeline?' + params);
        if (mine !== generation) {
          return;
        }
        page.items.forEach((entry) => draw(entry, drawn));
        cursor = page.next;
        if (cursor) {
          summary.textContent = 'Loading\u2026 ' + drawn.count + ' so far';
        }
      } while (cursor);
      summary.textContent = describe(drawn.count, filter);
      timeline.dataset.state = 'ready';
      openFromHash();
    }
    catch (ex) {
      if (mine !== generation) {
        return;
      }
      showProblem(ex instanceof Problem ? ex : new Problem('Something went wrong', String(ex)));
      summary.textContent = '';
      timeline.dataset.state = 'error';
    }
    finally {
      if (mine === generation) {
        timeline.removeAttribute('aria-busy');
      }
    }
  }

  function showProblem(p) {
    const title = element('strong', 'problem-title', p.title);
    problem.replaceChildren(title);
    if (p.errors.length > 1) {
      const list = element('ul', 'problem-errors');
      p.errors.forEach((error) => {
        const rejected = error.rejectedValue != null ? ' (\u201c' + error.rejectedValue + '\u201d)' : '';
        list.append(element('li', null, error.field + rejected + ': ' + error.message));
      });
      problem.append(list);
    }
    else if (p.detail) {
      problem.append(element('p', 'problem-detail', p.detail));
    }
    problem.hidden = false;
  }

  function hideProblem() {
    problem.hidden = true;
    problem.replaceChildren();
  }

  function describe(count, filter) {
    if (count === 0) {
      return 'No contacts match these filters.';
    }
    const parts = [count + (count === 1 ? ' contact' : ' contacts')];
    if (filter.from || filter.to) {
      parts.push((filter.from ? 'from ' + formatDay(filter.from) : '') + (filter.from && filter.to ? ' ' : '')
        + (filter.to ? 'to ' + formatDay(filter.to) : ''));
    }
    if (filter.country.length) {
      parts.push('with ' + filter.country.map(countryName).join(' and '));
    }
    return parts.join(', ');
  }

  // ---- dates ----

  function parts(iso) {
    const [y, m, d] = iso.split('-').map(Number);
    return { y, m, d };
  }

  function formatDay(iso) {
    const p = parts(iso);
    return p.d + ' ' + MONTHS[p.m - 1] + ' ' + p.y;
  }

  /** The date as precisely as it is known: "4–6 March 2019", "March 1949", "1949", or "Date unknown". */
  function formatWhen(entry) {
    if (!entry.startDate || entry.datePrecision === 'unknown') {
      return 'Date unknown';
    }
    const s = parts(entry.startDate);
    const e = parts(entry.endDate || entry.startDate);
    const month = (p) => MONTHS[p.m - 1];
    if (entry.datePrecision === 'year') {
      return s.y === e.y ? String(s.y) : s.y + '\u2013' + e.y;
    }
    if (entry.datePrecision === 'month') {
      if (s.y === e.y && s.m === e.m) {
        return month(s) + ' ' + s.y;
      }
      return s.y === e.y ? month(s) + ' \u2013 ' + month(e) + ' ' + s.y
        : month(s) + ' ' + s.y + ' \u2013 ' + month(e) + ' ' + e.y;
    }
    if (s.y === e.y && s.m === e.m) {
      return s.d === e.d ? formatDay(entry.startDate) : s.d + '\u2013' + e.d + ' ' + month(s) + ' ' + s.y;
    }
    if (s.y === e.y) {
      return s.d + ' ' + month(s) + ' \u2013 ' + e.d + ' ' + month(e) + ' ' + s.y;
    }
    return formatDay(entry.startDate) + ' \u2013 ' + formatDay(entry.endDate);
  }

  function machineDate(entry) {
    const iso = entry.startDate;
    return entry.datePrecision === 'year' ? iso.slice(0, 4) : entry.datePrecision === 'month' ? iso.slice(0, 7) : iso;
  }

  // ---- drawing ----

  function element(tag, className, text) {
    const node = document.createElement(tag);
    if (className) {
      node.className = className;
    }
    if (text != null) {
      node.textContent = text;
    }
    return node;
  }

  function countryName(code) {
    return countryNames.get(String(code).toUpperCase()) || code;
  }

  function label(status) {
    return status ? status.charAt(0).toUpperCase() + status.slice(1) : '';
  }

  function draw(entry, drawn) {
    drawn.count++;
    const dated = entry.startDate && entry.datePrecision !== 'unknown';
    if (!dated) {
      undated.append(entryElement(entry, false));
      undatedSection.hidden = false;
      return;
    }
    const year = parts(entry.startDate).y;
    if (year !== drawn.year) {
      drawn.year = year;
      timeline.append(element('li', 'year', String(year)));
    }
    timeline.append(entryElement(entry, true));
  }

  function entryElement(entry, dated) {
    const type = entry.type === 'delegation' ? 'delegation' : 'meeting';
    const item = element('li', 'entry entry-' + type + ' status-' + entry.status + ' precision-' + entry.datePrecision);
    item.dataset.slug = entry.slug;
    item.dataset.type = type;
    item.dataset.status = entry.status;
    item.id = 'entry-' + entry.slug;

    const details = element('details');
    const head = element('summary', 'entry-head');
    const when = element(dated ? 'time' : 'span', 'when', formatWhen(entry));
    if (dated) {
      when.dateTime = machineDate(entry);
    }
    const badges = element('span', 'badges');
    badges.append(element('span', 'badge badge-' + type, TYPE_LABELS[type]));
    if (entry.status && entry.status !== 'held') {
      badges.append(element('span', 'badge status-' + entry.status, label(entry.status)));
    }
    if (!dated) {
      badges.append(element('span', 'badge status-undated', 'Undated'));
    }
    head.append(when, badges, element('span', 'title', entry.title), element('span', 'where', placeLine(entry)));
    details.append(head, body(entry));
    details.addEventListener('toggle', () => rememberOpen(entry.slug, details.open));
    item.append(details);
    return item;
  }

  function placeLine(entry) {
    const place = [entry.location && entry.location.city, entry.location && entry.location.country
      && countryName(entry.location.country)].filter(Boolean).join(', ');
    const sides = (entry.countries || []).map(countryName).join(' \u2013 ');
    return [place, sides].filter(Boolean).join(' \u00b7 ');
  }

  function body(entry) {
    const box = element('div', 'entry-body');
    if (entry.summary) {
      box.append(element('p', 'entry-summary', entry.summary));
    }

    const facts = element('dl', 'facts');
    const fact = (name, value) => {
      if (value) {
        facts.append(element('dt', null, name), element('dd', null, value));
      }
    };
    const precision = PRECISION_NOTES[entry.datePrecision];
    fact('Date', formatWhen(entry) + (precision && entry.startDate ? ' (' + precision + ')' : ''));
    fact('Status', label(entry.status));
    const location = entry.location || {};
    fact('Place', [location.city, location.venue, location.country && countryName(location.country)]
      .filter(Boolean).join(', '));
    fact('Countries', (entry.countries || []).map(countryName).join(', '));
    fact('Kind', entry.kind ? entry.kind.label + ' (CAMEO ' + entry.kind.code + ')' : null);
    fact('Delegation', entry.delegation ? entry.delegation.name : null);
    fact('Topics', (entry.topics || []).join(', '));
    box.append(facts);

    const people = (entry.participants || []).length + (entry.unnamedParties || []).length;
    if (people) {
      box.append(element('h3', null, 'Participants'));
      const list = element('ul', 'participants');
      (entry.participants || []).forEach((p) => {
        const li = element('li');
        li.append(element('span', 'name', p.name));
        if (p.role) {
          li.append(element('span', 'role', ' \u2014 ' + p.role));
        }
        if (p.country) {
          li.append(element('span', 'country', ' (' + countryName(p.country) + ')'));
        }
        list.append(li);
      });
      (entry.unnamedParties || []).forEach((p) => {
        const li = element('li', 'unnamed', p.description);
        if (p.country) {
          li.append(element('span', 'country', ' (' + countryName(p.country) + ')'));
        }
        list.append(li);
      });
      box.append(list);
    }

    if ((entry.reportedDates || []).length) {
      box.append(element('h3', null, 'Reported dates'));
      const list = element('ul', 'reported-dates');
      entry.reportedDates.forEach((r) => {
        const li = element('li');
        li.append(element('span', 'reported-when', formatWhen({ startDate: r.startDate, endDate: r.endDate,
          datePrecision: r.startDate ? 'day' : 'unknown' })));
        if (r.note) {
          li.append(element('span', 'reported-note', ' \u2014 ' + r.note));
        }
        if (r.quote) {
          li.append(quote(r.quote, r.publisher, r.headline, null));
        }
        list.append(li);
      });
      box.append(list);
    }

    if ((entry.sources || []).length) {
      box.append(element('h3', null, 'Sources'));
      const list = element('ul', 'sources');
      entry.sources.forEach((s) => {
        const li = element('li', 'source');
        li.append(quote(s.quote, s.publisher, s.headline, s));
        list.append(li);
      });
      box.append(list);
    }

    if (entry.notes) {
      const notes = element('p', 'notes');
      notes.append(element('strong', null, 'Notes: '), document.createTextNode(entry.notes));
      box.append(notes);
    }
    return box;
  }

  function quote(text, publisher, headline, source) {
    const figure = element('figure', 'quote');
    const blockquote = element('blockquote', null, text);
    const safeUrl = source && source.url && /^https?:\/\//i.test(source.url) ? source.url : null;
    if (safeUrl) {
      blockquote.cite = safeUrl;
    }
    const caption = element('figcaption');
    caption.append(document.createTextNode('\u2014 '));
    if (publisher) {
      caption.append(element('span', 'publisher', publisher));
    }
    if (headline) {
      caption.append(document.createTextNode(publisher ? ', ' : ''));
      const title = safeUrl ? element('a', 'headline', headline) : element('cite', 'headline', headline);
      if (safeUrl) {
        title.href = safeUrl;
        title.rel = 'noopener noreferrer';
      }
      caption.append(title);
    }
    if (source && source.author) {
      caption.append(document.createTextNode(', by ' + source.author));
    }
    if (source && source.publishedOn) {
      caption.append(document.createTextNode(', ' + formatDay(source.publishedOn)));
    }
    figure.append(blockquote, caption);
    if (source && source.claim) {
      figure.append(element('p', 'claim', 'Supports: ' + source.claim));
    }
    return figure;
  }

  // ---- an opened entry is named in the URL's fragment, so a shared link opens it again ----

  function rememberOpen(slug, open) {
    const hash = '#' + encodeURIComponent(slug);
    if (open) {
      window.history.replaceState(null, '', window.location.pathname + window.location.search + hash);
    }
    else if (window.location.hash === hash) {
      window.history.replaceState(null, '', window.location.pathname + window.location.search);
    }
  }

  function openFromHash() {
    const slug = decodeURIComponent(window.location.hash.slice(1));
    const item = slug && document.getElementById('entry-' + slug);
    if (item) {
      item.querySelector('details').open = true;
      item.scrollIntoView({ block: 'start' });
    }
  }

  // ---- start ----

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const filter = filterFromForm();
    writeUrl(filter);
    show(filter);
  });

  $('reset').addEventListener('click', () => {
    shown.officialName = '';
    fillForm({ from: '', to: '', country: [], status: '', q: '', official: '' });
    form.requestSubmit();
  });

  $('official-clear').addEventListener('click', () => {
    shown.official = '';
    shown.officialName = '';
    $('official-chosen').hidden = true;
    form.requestSubmit();
  });

  document.querySelectorAll('.view-tab').forEach((tab) => tab.addEventListener('click', () => {
    shown.view = tab.dataset.view;
    form.requestSubmit();
  }));
  [['chart-group', 'group'], ['chart-by', 'by'], ['network-level', 'level']].forEach(([id, name]) => {
    $(id).addEventListener('change', () => {
      shown[name] = $(id).value;
      form.requestSubmit();
    });
  });

  /** Shows the view asked for, with the filters, and loads what it draws. */
  function show(filter) {
    VIEWS.forEach((view) => {
      $(view + '-view').hidden = view !== shown.view;
    });
    document.querySelectorAll('.view-tab').forEach((tab) => {
      tab.setAttribute('aria-pressed', String(tab.dataset.view === shown.view));
    });
    $('chart-group').value = shown.group;
    $('chart-by').value = shown.by;
    $('network-level').value = shown.level;
    if (shown.view === 'chart') {
      return loadChart(filter);
    }
    if (shown.view === 'network') {
      return loadNetwork(filter);
    }
    return loadTimeline(filter);
  }

  // ---- counts over time: stacked bars in plain SVG ----

  const PALETTE = ['#1d5fa7', '#a34d08', '#2f6b3a', '#6b4c9a', '#9b2c2c', '#0f7c86', '#b8860b', '#5a6472',
    '#c2185b', '#33691e', '#4527a0', '#795548'];
  const STATUS_COLOURS = { held: '#1d5fa7', planned: '#2f6b3a', speculated: '#6b4c9a', cancelled: '#9b2c2c' };

  function svg(tag, attributes, text) {
    const node = document.createElementNS(SVG, tag);
    Object.entries(attributes || {}).forEach(([name, value]) => node.setAttribute(name, String(value)));
    if (text != null) {
      node.textContent = text;
    }
    return node;
  }

  async function loadChart(filter) {
    const mine = ++generation;
    const chart = $('chart');
    chart.dataset.state = 'loading';
    hideProblem();
    $('chart-summary').textContent = 'Loading\u2026';
    const params = toParams(filter);
    params.set('group', shown.group);
    params.set('by', shown.by);
    try {
      const stats = await getJson('/api/v1/stats?' + params);
      if (mine !== generation) {
        return;
      }
      drawChart(stats);
      chart.dataset.state = 'ready';
    }
    catch (ex) {
      if (mine !== generation) {
        return;
      }
      showProblem(ex instanceof Problem ? ex : new Problem('Something went wrong', String(ex)));
      chart.replaceChildren();
      $('chart-summary').textContent = '';
      chart.dataset.state = 'error';
    }
  }

  function drawChart(stats) {
    const chart = $('chart');
    const periods = stats.periods;
    const width = 900;
    const height = 320;
    const margin = { left: 44, right: 8, top: 12, bottom: 42 };
    const plotWidth = width - margin.left - margin.right;
    const plotHeight = height - margin.top - margin.bottom;
    const max = Math.max(1, ...stats.total.counts.map((count, i) => stats.series.reduce((sum, s) => sum + s.counts[i], 0)));
    const step = periods.length ? plotWidth / periods.length : plotWidth;
    const barWidth = Math.max(1, step * 0.8);
    const y = (value) => margin.top + plotHeight - (value / max) * plotHeight;
    const colour = (key, index) => (stats.by === 'status' && STATUS_COLOURS[key]) || PALETTE[index % PALETTE.length];
    chart.setAttribute('viewBox', '0 0 ' + width + ' ' + height);
    chart.replaceChildren();

    const axis = svg('g', { class: 'axis' });
    [0, Math.round(max / 2), max].filter((v, i, all) => all.indexOf(v) === i).forEach((tick) => {
      axis.append(svg('line', { x1: margin.left, x2: width - margin.right, y1: y(tick), y2: y(tick), class: 'grid' }));
      axis.append(svg('text', { x: margin.left - 6, y: y(tick) + 4, 'text-anchor': 'end' }, String(tick)));
    });
    const every = Math.max(1, Math.ceil(periods.length / 12));
    periods.forEach((period, i) => {
      if (i % every === 0) {
        axis.append(svg('text', { x: margin.left + i * step + step / 2, y: height - margin.bottom + 16,
          'text-anchor': 'middle' }, period));
      }
    });
    chart.append(axis);

    const bars = svg('g', { class: 'bars' });
    periods.forEach((period, i) => {
      let base = 0;
      stats.series.forEach((series, k) => {
        const count = series.counts[i];
        if (!count) {
          return;
        }
        const rect = svg('rect', { class: 'bar', x: margin.left + i * step + (step - barWidth) / 2, y: y(base + count),
          width: barWidth, height: y(base) - y(base + count), fill: colour(series.key, k),
          'data-period': period, 'data-key': series.key, 'data-count': count });
        rect.append(svg('title', null, period + ' \u00b7 ' + series.label + ': ' + count));
        bars.append(rect);
        base += count;
      });
    });
    chart.append(bars);

    $('chart-legend').replaceChildren(...stats.series.map((series, k) => {
      const item = element('li', null);
      const swatch = element('span', 'swatch');
      swatch.style.background = colour(series.key, k);
      item.append(swatch, document.createTextNode(series.label + ' (' + series.sum + ')'));
      return item;
    }));
    const dated = stats.total.counts.reduce((a, b) => a + b, 0);
    $('chart-summary').textContent = stats.total.sum === 0 ? 'No contacts match these filters.'
      : dated + (dated === 1 ? ' contact' : ' contacts') + ' per ' + stats.group
        + (periods.length ? ', ' + periods[0] + '\u2013' + periods[periods.length - 1] : '')
        + '; each counted once, in the ' + stats.group + ' it started.';
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

  // ---- the network: a force layout in plain SVG ----

  async function loadNetwork(filter) {
    const mine = ++generation;
    const network = $('network');
    network.dataset.state = 'loading';
    hideProblem();
    $('network-summary').textContent = 'Loading\u2026';
    const params = toParams(filter);
    params.set('level', shown.level);
    try {
      const graph = await getJson('/api/v1/network?' + params);
      if (mine !== generation) {
        return;
      }
      drawNetwork(graph, filter);
      network.dataset.state = 'ready';
    }
    catch (ex) {
      if (mine !== generation) {
        return;
      }
      showProblem(ex instanceof Problem ? ex : new Problem('Something went wrong', String(ex)));
      network.replaceChildren();
      $('network-summary').textContent = '';
      network.dataset.state = 'error';
    }
  }

  /**
   * Positions by a few hundred steps of a Fruchterman-Reingold simulation: nodes repel, edges pull, a little gravity
   * keeps the separate groups near the centre. The start is a circle, so the picture is the same on every load.
   */
  function layout(nodes, edges, width, height) {
    const index = new Map(nodes.map((node, i) => [node.id, i]));
    const n = nodes.length;
    const at = nodes.map((node, i) => ({
      x: width / 2 + Math.cos(2 * Math.PI * i / Math.max(n, 1)) * width / 4,
      y: height / 2 + Math.sin(2 * Math.PI * i / Math.max(n, 1)) * height / 4
    }));
    const links = edges.map((edge) => [index.get(edge.source), index.get(edge.target)]);
    const k = Math.min(90, 0.6 * Math.sqrt(width * height / Math.max(n, 1)));
    const rounds = n > 400 ? 60 : 300;
    for (let round = 0; round < rounds; round++) {
      const temperature = (width / 10) * (1 - round / rounds) + 1;
      const move = at.map(() => ({ x: 0, y: 0 }));
      for (let i = 0; i < n; i++) {
        for (let j = i + 1; j < n; j++) {
          const dx = at[i].x - at[j].x || 0.1;
          const dy = at[i].y - at[j].y || 0.1;
          const d = Math.max(Math.sqrt(dx * dx + dy * dy), 0.1);
          const push = k * k / d;
          move[i].x += dx / d * push; move[i].y += dy / d * push;
          move[j].x -= dx / d * push; move[j].y -= dy / d * push;
        }
      }
      links.forEach(([a, b]) => {
        const dx = at[b].x - at[a].x;
        const dy = at[b].y - at[a].y;
        const d = Math.max(Math.sqrt(dx * dx + dy * dy), 0.1);
        const pull = d * d / k;
        move[a].x += dx / d * pull; move[a].y += dy / d * pull;
        move[b].x -= dx / d * pull; move[b].y -= dy / d * pull;
      });
      at.forEach((p, i) => {
        move[i].x += (width / 2 - p.x) * k / 60;
        move[i].y += (height / 2 - p.y) * k / 60;
        const len = Math.sqrt(move[i].x * move[i].x + move[i].y * move[i].y) || 1;
        const step = Math.min(len, temperature);
        p.x = Math.min(width - 120, Math.max(30, p.x + move[i].x / len * step));
        p.y = Math.min(height - 20, Math.max(20, p.y + move[i].y / len * step));
      });
    }
    return at;
  }

  function drawNetwork(graph, filter) {
    const network = $('network');
    const width = 900;
    const height = 560;
    network.setAttribute('viewBox', '0 0 ' + width + ' ' + height);
    network.replaceChildren();
    const at = layout(graph.nodes, graph.edges, width, height);
    const where = new Map(graph.nodes.map((node, i) => [node.id, at[i]]));
    const heaviest = Math.max(1, ...graph.edges.map((edge) => edge.weight));
    const edges = svg('g', { class: 'edges' });
    graph.edges.forEach((edge) => {
      const a = where.get(edge.source);
      const b = where.get(edge.target);
      const line = svg('line', { x1: a.x, y1: a.y, x2: b.x, y2: b.y, 'stroke-width': 1 + 4 * edge.weight / heaviest,
        'data-source': edge.source, 'data-target': edge.target, 'data-weight': edge.weight });
      line.append(svg('title', null, edge.source + ' \u2013 ' + edge.target + ': ' + edge.weight
        + (edge.weight === 1 ? ' meeting' : ' meetings') + (edge.first ? ', ' + edge.first + ' to ' + edge.last : '')));
      edges.append(line);
    });
    network.append(edges);
    const labelled = new Set(graph.nodes.slice().sort((p, q) => q.degree - p.degree).slice(0, 40).map((node) => node.id));
    const nodes = svg('g', { class: 'nodes' });
    graph.nodes.forEach((node) => {
      const p = where.get(node.id);
      const group = svg('g', { class: 'node', tabindex: 0, role: 'button', 'data-id': node.id,
        'aria-label': node.label + ': met ' + node.degree + ', in ' + node.contacts + ' meetings' });
      const circle = svg('circle', { cx: p.x, cy: p.y, r: 5 + 3 * Math.sqrt(node.degree),
        class: 'node-' + (graph.level === 'country' ? 'country' : 'official') });
      circle.append(svg('title', null, node.label + (node.country && graph.level !== 'country' ? ' (' + countryName(node.country) + ')' : '')
        + ' \u2014 met ' + node.degree + ', ' + node.contacts + (node.contacts === 1 ? ' meeting' : ' meetings')
        + ', betweenness ' + node.betweenness.toFixed(3)));
      group.append(circle);
      if (labelled.has(node.id)) {
        group.append(svg('text', { x: p.x + 8 + 3 * Math.sqrt(node.degree), y: p.y + 4 }, node.label));
      }
      const choose = () => filterByNode(node, graph.level, filter);
      group.addEventListener('click', choose);
      group.addEventListener('keydown', (event) => {
        if (event.key === 'Enter' || event.key === ' ') {
          event.preventDefault();
          choose();
        }
      });
      nodes.append(group);
    });
    network.append(nodes);
    $('network-summary').textContent = graph.nodes.length === 0 ? 'No meetings with named participants match these filters.'
      : graph.nodes.length + (graph.level === 'country' ? ' countries' : ' officials') + ', '
        + graph.edges.length + ' links, from ' + graph.contacts + (graph.contacts === 1 ? ' meeting' : ' meetings') + '.';
  }

  /** A click on a node lists that official's (or country's) contacts for the same filters. */
  function filterByNode(node, level, filter) {
    const next = Object.assign({}, filter);
    if (level === 'country') {
      next.country = [node.id];
    }
    else {
      next.official = node.id;
      shown.officialName = node.label;
    }
    shown.view = 'timeline';
    fillForm(next);
    writeUrl(next);
    show(next);
  }

  shownFromUrl();
  const initial = filterFromUrl();
  fillForm(initial);
  loadCountries()
    .catch(() => {
      // Without the list the timeline still works with codes: offer the ones the link asks for.
      inputs.country.replaceChildren(...initial.country.map((code) => element('option', null, code.toUpperCase())));
    })
    .then(() => {
      fillForm(initial);
      return show(initial);
    });
}());
