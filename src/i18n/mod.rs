//! Every string the interface shows, one file per language.
//!
//! - [`lv`] and [`en`] each hold one [`Texts`] table: every fixed string,
//!   every name (kinds, categories, months…), every number-dependent phrase
//!   and the wording of every data problem in that language. A translator
//!   reads and edits only that file.
//! - [`plural`] holds the plural rules (which form a number takes),
//!   [`dates`] the date formatting that is the same in every language, and
//!   [`problems`] how a skipped record's report line is put together.
//! - This file declares [`Texts`] and maps a [`Lang`] to its table, once, in
//!   [`texts`]. Views never hard-code text: they ask [`texts`] or one of the
//!   functions re-exported here, which all read the table.
//!
//! Completeness is checked by the compiler: a table is a struct literal, so
//! a missing text does not compile; names of enums (`PlaceKind`, `Category`,
//! `Confidence`, `Section`, `Problem`…) are `match`es without a wildcard, so a
//! new kind or problem does not compile until every language words it.
//!
//! # Adding a language (say Lithuanian)
//! 1. Add the variant to [`Lang`] in `src/domain/text.rs` (`Lang::Lt`, its
//!    code `"lt"`, `Lang::ALL`, `FromStr`; decide whether
//!    `Lang::from_preferences` should pick it). The compiler then points at
//!    [`texts`] below, whose `match` has no arm for it yet.
//! 2. If the language counts differently, add its rule to [`plural`]
//!    (Lithuanian and Russian have three forms: add a function taking three
//!    word forms, with a test of the rule next to `tests/i18n.rs`'s).
//! 3. Copy `en.rs` to `lt.rs` and translate every string and every `format!`
//!    (word order is free: each parameterised text is a function). Use the
//!    language's plural function from step 2 in the counting functions.
//! 4. Add `pub mod lt;` below and the arm `Lang::Lt => &lt::TEXTS` in
//!    [`texts`].
//! 5. `cargo test`: the tests in `tests/i18n.rs` walk `Lang::ALL`, so they
//!    check the new table for empty strings and untranslated problems.

use crate::domain::embed::EmbedView;
use crate::domain::query::LinkChoice;
use crate::domain::trip::{Mode, StorageError, TripError};
use crate::domain::validate::{LoadError, Problem, RecordRef, Section};
use crate::domain::{Category, Confidence, Lang, MunicipalityId, PlaceKind};

pub mod dates;
pub mod en;
pub mod lv;
pub mod pages;
pub mod plural;
pub mod problems;

pub use dates::{
    format_date, format_date_long, format_when, month_name, month_title, weekday_name,
    weekday_short,
};
pub use plural::lv_singular;
pub use problems::{issue, load_error, problem, url_notice};

