// The network view: who met whom, laid out by d3-force and fitted to its frame at any width. Zoom and pan with the
// wheel, a pinch or a drag of the background (or + - 0), drag a node to move it (or Shift+arrows); hovering or
// focusing a node lights up its neighbours, arrow keys move to the neighbour in that direction, Enter lists the
// node's contacts. Nodes are coloured by country; sizes and labels stay readable whatever the zoom.
import { Problem, getJson, toParams } from './api.js';
import { $, element, perFrame, plural } from './dom.js';
import { placeLabels } from './labels.js';
import { fitted, layout, toward } from './network-layout.js';
import { colourOf, describe, edgeTitle, legend, nodeTitle } from './network-text.js';

const D3_MODULES = ['d3-dispatch', 'd3-timer', 'd3-quadtree', 'd3-force', 'd3-selection', 'd3-drag', 'd3-color',
  'd3-interpolate', 'd3-ease', 'd3-transition', 'd3-zoom'];
const network = $('network');
const net = { d3: null, nodes: [], links: [], width: 0, height: 0, transform: null, zoom: null, level: 'official' };
let d3Loading = null;
let choose = () => {};

/** d3's modules, loaded the first time the network is shown: the timeline does not wait for them. */
function loadD3() {
  d3Loading = d3Loading || Promise.all(D3_MODULES.map((name) => new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = '/vendor/d3/' + name + '.min.js';
    script.async = false; // run in this order: each after the modules it needs
    script.onload = resolve;
    script.onerror = () => reject(new Problem('The network could not be drawn', 'Its drawing library did not load.'));
    document.head.append(script);
  }))).then(() => window.d3);
  return d3Loading;
}

/** chooseNode(node, level) is told of a node chosen by a click, a tap or Enter. */
export function initNetwork(chooseNode) {
  choose = chooseNode;
  $('network-zoom-in').addEventListener('click', () => zoomBy(1.5));
  $('network-zoom-out').addEventListener('click', () => zoomBy(1 / 1.5));
  $('network-fit').addEventListener('click', fit);
  const search = $('network-search');
  search.addEventListener('input', () => markMatches(search.value));
  search.addEventListener('keydown', (event) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      const found = matches(search.value);
      if (found.length) {
        focusNode(found[0], true);
      }
    }
  });
  new ResizeObserver(perFrame(() => {
    if (net.d3 && !$('network-view').hidden && $('network-frame').clientWidth - 2 !== net.width) {
      size();
      fit();
    }
  })).observe($('network-frame'));
}

export async function loadNetwork(filter, shown, ctx) {
  network.dataset.state = 'loading';
  $('network-summary').textContent = 'Loading\u2026';
  const params = toParams(filter);
  params.set('level', shown.level);
  ['graphml', 'gexf'].forEach((format) => { $('network-' + format).href = '/api/v1/network?' + params + '&format=' + format; });
  try {
    const [graph] = await Promise.all([getJson('/api/v1/network?' + params), loadD3()]);
    if (!ctx.current()) {
      return;
    }
    drawGraph(graph);
    $('network-summary').textContent = graph.nodes.length === 0
      ? 'No meetings with named participants match these filters.'
      : plural(graph.nodes.length, graph.level === 'country' ? 'country' : 'official',
        graph.level === 'country' ? 'countries' : 'officials')
        + (graph.omitted ? ' (the most connected; ' + graph.omitted.toLocaleString('en') + ' more left out)' : '')
        + ', ' + plural(graph.edges.length, 'link', 'links')
        + ', from ' + ctx.summary(graph.contacts) + '.';
    network.dataset.state = 'ready';
  }
  catch (ex) {
    if (!ctx.current()) {
      return;
    }
    ctx.problem(ex);
    network.replaceChildren();
    $('network-summary').textContent = '';
    network.dataset.state = 'error';
  }
}

