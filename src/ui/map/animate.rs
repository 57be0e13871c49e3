//! Motion that outlives an event: inertia after a flick and animated zoom.
//! One generation counter per map stands for "the running animation": a
//! new gesture bumps it, and any step of an older one stops there.
//! Reduced motion (the system setting) turns both into instant changes.

use crate::geo::{math, ContainerPx, Offset, Viewport};
use crate::web::clock::now_ms;
use crate::web::media::prefers_reduced_motion;
use leptos::prelude::*;
use std::rc::Rc;
use std::time::Duration;

/// Speed (px per ms) below which a released drag does not glide on.
const GLIDE_MIN_SPEED: f64 = 0.1;
/// Speed (px per ms) at which a glide stops.
const GLIDE_STOP_SPEED: f64 = 0.02;
/// Time constant (ms) of the glide's slowing down.
const GLIDE_DECAY_MS: f64 = 325.0;
/// Share of the remaining zoom covered per animation frame.
const ZOOM_EASE: f64 = 0.3;
/// How long a zoom animation waits at its goal for a following wheel
/// event to extend it, before it settles.
const ZOOM_SETTLE: Duration = Duration::from_millis(120);

/// The animations of one map's view.
#[derive(Clone, Copy)]
pub struct Animator {
    view: RwSignal<Viewport>,
    /// Bumped to cancel the running animation.
    generation: StoredValue<u32>,
    reduced_motion: Signal<bool>,
}

impl Animator {
    /// Animations of `view`, following the app's reduced-motion setting.
    pub fn new(view: RwSignal<Viewport>) -> Self {
        Animator {
            view,
            generation: StoredValue::new(0),
            reduced_motion: prefers_reduced_motion(),
        }
    }

    /// Stops the running animation (a new gesture starts).
    pub fn cancel(self) {
        self.start();
    }

    /// Starts a new generation, cancelling the old one.
    fn start(self) -> u32 {
        self.generation
            .try_update_value(|g| {
                *g = g.wrapping_add(1);
                *g
            })
            .unwrap_or(0)
    }

    /// True while `generation` runs (and the map is still there).
    fn runs(self, generation: u32) -> bool {
        self.generation
            .try_with_value(|g| *g == generation)
            .unwrap_or(false)
    }

    fn reduced_motion(self) -> bool {
        self.reduced_motion.try_get_untracked().unwrap_or(false)
    }

    /// Glides on after a flick released at `velocity` (px per ms), slowing
    /// down, until it stops or a new gesture starts; then calls `done`. A
    /// slow release, or reduced motion, calls `done` at once.
    pub fn glide(self, velocity: Offset, done: impl Fn() + Copy + 'static) {
        if self.reduced_motion() || math::hypot(velocity.dx, velocity.dy) <= GLIDE_MIN_SPEED {
            done();
            return;
        }
        let generation = self.start();
        let now = now_ms();
        request_animation_frame(move || self.glide_step(generation, velocity, now, done));
    }

    fn glide_step(self, generation: u32, v: Offset, last: f64, done: impl Fn() + Copy + 'static) {
        if !self.runs(generation) {
            return;
        }
        let now = now_ms();
        let dt = crate::geo::clamp(now - last, 1.0, 50.0);
        self.view
            .update(|vp| vp.pan_by(Offset::new(-v.dx * dt, -v.dy * dt)));
        let v = v.scale(math::exp(-dt / GLIDE_DECAY_MS));
        if math::hypot(v.dx, v.dy) < GLIDE_STOP_SPEED {
            done();
            return;
        }
        request_animation_frame(move || self.glide_step(generation, v, now, done));
    }

    /// Zooms towards `goal` around `anchor`, smoothly (fractional zoom
    /// while animating) unless reduced motion is asked for; then calls
    /// `done`. Use [`MapCtx::zoom_to`](super::MapCtx::zoom_to), which
    /// clamps the goal.
    pub fn zoom(self, anchor: ContainerPx, goal: f64, done: impl Fn() + 'static) {
        let generation = self.start();
        if self.reduced_motion() {
            self.view.update(|v| v.zoom_around(anchor, goal));
            done();
            return;
        }
        let done: Rc<dyn Fn()> = Rc::new(done);
        request_animation_frame(move || self.zoom_step(generation, anchor, goal, done));
    }

    fn zoom_step(self, generation: u32, anchor: ContainerPx, goal: f64, done: Rc<dyn Fn()>) {
        if !self.runs(generation) {
            return;
        }
        let z = self.view.with_untracked(|v| v.zoom);
        let next = if (goal - z).abs() < 0.01 {
            goal
        } else {
            z + (goal - z) * ZOOM_EASE
        };
        self.view.update(|v| v.zoom_around(anchor, next));
        if next == goal {
            // Let a following wheel event extend the animation before settling.
            set_timeout(
                move || {
                    if self.runs(generation) {
                        done();
                    }
                },
                ZOOM_SETTLE,
            );
            return;
        }
        request_animation_frame(move || self.zoom_step(generation, anchor, goal, done));
    }
}
