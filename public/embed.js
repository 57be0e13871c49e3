/*
 * Sēlijas salas — embed script for partners' pages.
 *
 *   <div data-selija-embed="m=jekabpils&view=list" data-title="…"></div>
 *   <script src="https://<the app>/embed.js" async></script>
 *
 * Turns every such <div> (or an existing <iframe data-selija>) into an
 * iframe of the app's /embed (or /embed/calendar with
 * data-selija-path="embed/calendar"), titled and lazily loaded, whose
 * height follows its content: the embed posts
 *   { type: "selija:resize", v: 1, id: "<id>", height: <px> }
 * and this script sets the height — only for a message whose source is that
 * very iframe's window and whose origin is the app's. It says
 * { type: "selija:hello" } after each iframe loads, so the order in which
 * script and iframe load does not matter. No dependencies, ES5.
 * Without this script a plain iframe still works, at its given height.
 */
(function () {
  'use strict';

  var MIN = 200;
  var MAX = 4000;

  // The app's address: where this script was loaded from.
  var script = document.currentScript;
  if (!script) {
    var all = document.querySelectorAll('script[src*="embed.js"]');
    script = all[all.length - 1];
  }
  if (!script) return;
  var base = new URL('.', script.src).href; // https://host/base/
  var origin = new URL(base).origin;

  var frames = {}; // id -> iframe
  var count = 0;

  function clamp(h) {
    return Math.max(MIN, Math.min(MAX, Math.round(h)));
  }

  function hello(frame) {
    if (frame.contentWindow) {
      frame.contentWindow.postMessage({ type: 'selija:hello', v: 1 }, origin);
    }
  }

  function adopt(frame) {
    if (frame.getAttribute('data-selija-id')) return;
    count += 1;
    var id = 'selija-' + count;
    frame.setAttribute('data-selija-id', id);
    // The id goes in the fragment, so the embed can echo it.
    var src = frame.getAttribute('src') || '';
    if (src.indexOf('#') < 0) src += '#id=' + id;
    frames[id] = frame;
    frame.addEventListener('load', function () { hello(frame); });
    if (frame.getAttribute('src') !== src) frame.setAttribute('src', src);
    else hello(frame);
  }

  function build(div) {
    var path = div.getAttribute('data-selija-path') || 'embed';
    if (path !== 'embed' && path !== 'embed/calendar') path = 'embed';
    var params = div.getAttribute('data-selija-embed') || '';
    var frame = document.createElement('iframe');
    frame.setAttribute('src', base + path + (params ? '?' + params.replace(/^\?/, '') : ''));
    frame.setAttribute('title', div.getAttribute('data-title') || 'Sēlijas salas');
    frame.setAttribute('loading', 'lazy');
    frame.setAttribute('referrerpolicy', 'strict-origin-when-cross-origin');
    frame.setAttribute('allow', 'geolocation; fullscreen');
    frame.setAttribute('data-selija', '');
    var h = clamp(parseInt(div.getAttribute('data-height'), 10) || 640);
    frame.style.cssText = 'display:block;width:100%;height:' + h + 'px;border:0';
    div.parentNode.replaceChild(frame, div);
    return frame;
  }

  function scan() {
    var divs = document.querySelectorAll('div[data-selija-embed]');
    for (var i = 0; i < divs.length; i++) adopt(build(divs[i]));
    var existing = document.querySelectorAll('iframe[data-selija]');
    for (var j = 0; j < existing.length; j++) adopt(existing[j]);
  }

  window.addEventListener('message', function (event) {
    var data = event.data;
    if (event.origin !== origin || !data || typeof data !== 'object') return;
    if (data.type !== 'selija:resize' || data.v !== 1) return;
    var frame = frames[data.id];
    // The id may be missing (an iframe whose src had its own fragment):
    // find the frame by its window instead; either way the message must
    // come from that frame's own window.
    if (!frame) {
      for (var key in frames) {
        if (frames[key].contentWindow === event.source) frame = frames[key];
      }
    }
    if (!frame || frame.contentWindow !== event.source) return;
    var h = Number(data.height);
    if (!isFinite(h) || h <= 0) return;
    frame.style.height = clamp(h) + 'px';
  });

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', scan);
  } else {
    scan();
  }
})();
