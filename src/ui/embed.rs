//! `/embed` and `/embed/calendar`: the places and the calendar without the
//! site's chrome, for partners' iframes (see `web::embed` for the messages
//! to the parent page and where links open).

use crate::domain::embed::full_site_path;
use crate::domain::query::{View, EMBED_HEIGHT_DEFAULT};
use crate::domain::route::Page;
use crate::domain::validate::Loaded;
use crate::domain::MunicipalityId;
use crate::i18n::{places_in, texts};
use crate::state::{tr, use_filter, use_lang, use_page, use_set_params, use_url};
use crate::ui::calendar::CalendarPage;
use crate::ui::filters::{FilterPanel, SearchBox};
use crate::ui::map::MapView;
use crate::ui::place_list::PlaceList;
use crate::ui::shell::Notices;
use crate::ui::status::DataGate;
use crate::web::embed::Messenger;
use crate::web::prefs::{base_path, set_title};
use leptos::prelude::*;
use leptos_router::hooks::use_location;
use std::sync::Arc;

/// Context: the page is an embed, and whether its preset is locked
/// (`lock=1`: no municipality, kind or category controls).
#[derive(Clone, Copy, Debug)]
pub struct EmbedCtx {
    /// `lock=1`.
    pub lock: bool,
}

/// The embed's frame: the page, its "open full map" link and the
/// attribution, in one root whose height is reported to the parent.
#[component]
pub fn EmbedShell() -> impl IntoView {
    let url = use_url();
    let page = use_page();
    provide_context(EmbedCtx {
        lock: url.with_untracked(|u| u.lock),
    });
    let location = use_location();
    let lang = use_lang();
    let data = crate::state::use_data();
    // An embed stays an embed for the page's whole life: its messenger is
    // never stopped.
    if let Some(m) = Messenger::start() {
        // The first height (the loading state's) as soon as it is drawn,
        // then after every change of what is shown: the data arriving, a
        // search, a filter, the language.
        Effect::new(move |_| {
            location.search.track();
            lang.track();
            data.track();
            m.after_render();
        });
    }
    let base = base_path();
    let missing = move || page.get() == Page::EmbedNotFound;
    let full = {
        let base = base.clone();
        move || {
            if missing() {
                return format!("{base}/");
            }
            let search = location.search.get();
            full_site_path(&location.pathname.get(), &base, &search)
        }
    };
    let calendar = move || page.get() == Page::EmbedCalendar;
    let body = move || {
        if missing() {
            view! { <EmbedMissing base=base.clone() /> }.into_any()
        } else if calendar() {
            view! { <CalendarPage /> }.into_any()
        } else {
            view! { <DataGate render=|loaded| view! { <EmbedPlaces loaded /> }.into_any() /> }
                .into_any()
        }
    };
    view! {
        <div class="embed-root">
            <main id="main" class="embed-main">
                <Notices />
                {body}
            </main>
            <footer class="embed-foot">
                <span class="embed-attribution">{tr(|t| t.attribution)}</span>
                <a class="embed-full" href=full>
                    {move || {
                        let t = texts(lang.get());
                        if missing() {
                            t.open_site
                        } else if calendar() {
                            t.open_full_calendar
                        } else {
                            t.open_full_map
                        }
                    }}
                </a>
            </footer>
        </div>
    }
}

/// An embed address that names no view: what is wrong, and the way to the
/// share page that writes a working code (its link leaves the frame, as
/// every link of an embed does).
#[component]
fn EmbedMissing(base: String) -> impl IntoView {
    let lang = use_lang();
    Effect::new(move |_| {
        let t = texts(lang.get());
        set_title(&format!("{} — {}", t.embed_not_found, t.app_name));
    });
    // Nothing here waits for the data.
    crate::web::boot::reveal_soon();
    view! {
        <section class="not-found embed-not-found">
            <h1>{tr(|t| t.embed_not_found)}</h1>
            <p>{tr(|t| t.embed_not_found_text)}</p>
            <a class="button" href=format!("{base}/share")>{tr(|t| t.embed_not_found_share)}</a>
        </section>
    }
}

/// The places: map (default), list, or both.
#[component]
fn EmbedPlaces(loaded: Arc<Loaded>) -> impl IntoView {
    let lang = use_lang();
    let url = use_url();
    let filter = use_filter();
    let lock = use_context::<EmbedCtx>().is_some_and(|e| e.lock);
    Effect::new(move |_| {
        let t = texts(lang.get());
        set_title(&format!("{} — {}", t.app_name, t.tagline));
    });
    let (visible, selected) = crate::ui::home::filtered_places(&loaded);
    let set_params = use_set_params();
    let on_select = {
        let loaded = loaded.clone();
        let set_params = set_params.clone();
        UnsyncCallback::new(move |i: Option<usize>| {
            let id = i
                .and_then(|i| loaded.dataset.places.get(i))
                .map(|p| p.id.clone());
            set_params(&[("p", id)]);
        })
    };
    let on_view = UnsyncCallback::new(move |at: Option<crate::domain::query::MapAt>| {
        if at.is_some() || url.with_untracked(|u| u.at.is_some()) {
            set_params(&[("at", at.map(|a| a.to_string()))]);
        }
    });
    let (initial, gestures_free, tiles_off, view, height) = url.with_untracked(|u| {
        (
            u.at,
            u.gestures_free,
            u.tiles_off,
            u.view,
            u.height.unwrap_or(EMBED_HEIGHT_DEFAULT),
        )
    });
    let show_list = matches!(view, Some(View::List | View::Both));
    let show_map = !matches!(view, Some(View::List));
    // The preset's municipalities, for "12 vietas Jēkabpils novadā".
    let preset: Vec<MunicipalityId> =
        url.with_untracked(|u| u.filter.municipalities.iter().collect());
    let count_text = lock
        .then(|| Signal::derive(move || places_in(lang.get(), visible.with(Vec::len), &preset)));

    let controls = if lock {
        view! {
            <div class="embed-search">
                <SearchBox id="place-search" filter class="field" />
            </div>
        }
        .into_any()
    } else {
        view! { <FilterPanel loaded=loaded.clone() filter /> }.into_any()
    };
    let list = show_list.then(|| {
        view! { <PlaceList loaded=loaded.clone() visible selected on_select count_text /> }
    });
    let map = show_map.then(|| {
        view! {
            <div class="embed-map" style:height=format!("{height}px")>
                <MapView
                    loaded=loaded.clone()
                    visible
                    selected
                    on_select
                    on_view
                    initial
                    cooperative=!gestures_free
                    tiles_off
                    shown=Signal::derive(|| true)
                    count_unmapped=true
                />
            </div>
        }
    });
    // The map alone still says how many places it shows (the list has the
    // count otherwise).
    let map_count = (!show_list).then(|| {
        let total = loaded.dataset.places.len();
        view! {
            <h1 class="visually-hidden">{tr(|t| t.places_heading)}</h1>
            <p class="count embed-count" role="status">
                {move || match count_text {
                    Some(c) => c.get(),
                    None => crate::i18n::places_shown(lang.get(), visible.with(Vec::len), total),
                }}
            </p>
        }
    });
    let layout = match view {
        Some(View::List) => "embed-places is-list",
        Some(View::Both) => "embed-places is-both",
        _ => "embed-places is-map",
    };
    view! {
        <div class=layout class:is-locked=lock style=("--embed-map-height", format!("{height}px"))>
            <div class="embed-bar">
                {controls}
                {map_count}
            </div>
            <div class="embed-body">
                {list}
                {map}
            </div>
        </div>
    }
}