/// Everything the interface says, in one language: one value of this struct
/// per language (`lv::TEXTS`, `en::TEXTS`).
///
/// Plain texts are `&'static str`; texts with a number or a name in them are
/// functions, so each language chooses its own word order and word forms.
#[derive(Debug)]
pub struct Texts {
    /// The texts of the pages the build writes (titles, descriptions).
    pub pages: &'static pages::PageTexts,
    /// The network's name.
    pub app_name: &'static str,
    /// What the app is, under the name.
    pub tagline: &'static str,
    /// Skip link to the main content.
    pub skip_to_content: &'static str,
    /// Skip link to the map on the home page.
    pub skip_to_map: &'static str,
    /// Skip link to the list of places on the home page.
    pub skip_to_list: &'static str,
    /// Heading of the panel a panic leaves in place of the page.
    pub panic_title: &'static str,
    /// What the panic panel says under its heading.
    pub panic_body: &'static str,
    /// The panic panel's reload link.
    pub panic_reload: &'static str,
    /// Main navigation's accessible name.
    pub nav_label: &'static str,
    /// Link to the list of places.
    pub nav_places: &'static str,
    /// Language switch's accessible name.
    pub language: &'static str,
    /// Heading of the filter panel.
    pub filters: &'static str,
    /// Legend of the municipality checkboxes.
    pub municipality: &'static str,
    /// Label of the search box.
    pub search: &'static str,
    /// Placeholder of the search box.
    pub search_placeholder: &'static str,
    /// Legend of the kind toggles.
    pub kind: &'static str,
    /// Button that clears every filter.
    pub clear_filters: &'static str,
    /// Heading of the result list.
    pub places_heading: &'static str,
    /// When no place matches.
    pub no_matches: &'static str,
    /// A place without a verified location.
    pub location_not_verified: &'static str,
    /// A municipality derived from the nearest settlement.
    pub municipality_approximate: &'static str,
    /// Label before the confidence level.
    pub confidence: &'static str,
    /// Back link on a place page.
    pub back_to_list: &'static str,
    /// Parish label.
    pub parish: &'static str,
    /// Coordinates label.
    pub coordinates: &'static str,
    /// Population label.
    pub population: &'static str,
    /// Links label.
    pub links: &'static str,
    /// Source label.
    pub source: &'static str,
    /// Tags label.
    pub tags: &'static str,
    /// Events at a place.
    pub events_here: &'static str,
    /// Not-found page heading.
    pub not_found: &'static str,
    /// Not-found page text.
    pub not_found_text: &'static str,
    /// Unknown place id.
    pub place_not_found: &'static str,
    /// Link home.
    pub go_home: &'static str,
    /// While the data loads.
    pub loading: &'static str,
    /// Heading of the load error panel.
    pub load_failed: &'static str,
    /// Retry button.
    pub retry: &'static str,
    /// Summary of the skipped records details.
    pub show_details: &'static str,
    /// Dismiss a notice.
    pub dismiss: &'static str,
    /// Attribution line of the data.
    pub attribution: &'static str,
    /// The network, linked in the footer.
    pub network: &'static str,
    /// Details link of a list item.
    pub details: &'static str,
    /// Link to the place on openstreetmap.org.
    pub view_on_osm: &'static str,
    /// Disclosure listing every data source.
    pub data_sources: &'static str,
    /// The map's accessible name.
    pub map: &'static str,
    /// How to use the map from the keyboard.
    pub map_keys: &'static str,
    /// Tiles could not be loaded.
    pub tiles_failed: &'static str,
    /// Cooperative gestures: wheel.
    pub hint_wheel: &'static str,
    /// Cooperative gestures: touch.
    pub hint_touch: &'static str,
    /// Attribution shown on the map with tiles.
    pub attribution_tiles: &'static str,
    /// Attribution shown on the offline base map.
    pub attribution_basemap: &'static str,
    /// Zoom in button.
    pub zoom_in: &'static str,
    /// Zoom out button.
    pub zoom_out: &'static str,
    /// Fit all filtered places.
    pub show_all: &'static str,
    /// Locate me button.
    pub locate: &'static str,
    /// Geolocation unavailable (no fix, no support, timeout).
    pub locate_failed: &'static str,
    /// Geolocation refused by the visitor or the browser's settings.
    pub locate_denied: &'static str,
    /// Close button.
    pub close: &'static str,
    /// Heading of a cluster's list.
    pub places_here: &'static str,
    /// Select a list item on the map.
    pub show_on_map: &'static str,
    /// Phone toggle: list.
    pub view_list: &'static str,
    /// Phone toggle: map.
    pub view_map: &'static str,
    /// Name of the list/map toggle.
    pub view_toggle: &'static str,
    /// Link to route planning to a place.
    pub directions: &'static str,
    /// Link to the calendar.
    pub nav_calendar: &'static str,
    /// Calendar page heading.
    pub calendar_heading: &'static str,
    /// Previous month button.
    pub prev_month: &'static str,
    /// Next month button.
    pub next_month: &'static str,
    /// Today button.
    pub today: &'static str,
    /// Month view.
    pub view_month: &'static str,
    /// List view.
    pub view_agenda: &'static str,
    /// Upcoming events heading.
    pub upcoming: &'static str,
    /// Past events heading.
    pub past: &'static str,
    /// No upcoming events.
    pub nothing_upcoming: &'static str,
    /// Link to the latest month with events.
    pub latest_month: &'static str,
    /// A month without events.
    pub empty_month: &'static str,
    /// When no event matches the calendar's filters.
    pub no_event_matches: &'static str,
    /// When the data has no events at all.
    pub no_events: &'static str,
    /// Offer of nearest months.
    pub nearest_months: &'static str,
    /// A day without events.
    pub no_events_day: &'static str,
    /// Download one event.
    pub add_to_calendar: &'static str,
    /// Google Calendar link.
    pub google_calendar: &'static str,
    /// Download the filtered events.
    pub download_all: &'static str,
    /// Category filter legend.
    pub category: &'static str,
    /// From date label.
    pub date_from: &'static str,
    /// To date label.
    pub date_to: &'static str,
    /// Said when the from date is after the to date.
    pub dates_reversed: &'static str,
    /// When label.
    pub when: &'static str,
    /// Place label.
    pub place: &'static str,
    /// Organiser link label.
    pub organiser: &'static str,
    /// Event without a municipality.
    pub whole_selija: &'static str,
    /// Unknown event id.
    pub event_not_found: &'static str,
    /// Back link on an event page.
    pub back_to_calendar: &'static str,
    /// Events list heading.
    pub events_heading: &'static str,
    /// Link from an event to its place on the map.
    pub show_on_map_link: &'static str,
    /// Short mark on events without a municipality.
    pub whole_selija_short: &'static str,
    /// Button that lengthens a long list.
    pub show_more: &'static str,
    /// A named venue of an event.
    pub venue: &'static str,
    /// The visitor's position on the map.
    pub you_are_here: &'static str,
    /// The iCalendar description of an event known only to its month.
    pub month_only_note: &'static str,

