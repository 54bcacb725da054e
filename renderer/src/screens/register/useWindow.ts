import { type RefObject, useCallback, useLayoutEffect, useRef, useState } from 'react';

/** Every row is this tall (CSS keeps it so): the window is plain arithmetic. */
export const ROW_HEIGHT = 56;
/** Rows drawn beyond each edge, so Tab always finds the next row drawn and scrolls it in. */
const OVERSCAN = 6;

/**
 * Which rows of a long list to draw: those in the scroll box's view and a few
 * either side. `focusRow` scrolls a row into view, draws it, then focuses it
 * (its element carries data-row-index), so the keyboard can reach any row.
 */
export function useWindow(box: RefObject<HTMLElement | null>, count: number, headerHeight: number) {
  const [scrollTop, setScrollTop] = useState(0);
  const [viewHeight, setViewHeight] = useState(600);
  const pendingFocus = useRef<number | null>(null);

  useLayoutEffect(() => {
    const el = box.current;
    if (!el) return undefined;
    const measure = () => setViewHeight(el.clientHeight);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, [box]);

  const first = Math.max(0, Math.floor(scrollTop / ROW_HEIGHT) - OVERSCAN);
  const last = Math.min(count, Math.ceil((scrollTop + viewHeight) / ROW_HEIGHT) + OVERSCAN);

  useLayoutEffect(() => {
    const index = pendingFocus.current;
    if (index === null) return;
    const target = box.current?.querySelector<HTMLElement>(`[data-row-index="${index}"]`);
    if (target) {
      pendingFocus.current = null;
      show(target);
    }
  });

  const focusRow = useCallback(
    (index: number) => {
      const el = box.current;
      if (!el || count === 0) return;
      const row = Math.max(0, Math.min(count - 1, index));
      const top = row * ROW_HEIGHT;
      const visible = el.clientHeight - headerHeight;
      if (top < el.scrollTop) el.scrollTop = top;
      else if (top + ROW_HEIGHT > el.scrollTop + visible) el.scrollTop = top + ROW_HEIGHT - visible;
      const drawn = el.querySelector<HTMLElement>(`[data-row-index="${row}"]`);
      if (drawn) show(drawn);
      else pendingFocus.current = row;
      setScrollTop(el.scrollTop);
    },
    [box, count, headerHeight],
  );

  const onScroll = useCallback(() => setScrollTop(box.current?.scrollTop ?? 0), [box]);
  const pageRows = Math.max(1, Math.floor((viewHeight - headerHeight) / ROW_HEIGHT) - 1);
  return { first, last, onScroll, focusRow, pageRows };
}

/** Focus without the browser's own scroll (the box is already placed), then bring the box itself into the page's view. */
function show(element: HTMLElement): void {
  element.focus({ preventScroll: true });
  element.scrollIntoView({ block: 'nearest' });
}
