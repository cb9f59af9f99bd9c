// Labels of the network that do not collide: the best-connected nodes are labelled first, each on the first side
// of its node (right, left, above, below) where the label covers no other label, node or link and stays in the
// frame; a node with no such place is labelled only while it or a neighbour is hovered or focused.

const HEIGHT = 14;
const CELL = 48;
// beyond these, labels are placed only for the best-connected nodes, and links are not checked: it stays quick
const MOST_LABELS = 300;
const MOST_LINKS = 3000;

class Grid {
  constructor() {
    this.cells = new Map();
  }

  keys(box, visit) {
    for (let gx = Math.floor(box[0] / CELL); gx <= Math.floor(box[2] / CELL); gx++) {
      for (let gy = Math.floor(box[1] / CELL); gy <= Math.floor(box[3] / CELL); gy++) {
        if (visit(gx + ',' + gy)) {
          return true;
        }
      }
    }
    return false;
  }

  add(box, owner) {
    this.keys(box, (key) => {
      if (!this.cells.has(key)) {
        this.cells.set(key, []);
      }
      this.cells.get(key).push({ box, owner });
      return false;
    });
  }

  hits(box, owner) {
    return this.keys(box, (key) => (this.cells.get(key) || []).some((other) => other.owner !== owner
      && other.box[0] < box[2] && box[0] < other.box[2] && other.box[1] < box[3] && box[1] < other.box[3]));
  }
}

/** Whether the segment from (x1, y1) to (x2, y2) crosses the box (Liang–Barsky clipping). */
function crosses(x1, y1, x2, y2, box) {
  if (Math.max(x1, x2) < box[0] || Math.min(x1, x2) > box[2] || Math.max(y1, y2) < box[1] || Math.min(y1, y2) > box[3]) {
    return false;
  }
  let t0 = 0;
  let t1 = 1;
  const dx = x2 - x1;
  const dy = y2 - y1;
  const edges = [[-dx, x1 - box[0]], [dx, box[2] - x1], [-dy, y1 - box[1]], [dy, box[3] - y1]];
  for (const [p, q] of edges) {
    if (p === 0) {
      if (q < 0) {
        return false;
      }
    }
    else {
      const t = q / p;
      if (p < 0) {
        t0 = Math.max(t0, t);
      }
      else {
        t1 = Math.min(t1, t);
      }
      if (t0 > t1) {
        return false;
      }
    }
  }
  return true;
}

export function placeLabels(net) {
  const t = net.transform;
  if (!t) {
    return;
  }
  const grid = new Grid();
  const at = new Map(net.nodes.map((node) => [node, [t.applyX(node.x), t.applyY(node.y)]]));
  net.nodes.forEach((node) => {
    const [x, y] = at.get(node);
    grid.add([x - node.r, y - node.r, x + node.r, y + node.r], node);
  });
  const links = net.links.length <= MOST_LINKS ? net.links.map((link) => [at.get(link.source), at.get(link.target)]) : [];
  const order = net.nodes.slice().sort((a, b) => b.degree - a.degree || b.contacts - a.contacts);
  const placed = new Map();
  order.slice(0, MOST_LABELS).forEach((node) => {
    const [x, y] = at.get(node);
    if (x < 0 || y < 0 || x > net.width || y > net.height) {
      return;
    }
    const w = node.label.length * 6.9 + 2;
    const gap = node.r + 4;
    const spots = [[x + gap, y - HEIGHT / 2], [x - gap - w, y - HEIGHT / 2], [x - w / 2, y - gap - HEIGHT],
      [x - w / 2, y + gap]];
    const spot = spots.map(([left, top]) => [left, top, left + w, top + HEIGHT]).find((box) => box[0] >= 2 && box[1] >= 2
      && box[2] <= net.width - 2 && box[3] <= net.height - 2 && !grid.hits(box, node)
      && !links.some(([a, b]) => crosses(a[0], a[1], b[0], b[1], box)));
    if (spot) {
      grid.add(spot, null);
      placed.set(node, [spot[0] - x, spot[1] - y + HEIGHT - 3]);
    }
  });
  net.nodeSel.select('text')
    .attr('x', (node) => (placed.has(node) ? placed.get(node)[0] : node.r + 4))
    .attr('y', (node) => (placed.has(node) ? placed.get(node)[1] : 4))
    .classed('unplaced', (node) => !placed.has(node));
}
