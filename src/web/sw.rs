//! The service worker (`sw.js`, written by the build's page writer from
//! `src/pages/sw.js`): registering it, offering a waiting new version, and
//! whether the browser is online. Everything here is optional: without
//! service workers (old browsers, private modes, `file:`), when
//! registration fails, or in a sandboxed embed whose opaque origin may not
//! even read `navigator.serviceWorker`, the app simply runs without them.

use std::cell::RefCell;
use wasm_bindgen::prelude::*;
use web_sys::{
    ServiceWorker, ServiceWorkerContainer, ServiceWorkerRegistration, ServiceWorkerState,
};

/// The worker's file, relative to the base (`<base href>`): its folder is
/// its scope, so it covers every page of the app.
const WORKER: &str = "sw.js";

thread_local! {
    /// The registration, once the browser has it: the reload button asks
    /// its waiting worker to take over.
    static REGISTRATION: RefCell<Option<ServiceWorkerRegistration>> = const { RefCell::new(None) };
}

/// The page's service worker container, when the browser has one and lets
/// this page use it. Read through `Reflect` because a missing property or
/// a throwing getter (opaque origins) must not become a JavaScript error.
fn container() -> Option<ServiceWorkerContainer> {
    let navigator = web_sys::window()?.navigator();
    let value = js_sys::Reflect::get(&navigator, &JsValue::from_str("serviceWorker")).ok()?;
    value.dyn_into::<ServiceWorkerContainer>().ok()
}

/// Registers the worker. `on_update` runs when a new version has been
/// installed and waits for the visitor (not on the first install, which
/// has nothing to replace). Errors are swallowed: offline support is a
/// bonus, never a reason for the app to fail.
pub fn register(on_update: impl Fn() + 'static) {
    let Some(sw) = container() else {
        return;
    };
    let Some(url) = super::document()
        .and_then(|d| d.base_uri().ok().flatten())
        .and_then(|base| web_sys::Url::new_with_base(WORKER, &base).ok())
        .map(|u| u.href())
    else {
        return;
    };
    let on_update: std::rc::Rc<dyn Fn()> = std::rc::Rc::new(on_update);
    let registered = Closure::once(move |value: JsValue| {
        let Ok(registration) = value.dyn_into::<ServiceWorkerRegistration>() else {
            // Not a registration: something stood in for the API (test
            // drivers that block workers answer `undefined`).
            return;
        };
        // A version that finished installing while no page asked for it
        // (an earlier visit found it): offer it now.
        if registration.waiting().is_some() && has_controller() {
            on_update();
        }
        // One the browser found before this page listened (registering
        // also checks for a new `sw.js`): follow it from here.
        if let Some(worker) = registration.installing() {
            watch_worker(&worker, on_update.clone());
        }
        watch_installs(&registration, on_update);
        // Ask for a new `sw.js` now, as the app starts. The browser's own
        // check after a navigation comes when it sees fit (Chromium puts
        // it off while the page keeps fetching through the worker), which
        // left a new build unannounced for a whole visit. Failures (offline)
        // are fine: the next start asks again.
        if let Ok(checked) = registration.update() {
            let ignore = Closure::once(|_: JsValue| {});
            let _ = checked.catch(&ignore);
            // Once per start; the promise keeps it until it settles.
            ignore.forget();
        }
        REGISTRATION.with(|r| *r.borrow_mut() = Some(registration));
    });
    let failed = Closure::once(|_: JsValue| {});
    let _ = sw.register(&url).then2(&registered, &failed);
    // The promise keeps the closures until it settles; they run once.
    registered.forget();
    failed.forget();
}

/// True when a worker controls this page: only then is a newly installed
/// one an update (the first one controls nothing before it activates).
fn has_controller() -> bool {
    container().and_then(|c| c.controller()).is_some()
}

/// Calls `on_update` when a worker found later (the browser checks for a
/// new `sw.js` on navigations) has installed and waits.
fn watch_installs(registration: &ServiceWorkerRegistration, on_update: std::rc::Rc<dyn Fn()>) {
    let reg = registration.clone();
    let found = Closure::<dyn Fn()>::new(move || {
        if let Some(worker) = reg.installing() {
            watch_worker(&worker, on_update.clone());
        }
    });
    registration.set_onupdatefound(Some(found.as_ref().unchecked_ref()));
    found.forget();
}

/// Calls `on_update` when `worker` has installed while another controls
/// the page: it is a new version, waiting.
fn watch_worker(worker: &ServiceWorker, on_update: std::rc::Rc<dyn Fn()>) {
    let w = worker.clone();
    let changed = Closure::<dyn Fn()>::new(move || {
        if w.state() == ServiceWorkerState::Installed && has_controller() {
            on_update();
        }
    });
    worker.set_onstatechange(Some(changed.as_ref().unchecked_ref()));
    // Lives as long as the worker object, which outlives the page's
    // interest in it; one small closure per update found.
    changed.forget();
}

/// The visitor chose the new version: the waiting worker takes over, and
/// the page reloads once it controls the page (so the page and its cache
/// are the same version). Without a waiting worker, a plain reload.
pub fn apply_update() {
    let waiting = REGISTRATION.with(|r| r.borrow().as_ref().and_then(|r| r.waiting()));
    let (Some(worker), Some(sw)) = (waiting, container()) else {
        reload();
        return;
    };
    // Listened for only now: the first install's `clients.claim()` also
    // changes the controller, and must not reload the page.
    let changed = Closure::once(reload);
    sw.set_oncontrollerchange(Some(changed.as_ref().unchecked_ref()));
    changed.forget();
    if worker
        .post_message(&JsValue::from_str("skip-waiting"))
        .is_err()
    {
        reload();
    }
}

fn reload() {
    if let Some(w) = web_sys::window() {
        let _ = w.location().reload();
    }
}

/// Whether the browser says it is online (true when it cannot tell).
pub fn is_online() -> bool {
    web_sys::window().is_none_or(|w| w.navigator().on_line())
}

/// Calls `on_change` with [`is_online`] whenever the browser goes offline
/// or back online. For the page's lifetime.
pub fn watch_online(on_change: impl Fn(bool) + 'static) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let on_change = std::rc::Rc::new(on_change);
    for event in ["online", "offline"] {
        let on_change = on_change.clone();
        let listener = Closure::<dyn Fn()>::new(move || on_change(is_online()));
        let _ = window.add_event_listener_with_callback(event, listener.as_ref().unchecked_ref());
        listener.forget();
    }
}
