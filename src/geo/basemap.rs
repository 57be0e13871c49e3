//! The offline base map's lines (`src/ui/map/basemap.json`: Sēlija's
//! outline, the Daugava and the state border), read into Mercator space.
//! Shared by the live map and the build-time page writer's static picture.

use super::{project, LatLng, Mercator};
use crate::domain::num::fixed;

/// The base map file, derived from the facts by `.ci/basemap.py`.
pub const BASEMAP_JSON: &str = include_str!("../ui/map/basemap.json");

/// The base map's lines, in Mercator space.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct BaseLines {
    /// Sēlija's outline (a closed ring).
    pub outline: Vec<Mercator>,
    /// The Daugava's centreline.
    pub daugava: Vec<Mercator>,
    /// The state border.
    pub border: Vec<Mercator>,
}

impl BaseLines {
    /// The lines with their CSS class and whether each is closed, bottom
    /// to top.
    pub fn layers(&self) -> [(&'static str, &[Mercator], bool); 3] {
        [
            ("map-outline", &self.outline, true),
            ("map-border", &self.border, false),
            ("map-river", &self.daugava, false),
        ]
    }
}

/// Reads `[[lat, lon], ...]` lists from the base map file; anything
/// malformed is simply left out (the map still works without it).
pub fn parse(text: &str) -> BaseLines {
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

/// An SVG path through the points, placed in pixels by `place`.
pub fn path(points: &[Mercator], place: impl Fn(Mercator) -> (f64, f64), close: bool) -> String {
    let mut d = String::with_capacity(points.len() * 16);
    for (i, p) in points.iter().enumerate() {
        let (x, y) = place(*p);
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

/// Where each municipality's name goes on the base map: the centroid of its
/// mapped places (there are no municipal boundaries in the facts), for the
/// municipalities that have any. Shared by the live map and the static
/// first picture, so both put the names in the same places.
pub fn municipality_anchors(
    data: &crate::domain::Dataset,
) -> Vec<(crate::domain::MunicipalityId, Mercator)> {
    crate::domain::MunicipalityId::ALL
        .iter()
        .filter_map(|&m| {
            let pts: Vec<Mercator> = data
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
        .collect()
}
