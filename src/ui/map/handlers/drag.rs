//! Drag: one pointer moves the map, and a flick glides on (inertia). The
//! cooperative variant leaves one finger on a touch screen to the page
//! (it scrolls), and says that two fingers move the map.

use super::{Handler, Hint, Hints};
use crate::geo::gestures::Change;
use crate::geo::Offset;
use crate::ui::map::MapCtx;
use leptos::ev;
use leptos::html::Div;
use leptos::prelude::*;

/// The drag handler.
pub struct Drag {
    ctx: MapCtx,
    node: NodeRef<Div>,
    /// Where a cooperative map shows its hint; `None`: every pointer drags.
    cooperative: Option<Hints>,
}

impl Drag {
    /// Any pointer drags the map.
    pub fn new(ctx: MapCtx, node: NodeRef<Div>) -> Self {
        Drag {
            ctx,
            node,
            cooperative: None,
        }
    }

    /// Mouse and pen drag the map; one finger scrolls the page, with a hint.
    pub fn cooperative(ctx: MapCtx, node: NodeRef<Div>, hints: Hints) -> Self {
        Drag {
            ctx,
            node,
            cooperative: Some(hints),
        }
    }
}

impl Handler for Drag {
    fn holds_back(&self, e: &ev::PointerEvent, down: usize) -> bool {
        let Some(hints) = self.cooperative else {
            return false;
        };
        if e.pointer_type() != "touch" || down >= 2 {
            return false;
        }
        if down == 1 {
            hints.show(Hint::Touch);
        }
        true
    }

    fn moved(&self, e: &ev::PointerEvent, change: Change) {
        let Change::Pan(d) = change else {
            return;
        };
        // Keep receiving the moves when the pointer leaves the map.
        if let Some(el) = self.node.get_untracked() {
            let _ = el.set_pointer_capture(e.pointer_id());
        }
        self.ctx
            .view
            .update(|v| v.pan_by(Offset::new(-d.dx, -d.dy)));
    }

    fn released(&self, velocity: Option<Offset>) -> bool {
        let Some(v) = velocity else {
            return false;
        };
        let ctx = self.ctx;
        ctx.anim.glide(v, move || ctx.report_view());
        true
    }
}
