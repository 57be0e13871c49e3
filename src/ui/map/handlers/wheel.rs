//! Wheel: zooms around the cursor, animated, settling on a whole level once
//! the wheel rests. The cooperative variant zooms only with Ctrl (or ⌘)
//! held; a plain wheel scrolls the page, with a hint.

use super::{container_point, Handler, Hint, Hints};
use crate::geo::gestures::wheel_zoom;
use crate::ui::map::MapCtx;
use leptos::ev;
use leptos::html::Div;
use leptos::prelude::*;
use std::cell::Cell;
use std::rc::Rc;

/// The wheel handler.
pub struct Wheel {
    ctx: MapCtx,
    node: NodeRef<Div>,
    /// Where a cooperative map shows its hint; `None`: any wheel zooms.
    cooperative: Option<Hints>,
    /// The zoom the running animation heads for: a further notch adds to
    /// it rather than to the zoom reached so far.
    target: Rc<Cell<Option<f64>>>,
}

impl Wheel {
    /// Any wheel zooms the map.
    pub fn new(ctx: MapCtx, node: NodeRef<Div>) -> Self {
        Wheel {
            ctx,
            node,
            cooperative: None,
            target: Rc::default(),
        }
    }

    /// Ctrl (⌘) + wheel zooms; a plain wheel scrolls the page, with a hint.
    pub fn cooperative(ctx: MapCtx, node: NodeRef<Div>, hints: Hints) -> Self {
        Wheel {
            cooperative: Some(hints),
            ..Wheel::new(ctx, node)
        }
    }
}

impl Handler for Wheel {
    fn wheel(&self, e: &ev::WheelEvent) {
        if let Some(hints) = self.cooperative {
            if !(e.ctrl_key() || e.meta_key()) {
                hints.show(Hint::Wheel);
                return;
            }
        }
        e.prevent_default();
        let ctx = self.ctx;
        let anchor = container_point(self.node, e.client_x(), e.client_y());
        let from = self
            .target
            .get()
            .unwrap_or_else(|| ctx.view.with_untracked(|v| v.zoom));
        let goal = ctx
            .view
            .with_untracked(|v| v.clamp_zoom(wheel_zoom(from, e.delta_y(), e.delta_mode())));
        self.target.set(Some(goal));
        let target = self.target.clone();
        ctx.zoom_to(goal, Some(anchor), true, move || {
            // Settle on a whole level once the wheel rests.
            target.set(None);
            let (z, settled) = ctx.view.with_untracked(|v| (v.zoom, v.zoom.round()));
            if (z - settled).abs() > 1e-9 {
                ctx.zoom_to(settled, Some(anchor), false, || {});
            }
            ctx.report_view();
        });
    }
}
