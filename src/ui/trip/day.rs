//! The trip's days and their stops: numbers, names, what each is and
//! where, event times and marks, straight-line distances, and the controls
//! that reorder (buttons, a day select, drag and drop), remove and add.

use super::edit::TripEdit;
use super::links::DayDirections;
use crate::domain::num::fixed;
use crate::domain::trip::clash::{Check, EventMark};
use crate::domain::trip::distance::DayRoute;
use crate::domain::trip::{Added, Stop, StopRef, Trip};
use crate::domain::validate::Loaded;
use crate::domain::Lang;
use crate::i18n::{
    category_name, crow_distance, format_date_long, format_when, kind_name, texts, trip_day_title,
    trip_unmapped,
};
use crate::state::{tr, use_lang, use_url};
use crate::ui::map::route::day_class;
use crate::web::clock::today;
use leptos::prelude::*;
use std::sync::Arc;

/// Legs shorter than this (50 m) join two stops at one place.
const SAME_PLACE_KM: f64 = 0.05;

/// Where a dragged stop would go: before position `index` of day `day`
/// (counted with the stop still in place).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct DropAt {
    day: usize,
    index: usize,
}

/// Drag and drop state of the list (desktop).
#[derive(Clone, Copy)]
struct Drag {
    /// The stop being dragged.
    stop: RwSignal<Option<Stop>>,
    /// Where it would land.
    over: RwSignal<Option<DropAt>>,
}

/// Every day of the shown trip, then "add a day" and "clear all".
#[component]
pub fn Days(loaded: Arc<Loaded>) -> impl IntoView {
    let edit = expect_context::<TripEdit>();
    let drag = Drag {
        stop: RwSignal::new(None),
        over: RwSignal::new(None),
    };
    let days = {
        let loaded = loaded.clone();
        move || {
            let (trip, count) = edit.shown.with(|s| (s.trip.clone(), s.trip.days.len()));
            let check = Arc::new(trip.check_events(&loaded.dataset, today()));
            let trip = Arc::new(trip);
            (0..count)
                .map(|day| {
                    view! { <DayView loaded=loaded.clone() trip=trip.clone() check=check.clone() day drag /> }
                })
                .collect_view()
        }
    };
    let can_add_day = move || {
        edit.shown
            .with(|s| s.trip.days.len() < crate::domain::trip::MAX_DAYS)
    };
    view! {
        <ol class="trip-days">{days}</ol>
        <div class="trip-actions">
            <button
                type="button"
                class="button-quiet"
                prop:disabled=move || !can_add_day()
                on:click=move |_| {
                    edit.change(Trip::add_day);
                }
            >
                "+ " {tr(|t| t.trip_add_day)}
            </button>
            <button type="button" class="button-quiet trip-clear" on:click=move |_| edit.clear()>
                {tr(|t| t.trip_clear)}
            </button>
        </div>
    }
}

/// The number of the first stop of `day` in the whole trip, minus one.
fn stops_before(trip: &Trip, day: usize) -> usize {
    trip.days.iter().take(day).map(Vec::len).sum()
}

