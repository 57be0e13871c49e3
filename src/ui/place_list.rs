//! The filtered list of places, with its count and empty state.

use crate::domain::filter::Filter;
use crate::domain::trip::Stop;
use crate::domain::validate::Loaded;
use crate::domain::Lang;
use crate::i18n::{kind_name, places_shown, texts};
use crate::state::{tr, use_lang, use_query_suffix, use_set_filter};
use crate::ui::downloads::Downloads;
use crate::ui::trip::AddToTrip;
use leptos::prelude::*;
use std::sync::Arc;

/// Items shown at first, and added per "show more".
const PAGE: usize = 60;

/// "N of M places" and the list; says so when nothing matches.
#[component]
pub fn PlaceList(
    /// The dataset.
    loaded: Arc<Loaded>,
    /// Indices of the places that pass the filter.
    visible: Memo<Vec<usize>>,
    /// The place selected on the map.
    selected: Memo<Option<usize>>,
    /// Selects a place on the map.
    on_select: UnsyncCallback<Option<usize>>,
    /// The count's wording when not "12 of 80 places" (a locked embed
    /// speaks of its preset: "12 vietas Jēkabpils novadā").
    #[prop(default = None)]
    count_text: Option<Signal<String>>,
    /// Whether to offer the places as GeoJSON and CSV (the home page).
    #[prop(default = false)]
    downloads: bool,
) -> impl IntoView {
    let lang = use_lang();
    let set_filter = use_set_filter();
    let total = loaded.dataset.places.len();
    let count = move || match count_text {
        Some(c) => c.get(),
        None => places_shown(lang.get(), visible.with(Vec::len), total),
    };
    // Memos: the empty state and the "show more" button are redrawn only
    // when they appear or go, so the button keeps its focus when clicked.
    let empty = Memo::new(move |_| visible.with(Vec::is_empty));
    // Long lists grow a page at a time: a list of thousands helps nobody,
    // and every rendered item is work on each URL change.
    let limit = RwSignal::new(PAGE);
    let shown = Memo::new(move |_| {
        visible.with(|v| v.iter().take(limit.get()).copied().collect::<Vec<usize>>())
    });
    let hidden = move || visible.with(Vec::len).saturating_sub(limit.get());
    let has_more = Memo::new(move |_| hidden() > 0);
    // One subscription to the selection for the whole list: a change wakes
    // only the item that was selected and the one that now is, not every
    // item (each used to read `selected` itself).
    let selector = Selector::new(move || selected.get());
    let key = {
        let loaded = loaded.clone();
        move |(i, l): &(usize, Lang)| (loaded.dataset.places[*i].id.clone(), *l)
    };
    view! {
        <section class="results" aria-labelledby="results-heading">
            <div class="results-head">
                <h1 id="results-heading" tabindex="-1">{tr(|t| t.places_heading)}</h1>
                <p class="count" role="status">{count}</p>
                {downloads.then(|| view! { <Downloads loaded=loaded.clone() visible /> })}
            </div>
            {move || empty.get().then(|| view! {
                <div class="empty-state">
                    <p>{tr(|t| t.no_matches)}</p>
                    <button
                        type="button"
                        class="button"
                        on:click={
                            let set_filter = set_filter.clone();
                            move |_| set_filter(Filter::default())
                        }
                    >
                        {tr(|t| t.clear_filters)}
                    </button>
                </div>
            })}
            <ul class="place-list">
                <For
                    each=move || {
                        let l = lang.get();
                        shown.get().into_iter().map(|i| (i, l)).collect::<Vec<_>>()
                    }
                    key=key
                    children=move |(i, l)| view! { <PlaceItem loaded=loaded.clone() index=i lang=l selected=selector.clone() on_select /> }
                />
            </ul>
            {move || has_more.get().then(|| view! {
                <button type="button" class="button-quiet show-more" on:click=move |_| limit.update(|l| *l += PAGE)>
                    {tr(|t| t.show_more)} " (" {hidden} ")"
                </button>
            })}
        </section>
    }
}

/// One place: name (selecting it on the map, or for an unmapped place
/// opening its page), kind, municipality, a mark when its location is not
/// verified, and a details link. Built for one language (the list re-keys
/// its items when the language changes), so only the selection and the
/// link's query stay reactive: a long list stays cheap to update.
#[component]
fn PlaceItem(
    loaded: Arc<Loaded>,
    index: usize,
    lang: Lang,
    selected: Selector<Option<usize>>,
    on_select: UnsyncCallback<Option<usize>>,
) -> impl IntoView {
    let t = texts(lang);
    let suffix = use_query_suffix();
    let place = &loaded.dataset.places[index];
    let href = {
        let id = place.id.clone();
        move || crate::ui::links::place_href(&id, &suffix.get())
    };
    let kind = place.kind;
    let unverified = place.coord.is_none();
    let name = place.name.get(lang).to_owned();
    let name_for_link = name.clone();
    let meta = format!(
        "{} · {}",
        kind_name(lang, kind),
        loaded.dataset.municipality_name(place.municipality, lang)
    );
    let is_selected = move || selected.selected(&Some(index));
    let pressed = {
        let is_selected = is_selected.clone();
        move || is_selected().to_string()
    };
    let title = if unverified {
        view! { <a class="place-link" href=href.clone()>{name}</a> }.into_any()
    } else {
        view! {
            <button
                type="button"
                class="place-link link-button"
                aria-pressed=pressed
                title=t.show_on_map
                on:click=move |_| on_select.run(Some(index))
            >
                {name}
            </button>
        }
        .into_any()
    };
    view! {
        <li class="place-item" class:is-selected=is_selected>
            <span class=format!("kind-dot kind-{kind}") aria-hidden="true"></span>
            <div class="place-text">
                {title}
                <span class="place-meta">{meta}</span>
                {unverified.then(|| view! { <span class="badge badge-unverified">{t.location_not_verified}</span> })}
            </div>
            <AddToTrip stop=Stop::place(place.id.clone()) name=place.name.get(lang).to_owned() compact=true />
            // Sixty links named just "Details" tell a screen reader's list
            // of links nothing: each carries its place's name, hidden. In
            // brackets, as browsers put a space before hidden text (it is
            // positioned, so a block): "Sīkāk (Sece)", never "Sīkāk : Sece".
            <a class="details-link" href=href>
                {t.details}<span class="visually-hidden">" (" {name_for_link} ")"</span>
            </a>
        </li>
    }
}
