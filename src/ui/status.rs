//! What the visitor sees while the data loads, when it fails, and when some
//! records were skipped.

use crate::domain::validate::{LoadError, Loaded};
use crate::i18n::{issue, load_error, records_skipped, texts};
use crate::state::{tr, use_data, use_lang};
use leptos::prelude::*;
use std::sync::Arc;

/// Shows `render(data)` once the dataset is loaded, a skeleton before, and
/// the error panel (with retry) if it could not be loaded.
#[component]
pub fn DataGate(
    /// Builds the page from the loaded dataset.
    render: fn(Arc<Loaded>) -> AnyView,
) -> impl IntoView {
    let data = use_data();
    // A pre-rendered first screen stays up until the page is drawn from
    // the data (or the error is): never a skeleton after real content.
    Effect::new(move |_| {
        if data.get().is_some() {
            crate::web::boot::reveal_soon();
        }
    });
    move || match data.get() {
        None => view! { <LoadingSkeleton /> }.into_any(),
        Some(Ok(loaded)) => render(loaded),
        Some(Err(error)) => view! { <ErrorPanel error /> }.into_any(),
    }
}

/// Grey placeholders shaped like the page, so it does not jump on load.
#[component]
pub fn LoadingSkeleton() -> impl IntoView {
    view! {
        <div class="skeleton" aria-busy="true" role="status">
            <span class="visually-hidden">{tr(|t| t.loading)}</span>
            <div class="skeleton-filters" aria-hidden="true"></div>
            <ul class="skeleton-list" aria-hidden="true">
                {(0..8).map(|_| view! { <li></li> }).collect_view()}
            </ul>
        </div>
    }
}

/// The data could not be used at all: say why and offer a retry.
#[component]
pub fn ErrorPanel(
    /// What went wrong.
    error: LoadError,
) -> impl IntoView {
    let lang = use_lang();
    let data = use_data();
    let message = {
        let error = error.clone();
        move || load_error(lang.get(), &error)
    };
    view! {
        <section class="error-panel" role="alert">
            <h1>{tr(|t| t.load_failed)}</h1>
            <p>{message}</p>
            <button type="button" class="button" on:click=move |_| data.refetch()>
                {tr(|t| t.retry)}
            </button>
        </section>
    }
}

/// "3 records skipped", with the reasons behind a disclosure.
#[component]
pub fn SkippedReport() -> impl IntoView {
    let lang = use_lang();
    let data = use_data();
    move || {
        let loaded = data.get().and_then(Result::ok)?;
        let skipped = loaded.skipped_records();
        (skipped > 0).then(|| {
            let l = lang.get();
            view! {
                <details class="skipped" role="status">
                    <summary>
                        <strong>{records_skipped(l, skipped)}</strong>
                        " — "
                        {texts(l).show_details}
                    </summary>
                    <ul>
                        {loaded
                            .issues
                            .iter()
                            .map(|i| view! { <li>{issue(l, i)}</li> })
                            .collect_view()}
                    </ul>
                </details>
            }
        })
    }
}
