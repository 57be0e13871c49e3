//! The map's first view and the constants that define it, shared by the
//! live map (`ui::map`) and the build-time page writer (`pages::prerender`),
//! which draws the same view as a static picture before the wasm runs: one
//! computation, so the picture and the live map agree.

use super::cluster::ClusterIndex;
use super::{Bounds, LatLng, Mercator, Viewport};

/// The farthest zoom of the map.
pub const MIN_ZOOM: f64 = 6.0;
/// The closest zoom.
pub const MAX_ZOOM: f64 = 18.0;
/// Marker clustering radius in pixels.
pub const CLUSTER_RADIUS: f64 = 60.0;
/// Space kept free around fitted places (and an opened cluster's).
pub const FIT_PADDING: f64 = 48.0;
/// Zoom for a single fitted place (and for the visitor, located).
pub const POINT_ZOOM: f64 = 13.0;
/// The zoom of a map with nothing to fit (all of Sēlija).
pub const START_ZOOM: f64 = 8.0;
/// The centre of Sēlija, for a map with nothing to fit.
pub const SELIJA: LatLng = LatLng::new(56.15, 26.0);

/// The view of a `width` × `height` map showing `bounds` (all of Sēlija
/// when there is nothing to show).
pub fn fitted(bounds: Option<Bounds>, width: f64, height: f64) -> Viewport {
    let mut v = Viewport::new(SELIJA, START_ZOOM, width, height, MIN_ZOOM, MAX_ZOOM);
    if let Some(b) = bounds {
        v.fit_bounds(b, FIT_PADDING, POINT_ZOOM);
    }
    v
}

/// The clusters of these points at every zoom, as the live map makes them.
pub fn cluster_index(points: &[Mercator]) -> ClusterIndex {
    ClusterIndex::new(points, MIN_ZOOM as u8, MAX_ZOOM as u8, CLUSTER_RADIUS)
}
