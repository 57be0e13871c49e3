//! Moving between the app's pages with the History API, in step with the
//! router.
//!
//! leptos_router 0.8 adds a history entry only when the new URL differs
//! from the last one in a list of visited paths that it keeps itself. That
//! list goes stale after a replace-navigation followed by Forward: a link
//! back to the list then changes the page without touching the address bar
//! or history, and a reload shows the old page again. So the app writes
//! history itself and then tells the router's URL signal where it is; the
//! router still answers Back and Forward (`popstate`) as before.

use leptos::prelude::*;
use leptos_router::location::{BrowserUrl, LocationProvider};
use wasm_bindgen::{JsCast, JsValue};

/// Whether a navigation adds a history entry or replaces the current one.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Entry {
    /// A new page, or a change Back should undo (a phone's map view).
    Push,
    /// A change Back should skip: filters, typing, panning, selection.
    Replace,
}

/// Context: the router's location, which [`go_to`] keeps informed.
#[derive(Clone)]
pub struct Navigator(BrowserUrl);

/// Provides the [`Navigator`] and takes over the clicks on the app's own
/// links. Call once, inside the router.
pub fn provide_navigator() {
    let Some(browser) = use_context::<BrowserUrl>() else {
        return;
    };
    provide_context(Navigator(browser.clone()));
    // In the capture phase, before the router's own listener, which then
    // sees the click handled (`default_prevented`) and leaves it alone.
    let Some(window) = web_sys::window() else {
        return;
    };
    let on_click = wasm_bindgen::closure::Closure::<dyn Fn(web_sys::MouseEvent)>::new(
        move |e: web_sys::MouseEvent| {
            if let Some(href) = own_link(&e) {
                e.prevent_default();
                go_to(&browser, &href, Entry::Push, true);
            }
        },
    );
    let _ = window.add_event_listener_with_callback_and_bool(
        "click",
        on_click.as_ref().unchecked_ref(),
        true,
    );
    // The shell that calls this lives as long as the page: the listener
    // is never removed, so its closure is handed to the JS engine for good.
    on_click.forget();
}

/// The path and query a plain click on one of the app's links opens, or
/// `None` when the browser (or the router, for `#fragment` links) should
/// handle the click: modifier keys, another window, a download, another
/// site, or a path outside the app's base.
fn own_link(e: &web_sys::MouseEvent) -> Option<String> {
    if e.default_prevented()
        || e.button() != 0
        || e.meta_key()
        || e.ctrl_key()
        || e.shift_key()
        || e.alt_key()
    {
        return None;
    }
    let anchor = e
        .target()?
        .dyn_into::<web_sys::Element>()
        .ok()?
        .closest("a[href]")
        .ok()??;
    let target = anchor.get_attribute("target").unwrap_or_default();
    let rel = anchor.get_attribute("rel").unwrap_or_default();
    let href = anchor.get_attribute("href")?;
    if !(target.is_empty() || target == "_self")
        || anchor.has_attribute("download")
        || rel.split_whitespace().any(|r| r == "external")
        || href.starts_with('#')
    {
        return None;
    }
    let window = web_sys::window()?;
    let document = window.document()?;
    let base = document.base_uri().ok()??;
    let url = web_sys::Url::new_with_base(&href, &base).ok()?;
    let origin = window.location().origin().ok()?;
    let base_path = super::prefs::base_path();
    let path = url.pathname();
    // Under the base: "/selija" or "/selija/…", not "/selijas".
    let under_base = path
        .strip_prefix(&base_path)
        .is_some_and(|rest| rest.is_empty() || rest.starts_with('/'));
    if url.origin() != origin || !under_base {
        return None;
    }
    Some(format!("{path}{}{}", url.search(), url.hash()))
}

/// Opens `href` (a path from the origin, base included, with its query) as
/// a new history entry or in place of the current one; `to_top` scrolls to
/// the page's top, as a new page should.
pub fn go_to(browser: &BrowserUrl, href: &str, entry: Entry, to_top: bool) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let written = window.history().and_then(|h| match entry {
        Entry::Push => h.push_state_with_url(&JsValue::NULL, "", Some(href)),
        Entry::Replace => h.replace_state_with_url(&JsValue::NULL, "", Some(href)),
    });
    if written.is_err() {
        // History refused (a sandboxed frame can): load the page instead.
        let _ = window.location().set_href(href);
        return;
    }
    if let Ok(url) = BrowserUrl::current() {
        browser.as_url().set(url);
    }
    if to_top {
        window.scroll_to_with_x_and_y(0.0, 0.0);
    }
}

/// Returns a function that opens a path (base included) as [`go_to`] does.
pub fn use_go_to() -> impl Fn(&str, Entry, bool) + Clone + 'static {
    let nav = use_context::<Navigator>();
    move |href: &str, entry: Entry, to_top: bool| match &nav {
        Some(Navigator(browser)) => go_to(browser, href, entry, to_top),
        None => {
            if let Some(w) = web_sys::window() {
                let _ = w.location().set_href(href);
            }
        }
    }
}
