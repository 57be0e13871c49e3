//! `/calendar`: the month grid (a compact one on phones) and the agenda
//! list, driven by the same filter as the map, with .ics export.

mod agenda;
mod month;

use crate::domain::calendar::{
    agenda, latest_month_with_events, month_has_events, Direction, MonthIndex, YearMonth,
};
use crate::domain::filter::Filter;
use crate::domain::query::View;
use crate::domain::validate::Loaded;
use crate::domain::{Category, Event, MunicipalityId};
use crate::i18n::{category_name, events_count, month_title, texts};
use crate::state::{
    tr, use_filter, use_lang, use_query_suffix, use_set_filter, use_set_param, use_url,
};
use crate::ui::filters::{fold_on_escape, FoldButton, SearchBox};
use crate::ui::status::DataGate;
use crate::web::clock::{app_url, now_utc, today};
use crate::web::prefs::set_title;
use leptos::prelude::*;
use std::sync::Arc;
use wasm_bindgen::JsCast;

pub use agenda::{month_href, AgendaList, PlaceEvents};

/// Route component: waits for the data.
#[component]
pub fn CalendarPage() -> impl IntoView {
    view! { <DataGate render=|loaded| view! { <Calendar loaded /> }.into_any() /> }
}

/// A [`MonthIndex`] shared by the month views, compared by identity.
#[derive(Clone)]
pub struct Indexed(pub Arc<MonthIndex>);

impl PartialEq for Indexed {
    fn eq(&self, other: &Self) -> bool {
        Arc::ptr_eq(&self.0, &other.0)
    }
}

/// What the page shows, decided from the URL and the data.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Shown {
    /// The grid of this month.
    Month(YearMonth),
    /// The agenda (asked for, or the fallback when this month is empty).
    List,
}

#[component]
fn Calendar(loaded: Arc<Loaded>) -> impl IntoView {
    let lang = use_lang();
    let url = use_url();
    let set_param = use_set_param();
    let today = today();
    Effect::new(move |_| {
        let t = texts(lang.get());
        set_title(&format!("{} — {}", t.calendar_heading, t.app_name));
    });

    let filter = use_filter();
    // Indices of the events that pass the filter (computed once per change).
    let visible = {
        let loaded = loaded.clone();
        Memo::new(move |_| filter.with(|f| loaded.dataset.matching_events(f)))
    };
    // `/calendar` alone opens this month, or the agenda if it is empty.
    let shown = {
        let loaded = loaded.clone();
        Memo::new(move |_| {
            let (month, view) = url.with(|u| (u.month, u.view));
            match (view, month) {
                (Some(View::List), _) => Shown::List,
                (_, Some(m)) => Shown::Month(m),
                (Some(View::Month), None) => Shown::Month(YearMonth::of(today)),
                // `map` and `both` are the places' views; here they mean nothing.
                (None | Some(View::Map | View::Both), None) => {
                    let current = YearMonth::of(today);
                    let has = visible.with(|v| {
                        let refs: Vec<&Event> =
                            v.iter().map(|&i| &loaded.dataset.events[i]).collect();
                        month_has_events(&refs, current)
                    });
                    if has {
                        Shown::Month(current)
                    } else {
                        Shown::List
                    }
                }
            }
        })
    };
    let set_view = {
        let set_param = set_param.clone();
        move |v: View| {
            set_param(
                "view",
                Some(match v {
                    View::Month => "month".into(),
                    View::List | View::Map | View::Both => "list".into(),
                }),
            )
        }
    };
    let set_view_month = set_view.clone();
    // The filtered events filed by month, once per filter change.
    let month_index = {
        let loaded = loaded.clone();
        Memo::new(move |_| {
            let refs: Vec<&Event> =
                visible.with(|v| v.iter().map(|&i| &loaded.dataset.events[i]).collect());
            Indexed(Arc::new(MonthIndex::new(&refs)))
        })
    };

    // "Download these events": every event of the current filter in one
    // file, written when the link is clicked (the click handler runs before
    // the browser follows the link), not on every filter change or keystroke.
    let download = {
        let loaded = loaded.clone();
        move |e: leptos::ev::MouseEvent| {
            let l = lang.get_untracked();
            let pairs: Vec<_> = visible
                .get_untracked()
                .into_iter()
                .map(|i| {
                    let e = &loaded.dataset.events[i];
                    (e, e.place.as_deref().and_then(|p| loaded.dataset.place(p)))
                })
                .collect();
            let href = data_url(&crate::domain::ics::calendar_ics(
                &pairs,
                l,
                now_utc(),
                &app_url(),
            ));
            if let Some(link) = e
                .current_target()
                .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            {
                let _ = link.set_attribute("href", &href);
            }
        }
    };
    // A locked embed (`lock=1`) has no filter controls but the search, and
    // its count speaks of the preset ("3 notikumi Jēkabpils novadā").
    let lock = use_context::<crate::ui::embed::EmbedCtx>().is_some_and(|e| e.lock);
    let preset: Vec<MunicipalityId> =
        url.with_untracked(|u| u.filter.municipalities.iter().collect());
    let count = move || {
        let n = visible.with(Vec::len);
        if lock {
            crate::i18n::events_in(lang.get(), n, &preset)
        } else {
            events_count(lang.get(), n)
        }
    };
    // Nothing passes the filters: the page says so once, with a way out,
    // rather than a download of nothing and an empty "recent events".
    let none = Memo::new(move |_| visible.with(Vec::is_empty));
    let filters = if lock {
        view! { <SearchBox id="event-search" filter class="field event-search embed-search" /> }
            .into_any()
    } else {
        view! { <EventFilters loaded=loaded.clone() filter /> }.into_any()
    };

    // Where the keyboard was heading when it turned the month: the next
    // month's grid starts its focus there.
    let focus_hint = StoredValue::new(None);
    let body = {
        let loaded = loaded.clone();
        move || {
            match shown.get() {
            Shown::Month(m) => {
                view! { <month::MonthView loaded=loaded.clone() visible index=month_index month=m today focus_hint /> }
                    .into_any()
            }
            Shown::List if none.get() => ().into_any(),
            Shown::List => view! { <Fallback loaded=loaded.clone() visible today /> }.into_any(),
        }
        }
    };

    view! {
        <section class="calendar-page">
            <div class="calendar-head">
                <h1>{tr(|t| t.calendar_heading)}</h1>
                <div class="view-switch" role="group" aria-label=tr(|t| t.view_toggle)>
                    <button type="button" aria-pressed=move || matches!(shown.get(), Shown::Month(_)).to_string() on:click=move |_| set_view_month(View::Month)>
                        {tr(|t| t.view_month)}
                    </button>
                    <button type="button" aria-pressed=move || (shown.get() == Shown::List).to_string() on:click=move |_| set_view(View::List)>
                        {tr(|t| t.view_agenda)}
                    </button>
                </div>
            </div>
            {filters}
            <p class="calendar-count">
                <span role="status">{count}</span>
                {move || (!none.get()).then(|| view! {
                    " · "
                    <a href=data_url("") download="selijas-salas.ics" class="download-all" on:click=download.clone()>{tr(|t| t.download_all)}</a>
                })}
            </p>
            {move || none.get().then(|| view! { <NoEvents filter lock /> })}
            {body}
        </section>
    }
}

