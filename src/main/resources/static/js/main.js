// The page: reads what to show from the address, shows it, and makes every change of filter or view a history
// entry. Text from the API only ever goes into the page through textContent.
import { NO_FILTER, Problem } from './api.js';
import { loadCatalogue } from './catalogue.js';
import { loadChart, initChart } from './chart.js';
import { $, element } from './dom.js';
import { initImageDownloads, linkTimelineDownloads } from './downloads.js';
import { described, fill, initFilters, knowOfficial, readForm, rememberOfficial, setCollapsed, summaryLine } from './filters.js';
import { initNetwork, loadNetwork } from './network.js';
import { initOverview, loadOverview } from './overview.js';
import { VIEWS, address, read } from './state.js';
import { loadTimeline, openEntry } from './timeline.js';

const catalogue = loadCatalogue();
let generation = 0;
let current = read(window.location.search);

/** Shows a filter and view as a new history entry; focus: move the focus to the results once they are drawn. */
function go(filter, shown, options) {
  const { focus = true, open = '' } = options || {};
  const url = address(filter, shown) + (open ? '#' + encodeURIComponent(open) : '');
  if (url !== window.location.pathname + window.location.search + window.location.hash) {
    window.history.pushState(null, '', url);
  }
  return render(focus);
}

function render(focus) {
  current = read(window.location.search);
  const { filter, shown } = current;
  const ticket = ++generation;
  const ctx = {
    current: () => ticket === generation,
    ready: catalogue,
    opened: decodeURIComponent(window.location.hash.slice(1)),
    problem: showProblem,
    summary: (count) => summaryLine(count, filter),
    links: entryLinks(filter),
    onToggle: rememberOpen,
    loadedMore: (count) => { $('summary').textContent = summaryLine(count, filter); }
  };
  hideProblem();
  fill(filter);
  VIEWS.forEach((view) => { $(view + '-view').hidden = view !== shown.view; });
  document.querySelectorAll('.view-tab').forEach((tab) => {
    const view = tab.dataset.view;
    tab.href = address(filter, Object.assign({}, shown, { view }));
    if (view === shown.view) {
      tab.setAttribute('aria-current', 'page');
    }
    else {
      tab.removeAttribute('aria-current');
    }
  });
  $('chart-group').value = shown.group;
  $('chart-by').value = shown.by;
  $('network-level').value = shown.level;
  const shownWhenReady = catalogue.then(() => knowOfficial(filter.official)).then(() => {
    if (!ctx.current()) {
      return false;
    }
    fill(filter);
    return true;
  });
  const loaded = shown.view === 'chart' ? shownWhenReady.then((ok) => ok && loadChart(filter, shown, ctx))
    : shown.view === 'network' ? shownWhenReady.then((ok) => ok && loadNetwork(filter, shown, ctx))
      : showTimeline(filter, ctx, shownWhenReady);
  return loaded.then(() => {
    if (!ctx.current()) {
      return;
    }
    const opened = window.location.hash.length > 1 && openEntry(decodeURIComponent(window.location.hash.slice(1)), focus);
    if (focus && !opened) {
      $(shown.view === 'timeline' ? 'summary' : shown.view + '-summary').focus();
    }
  });
}

async function showTimeline(filter, ctx, ready) {
  $('summary').textContent = 'Loading\u2026';
  $('empty').hidden = true;
  linkTimelineDownloads(filter);
  loadOverview(filter, ctx.current);
  const [count] = await Promise.all([loadTimeline(filter, ctx), ready]);
  if (!ctx.current()) {
    return;
  }
  if (count < 0) {
    $('summary').textContent = '';
    return;
  }
  $('summary').textContent = count === 0 ? 'No contacts match these filters.' : summaryLine(count, filter)
    + ($('more').hidden ? '' : ' so far');
  showEmpty(count === 0 ? filter : null);
}