function size() {
  net.width = Math.max(280, $('network-frame').clientWidth - 2);
  net.height = Math.max(200, $('network-frame').clientHeight - 2);
  network.setAttribute('viewBox', '0 0 ' + net.width + ' ' + net.height);
  network.setAttribute('width', net.width);
  network.setAttribute('height', net.height);
  net.d3.select(network).select('.backdrop').attr('width', net.width).attr('height', net.height);
}

/** Lays out and draws a graph of /network (exported for the test that times a large one). */
export function drawGraph(graph) {
  const d3 = net.d3 = window.d3;
  net.level = graph.level;
  net.nodes = graph.nodes.map((node) => Object.assign({}, node, { r: Math.min(22, 5 + 2.5 * Math.sqrt(node.degree)) }));
  net.links = graph.edges.map((edge) => Object.assign({}, edge));
  net.byId = new Map(net.nodes.map((node) => [node.id, node]));
  net.neighbours = new Map(net.nodes.map((node) => [node.id, new Set()]));
  net.links.forEach((link) => {
    net.neighbours.get(link.source).add(link.target);
    net.neighbours.get(link.target).add(link.source);
  });
  const root = d3.select(network);
  root.selectAll('*').remove();
  root.append('rect').attr('class', 'backdrop');
  size();
  layout(d3, net);

  const heaviest = Math.max(1, ...net.links.map((link) => link.weight));
  net.edgeSel = root.append('g').attr('class', 'edges').attr('aria-hidden', 'true')
    .selectAll('line').data(net.links).join('line')
    .attr('stroke-width', (link) => 1 + 3 * link.weight / heaviest)
    .attr('data-source', (link) => link.source.id)
    .attr('data-target', (link) => link.target.id)
    .attr('data-weight', (link) => link.weight);
  net.edgeSel.append('title').text(edgeTitle);

  const first = net.nodes.reduce((best, node) => (!best || node.degree > best.degree ? node : best), null);
  net.nodeSel = root.append('g').attr('class', 'nodes')
    .selectAll('g').data(net.nodes).join('g')
    .attr('class', 'node')
    .attr('role', 'button')
    .attr('tabindex', (node) => (node === first ? 0 : -1))
    .attr('data-id', (node) => node.id)
    .attr('aria-label', (node) => describe(net, node));
  net.nodeSel.append('circle').attr('class', 'hit').attr('r', (node) => Math.max(node.r, 14));
  net.nodeSel.append('circle').attr('class', 'dot').attr('r', (node) => node.r).attr('fill', (node) => colourOf(net, node));
  net.nodeSel.append('text').text((node) => node.label);
  net.nodeSel.append('title').text((node) => nodeTitle(net, node));
  interact(d3, root);
  legend(net);
  $('network-names').replaceChildren(...net.nodes.map((node) => {
    const option = element('option');
    option.value = node.label;
    return option;
  }));
  fit();
}


function interact(d3, root) {
  const place = perFrame(position);
  const relabel = () => placeLabels(net);
  net.zoom = d3.zoom().scaleExtent([0.05, 20])
    .on('zoom', (event) => {
      net.transform = event.transform;
      place();
    })
    .on('end', relabel);
  root.call(net.zoom);
  const drag = d3.drag()
    .subject((event, node) => ({ x: net.transform.applyX(node.x), y: net.transform.applyY(node.y) }))
    .on('start', (event, node) => highlight(node))
    .on('drag', (event, node) => {
      node.x = net.transform.invertX(event.x);
      node.y = net.transform.invertY(event.y);
      place();
    })
    .on('end', relabel);
  net.nodeSel.call(drag)
    .on('click', (event, node) => choose(node, net.level))
    .on('pointerenter', (event, node) => highlight(node))
    .on('pointerleave', () => highlight(focusedNode()))
    .on('focus', (event, node) => {
      highlight(node);
      keepInView(node);
    })
    .on('blur', () => highlight(null))
    .on('keydown', keys);
}

