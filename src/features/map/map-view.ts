/**
 * The map's zoom and pan as plain numbers, and what depends on the on-screen
 * scale: hit targets and labels. Map units are the projection's (WIDTH × HEIGHT);
 * `pxPerUnit` is how many CSS pixels one unit takes on screen at the current zoom.
 */
export const WIDTH = 960;
export const HEIGHT = 470;
export const MAX_ZOOM = 8;
/** WCAG 2.5.8: a pointer target at least 24 × 24 CSS px. Half a pixel more, against rounding. */
export const MIN_TARGET_PX = 24.5;

export type Point = [number, number];
/** [[left, top], [right, bottom]] in map units. */
export type Box = [Point, Point];

/** The visible part of the map: zoom factor and the top-left corner, in map units. */
export interface View {
  k: number;
  x: number;
  y: number;
}

export const FULL_VIEW: View = { k: 1, x: 0, y: 0 };

export function clampView({ k, x, y }: View): View {
  const zoom = Math.min(MAX_ZOOM, Math.max(1, k));
  const w = WIDTH / zoom;
  const h = HEIGHT / zoom;
  return {
    k: zoom,
    x: Math.min(WIDTH - w, Math.max(0, x)),
    y: Math.min(HEIGHT - h, Math.max(0, y)),
  };
}

/** Zooms by `factor`, keeping the map point `at` where it is on screen. */
export function zoomAt(view: View, factor: number, at: Point): View {
  const k = Math.min(MAX_ZOOM, Math.max(1, view.k * factor));
  const ratio = view.k / k;
  return clampView({ k, x: at[0] - (at[0] - view.x) * ratio, y: at[1] - (at[1] - view.y) * ratio });
}

export function viewCentre(view: View): Point {
  return [view.x + WIDTH / view.k / 2, view.y + HEIGHT / view.k / 2];
}

/** Moves the view by `dx`, `dy` map units (the map itself moves the other way). */
export function panBy(view: View, dx: number, dy: number): View {
  return clampView({ ...view, x: view.x + dx, y: view.y + dy });
}

export function centreOn(view: View, [px, py]: Point): View {
  return clampView({ ...view, x: px - WIDTH / view.k / 2, y: py - HEIGHT / view.k / 2 });
}

export function inView(view: View, [px, py]: Point): boolean {
  return (
    px >= view.x && py >= view.y && px <= view.x + WIDTH / view.k && py <= view.y + HEIGHT / view.k
  );
}

export function viewBox(view: View): string {
  return `${view.x} ${view.y} ${WIDTH / view.k} ${HEIGHT / view.k}`;
}

/**
 * Radius, in map units, of the invisible circle that makes a small partner a
 * 24 px target; null when its own shape is already that big on screen.
 */
export function hitRadius(box: Box, pxPerUnit: number): number | null {
  const [[x0, y0], [x1, y1]] = box;
  const small = Math.min(x1 - x0, y1 - y0) * pxPerUnit < MIN_TARGET_PX;
  return small ? MIN_TARGET_PX / 2 / pxPerUnit : null;
}

/** Where the rings' edges cross the line where coordinate `axis` is `value`, along the other axis, in order. */
function crossings(rings: readonly Point[][], axis: 0 | 1, value: number): number[] {
  const other = (1 - axis) as 0 | 1;
  const found: number[] = [];
  for (const ring of rings) {
    ring.forEach((p, i) => {
      const q = ring[(i + 1) % ring.length] as Point;
      if (p[axis] > value !== q[axis] > value) {
        found.push(p[other] + ((value - p[axis]) * (q[other] - p[other])) / (q[axis] - p[axis]));
      }
    });
  }
  return found.sort((a, b) => a - b);
}

/** The stretch inside the shape along the line through `at`: the one holding `at`, else the longest. */
function run(rings: readonly Point[][], axis: 0 | 1, at: Point): [number, number] | null {
  const found = crossings(rings, axis, at[axis]);
  const along = at[(1 - axis) as 0 | 1];
  let best: [number, number] | null = null;
  for (let i = 0; i + 1 < found.length; i += 2) {
    const stretch: [number, number] = [found[i] as number, found[i + 1] as number];
    if (stretch[0] <= along && along <= stretch[1]) return stretch;
    if (!best || stretch[1] - stretch[0] > best[1] - best[0]) best = stretch;
  }
  return best;
}

/**
 * A point on the land of a shape (its outline as projected rings) near
 * `centroid`, which for a crescent or an archipelago can lie in the sea, and
 * the box around it that stays on land: where its label and tooltip go.
 */
export function landSpot(rings: readonly Point[][], centroid: Point): { at: Point; box: Box } {
  const across = run(rings, 1, centroid);
  if (!across) return { at: centroid, box: [centroid, centroid] };
  const at: Point = [(across[0] + across[1]) / 2, centroid[1]];
  const [top, bottom] = run(rings, 0, at) ?? [at[1], at[1]];
  const half = Math.max(0, Math.min(at[1] - top, bottom - at[1]));
  return {
    at,
    box: [
      [across[0], at[1] - half],
      [across[1], at[1] + half],
    ],
  };
}

export interface LabelCandidate {
  code: string;
  text: string;
  at: Point;
  box: Box;
}

/** Rough width of a label in a sans-serif font: most letters are ~0.6 em wide. */
const textWidth = (text: string, fontPx: number) => text.length * fontPx * 0.6;

/**
 * The labels that fit inside their country's outline on screen and in the
 * view, biggest countries first, none overlapping another; the rest are left
 * out (the country's name is still in its button and tooltip).
 */
export function placeLabels(
  candidates: readonly LabelCandidate[],
  view: View,
  pxPerUnit: number,
  fontPx: number,
): LabelCandidate[] {
  const placed: LabelCandidate[] = [];
  const taken: Box[] = [];
  const area = ({ box: [[x0, y0], [x1, y1]] }: LabelCandidate) => (x1 - x0) * (y1 - y0);
  for (const candidate of [...candidates].sort((a, b) => area(b) - area(a))) {
    const [[x0, y0], [x1, y1]] = candidate.box;
    const w = textWidth(candidate.text, fontPx) / pxPerUnit;
    const h = (fontPx * 1.2) / pxPerUnit;
    if (w > x1 - x0 || h > y1 - y0 || !inView(view, candidate.at)) continue;
    const [cx, cy] = candidate.at;
    const rect: Box = [
      [cx - w / 2, cy - h / 2],
      [cx + w / 2, cy + h / 2],
    ];
    const overlaps = taken.some(
      ([[a0, b0], [a1, b1]]) =>
        rect[0][0] < a1 && rect[1][0] > a0 && rect[0][1] < b1 && rect[1][1] > b0,
    );
    if (overlaps) continue;
    taken.push(rect);
    placed.push(candidate);
  }
  return placed;
}