/// One day: its title and date, its stops, distances, suggestions and
/// directions.
#[component]
fn DayView(
    loaded: Arc<Loaded>,
    trip: Arc<Trip>,
    check: Arc<Check>,
    day: usize,
    drag: Drag,
) -> impl IntoView {
    let lang = use_lang();
    let edit = expect_context::<TripEdit>();
    let l = lang.get_untracked();
    let t = texts(l);
    let data = &loaded.dataset;
    let date = trip.date_of(day);
    let route = trip.day_route(data, day);
    let first = stops_before(&trip, day);
    let stops = trip.days.get(day).cloned().unwrap_or_default();
    let rows = stops
        .iter()
        .enumerate()
        .map(|(index, stop)| {
            let at = StopRef { day, index };
            view! {
                <StopRow
                    loaded=loaded.clone()
                    trip=trip.clone()
                    check=check.clone()
                    route=route.clone()
                    stop=stop.clone()
                    at
                    number=first + index + 1
                    drag
                />
            }
        })
        .collect_view();
    let suggestions = date.map(|d| {
        let events = trip.suggestions(data, day, d);
        (!events.is_empty()).then(|| {
            let items = events
                .into_iter()
                .map(|e| {
                    let title = e.title.get(l).to_owned();
                    let id = e.id.clone();
                    let label = (t.trip_add_named)(&title);
                    let when = format_when(l, e.start, e.end);
                    view! {
                        <li>
                            <button type="button" class="trip-toggle compact" aria-pressed="false" aria-label=label.clone() title=label on:click=move |_| {
                                let stop = Stop::event(id.clone());
                                edit.change(|t| {
                                    // Added to the last day, then to this one.
                                    let added = t.add(stop.clone()) == Added::Added;
                                    if added {
                                        t.move_to_day(&stop, day);
                                    }
                                    added
                                });
                            }>
                                <super::Star />
                            </button>
                            <span>{title} <span class="muted">" · " {when}</span></span>
                        </li>
                    }
                })
                .collect_view();
            view! {
                <div class="trip-suggestions">
                    <p>{t.trip_on_this_day}</p>
                    <ul>{items}</ul>
                </div>
            }
        })
    });
    let total = (!route.legs.is_empty()).then(|| {
        view! { <p class="trip-total"><strong>{t.trip_day_total} ": "</strong>{crow_distance(l, route.total_km)}</p> }
    });
    let unmapped = (!route.unmapped.is_empty())
        .then(|| view! { <p class="trip-note">{trip_unmapped(l, route.unmapped.len())}</p> });
    let removable = stops.is_empty() && trip.days.len() > 1;
    let heading_id = format!("trip-day-{}", day + 1);
    let names = name_of(&loaded, l);
    let labelled_by = heading_id.clone();
    let on_dragover = move |e: leptos::ev::DragEvent| {
        // An empty day (or the space below its stops) takes a drop at its end.
        if drag.stop.with_untracked(Option::is_some) {
            e.prevent_default();
            let end = edit
                .shown
                .with_untracked(|s| s.trip.days.get(day).map_or(0, Vec::len));
            let at = Some(DropAt { day, index: end });
            if drag.over.get_untracked() != at && e.target() == e.current_target() {
                drag.over.set(at);
            }
        }
    };
    view! {
        <li class="trip-day" aria-labelledby=labelled_by>
            <div class="trip-day-head">
                <span class=format!("day-swatch {}", day_class(day)) aria-hidden="true"></span>
                <h3 id=heading_id>{trip_day_title(l, day + 1)}</h3>
                {date.map(|d| view! { <span class="trip-day-date">{format_date_long(l, d)}</span> })}
                {removable.then(|| view! {
                    <button type="button" class="button-quiet small" on:click=move |_| {
                        edit.change(|t| t.remove_day(day));
                    }>{t.trip_remove_day}</button>
                })}
            </div>
            <ol
                class="trip-stops"
                on:dragover=on_dragover
                on:drop={
                    let names = names.clone();
                    move |e| drop_here(e, edit, drag, names.clone())
                }
            >
                {rows}
            </ol>
            {stops.is_empty().then(|| view! { <p class="trip-note">{t.trip_day_empty}</p> })}
            {total}
            {unmapped}
            {suggestions}
            <DayDirections loaded=loaded.clone() trip=trip.clone() day />
        </li>
    }
}

/// Finishes a drop where `drag.over` says.
fn drop_here(e: leptos::ev::DragEvent, edit: TripEdit, drag: Drag, names: NameOf) {
    e.prevent_default();
    let (Some(stop), Some(at)) = (drag.stop.get_untracked(), drag.over.get_untracked()) else {
        return;
    };
    drag.stop.set(None);
    drag.over.set(None);
    move_stop(edit, &stop, at, &names(&stop));
}

/// A stop's name in the current language.
type NameOf = std::rc::Rc<dyn Fn(&Stop) -> String>;

/// Moves `stop` to before position `at` (counted with the stop in place),
/// announces it and keeps the keyboard focus on it.
fn move_stop(edit: TripEdit, stop: &Stop, at: DropAt, name: &str) {
    edit.change(|t| {
        let Some(from) = t.find(stop) else {
            return false;
        };
        // `move_to` counts positions with the stop taken out.
        let index = if from.day == at.day && from.index < at.index {
            at.index - 1
        } else {
            at.index
        };
        t.move_to(stop, at.day, index)
    });
    announce_move(edit, stop, name);
}

/// Says where `stop` is now ("Sece pārvietota uz 2. vietu").
fn announce_move(edit: TripEdit, stop: &Stop, name: &str) {
    if let Some(at) = edit.shown.with_untracked(|s| s.trip.find(stop)) {
        edit.announce((texts(edit.lang.get_untracked()).trip_moved)(
            name,
            at.index + 1,
        ));
    }
}

