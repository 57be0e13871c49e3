//! The trip planner's UI on top of `domain::trip`: the add toggle
//! (`toggle`), the visitor's own trip in state and storage (`state`), its
//! notices and header counter (`notices`), and the `/trip` page: this file
//! (which trip is shown, own or shared, and how edits are written), its
//! days and stops (`day`), directions (`links`), downloads and sharing
//! (`downloads`), and its map (`map`).
//!
//! `/trip` without `d=` shows the own trip; every edit of it writes storage
//! and the URL (replacing the history entry), so the address is always a
//! share link. A `d=` that differs from the own trip is a shared trip: its
//! edits go to the URL only, and it becomes the own trip only through
//! "Saglabāt kā manu ceļojumu" (asked first when that replaces a trip).

mod day;
mod downloads;
mod edit;
mod links;
mod map;
mod notices;
mod state;
mod toggle;

pub use notices::{TripCounter, TripNotices};
pub use state::{provide_trip, use_trip, TripCtx, TripNotice};
pub use toggle::{activate, AddToTrip, Star};

use crate::domain::query::parse_query_string;
use crate::domain::trip::{Mode, Trip, TripError};
use crate::domain::validate::Loaded;
use crate::i18n::{format_date, texts, trip_dropped, trip_gone, trip_refused};
use crate::state::{tr, use_lang};
use crate::ui::status::DataGate;
use crate::web::prefs::set_title;
use edit::{Source, TripEdit};
use leptos::prelude::*;
use leptos_router::hooks::use_location;
use std::sync::Arc;

/// `/trip`: waits for the data, then shows the trip.
#[component]
pub fn TripPage() -> impl IntoView {
    view! { <DataGate render=|loaded| view! { <TripView loaded /> }.into_any() /> }
}

/// What the page shows: the trip (checked against the data), whose it is,
/// and what was wrong with the link.
#[derive(Clone, Debug, PartialEq)]
pub struct Shown {
    /// The trip, without stops the data does not have.
    pub trip: Trip,
    /// The visitor's own, or from a link.
    pub source: Source,
    /// Stops of the link the data does not have.
    pub gone: usize,
    /// Values of the link that were dropped.
    pub dropped: usize,
    /// Why the link was refused as a whole.
    pub refused: Option<TripError>,
}

