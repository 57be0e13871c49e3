//! The panic screen. The release build aborts on panic (`panic = "abort"`),
//! so no wasm code runs after one: no component, no event handler, no
//! timer. The only code that still runs is the panic hook itself, so it
//! builds the panel with plain DOM calls, in the language `<html lang>`
//! says (the app keeps that attribute up to date), with a reload *link*
//! (a button would need a wasm handler that no longer exists).

use crate::domain::Lang;
use crate::i18n::texts;
use wasm_bindgen::JsCast;

/// The panel's id: the stylesheet hides everything else once it is there.
const PANEL_ID: &str = "panic";

/// Installs the hook: the details go to the console
/// (`console_error_panic_hook`), the visitor gets the panel.
pub fn install() {
    std::panic::set_hook(Box::new(|info| {
        console_error_panic_hook::hook(info);
        show_panel();
    }));
}

/// Builds and focuses the panel. Every step tolerates a missing API (and
/// never panics: a panic inside the panic hook would abort before the
/// panel shows).
fn show_panel() {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    // A second panic (a frame already queued) must not stack panels.
    if document.get_element_by_id(PANEL_ID).is_some() {
        return;
    }
    let root = document.document_element();
    let lang = root
        .as_ref()
        .and_then(|r| r.get_attribute("lang"))
        .and_then(|code| code.parse::<Lang>().ok())
        .unwrap_or(Lang::Lv);
    let t = texts(lang);
    let Some(body) = document.body() else {
        return;
    };
    let element = |tag: &str, text: Option<&str>| {
        let el = document.create_element(tag).ok()?;
        if let Some(text) = text {
            el.set_text_content(Some(text));
        }
        Some(el)
    };
    let (Some(panel), Some(heading), Some(note), Some(link)) = (
        element("section", None),
        element("h1", Some(t.panic_title)),
        element("p", Some(t.panic_body)),
        element("a", Some(t.panic_reload)),
    ) else {
        return;
    };
    let _ = panel.set_attribute("id", PANEL_ID);
    let _ = panel.set_attribute("class", "panic-panel");
    let _ = panel.set_attribute("role", "alert");
    let _ = panel.set_attribute("lang", lang.code());
    // Focusable from script only: a keyboard user lands on the panel, and
    // the next Tab reaches the link.
    let _ = panel.set_attribute("tabindex", "-1");
    let _ = link.set_attribute("class", "button");
    let _ = link.set_attribute("href", &reload_href());
    // The router's click listener is still on the document and would take
    // the click for an in-app navigation, which the stopped app cannot
    // draw: `rel="external"` leaves the link to the browser.
    let _ = link.set_attribute("rel", "external");
    let _ = panel.append_child(&heading);
    let _ = panel.append_child(&note);
    let _ = panel.append_child(&link);
    let _ = body.append_child(&panel);
    if let Some(root) = root {
        let _ = root.class_list().add_1("panicked");
    }
    if let Some(panel) = panel.dyn_ref::<web_sys::HtmlElement>() {
        let _ = panel.focus();
        // Once more in the next frame: a page still settling (its boot
        // screen leaving, a late layout) sometimes left the focus on the
        // body. The panel's own `focus`, bound to it, is plain JavaScript:
        // it runs even though the wasm is stopped by then.
        let again = js_sys::Reflect::get(panel, &"focus".into())
            .ok()
            .and_then(|f| f.dyn_into::<js_sys::Function>().ok())
            // Its first argument fixed to `undefined`: the frame callback's
            // timestamp is not a `FocusOptions`.
            .map(|f| f.bind1(panel, &wasm_bindgen::JsValue::UNDEFINED))
            .map(|bound| bound.unchecked_into::<js_sys::Function>());
        if let (Some(again), Some(window)) = (again, web_sys::window()) {
            let _ = window.request_animation_frame(&again);
        }
    }
}

/// The current page's address without its fragment: following a link to
/// the very same URL *with* a fragment only scrolls, without one it loads
/// the page again.
fn reload_href() -> String {
    let Some(location) = web_sys::window().map(|w| w.location()) else {
        return "./".to_owned();
    };
    let path = location.pathname().unwrap_or_else(|_| "/".to_owned());
    let search = location.search().unwrap_or_default();
    format!("{path}{search}")
}

/// Test builds only (`--features test-panic`): `?panic=1` panics once the
/// app has drawn its first page, so a browser test can check the panel in
/// either language. Never compiled into the release bundle.
#[cfg(feature = "test-panic")]
pub fn test_trigger() {
    let asked = web_sys::window()
        .and_then(|w| w.location().search().ok())
        .is_some_and(|s| s.split(['?', '&']).any(|pair| pair == "panic=1"));
    if asked {
        // After a timeout: the app has mounted and set `<html lang>`.
        leptos::prelude::set_timeout(
            || panic!("deliberate test panic (test-panic feature, ?panic=1)"),
            std::time::Duration::from_millis(300),
        );
    }
}