/// In place of the agenda, or above an empty month, when no event passes
/// the filters: which it is and, where the visitor chose the filters (not
/// in a locked embed, whose preset is the partner's), a button to clear
/// them.
#[component]
fn NoEvents(filter: Memo<Filter>, lock: bool) -> impl IntoView {
    let set_filter = use_set_filter();
    let filtered = move || !filter.with(Filter::is_empty);
    let message = tr(|t| t.no_event_matches);
    let no_events = tr(|t| t.no_events);
    view! {
        <div class="empty-state">
            <p>{move || if filtered() { message() } else { no_events() }}</p>
            {move || (filtered() && !lock).then(|| {
                let set_filter = set_filter.clone();
                view! {
                    <button type="button" class="button" on:click=move |_| set_filter(Filter::default())>
                        {tr(|t| t.clear_filters)}
                    </button>
                }
            })}
        </div>
    }
}

/// The agenda (asked for, or shown because this month is empty): upcoming
/// events, then recent ones. With nothing upcoming it says so and shows the most recent past events, with
/// a link to the latest month that has events.
#[component]
fn Fallback(
    loaded: Arc<Loaded>,
    visible: Memo<Vec<usize>>,
    today: chrono::NaiveDate,
) -> impl IntoView {
    let lang = use_lang();
    let suffix = use_query_suffix();
    let t = move || texts(lang.get());
    let lists = {
        let loaded = loaded.clone();
        move || {
            let refs: Vec<&Event> =
                visible.with(|v| v.iter().map(|&i| &loaded.dataset.events[i]).collect());
            let upcoming = !agenda(&refs, today, Direction::Upcoming, Some(1)).is_empty();
            let past = !agenda(&refs, today, Direction::Past, Some(1)).is_empty();
            let latest = latest_month_with_events(&refs);
            (upcoming, past, latest)
        }
    };
    move || {
        let (upcoming, past, latest) = lists();
        let l = lang.get();
        let latest_link = latest.map(|m| {
            view! {
                <a class="button-quiet" href=month_href(m, &suffix.get())>
                    {t().latest_month} " (" {month_title(l, m.year(), m.month())} ")"
                </a>
            }
        });
        view! {
            {(!upcoming && past).then(|| view! { <p class="calendar-note">{t().nothing_upcoming}</p> })}
            {upcoming.then(|| view! {
                <h2>{t().upcoming}</h2>
                <AgendaList loaded=loaded.clone() visible from=today direction=Direction::Upcoming limit=None />
            })}
            {past.then(|| view! {
                <h2>{t().past}</h2>
                <AgendaList loaded=loaded.clone() visible from=today direction=Direction::Past limit=Some(12) />
            })}
            {latest_link}
        }
    }
}

