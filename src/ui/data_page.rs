//! `/check`: editors without a Rust toolchain check their files here,
//! nothing uploaded. A data file (JSON) is read by the app's own validator:
//! the problems by record and field. Spreadsheet tables (CSV, a places
//! table and an events table chosen together, told apart by their header
//! rows) go through `selija-data import-csv`'s own code
//! ([`crate::datatools::import`]): the same problems by file, row and
//! column, word for word. The valid places are shown on a map.

use crate::datatools::import::{check_csv_files, Chosen, CsvCheck};
use crate::domain::query::MapAt;
use crate::domain::validate::{load, LoadError, Loaded};
use crate::domain::Lang;
use crate::i18n::{issue, load_error, texts};
use crate::state::{tr, use_lang};
use crate::web::prefs::set_title;
use js_sys::{Function, Promise, Reflect, Uint8Array};
use leptos::prelude::*;
use std::sync::Arc;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// What the chosen files turned out to be.
#[derive(Clone)]
enum Checked {
    /// The browser could not read them.
    Unreadable,
    /// A JSON file among other files.
    JsonAlone,
    /// Not a data file at all (not JSON, wrong shape or version).
    Failed(LoadError),
    /// Loaded: the valid records and the problems of the others.
    Loaded(Arc<Loaded>),
    /// CSV tables: which is which, and their import.
    Tables(Arc<CsvCheck>),
}

impl Checked {
    /// Checks the chosen files (name, bytes): one JSON file alone, or CSV
    /// tables.
    fn of(files: Vec<(String, Vec<u8>)>) -> Checked {
        let is_json = |name: &str| name.to_lowercase().ends_with(".json");
        match files.as_slice() {
            [(name, bytes)] if is_json(name) => {
                // As the app reads its data: bad bytes become U+FFFD, and
                // the validator says what it makes of the rest.
                match load(&String::from_utf8_lossy(bytes)) {
                    Ok(loaded) => Checked::Loaded(Arc::new(loaded)),
                    Err(e) => Checked::Failed(e),
                }
            }
            _ if files.iter().any(|(name, _)| is_json(name)) => Checked::JsonAlone,
            _ => Checked::Tables(Arc::new(check_csv_files(files))),
        }
    }

    /// The valid places to preview, when there are any.
    fn preview(&self) -> Option<Arc<Loaded>> {
        let loaded = match self {
            Checked::Loaded(loaded) => loaded.clone(),
            Checked::Tables(check) => Arc::new(check.imported.as_ref()?.loaded.as_ref()?.clone()),
            _ => return None,
        };
        (!loaded.dataset.places.is_empty()).then_some(loaded)
    }
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
    // Files are read asynchronously: only the latest choice may report.
    let choice = StoredValue::new(0u32);
    // The file input and a drop both hand over something with `files`.
    let check = move |input: JsValue| {
        choice.update_value(|n| *n = n.wrapping_add(1));
        let this = choice.get_value();
        leptos::task::spawn_local(async move {
            let result = match read_files(&input).await {
                None => Some(Checked::Unreadable),
                Some(files) if files.is_empty() => None,
                Some(files) => Some(Checked::of(files)),
            };
            if choice.get_value() == this {
                checked.set(result);
            }
        });
    };
    let on_change = move |e: leptos::ev::Event| {
        if let Some(target) = e.target() {
            check(target.into());
        }
    };
    // Dropping files on the box: the browser must be told the box takes
    // them (`dragover`), else it opens the file itself.
    let dragging = RwSignal::new(false);
    let on_dragover = move |e: leptos::ev::DragEvent| {
        e.prevent_default();
        dragging.set(true);
    };
    let on_drop = move |e: leptos::ev::DragEvent| {
        e.prevent_default();
        dragging.set(false);
        if let Some(transfer) = e.data_transfer() {
            check(transfer.into());
        }
    };
    let report = move || {
        let l = lang.get();
        let t = texts(l);
        Some(match checked.get()? {
            Checked::Unreadable => {
                view! { <p class="data-result bad">{t.data_unreadable}</p> }.into_any()
            }
            Checked::JsonAlone => {
                view! { <p class="data-result bad">{t.data_json_alone}</p> }.into_any()
            }
            Checked::Failed(e) => {
                view! { <p class="data-result bad">{load_error(l, &e)}</p> }.into_any()
            }
            Checked::Loaded(loaded) => {
                let problems: Vec<String> = loaded.issues.iter().map(|i| issue(l, i)).collect();
                let clean = problems.is_empty();
                result(summary(l, &loaded, problems.len()), clean, problems).into_any()
            }
            Checked::Tables(check) => tables_report(l, &check).into_any(),
        })
    };
    // The map is redrawn only for new files, not for a new language.
    let preview = move || {
        let loaded = checked.with(|c| c.as_ref().and_then(Checked::preview))?;
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
    };
    view! {
        <article class="data-page">
            <h1>{tr(|t| t.data_heading)}</h1>
            <p>{tr(|t| t.data_intro)}</p>
            <div
                class="data-choose"
                class:dragging=move || dragging.get()
                on:dragover=on_dragover
                on:dragleave=move |_| dragging.set(false)
                on:drop=on_drop
            >
                <label for="data-file">{tr(|t| t.data_choose)}</label>
                <input
                    id="data-file"
                    type="file"
                    multiple
                    accept=".json,.csv,application/json,text/csv"
                    aria-describedby="data-file-hint"
                    on:change=on_change
                />
                <p class="data-drop">{tr(|t| t.data_drop)}</p>
            </div>
            <p id="data-file-hint" class="data-hint">{tr(|t| t.data_choose_hint)}</p>
            <p class="data-hint">
                {tr(|t| t.data_templates)}
                " "
                <a href="data/templates/places.csv" download="places.csv">"places.csv"</a>
                ", "
                <a href="data/templates/events.csv" download="events.csv">"events.csv"</a>
            </p>
            <div role="status">{report}</div>
            {preview}
        </article>
    }
}

