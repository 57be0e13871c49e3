//! `/place/:id`: everything the dataset knows about one place.

use crate::domain::num::fixed;
use crate::domain::query::MapAt;
use crate::domain::validate::Loaded;
use crate::domain::Place;
use crate::i18n::{confidence_name, kind_name, texts};
use crate::state::{tr, use_go, use_lang, use_page_id, use_query_suffix, use_url};
use crate::ui::calendar::PlaceEvents;
use crate::ui::map::MapView;
use crate::ui::profile::ProfileFacts;
use crate::ui::status::DataGate;
use crate::web::prefs::set_title;
use leptos::prelude::*;
use std::sync::Arc;

/// Waits for the data, then shows the place named in the path.
#[component]
pub fn PlacePage() -> impl IntoView {
    view! { <DataGate render=|loaded| view! { <PlaceDetails loaded /> }.into_any() /> }
}

#[component]
fn PlaceDetails(loaded: Arc<Loaded>) -> impl IntoView {
    let lang = use_lang();
    let suffix = use_query_suffix();
    let id = use_page_id();
    let back = move || format!("./{}", suffix.get());

    let title_data = loaded.clone();
    Effect::new(move |_| {
        let t = texts(lang.get());
        let name = id.with(|id| {
            title_data
                .dataset
                .place(id)
                .map(|p| p.name.get(lang.get()).to_owned())
        });
        set_title(&format!(
            "{} — {}",
            name.unwrap_or_else(|| t.not_found.to_owned()),
            t.app_name
        ));
    });

    let body = move || {
        let place = id.with(|id| loaded.dataset.place(id).cloned());
        match place {
            Some(place) => view! { <PlaceBody loaded=loaded.clone() place /> }.into_any(),
            None => view! {
                <section class="not-found">
                    <h1>{tr(|t| t.not_found)}</h1>
                    <p>{tr(|t| t.place_not_found)}</p>
                </section>
            }
            .into_any(),
        }
    };
    view! {
        <article class="place-page">
            <a class="back-link" href=back>
                <span aria-hidden="true">"← "</span>
                {tr(|t| t.back_to_list)}
            </a>
            {body}
        </article>
    }
}