    // The trip planner (`domain::trip`).
    /// The toggle on places and events ("Pievienot ceļojumam").
    pub trip_add: &'static str,
    /// A trip's name (the GPX file's, the page's heading).
    pub trip_title: &'static str,
    /// Copies the `/trip?…` link.
    pub trip_share: &'static str,
    /// Makes a shared trip the visitor's own.
    pub trip_save_as_mine: &'static str,
    /// Before a day's suggested events ("Šajā dienā:").
    pub trip_on_this_day: &'static str,
    /// An event that does not happen on its trip day's date.
    pub trip_outside_day: &'static str,
    /// An event whose time overlaps another of the same day.
    pub trip_overlap: &'static str,
    /// An event that is over.
    pub trip_past: &'static str,
    /// How the visitor travels.
    pub mode_name: fn(Mode) -> &'static str,
    /// A trip day's title, from its number counted from 1 ("Ceļojuma 1. diena").
    pub trip_day_title: fn(usize) -> String,
    /// A straight-line distance in km, said to be no road distance
    /// ("~34 km taisnā līnijā").
    pub crow_distance: fn(f64) -> String,
    /// Why a trip link was refused as a whole.
    pub trip_refused: fn(&TripError) -> String,
    /// Why the stored trip was discarded.
    pub trip_storage_error: fn(&StorageError) -> String,
    /// "3 values of the link were ignored".
    pub trip_dropped: fn(usize) -> String,
    /// "2 stops are no longer in the data".
    pub trip_gone: fn(usize) -> String,
    /// "1 stop has no verified location: not on the map or in directions".
    pub trip_unmapped: fn(usize) -> String,
    /// "6 places are not on the map: no verified location" (of the
    /// filtered ones, on the map).
    pub places_unmapped: fn(usize) -> String,
    // Embeds and `/share`.
    /// The button (link) that opens `/share` from a view.
    pub share: &'static str,
    /// `/share`'s heading.
    pub share_heading: &'static str,
    /// What `/share` is for, under the heading.
    pub share_intro: &'static str,
    /// An embed's link to the same view on the full site (map).
    pub open_full_map: &'static str,
    /// An embed's link to the same view on the full site (calendar).
    pub open_full_calendar: &'static str,
    /// An embed's address names no view (`/embed/kalendars`): heading.
    pub embed_not_found: &'static str,
    /// What is wrong, and which views there are.
    pub embed_not_found_text: &'static str,
    /// Its link to `/share`, where the right code is made.
    pub embed_not_found_share: &'static str,
    /// Its footer link to the full site's home page.
    pub open_site: &'static str,
    /// Legend of the view choice.
    pub share_view: &'static str,
    /// Legend of the municipality choice.
    pub share_municipalities: &'static str,
    /// Said under the municipality choice: none ticked means all.
    pub share_all_municipalities: &'static str,
    /// Checkbox: keep the other filters of the view `/share` came from.
    pub share_keep_filters: &'static str,
    /// Legend of the remaining options.
    pub share_options: &'static str,
    /// Checkbox: `lock=1`.
    pub share_lock: &'static str,
    /// Label of the map height.
    pub share_height: &'static str,
    /// Heading of the live preview.
    pub share_preview: &'static str,
    /// Heading of the outputs.
    pub share_code: &'static str,
    /// The plain iframe snippet's label.
    pub share_snippet_iframe: &'static str,
    /// The `embed.js` snippet's label.
    pub share_snippet_script: &'static str,
    /// The link's label.
    pub share_snippet_link: &'static str,
    /// Copy button.
    pub copy: &'static str,
    /// Said after copying.
    pub copied: &'static str,
    /// Said when the clipboard refused: the text is selected instead.
    pub copy_selected: &'static str,
    /// Shown while the browser reports no network: what is on screen comes
    /// from the service worker's cache.
    pub offline_notice: &'static str,
    /// Shown when a new version of the app is ready (installed, waiting).
    pub update_available: &'static str,
    /// The button that switches to the new version and reloads.
    pub update_reload: &'static str,
    /// Heading of the help.
    pub share_help: &'static str,
    /// Help for WordPress.
    pub share_help_wordpress: &'static str,
    /// Help for Joomla.
    pub share_help_joomla: &'static str,
    /// Help for a plain HTML site.
    pub share_help_html: &'static str,
    /// The name of an embed view (the form's choices).
    pub embed_view_name: fn(EmbedView) -> &'static str,
    /// A municipality's name as it stands after "in" ("Jēkabpils novadā",
    /// "Jēkabpils Municipality"): Latvian uses the locative case.
    pub municipality_in: fn(MunicipalityId) -> &'static str,
    /// "12 vietas Jēkabpils novadā": a locked embed's count, from the
    /// number and the municipalities' [`Texts::municipality_in`] names
    /// (already joined; empty for the whole of Sēlija).
    pub places_in: fn(usize, &str) -> String,
    /// "3 notikumi Jēkabpils novadā", as [`Texts::places_in`].
    pub events_in: fn(usize, &str) -> String,
    /// An embed's title, for screen readers (`<iframe title>`), from its
    /// view and the joined municipality names (empty for all of Sēlija).
    pub embed_title: fn(EmbedView, &str) -> String,
    /// The word joining the last two items of a list ("un", "and").
    pub and: &'static str,
    /// The page's heading for the visitor's own trip.
    pub trip_mine: &'static str,
    /// The page's heading for a trip opened from someone's link.
    pub trip_shared: &'static str,
    /// Explains what a shared trip is and that edits stay in the link.
    pub trip_shared_note: &'static str,
    /// The own trip now is the shared one.
    pub trip_saved: &'static str,
    /// Confirms replacing the own trip.
    pub trip_replace: &'static str,
    /// Cancels a confirmation.
    pub cancel: &'static str,
    /// The trip has no stops yet: how to add some.
    pub trip_empty: &'static str,
    /// Storage does not work: the trip lives in the link for this visit.
    pub trip_not_remembered: &'static str,
    /// Adds an empty day.
    pub trip_add_day: &'static str,
    /// Removes an empty day.
    pub trip_remove_day: &'static str,
    /// An empty day's placeholder.
    pub trip_day_empty: &'static str,
    /// Removes every stop.
    pub trip_clear: &'static str,
    /// Said after "clear all", beside the undo button.
    pub trip_cleared: &'static str,
    /// Undoes the last clearing.
    pub undo: &'static str,
    /// The label of the first day's date input.
    pub trip_start: &'static str,
    /// The label of the travel mode select.
    pub trip_mode: &'static str,
    /// Before a day's total straight-line distance.
    pub trip_day_total: &'static str,
    /// Between two stops at one place (a place and an event held there).
    pub trip_same_place: &'static str,
    /// A stop that is not drawn and skipped by directions.
    pub trip_stop_unmapped: &'static str,
    /// The heading of a day's directions links.
    pub trip_directions: &'static str,
    /// The OpenStreetMap router link of a day.
    pub trip_osm_router: &'static str,
    /// The heading of the per-leg links.
    pub trip_legs: &'static str,
    /// The heading of the downloads and sharing.
    pub trip_take_along: &'static str,
    /// Downloads the trip's `.ics`.
    pub trip_download_ics: &'static str,
    /// Downloads the trip's GPX.
    pub trip_download_gpx: &'static str,
    /// Prints the itinerary.
    pub trip_print: &'static str,
    /// The label of the share link shown when copying is not possible.
    pub trip_copy_this: &'static str,
    /// The label of the map's day legend.
    pub trip_legend: &'static str,
    /// The title of a stop's drag handle.
    pub trip_drag: &'static str,
    /// The heading of the stops list on the page.
    pub trip_stops: &'static str,
    /// "Pievienot ceļojumam: Sece": the add toggle's accessible name.
    pub trip_add_named: fn(&str) -> String,
    /// "Ceļojums: 3 vietas": the header counter's accessible name.
    pub trip_counter: fn(usize) -> String,
    /// "Ceļojumā jau ir 50 pieturas": adding refused.
    pub trip_full: fn(usize) -> String,
    /// "Pārvietot augšup: Sece".
    pub trip_move_up: fn(&str) -> String,
    /// "Pārvietot lejup: Sece".
    pub trip_move_down: fn(&str) -> String,
    /// "Izņemt no ceļojuma: Sece".
    pub trip_remove: fn(&str) -> String,
    /// The move-to-day select's label ("Diena: Sece").
    pub trip_day_of: fn(&str) -> String,
    /// Announced after a move: "Sece pārvietota uz 2. vietu".
    pub trip_moved: fn(&str, usize) -> String,
    /// Announced after a move to another day: "Sece pārvietota uz 2. dienu".
    pub trip_moved_day: fn(&str, usize) -> String,
    /// Announced after a removal.
    pub trip_removed: fn(&str) -> String,
    /// A Google Maps link of a day split in parts ("Google Maps, 1. daļa no 2").
    pub trip_google: fn(usize, usize) -> String,
    /// Replacing the own trip of `n` stops: the question.
    pub trip_replace_question: fn(usize) -> String,

