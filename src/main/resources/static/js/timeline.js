// The timeline view: every contact of the filter in date order on a vertical axis, a year heading where the year
// changes, and a mark where years pass without a contact; undated contacts after the dated ones.
import { getJson, toParams } from './api.js';
import { $, element, parts, plural } from './dom.js';
import { entryElement } from './entry.js';

const PAGE_SIZE = 200;
// pages drawn before the reader is asked whether to go on: a long list stays quick to open
const PAGES_AT_ONCE = 5;
// years without a contact from which the list marks the gap
const LONG_GAP = 2;

const timeline = $('timeline');
const undated = $('undated');

/**
 * Loads and draws the contacts of a filter. ctx: current() (false once another load began), ready (drawing waits for
 * it), opened (the slug of a contact drawn open, so that nothing moves when it opens), links (see entry.js),
 * onToggle(slug, open), problem(p), loadedMore(count). Resolves to the number drawn, or -1 when refused.
 */
export async function loadTimeline(filter, ctx) {
  timeline.dataset.state = 'loading';
  timeline.setAttribute('aria-busy', 'true');
  timeline.replaceChildren();
  undated.replaceChildren();
  $('undated-section').hidden = true;
  $('more').hidden = true;
  const drawn = { count: 0, year: null };
  const params = toParams(filter);
  params.set('limit', String(PAGE_SIZE));
  try {
    await loadPages(params, drawn, ctx);
    if (ctx.current()) {
      timeline.dataset.state = 'ready';
    }
    return drawn.count;
  }
  catch (ex) {
    if (!ctx.current()) {
      return -1;
    }
    ctx.problem(ex);
    timeline.dataset.state = 'error';
    return -1;
  }
  finally {
    if (ctx.current()) {
      timeline.removeAttribute('aria-busy');
    }
  }
}

async function loadPages(params, drawn, ctx) {
  for (let page = 0; page < PAGES_AT_ONCE; page++) {
    const answer = await getJson('/api/v1/timeline?' + params);
    await ctx.ready; // the countries' names
    if (!ctx.current()) {
      return;
    }
    answer.items.forEach((entry) => draw(entry, drawn, ctx));
    if (!answer.next) {
      return;
    }
    params.set('cursor', answer.next);
  }
  const more = $('more');
  more.hidden = false;
  more.onclick = async () => {
    more.hidden = true;
    timeline.dataset.state = 'loading';
    await loadPages(params, drawn, ctx);
    if (ctx.current()) {
      timeline.dataset.state = 'ready';
      ctx.loadedMore(drawn.count);
    }
  };
}

function draw(entry, drawn, ctx) {
  drawn.count++;
  const dated = entry.startDate && entry.datePrecision !== 'unknown';
  if (!dated) {
    undated.append(entryElement(entry, false, ctx.links, ctx.onToggle, entry.slug === ctx.opened));
    $('undated-section').hidden = false;
    return;
  }
  const year = parts(entry.startDate).y;
  if (year !== drawn.year) {
    if (drawn.year !== null && year - drawn.year - 1 >= LONG_GAP) {
      timeline.append(gap(drawn.year + 1, year - 1));
    }
    drawn.year = year;
    timeline.append(element('li', 'year', String(year)));
  }
  timeline.append(entryElement(entry, true, ctx.links, ctx.onToggle, entry.slug === ctx.opened));
}

function gap(first, last) {
  const item = element('li', 'gap');
  item.append(element('span', 'gap-text', 'No contact for ' + plural(last - first + 1, 'year', 'years')
    + ' (' + first + '\u2013' + last + ')'));
  return item;
}

/** Opens a drawn contact, brings it into view and, when asked, gives it the focus; false when it is not drawn. */
export function openEntry(slug, focus) {
  const item = document.getElementById('entry-' + slug);
  if (!item) {
    return false;
  }
  const details = item.querySelector('details');
  details.open = true;
  // brought into view once the list is painted: scrolled in the frame that draws the list, whatever lay below it
  // (the footer) counted as shifted away from where the scroll put it (a layout shift of 0.06, 0.16 under load)
  requestAnimationFrame(() => requestAnimationFrame(() => item.scrollIntoView({ block: 'start' })));
  if (focus) {
    details.querySelector('summary').focus({ preventScroll: true });
  }
  return true;
}