#[component]
fn PlaceBody(loaded: Arc<Loaded>, place: Place) -> impl IntoView {
    let lang = use_lang();
    let t = move || texts(lang.get());
    let kind = place.kind;
    let municipality = place.municipality;
    let approximate = place.municipality_approximate;
    let confidence = place.confidence;

    let header = {
        let name = place.name.clone();
        let id = place.id.clone();
        let loaded = loaded.clone();
        move || {
            let l = lang.get();
            let m = loaded.dataset.municipality_name(municipality, l);
            let m = if approximate {
                format!("{m} ({})", texts(l).municipality_approximate)
            } else {
                m
            };
            view! {
                <h1>{name.get(l).to_owned()}</h1>
                <p class="kicker">
                    <span class=format!("kind-dot kind-{kind}") aria-hidden="true"></span>
                    {kind_name(l, kind)}
                    " · "
                    {m}
                </p>
                <p class="page-actions">
                    <crate::ui::trip::AddToTrip stop=crate::domain::trip::Stop::place(id.clone()) name=name.get(l).to_owned() />
                </p>
            }
        }
    };
    let description = {
        let d = place.description.clone();
        move || {
            let text = d.get(lang.get()).to_owned();
            (!text.is_empty()).then(|| view! { <p class="description">{text}</p> })
        }
    };
    let coord_text = move || match place.coord {
        Some(c) => format!("{}° N, {}° E", fixed(c.lat, 5), fixed(c.lon, 5)),
        None => t().location_not_verified.to_owned(),
    };
    let osm = place.coord.map(|c| {
        let (lat, lon) = (fixed(c.lat, 5), fixed(c.lon, 5));
        format!("https://www.openstreetmap.org/?mlat={lat}&mlon={lon}#map=14/{lat}/{lon}")
    });
    let directions = place.coord.map(|c| {
        format!(
            "https://www.openstreetmap.org/directions?route=%3B{}%2C{}",
            fixed(c.lat, 5),
            fixed(c.lon, 5)
        )
    });
    let small_map = view! { <PlaceMap loaded=loaded.clone() place=place.clone() /> };
    let parish = place.parish.clone().map(|p| {
        view! {
            <dt>{tr(|t| t.parish)}</dt>
            <dd class="parish">{move || p.get(lang.get()).to_owned()}</dd>
        }
    });
    let population = place.population.clone().map(|(n, year)| {
        // The note (which year, what it counts) in the page's language.
        let text = move || match year.get(lang.get()) {
            "" => n.to_string(),
            note => format!("{n} ({note})"),
        };
        view! {
            <dt>{tr(|t| t.population)}</dt>
            <dd class="population">{text}</dd>
        }
    });
    let links = (!place.links.is_empty()).then(|| {
        let items = place
            .links
            .iter()
            .map(|l| view! { <li><a href=l.url.clone() rel="noopener">{l.label.clone()}</a></li> })
            .collect_view();
        view! {
            <h2>{tr(|t| t.links)}</h2>
            <ul class="links">{items}</ul>
        }
    });
    let events = view! { <PlaceEvents loaded=loaded.clone() place_id=place.id.clone() /> };
    let source = {
        let s = place.source.clone();
        move || s.get(lang.get()).to_owned()
    };
    let profile = view! { <ProfileFacts place=place.clone() /> };
    view! {
        {header}
        {description}
        {profile}
        {small_map}
        <dl class="facts">
            {parish}
            <dt>{tr(|t| t.coordinates)}</dt>
            <dd>
                {coord_text}
                {osm.map(|href| view! { " · " <a href=href rel="noopener">{tr(|t| t.view_on_osm)}</a> })}
                {directions.map(|href| view! { " · " <a href=href rel="noopener">{tr(|t| t.directions)}</a> })}
            </dd>
            {population}
            <dt>{tr(|t| t.confidence)}</dt>
            <dd>{move || confidence_name(lang.get(), confidence)}</dd>
            <dt>{tr(|t| t.source)}</dt>
            <dd class="source">{source}</dd>
        </dl>
        {links}
        {events}
    }
}

/// The place on a small map among its neighbours (nothing when its
/// location is not verified): on its own page and on the page of an event
/// held there. A neighbour's marker opens that neighbour's page.
#[component]
pub fn PlaceMap(loaded: Arc<Loaded>, place: Place) -> impl IntoView {
    place.coord.map(|c| {
        let index = loaded.dataset.place_index(&place.id);
        let all = loaded.dataset.places.len();
        let visible = Memo::new(move |_| (0..all).collect::<Vec<usize>>());
        let selected = Memo::new(move |_| index);
        let go = use_go();
        let ids: Vec<String> = loaded.dataset.places.iter().map(|p| p.id.clone()).collect();
        let suffix = use_query_suffix();
        // A neighbour's marker opens that neighbour's page.
        let on_select = UnsyncCallback::new(move |i: Option<usize>| {
            if let Some(id) = i.and_then(|i| ids.get(i)) {
                go(&crate::ui::links::place_href(id, &suffix.get_untracked()));
            }
        });
        let on_view = UnsyncCallback::new(|_: Option<MapAt>| {});
        let tiles_off = use_url().with_untracked(|u| u.tiles_off);
        view! {
            <div class="place-map">
                <MapView
                    loaded=loaded.clone()
                    visible
                    selected
                    on_select
                    on_view
                    initial=Some(MapAt { zoom: 12.0, lat: c.lat, lon: c.lon })
                    shown=true
                    with_panel=false
                    // A map inside a page that scrolls: one finger and the
                    // plain wheel scroll the page, as embedded maps do.
                    cooperative=true
                    tiles_off
                />
            </div>
        }
    })
}