/** Without a result, the ways out: every filter dropped one at a time, or all at once. */
function showEmpty(filter) {
  const box = $('empty');
  box.hidden = !filter;
  if (!filter) {
    return;
  }
  const ways = described(filter);
  const button = (text, next) => {
    const b = element('button', 'secondary', text);
    b.type = 'button';
    b.addEventListener('click', () => go(next, current.shown));
    return b;
  };
  const WITHOUT = { dates: 'Any date', countries: 'Any country', official: 'Any official', status: 'Any status',
    text: 'Without the text' };
  box.replaceChildren(element('p', null, ways.length ? 'Widen the search:' : 'There are no contacts yet.'),
    ...ways.map((way) => button(WITHOUT[way.name], way.without)),
    ...(ways.length > 1 ? [button('Clear every filter', NO_FILTER)] : []));
}

/** The links in an entry: a name filters by that official, a country by that country, a contact opens it. */
function entryLinks(filter) {
  const timelineOf = (next) => ({ next, shown: Object.assign({}, current.shown, { view: 'timeline' }) });
  const link = (text, target, before) => {
    const a = element('a', null, text);
    a.href = address(target.next, target.shown);
    a.addEventListener('click', (event) => {
      if (!event.ctrlKey && !event.metaKey && !event.shiftKey && event.button === 0) {
        event.preventDefault();
        before();
        go(target.next, target.shown);
      }
    });
    return a;
  };
  return {
    official: (text, slug) => link(text, timelineOf(Object.assign({}, filter, { official: slug })),
      () => rememberOfficial(slug, text)),
    country: (text, code) => link(text, timelineOf(Object.assign({}, filter,
      { country: filter.country.includes(code) ? filter.country : filter.country.concat(code) })), () => {}),
    contact: (text, slug) => {
      const a = element('a', 'contact-link', text);
      a.href = address(NO_FILTER, { view: 'timeline' }) + '#' + encodeURIComponent(slug);
      a.addEventListener('click', (event) => {
        if (event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) {
          return;
        }
        event.preventDefault();
        if (!openEntry(slug, true)) { // not among these contacts: every contact, with it opened
          go(NO_FILTER, Object.assign({}, current.shown, { view: 'timeline' }), { open: slug });
        }
      });
      return a;
    }
  };
}

/** An opened entry is named in the address's fragment, so that a shared link opens it again. */
function rememberOpen(slug, open) {
  const hash = '#' + encodeURIComponent(slug);
  const here = window.location.pathname + window.location.search;
  if (open) {
    window.history.replaceState(null, '', here + hash);
  }
  else if (window.location.hash === hash) {
    window.history.replaceState(null, '', here);
  }
}

/** Shows a view's failure: the problem the API answered, or what else went wrong. */
function showProblem(failure) {
  const p = failure instanceof Problem ? failure : new Problem('Something went wrong', String(failure));
  const problem = $('problem');
  problem.replaceChildren(element('strong', 'problem-title', p.title));
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
  $('problem').hidden = true;
  $('problem').replaceChildren();
}

// ---- what the reader does ----

$('filters').addEventListener('submit', (event) => {
  event.preventDefault();
  if (window.matchMedia('(max-width: 47.99rem)').matches) {
    setCollapsed(true);
  }
  go(readForm(), current.shown);
});

$('reset').addEventListener('click', () => {
  fill(NO_FILTER);
  go(NO_FILTER, current.shown);
});

document.querySelectorAll('.view-tab').forEach((tab) => tab.addEventListener('click', (event) => {
  if (!event.ctrlKey && !event.metaKey && !event.shiftKey) {
    event.preventDefault();
    go(current.filter, Object.assign({}, current.shown, { view: tab.dataset.view }), { focus: false });
  }
}));

[['chart-group', 'group'], ['chart-by', 'by'], ['network-level', 'level']].forEach(([id, name]) => {
  $(id).addEventListener('change', () => go(current.filter, Object.assign({}, current.shown, { [name]: $(id).value }),
    { focus: false }));
});

initFilters();
initOverview((range) => go(Object.assign({}, current.filter, range), current.shown, { focus: false }));
initChart((period) => go(Object.assign({}, current.filter, period), Object.assign({}, current.shown, { view: 'timeline' })));
initNetwork((node, level) => {
  const next = Object.assign({}, current.filter);
  if (level === 'country') {
    next.country = [node.id];
  }
  else {
    next.official = node.id;
    rememberOfficial(node.id, node.label);
  }
  go(next, Object.assign({}, current.shown, { view: 'timeline' }));
});
initImageDownloads();
window.addEventListener('popstate', () => render(false));
render(false);