    // Names.
    /// The language's own name, for the language switch ("Latviešu").
    pub language_name: &'static str,
    /// The name of a place kind.
    pub kind_name: fn(PlaceKind) -> &'static str,
    /// The name of an event category.
    pub category_name: fn(Category) -> &'static str,
    /// The name of a confidence level, in lower case.
    pub confidence_name: fn(Confidence) -> &'static str,

    // Counts (each uses the language's rule from `plural`).
    /// "3 vietas": the number and the noun.
    pub places_count: fn(usize) -> String,
    /// "12 no 80 vietām": how many of how many places are shown.
    pub places_shown: fn(shown: usize, total: usize) -> String,
    /// "3 ieraksti izlaisti": how many records the data check skipped.
    pub records_skipped: fn(usize) -> String,
    /// "3 notikumi".
    pub events_count: fn(usize) -> String,
    /// "+2 vēl": events a calendar day has no room for.
    pub more_events: fn(usize) -> String,

    // Dates (put together by `dates`).
    /// Month names in the nominative, January first.
    pub months: [&'static str; 12],
    /// Weekday names, Monday first.
    pub weekdays: [&'static str; 7],
    /// Weekday abbreviations for the calendar grid's header, Monday first.
    pub weekdays_short: [&'static str; 7],
    /// A month's title from the year and the month's name ("2022. gada marts").
    pub month_title: fn(year: i32, month: &str) -> String,
    /// A date from the year, the day and the month's name ("2022. gada 18. marts").
    pub date: fn(year: i32, day: u32, month: &str) -> String,
    /// Days within one year, the year said once: from day `d1` of month
    /// `m1` (its name) to `d2` of `m2` ("2025. gada 13.–14. septembris",
    /// "30 September – 2 October 2025").
    pub date_span: fn(year: i32, d1: u32, m1: &str, d2: u32, m2: &str) -> String,
    /// Said after a month whose day is not known ("datums nav zināms"; of
    /// past events too, so not "yet").
    pub day_not_known: &'static str,

    // Data problems (put together by `problems`).
    /// A value in the link that the app did not understand: what the
    /// visitor chose with it (`None`: an embed setting, named by `key`),
    /// the key and the value.
    pub url_notice: fn(choice: Option<LinkChoice>, key: &str, value: &str) -> String,
    /// Why the whole data file could not be used.
    pub load_error: fn(&LoadError) -> String,
    /// The name of a list of the data file ("vietas").
    pub section_name: fn(Section) -> &'static str,
    /// How a skipped record is named ("ieraksts „sece”", "3. ieraksts").
    pub record_ref: fn(&RecordRef) -> String,
    /// The word before a field's name in a report line ("lauks").
    pub field: &'static str,
    /// What is wrong with a field.
    pub problem: fn(&Problem) -> String,
    /// Data tools: where a problem is in a spreadsheet: "row 5, column name_lv".
    pub at_row: fn(usize, &str) -> String,
    /// Data tools: the two lines (or rows, when the flag is set) of a
    /// duplicate id: "(lines 120 and 388)".
    pub twice_at: fn(bool, usize, usize) -> String,
    /// Data tools: a column the format does not know, and the likely one.
    pub unknown_column: fn(&str, Option<&str>) -> String,
    /// Data tools: a required column is missing from a spreadsheet.
    pub missing_column: fn(&str) -> String,
    /// Data tools: a GeoJSON feature that is not a point.
    pub not_a_point: &'static str,
    /// Data tools: the summary of a check with problems: problems, records.
    pub check_failed: fn(usize, usize) -> String,
    /// Data tools: the summary of a clean check: places, events.
    pub check_clean: fn(usize, usize) -> String,
    /// Data tools: nothing written because of the problems above.
    pub nothing_written: &'static str,
    /// Data tools: the output exists and `--force` was not given.
    pub exists_use_force: fn(&str) -> String,
    /// Data tools: a CSV file is not UTF-8 (and how to save it so).
    pub csv_not_utf8: &'static str,
    /// Data tools: a CSV file has not even a header row.
    pub csv_empty: &'static str,
    /// Places left out of a GeoJSON download for lacking coordinates.
    pub left_out_no_coords: fn(usize) -> String,

    // Open data downloads (home page).
    /// The downloads' group label ("Lejupielādēt").
    pub download: &'static str,
    /// The GeoJSON download's button.
    pub download_geojson: &'static str,
    /// The CSV download's button.
    pub download_csv: &'static str,
    /// A download could not be made (the browser refused).
    pub download_failed: &'static str,

    // Community profile (place page, map panel).
    /// The island's name or theme.
    pub island: &'static str,
    /// The year the community joined the network.
    pub member_since: &'static str,
    /// Heading of the contacts.
    pub contacts: &'static str,
    /// A contact: the website.
    pub website: &'static str,
    /// A contact: e-mail.
    pub email: &'static str,
    /// A contact: phone.
    pub phone: &'static str,
    /// A contact: social media.
    pub social: &'static str,
    /// The identity sign's alt text, from the place's name.
    pub identity_sign_alt: fn(&str) -> String,

    // `/check`: checking a data file in the browser.
    /// The page's heading.
    pub data_heading: &'static str,
    /// What the page does (nothing is uploaded).
    pub data_intro: &'static str,
    /// The file input's label.
    pub data_choose: &'static str,
    /// Before the links to the CSV templates.
    pub data_templates: &'static str,
    /// Under the file input: how to choose a places and an events table
    /// together.
    pub data_choose_hint: &'static str,
    /// Under the file button: the box also takes files dropped on it.
    pub data_drop: &'static str,
    /// A chosen CSV file and which table its header row makes it.
    pub data_file_is: fn(&str, Section) -> String,
    /// A chosen CSV file whose header row is no table's.
    pub data_file_neither: fn(&str) -> String,
    /// A second table of a kind already chosen.
    pub data_file_again: fn(&str, Section) -> String,
    /// A chosen CSV file that cannot be read: the file, why.
    pub data_file_unreadable: fn(&str, &str) -> String,
    /// Tables chosen without the places table.
    pub data_needs_places: &'static str,
    /// A JSON file chosen together with other files.
    pub data_json_alone: &'static str,
    /// The tables' header rows have problems (how many): the rows are
    /// checked once the columns are right.
    pub data_columns_failed: fn(usize) -> String,
    /// The file could not be read.
    pub data_unreadable: &'static str,
    /// Heading of the places' preview map.
    pub data_preview: &'static str,
}

/// The texts in `lang`: the one place that maps a language to its table.
pub fn texts(lang: Lang) -> &'static Texts {
    match lang {
        Lang::Lv => &lv::TEXTS,
        Lang::En => &en::TEXTS,
    }
}

/// The language's own name, for the language switch.
pub fn language_name(lang: Lang) -> &'static str {
    texts(lang).language_name
}

/// The name of a place kind.
pub fn kind_name(lang: Lang, kind: PlaceKind) -> &'static str {
    (texts(lang).kind_name)(kind)
}

