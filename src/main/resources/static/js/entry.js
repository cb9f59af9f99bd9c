// One contact of the timeline as a <details>: its head (date, badges, title, place) and, opened, its participants,
// place, status and every source with its quote. Names, countries, the delegation and contacts named in the notes
// are links: `links` makes them (filtering by an official or a country, or opening a contact).
import { countryName } from './catalogue.js';
import { MONTHS, element, formatDay, parts } from './dom.js';

const TYPE_LABELS = { meeting: 'Meeting', delegation: 'Delegation visit' };
const PRECISION_NOTES = {
  month: 'only the month is reported',
  year: 'only the year is reported',
  unknown: 'no date is reported'
};
// a slug written in a note, e.g. "(see kim-jong-un-vladimir-putin-summit-in-moscow)": four words or more
const SLUG_IN_TEXT = /\b[a-z0-9]+(?:-[a-z0-9]+){3,}\b/g;

/** The date as precisely as it is known: "4–6 March 2019", "March 1949", "1949", or "Date unknown". */
export function formatWhen(entry) {
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

function label(status) {
  return status ? status.charAt(0).toUpperCase() + status.slice(1) : '';
}

export function entryElement(entry, dated, links, onToggle, open) {
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
  details.append(head, body(entry, links));
  details.open = Boolean(open);
  details.addEventListener('toggle', () => onToggle(entry.slug, details.open));
  item.append(details);
  return item;
}

function placeLine(entry) {
  const location = entry.location || {};
  const place = [location.city, location.country && countryName(location.country)].filter(Boolean).join(', ');
  const sides = (entry.countries || []).map(countryName).join(' \u2013 ');
  return [place, sides].filter(Boolean).join(' \u00b7 ');
}

/** Text in which every slug-like word is a link that opens that contact. */
function withContactLinks(text, links) {
  const out = document.createDocumentFragment();
  let at = 0;
  for (const match of text.matchAll(SLUG_IN_TEXT)) {
    out.append(document.createTextNode(text.slice(at, match.index)), links.contact(match[0], match[0]));
    at = match.index + match[0].length;
  }
  out.append(document.createTextNode(text.slice(at)));
  return out;
}

function joined(nodes, separator) {
  const out = document.createDocumentFragment();
  nodes.forEach((node, i) => out.append(...(i ? [document.createTextNode(separator), node] : [node])));
  return out;
}

function body(entry, links) {
  const box = element('div', 'entry-body');
  if (entry.summary) {
    box.append(element('p', 'entry-summary', entry.summary));
  }

  const facts = element('dl', 'facts');
  const fact = (name, value) => {
    if (value && (typeof value === 'string' || value.childNodes.length)) {
      const dd = element('dd');
      dd.append(value);
      facts.append(element('dt', null, name), dd);
    }
  };
  const precision = PRECISION_NOTES[entry.datePrecision];
  fact('Date', formatWhen(entry) + (precision && entry.startDate ? ' (' + precision + ')' : ''));
  fact('Status', label(entry.status));
  const location = entry.location || {};
  fact('Place', [location.city, location.venue, location.country && countryName(location.country)]
    .filter(Boolean).join(', '));
  fact('Countries', joined((entry.countries || []).map((code) => links.country(countryName(code), code)), ', '));
  fact('Kind', entry.kind ? entry.kind.label + ' (CAMEO ' + entry.kind.code + ')' : null);
  fact('Delegation', entry.delegation ? links.contact(entry.delegation.name, entry.delegation.slug) : null);
  fact('Topics', (entry.topics || []).join(', '));
  box.append(facts);

  headedList(box, 'Participants', 'participants', [
    ...(entry.participants || []).map((p) => {
      const li = element('li');
      const name = p.slug ? links.official(p.name, p.slug) : element('span', null, p.name);
      name.classList.add('name');
      li.append(name);
      if (p.role) {
        li.append(element('span', 'role', ' \u2014 ' + p.role));
      }
      if (p.country) {
        li.append(element('span', 'country', ' (' + countryName(p.country) + ')'));
      }
      return li;
    }),
    ...(entry.unnamedParties || []).map((p) => {
      const li = element('li', 'unnamed', p.description);
      if (p.country) {
        li.append(element('span', 'country', ' (' + countryName(p.country) + ')'));
      }
      return li;
    })]);

  headedList(box, 'Reported dates', 'reported-dates', (entry.reportedDates || []).map((r) => {
    const li = element('li');
    li.append(element('span', 'reported-when', formatWhen({ startDate: r.startDate, endDate: r.endDate,
      datePrecision: r.startDate ? 'day' : 'unknown' })));
    if (r.note) {
      li.append(element('span', 'reported-note', ' \u2014 ' + r.note));
    }
    if (r.quote) {
      li.append(quote(r.quote, r.publisher, r.headline, null));
    }
    return li;
  }));

  headedList(box, 'Sources', 'sources', (entry.sources || []).map((s) => {
    const li = element('li', 'source');
    li.append(quote(s.quote, s.publisher, s.headline, s));
    return li;
  }));

  if (entry.notes) {
    const notes = element('p', 'notes');
    notes.append(element('strong', null, 'Notes: '), withContactLinks(entry.notes, links));
    box.append(notes);
  }
  return box;
}

/** Appends a heading and a list of the items to the box, or nothing when there are none. */
function headedList(box, heading, className, items) {
  if (items.length) {
    const list = element('ul', className);
    list.append(...items);
    box.append(element('h3', null, heading), list);
  }
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
