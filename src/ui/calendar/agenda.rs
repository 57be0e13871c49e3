//! The agenda: events grouped by day (month-only events after their month's
//! dated ones), upcoming from a day on, or past, most recent first.

use crate::domain::calendar::{agenda, truncate_agenda, AgendaGroup, Direction, YearMonth};
use crate::domain::query::with_keys;
use crate::domain::validate::Loaded;
use crate::domain::{Event, When};
use crate::i18n::{category_name, format_date_long, format_when, texts};
use crate::state::{use_lang, use_query_suffix};
use crate::ui::links::event_href;
use leptos::prelude::*;
use std::sync::Arc;

/// The link to the month grid of `month`, keeping the filters and the
/// language of `suffix` (the current query) but not its day or view.
pub fn month_href(month: YearMonth, suffix: &str) -> String {
    let m = month.to_string();
    let query = with_keys(
        suffix,
        &[("month", Some(&m)), ("day", None), ("view", None)],
    );
    format!("calendar{query}")
}

/// Events from `from` in `direction`: `limit` of them at first, if given,
/// and as many more at each "show more".
#[component]
pub fn AgendaList(
    loaded: Arc<Loaded>,
    visible: Memo<Vec<usize>>,
    from: chrono::NaiveDate,
    direction: Direction,
    limit: Option<usize>,
) -> impl IntoView {
    let lang = use_lang();
    let suffix = use_query_suffix();
    let shown = RwSignal::new(limit);
    let list = NodeRef::<leptos::html::Ul>::new();
    move || {
        let l = lang.get();
        let refs: Vec<&Event> =
            visible.with(|v| v.iter().map(|&i| &loaded.dataset.events[i]).collect());
        let all = agenda(&refs, from, direction, None);
        let total: usize = all.iter().map(|g| g.events().len()).sum();
        let cut = shown.get().filter(|&n| n < total);
        let groups = match cut {
            Some(n) => truncate_agenda(all, n),
            None => all,
        };
        if groups.is_empty() {
            return view! { <p class="calendar-note">{texts(l).empty_month}</p> }.into_any();
        }
        let more = cut.zip(limit).map(|(n, step)| {
            view! {
                <button
                    type="button"
                    class="button-quiet show-more"
                    on:click=move |_| {
                        shown.set(Some(n + step));
                        // The list is redrawn: keep keyboard users at the
                        // first event just added.
                        request_animation_frame(move || focus_event_link(list, n));
                    }
                >
                    {texts(l).show_more} " (" {total - n} ")"
                </button>
            }
        });
        let items = groups
            .iter()
            .map(|g| {
                let heading = match g {
                    AgendaGroup::Day { date, .. } => format_date_long(l, *date),
                    AgendaGroup::Month { year, month, .. } => format_when(
                        l,
                        When::Month {
                            year: *year,
                            month: *month,
                        },
                        None,
                    ),
                };
                let events = g
                    .events()
                    .iter()
                    .map(|e| event_item(&loaded, e, l, &suffix.get()))
                    .collect_view();
                view! {
                    <li class="agenda-group">
                        <h3 class="agenda-day">{heading}</h3>
                        <ul class="agenda-events">{events}</ul>
                    </li>
                }
            })
            .collect_view();
        view! {
            <ul class="agenda" node_ref=list>{items}</ul>
            {more}
        }
        .into_any()
    }
}

/// One event in a list: title (to its page), when, where, category.
pub fn event_item(
    loaded: &Loaded,
    e: &Event,
    l: crate::domain::Lang,
    suffix: &str,
) -> impl IntoView {
    let place = e
        .place
        .as_deref()
        .and_then(|p| loaded.dataset.place(p))
        .map(|p| p.name.get(l).to_owned())
        .or_else(|| e.location.as_ref().map(|loc| loc.name.get(l).to_owned()));
    let meta = [
        Some(format_when(l, e.start, e.end)),
        place,
        Some(category_name(l, e.category).to_owned()),
    ]
    .into_iter()
    .flatten()
    .collect::<Vec<_>>()
    .join(" · ");
    // Events for all of Sēlija (no municipality) show under every filter:
    // say so, so a municipality's visitors know why they see them.
    let everywhere = e.municipalities.is_empty().then(|| {
        view! { <span class="badge badge-everywhere">{texts(l).whole_selija_short}</span> }
    });
    view! {
        <li class=format!("agenda-event cat-{}", e.category)>
            <a href=event_href(&e.id, suffix)>{e.title.get(l).to_owned()}</a>
            <span class="agenda-meta">{meta}</span>
            {everywhere}
            <crate::ui::trip::AddToTrip stop=crate::domain::trip::Stop::event(e.id.clone()) name=e.title.get(l).to_owned() compact=true />
        </li>
    }
}

/// Focuses the link of the list's event number `n` (from 0), if drawn.
fn focus_event_link(list: NodeRef<leptos::html::Ul>, n: usize) {
    // `try_`: the list may be gone by the next frame.
    if let Some(link) = list
        .try_get_untracked()
        .flatten()
        .and_then(|ul| ul.query_selector_all(".agenda-event > a").ok())
        .and_then(|links| links.item(n as u32))
    {
        crate::web::focus::focus_element(&link);
    }
}

/// How many past events a place lists.
const PLACE_PAST: usize = 5;

/// A place's events: upcoming first, then the most recent past ones.
#[component]
pub fn PlaceEvents(loaded: Arc<Loaded>, place_id: String) -> impl IntoView {
    let lang = use_lang();
    let suffix = use_query_suffix();
    let today = crate::web::clock::today();
    move || {
        let l = lang.get();
        let refs: Vec<&Event> = loaded.dataset.events_at(&place_id).collect();
        if refs.is_empty() {
            return None;
        }
        let sfx = suffix.get();
        let upcoming = agenda(&refs, today, Direction::Upcoming, None);
        let past = agenda(&refs, today, Direction::Past, Some(PLACE_PAST));
        let items = upcoming
            .iter()
            .chain(past.iter())
            .flat_map(|g| g.events().iter().copied())
            .map(|e| event_item(&loaded, e, l, &sfx))
            .collect_view();
        Some(view! {
            <h2 class="events-heading">{texts(l).events_here}</h2>
            <ul class="agenda-events">{items}</ul>
        })
    }
}
