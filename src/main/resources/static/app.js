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
  const form = $('filters');
  const inputs = { from: $('from'), to: $('to'), country: $('country'), status: $('status'), q: $('q') };
  const timeline = $('timeline');
  const undated = $('undated');
  const undatedSection = $('undated-section');
  const summary = $('summary');
  const problem = $('problem');

  const countryNames = new Map();
  let generation = 0;

  // ---- filters <-> query string <-> form ----

  function filterFromUrl() {
    const params = new URLSearchParams(window.location.search);
    return {
      from: params.get('from') || '',
      to: params.get('to') || '',
      country: params.getAll('country').map((c) => c.trim()).filter((c) => c !== ''),
      status: params.get('status') || '',
      q: params.get('q') || ''
    };
  }

  function filterFromForm() {
    return {
      from: inputs.from.value,
      to: inputs.to.value,
      country: Array.from(inputs.country.selectedOptions, (option) => option.value),
      status: inputs.status.value,
      q: inputs.q.value.trim()
    };
  }

  function toParams(filter) {
    const params = new URLSearchParams();
    ['from', 'to'].forEach((name) => { if (filter[name]) params.append(name, filter[name]); });
    filter.country.forEach((code) => params.append('country', code));
    ['status', 'q'].forEach((name) => { if (filter[name]) params.append(name, filter[name]); });
    return params;
  }

  function writeUrl(filter) {
    const query = toParams(filter).toString();
    window.history.replaceState(null, '', window.location.pathname + (query ? '?' + query : ''));
  }

  function fillForm(filter) {
    inputs.from.value = filter.from;
    inputs.to.value = filter.to;
    inputs.status.value = filter.status;
    inputs.q.value = filter.q;
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
    loadTimeline(filter);
  });

  $('reset').addEventListener('click', () => {
    fillForm({ from: '', to: '', country: [], status: '', q: '' });
    form.requestSubmit();
  });

  const initial = filterFromUrl();
  fillForm(initial);
  loadCountries()
    .catch(() => {
      // Without the list the timeline still works with codes: offer the ones the link asks for.
      inputs.country.replaceChildren(...initial.country.map((code) => element('option', null, code.toUpperCase())));
    })
    .then(() => {
      fillForm(initial);
      return loadTimeline(initial);
    });
}());