/// One stop: number, name (linking to its page), what and where it is,
/// event time and marks, the leg from the stop before, and its controls.
#[component]
fn StopRow(
    loaded: Arc<Loaded>,
    trip: Arc<Trip>,
    check: Arc<Check>,
    route: DayRoute,
    stop: Stop,
    at: StopRef,
    number: usize,
    drag: Drag,
) -> impl IntoView {
    let lang = use_lang();
    let url = use_url();
    let edit = expect_context::<TripEdit>();
    let l = lang.get_untracked();
    let t = texts(l);
    let data = &loaded.dataset;
    let name = stop.name(data, l).to_owned();
    let key = stop.to_string();
    let suffix = url
        .with_untracked(|u| u.lang)
        .map(|lang| format!("?lang={}", lang.code()))
        .unwrap_or_default();
    let href = match &stop {
        Stop::Place(id) => crate::ui::links::place_href(id, &suffix),
        Stop::Event(id) => crate::ui::links::event_href(id, &suffix),
    };
    let (what, where_, when) = describe(&loaded, &stop, l);
    let marks = marks(&check, at, l);
    let coord = stop.coord(data);
    let leg = route.legs.iter().find(|leg| leg.to == at).map(|leg| leg.km);
    let is_first = at.day == 0 && at.index == 0;
    let is_last = at.day + 1 == trip.days.len() && at.index + 1 == trip.days[at.day].len();
    let days = trip.days.len();

    let up = {
        let stop = stop.clone();
        let name = name.clone();
        move |_| {
            if edit.change(|t| t.move_up(&stop)) {
                announce_move(edit, &stop, &name);
                keep_focus(&stop, "move-up");
            }
        }
    };
    let down = {
        let stop = stop.clone();
        let name = name.clone();
        move |_| {
            if edit.change(|t| t.move_down(&stop)) {
                announce_move(edit, &stop, &name);
                keep_focus(&stop, "move-down");
            }
        }
    };
    let remove = {
        let stop = stop.clone();
        let name = name.clone();
        move |_| {
            if edit.change(|t| t.remove(&stop)) {
                edit.announce((texts(edit.lang.get_untracked()).trip_removed)(&name));
                request_animation_frame(|| crate::web::focus::focus(".trip-page h1"));
            }
        }
    };
    let to_day = {
        let stop = stop.clone();
        let name = name.clone();
        move |ev: leptos::ev::Targeted<leptos::ev::Event, web_sys::HtmlSelectElement>| {
            let Ok(day) = ev.target().value().parse::<usize>() else {
                return;
            };
            if edit.change(|t| t.move_to_day(&stop, day)) {
                edit.announce((texts(edit.lang.get_untracked()).trip_moved_day)(
                    &name,
                    day + 1,
                ));
                keep_focus(&stop, "day-select");
            }
        }
    };
    let day_select = (days > 1).then(|| {
        let options = (0..days)
            .map(|d| {
                view! { <option value=d.to_string() selected=d == at.day>{trip_day_title(l, d + 1)}</option> }
            })
            .collect_view();
        view! {
            <select class="day-select" aria-label=(t.trip_day_of)(&name) on:change:target=to_day>
                {options}
            </select>
        }
    });
    let dragged = stop.clone();
    let over_before = Some(DropAt {
        day: at.day,
        index: at.index,
    });
    let over_after = Some(DropAt {
        day: at.day,
        index: at.index + 1,
    });
    let on_dragover = move |e: leptos::ev::DragEvent| {
        if drag.stop.with_untracked(Option::is_none) {
            return;
        }
        e.prevent_default();
        e.stop_propagation();
        let Some(el) = e
            .current_target()
            .and_then(|t| wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(t).ok())
        else {
            return;
        };
        let r = el.get_bounding_client_rect();
        let target = if f64::from(e.client_y()) < r.top() + r.height() / 2.0 {
            over_before
        } else {
            over_after
        };
        if drag.over.get_untracked() != target {
            drag.over.set(target);
        }
    };
    view! {
        <li
            class="trip-stop"
            class:drop-before=move || drag.over.get() == over_before
            class:drop-after=move || drag.over.get() == over_after
            class:is-dragged=move || drag.stop.with(|s| s.as_ref() == Some(&dragged))
            data-key=key
            draggable="true"
            on:dragstart={
                let stop = stop.clone();
                move |e: leptos::ev::DragEvent| {
                    if let Some(dt) = e.data_transfer() {
                        let _ = dt.set_data("text/plain", &stop.to_string());
                        dt.set_effect_allowed("move");
                    }
                    drag.stop.set(Some(stop.clone()));
                }
            }
            on:dragend=move |_| {
                drag.stop.set(None);
                drag.over.set(None);
            }
            on:dragover=on_dragover
            on:drop={
                let names = name_of(&loaded, l);
                move |e| {
                    e.stop_propagation();
                    drop_here(e, edit, drag, names.clone())
                }
            }
        >
            <span class=format!("stop-number {}", day_class(at.day)) aria-hidden="true">{number}</span>
            <div class="stop-body">
                {leg.map(|km| {
                    // A place and an event held there: no "~0,0 km".
                    let text = if km < SAME_PLACE_KM { texts(l).trip_same_place.to_owned() } else { crow_distance(l, km) };
                    view! { <p class="stop-leg">"↓ " {text}</p> }
                })}
                <a class="stop-name" href=href>
                    <span class="visually-hidden">{number} ". "</span>
                    {name.clone()}
                </a>
                <p class="stop-meta">{what} " · " {where_}</p>
                {when.map(|w| view! { <p class="stop-when">{w}</p> })}
                {marks}
                {match coord {
                    Some(c) => view! { <p class="stop-coord">{fixed(c.lat, 5)} ", " {fixed(c.lon, 5)}</p> }.into_any(),
                    None => view! { <p class="trip-note">{t.trip_stop_unmapped}</p> }.into_any(),
                }}
            </div>
            <div class="stop-controls">
                <span class="drag-handle" aria-hidden="true" title=t.trip_drag>"⠿"</span>
                <button type="button" class="icon-button move-up" aria-label=(t.trip_move_up)(&name) title=(t.trip_move_up)(&name) prop:disabled=is_first on:click=up>
                    <span aria-hidden="true">"↑"</span>
                </button>
                <button type="button" class="icon-button move-down" aria-label=(t.trip_move_down)(&name) title=(t.trip_move_down)(&name) prop:disabled=is_last on:click=down>
                    <span aria-hidden="true">"↓"</span>
                </button>
                {day_select}
                <button type="button" class="icon-button remove" aria-label=(t.trip_remove)(&name) title=(t.trip_remove)(&name) on:click=remove>
                    <span aria-hidden="true">"×"</span>
                </button>
            </div>
        </li>
    }
}