/// The name of an event category.
pub fn category_name(lang: Lang, cat: Category) -> &'static str {
    (texts(lang).category_name)(cat)
}

/// The name of a confidence level.
pub fn confidence_name(lang: Lang, c: Confidence) -> &'static str {
    (texts(lang).confidence_name)(c)
}

/// "1 vieta", "2 vietas" / "1 place", "2 places".
pub fn places_count(lang: Lang, n: usize) -> String {
    (texts(lang).places_count)(n)
}

/// "12 no 80 vietām" / "12 of 80 places".
pub fn places_shown(lang: Lang, shown: usize, total: usize) -> String {
    (texts(lang).places_shown)(shown, total)
}

/// "3 ieraksti izlaisti" / "3 records skipped".
pub fn records_skipped(lang: Lang, n: usize) -> String {
    (texts(lang).records_skipped)(n)
}

/// "6 vietas nav kartē…" / "6 places are not on the map…".
pub fn places_unmapped(lang: Lang, n: usize) -> String {
    (texts(lang).places_unmapped)(n)
}

/// "3 notikumi" / "3 events".
pub fn events_count(lang: Lang, n: usize) -> String {
    (texts(lang).events_count)(n)
}

/// "Automašīna" / "Car".
pub fn mode_name(lang: Lang, mode: Mode) -> &'static str {
    (texts(lang).mode_name)(mode)
}

