import type { RefObject } from 'react';
import { observeElementRect, useVirtualizer } from '@tanstack/react-virtual';

/** Before layout (or where there is none, as in jsdom) assume a viewport this tall. */
const fallbackViewport = 640;

export interface VirtualRows {
  /** Indexes of the rows to render, in order. */
  indexes: number[];
  /** Heights of the spacer rows above and below them, which keep the scroll height right. */
  paddingTop: number;
  paddingBottom: number;
}

/**
 * Which of `count` fixed-height rows are in (or near) the scroll box. With `enabled` false every
 * row is rendered and nothing is measured.
 */
export function useVirtualRows(
  scrollRef: RefObject<HTMLElement | null>,
  count: number,
  rowHeight: number,
  enabled: boolean,
): VirtualRows {
  // The app does not use the React Compiler; the virtualizer re-renders its component itself.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: enabled ? count : 0,
    // Disabled, it watches nothing: reading the box's size would force a layout mid-render.
    enabled,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    overscan: 12,
    observeElementRect: (instance, callback) =>
      observeElementRect(instance, (rect) =>
        callback(rect.height > 0 ? rect : { width: rect.width, height: fallbackViewport }),
      ),
  });
  if (!enabled)
    return { indexes: Array.from({ length: count }, (_, i) => i), paddingTop: 0, paddingBottom: 0 };
  const items = virtualizer.getVirtualItems();
  return {
    indexes: items.map((item) => item.index),
    paddingTop: items[0]?.start ?? 0,
    paddingBottom: virtualizer.getTotalSize() - (items[items.length - 1]?.end ?? 0),
  };
}
