/**
 * The fast approximate layout for maps too big to lay out by force on the main thread:
 * node boxes packed in rows, most connected first, in the layout box's shape. Linear
 * time, deterministic, and no two boxes (glyph and label) overlap by construction.
 */
import type { Bounds, LayoutNode } from './forces';

/** Above this many actors the force layout costs more than ~200 ms; they are packed instead. */
export const FORCE_LAYOUT_MAX_NODES = 500;

/** Rows of boxes, centred in `bounds`, its shape; sets x and y of every node. */
export function packLayout(nodes: LayoutNode[], bounds: Bounds): void {
  if (!nodes.length) return;
  const order = nodes
    .map((node, index) => ({ node, index }))
    .sort((a, b) => b.node.degree - a.node.degree || a.index - b.index);
  const width = bounds.maxX - bounds.minX;
  const height = bounds.maxY - bounds.minY;
  let area = 0;
  let widest = 0;
  for (const { node } of order) {
    area += 2 * node.box.halfWidth * (node.box.top + node.box.bottom);
    widest = Math.max(widest, 2 * node.box.halfWidth);
  }
  // A row as wide as a box of the bounds' aspect that holds every node's area.
  const rowWidth = Math.max(widest, Math.sqrt(area * (width / Math.max(1, height))));
  const rows: { start: number; end: number; width: number; height: number }[] = [];
  let rowStart = 0;
  let x = 0;
  let rowHeight = 0;
  order.forEach(({ node }, i) => {
    const w = 2 * node.box.halfWidth;
    if (x > 0 && x + w > rowWidth) {
      rows.push({ start: rowStart, end: i, width: x, height: rowHeight });
      rowStart = i;
      x = 0;
      rowHeight = 0;
    }
    node.x = x + node.box.halfWidth; // relative to the row for now
    node.y = node.box.top;
    x += w;
    rowHeight = Math.max(rowHeight, node.box.top + node.box.bottom);
  });
  rows.push({ start: rowStart, end: order.length, width: x, height: rowHeight });
  const total = rows.reduce((sum, row) => sum + row.height, 0);
  const cx = (bounds.minX + bounds.maxX) / 2;
  let top = (bounds.minY + bounds.maxY) / 2 - total / 2;
  for (const row of rows) {
    const left = cx - row.width / 2;
    for (let i = row.start; i < row.end; i++) {
      const node = order[i]!.node;
      node.x += left;
      node.y += top;
    }
    top += row.height;
  }
}
