import { useCallback, useState } from 'react';

/** The width a chart is drawn at before (or without) a measurement: jsdom has no layout. */
export const fallbackChartWidth = 640;

/** The narrowest a chart is drawn, so axis labels stay legible in a narrow window. */
const minimumChartWidth = 280;

/**
 * The width of the element the returned ref is attached to, followed as it resizes, for charts
 * that need a pixel size (recharts draws SVG at the size it is given). Where nothing can be
 * measured (no ResizeObserver, or a width of 0 as under jsdom) the fallback width is used.
 */
export function useMeasuredWidth(): [ref: (element: HTMLElement | null) => void, width: number] {
  const [width, setWidth] = useState(fallbackChartWidth);
  const ref = useCallback((element: HTMLElement | null) => {
    if (element === null || typeof ResizeObserver !== 'function') {
      return undefined;
    }
    const measure = () => {
      const measured = Math.floor(element.getBoundingClientRect().width);
      setWidth(measured > 0 ? Math.max(minimumChartWidth, measured) : fallbackChartWidth);
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    // React 19 calls a callback ref's returned function when the element detaches.
    return () => observer.disconnect();
  }, []);
  return [ref, width];
}
