// One chart: ECharts on canvas, `data-chart-ready="1"` once drawn (ECharts 'finished'), a table of
// the same numbers, and PNG / SVG downloads.
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { echarts, renderSvg, type ChartOption } from '../../charts/echarts';
import { useI18n } from '../i18n';
import { downloadBlob } from '../download';
import { EmbedDialog } from './EmbedDialog';
import type { EmbedTarget } from '../embedCode';

interface Props {
  id: string;
  option: ChartOption | null;
  height: number;
  table: ReactNode;
  /** Called with the index, in the chart builder's input, of the clicked mark (through `order`). */
  onItemClick?: (inputIndex: number) => void;
  /** A clickable chart's `order` (see ClickableChart): plotted position → input index. */
  order?: readonly number[];
  busy?: boolean;
  /** what an Embed button embeds (embed.html with this state); no button without it */
  embed?: EmbedTarget;
  /** the chart's title in the embed snippet's iframe title */
  embedTitle?: string;
}

export function ChartPanel({ id, option, height, table, onItemClick, order, busy, embed, embedTitle }: Props) {
  const { t } = useI18n();
  const el = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);
  const [showTable, setShowTable] = useState(false);
  const [ready, setReady] = useState(false);
  const [embedding, setEmbedding] = useState(false);
  const hasOption = useRef(false);
  const clickRef = useRef<((dataIndex: number) => void) | undefined>(undefined);
  clickRef.current = onItemClick && ((dataIndex: number) => {
    const input = order ? order[dataIndex] : dataIndex;
    if (input !== undefined) onItemClick(input);
  });

  useEffect(() => {
    if (!el.current || showTable) return;
    const c = echarts.init(el.current, null, { renderer: 'canvas' });
    chart.current = c;
    c.on('finished', () => {
      // navigation → first chart, read by the benchmark (scripts/bench-app.ts)
      if (!hasOption.current) return;
      const g = globalThis as { __nianbaoFirstChart?: number };
      g.__nianbaoFirstChart ??= performance.now();
      (g as { __nianbaoLastChart?: number }).__nianbaoLastChart = performance.now();
      setReady(true);
    });
    c.on('click', (p) => clickRef.current?.(p.dataIndex));
    const ro = new ResizeObserver(() => c.resize());
    ro.observe(el.current);
    return () => { ro.disconnect(); c.dispose(); chart.current = null; hasOption.current = false; setReady(false); };
  }, [showTable]);

  useEffect(() => {
    if (!chart.current || !option) return;
    setReady(false);
    hasOption.current = true;
    chart.current.setOption(option, { notMerge: true });
  }, [option, showTable]);

  const size = () => ({ w: el.current?.clientWidth || 800, h: height });
  const png = () => {
    if (!chart.current) return;
    const url = chart.current.getDataURL({ type: 'png', pixelRatio: 2, backgroundColor: '#fff' });
    fetch(url).then((r) => r.blob()).then((b) => downloadBlob(`${id}.png`, b));
  };
  const svg = () => {
    if (!option) return;
    const { w, h } = size();
    downloadBlob(`${id}.svg`, new Blob([renderSvg(option, w, h)], { type: 'image/svg+xml' }));
  };

  return (
    <figure className="chart-panel" aria-busy={busy || undefined}>
      <div className="chart-tools" role="toolbar" aria-label={id}>
        <button type="button" aria-pressed={showTable} onClick={() => setShowTable((v) => !v)}>
          {showTable ? t('showChart') : t('showTable')}
        </button>
        <button type="button" onClick={png} disabled={showTable || !option}>{t('png')}</button>
        <button type="button" onClick={svg} disabled={!option}>{t('svg')}</button>
        {embed && <button type="button" onClick={() => setEmbedding(true)} data-testid={`embed-${id}`}>{t('embed.button')}</button>}
      </div>
      {embed && embedding && <EmbedDialog target={embed} title={embedTitle ?? id} onClose={() => setEmbedding(false)} />}
      {showTable ? <div key="table" className="chart-table">{table}</div> : (
        <div key="chart" ref={el} className="chart" data-chart={id} data-chart-ready={ready && option ? '1' : '0'} style={{ height }} />
      )}
    </figure>
  );
}
