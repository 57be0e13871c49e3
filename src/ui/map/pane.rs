//! The pane: the one element a pan moves. Its children are the map's
//! layers, bottom to top, each a component that takes the `MapCtx` and
//! places itself with `Layer::place` at the pane's layer origin: the
//! offline base map (`basemap`), online tiles (`tiles`), the markers
//! (`markers`) and "you are here" (`here`). A new layer (a trip's route, a
//! static first picture) is one more such component among the children.

use super::MapCtx;
use crate::domain::num::fixed;
use leptos::prelude::*;

/// Holds the layers; a pan only changes its translation (the layers stay
/// where they were laid out until the zoom changes).
#[component]
pub fn Pane(
    /// The map.
    ctx: MapCtx,
    /// The layers, bottom to top.
    children: Children,
) -> impl IntoView {
    let MapCtx { view, layer, .. } = ctx;
    let transform = move || {
        let l = layer.get();
        let tl = view.with(|v| v.top_left_world());
        format!(
            "translate3d({}px,{}px,0)",
            fixed(l.origin.x - tl.x, 2),
            fixed(l.origin.y - tl.y, 2)
        )
    };
    view! { <div class="map-pane" style:transform=transform>{children()}</div> }
}
