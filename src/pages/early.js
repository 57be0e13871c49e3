// Sēlijas salas: the pre-rendered pages' links and the home page's
// filters, working before the app does.
//
// On a slow phone the app's wasm takes seconds to arrive, while the page
// writer's first screen (src/pages/prerender.rs) is there at first paint.
// This script (about 2 KB compressed) makes that screen's municipality and
// kind filters and its "show more" work in the meantime, as the app would:
// the list, its count and the map's markers follow the filter, and the
// filter goes into the URL (`?m=…&kind=…`, src/domain/query.rs), from where
// the app takes it when it starts. It also applies a filtered link's
// filter as the page opens. Everything it needs is in the markup:
//
//   a.check[data-key][data-value]   a filter (`m` or `kind`) and its value
//   li[data-m][data-kind]           a place of the list; the ones after the
//                                   first page wait in template.more-places
//   [data-template]                 a text with {n} where the number goes
//   .map-static [data-m]            a place's marker; `data-in` names the
//                                   cluster it is drawn in (g[data-cluster])
//   svg[data-counts]                a cluster's name by count, |-separated
//
// The search is the app's alone (it folds text as Rust does): with `?q=`
// this script leaves the page to the app. Nothing here is needed: without
// it the filters are plain links and the page stays what it was.
//
// On every pre-rendered page (the first part below), the links keep the
// visitor's language and URL, as the app's own do (ui/shell.rs). The
// language switch opens this very URL, its query too, in the other
// language (the writer can only name the page's path, and the "not found"
// page, sent for any path, not even that), and remembers the choice as the
// app does. A page opened with `?lang=` (a link that asked for a language)
// carries it on its links, so the next page the server sends is in that
// language too.
(() => {
  'use strict';
  const boot = document.getElementById('boot');
  if (!boot) return;
  // `search` with `lang=` set to `lang`, the other parameters as they are
  // (not re-encoded: the app writes `m=a,b`).
  const withLang = (search, lang) => {
    const parts = search.replace(/^\?/, '').split('&').filter((p) => p && !p.startsWith('lang='));
    parts.push(`lang=${lang}`);
    return `?${parts.join('&')}`;
  };
  const switches = [...boot.querySelectorAll('.lang-switch a[hreflang]')];
  // In-page links (`#filter-body`) would resolve against `<base href>`, the
  // home page without the query: they get this URL too.
  const inPage = [...boot.querySelectorAll('a[href^="#"]')];
  const fragments = inPage.map((a) => a.getAttribute('href'));
  // Again whenever one is about to be used: the filters rewrite the URL.
  const point = () => {
    for (const a of switches) a.setAttribute('href', location.pathname + withLang(location.search, a.hreflang));
    inPage.forEach((a, i) => a.setAttribute('href', location.pathname + location.search + fragments[i]));
  };
  point();
  for (const a of [...switches, ...inPage]) {
    for (const type of ['pointerenter', 'focus', 'click', 'auxclick']) a.addEventListener(type, point);
  }
  // A language picked here is remembered as the app remembers it
  // (src/web/prefs.rs, `store_lang`: the same storage key and cookie), so
  // the next visit starts in it, before the app and in it.
  for (const a of switches) {
    a.addEventListener('click', () => {
      const lang = a.hreflang;
      try { localStorage.setItem('selijas-salas.lang', lang); } catch { /* storage blocked */ }
      const base = new URL(document.baseURI).pathname.replace(/\/$/, '');
      document.cookie = `selija_lang=${lang}; path=${base}/; max-age=31536000; SameSite=Lax`;
    });
  }
  const asked = new URLSearchParams(location.search).get('lang');
  if (asked !== 'lv' && asked !== 'en') return;
  for (const a of boot.querySelectorAll('a[href]')) {
    if (switches.includes(a) || inPage.includes(a)) continue;
    // Attributes, not `a.href`: the map's markers are SVG links.
    const url = new URL(a.getAttribute('href'), document.baseURI);
    if (url.origin !== location.origin || url.searchParams.has('lang')) continue;
    url.search = withLang(url.search, asked);
    a.setAttribute('href', url.pathname + url.search + url.hash);
  }
})();

