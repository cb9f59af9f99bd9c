// The filter form: dates, countries and an official chosen by typing, status and text. It shows a filter and reads
// one back; the summary names every filter in force by its label.
import { getJson } from './api.js';
import { countries, countryName } from './catalogue.js';
import { $, element, formatDay, plural } from './dom.js';
import { picker } from './picker.js';

const inputs = { from: $('from'), to: $('to'), status: $('status'), q: $('q') };
let chosenCountries = [];
let official = { slug: '', name: '' };
const officialNames = new Map();

export function initFilters() {
  picker($('country-input'), $('country-options'), async (text) => {
    const wanted = text.toLowerCase();
    return countries()
      .filter((c) => !chosenCountries.includes(c.code))
      .filter((c) => !wanted || c.name.toLowerCase().includes(wanted) || c.code.toLowerCase() === wanted)
      .slice(0, 40)
      .map((c) => ({ value: c.code, label: c.name, detail: c.count ? '(' + plural(c.count, 'contact', 'contacts') + ')' : '' }));
  }, (option) => {
    chosenCountries = chosenCountries.concat(option.value);
    showCountries();
  });

  let asking = null;
  picker($('official-input'), $('official-options'), async (text) => {
    if (asking) {
      asking.abort();
    }
    if (text.replace(/[^\p{L}\p{N}]/gu, '').length < 2) {
      return [];
    }
    asking = new AbortController();
    try {
      const page = await getJson('/api/v1/officials?limit=12&q=' + encodeURIComponent(text), asking.signal);
      return page.items.map((o) => {
        officialNames.set(o.slug, o.name);
        return { value: o.slug, label: o.name, detail: o.country ? '(' + countryName(o.country) + ')' : '' };
      });
    }
    catch (ex) {
      return [];
    }
  }, (option) => {
    official = { slug: option.value, name: option.label };
    showOfficial();
  });

  const toggle = $('filters-toggle');
  toggle.addEventListener('click', () => setCollapsed(toggle.getAttribute('aria-expanded') === 'true'));
}

/** On a phone the form is behind a button, so that the first entry is on the first screen. */
export function setCollapsed(collapsed) {
  $('filters-toggle').setAttribute('aria-expanded', String(!collapsed));
  $('filters').toggleAttribute('data-collapsed', collapsed);
}

function chip(text, removeLabel, remove) {
  const li = element('li', 'chip');
  const button = element('button', 'chip-remove', '\u00d7');
  button.type = 'button';
  button.setAttribute('aria-label', removeLabel);
  button.addEventListener('click', () => {
    const input = $(li.parentElement.dataset.input);
    remove();
    input.focus(); // the chip is gone: the focus goes on to its field
  });
  li.append(element('span', null, text), button);
  return li;
}

function showCountries() {
  $('country-chips').replaceChildren(...chosenCountries.map((code) => chip(countryName(code), 'Remove ' + countryName(code),
    () => {
      chosenCountries = chosenCountries.filter((c) => c !== code);
      showCountries();
    })));
}

function showOfficial() {
  $('official-chips').replaceChildren(...(official.slug ? [chip(official.name || official.slug,
    'Remove ' + (official.name || official.slug), () => {
      official = { slug: '', name: '' };
      showOfficial();
    })] : []));
}

/** Shows a filter in the form. */
export function fill(filter) {
  Object.keys(inputs).forEach((name) => { inputs[name].value = filter[name]; });
  chosenCountries = filter.country.slice();
  showCountries();
  official = { slug: filter.official, name: officialNames.get(filter.official) || '' };
  showOfficial();
  const active = filter.country.length + ['from', 'to', 'official', 'status', 'q'].filter((n) => filter[n]).length;
  $('filters-count').textContent = active ? ' (' + active + ' in force)' : '';
}

/** The filter the form shows. */
export function readForm() {
  return {
    from: inputs.from.value,
    to: inputs.to.value,
    country: chosenCountries.slice(),
    official: official.slug,
    status: inputs.status.value,
    q: inputs.q.value.trim()
  };
}

/** The name of the official a filter names, asked of the API when the page does not know it yet. */
export async function knowOfficial(slug) {
  if (!slug || officialNames.has(slug)) {
    return;
  }
  try {
    officialNames.set(slug, (await getJson('/api/v1/officials/' + encodeURIComponent(slug))).name);
  }
  catch (ex) {
    officialNames.set(slug, slug);
  }
  if (official.slug === slug) {
    official.name = officialNames.get(slug);
    showOfficial();
  }
}

export function rememberOfficial(slug, name) {
  officialNames.set(slug, name);
}

/** Each filter in force, by its label: [{name, text, without}] where `without` is the filter less that one. */
export function described(filter) {
  const items = [];
  const less = (change) => Object.assign({}, filter, change);
  if (filter.from || filter.to) {
    items.push({ name: 'dates', text: (filter.from ? 'from ' + formatDay(filter.from) : '')
      + (filter.from && filter.to ? ' ' : '') + (filter.to ? 'to ' + formatDay(filter.to) : ''),
      without: less({ from: '', to: '' }) });
  }
  if (filter.country.length) {
    items.push({ name: 'countries', text: 'with ' + filter.country.map(countryName).join(' and '),
      without: less({ country: [] }) });
  }
  if (filter.official) {
    items.push({ name: 'official', text: 'with ' + (officialNames.get(filter.official) || filter.official),
      without: less({ official: '' }) });
  }
  if (filter.status) {
    items.push({ name: 'status', text: 'status ' + filter.status, without: less({ status: '' }) });
  }
  if (filter.q) {
    items.push({ name: 'text', text: 'matching \u201c' + filter.q + '\u201d', without: less({ q: '' }) });
  }
  return items;
}

/** "12 contacts, from 1 March 2019 to 31 March 2019, with North Korea and Russia, with Im Chon-il". */
export function summaryLine(count, filter, one, many) {
  return [plural(count, one || 'contact', many || 'contacts')].concat(described(filter).map((d) => d.text)).join(', ');
}