#[component]
fn TripView(loaded: Arc<Loaded>) -> impl IntoView {
    let lang = use_lang();
    let trip_ctx = use_trip();
    trip_ctx.check_storage();
    Effect::new(move |_| {
        let t = texts(lang.get());
        set_title(&format!("{} — {}", t.trip_title, t.app_name));
    });
    let location = use_location();
    let shown = {
        let loaded = loaded.clone();
        Memo::new(move |_| {
            let pairs = parse_query_string(&location.search.get());
            let own = trip_ctx.own.get();
            if !pairs.iter().any(|(k, _)| k == "d") {
                return Shown {
                    trip: own,
                    source: Source::Own,
                    gone: 0,
                    dropped: 0,
                    refused: None,
                };
            }
            match Trip::from_pairs(pairs.iter().map(|(k, v)| (k.as_str(), v.as_str()))) {
                Ok(decoded) => {
                    let resolved = decoded.trip.resolve(&loaded.dataset);
                    let source = if resolved.trip == own {
                        Source::Own
                    } else {
                        Source::Shared
                    };
                    Shown {
                        trip: resolved.trip,
                        source,
                        gone: resolved.gone.len(),
                        dropped: decoded.dropped.len(),
                        refused: None,
                    }
                }
                // A refused link shows nothing of itself: the visitor's own
                // trip stays, with the reason.
                Err(e) => Shown {
                    trip: own,
                    source: Source::Own,
                    gone: 0,
                    dropped: 0,
                    refused: Some(e),
                },
            }
        })
    };
    let edit = TripEdit::new(shown, trip_ctx);
    provide_context(edit);
    // The own trip's page has a share link in the address from the start.
    if shown.with_untracked(|s| s.source == Source::Own && s.refused.is_none())
        && !location.search.with_untracked(|q| q.contains("d="))
        && !trip_ctx.own.with_untracked(Trip::is_empty)
    {
        edit.write_url(&trip_ctx.own.get_untracked());
    }

    let problems = move || {
        let l = lang.get();
        shown.with(|s| {
            let mut lines = Vec::new();
            if let Some(e) = &s.refused {
                lines.push(trip_refused(l, e));
            }
            if s.dropped > 0 {
                lines.push(trip_dropped(l, s.dropped));
            }
            if s.gone > 0 {
                lines.push(trip_gone(l, s.gone));
            }
            (!lines.is_empty()).then(|| {
                view! {
                    <div class="notice" role="status">
                        <ul>{lines.into_iter().map(|line| view! { <li>{line}</li> }).collect_view()}</ul>
                    </div>
                }
            })
        })
    };
    let heading = move || {
        let t = texts(lang.get());
        match shown.with(|s| s.source) {
            Source::Own => t.trip_mine,
            Source::Shared => t.trip_shared,
        }
    };
    let empty = Memo::new(move |_| shown.with(|s| s.trip.is_empty()));
    let dates = move || {
        let l = lang.get();
        shown.with(|s| {
            let first = s.trip.start?;
            let last = s.trip.date_of(s.trip.days.len().saturating_sub(1))?;
            Some(if first == last {
                format_date(l, first)
            } else {
                format!("{} – {}", format_date(l, first), format_date(l, last))
            })
        })
    };
    view! {
        <article class="trip-page">
            <header class="trip-head">
                <div class="trip-title">
                    <h1>{heading}</h1>
                    <p class="trip-dates">{dates}</p>
                </div>
                <Settings />
            </header>
            {problems}
            {move || (shown.with(|s| s.source) == Source::Shared).then(|| view! { <edit::SharedBar /> })}
            {move || edit.cleared_notice()}
            <p class="visually-hidden" aria-live="polite" aria-atomic="true">{move || edit.announcement.get()}</p>
            {move || if empty.get() {
                view! { <p class="trip-empty">{tr(|t| t.trip_empty)}</p> }.into_any()
            } else {
                view! {
                    <div class="trip-layout">
                        <div class="trip-itinerary">
                            <h2 class="visually-hidden">{tr(|t| t.trip_stops)}</h2>
                            <day::Days loaded=loaded.clone() />
                            <downloads::TakeAlong loaded=loaded.clone() />
                        </div>
                        <div class="trip-map-column">
                            <map::TripMap loaded=loaded.clone() />
                        </div>
                    </div>
                }
                .into_any()
            }}
        </article>
    }
}

/// The trip's first date and travel mode.
#[component]
fn Settings() -> impl IntoView {
    let lang = use_lang();
    let edit = expect_context::<TripEdit>();
    let start = move || {
        edit.shown
            .with(|s| s.trip.start.map(crate::domain::dates::format_day))
            .unwrap_or_default()
    };
    let mode = move || edit.shown.with(|s| s.trip.mode.slug());
    view! {
        <div class="trip-settings">
            <label class="field">
                <span>{tr(|t| t.trip_start)}</span>
                <input
                    type="date"
                    prop:value=start
                    on:change:target=move |ev| {
                        let value = ev.target().value();
                        let date = crate::domain::dates::parse_day(&value).ok();
                        edit.change(|t| {
                            let changed = t.start != date;
                            t.start = date;
                            changed
                        });
                    }
                />
            </label>
            <label class="field">
                <span>{tr(|t| t.trip_mode)}</span>
                <select
                    prop:value=mode
                    on:change:target=move |ev| {
                        if let Ok(m) = ev.target().value().parse::<Mode>() {
                            edit.change(|t| {
                                let changed = t.mode != m;
                                t.mode = m;
                                changed
                            });
                        }
                    }
                >
                    {move || {
                        let l = lang.get();
                        Mode::ALL
                            .map(|m| view! {
                                <option value=m.slug() selected=move || edit.shown.with(|s| s.trip.mode == m)>
                                    {crate::i18n::mode_name(l, m)}
                                </option>
                            })
                            .collect_view()
                    }}
                </select>
            </label>
        </div>
    }
}