(() => {
  'use strict';
  const home = document.querySelector('#boot .home[data-prerendered]');
  if (!home) return;
  const params = new URLSearchParams(location.search);
  if (params.get('q')) return;

  const KEYS = ['m', 'kind'];
  const links = [...home.querySelectorAll('.filters a.check[data-key]')];
  const list = home.querySelector('.place-list');
  const more = home.querySelector('template.more-places');
  const count = home.querySelector('.results .count');
  const showMore = home.querySelector('.show-more');
  const svg = home.querySelector('.map-static');
  const page = Number(list?.dataset.page) || Infinity;
  let expanded = false;

  // The filter: for each key, the values its links offer that are chosen,
  // in the links' order (the order the app writes them in). Values no link
  // offers are the app's to report, not ours to apply.
  const chosen = { m: new Set(), kind: new Set() };
  for (const key of KEYS) {
    const values = (params.get(key) || '').split(',').map((v) => v.trim());
    for (const a of links) {
      if (a.dataset.key === key && values.includes(a.dataset.value)) chosen[key].add(a.dataset.value);
    }
  }
  const active = () => chosen.m.size + chosen.kind.size > 0;
  const matches = (el) => (!chosen.m.size || chosen.m.has(el.dataset.m))
    && (!chosen.kind.size || chosen.kind.has(el.dataset.kind));
  const fill = (el, n) => { el.textContent = el.dataset.template.replace('{n}', String(n)); };

  function showList() {
    if (!list) return;
    // The rest of the places join the list the first time they may show.
    if (more && (active() || expanded)) {
      list.append(more.content);
      more.remove();
    }
    let n = 0;
    for (const li of list.children) {
      const on = matches(li);
      if (on) n += 1;
      li.hidden = !on || (n > page && !expanded);
    }
    if (count?.dataset.template) fill(count, n);
    if (showMore?.dataset.template) {
      showMore.hidden = expanded || n <= page;
      fill(showMore, Math.max(n - page, 0));
    }
  }

  function showMap() {
    if (!svg) return;
    const names = (svg.dataset.counts || '').split('|');
    for (const marker of svg.querySelectorAll('.static-marker:not([data-in])')) {
      marker.classList.toggle('is-off', !matches(marker));
    }
    for (const cluster of svg.querySelectorAll('g[data-cluster]')) {
      const members = [...svg.querySelectorAll(`[data-in="${cluster.dataset.cluster}"]`)];
      const kept = members.filter(matches);
      // One place left is drawn as itself, as the live map draws it.
      for (const m of members) m.classList.toggle('is-off', !(kept.length === 1 && kept[0] === m));
      cluster.classList.toggle('is-off', kept.length < 2);
      if (kept.length < 2) continue;
      const big = kept.length >= 10;
      cluster.classList.toggle('static-cluster-big', big);
      cluster.querySelector('circle')?.setAttribute('r', big ? '20.5' : '16.5');
      const text = cluster.querySelector('text');
      if (text) text.textContent = String(kept.length);
      if (names[kept.length]) cluster.setAttribute('aria-label', names[kept.length]);
    }
  }

  function showLinks() {
    for (const a of links) {
      const on = chosen[a.dataset.key].has(a.dataset.value);
      a.classList.toggle('is-checked', on);
      a.setAttribute('aria-pressed', String(on));
    }
  }

  // The URL as the app writes it: the filter's keys first, then the rest.
  function writeUrl() {
    const rest = new URLSearchParams(location.search);
    const parts = [];
    for (const key of KEYS) {
      rest.delete(key);
      if (chosen[key].size) parts.push(`${key}=${[...chosen[key]].join(',')}`);
    }
    const tail = rest.toString();
    if (tail) parts.push(tail);
    const url = location.pathname + (parts.length ? `?${parts.join('&')}` : '') + location.hash;
    // An app that has started but not yet drawn its page reads it when it
    // draws (early.test.js checks that no click is lost).
    history.replaceState(history.state, '', url);
  }

  function toggle(a) {
    const set = chosen[a.dataset.key];
    const value = a.dataset.value;
    if (set.has(value)) set.delete(value);
    else set.add(value);
    showLinks();
    showList();
    showMap();
    writeUrl();
  }

  // The links become toggle buttons; a modified click (new tab) stays a link.
  for (const a of links) {
    a.setAttribute('role', 'button');
    a.addEventListener('click', (e) => {
      if (e.button !== 0 || e.ctrlKey || e.metaKey || e.shiftKey || e.altKey) return;
      e.preventDefault();
      toggle(a);
    });
    a.addEventListener('keydown', (e) => {
      if (e.key !== ' ') return;
      e.preventDefault();
      toggle(a);
    });
  }
  if (showMore) {
    showMore.disabled = false;
    showMore.addEventListener('click', () => {
      expanded = true;
      showList();
    });
  }

  showLinks();
  if (active()) {
    showList();
    showMap();
  }
  // Ready: the filters answer from now on.
  home.dataset.early = 'ready';
})();
