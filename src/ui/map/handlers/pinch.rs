//! Pinch: two fingers zoom around their midpoint and move the map with it.

use super::Handler;
use crate::geo::gestures::Change;
use crate::geo::Offset;
use crate::ui::map::MapCtx;
use leptos::ev;
use leptos::prelude::*;

/// The pinch handler.
pub struct Pinch {
    ctx: MapCtx,
}

impl Pinch {
    /// Two fingers zoom and pan the map.
    pub fn new(ctx: MapCtx) -> Self {
        Pinch { ctx }
    }
}

impl Handler for Pinch {
    fn moved(&self, _e: &ev::PointerEvent, change: Change) {
        let Change::Pinch {
            anchor,
            zoom_delta,
            pan,
        } = change
        else {
            return;
        };
        let ctx = self.ctx;
        ctx.view.update(|v| v.pan_by(Offset::new(-pan.dx, -pan.dy)));
        // Fractional: the zoom follows the fingers continuously.
        let goal = ctx.view.with_untracked(|v| v.zoom) + zoom_delta;
        ctx.zoom_to(goal, Some(anchor), false, || {});
    }
}
