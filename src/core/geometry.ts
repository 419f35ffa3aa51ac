// Where a body can stand in a district: inside the map, outside buildings, and
// on the road only at a crossing. Pure, so the same rule serves the player,
// the street walkers and the tests.
import type { DistrictDef, Point, Rect } from './types';

export function containsPoint(r: Rect, p: Point): boolean {
  return p.x >= r.x && p.x <= r.x + r.w && p.y >= r.y && p.y <= r.y + r.h;
}

/** True when a circle of radius `radius` at `p` overlaps the rectangle. */
export function circleHitsRect(p: Point, radius: number, r: Rect): boolean {
  const cx = Math.max(r.x, Math.min(p.x, r.x + r.w));
  const cy = Math.max(r.y, Math.min(p.y, r.y + r.h));
  const dx = p.x - cx;
  const dy = p.y - cy;
  return dx * dx + dy * dy < radius * radius;
}

export function onRoad(district: DistrictDef, p: Point): boolean {
  return district.roads.some((r) => containsPoint(r, p));
}

export function atCrossing(district: DistrictDef, p: Point): boolean {
  return district.stations.some((s) => s.kind === 'crossing' && containsPoint(s.area, p));
}

export function isWalkable(district: DistrictDef, p: Point, radius: number): boolean {
  const { width, height } = district.map;
  if (p.x < radius || p.y < radius || p.x > width - radius || p.y > height - radius) return false;
  for (const b of district.buildings) {
    if (b.kind !== 'park' && circleHitsRect(p, radius, b)) return false;
  }
  // Railings keep pedestrians off the road except at a crossing.
  if (district.roads.some((r) => circleHitsRect(p, radius, r)) && !atCrossing(district, p)) return false;
  return true;
}

/** Moves from `from` by (dx, dy), sliding along walls: each axis is tried on its own. */
export function slide(district: DistrictDef, from: Point, dx: number, dy: number, radius: number): Point {
  let { x, y } = from;
  if (dx !== 0 && isWalkable(district, { x: x + dx, y }, radius)) x += dx;
  if (dy !== 0 && isWalkable(district, { x, y: y + dy }, radius)) y += dy;
  return { x, y };
}