/// Calendar filters: municipality, category and dates (`m`, `cat`,
/// `from`, `to`), written to the same URL keys as the map's.
#[component]
fn EventFilters(loaded: Arc<Loaded>, filter: Memo<Filter>) -> impl IntoView {
    let lang = use_lang();
    let set_filter = use_set_filter();
    let chip = |label: Signal<String>, checked: Signal<bool>, toggle: Box<dyn Fn()>| {
        view! {
            <button type="button" class="chip" aria-pressed=move || checked.get().to_string() on:click=move |_| toggle()>
                {label}
            </button>
        }
    };
    let municipalities = MunicipalityId::ALL
        .iter()
        .map(|&m| {
            let loaded = loaded.clone();
            let set_filter = set_filter.clone();
            chip(
                Signal::derive(move || loaded.dataset.municipality_name(m, lang.get())),
                Signal::derive(move || filter.with(|f| f.municipalities.contains(&m))),
                Box::new(move || set_filter(filter.get_untracked().toggled_municipality(m))),
            )
        })
        .collect_view();
    let used: Vec<Category> = Category::ALL
        .iter()
        .copied()
        .filter(|c| loaded.dataset.events.iter().any(|e| e.category == *c))
        .collect();
    let categories = used
        .into_iter()
        .map(|c| {
            let set_filter = set_filter.clone();
            chip(
                Signal::derive(move || category_name(lang.get(), c).to_owned()),
                Signal::derive(move || filter.with(|f| f.categories.contains(&c))),
                Box::new(move || set_filter(filter.get_untracked().toggled_category(c))),
            )
        })
        .collect_view();
    let date_input = {
        let set_filter = set_filter.clone();
        move |from: bool| {
            let set_filter = set_filter.clone();
            let value = move || {
                filter
                    .with(|f| if from { f.from } else { f.to })
                    .map(crate::domain::dates::format_day)
                    .unwrap_or_default()
            };
            view! {
                <input
                    type="date"
                    id=if from { "date-from" } else { "date-to" }
                    prop:value=value
                    on:change:target=move |ev| {
                        let d = crate::domain::dates::parse_day(&ev.target().value()).ok();
                        let mut f = filter.get_untracked();
                        if from { f.from = d } else { f.to = d }
                        set_filter(f);
                    }
                />
            }
        }
    };
    // On phones the filters fold behind a button, as on the home page.
    let open = RwSignal::new(false);
    let active = move || {
        filter.with(|f| {
            f.municipalities.len()
                + f.categories.len()
                + usize::from(f.from.is_some())
                + usize::from(f.to.is_some())
        })
    };
    view! {
        <FoldButton open controls="event-filters" active=Signal::derive(active) />
        <div class="event-filters" id="event-filters" class:is-open=move || open.get() on:keydown=fold_on_escape(open, "event-filters")>
            <SearchBox id="event-search" filter class="field event-search" />
            <fieldset class="chip-row">
                <legend>{tr(|t| t.municipality)}</legend>
                {municipalities}
            </fieldset>
            <fieldset class="chip-row">
                <legend>{tr(|t| t.category)}</legend>
                {categories}
            </fieldset>
            <div class="date-range">
                <label for="date-from">{tr(|t| t.date_from)}</label>
                {date_input(true)}
                <label for="date-to">{tr(|t| t.date_to)}</label>
                {date_input(false)}
            </div>
            // Dates typed the wrong way round still filter (between them);
            // say so rather than leave the visitor puzzled.
            <p class="date-note" role="status">
                {move || filter.with(Filter::dates_reversed).then(|| texts(lang.get()).dates_reversed)}
            </p>
        </div>
    }
}

/// A `data:` link holding an .ics file (a download needs no server).
pub fn data_url(ics: &str) -> String {
    let mut out = String::from("data:text/calendar;charset=utf-8,");
    crate::domain::query::encode_component(ics, &mut out);
    out
}
