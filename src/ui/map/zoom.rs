//! The one zoom API every input uses (Leaflet's `setZoomAround`): wheel,
//! pinch, double click, keys and the zoom buttons all zoom through
//! [`MapCtx::zoom_to`] or [`MapCtx::zoom_by`].

use super::MapCtx;
use crate::geo::ContainerPx;
use leptos::prelude::*;

impl MapCtx {
    /// Zooms to `goal` (clamped to the map's limits) keeping the point
    /// under `around` (a container pixel; the centre if `None`) where it
    /// is; animated if asked (and reduced motion is not), else at once.
    /// Calls `done` when the zoom is reached (e.g. to report the view).
    pub fn zoom_to(
        self,
        goal: f64,
        around: Option<ContainerPx>,
        animated: bool,
        done: impl Fn() + 'static,
    ) {
        let (anchor, goal) = self.view.with_untracked(|v| {
            let centre = ContainerPx::new(v.width / 2.0, v.height / 2.0);
            (around.unwrap_or(centre), v.clamp_zoom(goal))
        });
        if animated {
            self.anim.zoom(anchor, goal, done);
        } else {
            self.view.update(|v| v.zoom_around(anchor, goal));
            done();
        }
    }

    /// Zooms by `delta` whole levels from the nearest whole level (a
    /// fractional zoom left by a pinch steps onto the grid), as
    /// [`zoom_to`](Self::zoom_to) does.
    pub fn zoom_by(
        self,
        delta: f64,
        around: Option<ContainerPx>,
        animated: bool,
        done: impl Fn() + 'static,
    ) {
        let goal = self.view.with_untracked(|v| v.zoom.round()) + delta;
        self.zoom_to(goal, around, animated, done);
    }

    /// Reports the view (for `at=`): what a gesture does when it ends.
    pub fn report_view(self) {
        self.report.run(());
    }
}