const DIRECTIONS = { ArrowRight: 0, ArrowDown: 90, ArrowLeft: 180, ArrowUp: 270 };
function keys(event, node) {
  if (event.key in DIRECTIONS) {
    event.preventDefault();
    const angle = DIRECTIONS[event.key] * Math.PI / 180;
    if (event.shiftKey) { // moves the node, as a drag would
      node.x += Math.cos(angle) * 12 / net.transform.k;
      node.y += Math.sin(angle) * 12 / net.transform.k;
      position();
      placeLabels(net);
      return;
    }
    const next = toward(net, node, angle);
    if (next) {
      focusNode(next, false);
    }
  }
  else if (event.key === 'Enter' || event.key === ' ') {
    event.preventDefault();
    choose(node, net.level);
  }
  else if (event.key === '+' || event.key === '=' || event.key === '-' || event.key === '0') {
    event.preventDefault();
    if (event.key === '0') {
      fit();
    }
    else {
      zoomBy(event.key === '-' ? 1 / 1.5 : 1.5, node);
    }
  }
}


function focusNode(node, centre) {
  net.nodeSel.attr('tabindex', (other) => (other === node ? 0 : -1));
  if (centre) {
    net.d3.select(network).call(net.zoom.translateTo, node.x, node.y);
  }
  network.querySelector('.node[data-id="' + CSS.escape(node.id) + '"]').focus({ preventScroll: true });
}

function focusedNode() {
  const focused = document.activeElement;
  return focused && focused.classList && focused.classList.contains('node') ? net.byId.get(focused.dataset.id) : null;
}

function keepInView(node) {
  const x = net.transform.applyX(node.x);
  const y = net.transform.applyY(node.y);
  if (x < 30 || y < 30 || x > net.width - 30 || y > net.height - 30) {
    net.d3.select(network).call(net.zoom.translateTo, node.x, node.y);
  }
}

function highlight(node) {
  network.classList.toggle('focusing', Boolean(node));
  const near = node ? net.neighbours.get(node.id) : new Set();
  net.nodeSel.classed('near', (other) => Boolean(node) && (other === node || near.has(other.id)))
    .classed('current', (other) => other === node);
  net.edgeSel.classed('near', (link) => Boolean(node) && (link.source === node || link.target === node));
}

function position() {
  const t = net.transform;
  net.nodeSel.attr('transform', (node) => 'translate(' + t.applyX(node.x) + ',' + t.applyY(node.y) + ')');
  net.edgeSel.attr('x1', (link) => t.applyX(link.source.x)).attr('y1', (link) => t.applyY(link.source.y))
    .attr('x2', (link) => t.applyX(link.target.x)).attr('y2', (link) => t.applyY(link.target.y));
}

/** Fits the whole network into the frame. */
function fit() {
  if (net.nodes.length) {
    net.d3.select(network).call(net.zoom.transform, fitted(net)); // its end places the labels
    position();
  }
}

function zoomBy(factor, around) {
  if (!net.zoom) {
    return;
  }
  const point = around ? [net.transform.applyX(around.x), net.transform.applyY(around.y)] : [net.width / 2, net.height / 2];
  net.d3.select(network).call(net.zoom.scaleBy, factor, point);
  placeLabels(net);
}

function matches(text) {
  const wanted = text.trim().toLowerCase();
  if (!wanted) {
    return [];
  }
  const found = net.nodes.filter((node) => node.label.toLowerCase().includes(wanted));
  return found.sort((a, b) => (b.label.toLowerCase() === wanted) - (a.label.toLowerCase() === wanted) || b.degree - a.degree);
}

function markMatches(text) {
  const found = new Set(matches(text));
  net.nodeSel.classed('match', (node) => found.has(node));
  network.classList.toggle('searching', found.size > 0);
  $('network-found').textContent = text.trim() ? plural(found.size, 'match', 'matches') : '';
}
