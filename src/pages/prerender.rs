//! The real first screen as plain HTML, written into the pages before the
//! wasm arrives: the home page's filters (as links), place list and map
//! (a static SVG of the first view), a place's own content, the upcoming
//! events. Crawlers and visitors on a dead connection see content, and a
//! slow phone shows it at first paint.
//!
//! The markup uses the live views' classes (`ui::home`, `ui::filters`,
//! `ui::place_list`, `ui::map`) so that the same CSS lays it out the same
//! way and the app can take over without a jump. Every fragment is wrapped
//! in an element with `data-prerendered`: `main.rs` then keeps the boot
//! screen up until the app has drawn its own page (`web::boot`).

use super::html::escape;
use crate::domain::num::fixed;
use crate::domain::{Dataset, Event, Lang, Place, PlaceKind};
use crate::geo::basemap::{self, BASEMAP_JSON};
use crate::geo::cluster::Shown;
use crate::geo::first_view::{self, FIT_PADDING};
use crate::geo::labels::{place_labels, Disc, LabelBox};
use crate::geo::{project, Bounds, LatLng, Mercator, Viewport, WorldPx};
use crate::i18n::{category_name, format_when, kind_name, places_count, places_shown, texts};

/// Items the live list shows before "show more" (`ui::place_list`).
pub const LIST_PAGE: usize = 60;
/// The map box the static picture is drawn for: the home page's map at a
/// 1280 × 900 window (measured: 496 × 788; `.map` is `100vh − 7rem` high). The picture is
/// scaled to the real box the way the live fit scales (see [`StaticMap`]),
/// so this size only sets the clustering level and the markers' size.
pub const NOMINAL_MAP: (f64, f64) = (496.0, 788.0);
/// The trip star's outline, as `ui::trip::toggle::Star` draws it.
const STAR_PATH: &str =
    "M12 2.8l2.8 5.8 6.3.9-4.6 4.4 1.1 6.3L12 17.2l-5.6 3 1.1-6.3L2.9 9.5l6.3-.9z";
/// The labels' font size in pixels, as `main.css` sets it for `.map-label`.
const LABEL_FONT_PX: f64 = 11.0;

