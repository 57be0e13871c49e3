//! Which map tiles a viewport needs, in what order, and where they go.

use super::projection::*;
use super::viewport::Viewport;
use std::fmt;

/// A slippy-map tile address.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct TileCoord {
    /// Column, 0 at 180° W.
    pub x: u32,
    /// Row, 0 at the north limit.
    pub y: u32,
    /// Zoom level.
    pub z: u8,
}

impl TileCoord {
    /// Fills a URL template: `{z}`, `{x}`, `{y}`, and `{r}` (`@2x` when
    /// `retina`, else empty).
    pub fn url(&self, template: &str, retina: bool) -> String {
        template
            .replace("{z}", &self.z.to_string())
            .replace("{x}", &self.x.to_string())
            .replace("{y}", &self.y.to_string())
            .replace("{r}", if retina { "@2x" } else { "" })
    }

    /// The tile holding a position at integer zoom `z`.
    pub fn containing(p: LatLng, z: u8) -> TileCoord {
        let n = 1u32 << z;
        let m = project(p);
        let clamp = |v: f64| ((v * f64::from(n)).floor().max(0.0) as u32).min(n - 1);
        TileCoord {
            x: clamp(m.x),
            y: clamp(m.y),
            z,
        }
    }

    /// The tile's top-left corner in Mercator space.
    pub fn north_west(&self) -> Mercator {
        let n = f64::from(1u32 << self.z);
        Mercator {
            x: f64::from(self.x) / n,
            y: f64::from(self.y) / n,
        }
    }
}

impl fmt::Display for TileCoord {
    /// `z/x/y`, as in tile URLs.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}/{}/{}", self.z, self.x, self.y)
    }
}

/// The integer zoom whose tiles serve a fractional zoom.
pub fn tile_zoom(zoom: f64, min: u8, max: u8) -> u8 {
    (zoom.round().max(0.0) as u8).clamp(min, max)
}

/// The inclusive tile column/row range covering the viewport at tile zoom
/// `z`, grown by `buffer` tiles on each side and clamped to the world.
pub fn tile_range(v: &Viewport, z: u8, buffer: u32) -> (TileCoord, TileCoord) {
    let n = 1u32 << z;
    let b = v.bounds();
    let cell = |m: f64| (m * f64::from(n)).floor();
    let lo = |m: f64| super::clamp(cell(m) - f64::from(buffer), 0.0, f64::from(n - 1)) as u32;
    let hi = |m: f64| super::clamp(cell(m) + f64::from(buffer), 0.0, f64::from(n - 1)) as u32;
    (
        TileCoord {
            x: lo(b.min.x),
            y: lo(b.min.y),
            z,
        },
        TileCoord {
            x: hi(b.max.x),
            y: hi(b.max.y),
            z,
        },
    )
}

/// The tiles to show, nearest to the centre first (they load first).
pub fn visible_tiles(v: &Viewport, z: u8) -> Vec<TileCoord> {
    let (lo, hi) = tile_range(v, z, 0);
    let n = f64::from(1u32 << z);
    let cx = v.center.x * n - 0.5;
    let cy = v.center.y * n - 0.5;
    let mut tiles: Vec<TileCoord> = (lo.y..=hi.y)
        .flat_map(|y| (lo.x..=hi.x).map(move |x| TileCoord { x, y, z }))
        .collect();
    crate::sort::by(&mut tiles, |a, b| {
        let da = (f64::from(a.x) - cx).powi(2) + (f64::from(a.y) - cy).powi(2);
        let db = (f64::from(b.x) - cx).powi(2) + (f64::from(b.y) - cy).powi(2);
        da.total_cmp(&db).then(a.cmp(b))
    });
    tiles
}

/// True when a loaded tile may stay: same zoom and within the visible range
/// grown by `buffer` tiles (so a small pan does not reload it).
pub fn keep_tile(v: &Viewport, z: u8, buffer: u32, t: &TileCoord) -> bool {
    let (lo, hi) = tile_range(v, z, buffer);
    t.z == z && (lo.x..=hi.x).contains(&t.x) && (lo.y..=hi.y).contains(&t.y)
}

/// A tile's side in pixels when shown at `zoom` (256 at its own zoom).
pub fn tile_side(zoom: f64, tile_z: u8) -> f64 {
    TILE_SIZE * super::math::exp2(zoom - f64::from(tile_z))
}

/// Where a tile goes in the container: its top-left pixel and its side.
pub fn tile_position(v: &Viewport, t: &TileCoord) -> (ContainerPx, f64) {
    (
        v.mercator_to_container(t.north_west()),
        tile_side(v.zoom, t.z),
    )
}
