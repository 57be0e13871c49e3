//! What the map shows: a centre, a fractional zoom and a size.

use super::projection::*;

/// The visible part of the map.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Viewport {
    /// The point at the container's centre.
    pub center: Mercator,
    /// Zoom level; fractional while animating.
    pub zoom: f64,
    /// Container width in CSS pixels.
    pub width: f64,
    /// Container height in CSS pixels.
    pub height: f64,
    /// Smallest allowed zoom.
    pub min_zoom: f64,
    /// Largest allowed zoom.
    pub max_zoom: f64,
}

impl Viewport {
    /// A viewport centred on `center` at `zoom` (clamped to the limits).
    pub fn new(
        center: LatLng,
        zoom: f64,
        width: f64,
        height: f64,
        min_zoom: f64,
        max_zoom: f64,
    ) -> Self {
        let mut v = Viewport {
            center: project(center),
            zoom,
            width: width.max(1.0),
            height: height.max(1.0),
            min_zoom,
            max_zoom,
        };
        v.zoom = v.clamp_zoom(zoom);
        v
    }

    /// The centre as a position.
    pub fn center_latlng(&self) -> LatLng {
        unproject(self.center)
    }

    /// `zoom` clamped to this viewport's limits (NaN becomes the minimum).
    pub fn clamp_zoom(&self, zoom: f64) -> f64 {
        // A NaN zoom becomes the minimum.
        super::clamp(zoom, self.min_zoom, self.max_zoom)
    }

    /// The container's centre point.
    pub fn half_size(&self) -> Offset {
        Offset::new(self.width / 2.0, self.height / 2.0)
    }

    /// The world pixel at the container's centre.
    pub fn center_world(&self) -> WorldPx {
        self.center.to_world(self.zoom)
    }

    /// The world pixel at the container's top-left corner.
    pub fn top_left_world(&self) -> WorldPx {
        self.center_world() - self.half_size()
    }

    /// Container pixel → world pixel.
    pub fn container_to_world(&self, p: ContainerPx) -> WorldPx {
        let tl = self.top_left_world();
        WorldPx::new(tl.x + p.x, tl.y + p.y)
    }

    /// World pixel → container pixel.
    pub fn world_to_container(&self, w: WorldPx) -> ContainerPx {
        let tl = self.top_left_world();
        ContainerPx::new(w.x - tl.x, w.y - tl.y)
    }

    /// Where a Mercator point appears in the container.
    pub fn mercator_to_container(&self, m: Mercator) -> ContainerPx {
        self.world_to_container(m.to_world(self.zoom))
    }

    /// Where a position appears in the container.
    pub fn latlng_to_container(&self, p: LatLng) -> ContainerPx {
        self.mercator_to_container(project(p))
    }

    /// The position under a container pixel.
    pub fn container_to_latlng(&self, p: ContainerPx) -> LatLng {
        unproject(self.container_to_world(p).to_mercator(self.zoom))
    }

    /// The visible area in Mercator space.
    pub fn bounds(&self) -> Bounds {
        let s = scale(self.zoom);
        let (hw, hh) = (self.width / 2.0 / s, self.height / 2.0 / s);
        Bounds {
            min: Mercator {
                x: self.center.x - hw,
                y: self.center.y - hh,
            },
            max: Mercator {
                x: self.center.x + hw,
                y: self.center.y + hh,
            },
        }
    }

    /// Moves the view by a container offset: dragging the map by `d` moves
    /// the view by `-d`.
    pub fn pan_by(&mut self, d: Offset) {
        let w = self.center_world() + d;
        self.center = w.to_mercator(self.zoom);
        self.clamp_center();
    }

    /// Changes the zoom while keeping the position under `anchor` (a
    /// container pixel) where it is: wheel zoom around the cursor.
    pub fn zoom_around(&mut self, anchor: ContainerPx, new_zoom: f64) {
        let new_zoom = self.clamp_zoom(new_zoom);
        let fixed = self.container_to_world(anchor).to_mercator(self.zoom);
        let offset = anchor - ContainerPx::new(self.width / 2.0, self.height / 2.0);
        let new_center_world = fixed.to_world(new_zoom) - offset;
        self.zoom = new_zoom;
        self.center = new_center_world.to_mercator(new_zoom);
        self.clamp_center();
    }

    /// Centres on `bounds` at the largest zoom that shows them with
    /// `padding` pixels to spare on every side (a single point gets `max_zoom`
    /// or `point_zoom`, whichever is smaller).
    pub fn fit_bounds(&mut self, bounds: Bounds, padding: f64, point_zoom: f64) {
        let avail_w = (self.width - 2.0 * padding).max(1.0);
        let avail_h = (self.height - 2.0 * padding).max(1.0);
        let span_x = bounds.max.x - bounds.min.x;
        let span_y = bounds.max.y - bounds.min.y;
        let fit = |avail: f64, span: f64| {
            if span > 0.0 {
                super::math::log2(avail / (span * TILE_SIZE))
            } else {
                f64::INFINITY
            }
        };
        let zoom = fit(avail_w, span_x)
            .min(fit(avail_h, span_y))
            .min(point_zoom);
        self.zoom = self.clamp_zoom(zoom);
        self.center = bounds.center();
        self.clamp_center();
    }

    /// Resizes, keeping the centre.
    pub fn resize(&mut self, width: f64, height: f64) {
        self.width = width.max(1.0);
        self.height = height.max(1.0);
    }

    /// Keeps the centre inside the world so the map cannot be lost.
    fn clamp_center(&mut self) {
        self.center.x = super::clamp(self.center.x, 0.0, 1.0);
        self.center.y = super::clamp(self.center.y, 0.0, 1.0);
    }
}
