//! `/event/:id`: one event, with its place on a small map and .ics export.

use crate::domain::query::with_keys;
use crate::domain::validate::Loaded;
use crate::domain::Event;
use crate::i18n::{category_name, format_when, texts};
use crate::state::{tr, use_lang, use_page_id, use_query_suffix};
use crate::ui::calendar::data_url;
use crate::ui::status::DataGate;
use crate::web::clock::{app_url, now_utc};
use crate::web::prefs::set_title;
use leptos::prelude::*;
use std::sync::Arc;

/// Route component: waits for the data.
#[component]
pub fn EventPage() -> impl IntoView {
    view! { <DataGate render=|loaded| view! { <EventDetails loaded /> }.into_any() /> }
}

#[component]
fn EventDetails(loaded: Arc<Loaded>) -> impl IntoView {
    let lang = use_lang();
    let suffix = use_query_suffix();
    let id = use_page_id();
    let find = {
        let loaded = loaded.clone();
        move |id: &str| loaded.dataset.event(id).cloned()
    };
    {
        let find = find.clone();
        Effect::new(move |_| {
            let t = texts(lang.get());
            let title = id
                .with(|id| find(id))
                .map(|e| e.title.get(lang.get()).to_owned());
            set_title(&format!(
                "{} — {}",
                title.unwrap_or_else(|| t.not_found.to_owned()),
                t.app_name
            ));
        });
    }
    let body = move || match id.with(|id| find(id)) {
        Some(e) => view! { <EventBody loaded=loaded.clone() event=e /> }.into_any(),
        None => view! {
            <h1>{tr(|t| t.not_found)}</h1>
            <p>{tr(|t| t.event_not_found)}</p>
        }
        .into_any(),
    };
    view! {
        <article class="place-page event-page">
            <a class="back-link" href=move || format!("calendar{}", suffix.get())>
                <span aria-hidden="true">"← "</span>
                {tr(|t| t.back_to_calendar)}
            </a>
            {body}
        </article>
    }
}

#[component]
fn EventBody(loaded: Arc<Loaded>, event: Event) -> impl IntoView {
    let lang = use_lang();
    let suffix = use_query_suffix();
    let t = move || texts(lang.get());
    let e = Arc::new(event);
    let place = e
        .place
        .as_deref()
        .and_then(|p| loaded.dataset.place(p))
        .cloned();
    let head = {
        let e = e.clone();
        move || {
            let l = lang.get();
            let description = e.description.get(l).to_owned();
            view! {
                <h1>{e.title.get(l).to_owned()}</h1>
                <p class="kicker">{category_name(l, e.category)}</p>
                <p class="page-actions">
                    <crate::ui::trip::AddToTrip stop=crate::domain::trip::Stop::event(e.id.clone()) name=e.title.get(l).to_owned() />
                </p>
                {(!description.is_empty()).then(|| view! { <p class="description">{description}</p> })}
            }
        }
    };
    // Drawn once, not with each language: a new map would lose its view.
    let map = place
        .clone()
        .map(|p| view! { <crate::ui::place_page::PlaceMap loaded=loaded.clone() place=p /> });
    let facts = move || {
        let l = lang.get();
        let place_link = place.as_ref().map(|p| {
            view! {
                <dt>{t().place}</dt>
                <dd>
                    <a href=crate::ui::links::place_href(&p.id, &suffix.get())>{p.name.get(l).to_owned()}</a>
                    " · "
                    <a href=format!("./{}", with_keys(&suffix.get(), &[("p", Some(&p.id)), ("month", None), ("day", None), ("view", None)]))>{t().show_on_map_link}</a>
                </dd>
            }
        });
        let venue = e
            .location
            .as_ref()
            .map(|loc| loc.name.get(l).to_owned())
            .map(|name| {
                view! { <dt>{t().venue}</dt> <dd>{name}</dd> }
            });
        let municipalities = if e.municipalities.is_empty() {
            t().whole_selija.to_owned()
        } else {
            e.municipalities
                .iter()
                .map(|m| loaded.dataset.municipality_name(*m, l))
                .collect::<Vec<_>>()
                .join(", ")
        };
        let ics = crate::domain::ics::event_ics(&e, place.as_ref(), l, now_utc(), &app_url());
        let google = crate::domain::ics::google_calendar_url(&e, place.as_ref(), l);
        view! {
            <dl class="facts">
                <dt>{t().when}</dt>
                <dd>{format_when(l, e.start, e.end)}</dd>
                {place_link}
                {venue}
                <dt>{t().municipality}</dt>
                <dd>{municipalities}</dd>
                {e.url.clone().map(|u| {
                    let href = u.clone();
                    view! {
                        <dt>{t().organiser}</dt>
                        <dd><a href=href rel="noopener">{u}</a></dd>
                    }
                })}
                <dt>{t().source}</dt>
                <dd class="source">{e.source.get(l).to_owned()}</dd>
            </dl>
            <p class="event-actions">
                <a class="button" href=data_url(&ics) download=format!("{}.ics", e.id)>{t().add_to_calendar}</a>
                <a class="button-quiet" href=google rel="noopener">{t().google_calendar}</a>
            </p>
        }
    };
    // On a phone, when and where come first, the map after them; on a wide
    // screen the map stands beside the text (main.css).
    view! { {head} {facts} {map} }
}
