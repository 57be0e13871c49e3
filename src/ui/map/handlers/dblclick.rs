//! Double click: zooms in one level around the pointer (out with Shift),
//! animated.

use super::{container_point, Handler};
use crate::ui::map::MapCtx;
use leptos::ev;
use leptos::html::Div;
use leptos::prelude::*;

/// The double-click handler.
pub struct DoubleClick {
    ctx: MapCtx,
    node: NodeRef<Div>,
}

impl DoubleClick {
    /// A double click zooms the map.
    pub fn new(ctx: MapCtx, node: NodeRef<Div>) -> Self {
        DoubleClick { ctx, node }
    }
}

impl Handler for DoubleClick {
    fn dblclick(&self, e: &ev::MouseEvent) {
        e.prevent_default();
        let ctx = self.ctx;
        let anchor = container_point(self.node, e.client_x(), e.client_y());
        let delta = if e.shift_key() { -1.0 } else { 1.0 };
        ctx.zoom_by(delta, Some(anchor), true, move || ctx.report_view());
    }
}
