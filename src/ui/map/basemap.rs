//! The offline base map: Sēlija's outline, the Daugava and the state border
//! from `basemap.json` (built into the app: 3.7 KB, drawn with the first
//! frame, and no second download whose async machinery would cost more
//! bundle than the file), with municipality labels at the centroid of each
//! municipality's places (the facts have no municipal boundaries).

use super::{Layer, MapCtx};
use crate::domain::num::fixed;
use crate::domain::text::escape_html;
use crate::domain::validate::Loaded;
use crate::domain::MunicipalityId;
use crate::geo::{project, LatLng, Mercator};
use crate::state::use_lang;
use leptos::prelude::*;
use std::sync::Arc;

/// The base map's lines, in Mercator space.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct BaseLines {
    outline: Vec<Mercator>,
    daugava: Vec<Mercator>,
    border: Vec<Mercator>,
}

/// Reads `[[lat, lon], ...]` lists from the base map file; anything
/// malformed is simply left out (the map still works without it).
fn parse(text: &str) -> BaseLines {
    let Ok(v) = serde_json::from_str::<serde_json::Value>(text) else {
        return BaseLines::default();
    };
    let line = |key: &str| -> Vec<Mercator> {
        v.get(key)
            .and_then(|l| l.as_array())
            .map(|pts| {
                pts.iter()
                    .filter_map(|p| {
                        let lat = p.get(0)?.as_f64()?;
                        let lon = p.get(1)?.as_f64()?;
                        Some(project(LatLng::new(lat, lon)))
                    })
                    .collect()
            })
            .unwrap_or_default()
    };
    BaseLines {
        outline: line("outline"),
        daugava: line("daugava"),
        border: line("border"),
    }
}

/// The base map file, derived from the facts by `.ci/basemap.py`.
const BASEMAP_JSON: &str = include_str!("basemap.json");

/// An SVG path through the points, in pane pixels.
fn path(points: &[Mercator], layer: Layer, close: bool) -> String {
    let mut d = String::with_capacity(points.len() * 16);
    for (i, p) in points.iter().enumerate() {
        let (x, y) = layer.place(*p);
        d.push(if i == 0 { 'M' } else { 'L' });
        d.push_str(&fixed(x, 1));
        d.push(' ');
        d.push_str(&fixed(y, 1));
    }
    if close && !d.is_empty() {
        d.push('Z');
    }
    d
}

/// Draws the base map into the pane: one SVG fragment, redrawn when the
/// layer (the zoom) or the language changes, never while panning.
#[component]
pub fn BaseMap(ctx: MapCtx, loaded: Arc<Loaded>) -> impl IntoView {
    let lang = use_lang();
    let lines = parse(BASEMAP_JSON);
    let layer = ctx.layer;
    // Label each municipality at the centroid of its mapped places.
    let labels: Vec<(MunicipalityId, Mercator)> = MunicipalityId::ALL
        .iter()
        .filter_map(|&m| {
            let pts: Vec<Mercator> = loaded
                .dataset
                .places
                .iter()
                .filter(|p| p.municipality == m)
                .filter_map(|p| p.coord.map(|c| project(LatLng::new(c.lat, c.lon))))
                .collect();
            (!pts.is_empty()).then(|| {
                let n = pts.len() as f64;
                let (x, y) = pts.iter().fold((0.0, 0.0), |(x, y), p| (x + p.x, y + p.y));
                (m, Mercator { x: x / n, y: y / n })
            })
        })
        .collect();
    let drawing = move || {
        let (l, lang) = (layer.get(), lang.get());
        let mut svg = String::with_capacity(8 * 1024);
        for (class, points, close) in [
            ("map-outline", &lines.outline, true),
            ("map-border", &lines.border, false),
            ("map-river", &lines.daugava, false),
        ] {
            svg.push_str(&format!(
                r#"<path class="{class}" d="{}"/>"#,
                path(points, l, close)
            ));
        }
        for &(m, pos) in &labels {
            let (x, y) = l.place(pos);
            svg.push_str(&format!(
                r#"<text class="map-label" x="{}" y="{}" text-anchor="middle">"#,
                fixed(x, 1),
                fixed(y, 1)
            ));
            escape_html(&mut svg, &loaded.dataset.municipality_name(m, lang));
            svg.push_str("</text>");
        }
        svg
    };
    view! {
        <svg class="map-base" width="1" height="1" aria-hidden="true">
            <g inner_html=drawing></g>
        </svg>
    }
}
