//! Browser glue of an embed (`/embed…` inside a partner's iframe): the
//! auto-height messages to the parent page, WordPress's own protocol, and
//! where links open.
//!
//! The protocol (README, "Embedding"): the embed posts
//! `{type: "selija:resize", v: 1, id, height}` and once
//! `{type: "selija:ready", v: 1, id}` to `window.parent`; the only message it
//! accepts is the parent's `{type: "selija:hello"}` (and, with WordPress's
//! `#?secret=`, WordPress's `{message: "ready", secret}`), both answered with
//! the height.
//!
//! A hidden cross-origin frame (WordPress keeps its embeds clipped to 1 px
//! until they report a height) gets no animation frames and no
//! `ResizeObserver` callbacks, so the first heights go out from plain
//! events: a timeout after each render that matters, `load`, and the
//! parent's hello. The observer only reports later changes.

use crate::domain::embed::{height_changed, message_height, FrameParams};
use crate::domain::query::LinkTarget;
use js_sys::{Object, Reflect};
use std::cell::{Cell, RefCell};
use std::rc::Rc;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};

/// The element whose height is the embed's (the embed pages' root).
const ROOT: &str = ".embed-root";

/// The messenger of one embed page: what it read from its fragment and the
/// last height it posted.
#[derive(Clone)]
pub struct Messenger(Rc<Inner>);

struct Inner {
    params: FrameParams,
    last: Cell<Option<u32>>,
    ready_sent: Cell<bool>,
    /// Listeners and the observer, kept so they can be removed.
    parts: RefCell<Vec<Box<dyn FnOnce()>>>,
}

impl Messenger {
    /// Starts listening (`load`, the parent's hello, WordPress's ready) and
    /// observing the root's size. Returns `None` outside a frame: a
    /// top-level `/embed` has nobody to tell.
    pub fn start() -> Option<Messenger> {
        let window = web_sys::window()?;
        let parent = window.parent().ok().flatten()?;
        if parent == window {
            return None;
        }
        let hash = window.location().hash().unwrap_or_default();
        let m = Messenger(Rc::new(Inner {
            params: FrameParams::from_fragment(&hash),
            last: Cell::new(None),
            ready_sent: Cell::new(false),
            parts: RefCell::new(Vec::new()),
        }));

        // `load`: the first height for a parent that listens from the start.
        let on_load = {
            let m = m.clone();
            Closure::<dyn Fn()>::new(move || m.post_height(true))
        };
        let _ = window.add_event_listener_with_callback("load", on_load.as_ref().unchecked_ref());

        // Only the parent's hello and WordPress's ready, from the parent
        // window itself: every other message is ignored.
        let on_message = {
            let m = m.clone();
            Closure::<dyn Fn(web_sys::MessageEvent)>::new(move |e: web_sys::MessageEvent| {
                m.on_message(&e);
            })
        };
        let _ =
            window.add_event_listener_with_callback("message", on_message.as_ref().unchecked_ref());

        // Later changes of 2 px or more (callbacks come only while visible).
        let on_resize = {
            let m = m.clone();
            Closure::<dyn Fn()>::new(move || m.post_height(false))
        };
        let observer = web_sys::ResizeObserver::new(on_resize.as_ref().unchecked_ref()).ok();
        if let (Some(o), Some(root)) = (&observer, root()) {
            o.observe(&root);
        }

        let w = window.clone();
        m.0.parts.borrow_mut().push(Box::new(move || {
            let _ = w.remove_event_listener_with_callback("load", on_load.as_ref().unchecked_ref());
            let _ = w.remove_event_listener_with_callback(
                "message",
                on_message.as_ref().unchecked_ref(),
            );
            if let Some(o) = observer {
                o.disconnect();
            }
            drop(on_resize);
        }));
        Some(m)
    }

    /// The WordPress secret from `#?secret=`, if any.
    pub fn secret(&self) -> Option<String> {
        self.0.params.secret.clone()
    }

    /// Posts the height after the current task (the render that called
    /// this is then in the DOM), and `selija:ready` the first time.
    pub fn after_render(&self) {
        let m = self.clone();
        let cb = Closure::once_into_js(move || {
            m.post_height(false);
            if !m.0.ready_sent.replace(true) {
                m.post(&message("selija:ready", m.0.params.id.as_deref(), None));
            }
        });
        if let Some(w) = web_sys::window() {
            let _ = w.set_timeout_with_callback_and_timeout_and_arguments_0(cb.unchecked_ref(), 0);
        }
    }

    /// Measures the root and posts its height: always when `force` (an
    /// answer to a hello), else when it changed by 2 px or more.
    pub fn post_height(&self, force: bool) {
        let Some(h) = measure() else {
            return;
        };
        if !force && !height_changed(self.0.last.get(), h) {
            return;
        }
        self.0.last.set(Some(h));
        self.post(&message(
            "selija:resize",
            self.0.params.id.as_deref(),
            Some(h),
        ));
        if let Some(secret) = &self.0.params.secret {
            self.post(&wordpress("height", &JsValue::from(h), secret));
        }
    }