/// "Ceļojuma 1. diena" / "Trip day 1", for the day counted from 1.
pub fn trip_day_title(lang: Lang, number: usize) -> String {
    (texts(lang).trip_day_title)(number)
}

/// "~34 km taisnā līnijā" / "~34 km as the crow flies".
pub fn crow_distance(lang: Lang, km: f64) -> String {
    (texts(lang).crow_distance)(km)
}

/// Why a trip link was refused ("refused, over 50").
pub fn trip_refused(lang: Lang, e: &TripError) -> String {
    (texts(lang).trip_refused)(e)
}

/// Why the stored trip was discarded.
pub fn trip_storage_error(lang: Lang, e: &StorageError) -> String {
    (texts(lang).trip_storage_error)(e)
}

/// "3 values of the trip link were ignored".
pub fn trip_dropped(lang: Lang, n: usize) -> String {
    (texts(lang).trip_dropped)(n)
}

/// "2 stops are no longer in the data".
pub fn trip_gone(lang: Lang, n: usize) -> String {
    (texts(lang).trip_gone)(n)
}

/// "1 stop has no verified location".
pub fn trip_unmapped(lang: Lang, n: usize) -> String {
    (texts(lang).trip_unmapped)(n)
}

/// How a distance in km is shown: one decimal below 10 km, whole km above
/// (straight-line distances are rough anyway); `point` is the language's
/// decimal sign.
pub fn km_text(km: f64, point: char) -> String {
    let text = if km < 10.0 {
        crate::domain::num::fixed(km, 1)
    } else {
        crate::domain::num::fixed(km, 0)
    };
    text.replace('.', point.encode_utf8(&mut [0; 4]))
}

