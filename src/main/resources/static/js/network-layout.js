// Where the network's nodes are: laid out by d3-force, the view that fits them all into the frame, and the node
// that lies in a direction from another (for the arrow keys).

/** A fixed number of steps of the simulation, from d3's fixed start: the same picture on every load. */
export function layout(d3, net) {
  const n = net.nodes.length;
  const wide = net.width / net.height;
  const simulation = d3.forceSimulation(net.nodes)
    .force('link', d3.forceLink(net.links).id((node) => node.id).distance(n > 300 ? 30 : 70))
    .force('charge', d3.forceManyBody().strength(n > 300 ? -40 : -240).distanceMax(600))
    .force('collide', d3.forceCollide((node) => node.r + 3))
    // a stronger pull to the middle across than along, so that the picture takes the frame's shape
    .force('x', d3.forceX(0).strength(0.06 / wide))
    .force('y', d3.forceY(0).strength(0.06 * wide))
    .stop();
  // fewer steps for a large network: it settles sooner per step, and the page must not pause
  const ticks = n > 800 ? 100 : n > 300 ? 160 : 300;
  for (let i = 0; i < ticks; i++) {
    simulation.tick();
  }
}

/** The zoom that fits every node into the frame, leaving room at the sides for labels; never more than twice. */
export function fitted(net) {
  const xs = net.nodes.map((node) => node.x);
  const ys = net.nodes.map((node) => node.y);
  const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const marginX = Math.min(110, net.width * 0.18);
  const marginY = 34;
  const k = Math.min(2, (net.width - 2 * marginX) / Math.max(1, x1 - x0), (net.height - 2 * marginY) / Math.max(1, y1 - y0));
  return net.d3.zoomIdentity.translate(net.width / 2 - k * (x0 + x1) / 2, net.height / 2 - k * (y0 + y1) / 2).scale(k);
}

/** The node in a direction: a neighbour when one lies that way, else the nearest node that way. */
export function toward(net, node, angle) {
  const pick = (candidates) => {
    let best = null;
    let bestScore = Infinity;
    candidates.forEach((other) => {
      const dx = other.x - node.x;
      const dy = other.y - node.y;
      const distance = Math.hypot(dx, dy);
      const off = Math.abs(Math.atan2(Math.sin(Math.atan2(dy, dx) - angle), Math.cos(Math.atan2(dy, dx) - angle)));
      if (other !== node && distance > 0 && off < Math.PI / 3) {
        const score = distance * (1 + 2 * off);
        if (score < bestScore) {
          best = other;
          bestScore = score;
        }
      }
    });
    return best;
  };
  return pick(Array.from(net.neighbours.get(node.id), (id) => net.byId.get(id))) || pick(net.nodes);
}
