// The timeline: events per day as bars; drag across it to set the date range, double-click to clear.
const NS = 'http://www.w3.org/2000/svg';
const DAY = 86_400_000;

const svgEl = (tag, attrs = {}) => {
  const node = document.createElementNS(NS, tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  return node;
};
const dayOf = (ms) => new Date(ms).toISOString().slice(0, 10);
const msOf = (day) => Date.parse(`${day}T00:00:00Z`);

export function createTimeline(svg, { onRange }) {
  let days = [];          // [{day, count}]
  let range = null;       // [from, to] selected
  let scale = null;       // {x0, x1, t0, t1}
  let drag = null;

  const width = () => svg.clientWidth || 600;
  const height = () => svg.clientHeight || 90;
  const toX = (ms) => scale.x0 + ((ms - scale.t0) / (scale.t1 - scale.t0)) * (scale.x1 - scale.x0);
  const toMs = (x) => scale.t0 + ((x - scale.x0) / (scale.x1 - scale.x0)) * (scale.t1 - scale.t0);

  function draw() {
    while (svg.firstChild) svg.removeChild(svg.firstChild);
    const w = width(), h = height();
    svg.setAttribute('viewBox', `0 0 ${w} ${h}`);
    if (days.length === 0) {
      const t = svgEl('text', { x: w / 2, y: h / 2, 'text-anchor': 'middle', class: 'tl-empty' });
      t.textContent = 'No events for these filters';
      svg.appendChild(t);
      scale = null;
      return;
    }
    const t0 = msOf(days[0].day), t1 = msOf(days[days.length - 1].day) + DAY;
    scale = { x0: 28, x1: w - 8, t0, t1 };
    const max = Math.max(...days.map((d) => d.count));
    const barW = Math.max(1, ((scale.x1 - scale.x0) * DAY) / (t1 - t0) - 1);
    const base = h - 18;
    svg.appendChild(svgEl('line', { x1: scale.x0, x2: scale.x1, y1: base + 0.5, y2: base + 0.5, class: 'tl-axis' }));
    const maxLabel = svgEl('text', { x: scale.x0 - 4, y: 10, 'text-anchor': 'end', class: 'tl-label' });
    maxLabel.textContent = String(max);
    svg.appendChild(maxLabel);
    for (const d of days) {
      const bh = Math.max(1, (d.count / max) * (base - 6));
      const inRange = !range || (d.day >= range[0] && d.day <= range[1]);
      const bar = svgEl('rect', { x: toX(msOf(d.day)), y: base - bh, width: barW, height: bh, class: inRange ? 'tl-bar' : 'tl-bar out' });
      const title = svgEl('title');
      title.textContent = `${d.day}: ${d.count} events, ${d.fatalities} fatalities`;
      bar.appendChild(title);
      svg.appendChild(bar);
    }
    // ticks: first, middle, last day
    for (const [ms, anchor] of [[t0, 'start'], [(t0 + t1) / 2, 'middle'], [t1 - DAY, 'end']]) {
      const label = svgEl('text', { x: anchor === 'end' ? scale.x1 : toX(ms), y: h - 4, 'text-anchor': anchor, class: 'tl-label' });
      label.textContent = dayOf(ms);
      svg.appendChild(label);
    }
    if (range) {
      const a = toX(Math.max(t0, msOf(range[0]))), b = toX(Math.min(t1, msOf(range[1]) + DAY));
      svg.appendChild(svgEl('rect', { x: a, y: 0, width: Math.max(1, b - a), height: base, class: 'tl-brush' }));
    }
  }

  const localX = (event) => {
    const r = svg.getBoundingClientRect();
    return ((event.clientX - r.left) / r.width) * width();
  };
  svg.addEventListener('pointerdown', (e) => {
    if (!scale) return;
    drag = { start: localX(e) };
    svg.setPointerCapture(e.pointerId);
  });
  svg.addEventListener('pointermove', (e) => {
    if (!drag) return;
    const a = Math.min(drag.start, localX(e)), b = Math.max(drag.start, localX(e));
    range = [dayOf(Math.max(scale.t0, toMs(a))), dayOf(Math.min(scale.t1 - DAY, toMs(b)))];
    draw();
  });
  svg.addEventListener('pointerup', (e) => {
    if (!drag) return;
    const moved = Math.abs(localX(e) - drag.start) > 3;
    drag = null;
    if (moved && range) onRange(range[0], range[1]);
    else draw();
  });
  svg.addEventListener('dblclick', () => { range = null; onRange('', ''); });
  window.addEventListener('resize', draw);

  return {
    setDays(next) { days = next; draw(); },
    setRange(from, to) { range = from || to ? [from || '0000-01-01', to || '9999-12-31'] : null; draw(); },
  };
}
