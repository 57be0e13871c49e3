//! The month grid: an ARIA grid of days with multi-day event bars, a
//! strip for events known only to the month, arrow-key navigation, and the
//! open day's events below. On phones CSS turns the bars into dots.

use super::agenda::event_item;
use crate::domain::calendar::{
    layout_month, nearest_months_with_events, DaySpan, MonthGrid, YearMonth,
};
use crate::domain::dates::format_day;
use crate::domain::text::escape_html;
use crate::domain::validate::Loaded;
use crate::domain::Event;
use crate::i18n::{
    format_date_long, format_when, month_title, more_events, texts, weekday_name, weekday_short,
};
use crate::state::{
    tr, use_go, use_lang, use_query_suffix, use_set_param, use_set_params, use_url,
};
use crate::web::focus::focus_later;
use chrono::{Datelike, NaiveDate, TimeDelta};
use leptos::prelude::*;
use std::fmt::Write;
use std::sync::Arc;
use wasm_bindgen::JsCast;

/// Bars shown per week before "+N more".
const LANES: usize = 3;
/// Events the open day lists at first, and adds per "show more": a festival
/// weekend can hold dozens, and every listed event is work on each switch.
const DAY_PAGE: usize = 20;

/// The grid of `month`.
#[component]
pub fn MonthView(
    loaded: Arc<Loaded>,
    visible: Memo<Vec<usize>>,
    index: Memo<super::Indexed>,
    month: YearMonth,
    today: NaiveDate,
    /// The day arrow keys were heading for when they turned the month.
    focus_hint: StoredValue<Option<NaiveDate>>,
) -> impl IntoView {
    let lang = use_lang();
    let url = use_url();
    let set_param = use_set_param();
    let suffix = use_query_suffix();
    let grid = MonthGrid::new(month.year(), month.month(), today);
    // Only the events this grid shows: the index narrows them to three
    // months, `shows` to the grid's days (and this month's month-only ones).
    let candidates = {
        let loaded = loaded.clone();
        let grid = grid.clone();
        Memo::new(move |_| {
            let (before, after) = (month.prev().unwrap_or(month), month.next().unwrap_or(month));
            let positions = index.with(|ix| ix.0.between(before, after));
            visible.with(|v| {
                positions
                    .iter()
                    .filter_map(|&p| v.get(p).copied())
                    .filter(|&i| grid.shows(&loaded.dataset.events[i]))
                    .collect::<Vec<usize>>()
            })
        })
    };

    // The open day: from `day=` when it is in this month, else today if it
    // is, else the first day with events, else the 1st.
    let open_day = {
        let loaded = loaded.clone();
        Memo::new(move |_| {
            let in_month = |d: NaiveDate| YearMonth::of(d) == month;
            if let Some(d) = url.with(|u| u.day).filter(|d| in_month(*d)) {
                return d;
            }
            if in_month(today) {
                return today;
            }
            candidates.with(|v| {
                v.iter()
                    .filter_map(|&i| DaySpan::of_event(&loaded.dataset.events[i]))
                    .flat_map(|s| s.start.iter_days().take(s.days()))
                    .filter(|d| in_month(*d))
                    .min()
                    .unwrap_or(month.first_day())
            })
        })
    };
    // The day with keyboard focus (roving tabindex): where the keys were
    // heading, once (a month reached later by the buttons starts afresh).
    let hint = focus_hint.get_value();
    focus_hint.set_value(None);
    let focus = RwSignal::new(
        hint.filter(|d| YearMonth::of(*d) == month)
            .unwrap_or(open_day.get_untracked()),
    );
    let grid_ref = NodeRef::<leptos::html::Div>::new();

    let set_params = use_set_params();
    let go = use_go();
    let go_month = move |m: YearMonth| {
        set_params(&[
            ("day", None),
            ("view", None),
            ("month", Some(m.to_string())),
        ])
    };
    let open = {
        let set_param = set_param.clone();
        move |d: NaiveDate| set_param("day", Some(format_day(d)))
    };

    // Arrow keys move between days; leaving the month turns the page.
    let on_key = {
        let go_month = go_month.clone();
        let open = open.clone();
        move |e: leptos::ev::KeyboardEvent| {
            let d = focus.get_untracked();
            let next = match e.key().as_str() {
                "ArrowLeft" => d.checked_sub_signed(TimeDelta::days(1)),
                "ArrowRight" => d.checked_add_signed(TimeDelta::days(1)),
                "ArrowUp" => d.checked_sub_signed(TimeDelta::days(7)),
                "ArrowDown" => d.checked_add_signed(TimeDelta::days(7)),
                "Home" => d.checked_sub_signed(TimeDelta::days(i64::from(
                    d.weekday().num_days_from_monday(),
                ))),
                "End" => d.checked_add_signed(TimeDelta::days(
                    6 - i64::from(d.weekday().num_days_from_monday()),
                )),
                // The same day a month (with Shift, a year) away.
                "PageUp" if e.shift_key() => month.plus_years(-1).map(|m| m.day_like(d)),
                "PageDown" if e.shift_key() => month.plus_years(1).map(|m| m.day_like(d)),
                "PageUp" => month.prev().map(|m| m.day_like(d)),
                "PageDown" => month.next().map(|m| m.day_like(d)),
                "Enter" | " " => {
                    e.prevent_default();
                    open(d);
                    return;
                }
                _ => return,
            };
            e.prevent_default();
            // Past the supported range (0001-01..9999-12) the key does
            // nothing: focus stays on the day it was on, in the grid.
            let Some(next) = next.filter(|n| YearMonth::checked_of(*n).is_some()) else {
                return;
            };
            focus.set(next);
            if YearMonth::of(next) != month {
                focus_hint.set_value(Some(next));
                go_month(YearMonth::of(next));
            }
            focus_later(format!(".month-grid [data-date=\"{}\"]", format_day(next)));
        }
    };

    // Swipe left/right on touch screens turns the month.
    let swipe_start = RwSignal::new(None::<(f64, f64)>);
    let on_down = move |e: leptos::ev::PointerEvent| {
        if e.pointer_type() == "touch" {
            swipe_start.set(Some((f64::from(e.client_x()), f64::from(e.client_y()))));
        }
    };
    let on_up = {
        let go_month = go_month.clone();
        move |e: leptos::ev::PointerEvent| {
            if let Some((x, y)) = swipe_start.get_untracked() {
                swipe_start.set(None);
                let (dx, dy) = (f64::from(e.client_x()) - x, f64::from(e.client_y()) - y);
                if dx.abs() > 60.0 && dx.abs() > 2.0 * dy.abs() {
                    if let Some(m) = if dx < 0.0 { month.next() } else { month.prev() } {
                        go_month(m);
                    }
                }
            }
        }
    };

    let body = {
        let loaded = loaded.clone();
        let open = open.clone();
        move || {
            let l = lang.get();
            let refs: Vec<&Event> =
                candidates.with(|v| v.iter().map(|&i| &loaded.dataset.events[i]).collect());
            let layout = layout_month(&grid, &refs, LANES);
            // The events of each shown day, filed once (not searched per cell).
            let shown_days = grid.span();
            let mut by_day: Vec<Vec<usize>> = vec![Vec::new(); shown_days.days()];
            for (i, e) in refs.iter().enumerate() {
                if let Some(span) = DaySpan::of_event(e) {
                    let first = span.start.max(shown_days.start);
                    let last = span.end.min(shown_days.end);
                    let from = (first - shown_days.start).num_days().max(0) as usize;
                    let to = (last - shown_days.start).num_days().max(0) as usize;
                    for day in by_day.iter_mut().take(to).skip(from) {
                        day.push(i);
                    }
                }
            }
            let on_day = |date: NaiveDate| {
                let offset = (date - shown_days.start).num_days();
                usize::try_from(offset)
                    .ok()
                    .and_then(|o| by_day.get(o))
                    .map(|v| v.as_slice())
                    .unwrap_or(&[])
                    .iter()
                    .copied()
            };
            // Untracked: a new `day=` must not rebuild the grid; the links
            // are rebuilt with it whenever the events or language change.
            let sfx = suffix.get_untracked();
            let strip = (!layout.month_only.is_empty()).then(|| {
                let items = layout
                    .month_only
                    .iter()
                    .map(|&i| event_item(&loaded, refs[i], l, &sfx))
                    .collect_view();
                view! {
                    <section class="month-strip">
                        <h2>{format_when(l, crate::domain::When::Month { year: month.year(), month: month.month() }, None)}</h2>
                        <ul class="agenda-events">{items}</ul>
                    </section>
                }
            });
            let empty = layout.segments.is_empty() && layout.month_only.is_empty();
            // With no event matching anywhere there is no nearer month to
            // offer, and the page above already says why (`NoEvents`).
            let nearest = (empty && visible.with(|v| !v.is_empty())).then(|| {
                // Look through all the filtered events, not only this grid's.
                let all: Vec<&Event> =
                    visible.with(|v| v.iter().map(|&i| &loaded.dataset.events[i]).collect());
                let (before, after) = nearest_months_with_events(&all, month);
                let link = |m: Option<YearMonth>, arrow_first: bool| {
                    m.map(|m| {
                        let label = month_title(l, m.year(), m.month());
                        let text = if arrow_first {
                            format!("← {label}")
                        } else {
                            format!("{label} →")
                        };
                        view! { <a class="button-quiet" href=super::month_href(m, &sfx)>{text}</a> }
                    })
                };
                view! {
                    <div class="empty-state">
                        <p>{texts(l).empty_month}</p>
                        <p>{texts(l).nearest_months}</p>
                        <p class="nearest">{link(before, true)} {link(after, false)}</p>
                    </div>
                }
            });
            // The grid's rows are written as HTML text: a month is up to 42
            // cells and a hundred bars with nothing reactive inside (the open
            // and focusable day are marked by `mark_days`), and one string
            // costs far less code and DOM traffic than building each node.
            let mut rows = String::with_capacity(4096 + 160 * layout.segments.len());
            rows.push_str(r#"<div role="row" class="weekdays">"#);
            for d in 0..7 {
                rows.push_str(r#"<div role="columnheader" aria-label=""#);
                escape_html(&mut rows, weekday_name(l, d));
                rows.push_str(r#"">"#);
                escape_html(&mut rows, weekday_short(l, d));
                rows.push_str("</div>");
            }
            rows.push_str("</div>");
            let (open_now, focus_now) = (open_day.get_untracked(), focus.get_untracked());
            for (w, week) in grid.weeks.iter().enumerate() {
                rows.push_str(r#"<div role="row" class="week">"#);
                for (col, day) in week.days.iter().enumerate() {
                    let date = day.date;
                    // A cell names a few of its events; Enter opens the day
                    // with all of them (busy days stay light). The bars are
                    // aria-hidden: the cell's name is its date and events.
                    let n = on_day(date).count();
                    let mut label = format_date_long(l, date);
                    for (k, i) in on_day(date).take(LANES).enumerate() {
                        label.push_str(if k == 0 { ": " } else { "; " });
                        label.push_str(refs[i].title.get(l));
                    }
                    if n > LANES {
                        label.push_str("; ");
                        label.push_str(&more_events(l, n - LANES));
                    }
                    let flag = |on: bool, name: &'static str| if on { name } else { "" };
                    let _ = write!(
                        rows,
                        r#"<div role="gridcell" class="day{}{}{}{}" data-date="{}" tabindex="{}" aria-selected="{}" aria-label=""#,
                        flag(!day.in_month, " other-month"),
                        flag(day.is_today, " today"),
                        flag(n > 0, " has-events"),
                        flag(date == open_now, " is-open"),
                        format_day(date),
                        if date == focus_now { "0" } else { "-1" },
                        date == open_now,
                    );
                    escape_html(&mut rows, &label);
                    let _ = write!(
                        rows,
                        r#""><span class="day-number" aria-hidden="true">{}</span>"#,
                        date.day()
                    );
                    let more = layout.more[w][col];
                    if more > 0 {
                        rows.push_str(r#"<span class="more" aria-hidden="true">"#);
                        escape_html(&mut rows, &more_events(l, more));
                        rows.push_str("</span>");
                    }
                    rows.push_str("</div>");
                }
                // Few attributes per bar: a month can hold a hundred. The
                // bar's place is in classes (`c` column, `s` span, `r` row;
                // style/main.css), not a `style` attribute, which the
                // Content-Security-Policy (`style-src 'self'`) would block.
                // Keyboard and screen reader users reach the same events
                // through the cells and the day's list.
                rows.push_str(r#"<div class="bars" aria-hidden="true">"#);
                for seg in layout.segments.iter().filter(|seg| seg.week == w) {
                    let e = refs[seg.event];
                    let _ = write!(
                        rows,
                        r#"<span class="bar cat-{}{}{} c{} s{} r{}" data-event=""#,
                        e.category,
                        if seg.is_start { " starts" } else { "" },
                        if seg.is_end { " ends" } else { "" },
                        seg.first_col + 1,
                        seg.span,
                        seg.lane + 2,
                    );
                    escape_html(&mut rows, &e.id);
                    rows.push_str(r#"">"#);
                    escape_html(&mut rows, e.title.get(l));
                    rows.push_str("</span>");
                }
                rows.push_str("</div></div>");
            }
            view! {
                {strip}
                {nearest}
                <div
                    role="grid"
                    node_ref=grid_ref
                    class="month-grid"
                    aria-label=month_title(l, month.year(), month.month())
                    on:keydown=on_key.clone()
                    on:focusin=move |e| {
                        if let Some(d) = cell_date(e.target()) {
                            focus.set(d);
                        }
                    }
                    on:click={
                        let open = open.clone();
                        let go = go.clone();
                        move |e| {
                            if let Some(id) = bar_event(e.target()) {
                                go(&crate::ui::links::event_href(&id, &suffix.get_untracked()));
                            } else if let Some(d) = cell_date(e.target()) {
                                focus.set(d);
                                open(d);
                            }
                        }
                    }
                    on:pointerdown=on_down
                    on:pointerup=on_up.clone()
                    inner_html=rows
                ></div>
            }
        }
    };

    // The open day and the focusable day change on every click and arrow
    // key: their marks move between the two cells concerned.
    Effect::new(move |prev: Option<(NaiveDate, NaiveDate)>| {
        let now = (open_day.get(), focus.get());
        if let Some(grid) = grid_ref.get() {
            mark_days(&grid, prev, now);
        }
        now
    });

    // How many of the open day's events are listed, and for which day: a
    // new day starts again at one page.
    let day_limit = RwSignal::new((open_day.get_untracked(), DAY_PAGE));
    // The open day's events. Its own closure: opening another day must not
    // rebuild the grid (that would also drop the keyboard focus).
    let day_panel = {
        let loaded = loaded.clone();
        move || {
            let l = lang.get();
            let day = open_day.get();
            let sfx = suffix.get();
            let limit = match day_limit.get() {
                (d, n) if d == day => n,
                _ => DAY_PAGE,
            };
            let events: Vec<&Event> = candidates.with(|v| {
                v.iter()
                    .map(|&i| &loaded.dataset.events[i])
                    .filter(|e| DaySpan::of_event(e).is_some_and(|s| s.contains(day)))
                    .collect()
            });
            let hidden = events.len().saturating_sub(limit);
            let list = if events.is_empty() {
                view! { <p class="calendar-note">{texts(l).no_events_day}</p> }.into_any()
            } else {
                let items = events
                    .iter()
                    .take(limit)
                    .map(|e| event_item(&loaded, e, l, &sfx))
                    .collect_view();
                view! { <ul class="agenda-events">{items}</ul> }.into_any()
            };
            let more = (hidden > 0).then(|| {
                view! {
                    <button
                        type="button"
                        class="button-quiet show-more"
                        on:click=move |_| {
                            day_limit.set((day, limit + DAY_PAGE));
                            // The button is redrawn: keep keyboard users at
                            // the first event just added.
                            focus_later(format!(".day-panel li:nth-child({}) a", limit + 1));
                        }
                    >
                        {texts(l).show_more} " (" {hidden} ")"
                    </button>
                }
            });
            view! {
                {list}
                {more}
            }
        }
    };

    let go_prev = {
        let go_month = go_month.clone();
        move |_| {
            if let Some(m) = month.prev() {
                go_month(m)
            }
        }
    };
    let go_next = {
        let go_month = go_month.clone();
        move |_| {
            if let Some(m) = month.next() {
                go_month(m)
            }
        }
    };
    let go_today = move |_| go_month(YearMonth::of(today));
    view! {
        <div class="month-nav">
            <button type="button" class="button-quiet" aria-label=tr(|t| t.prev_month) title=tr(|t| t.prev_month) disabled=month.prev().is_none() on:click=go_prev>
                <span aria-hidden="true">"‹"</span>
            </button>
            <h2 class="month-title">{move || month_title(lang.get(), month.year(), month.month())}</h2>
            <button type="button" class="button-quiet" aria-label=tr(|t| t.next_month) title=tr(|t| t.next_month) disabled=month.next().is_none() on:click=go_next>
                <span aria-hidden="true">"›"</span>
            </button>
            <button type="button" class="button-quiet" on:click=go_today>{tr(|t| t.today)}</button>
        </div>
        {body}
        <section class="day-panel">
            // Only the day's name is announced when another day opens, not
            // its whole list again (nor on "show more").
            <h2 aria-live="polite">{move || format_date_long(lang.get(), open_day.get())}</h2>
            {day_panel}
        </section>
    }
}

/// Moves the open day's marks (`is-open`, `aria-selected`) and the
/// focusable day's (`tabindex="0"`) in the grid from `prev` to `now`.
fn mark_days(
    grid: &web_sys::Element,
    prev: Option<(NaiveDate, NaiveDate)>,
    (open, focused): (NaiveDate, NaiveDate),
) {
    let cell = |d: NaiveDate| {
        grid.query_selector(&format!("[data-date=\"{}\"]", format_day(d)))
            .ok()
            .flatten()
    };
    let mark = |d: NaiveDate, attr: &str, value: &str, class: Option<bool>| {
        if let Some(c) = cell(d) {
            let _ = c.set_attribute(attr, value);
            if let Some(on) = class {
                let _ = c.class_list().toggle_with_force("is-open", on);
            }
        }
    };
    if let Some((old_open, old_focus)) = prev {
        mark(old_open, "aria-selected", "false", Some(false));
        mark(old_focus, "tabindex", "-1", None);
    }
    mark(open, "aria-selected", "true", Some(true));
    mark(focused, "tabindex", "0", None);
}

/// The date of the day cell an event happened in (one listener on the grid
/// serves all 42 cells); `None` for the event bars, which are links.
fn cell_date(target: Option<web_sys::EventTarget>) -> Option<NaiveDate> {
    let el = target?.dyn_into::<web_sys::Element>().ok()?;
    let cell = el.closest(".day").ok()??;
    crate::domain::dates::parse_day(&cell.get_attribute("data-date")?).ok()
}

/// The event of the bar an event happened on.
fn bar_event(target: Option<web_sys::EventTarget>) -> Option<String> {
    let el = target?.dyn_into::<web_sys::Element>().ok()?;
    el.closest(".bar").ok()??.get_attribute("data-event")
}