/// The summary line of a loaded dataset, as `selija-data` ends its report.
fn summary(lang: Lang, loaded: &Loaded, problems: usize) -> String {
    let t = texts(lang);
    if problems == 0 {
        (t.check_clean)(loaded.dataset.places.len(), loaded.dataset.events.len())
    } else {
        (t.check_failed)(problems, loaded.skipped_records())
    }
}

/// A summary and the list of problems under it.
fn result(summary: String, clean: bool, problems: Vec<String>) -> impl IntoView {
    let class = if clean {
        "data-result good"
    } else {
        "data-result bad"
    };
    let list = (!problems.is_empty()).then(|| {
        let items = problems
            .into_iter()
            .map(|p| view! { <li>{p}</li> })
            .collect_view();
        view! { <ul class="data-problems">{items}</ul> }
    });
    view! {
        <p class=class>{summary}</p>
        {list}
    }
}

/// What the chosen CSV files are, then their import's report.
fn tables_report(lang: Lang, check: &CsvCheck) -> impl IntoView {
    let t = texts(lang);
    let files = check
        .files
        .iter()
        .map(|(file, chosen)| {
            let (class, text) = match chosen {
                Chosen::Table(section) => ("data-file", (t.data_file_is)(file, *section)),
                Chosen::Neither => ("data-file bad", (t.data_file_neither)(file)),
                Chosen::Again(section) => ("data-file bad", (t.data_file_again)(file, *section)),
                Chosen::Unreadable(e) => (
                    "data-file bad",
                    (t.data_file_unreadable)(file, &e.message(lang)),
                ),
            };
            view! { <li class=class>{text}</li> }
        })
        .collect_view();
    let outcome = match &check.imported {
        None if check.needs_places() => {
            Some(view! { <p class="data-result bad">{t.data_needs_places}</p> }.into_any())
        }
        // The files' list says what is wrong with them.
        None => None,
        Some(imported) => {
            let problems: Vec<String> = imported.problems.iter().map(|p| p.message(lang)).collect();
            let summary = match &imported.loaded {
                Some(loaded) => summary(lang, loaded, problems.len()),
                None => (t.data_columns_failed)(problems.len()),
            };
            let clean = problems.is_empty();
            Some(result(summary, clean, problems).into_any())
        }
    };
    view! {
        <ul class="data-files">{files}</ul>
        {outcome}
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
            count_unmapped=true
        />
    }
}

/// Reads every file in `input` (`<input type=file>`, or a drop's
/// `DataTransfer`: both have `files`), in order, as
/// bytes (`Blob.arrayBuffer()`: a CSV that is not UTF-8 must be caught,
/// not decoded with replacement characters); `None` when the browser
/// cannot read one.
async fn read_files(input: &JsValue) -> Option<Vec<(String, Vec<u8>)>> {
    let files = Reflect::get(input, &JsValue::from_str("files")).ok()?;
    let count = Reflect::get(&files, &JsValue::from_str("length"))
        .ok()?
        .as_f64()?;
    let mut read = Vec::new();
    for i in 0..(count as u32) {
        let file = Reflect::get(&files, &JsValue::from(i)).ok()?;
        let name = Reflect::get(&file, &JsValue::from_str("name"))
            .ok()?
            .as_string()?;
        let array_buffer = Reflect::get(&file, &JsValue::from_str("arrayBuffer"))
            .ok()?
            .dyn_into::<Function>()
            .ok()?;
        let promise = array_buffer.call0(&file).ok()?.dyn_into::<Promise>().ok()?;
        let buffer = JsFuture::from(promise).await.ok()?;
        read.push((name, Uint8Array::new(&buffer).to_vec()));
    }
    Some(read)
}
