import 'uplot/dist/uPlot.min.css';
import { useEffect, useRef } from 'preact/hooks';
import uPlot from 'uplot';
import { type ChartSpec, type ChartUnit, toUplotData } from '../../../../shared/chart/chart-data';
import { chartHeight, chartOptions } from '../../../../shared/chart/uplot-options';
import { useColorScheme } from './use-color-scheme';

const bars = uPlot.paths.bars?.({ size: [0.6, 48] });

function widthOf(el: HTMLElement): number {
  return Math.max(200, Math.floor(el.clientWidth || 360));
}

/**
 * A uPlot canvas for a chart spec, as wide as its container (≈ 380 px in the
 * popup, wider in the full view) and redrawn at a new size when that changes.
 * Hidden from screen readers: the figure's table carries the same numbers.
 */
export function UplotChart({
  spec,
  format,
}: {
  spec: ChartSpec;
  format: (v: number, unit: ChartUnit) => string;
}) {
  const host = useRef<HTMLDivElement>(null);
  // Axis text takes the page's colour: switching to dark (or back) redraws the chart with it.
  const scheme = useColorScheme();
  useEffect(() => {
    const el = host.current;
    if (!el) return undefined;
    const shape = toUplotData(spec);
    let width = widthOf(el);
    const ink = getComputedStyle(el).color || '#1b1f24';
    // Said on the element so a test can check the ink followed the theme (the canvas cannot be read as text).
    el.dataset.ink = ink;
    const plot = new uPlot(
      chartOptions(spec, shape, { width, ink, format, bars }),
      shape.data as uPlot.AlignedData,
      el,
    );
    const resize = new ResizeObserver(() => {
      const next = widthOf(el);
      if (next === width) return;
      width = next;
      plot.setSize({ width, height: chartHeight(width) });
    });
    resize.observe(el);
    return () => {
      resize.disconnect();
      plot.destroy();
    };
  }, [spec, format, scheme]);
  return <div class="chart-canvas" ref={host} aria-hidden="true" data-chart={spec.id} />;
}
