//! The offline base map: Sēlija's outline, the Daugava and the state border
//! from `basemap.json` (built into the app: 3.7 KB, drawn with the first
//! frame, and no second download whose async machinery would cost more
//! bundle than the file), with municipality labels at the centroid of each
//! municipality's places (the facts have no municipal boundaries), moved
//! aside where markers would hide them (`geo::labels`). Close in, where
//! the base map has little else to show, the places' names stand beside
//! their markers (the tiles, when they load, have their own).

use super::{Layer, MapCtx};
use crate::domain::num::fixed;
use crate::domain::text::escape_html;
use crate::domain::validate::Loaded;
use crate::geo::basemap::{self, BASEMAP_JSON};
use crate::geo::labels::{name_labels, place_labels, Disc, LabelBox, Named, Placed};
use crate::geo::Mercator;
use crate::state::use_lang;
use leptos::prelude::*;
use std::sync::Arc;

/// A label's `<text>`, centred in its box.
fn text(svg: &mut String, class: &str, b: &LabelBox, words: &str) {
    svg.push_str(&format!(
        r#"<text class="{class}" x="{}" y="{}" text-anchor="middle" dominant-baseline="central">"#,
        fixed(b.x, 1),
        fixed(b.y, 1)
    ));
    escape_html(svg, words);
    svg.push_str("</text>");
}

/// An SVG path through the points, in pane pixels.
fn path(points: &[Mercator], layer: Layer, close: bool) -> String {
    basemap::path(points, |p| layer.place(p), close)
}

/// The labels' font size in pixels, as `main.css` sets it for `.map-label`.
const LABEL_FONT_PX: f64 = 11.0;
/// The places' names' font size, as `main.css` sets it for `.map-name`.
const NAME_FONT_PX: f64 = 12.0;
/// From this zoom in, the places' names are drawn: farther out the
/// markers are mostly clusters, and the region labels say enough.
pub const NAME_ZOOM: f64 = 10.0;
/// The map's own controls, which names must not run under (as `main.css`
/// draws them): the buttons' column at the top right (0.75rem from the
/// edges, 2.75rem wide, up to four buttons) and the attribution along the
/// bottom (two lines of 0.7rem on a narrow map).
const CONTROLS_PX: (f64, f64) = (60.0, 192.0);
const ATTRIBUTION_PX: f64 = 34.0;

/// Draws the base map into the pane: its lines as one SVG fragment per
/// zoom (they never change while panning), and the labels, moved clear of
/// the markers, whenever those change; while `names` (no tiles are
/// drawn over it), the single places' names too, the `selected` one's
/// first.
#[component]
pub fn BaseMap(
    ctx: MapCtx,
    loaded: Arc<Loaded>,
    selected: Memo<Option<usize>>,
    names: Signal<bool>,
) -> impl IntoView {
    let lang = use_lang();
    // (`names` below are the region labels' words.)
    let show_names = names;
    let base = basemap::parse(BASEMAP_JSON);
    let MapCtx {
        view,
        layer,
        markers,
        ..
    } = ctx;
    // Label each municipality at the centroid of its mapped places.
    let anchors = crate::geo::basemap::municipality_anchors(&loaded.dataset);
    let lines = move || {
        let l = layer.get();
        let mut svg = String::with_capacity(8 * 1024);
        for (class, points, close) in base.layers() {
            svg.push_str(&format!(
                r#"<path class="{class}" d="{}"/>"#,
                path(points, l, close)
            ));
        }
        svg
    };
    // The view's size: labels are placed again when it changes (first
    // layout, a resize), not when it pans.
    let size = Memo::new(move |_| view.with(|v| (v.width, v.height)));
    // Where each label went last time: it stays there while that is free.
    let choices = std::cell::RefCell::new(Vec::<usize>::new());
    let labels = move || {
        let (l, lang) = (layer.get(), lang.get());
        size.track();
        let names: Vec<String> = anchors
            .iter()
            .map(|&(m, _)| loaded.dataset.municipality_map_label(m, lang))
            .collect();
        let boxes: Vec<LabelBox> = anchors
            .iter()
            .zip(&names)
            .map(|(&(_, pos), name)| {
                let (x, y) = l.place(pos);
                LabelBox::for_text(x, y, name.chars().count(), LABEL_FONT_PX)
            })
            .collect();
        let discs: Vec<Disc> = markers.with(|ms| {
            ms.iter()
                .map(|m| {
                    let (x, y) = l.place(m.pos);
                    Disc {
                        x,
                        y,
                        r: m.radius(),
                    }
                })
                .collect()
        });
        // The visible part of the pane, read untracked: the labels are
        // placed again when the zoom, the size or the markers change, not
        // on every pan frame.
        let frame = view.with_untracked(|v| {
            let tl = v.top_left_world().to_layer(l.origin);
            LabelBox {
                x: tl.x + v.width / 2.0,
                y: tl.y + v.height / 2.0,
                width: v.width,
                height: v.height,
            }
        });
        let placed = place_labels(&boxes, &discs, &frame, &choices.borrow());
        *choices.borrow_mut() = placed.iter().map(|p| p.choice).collect();
        let mut svg = String::new();
        for (Placed { label: b, .. }, name) in placed.iter().zip(&names) {
            text(&mut svg, "map-label", b, name);
        }
        if show_names.get() && l.zoom >= NAME_ZOOM {
            let mut taken: Vec<LabelBox> = placed.iter().map(|p| p.label).collect();
            let (right, top) = (frame.x + frame.width / 2.0, frame.y - frame.height / 2.0);
            let bottom = frame.y + frame.height / 2.0;
            let (cw, ch) = CONTROLS_PX;
            taken.push(LabelBox {
                x: right - cw / 2.0,
                y: top + ch / 2.0,
                width: cw,
                height: ch,
            });
            taken.push(LabelBox {
                x: frame.x,
                y: bottom - ATTRIBUTION_PX / 2.0,
                width: frame.width,
                height: ATTRIBUTION_PX,
            });
            let first = selected.get();
            let mut singles: Vec<(usize, Disc)> = markers.with(|ms| {
                ms.iter()
                    .zip(&discs)
                    .filter_map(|(m, d)| m.place().map(|i| (i, *d)))
                    .collect()
            });
            singles.sort_by_key(|&(i, _)| Some(i) != first);
            let titles: Vec<&str> = singles
                .iter()
                .map(|&(i, _)| {
                    loaded
                        .dataset
                        .places
                        .get(i)
                        .map_or("", |p| p.name.get(lang))
                })
                .collect();
            let named: Vec<Named> = singles
                .iter()
                .zip(&titles)
                .map(|(&(_, marker), title)| Named {
                    marker,
                    chars: title.chars().count(),
                })
                .collect();
            let boxes = name_labels(&named, &discs, &taken, &frame, NAME_FONT_PX);
            for (b, title) in boxes.iter().zip(&titles) {
                if let Some(b) = b {
                    text(&mut svg, "map-name", b, title);
                }
            }
        }
        svg
    };
    view! {
        <svg class="map-base" width="1" height="1" aria-hidden="true">
            <g inner_html=lines></g>
            <g inner_html=labels></g>
        </svg>
    }
}
