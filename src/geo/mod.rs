//! The map's pure core: coordinates, Web Mercator projection, the viewport,
//! tiles and clustering. No browser, no leptos: tested natively.
//!
//! Coordinate spaces, as in Leaflet, each a newtype with explicit
//! conversions:
//! - [`LatLng`]: WGS84 degrees.
//! - [`Mercator`]: spherical Web Mercator (EPSG:3857) normalised to the unit
//!   square, x east, y south; the same at every zoom.
//! - [`WorldPx`]: Mercator scaled by `256 · 2^zoom`: the pixel of the whole
//!   world at that zoom.
//! - [`LayerPx`]: world pixels minus a layer origin fixed at the last zoom;
//!   panning only moves the layer, it does not re-position the markers.
//! - [`ContainerPx`]: pixels from the map element's top-left corner.

pub mod basemap;
pub mod cluster;
pub mod first_view;
pub mod gestures;
pub mod labels;
pub mod math;
pub mod panel;
pub mod projection;
pub mod tiles;
pub mod viewport;

pub use projection::*;
pub use viewport::Viewport;

/// `x` limited to `lo..=hi`; a NaN `x` gives `lo`.
///
/// Not `f64::clamp`: its `lo <= hi` check formats both bounds with `Debug`
/// when it fails, which alone links core's float printing (about 10 KB of
/// the wasm bundle) into the app.
pub fn clamp(x: f64, lo: f64, hi: f64) -> f64 {
    x.max(lo).min(hi)
}
