// What the network says in words and colours: each node's name and tooltip, each link's, and the legend of the
// countries' colours.
import { OTHER_COLOUR, countryColour, countryName } from './catalogue.js';
import { $, element, formatDay, plural } from './dom.js';

function countryOf(net, node) {
  return net.level === 'country' ? node.id : node.country;
}

export function colourOf(net, node) {
  return countryOf(net, node) ? countryColour(countryOf(net, node)) : OTHER_COLOUR;
}

function names(net, ids) {
  const list = Array.from(ids, (id) => net.byId.get(id).label);
  return list.length > 6 ? list.slice(0, 5).join(', ') + ' and ' + (list.length - 5) + ' more' : list.join(', ');
}

/** A node's accessible name: who, how many meetings, whom they met. */
export function describe(net, node) {
  const met = net.neighbours.get(node.id);
  return node.label + (net.level !== 'country' && node.country ? ' (' + countryName(node.country) + ')' : '') + ': '
    + plural(node.contacts, 'meeting', 'meetings') + (met.size ? '; met ' + names(net, met) : '; met no other named participant');
}

export function nodeTitle(net, node) {
  return node.label + (net.level !== 'country' && node.country ? ' (' + countryName(node.country) + ')' : '')
    + ' \u2014 met ' + node.degree + ', ' + plural(node.contacts, 'meeting', 'meetings')
    + ', betweenness ' + node.betweenness.toFixed(3);
}

export function edgeTitle(link) {
  const when = link.first ? (link.first === link.last ? ', ' + formatDay(link.first)
    : ', ' + formatDay(link.first) + ' to ' + formatDay(link.last)) : '';
  return link.source.label + ' \u2013 ' + link.target.label + ': ' + plural(link.weight, 'meeting', 'meetings') + when;
}

/** The legend of the colours: each country with its own, then the others. */
export function legend(net) {
  const counted = new Map();
  net.nodes.forEach((node) => {
    const code = countryOf(net, node) || '';
    counted.set(code, (counted.get(code) || 0) + 1);
  });
  let others = 0;
  const items = [];
  Array.from(counted).sort((a, b) => b[1] - a[1]).forEach(([code, count]) => {
    const colour = code ? countryColour(code) : OTHER_COLOUR;
    if (colour === OTHER_COLOUR) {
      others += count;
      return;
    }
    items.push(legendItem(colour, countryName(code) + ' (' + count + ')'));
  });
  if (others) {
    items.push(legendItem(OTHER_COLOUR, 'Other countries (' + others + ')'));
  }
  $('network-legend').replaceChildren(...items);
}

function legendItem(colour, text) {
  const item = element('li');
  const swatch = element('span', 'swatch swatch-round');
  swatch.style.background = colour;
  item.append(swatch, document.createTextNode(text));
  return item;
}
