// Nianbao embeds: sizes every Nianbao iframe on this page to its content. Include once, after the
// iframes or anywhere: <script src=".../embed-resize.js" async></script>. Each embed posts
// { type: 'nianbao:resize', height } to this page; the script sets the height of the iframe that
// sent it, and only when the message comes from that iframe's own origin. Stores nothing, loads nothing.
(function () {
  if (window.__nianbaoResize) return;
  window.__nianbaoResize = true;
  window.addEventListener('message', function (e) {
    var d = e.data;
    if (!d || d.type !== 'nianbao:resize' || typeof d.height !== 'number' || !isFinite(d.height)) return;
    var frames = document.getElementsByTagName('iframe');
    for (var i = 0; i < frames.length; i++) {
      var f = frames[i];
      if (f.contentWindow !== e.source) continue;
      var origin;
      try { origin = new URL(f.src, location.href).origin; } catch (err) { return; }
      if (origin !== e.origin) return;
      f.style.height = Math.max(40, Math.min(20000, Math.ceil(d.height))) + 'px';
      return;
    }
  });
})();
