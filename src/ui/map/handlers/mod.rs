//! The map's gesture handlers, one per gesture as in Leaflet
//! (`src/map/handler/`): drag, pinch, wheel, double click, keyboard, and
//! focus following Tab. Each is a small type implementing [`Handler`]; a
//! map attaches the ones it wants ([`Handlers::new`]). A map inside a page
//! that scrolls (an embed, a place's page) attaches the cooperative drag and
//! wheel, which leave one finger and the plain wheel to the page.
//!
//! Drag and pinch share the pointer tracking (`geo::gestures::Pointers`):
//! [`Handlers`] feeds it once per event and hands each handler the change.

pub mod dblclick;
pub mod drag;
pub mod focus;
pub mod keyboard;
pub mod pinch;
pub mod wheel;

use super::MapCtx;
use crate::geo::gestures::{Change, Pointers};
use crate::geo::{ContainerPx, Offset};
use crate::web::clock::now_ms;
use leptos::ev;
use leptos::html::Div;
use leptos::prelude::*;
use std::cell::RefCell;
use std::rc::Rc;
use std::time::Duration;

/// One gesture's reactions to the map's events; each method does nothing
/// unless the gesture needs that event.
pub trait Handler {
    /// A pointer move is about to be tracked (`down` pointers are down):
    /// `true` leaves it to the page instead.
    fn holds_back(&self, _e: &ev::PointerEvent, _down: usize) -> bool {
        false
    }
    /// The tracked pointers moved the map by `change`.
    fn moved(&self, _e: &ev::PointerEvent, _change: Change) {}
    /// The last pointer of a drag or pinch went up, with the release
    /// velocity of a one-pointer drag. `true` if this handler reports the
    /// view itself (after gliding on); else the view is reported now.
    fn released(&self, _velocity: Option<Offset>) -> bool {
        false
    }
    /// The wheel turned over the map.
    fn wheel(&self, _e: &ev::WheelEvent) {}
    /// A double click on the map.
    fn dblclick(&self, _e: &ev::MouseEvent) {}
    /// A key pressed while the map or a marker has focus.
    fn keydown(&self, _e: &ev::KeyboardEvent) {}
    /// Focus moved onto something inside the map.
    fn focusin(&self, _e: &ev::FocusEvent) {}
    /// Focus left an element inside the map.
    fn focusout(&self, _e: &ev::FocusEvent) {}
    /// The browser scrolled the map's box.
    fn scroll(&self) {}
}

/// The handlers attached to one map, and the pointer tracking they share.
#[derive(Clone)]
pub struct Handlers(Rc<Attached>);

struct Attached {
    ctx: MapCtx,
    node: NodeRef<Div>,
    pointers: RefCell<Pointers>,
    list: Vec<Box<dyn Handler>>,
}

impl Handlers {
    /// Attaches `list` to the map `ctx` drawn in `node`.
    pub fn new(ctx: MapCtx, node: NodeRef<Div>, list: Vec<Box<dyn Handler>>) -> Self {
        Handlers(Rc::new(Attached {
            ctx,
            node,
            pointers: RefCell::new(Pointers::default()),
            list,
        }))
    }

    /// A listener for the map's element that passes `E` to `f`.
    pub fn on<E: 'static>(&self, f: fn(&Self, E)) -> impl Fn(E) + 'static {
        let me = self.clone();
        move |e| f(&me, e)
    }

    /// A (primary) pointer went down: stops any animation and tracks it.
    pub fn pointerdown(&self, e: ev::PointerEvent) {
        if e.button() != 0 {
            return;
        }
        self.0.ctx.anim.cancel();
        let p = container_point(self.0.node, e.client_x(), e.client_y());
        self.0.pointers.borrow_mut().down(e.pointer_id(), p);
    }

    /// A pointer moved: unless a handler leaves it to the page, the
    /// tracking turns it into a pan or a pinch for the handlers.
    pub fn pointermove(&self, e: ev::PointerEvent) {
        let p = container_point(self.0.node, e.client_x(), e.client_y());
        let down = self.0.pointers.borrow().count();
        if self.0.list.iter().any(|h| h.holds_back(&e, down)) {
            return;
        }
        let change = self
            .0
            .pointers
            .borrow_mut()
            .moved(e.pointer_id(), p, now_ms());
        if change != Change::None {
            self.0.list.iter().for_each(|h| h.moved(&e, change));
        }
    }

    /// A pointer went up or was cancelled: the last one ends the gesture.
    pub fn pointerup(&self, e: ev::PointerEvent) {
        let (was_dragging, velocity) = {
            let mut p = self.0.pointers.borrow_mut();
            let dragging = p.is_dragging();
            (dragging, p.up(e.pointer_id(), now_ms()))
        };
        if !was_dragging || self.0.pointers.borrow().count() > 0 {
            return;
        }
        if !self.0.list.iter().any(|h| h.released(velocity)) {
            self.0.ctx.report_view();
        }
    }

    /// A drag ends with a click on whatever was under the pointer: this
    /// (capturing) listener swallows it.
    pub fn click(&self, e: ev::MouseEvent) {
        let mut pointers = self.0.pointers.borrow_mut();
        if pointers.is_dragging() {
            e.stop_propagation();
            e.prevent_default();
            pointers.reset_drag();
        }
    }

    /// Passes the wheel to the handlers.
    pub fn wheel(&self, e: ev::WheelEvent) {
        self.0.list.iter().for_each(|h| h.wheel(&e));
    }

    /// Passes a double click to the handlers.
    pub fn dblclick(&self, e: ev::MouseEvent) {
        self.0.list.iter().for_each(|h| h.dblclick(&e));
    }

    /// Passes a key to the handlers.
    pub fn keydown(&self, e: ev::KeyboardEvent) {
        self.0.list.iter().for_each(|h| h.keydown(&e));
    }

    /// Passes a focus change to the handlers.
    pub fn focusin(&self, e: ev::FocusEvent) {
        self.0.list.iter().for_each(|h| h.focusin(&e));
    }

    /// Focus left an element inside the map.
    pub fn focusout(&self, e: ev::FocusEvent) {
        self.0.list.iter().for_each(|h| h.focusout(&e));
    }

    /// Passes a scroll of the map's box to the handlers.
    pub fn scroll(&self, _e: ev::Event) {
        self.0.list.iter().for_each(|h| h.scroll());
    }
}

/// Which gesture hint a cooperative map shows.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Hint {
    /// "Use Ctrl + scroll to zoom".
    Wheel,
    /// "Use two fingers to move the map".
    Touch,
}

/// The hint a cooperative map shows for a while after a gesture it left
/// to the page (none at first).
#[derive(Clone, Copy, Default)]
pub struct Hints(RwSignal<Option<Hint>>);

impl Hints {
    /// How long a hint stays.
    const SHOWN: Duration = Duration::from_millis(1600);

    /// Shows `h` for a while.
    pub fn show(self, h: Hint) {
        self.0.try_set(Some(h));
        set_timeout(
            move || {
                self.0.try_set(None);
            },
            Self::SHOWN,
        );
    }

    /// The hint shown now (tracked).
    pub fn get(self) -> Option<Hint> {
        self.0.get()
    }
}

/// The pointer's position in the map container.
pub fn container_point(node: NodeRef<Div>, x: i32, y: i32) -> ContainerPx {
    node.get_untracked()
        .map(|el| {
            let r = el.get_bounding_client_rect();
            ContainerPx::new(f64::from(x) - r.left(), f64::from(y) - r.top())
        })
        .unwrap_or_default()
}