/// Names stops in `l` (for what a drop announces).
fn name_of(loaded: &Arc<Loaded>, l: Lang) -> NameOf {
    let loaded = loaded.clone();
    std::rc::Rc::new(move |s: &Stop| s.name(&loaded.dataset, l).to_owned())
}

/// After the list is drawn again, puts the focus back on the moved stop's
/// `class` control (the other move button when that one is now disabled).
fn keep_focus(stop: &Stop, class: &'static str) {
    let key = stop.to_string();
    request_animation_frame(move || {
        let Some(doc) = crate::web::document() else {
            return;
        };
        let find = |c: &str| {
            doc.query_selector(&format!(".trip-stop[data-key=\"{key}\"] .{c}"))
                .ok()
                .flatten()
        };
        let usable = |el: &web_sys::Element| !el.has_attribute("disabled");
        let other = match class {
            "move-up" => "move-down",
            "move-down" => "move-up",
            _ => class,
        };
        if let Some(el) = find(class)
            .filter(usable)
            .or_else(|| find(other).filter(usable))
        {
            crate::web::focus::focus_element(&el);
        }
    });
}

/// What a stop is (a place's kind, an event's category), where (its
/// municipality), and for an event when.
fn describe(loaded: &Loaded, stop: &Stop, l: Lang) -> (String, String, Option<String>) {
    let data = &loaded.dataset;
    match stop {
        Stop::Place(id) => match data.place(id) {
            Some(p) => (
                kind_name(l, p.kind).to_owned(),
                data.municipality_name(p.municipality, l),
                None,
            ),
            None => (String::new(), String::new(), None),
        },
        Stop::Event(id) => match data.event(id) {
            Some(e) => {
                let where_ = match e.place.as_deref().and_then(|p| data.place(p)) {
                    Some(p) => format!(
                        "{}, {}",
                        p.name.get(l),
                        data.municipality_name(p.municipality, l)
                    ),
                    None if e.municipalities.is_empty() => texts(l).whole_selija.to_owned(),
                    None => e
                        .municipalities
                        .iter()
                        .map(|m| data.municipality_name(*m, l))
                        .collect::<Vec<_>>()
                        .join(", "),
                };
                (
                    category_name(l, e.category).to_owned(),
                    where_,
                    Some(format_when(l, e.start, e.end)),
                )
            }
            None => (String::new(), String::new(), None),
        },
    }
}

/// An event's marks: past, month only, outside its day, overlapping.
fn marks(check: &Check, at: StopRef, l: Lang) -> Option<impl IntoView> {
    let t = texts(l);
    let mut list: Vec<(&'static str, &'static str)> = Vec::new();
    match check.mark(at)? {
        EventMark::Fine => {}
        EventMark::MonthOnly => list.push(("badge-month", t.day_not_known)),
        EventMark::Past => list.push(("badge-past", t.trip_past)),
        EventMark::Outside { .. } => list.push(("badge-clash", t.trip_outside_day)),
    }
    if !check.overlapping(at).is_empty() {
        list.push(("badge-clash", t.trip_overlap));
    }
    (!list.is_empty()).then(|| {
        view! {
            <p class="stop-marks">
                {list
                    .into_iter()
                    .map(|(class, text)| view! { <span class=format!("badge {class}")>{text}</span> })
                    .collect_view()}
            </p>
        }
    })
}
