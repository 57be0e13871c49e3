//! The filter panel: municipality first, then text, then kind.

use crate::domain::filter::Filter;
use crate::domain::validate::Loaded;
use crate::domain::PlaceKind;
use crate::i18n::{kind_name, places_count};
use crate::state::{tr, use_lang, use_set_filter};
use leptos::prelude::*;
use std::sync::Arc;

/// Checkboxes per municipality (with place counts), a search box and kind
/// chips. Every change goes to the URL; the panel itself holds no state.
#[component]
pub fn FilterPanel(
    /// The dataset, for names and counts.
    loaded: Arc<Loaded>,
    /// The filter in force.
    filter: Memo<Filter>,
) -> impl IntoView {
    let lang = use_lang();
    let set_filter = use_set_filter();

    let municipalities = loaded
        .dataset
        .place_counts()
        .into_iter()
        .map(|(m, count)| {
            let loaded = loaded.clone();
            let set_filter = set_filter.clone();
            let name = move || loaded.dataset.municipality_name(m, lang.get());
            view! {
                <Check
                    checked=Signal::derive(move || filter.with(|f| f.municipalities.contains(&m)))
                    on_toggle=move || set_filter(filter.get_untracked().toggled_municipality(m))
                    id=format!("m-{m}")
                >
                    <span class="check-label">{name}</span>
                    <span class="check-count" title=move || places_count(lang.get(), count)>
                        {count}
                    </span>
                </Check>
            }
        })
        .collect_view();

    // Only kinds that occur in the data get a chip.
    let kinds: Vec<(PlaceKind, usize)> = PlaceKind::ALL
        .iter()
        .map(|&k| {
            (
                k,
                loaded.dataset.places.iter().filter(|p| p.kind == k).count(),
            )
        })
        .filter(|(_, n)| *n > 0)
        .collect();
    let kinds = kinds
        .into_iter()
        .map(|(k, count)| {
            let set_filter = set_filter.clone();
            view! {
                <Check
                    checked=Signal::derive(move || filter.with(|f| f.kinds.contains(&k)))
                    on_toggle=move || set_filter(filter.get_untracked().toggled_kind(k))
                    id=format!("kind-{k}")
                >
                    <span class=format!("kind-dot kind-{k}") aria-hidden="true"></span>
                    <span class="check-label">{move || kind_name(lang.get(), k)}</span>
                    <span class="check-count">{count}</span>
                </Check>
            }
        })
        .collect_view();

    let clear = move |_| set_filter(Filter::default());
    // On phones the checkboxes fold away behind a button so the list is
    // visible at once; on wider screens CSS keeps them always open.
    let open = RwSignal::new(false);
    let active = move || filter.with(|f| f.municipalities.len() + f.kinds.len());
    let filtered = Memo::new(move |_| filter.with(|f| !f.is_empty()));

    view! {
        <section class="filters" aria-labelledby="filters-heading">
            <h2 id="filters-heading" class="panel-heading">{tr(|t| t.filters)}</h2>
            <SearchBox id="place-search" filter class="field" />
            <FoldButton open controls="filter-body" active=Signal::derive(active) />
            <div id="filter-body" class="filter-body" class:is-open=move || open.get() on:keydown=fold_on_escape(open, "filter-body")>
                <fieldset class="checks">
                    <legend>{tr(|t| t.municipality)}</legend>
                    {municipalities}
                </fieldset>
                <fieldset class="checks chips">
                    <legend>{tr(|t| t.kind)}</legend>
                    {kinds}
                </fieldset>
            </div>
            // A memo, so typing does not redraw the button: it changes only
            // when the filter becomes (non-)empty. (Cheaper than <Show>.)
            {move || filtered.get().then(|| view! {
                <button type="button" class="button-quiet clear" on:click=clear.clone()>
                    {tr(|t| t.clear_filters)}
                </button>
            })}
        </section>
    }
}

/// A labelled checkbox whose state comes from the URL.
#[component]
fn Check(
    /// Whether it is ticked.
    checked: Signal<bool>,
    /// Called when the visitor toggles it.
    on_toggle: impl Fn() + 'static,
    /// The input's id (for the label).
    id: String,
    /// The label's content.
    children: Children,
) -> impl IntoView {
    let label_for = id.clone();
    view! {
        <label class="check" class:is-checked=move || checked.get() for=label_for>
            <input id=id type="checkbox" prop:checked=move || checked.get() on:change=move |_| on_toggle() />
            {children()}
        </label>
    }
}

/// Escape inside an unfolded filter panel (phones) folds it and hands the
/// focus back to its button, as a disclosure's keyboard users expect. Not
/// while a search box still has text: there Escape clears it first.
pub fn fold_on_escape(
    open: RwSignal<bool>,
    controls: &'static str,
) -> impl Fn(leptos::ev::KeyboardEvent) + Copy {
    move |e| {
        use wasm_bindgen::JsCast;
        let typing = e
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
            .is_some_and(|i| i.type_() == "search" && !i.value().is_empty());
        if e.key() == "Escape" && open.get_untracked() && !typing {
            open.set(false);
            crate::web::focus::focus(&format!("[aria-controls=\"{controls}\"]"));
        }
    }
}

/// The phone-only button that folds a filter panel away: "Filtri (2)".
#[component]
pub fn FoldButton(
    /// Whether the panel is open (the button toggles it).
    open: RwSignal<bool>,
    /// The id of the panel it folds.
    controls: &'static str,
    /// How many filters are on (shown as a count when any).
    active: Signal<usize>,
) -> impl IntoView {
    view! {
        <button
            type="button"
            class="filters-toggle button-quiet"
            aria-expanded=move || open.get().to_string()
            aria-controls=controls
            on:click=move |_| open.update(|o| *o = !*o)
        >
            {tr(|t| t.filters)}
            {move || (active.get() > 0).then(|| view! { <span class="check-count">{active.get()}</span> })}
            <span class="chevron" aria-hidden="true"></span>
        </button>
    }
}

/// The text search of the shared filter (`q=`): it ignores case and
/// diacritics, and writes each keystroke to the URL.
#[component]
pub fn SearchBox(
    /// The input's id (for its label).
    id: &'static str,
    /// The filter in force.
    filter: Memo<Filter>,
    /// Classes of the wrapper.
    class: &'static str,
) -> impl IntoView {
    let set_filter = use_set_filter();
    view! {
        <div class=class>
            <label for=id>{tr(|t| t.search)}</label>
            <input
                id=id
                type="search"
                autocomplete="off"
                spellcheck="false"
                placeholder=tr(|t| t.search_placeholder)
                prop:value=move || filter.with(|f| f.query.clone())
                on:input:target=move |ev| {
                    let mut f = filter.get_untracked();
                    f.query = ev.target().value();
                    set_filter(f);
                }
            />
        </div>
    }
}