    fn on_message(&self, e: &web_sys::MessageEvent) {
        let from_parent = match (
            e.source(),
            web_sys::window().and_then(|w| w.parent().ok().flatten()),
        ) {
            (Some(source), Some(parent)) => JsValue::from(source) == JsValue::from(parent),
            _ => false,
        };
        let data = e.data();
        if !from_parent || !data.is_object() {
            return;
        }
        let field = |k: &str| {
            Reflect::get(&data, &JsValue::from_str(k))
                .ok()
                .and_then(|v| v.as_string())
        };
        let hello = field("type").as_deref() == Some("selija:hello");
        let wordpress_ready = field("message").as_deref() == Some("ready")
            && field("secret").is_some()
            && field("secret") == self.0.params.secret;
        if hello || wordpress_ready {
            self.post_height(true);
        }
    }

    fn post(&self, msg: &JsValue) {
        if let Some(parent) = web_sys::window().and_then(|w| w.parent().ok().flatten()) {
            // "*": the parent's origin is not known (any partner may frame
            // the embed) and the messages hold nothing private.
            let _ = parent.post_message(msg, "*");
        }
    }

    /// Removes the listeners and the observer.
    pub fn stop(&self) {
        for part in self.0.parts.borrow_mut().drain(..) {
            part();
        }
    }
}

/// The root's height in whole pixels (its margins included).
fn measure() -> Option<u32> {
    let root = root()?;
    let rect = root.get_bounding_client_rect();
    let scroll_y = web_sys::window()
        .and_then(|w| w.scroll_y().ok())
        .unwrap_or(0.0);
    Some(message_height(rect.bottom() + scroll_y))
}

fn root() -> Option<web_sys::Element> {
    web_sys::window()?
        .document()?
        .query_selector(ROOT)
        .ok()
        .flatten()
}

/// `{type, v: 1, id, height?}`.
fn message(kind: &str, id: Option<&str>, height: Option<u32>) -> JsValue {
    let o = Object::new();
    let set = |k: &str, v: JsValue| {
        let _ = Reflect::set(&o, &JsValue::from_str(k), &v);
    };
    set("type", JsValue::from_str(kind));
    set("v", JsValue::from(1));
    set("id", id.map_or(JsValue::NULL, JsValue::from_str));
    if let Some(h) = height {
        set("height", JsValue::from(h));
    }
    o.into()
}

/// WordPress's `{message, value, secret}` (an object: WordPress ignores
/// strings).
fn wordpress(kind: &str, value: &JsValue, secret: &str) -> JsValue {
    let o = Object::new();
    let _ = Reflect::set(&o, &"message".into(), &JsValue::from_str(kind));
    let _ = Reflect::set(&o, &"value".into(), value);
    let _ = Reflect::set(&o, &"secret".into(), &JsValue::from_str(secret));
    o.into()
}

/// Makes every link of the embed leave the frame: to a new tab (with
/// `rel="noopener"`) or the partner's tab, as `link=` says; with a
/// WordPress secret, by asking WordPress (its sandbox lets no link leave),
/// for every link. Links within the embed (`base/embed…`) stay.
///
/// Listens on the window in the capture phase and is registered before the
/// router and the app's own history handler (`web::nav` on main), which both
/// leave alone a link that has a `target` or whose click was prevented.
pub fn route_links(base: &str, link: LinkTarget, secret: Option<String>) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let inside = format!("{base}/embed");
    let on_click = Closure::<dyn Fn(web_sys::MouseEvent)>::new(move |e: web_sys::MouseEvent| {
        let Some(anchor) = e
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .and_then(|el| el.closest("a[href]").ok().flatten())
            .and_then(|el| el.dyn_into::<web_sys::HtmlAnchorElement>().ok())
        else {
            return;
        };
        // Downloads (the calendar's .ics `data:` links) stay where they are.
        if anchor.has_attribute("download") || e.default_prevented() {
            return;
        }
        let href = anchor.href();
        let own = web_sys::window()
            .and_then(|w| w.location().origin().ok())
            .is_some_and(|o| href.starts_with(&o));
        if own && anchor.pathname().starts_with(&inside) {
            return;
        }
        if let Some(secret) = &secret {
            e.prevent_default();
            let msg = wordpress("link", &JsValue::from_str(&href), secret);
            if let Some(parent) = web_sys::window().and_then(|w| w.parent().ok().flatten()) {
                let _ = parent.post_message(&msg, "*");
            }
        } else {
            // "Add to trip" always opens the full site in a new tab: the
            // partner's page is no place to leave for a trip planner.
            let target = if anchor.has_attribute("data-new-tab") {
                "_blank"
            } else {
                link.target()
            };
            let _ = anchor.set_attribute("target", target);
            let _ = anchor.set_attribute("rel", "noopener");
        }
    });
    let _ = window.add_event_listener_with_callback_and_bool(
        "click",
        on_click.as_ref().unchecked_ref(),
        true,
    );
    // An embed is an embed for the page's whole life: the listener stays.
    on_click.forget();
}
