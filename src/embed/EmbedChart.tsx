// The embed's chart: ECharts on canvas with the app's option, described in words for screen
// readers (role img + aria-describedby), `data-chart-ready="1"` once drawn.
import { useEffect, useRef, useState } from 'react';
import { echarts, type ChartOption } from '../charts/echarts';
import type { Background } from './embedParams';

export function EmbedChart({ option, height, label, descriptionId, bg }: {
  option: ChartOption; height: number; label: string; descriptionId: string; bg: Background;
}) {
  const el = useRef<HTMLDivElement>(null);
  const [ready, setReady] = useState(false);
  useEffect(() => {
    if (!el.current) return;
    const c = echarts.init(el.current, bg === 'dark' ? 'dark' : null, { renderer: 'canvas' });
    c.on('finished', () => {
      // navigation → chart, read by scripts/bench-embed.ts
      const g = globalThis as { __nianbaoFirstChart?: number };
      g.__nianbaoFirstChart ??= performance.now();
      setReady(true);
    });
    // the embed's heading already names the chart: the builder's own title would say it twice
    c.setOption({ ...option, title: { show: false }, backgroundColor: 'transparent' }, { notMerge: true });
    const ro = new ResizeObserver(() => c.resize());
    ro.observe(el.current);
    return () => { ro.disconnect(); c.dispose(); setReady(false); };
  }, [option, bg]);
  return <div ref={el} className="embed-chart" role="img" aria-label={label} aria-describedby={descriptionId}
    data-chart-ready={ready ? '1' : '0'} style={{ height }} />;
}