/// The home page's `<main>` content: filters, list and map.
pub fn home(data: &Dataset, lang: Lang) -> String {
    let mut out = String::with_capacity(32 * 1024);
    out.push_str(r#"<div class="home" data-prerendered="">"#);
    filters(&mut out, data, lang);
    view_toggle(&mut out, lang);
    place_list(&mut out, data, lang);
    out.push_str(r#"<div class="map-column">"#);
    out.push_str(&StaticMap::first_view(data, NOMINAL_MAP).svg_box(data, lang));
    out.push_str("</div>");
    // The rest of the list, for the early script (`early.js`) to show when
    // a filter or "show more" asks for them: inert in a template, and last,
    // so that they delay neither the first paint nor the map's.
    if data.places.len() > LIST_PAGE {
        out.push_str(r#"<template class="more-places">"#);
        for place in data.places.iter().skip(LIST_PAGE) {
            place_item(&mut out, data, lang, place);
        }
        out.push_str("</template>");
    }
    out.push_str("</div>");
    out
}

/// The filter panel, each municipality and kind a link to the filtered
/// home page (`?m=…`, `?kind=…`), the search a GET form.
fn filters(out: &mut String, data: &Dataset, lang: Lang) {
    let t = texts(lang);
    out.push_str(r#"<section class="filters" aria-labelledby="filters-heading">"#);
    out.push_str(&format!(
        r#"<h2 id="filters-heading" class="panel-heading">{}</h2>"#,
        escape(t.filters)
    ));
    out.push_str(&format!(
        r#"<form class="field" action="./" method="get" role="search"><label for="place-search">{}</label><input id="place-search" name="q" type="search" autocomplete="off" spellcheck="false" placeholder="{}" /></form>"#,
        escape(t.search),
        escape(t.search_placeholder)
    ));
    // On phones the panel folds away; without the app the fold button is a
    // link to the panel, which `:target` opens.
    out.push_str(&format!(
        r##"<a class="filters-toggle button-quiet" href="#filter-body">{}<span class="chevron" aria-hidden="true"></span></a>"##,
        escape(t.filters)
    ));
    out.push_str(r#"<div id="filter-body" class="filter-body">"#);
    out.push_str(&format!(
        r#"<fieldset class="checks"><legend>{}</legend>"#,
        escape(t.municipality)
    ));
    for (m, count) in data.place_counts() {
        out.push_str(&format!(
            r#"<a class="check" href="./?m={m}" data-key="m" data-value="{m}" data-focus="m-{m}"><span class="check-box" aria-hidden="true"></span><span class="check-label">{}</span><span class="check-count" title="{}">{count}</span></a>"#,
            escape(&data.municipality_name(m, lang)),
            escape(&places_count(lang, count))
        ));
    }
    out.push_str("</fieldset>");
    out.push_str(&format!(
        r#"<fieldset class="checks chips"><legend>{}</legend>"#,
        escape(t.kind)
    ));
    for &k in PlaceKind::ALL {
        let count = data.places.iter().filter(|p| p.kind == k).count();
        if count == 0 {
            continue;
        }
        out.push_str(&format!(
            r#"<a class="check" href="./?kind={k}" data-key="kind" data-value="{k}" data-focus="kind-{k}"><span class="check-box" aria-hidden="true"></span><span class="kind-dot kind-{k}" aria-hidden="true"></span><span class="check-label">{}</span><span class="check-count">{count}</span></a>"#,
            escape(kind_name(lang, k))
        ));
    }
    out.push_str("</fieldset></div></section>");
}

/// A count text with `{n}` where the number goes, for the early script
/// (`early.js`) to fill in: the text is the translation tables' own, made
/// with a number no count reaches and that number then replaced.
fn with_n(text: impl Fn(usize) -> String) -> String {
    const MARK: usize = 987_654_321;
    text(MARK).replace(&MARK.to_string(), "{n}")
}

/// The phones' list/map switch, as links.
fn view_toggle(out: &mut String, lang: Lang) {
    let t = texts(lang);
    out.push_str(&format!(
        r#"<div class="view-toggle" role="group" aria-label="{}"><a class="button-like" href="./" aria-current="page">{}</a><a class="button-like" href="./?view=map">{}</a></div>"#,
        escape(t.view_toggle),
        escape(t.view_list),
        escape(t.view_map)
    ));
}

/// "N of N places" and the first page of the list, as the live list draws
/// it unfiltered; names and "details" link to the places' pages.
fn place_list(out: &mut String, data: &Dataset, lang: Lang) {
    let t = texts(lang);
    let total = data.places.len();
    out.push_str(r#"<section class="results" aria-labelledby="results-heading">"#);
    // The downloads row as the app draws it, so the list below starts at
    // the same height; its buttons wait for the app (they write the
    // files), so they are inert here.
    out.push_str(&format!(
        r#"<div class="results-head"><h1 id="results-heading">{}</h1><p class="count" role="status" data-template="{}">{}</p><div class="downloads" role="group" aria-labelledby="downloads-label"><span id="downloads-label" class="downloads-label">{}</span><button type="button" class="link-button download-geojson" disabled>{}</button><button type="button" class="link-button download-csv" disabled>{}</button><p class="downloads-note" role="status"></p></div></div>"#,
        escape(t.places_heading),
        escape(&with_n(|n| places_shown(lang, n, total))),
        escape(&places_shown(lang, total, total)),
        escape(t.download),
        escape(t.download_geojson),
        escape(t.download_csv)
    ));
    out.push_str(&format!(
        r#"<ul class="place-list" data-page="{LIST_PAGE}">"#
    ));
    for place in data.places.iter().take(LIST_PAGE) {
        place_item(out, data, lang, place);
    }
    out.push_str("</ul>");
    let hidden = total.saturating_sub(LIST_PAGE);
    if hidden > 0 {
        // The app's "show more": the early script makes it work before the
        // app, which then takes it over.
        out.push_str(&format!(
            r#"<button type="button" class="button-quiet show-more" data-template="{}">{} ({hidden})</button>"#,
            escape(&with_n(|n| format!("{} ({n})", t.show_more))),
            escape(t.show_more)
        ));
    }
    out.push_str("</section>");
}

fn place_item(out: &mut String, data: &Dataset, lang: Lang, place: &Place) {
    let t = texts(lang);
    let href = format!("place/{}", escape(&place.id));
    let kind = place.kind;
    out.push_str(&format!(
        r#"<li class="place-item" data-m="{}" data-kind="{kind}"><span class="kind-dot kind-{kind}" aria-hidden="true"></span><div class="place-text"><a class="place-link" href="{href}">{}</a><span class="place-meta">{} · {}</span>"#,
        place.municipality,
        escape(place.name.get(lang)),
        escape(kind_name(lang, kind)),
        escape(&data.municipality_name(place.municipality, lang))
    ));
    if place.coord.is_none() {
        out.push_str(&format!(
            r#"<span class="badge badge-unverified">{}</span>"#,
            escape(t.location_not_verified)
        ));
    }
    // The trip star and the details link as the app draws them; the link
    // carries the place's name for screen readers, as the live one does.
    let name = place.name.get(lang);
    out.push_str("</div>");
    trip_toggle(out, lang, name, true);
    out.push_str(&format!(
        r#"<a class="details-link" href="{href}">{}<span class="visually-hidden"> ({})</span></a></li>"#,
        escape(t.details),
        escape(name),
    ));
}

/// The "add to trip" toggle as `ui::trip::AddToTrip` draws it for `name`
/// (`compact`: the star alone), disabled: the trip is the app's.
fn trip_toggle(out: &mut String, lang: Lang, name: &str, compact: bool) {
    let t = texts(lang);
    let (class, text) = if compact {
        (" compact", String::new())
    } else {
        (
            "",
            format!(
                r#"<span class="trip-toggle-text">{}</span>"#,
                escape(t.trip_add)
            ),
        )
    };
    out.push_str(&format!(
        r#"<button type="button" class="trip-toggle{class}" aria-pressed="false" aria-label="{label}" title="{label}" disabled><svg class="star" viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false"><path d="{STAR_PATH}" /></svg>{text}</button>"#,
        label = escape(&(t.trip_add_named)(name)),
    ));
}

/// One marker of the static picture.
#[derive(Clone, Debug, PartialEq)]
pub enum StaticMarker {
    /// A place (index into the dataset's places).
    Place { index: usize, pos: Mercator },
    /// A cluster of `count` places: `members` (indexes into the dataset's
    /// places), which the early script counts again under a filter.
    Cluster {
        count: u32,
        pos: Mercator,
        members: Vec<usize>,
    },
}

/// The map's first view, computed as the live map computes it
/// (`geo::first_view`): every mapped place, clustered, fitted to a box.
#[derive(Clone, Debug, PartialEq)]
pub struct StaticMap {
    /// The fitted view of the nominal box.
    pub view: Viewport,
    /// The clustering level drawn (the live map's for this zoom).
    pub level: u8,
    /// What is drawn, north to south.
    pub markers: Vec<StaticMarker>,
    /// The fitted places' bounds, if any place is mapped.
    pub bounds: Option<Bounds>,
}

impl StaticMap {
    /// The first view of a `size` map of all of `data`'s mapped places.
    pub fn first_view(data: &Dataset, size: (f64, f64)) -> StaticMap {
        let mut places = Vec::new();
        let mut points = Vec::new();
        for (i, p) in data.places.iter().enumerate() {
            if let Some(c) = p.coord {
                places.push(i);
                points.push(project(LatLng::new(c.lat, c.lon)));
            }
        }
        let bounds = Bounds::of(points.iter().copied());
        let view = first_view::fitted(bounds, size.0, size.1);
        let index = first_view::cluster_index(&points);
        let level = index.level_for(view.zoom);
        let subset = index.subset(|_| true);
        let mut markers: Vec<StaticMarker> = subset
            .shown(&index, level)
            .into_iter()
            .filter_map(|s| match s {
                Shown::Point(p) => Some(StaticMarker::Place {
                    index: *places.get(p as usize)?,
                    pos: index.point(p)?,
                }),
                Shown::Cluster {
                    index: c,
                    count,
                    pos,
                } => Some(StaticMarker::Cluster {
                    count,
                    pos,
                    members: subset
                        .points(&index, level, c)
                        .into_iter()
                        .filter_map(|p| places.get(p as usize).copied())
                        .collect(),
                }),
            })
            .collect();
        // Reading order, as the live markers' Tab order.
        markers.sort_by(|a, b| {
            let (pa, pb) = (a.pos(), b.pos());
            pa.y.total_cmp(&pb.y).then(pa.x.total_cmp(&pb.x))
        });
        StaticMap {
            view,
            level,
            markers,
            bounds,
        }
    }

    /// The clusters drawn.
    pub fn clusters(&self) -> usize {
        self.markers
            .iter()
            .filter(|m| matches!(m, StaticMarker::Cluster { .. }))
            .count()
    }

    /// A point's position in the picture (pixels of the nominal box).
    fn place(&self, m: Mercator) -> (f64, f64) {
        let tl: WorldPx = self.view.top_left_world();
        let w = m.to_world(self.view.zoom);
        (w.x - tl.x, w.y - tl.y)
    }

    /// The picture's `viewBox`: the fitted places' box, which the SVG
    /// (inset by the fit's padding) scales into the map box exactly as
    /// the live fit does for any box size; the whole inset frame when the
    /// fit was not limited by the places (one place, nothing mapped).
    fn view_box(&self) -> (f64, f64, f64, f64) {
        let (w, h) = (self.view.width, self.view.height);
        let frame = (
            FIT_PADDING,
            FIT_PADDING,
            (w - 2.0 * FIT_PADDING).max(1.0),
            (h - 2.0 * FIT_PADDING).max(1.0),
        );
        let Some(b) = self.bounds else {
            return frame;
        };
        let (x0, y0) = self.place(b.min);
        let (x1, y1) = self.place(b.max);
        let (bw, bh) = (x1 - x0, y1 - y0);
        // Limited by the point zoom: the places do not fill the frame.
        if bw < frame.2 - 0.5 && bh < frame.3 - 0.5 {
            return frame;
        }
        let (cx, cy) = ((x0 + x1) / 2.0, (y0 + y1) / 2.0);
        let (bw, bh) = (bw.max(1.0), bh.max(1.0));
        (cx - bw / 2.0, cy - bh / 2.0, bw, bh)
    }

    /// The map box with the picture: the base map, the municipality
    /// labels, the markers (links to the places' pages, named as the live
    /// ones) and the clusters (named by their count), and the attribution.
    pub fn svg_box(&self, data: &Dataset, lang: Lang) -> String {
        let t = texts(lang);
        let (vx, vy, vw, vh) = self.view_box();
        // A cluster's name for each count it can have under a filter
        // ("2 vietas|3 vietas|…" from 0), for the early script.
        let largest = self
            .markers
            .iter()
            .map(|m| match m {
                StaticMarker::Cluster { count, .. } => *count as usize,
                StaticMarker::Place { .. } => 0,
            })
            .max()
            .unwrap_or(0);
        let counts: Vec<String> = (0..=largest).map(|n| places_count(lang, n)).collect();
        let mut svg = String::with_capacity(16 * 1024);
        svg.push_str(&format!(
            r#"<div class="map map-prerendered" role="region" aria-label="{}"><svg class="map-static" viewBox="{} {} {} {}" preserveAspectRatio="xMidYMid meet" data-zoom="{}" data-counts="{}">"#,
            escape(t.map),
            fixed(vx, 1),
            fixed(vy, 1),
            fixed(vw, 1),
            fixed(vh, 1),
            fixed(self.view.zoom, 3),
            escape(&counts.join("|"))
        ));
        let lines = basemap::parse(BASEMAP_JSON);
        for (class, points, close) in lines.layers() {
            svg.push_str(&format!(
                r#"<path class="{class}" d="{}"/>"#,
                basemap::path(points, |p| self.place(p), close)
            ));
        }
        self.labels(&mut svg, data, lang);
        for (n, m) in self.markers.iter().enumerate() {
            let (x, y) = self.place(m.pos());
            let (x, y) = (fixed(x, 1), fixed(y, 1));
            match m {
                StaticMarker::Place { index, .. } => {
                    let Some(place) = data.places.get(*index) else {
                        continue;
                    };
                    static_marker(&mut svg, place, lang, (&x, &y), "");
                }
                StaticMarker::Cluster { count, members, .. } => {
                    let big = if *count >= 10 {
                        " static-cluster-big"
                    } else {
                        ""
                    };
                    let r = if *count >= 10 { 20.5 } else { 16.5 };
                    svg.push_str(&format!(
                        r#"<g class="static-cluster{big}" role="img" aria-label="{}" data-cluster="{n}"><circle cx="{x}" cy="{y}" r="{r}"/><text x="{x}" y="{y}" text-anchor="middle" dominant-baseline="central" aria-hidden="true">{count}</text></g>"#,
                        escape(&places_count(lang, *count as usize))
                    ));
                    // Its places' own markers, not drawn: under a filter
                    // that leaves one of them, the early script shows that
                    // one instead of a cluster of one.
                    for place in members.iter().filter_map(|&i| data.places.get(i)) {
                        let Some(c) = place.coord else { continue };
                        let (px, py) = self.place(project(LatLng::new(c.lat, c.lon)));
                        let attrs = format!(r#" data-in="{n}""#);
                        let (px, py) = (fixed(px, 1), fixed(py, 1));
                        static_marker(&mut svg, place, lang, (&px, &py), &attrs);
                    }
                }
            }
        }
        svg.push_str("</svg>");
        svg.push_str(&format!(
            r#"<p class="map-attribution">{}</p></div>"#,
            escape(t.attribution_basemap)
        ));
        svg
    }

    /// Municipality names at their places' centroids, moved clear of the
    /// markers (as `ui::map::basemap` places them).
    fn labels(&self, svg: &mut String, data: &Dataset, lang: Lang) {
        let anchors = crate::geo::basemap::municipality_anchors(data);
        let names: Vec<String> = anchors
            .iter()
            .map(|&(m, _)| data.municipality_map_label(m, lang))
            .collect();
        let boxes: Vec<LabelBox> = anchors
            .iter()
            .zip(&names)
            .map(|(&(_, pos), name)| {
                let (x, y) = self.place(pos);
                LabelBox::for_text(x, y, name.chars().count(), LABEL_FONT_PX)
            })
            .collect();
        let discs: Vec<Disc> = self
            .markers
            .iter()
            .map(|m| {
                let (x, y) = self.place(m.pos());
                Disc {
                    x,
                    y,
                    r: m.radius(),
                }
            })
            .collect();
        let frame = LabelBox {
            x: self.view.width / 2.0,
            y: self.view.height / 2.0,
            width: self.view.width,
            height: self.view.height,
        };
        for (placed, name) in place_labels(&boxes, &discs, &frame, &[]).iter().zip(&names) {
            svg.push_str(&format!(
                r#"<text class="map-label" x="{}" y="{}" text-anchor="middle" dominant-baseline="central">{}</text>"#,
                fixed(placed.label.x, 1),
                fixed(placed.label.y, 1),
                escape(name)
            ));
        }
    }
}

/// A place's marker in the static picture: a link to its page, named as
/// the live one, with what the early script filters by. `extra` holds
/// more attributes (` data-in="3"`: one of cluster 3's, drawn only when the
/// early script says so).
fn static_marker(svg: &mut String, place: &Place, lang: Lang, (x, y): (&str, &str), extra: &str) {
    let name = escape(place.name.get(lang));
    let off = if extra.is_empty() { "" } else { " is-off" };
    svg.push_str(&format!(
        r#"<a class="static-marker kind-{kind}{off}" href="place/{}" aria-label="{name}" data-m="{}" data-kind="{kind}"{extra}><title>{name}</title><circle cx="{x}" cy="{y}" r="7"/></a>"#,
        escape(&place.id),
        place.municipality,
        kind = place.kind,
    ));
}

impl StaticMarker {
    /// Where it stands.
    pub fn pos(&self) -> Mercator {
        match self {
            StaticMarker::Place { pos, .. } | StaticMarker::Cluster { pos, .. } => *pos,
        }
    }

    /// Half its drawn size in pixels (as `ui::map::markers` counts it).
    pub fn radius(&self) -> f64 {
        match self {
            StaticMarker::Place { .. } => 15.0,
            StaticMarker::Cluster { count, .. } if *count >= 10 => 22.0,
            StaticMarker::Cluster { .. } => 18.0,
        }
    }
}

/// The header's share link, where the app has one (`ui::shell`,
/// `share_href`): the home page, the calendar and a place's or an event's
/// page, each prefilled as the app prefills it. The app's own pages and
/// "not found" have nothing to share.
fn share_link(label: &str, path: &str) -> String {
    let href = if path.is_empty() {
        "share".to_owned()
    } else if path == "calendar" || path.starts_with("event/") {
        "share?of=calendar".to_owned()
    } else if let Some(id) = path.strip_prefix("place/") {
        format!("share?p={id}")
    } else {
        return String::new();
    };
    format!(
        r#"<a class="share-link" href="{}"><span aria-hidden="true">↗ </span>{}</a>"#,
        escape(&href),
        escape(label)
    )
}

/// The site header (`ui::shell::Header`) in `lang` for the page at `path`
/// (`""` for home): the name, navigation (the current page marked), share
/// link, trip counter and language switch the app draws, so that nothing
/// moves or changes language when it takes over. Its links work without
/// the app, the language switch too. The trip's count is the
/// visitor's own, in their storage, which only the app reads: its badge
/// stays empty (and hidden, its room kept) until then.
pub fn header(lang: Lang, path: &str) -> String {
    let t = texts(lang);
    let current = |p: &str| {
        if p == path {
            r#" aria-current="page""#
        } else {
            ""
        }
    };
    let mut out = String::with_capacity(1536);
    out.push_str(&format!(
        r##"<header class="site-header"><div class="brand"><a class="brand-link" href="./"><svg class="mark" viewBox="0 0 32 32" width="32" height="32" aria-hidden="true"><circle cx="11" cy="12" r="7" fill="#a3263b"/><circle cx="22" cy="14" r="5.5" fill="#ffffff" stroke="#a3263b" stroke-width="1.5"/><circle cx="15" cy="23" r="6" fill="#4f6b33"/></svg><span class="brand-name">{}</span></a><span class="tagline">{}</span></div><nav class="site-nav" aria-label="{}"><a href="./"{}>{}</a><a href="calendar"{}>{}</a></nav>{share}<a class="trip-counter" href="trip"{}><svg class="star" viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false"><path d="{star}" /></svg><span class="trip-counter-label">{}</span> <span class="trip-count"></span></a><div class="lang-switch" role="group" aria-label="{}">"##,
        escape(t.app_name),
        escape(t.tagline),
        escape(t.nav_label),
        current(""),
        escape(t.nav_places),
        current("calendar"),
        escape(t.nav_calendar),
        current("trip"),
        escape(t.trip_title),
        escape(t.language),
        star = STAR_PATH,
        share = share_link(t.share, path),
    ));
    // Links, not the app's buttons: before the app they already switch,
    // since the server sends the page in the language a link names
    // (`?lang=`). They look and stand as the buttons do.
    // A page that is not at a path of its own (`404.html`, sent for any
    // unknown path) cannot name the visitor's URL: its links go home, and
    // the early script points them at the URL itself (src/pages/early.js).
    let here = if path.is_empty() || path.ends_with(".html") {
        "./"
    } else {
        path
    };
    for l in Lang::ALL {
        let current = if l == lang {
            r#" aria-current="true""#
        } else {
            ""
        };
        out.push_str(&format!(
            r#"<a class="lang-button" href="{}?lang={code}" lang="{code}" hreflang="{code}" title="{}"{current}>{}</a>"#,
            escape(here),
            escape(crate::i18n::language_name(l)),
            l.code().to_uppercase(),
            code = l.code(),
        ));
    }
    out.push_str("</div></header>");
    out
}

/// A place page's `<main>` content: the top of the live page (back link,
/// name, kind and municipality, trip toggle, description) with the place's
/// own words.
pub fn place(data: &Dataset, lang: Lang, place: &Place) -> String {
    let t = texts(lang);
    let mut m = data.municipality_name(place.municipality, lang);
    if place.municipality_approximate {
        m = format!("{m} ({})", t.municipality_approximate);
    }
    let name = place.name.get(lang);
    let mut out = String::with_capacity(2 * 1024);
    out.push_str(&format!(
        r#"<article class="place-page" data-prerendered=""><a class="back-link" href="./"><span aria-hidden="true">← </span>{}</a><h1>{}</h1><p class="kicker"><span class="kind-dot kind-{}" aria-hidden="true"></span>{} · {}</p><p class="page-actions">"#,
        escape(t.back_to_list),
        escape(name),
        place.kind,
        escape(kind_name(lang, place.kind)),
        escape(&m)
    ));
    trip_toggle(&mut out, lang, name, false);
    out.push_str("</p>");
    description(&mut out, place.description.get(lang));
    map_room(&mut out, place);
    out.push_str("</article>");
    out
}

/// The page for a path the build has no page for (`404.html`): the app's
/// own "not found" (`ui::not_found`), so a stale or mistyped link says so
/// at first paint instead of showing the home page until the app starts.
pub fn not_found(lang: Lang) -> String {
    let t = texts(lang);
    format!(
        r#"<section class="not-found" data-prerendered=""><h1>{}</h1><p>{}</p><a class="button" href="./">{}</a></section>"#,
        escape(t.not_found),
        escape(t.not_found_text),
        escape(t.go_home)
    )
}

/// The room of a place's small map (`ui::place_page::PlaceMap`), empty
/// until the app draws the map in it, when the place has one: on a wide
/// screen the page is laid out in two columns around it from the start
/// (CSS shows the room only there; on a phone the map comes further down).
fn map_room(out: &mut String, place: &Place) {
    if place.coord.is_some() {
        out.push_str(
            r#"<div class="place-map map-room" aria-hidden="true"><div class="map"></div></div>"#,
        );
    }
}

/// A description paragraph, when there is one.
fn description(out: &mut String, text: &str) {
    let text = text.trim();
    if !text.is_empty() {
        out.push_str(&format!(r#"<p class="description">{}</p>"#, escape(text)));
    }
}

/// An event page's `<main>` content: the live page (`ui::event_page`) down
/// to its facts — title, category, trip toggle, description, when, where,
/// municipalities, organiser, source — with links to its place's page and
/// to the place on the home map, and the room of the place's small map.
/// The calendar files (.ics, Google) come with the app, which writes them
/// for the visitor's clock.
pub fn event(data: &Dataset, lang: Lang, event: &Event) -> String {
    let t = texts(lang);
    let title = event.title.get(lang);
    let mut out = String::with_capacity(3 * 1024);
    out.push_str(&format!(
        r#"<article class="place-page event-page" data-prerendered=""><a class="back-link" href="calendar"><span aria-hidden="true">← </span>{}</a><h1>{}</h1><p class="kicker">{}</p><p class="page-actions">"#,
        escape(t.back_to_calendar),
        escape(title),
        escape(category_name(lang, event.category)),
    ));
    trip_toggle(&mut out, lang, title, false);
    out.push_str("</p>");
    description(&mut out, event.description.get(lang));
    let place = event.place.as_deref().and_then(|id| data.place(id));
    let fact = |out: &mut String, term: &str, value: &str| {
        out.push_str(&format!("<dt>{}</dt><dd>{value}</dd>", escape(term)));
    };
    out.push_str(r#"<dl class="facts">"#);
    fact(
        &mut out,
        t.when,
        &escape(&format_when(lang, event.start, event.end)),
    );
    if let Some(place) = place {
        let id = escape(&place.id);
        let links = format!(
            r#"<a href="place/{id}">{}</a> · <a href="./?p={id}">{}</a>"#,
            escape(place.name.get(lang)),
            escape(t.show_on_map_link)
        );
        fact(&mut out, t.place, &links);
    }
    if let Some(location) = &event.location {
        fact(&mut out, t.venue, &escape(location.name.get(lang)));
    }
    let municipalities = if event.municipalities.is_empty() {
        t.whole_selija.to_owned()
    } else {
        let names: Vec<String> = event
            .municipalities
            .iter()
            .map(|m| data.municipality_name(*m, lang))
            .collect();
        names.join(", ")
    };
    fact(&mut out, t.municipality, &escape(&municipalities));
    if let Some(url) = &event.url {
        let link = format!(r#"<a href="{0}" rel="noopener">{0}</a>"#, escape(url));
        fact(&mut out, t.organiser, &link);
    }
    out.push_str(&format!(
        r#"<dt>{}</dt><dd class="source">{}</dd></dl>"#,
        escape(t.source),
        escape(event.source.get(lang))
    ));
    if let Some(place) = place {
        map_room(&mut out, place);
    }
    out.push_str("</article>");
    out
}

/// Most events the pre-rendered calendar lists.
pub const UPCOMING_MAX: usize = 20;

/// The calendar page's `<main>` content: its heading and the events still
/// to come from `today` (the build's day: the page is as fresh as the
/// build), each a link to its page; the most recent ones when none are.
pub fn calendar(data: &Dataset, lang: Lang, today: chrono::NaiveDate) -> String {
    use crate::domain::calendar::{agenda, Direction};
    let t = texts(lang);
    let events: Vec<&crate::domain::Event> = data.events.iter().collect();
    let mut direction = Direction::Upcoming;
    let mut groups = agenda(&events, today, direction, Some(UPCOMING_MAX));
    if groups.is_empty() {
        direction = Direction::Past;
        groups = agenda(&events, today, direction, Some(UPCOMING_MAX));
    }
    let mut out = String::with_capacity(8 * 1024);
    out.push_str(&format!(
        r#"<section class="calendar-page" data-prerendered=""><div class="calendar-head"><h1>{}</h1></div>"#,
        escape(t.calendar_heading)
    ));
    if direction == Direction::Past {
        out.push_str(&format!(
            r#"<p class="calendar-note">{}</p>"#,
            escape(t.nothing_upcoming)
        ));
    }
    out.push_str(&format!(
        r#"<h2>{}</h2><ul class="agenda prerendered-agenda">"#,
        escape(if direction == Direction::Upcoming {
            t.upcoming
        } else {
            t.past
        })
    ));
    for event in groups.iter().flat_map(|g| g.events().iter()) {
        out.push_str(&format!(
            r#"<li><a href="event/{}">{}</a> <span class="agenda-when">{}</span></li>"#,
            escape(&event.id),
            escape(event.title.get(lang)),
            escape(&crate::i18n::format_when(lang, event.start, event.end))
        ));
    }
    out.push_str("</ul></section>");
    out
}

/// The build's day (UTC), for the upcoming events.
pub fn build_day() -> chrono::NaiveDate {
    let days = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs() / 86_400);
    // 1970-01-01 is day 719 163 of the common era.
    i32::try_from(days)
        .ok()
        .and_then(|d| chrono::NaiveDate::from_num_days_from_ce_opt(719_163 + d))
        .unwrap_or_default()
}
