//! Keyboard: arrows pan, `+` and `-` zoom around the centre (the keys are
//! in `geo::gestures::key_action`, tested natively).

use super::Handler;
use crate::geo::gestures::{key_action, KeyAction};
use crate::ui::map::MapCtx;
use leptos::ev;
use leptos::prelude::*;

/// The keyboard handler.
pub struct Keyboard {
    ctx: MapCtx,
}

impl Keyboard {
    /// Keys pan and zoom the map.
    pub fn new(ctx: MapCtx) -> Self {
        Keyboard { ctx }
    }
}

impl Handler for Keyboard {
    fn keydown(&self, e: &ev::KeyboardEvent) {
        let Some(action) = key_action(&e.key()) else {
            return;
        };
        let ctx = self.ctx;
        match action {
            KeyAction::Pan(d) => ctx.view.update(|v| v.pan_by(d)),
            KeyAction::Zoom(delta) => ctx.zoom_by(delta, None, false, || {}),
        }
        e.prevent_default();
        ctx.report_view();
    }
}
