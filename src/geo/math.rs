//! The few transcendental functions the map (and the trip planner's
//! distances) need.
//!
//! Natively these are Rust's own. In the browser they are the JavaScript
//! engine's `Math` functions: wasm has no instructions for them, so Rust
//! would bundle its software versions (libm's `tan` alone brings a large
//! argument-reduction table), about 10 KB of wasm for results the engine
//! already computes. Both are accurate to an ulp or so, far below what a
//! map can show. The native tests (1e-9 round trips) check Rust's versions;
//! the browser tests check the map drawn with the engine's.

// Natively these are the ones to use (clippy.toml bans them elsewhere).
#[cfg(not(target_arch = "wasm32"))]
#[allow(clippy::disallowed_methods)]
mod imp {
    pub fn tan(x: f64) -> f64 {
        x.tan()
    }
    pub fn atan(x: f64) -> f64 {
        x.atan()
    }
    pub fn exp(x: f64) -> f64 {
        x.exp()
    }
    pub fn ln(x: f64) -> f64 {
        x.ln()
    }
    pub fn exp2(x: f64) -> f64 {
        x.exp2()
    }
    pub fn log2(x: f64) -> f64 {
        x.log2()
    }
    pub fn sin(x: f64) -> f64 {
        x.sin()
    }
    pub fn cos(x: f64) -> f64 {
        x.cos()
    }
    pub fn asin(x: f64) -> f64 {
        x.asin()
    }
}

#[cfg(target_arch = "wasm32")]
mod imp {
    use js_sys::Math;

    pub fn tan(x: f64) -> f64 {
        Math::tan(x)
    }
    pub fn atan(x: f64) -> f64 {
        Math::atan(x)
    }
    pub fn exp(x: f64) -> f64 {
        Math::exp(x)
    }
    pub fn ln(x: f64) -> f64 {
        Math::log(x)
    }
    pub fn exp2(x: f64) -> f64 {
        Math::pow(2.0, x)
    }
    pub fn log2(x: f64) -> f64 {
        Math::log2(x)
    }
    pub fn sin(x: f64) -> f64 {
        Math::sin(x)
    }
    pub fn cos(x: f64) -> f64 {
        Math::cos(x)
    }
    pub fn asin(x: f64) -> f64 {
        Math::asin(x)
    }
}

// sin, cos and asin serve the trip's great-circle distances (haversine).
pub use imp::{asin, atan, cos, exp, exp2, ln, log2, sin, tan};

/// The length of the vector `(x, y)`. Not `f64::hypot`, which is another
/// software function; the values here are pixels, far from overflowing.
pub fn hypot(x: f64, y: f64) -> f64 {
    (x * x + y * y).sqrt()
}
