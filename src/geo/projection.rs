//! Coordinates and spherical Web Mercator.

use super::math;
use std::f64::consts::PI;
use std::ops::{Add, Sub};

/// Web Mercator's latitude limit: the world is square up to here.
pub const MAX_LATITUDE: f64 = 85.051_128_779_806_59;

/// Size of a tile, and of the world at zoom 0, in pixels.
pub const TILE_SIZE: f64 = 256.0;

/// A WGS84 position in degrees.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct LatLng {
    /// Degrees north.
    pub lat: f64,
    /// Degrees east.
    pub lng: f64,
}

impl LatLng {
    /// A position.
    pub const fn new(lat: f64, lng: f64) -> Self {
        LatLng { lat, lng }
    }
}

/// Web Mercator in the unit square: x from 0 (180° W) to 1 (180° E), y from
/// 0 (north limit) to 1 (south limit).
#[derive(Clone, Copy, Debug, PartialEq, Default)]
pub struct Mercator {
    /// East.
    pub x: f64,
    /// South.
    pub y: f64,
}

/// Declares a 2-D pixel space with addition/subtraction of offsets.
macro_rules! pixel_space {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(Clone, Copy, Debug, PartialEq, Default)]
        pub struct $name {
            /// Right.
            pub x: f64,
            /// Down.
            pub y: f64,
        }

        impl $name {
            /// A point.
            pub const fn new(x: f64, y: f64) -> Self {
                $name { x, y }
            }

            /// Euclidean distance to another point of the same space.
            pub fn distance(self, other: Self) -> f64 {
                math::hypot(self.x - other.x, self.y - other.y)
            }
        }

        impl Add<Offset> for $name {
            type Output = $name;
            fn add(self, o: Offset) -> $name {
                $name::new(self.x + o.dx, self.y + o.dy)
            }
        }

        impl Sub<Offset> for $name {
            type Output = $name;
            fn sub(self, o: Offset) -> $name {
                $name::new(self.x - o.dx, self.y - o.dy)
            }
        }

        impl Sub for $name {
            type Output = Offset;
            fn sub(self, o: $name) -> Offset {
                Offset { dx: self.x - o.x, dy: self.y - o.y }
            }
        }
    };
}

/// A difference between two points of one pixel space.
#[derive(Clone, Copy, Debug, PartialEq, Default)]
pub struct Offset {
    /// Right.
    pub dx: f64,
    /// Down.
    pub dy: f64,
}

impl Offset {
    /// An offset.
    pub const fn new(dx: f64, dy: f64) -> Self {
        Offset { dx, dy }
    }

    /// The offset scaled by `k`.
    pub fn scale(self, k: f64) -> Offset {
        Offset::new(self.dx * k, self.dy * k)
    }
}

pixel_space!(
    /// Pixels of the whole world at some zoom (origin: north-west corner).
    WorldPx
);
pixel_space!(
    /// World pixels relative to a layer origin that stays put while panning.
    LayerPx
);
pixel_space!(
    /// Pixels relative to the map container's top-left corner.
    ContainerPx
);

/// The world's size in pixels at a (possibly fractional) zoom: `256 · 2^z`.
pub fn scale(zoom: f64) -> f64 {
    TILE_SIZE * math::exp2(zoom)
}

/// Projects a position to Web Mercator (latitude clamped at ±85.0511°).
pub fn project(p: LatLng) -> Mercator {
    let lat = super::clamp(p.lat, -MAX_LATITUDE, MAX_LATITUDE).to_radians();
    Mercator {
        x: (p.lng + 180.0) / 360.0,
        y: 0.5 - math::ln(math::tan(PI / 4.0 + lat / 2.0)) / (2.0 * PI),
    }
}

/// The inverse of [`project`].
pub fn unproject(m: Mercator) -> LatLng {
    let lat = (2.0 * math::atan(math::exp((0.5 - m.y) * 2.0 * PI)) - PI / 2.0).to_degrees();
    LatLng {
        lat,
        lng: m.x * 360.0 - 180.0,
    }
}

impl Mercator {
    /// The world pixel of this point at `zoom`.
    pub fn to_world(self, zoom: f64) -> WorldPx {
        let s = scale(zoom);
        WorldPx::new(self.x * s, self.y * s)
    }
}

impl WorldPx {
    /// The Mercator point of this world pixel at `zoom`.
    pub fn to_mercator(self, zoom: f64) -> Mercator {
        let s = scale(zoom);
        Mercator {
            x: self.x / s,
            y: self.y / s,
        }
    }

    /// Into the layer space whose origin is the world pixel `origin`.
    pub fn to_layer(self, origin: WorldPx) -> LayerPx {
        LayerPx::new(self.x - origin.x, self.y - origin.y)
    }
}

impl LayerPx {
    /// Back to world pixels, given the layer's origin.
    pub fn to_world(self, origin: WorldPx) -> WorldPx {
        WorldPx::new(self.x + origin.x, self.y + origin.y)
    }
}

/// A rectangle in Mercator space.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Bounds {
    /// North-west corner (smallest x and y).
    pub min: Mercator,
    /// South-east corner (largest x and y).
    pub max: Mercator,
}

impl Bounds {
    /// The bounds of a single point.
    pub fn point(p: Mercator) -> Bounds {
        Bounds { min: p, max: p }
    }

    /// The smallest bounds holding all the points, or `None` for none.
    pub fn of(points: impl IntoIterator<Item = Mercator>) -> Option<Bounds> {
        points
            .into_iter()
            .map(Bounds::point)
            .reduce(|a, b| a.union(&b))
    }

    /// The smallest bounds holding both.
    pub fn union(&self, o: &Bounds) -> Bounds {
        Bounds {
            min: Mercator {
                x: self.min.x.min(o.min.x),
                y: self.min.y.min(o.min.y),
            },
            max: Mercator {
                x: self.max.x.max(o.max.x),
                y: self.max.y.max(o.max.y),
            },
        }
    }

    /// The centre.
    pub fn center(&self) -> Mercator {
        Mercator {
            x: (self.min.x + self.max.x) / 2.0,
            y: (self.min.y + self.max.y) / 2.0,
        }
    }

    /// True when the point lies inside (edges included).
    pub fn contains(&self, p: Mercator) -> bool {
        p.x >= self.min.x && p.x <= self.max.x && p.y >= self.min.y && p.y <= self.max.y
    }

    /// The smallest bounds on a grid of `step`-sized cells that holds these:
    /// the result changes only when an edge crosses a grid line.
    pub fn snapped_out(&self, step: f64) -> Bounds {
        if step <= 0.0 || !step.is_finite() {
            return *self;
        }
        let down = |v: f64| (v / step).floor() * step;
        let up = |v: f64| ((v / step).floor() + 1.0) * step;
        Bounds {
            min: Mercator {
                x: down(self.min.x),
                y: down(self.min.y),
            },
            max: Mercator {
                x: up(self.max.x),
                y: up(self.max.y),
            },
        }
    }

    /// The bounds grown by `d` on every side.
    pub fn grown(&self, d: f64) -> Bounds {
        Bounds {
            min: Mercator {
                x: self.min.x - d,
                y: self.min.y - d,
            },
            max: Mercator {
                x: self.max.x + d,
                y: self.max.y + d,
            },
        }
    }
}
