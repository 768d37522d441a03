// Grid clustering of map points in screen space: points whose pixels fall in the same cell become
// one cluster. Pure: the map passes projected pixel positions in.

/**
 * points: [{x, y, ...}] in pixels at the current zoom; cellSize in pixels.
 * Returns [{x, y, members: [point...]}] with x, y the members' mean position.
 */
export function gridCluster(points, cellSize) {
  const cells = new Map();
  for (const p of points) {
    const key = `${Math.floor(p.x / cellSize)}:${Math.floor(p.y / cellSize)}`;
    let cell = cells.get(key);
    if (!cell) { cell = { sx: 0, sy: 0, members: [] }; cells.set(key, cell); }
    cell.sx += p.x; cell.sy += p.y;
    cell.members.push(p);
  }
  return [...cells.values()].map((c) => ({ x: c.sx / c.members.length, y: c.sy / c.members.length, members: c.members }));
}

/** The most frequent value of key among members. */
export function dominant(members, key) {
  const counts = new Map();
  let best = null, bestCount = 0;
  for (const m of members) {
    const n = (counts.get(m[key]) ?? 0) + 1;
    counts.set(m[key], n);
    if (n > bestCount) { best = m[key]; bestCount = n; }
  }
  return best;
}

/** Marker radius in pixels for an event with this many fatalities (area grows with the count). */
export const eventRadius = (fatalities) => 5 + Math.min(14, Math.sqrt(Math.max(0, fatalities)) * 2);
/** Cluster size in pixels for this many events. */
export const clusterSize = (count) => Math.round(22 + Math.min(26, Math.log2(count) * 4));
