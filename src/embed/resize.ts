// Tells the host page how tall the embed is: `{ type: 'nianbao:resize', height }` (CSS pixels) to the
// parent window on load and whenever the content's height changes. The message carries nothing but
// the height, so it may go to any parent origin; the host's script (public/embed-resize.js) checks
// that it comes from the frame it sizes.
export const RESIZE_MESSAGE = 'nianbao:resize';

export function reportHeight(el: HTMLElement): () => void {
  if (window.parent === window) return () => undefined;
  let last = -1;
  const post = () => {
    // the element's own box: never the viewport, so a host setting the frame's height cannot feed back
    const height = Math.ceil(el.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    window.parent.postMessage({ type: RESIZE_MESSAGE, height }, '*');
  };
  post();
  const ro = new ResizeObserver(post);
  ro.observe(el);
  return () => ro.disconnect();
}
