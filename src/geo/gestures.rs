//! The pure side of the map's gestures, one small handler each as Leaflet
//! has: pointer bookkeeping (drag with inertia, pinch), which key does
//! what, and how far a wheel turn zooms. They turn raw input into view
//! changes; the handlers in `ui::map::handlers` apply them.

use super::projection::{ContainerPx, Offset};

/// Movement (px) before a press becomes a drag, so clicks on markers work.
pub const DRAG_TOLERANCE: f64 = 4.0;

/// What a pointer move means for the view.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Change {
    /// Nothing (yet).
    None,
    /// Move the map with the pointer: the view pans by `-offset`.
    Pan(Offset),
    /// Two fingers: zoom by `zoom_delta` around `anchor` and pan by `pan`.
    Pinch {
        /// Midpoint of the fingers.
        anchor: ContainerPx,
        /// Zoom change since the last move.
        zoom_delta: f64,
        /// Midpoint movement since the last move.
        pan: Offset,
    },
}

/// The pointers currently down on the map and the gesture they form.
#[derive(Default, Debug)]
pub struct Pointers {
    down: Vec<(i32, ContainerPx)>,
    start: Option<ContainerPx>,
    dragging: bool,
    /// Recent (time ms, position) samples of a one-pointer drag, for inertia.
    samples: Vec<(f64, ContainerPx)>,
}

impl Pointers {
    /// A pointer went down at `p`.
    pub fn down(&mut self, id: i32, p: ContainerPx) {
        self.down.retain(|(i, _)| *i != id);
        self.down.push((id, p));
        if self.down.len() == 1 {
            self.start = Some(p);
            self.dragging = false;
            self.samples.clear();
        }
    }

    /// How many pointers are down.
    pub fn count(&self) -> usize {
        self.down.len()
    }

    /// True once the press moved past the tolerance (a click is then ignored).
    pub fn is_dragging(&self) -> bool {
        self.dragging
    }

    /// A pointer moved to `p` at `time` (ms).
    pub fn moved(&mut self, id: i32, p: ContainerPx, time: f64) -> Change {
        let Some(slot) = self.down.iter().position(|(i, _)| *i == id) else {
            return Change::None;
        };
        // The positions before this move, of the (at most two) pointers a
        // gesture uses: copied, not collected, since this runs on every
        // pointer move and must not allocate.
        let before = |i: usize| self.down.get(i).map_or(p, |(_, q)| *q);
        let before = [before(0), before(1)];
        self.down[slot].1 = p;
        match self.down.len() {
            1 => {
                if !self.dragging {
                    let moved = self.start.map_or(0.0, |s| s.distance(p));
                    if moved < DRAG_TOLERANCE {
                        return Change::None;
                    }
                    self.dragging = true;
                }
                self.samples.push((time, p));
                if self.samples.len() > 6 {
                    self.samples.remove(0);
                }
                Change::Pan(p - before[0])
            }
            2 => {
                self.dragging = true;
                self.samples.clear();
                let (a0, b0) = (before[0], before[1]);
                let (a1, b1) = (self.down[0].1, self.down[1].1);
                let (d0, d1) = (a0.distance(b0), a1.distance(b1));
                let mid0 = ContainerPx::new((a0.x + b0.x) / 2.0, (a0.y + b0.y) / 2.0);
                let mid1 = ContainerPx::new((a1.x + b1.x) / 2.0, (a1.y + b1.y) / 2.0);
                let zoom_delta = if d0 > 1.0 && d1 > 1.0 {
                    super::math::log2(d1 / d0)
                } else {
                    0.0
                };
                Change::Pinch {
                    anchor: mid1,
                    zoom_delta,
                    pan: mid1 - mid0,
                }
            }
            _ => Change::None,
        }
    }

    /// A pointer went up (or was cancelled). Returns the release velocity
    /// (px per ms) of a one-pointer drag, for inertia.
    pub fn up(&mut self, id: i32, time: f64) -> Option<Offset> {
        self.down.retain(|(i, _)| *i != id);
        if !self.down.is_empty() {
            // One finger left after a pinch: restart cleanly from it.
            self.start = self.down.first().map(|(_, p)| *p);
            self.samples.clear();
            return None;
        }
        let velocity = match (self.samples.first(), self.samples.last()) {
            (Some(&(t0, p0)), Some(&(t1, p1))) if t1 - t0 > 0.0 && time - t1 < 80.0 => {
                Some((p1 - p0).scale(1.0 / (t1 - t0)))
            }
            _ => None,
        };
        self.samples.clear();
        velocity
    }

    /// Forgets the drag flag (after the click that ends a drag was swallowed).
    pub fn reset_drag(&mut self) {
        self.dragging = false;
    }
}

/// Pixels an arrow key pans.
pub const KEY_PAN: f64 = 100.0;

/// What a key does to the map.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum KeyAction {
    /// Pan the view by this offset (arrows).
    Pan(Offset),
    /// Zoom by this many whole levels around the centre (`+`, `-`).
    Zoom(f64),
}

/// The map's action for a key (`KeyboardEvent.key`), if it has one. `=`
/// and `_` are `+` and `-` without Shift on many layouts.
pub fn key_action(key: &str) -> Option<KeyAction> {
    let pan = |dx, dy| Some(KeyAction::Pan(Offset::new(dx, dy)));
    match key {
        "ArrowLeft" => pan(-KEY_PAN, 0.0),
        "ArrowRight" => pan(KEY_PAN, 0.0),
        "ArrowUp" => pan(0.0, -KEY_PAN),
        "ArrowDown" => pan(0.0, KEY_PAN),
        "+" | "=" => Some(KeyAction::Zoom(1.0)),
        "-" | "_" => Some(KeyAction::Zoom(-1.0)),
        _ => None,
    }
}

/// Wheel pixels per zoom level.
pub const WHEEL_PX_PER_LEVEL: f64 = 300.0;

/// The zoom a wheel turn leads to from `from` (unclamped): `delta_y` is in
/// the event's `delta_mode` units (0 pixels, 1 lines, 2 pages); lines and
/// pages scroll further than pixels. Scrolling down zooms out.
pub fn wheel_zoom(from: f64, delta_y: f64, delta_mode: u32) -> f64 {
    let unit = match delta_mode {
        1 => 40.0,
        2 => 800.0,
        _ => 1.0,
    };
    from - delta_y * unit / WHEEL_PX_PER_LEVEL
}
