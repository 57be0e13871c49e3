//! Focus follows Tab: Tab walks the markers, and some lie in the margin
//! beyond the view, so the map pans to bring a focused marker inside. The
//! browser's own answer would be to scroll the map's box, which breaks its
//! layout; any such scroll is undone at once.

use super::Handler;
use crate::ui::map::MapCtx;
use leptos::ev;
use leptos::html::Div;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// How far inside the map's edge a marker that takes focus is brought.
const FOCUS_MARGIN: f64 = 40.0;

/// The focus handler.
pub struct FollowFocus {
    ctx: MapCtx,
    node: NodeRef<Div>,
}

impl FollowFocus {
    /// The map follows the keyboard focus among its markers.
    pub fn new(ctx: MapCtx, node: NodeRef<Div>) -> Self {
        FollowFocus { ctx, node }
    }
}

/// How far `at` (a coordinate in a box of `size`) lies outside the margin.
fn beyond_margin(at: f64, size: f64) -> f64 {
    if at < FOCUS_MARGIN {
        at - FOCUS_MARGIN
    } else if at > size - FOCUS_MARGIN {
        at - (size - FOCUS_MARGIN)
    } else {
        0.0
    }
}

/// True for a marker, cluster or trip stop button.
fn is_marker(el: &web_sys::Element) -> bool {
    let list = el.class_list();
    list.contains("marker") || list.contains("cluster") || list.contains("route-marker")
}

impl Handler for FollowFocus {
    fn focusin(&self, e: &ev::FocusEvent) {
        let target = e
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok());
        let (Some(el), Some(map)) = (target, self.node.get_untracked()) else {
            return;
        };
        if !is_marker(&el) {
            return;
        }
        if !self.ctx.walking.get_untracked() {
            self.ctx.walking.set(true);
        }
        let (r, m) = (
            el.get_bounding_client_rect(),
            map.get_bounding_client_rect(),
        );
        let x = (r.left() + r.right()) / 2.0 - m.left() + f64::from(map.scroll_left());
        let y = (r.top() + r.bottom()) / 2.0 - m.top() + f64::from(map.scroll_top());
        // Any scroll the browser already gave the box is undone at once.
        map.set_scroll_left(0);
        map.set_scroll_top(0);
        let (dx, dy) = (beyond_margin(x, m.width()), beyond_margin(y, m.height()));
        if dx != 0.0 || dy != 0.0 {
            let ctx = self.ctx;
            ctx.view
                .update(|v| v.pan_by(crate::geo::Offset::new(dx, dy)));
            ctx.report_view();
        }
    }

    fn focusout(&self, e: &ev::FocusEvent) {
        // The walk ends when focus goes anywhere but another marker.
        let next = e
            .related_target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok());
        // `try_`: focus also leaves a marker when the map is taken down,
        // after its signals are gone.
        if !next.as_ref().is_some_and(is_marker)
            && self.ctx.walking.try_get_untracked().unwrap_or(false)
        {
            self.ctx.walking.try_set(false);
        }
    }

    fn scroll(&self) {
        if let Some(map) = self.node.get_untracked() {
            map.set_scroll_left(0);
            map.set_scroll_top(0);
        }
    }
}
