/** The part of a DOMRect that says where a box is. */
export interface Box {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

/** Whether two boxes share any area (touching edges do not count). */
export function boxesOverlap(a: Box, b: Box): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}
