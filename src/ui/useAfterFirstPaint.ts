import { useEffect, useState } from 'react';

/** If no frame comes (a background tab), render anyway after this long. */
const NO_FRAME_FALLBACK_MS = 200;

/**
 * False on mount, true once the first frame after it has been painted. The side columns fill in with it,
 * so the map, the part people wait for, paints first; where filling in later would
 * change the map's size (an open phone sheet), callers render at once.
 */
export function useAfterFirstPaint(): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    let done = false;
    const finish = () => {
      if (done) return;
      done = true;
      setPainted(true);
    };
    // A task queued from a frame callback runs once that frame has been painted.
    const frame =
      typeof requestAnimationFrame === 'function'
        ? requestAnimationFrame(() => setTimeout(finish, 0))
        : undefined;
    const fallback = setTimeout(finish, NO_FRAME_FALLBACK_MS);
    return () => {
      done = true;
      if (frame !== undefined) cancelAnimationFrame(frame);
      clearTimeout(fallback);
    };
  }, []);
  return painted;
}
