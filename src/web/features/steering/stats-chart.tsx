import type { EChartsCoreOption, EChartsType } from 'echarts/core';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

/** A drawn chart's picture as PNG (twice the size on screen, white background). */
export type PngMaker = () => Promise<Blob>;

/** Draws the SVG image of the chart on a canvas: ECharts' SVG renderer exports SVG only. */
function svgToPng(svgUrl: string, width: number, height: number): Promise<Blob> {
  return new Promise((resolve, reject) => {
    const image = new Image();
    image.onload = () => {
      const scale = 2;
      const canvas = document.createElement('canvas');
      canvas.width = Math.round(width * scale);
      canvas.height = Math.round(height * scale);
      const context = canvas.getContext('2d');
      if (!context) return reject(new Error('no canvas'));
      context.fillStyle = '#ffffff';
      context.fillRect(0, 0, canvas.width, canvas.height);
      context.drawImage(image, 0, 0, canvas.width, canvas.height);
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('no PNG'))), 'image/png');
    };
    image.onerror = () => reject(new Error('the chart could not be read'));
    image.src = svgUrl;
  });
}

/**
 * One ECharts drawing. The container is an image for assistive technology (`role="img"` with a
 * summary); the data table next to it carries the figures.
 */
export function StatsChart({ option, height, summary, onReady, testId }: { option: EChartsCoreOption; height: number; summary: string; onReady(make: PngMaker | null): void; testId?: string }) {
  const { t } = useTranslation();
  const container = useRef<HTMLDivElement>(null);
  const chart = useRef<EChartsType | null>(null);
  const [state, setState] = useState<'loading' | 'ready' | 'failed'>('loading');
  // The latest callback without redrawing when the parent renders again.
  const ready = useRef(onReady);
  ready.current = onReady;

  useEffect(() => {
    let cancelled = false;
    let observer: ResizeObserver | undefined;
    import('./echarts-setup')
      .then(({ init }) => {
        const element = container.current;
        if (cancelled || !element) return;
        const instance = init(element, null, { renderer: 'svg', locale: 'EN' });
        instance.setOption(option);
        chart.current = instance;
        // Resize on the next frame, to the size the layout settled on (a resize in the middle of
        // a layout change would keep a drawing of the wrong width).
        let frame = 0;
        const fit = () => {
          cancelAnimationFrame(frame);
          frame = requestAnimationFrame(() => {
            if (!instance.isDisposed() && (instance.getWidth() !== element.clientWidth || instance.getHeight() !== element.clientHeight)) instance.resize();
          });
        };
        observer = new ResizeObserver(fit);
        observer.observe(element);
        fit();
        setState('ready');
        ready.current(() => {
          const url = instance.getDataURL({ type: 'svg', backgroundColor: '#ffffff' });
          return svgToPng(url, element.clientWidth, element.clientHeight);
        });
      })
      .catch(() => {
        if (!cancelled) setState('failed');
      });
    return () => {
      cancelled = true;
      observer?.disconnect();
      chart.current?.dispose();
      chart.current = null;
      ready.current(null);
    };
  }, [option]);

  return (
    <div className="stats-chart">
      <div ref={container} className="stats-chart__canvas" role="img" aria-label={summary} style={{ height }} data-testid={testId} data-state={state} />
      {state === 'loading' && <p className="stats-chart__note">{t('steering.chartLoading')}</p>}
      {state === 'failed' && <p className="stats-chart__note">{t('steering.chartFailed')}</p>}
    </div>
  );
}
