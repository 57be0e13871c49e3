//! `/check`: editors without a Rust toolchain check a data file here. The
//! app's own validator reads it in the browser (nothing is uploaded): the
//! problems by record and field, as `selija-data check` words them, and the
//! valid places on a map.

use crate::domain::query::MapAt;
use crate::domain::validate::{load, LoadError, Loaded};
use crate::i18n::{issue, load_error, texts};
use crate::state::{tr, use_lang};
use crate::web::prefs::set_title;
use js_sys::{Function, Promise, Reflect};
use leptos::prelude::*;
use std::sync::Arc;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};

/// What the chosen file turned out to be.
#[derive(Clone)]
enum Checked {
    /// The browser could not read it.
    Unreadable,
    /// Not a data file at all (not JSON, wrong shape or version).
    Failed(LoadError),
    /// Loaded: the valid records and the problems of the others.
    Loaded(Arc<Loaded>),
}

/// The page: a file input, the report and the preview.
#[component]
pub fn DataPage() -> impl IntoView {
    let lang = use_lang();
    Effect::new(move |_| {
        let t = texts(lang.get());
        set_title(&format!("{} — {}", t.data_heading, t.app_name));
    });
    let checked = RwSignal::new(None::<Checked>);
    let on_change = move |e: leptos::ev::Event| {
        let Some(target) = e.target() else { return };
        read_first_file(target.as_ref(), move |text| {
            checked.set(Some(match text {
                None => Checked::Unreadable,
                Some(text) => match load(&text) {
                    Ok(loaded) => Checked::Loaded(Arc::new(loaded)),
                    Err(e) => Checked::Failed(e),
                },
            }));
        });
    };
    let report = move || {
        let l = lang.get();
        let t = texts(l);
        Some(match checked.get()? {
            Checked::Unreadable => {
                view! { <p class="data-result bad">{t.data_unreadable}</p> }.into_any()
            }
            Checked::Failed(e) => {
                view! { <p class="data-result bad">{load_error(l, &e)}</p> }.into_any()
            }
            Checked::Loaded(loaded) => {
                let summary = if loaded.issues.is_empty() {
                    (t.check_clean)(loaded.dataset.places.len(), loaded.dataset.events.len())
                } else {
                    (t.check_failed)(loaded.issues.len(), loaded.skipped_records())
                };
                let problems = (!loaded.issues.is_empty()).then(|| {
                    let items = loaded
                        .issues
                        .iter()
                        .map(|i| view! { <li>{issue(l, i)}</li> })
                        .collect_view();
                    view! { <ul class="data-problems">{items}</ul> }
                });
                let class = if loaded.issues.is_empty() {
                    "data-result good"
                } else {
                    "data-result bad"
                };
                view! {
                    <p class=class>{summary}</p>
                    {problems}
                }
                .into_any()
            }
        })
    };
    // The map is redrawn only for a new file, not for a new language.
    let preview = move || match checked.get() {
        Some(Checked::Loaded(loaded)) if !loaded.dataset.places.is_empty() => {
            let all = loaded.dataset.places.len();
            let visible = Memo::new(move |_| (0..all).collect::<Vec<usize>>());
            let selected = Memo::new(|_| None::<usize>);
            let on_select = UnsyncCallback::new(|_: Option<usize>| {});
            let on_view = UnsyncCallback::new(|_: Option<MapAt>| {});
            Some(view! {
                <h2>{tr(|t| t.data_preview)}</h2>
                <div class="place-map data-map">
                    <MapViewPreview loaded visible selected on_select on_view />
                </div>
            })
        }
        _ => None,
    };
    view! {
        <article class="data-page">
            <h1>{tr(|t| t.data_heading)}</h1>
            <p>{tr(|t| t.data_intro)}</p>
            <p>
                <label for="data-file">{tr(|t| t.data_choose)}</label>
                " "
                <input id="data-file" type="file" accept=".json,application/json" on:change=on_change />
            </p>
            <div role="status">{report}</div>
            {preview}
        </article>
    }
}

/// The map of the file's places, without the place panel.
#[component]
fn MapViewPreview(
    loaded: Arc<Loaded>,
    visible: Memo<Vec<usize>>,
    selected: Memo<Option<usize>>,
    on_select: UnsyncCallback<Option<usize>>,
    on_view: UnsyncCallback<Option<MapAt>>,
) -> impl IntoView {
    view! {
        <crate::ui::map::MapView
            loaded
            visible
            selected
            on_select
            on_view
            initial=None
            shown=true
            with_panel=false
            cooperative=true
            tiles_off=false
        />
    }
}

/// Reads the first file chosen in `input` (`<input type=file>`) as text
/// (`Blob.text()`) and hands it to `done`; `None` when there is no file or
/// the browser cannot read it.
fn read_first_file(input: &JsValue, done: impl FnOnce(Option<String>) + 'static) {
    let promise = (|| -> Option<Promise> {
        let files = Reflect::get(input, &JsValue::from_str("files")).ok()?;
        let file = Reflect::get(&files, &JsValue::from_f64(0.0)).ok()?;
        if file.is_undefined() || file.is_null() {
            return None;
        }
        let text = Reflect::get(&file, &JsValue::from_str("text"))
            .ok()?
            .dyn_into::<Function>()
            .ok()?;
        text.call0(&file).ok()?.dyn_into::<Promise>().ok()
    })();
    let Some(promise) = promise else {
        return;
    };
    let done = std::rc::Rc::new(std::cell::RefCell::new(Some(done)));
    let ok = {
        let done = done.clone();
        Closure::once(move |v: JsValue| {
            if let Some(done) = done.borrow_mut().take() {
                done(v.as_string());
            }
        })
    };
    let fail = Closure::once(move |_: JsValue| {
        if let Some(done) = done.borrow_mut().take() {
            done(None);
        }
    });
    let _ = promise.then2(&ok, &fail);
    // Called once by the promise; JS keeps them until then.
    ok.forget();
    fail.forget();
}
