// Moves overlapping map markers apart so each one can be seen, hovered and clicked, while
// keeping every marker as close as it can to its true place (a leader line shows the
// offset). Pure function, no DOM.

const ITERATIONS = 40;
const SPACING = 1.0;  // centres at least SPACING × (r1 + r2) apart when the layout converges

// points: [{x, y, r}] in one coordinate space. Returns [{x, y}] in the same order.
// Deterministic: identical input gives identical output (ties broken by index).
export function spreadMarkers(points) {
  const pos = points.map((p) => ({x: p.x, y: p.y}));
  const n = points.length;
  for (let iter = 0; iter < ITERATIONS; iter++) {
    // A weak pull back to the true place keeps the cloud compact (before the push, so the
    // last pass leaves no overlap behind).
    for (let i = 0; i < n; i++) {
      pos[i].x += (points[i].x - pos[i].x) * 0.02;
      pos[i].y += (points[i].y - pos[i].y) * 0.02;
    }
    let moved = false;
    for (let i = 0; i < n; i++) {
      for (let j = i + 1; j < n; j++) {
        const want = SPACING * (points[i].r + points[j].r);
        let dx = pos[j].x - pos[i].x;
        let dy = pos[j].y - pos[i].y;
        if (Math.abs(dx) >= want || Math.abs(dy) >= want) continue;
        let d = Math.hypot(dx, dy);
        if (d >= want) continue;
        if (d < 1e-6) {  // same place: split along a direction fixed by the pair's indices
          const angle = (i * 7 + j * 13) % 360 * Math.PI / 180;
          dx = Math.cos(angle);
          dy = Math.sin(angle);
          d = 1;
        } else {
          dx /= d;
          dy /= d;
        }
        const push = (want - Math.max(d, 1e-6)) / 2;
        pos[i].x -= dx * push;
        pos[i].y -= dy * push;
        pos[j].x += dx * push;
        pos[j].y += dy * push;
        moved = true;
      }
    }
    if (!moved) break;
  }
  return pos;
}
