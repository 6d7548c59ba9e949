// The Embed dialog (嵌入): a live preview (embed.html in an iframe, sized by its own resize
// messages), the options (language, height, background, open on the table) and the two snippets.
import { useEffect, useId, useRef, useState } from 'react';
import { useI18n } from '../i18n';
import { BACKGROUNDS, type Background } from '../../embed/embedParams';
import { RESIZE_MESSAGE } from '../../embed/resize';
import { embedUrl, fixedSnippet, responsiveSnippet, type EmbedTarget } from '../embedCode';

export function EmbedDialog({ target, title, onClose }: { target: EmbedTarget; title: string; onClose: () => void }) {
  const i = useI18n();
  const ref = useRef<HTMLDialogElement>(null);
  const frame = useRef<HTMLIFrameElement>(null);
  const id = useId();
  const [lang, setLang] = useState(i.lang);
  const [height, setHeight] = useState(480);
  const [bg, setBg] = useState<Background>('light');
  const [table, setTable] = useState(false);
  const [previewHeight, setPreviewHeight] = useState(300);
  const [copied, setCopied] = useState<string | null>(null);
  const opts = { lang, height, bg, table };
  const appUrl = location.href;
  const src = embedUrl(target, opts, appUrl);
  const codes = { responsive: responsiveSnippet(src, title, opts, appUrl), fixed: fixedSnippet(src, title, opts) };

  useEffect(() => { ref.current?.showModal(); }, []);
  useEffect(() => {
    const onMessage = (e: MessageEvent) => {
      const d = e.data as { type?: unknown; height?: unknown } | null;
      if (e.source === frame.current?.contentWindow && d?.type === RESIZE_MESSAGE && typeof d.height === 'number') setPreviewHeight(d.height);
    };
    window.addEventListener('message', onMessage);
    return () => window.removeEventListener('message', onMessage);
  }, []);
  const copy = (k: keyof typeof codes) => {
    const done = () => { setCopied(k); setTimeout(() => setCopied(null), 2000); };
    navigator.clipboard?.writeText(codes[k]).then(done, () => {
      (document.getElementById(`${id}-${k}`) as HTMLTextAreaElement | null)?.select();
    });
  };

  return (
    <dialog ref={ref} className="embed-dialog" aria-labelledby={`${id}-title`} onClose={onClose} data-testid="embed-dialog">
      <h2 id={`${id}-title`}>{i.t('embed.dialogTitle')}</h2>
      <div className="controls">
        <label>{i.t('embed.language')}
          <select value={lang} onChange={(e) => setLang(e.target.value === 'en' ? 'en' : 'zh')} data-testid="embed-lang">
            <option value="zh">中文</option><option value="en">English</option>
          </select>
        </label>
        <label>{i.t('embed.height')}
          <input type="number" min={200} max={3000} step={10} value={height} onChange={(e) => setHeight(Math.min(3000, Math.max(200, Number(e.target.value) || 480)))} />
        </label>
        <label>{i.t('embed.background')}
          <select value={bg} onChange={(e) => setBg(e.target.value as Background)} data-testid="embed-bg">
            {BACKGROUNDS.map((b) => <option key={b} value={b}>{i.t(`embed.bg.${b}`)}</option>)}
          </select>
        </label>
        <label className="check"><input type="checkbox" checked={table} onChange={(e) => setTable(e.target.checked)} />{i.t('embed.openOnTable')}</label>
      </div>
      <p className="note">{i.t('embed.publishedOnly')}</p>
      <h3>{i.t('embed.preview')}</h3>
      <iframe ref={frame} key={src} src={src} title={title} className="embed-preview" style={{ height: previewHeight }} data-testid="embed-preview" />
      {(['responsive', 'fixed'] as const).map((k) => (
        <div key={k} className="embed-code">
          <label htmlFor={`${id}-${k}`}>{i.t(`embed.${k}`)}</label>
          <textarea id={`${id}-${k}`} readOnly rows={k === 'responsive' ? 4 : 3} value={codes[k]} data-testid={`embed-code-${k}`}
            onFocus={(e) => e.currentTarget.select()} />
          <button type="button" onClick={() => copy(k)}>{copied === k ? i.t('embed.copied') : i.t('embed.copy')}</button>
        </div>
      ))}
      <form method="dialog"><button type="submit" data-testid="embed-close">{i.t('embed.close')}</button></form>
    </dialog>
  );
}