/// "+2 vēl" / "+2 more".
pub fn more_events(lang: Lang, n: usize) -> String {
    (texts(lang).more_events)(n)
}

/// The municipalities as they stand after "in", joined: "Jēkabpils novadā
/// un Krāslavas novadā"; empty for none (all of Sēlija).
pub fn municipalities_in(lang: Lang, ms: &[MunicipalityId]) -> String {
    let t = texts(lang);
    let names: Vec<&str> = ms.iter().map(|&m| (t.municipality_in)(m)).collect();
    match names.split_last() {
        None => String::new(),
        Some((last, [])) => (*last).to_owned(),
        Some((last, rest)) => format!("{} {} {last}", rest.join(", "), t.and),
    }
}

/// A locked embed's place count: "12 vietas Jēkabpils novadā".
pub fn places_in(lang: Lang, n: usize, ms: &[MunicipalityId]) -> String {
    (texts(lang).places_in)(n, &municipalities_in(lang, ms))
}

/// A locked embed's event count: "3 notikumi Jēkabpils novadā".
pub fn events_in(lang: Lang, n: usize, ms: &[MunicipalityId]) -> String {
    (texts(lang).events_in)(n, &municipalities_in(lang, ms))
}

/// An embed's title: "Sēlijas salas: vietas Jēkabpils novadā (karte)".
pub fn embed_title(lang: Lang, view: EmbedView, ms: &[MunicipalityId]) -> String {
    (texts(lang).embed_title)(view, &municipalities_in(lang, ms))
}
