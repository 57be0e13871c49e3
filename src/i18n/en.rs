//! English: every string the interface shows, in one table.
//!
//! Quotation marks are “…”; dates read "18 March 2022". The plural forms
//! follow [`plural::en`]: singular for exactly one.

use super::pages::PageTexts;
use super::{plural, Texts};
use crate::domain::embed::EmbedView;
use crate::domain::num::short;
use crate::domain::query::LinkChoice;
use crate::domain::trip::{Mode, StorageError, TripError, MAX_STOPS};
use crate::domain::validate::{self, LoadError, Problem, RecordRef, Section, ShapeError};
use crate::domain::{Category, Confidence, MunicipalityId, PlaceKind};

/// The English table.
pub static TEXTS: Texts = Texts {
    pages: &PAGES,
    app_name: "Sēlijas salas",
    tagline: "Map and calendar of Sēlija's communities",
    skip_to_content: "Skip to content",
    skip_to_map: "Skip to the map",
    skip_to_list: "Skip to the list",
    panic_title: "Something went wrong",
    panic_body: "The page stopped because of an error. Reload it to carry on.",
    panic_reload: "Reload the page",
    nav_label: "Main navigation",
    nav_places: "Places",
    language: "Language",
    filters: "Filters",
    municipality: "Municipality",
    search: "Search",
    search_placeholder: "e.g. Aknīste",
    kind: "Kind",
    clear_filters: "Clear filters",
    places_heading: "Places",
    no_matches: "No place matches these filters.",
    location_not_verified: "location not verified",
    municipality_approximate: "municipality approximate",
    confidence: "Confidence",
    back_to_list: "Back to the list",
    parish: "Parish",
    coordinates: "Coordinates",
    population: "Population",
    links: "Links",
    source: "Source",
    tags: "Tags",
    events_here: "Events here",
    not_found: "Page not found",
    not_found_text: "There is no such page. The link may be old or mistyped.",
    place_not_found: "No place has this id.",
    go_home: "Go to the home page",
    loading: "Loading data…",
    load_failed: "The data could not be loaded",
    retry: "Try again",
    show_details: "Why?",
    dismiss: "Dismiss",
    attribution: "Coordinates: GeoNames (CC BY 4.0) and © OpenStreetMap contributors (ODbL).",
    network: "Community cooperation network “Sēlijas salas”",
    details: "Details",
    view_on_osm: "View on OpenStreetMap",
    data_sources: "All data sources",
    map: "Map",
    map_keys: "Map: arrow keys move, + and − zoom, Tab walks the places.",
    tiles_failed: "Online map tiles are unavailable — showing the offline base map.",
    hint_wheel: "To zoom the map, hold Ctrl (⌘) while scrolling.",
    hint_touch: "Use two fingers to move the map.",
    attribution_tiles: "© OpenStreetMap contributors",
    attribution_basemap:
        "Base map: approximate Sēlija outline, Daugava; © OpenStreetMap contributors, GeoNames",
    zoom_in: "Zoom in",
    zoom_out: "Zoom out",
    show_all: "Show all places",
    locate: "Show my location",
    locate_failed: "Your location could not be found (it is not available).",
    locate_denied: "Your location could not be found: permission was denied.",
    close: "Close",
    places_here: "Places at this point",
    show_on_map: "Show on map",
    view_list: "List",
    view_map: "Map",
    view_toggle: "View",
    directions: "Directions to here (OpenStreetMap)",
    nav_calendar: "Calendar",
    calendar_heading: "Event calendar",
    prev_month: "Previous month",
    next_month: "Next month",
    today: "Today",
    view_month: "Month",
    view_agenda: "List",
    upcoming: "Upcoming events",
    past: "Recent events",
    nothing_upcoming: "There are no upcoming events yet. Here are the most recent ones.",
    latest_month: "Go to the latest month with events",
    empty_month: "No events this month.",
    no_event_matches: "No event matches these filters.",
    no_events: "There are no events yet.",
    nearest_months: "Nearest months with events:",
    no_events_day: "No events on this day.",
    add_to_calendar: "Add to calendar (.ics)",
    google_calendar: "Add to Google Calendar",
    download_all: "Download these events (.ics)",
    category: "Category",
    date_from: "From",
    date_to: "To",
    dates_reversed: "The start date is after the end date: showing the events between the two.",
    when: "When",
    place: "Place",
    organiser: "Organiser's page",
    whole_selija: "All of Sēlija, or a network event elsewhere",
    event_not_found: "No event has this id.",
    back_to_calendar: "Back to the calendar",
    events_heading: "Events",
    show_on_map_link: "Show on the map",
    whole_selija_short: "all Sēlija / network",
    show_more: "Show more",
    venue: "Venue",
    you_are_here: "You are here",
    month_only_note: "The exact date is not known, only the month.",

    trip_add: "Add to trip",
    trip_title: "Trip",
    trip_share: "Share trip",
    trip_save_as_mine: "Save as my trip",
    trip_on_this_day: "On this day:",
    trip_outside_day: "Not on this trip day",
    trip_overlap: "Overlaps another event",
    trip_past: "Already over",
    mode_name,
    trip_day_title,
    crow_distance,
    trip_refused,
    trip_storage_error,
    trip_dropped,
    trip_gone,
    trip_unmapped,
    places_unmapped,
    share: "Share",
    share_heading: "Put the map or the calendar on your website",
    share_intro: "Choose what to show and copy the code for your page. The preview shows exactly what your visitors will see.",
    open_full_map: "Open full map ↗",
    open_full_calendar: "Open full calendar ↗",
    embed_not_found: "No such embedded view",
    embed_not_found_text: "The address of this frame is wrong. Sēlijas salas offers its map and its event calendar for other websites.",
    embed_not_found_share: "Make the right code ↗",
    open_site: "Open Sēlijas salas ↗",
    share_view: "What to show",
    share_municipalities: "Municipalities",
    share_all_municipalities: "With none ticked, all of Sēlija is shown.",
    share_keep_filters: "Keep the current filters (search, kinds, categories, dates)",
    share_options: "Settings",
    share_lock: "Lock the choice: visitors can only search within it",
    share_height: "Map height (pixels)",
    share_preview: "Preview",
    share_code: "Code",
    share_snippet_iframe: "HTML code (iframe)",
    share_snippet_script: "HTML code with automatic height (embed.js)",
    share_snippet_link: "Link",
    copy: "Copy",
    copied: "Copied",
    copy_selected: "Text selected — press Ctrl+C (⌘C).",
    offline_notice: "Offline: showing the saved map and calendar.",
    update_available: "New version available.",
    update_reload: "Reload",
    share_help: "How to embed",
    share_help_wordpress: "WordPress: paste the link on its own line in the block editor — WordPress shows the preview by itself (oEmbed). Or use a “Custom HTML” block with the iframe code.",
    share_help_joomla: "Joomla: the editor's filter strips iframes. Allow them under System → Global Configuration → Text Filters, or create a “Custom” module with the editor set to “None” or CodeMirror and paste the code there.",
    share_help_html: "A plain HTML page: paste the code where the map should be. With embed.js the frame's height follows its content.",
    embed_view_name,
    municipality_in,
    places_in,
    events_in,
    embed_title,
    and: "and",
    trip_mine: "My trip",
    trip_shared: "Shared trip",
    trip_shared_note: "Someone sent you this trip. Changes stay in the link until you save it as your own.",
    trip_saved: "Saved as your trip.",
    trip_replace: "Replace",
    cancel: "Cancel",
    trip_empty: "Your trip has no places yet. Add places and events with the star button in the list, on the map or on their pages.",
    trip_not_remembered: "This browser does not let us keep your trip: it stays in the link for this visit, but will not be remembered next time.",
    trip_add_day: "Add a day",
    trip_remove_day: "Remove this empty day",
    trip_day_empty: "No stops on this day yet.",
    trip_clear: "Clear all",
    trip_cleared: "Trip cleared.",
    undo: "Undo",
    trip_start: "First day",
    trip_mode: "Travelling by",
    trip_day_total: "Day total",
    trip_same_place: "same place",
    trip_stop_unmapped: "No verified location: not on the map or in directions",
    trip_directions: "Directions",
    trip_osm_router: "OpenStreetMap router",
    trip_legs: "Legs on openstreetmap.org",
    trip_take_along: "Take it along",
    trip_download_ics: "For your calendar (.ics)",
    trip_download_gpx: "For navigation (GPX)",
    trip_print: "Print",
    trip_copy_this: "Copy this link",
    trip_legend: "Days on the map",
    trip_drag: "Drag to reorder",
    trip_stops: "Stops by day",
    trip_add_named,
    trip_counter,
    trip_full,
    trip_move_up,
    trip_move_down,
    trip_remove,
    trip_day_of,
    trip_moved,
    trip_moved_day,
    trip_removed,
    trip_google,
    trip_replace_question,

    language_name: "English",
    kind_name,
    category_name,
    confidence_name,

    places_count,
    places_shown,
    records_skipped,
    events_count,
    more_events,

    months: [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ],
    weekdays: [
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
    ],
    weekdays_short: ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
    month_title,
    date,
    date_span,
    day_not_known: "date not known",

    url_notice,
    load_error,
    section_name,
    record_ref,
    field: "field",
    problem,
    at_row: |row, column| format!("row {row}, column {column}"),
    twice_at: |rows, a, b| {
        let what = if rows { "rows" } else { "lines" };
        format!("({what} {a} and {b})")
    },
    unknown_column: |c, guess| match guess {
        Some(g) => format!("unknown column “{c}” — did you mean “{g}”?"),
        None => format!("unknown column “{c}” (see README for the columns)"),
    },
    missing_column: |c| format!("the required column “{c}” is missing from the header row"),
    not_a_point: "only Point features become places",
    check_failed: |problems, records| {
        format!(
            "{problems} {} in {records} {}.",
            plural::en(problems, "problem", "problems"),
            plural::en(records, "record", "records")
        )
    },
    check_clean: |places, events| {
        format!(
            "No problems: {places} {} and {events} {}.",
            plural::en(places, "place", "places"),
            plural::en(events, "event", "events")
        )
    },
    nothing_written: "Nothing was written: fix the problems above and run it again.",
    exists_use_force: |path| format!("{path} exists already; add --force to overwrite it."),
    csv_not_utf8: "not UTF-8 text: save it as \"CSV UTF-8\" (Excel) or with the UTF-8 character set (LibreOffice)",
    csv_empty: "the file is empty (no header row)",
    left_out_no_coords: |n| {
        format!(
            "{n} {} without a verified location left out of the GeoJSON.",
            plural::en(n, "place", "places")
        )
    },
    download: "Download",
    download_geojson: "GeoJSON (for maps)",
    download_csv: "CSV (for spreadsheets)",
    download_failed: "The file could not be prepared for download.",
    island: "Island",
    member_since: "In the network since",
    contacts: "Contacts",
    website: "Website",
    email: "E-mail",
    phone: "Phone",
    social: "Social media",
    identity_sign_alt: |name| format!("Identity sign of the {name} community"),
    data_heading: "Check a data file",
    data_intro: "Choose a data file (JSON) or spreadsheet tables (CSV) to check them by the same rules as selija-data check and selija-data import-csv. The files stay in your browser — nothing is uploaded.",
    data_choose: "Data file (JSON) or tables (CSV)",
    data_templates: "Table templates (a header row and two examples):",
    data_choose_hint: "Choose the places and events tables together: hold down Ctrl (Cmd on a Mac) and click both files. Which table is which is told by its header row.",
    data_drop: "Or drag the files here from your folder.",
    data_file_is: |file, section| format!("“{file}” — {} table", table_name(section)),
    data_file_neither: |file| {
        format!(
            "“{file}” is neither a places nor an events table: its first row must name the columns, such as id, kind, name_lv, municipality (places) or id, title_lv, start, category (events). Start from the table templates on this page."
        )
    },
    data_file_again: |file, section| {
        format!(
            "“{file}” is a second {} table: choose only one.",
            table_name(section)
        )
    },
    data_file_unreadable: |file, why| format!("“{file}”: {why}"),
    data_needs_places: "Events are checked together with the places table, as each event names its place: choose both files together.",
    data_json_alone: "A JSON data file is checked on its own: choose either one JSON file or the CSV tables.",
    data_columns_failed: |n| {
        format!(
            "{n} {} in the tables' columns; the rows are checked once the columns are right.",
            plural::en(n, "problem", "problems")
        )
    },
    data_unreadable: "The file could not be read.",
    data_preview: "Places on the map",
};

fn mode_name(mode: Mode) -> &'static str {
    match mode {
        Mode::Car => "Car",
        Mode::Bicycle => "Bicycle",
        Mode::Foot => "On foot",
    }
}

fn trip_day_title(n: usize) -> String {
    format!("Trip day {n}")
}

fn crow_distance(km: f64) -> String {
    format!(
        "~{} km as the crow flies (not by road)",
        super::km_text(km, '.')
    )
}

fn trip_refused(e: &TripError) -> String {
    match e {
        TripError::TooManyStops(n) => format!(
            "A trip holds at most {MAX_STOPS} stops, but this link has {n}, so it was not opened."
        ),
        TripError::TooLong(_) => "The trip link is too long, so it was not opened.".to_owned(),
    }
}

fn trip_storage_error(e: &StorageError) -> String {
    match e {
        StorageError::TooManyStops(n) => {
            format!("Your saved trip had {n} stops (at most {MAX_STOPS}), so it was not loaded.")
        }
        StorageError::Version(_) => {
            "Your saved trip is in a format this version cannot read, so it was not loaded."
                .to_owned()
        }
        StorageError::NotJson | StorageError::NotAnObject | StorageError::Shape(_) => {
            "Your saved trip was damaged, so it was not loaded.".to_owned()
        }
    }
}

fn trip_dropped(n: usize) -> String {
    let words = plural::en(n, "value", "values");
    let verb = plural::en(n, "was", "were");
    format!("{n} {words} of the trip link {verb} ignored.")
}

fn trip_gone(n: usize) -> String {
    let words = plural::en(n, "stop is", "stops are");
    format!("{n} {words} no longer in the data and left the trip.")
}

fn trip_unmapped(n: usize) -> String {
    let words = plural::en(n, "stop has", "stops have");
    format!("{n} {words} no verified location: not on the map or in directions.")
}

fn places_unmapped(n: usize) -> String {
    let words = plural::en(
        n,
        "place is not on the map: its",
        "places are not on the map: their",
    );
    format!("{n} {words} location is not verified.")
}

fn kind_name(kind: PlaceKind) -> &'static str {
    match kind {
        PlaceKind::Town => "Town",
        PlaceKind::Village => "Village",
        PlaceKind::District => "City district",
        PlaceKind::Manor => "Manor",
        PlaceKind::Museum => "Museum",
        PlaceKind::Hillfort => "Hillfort",
        PlaceKind::Nature => "Nature",
        PlaceKind::Tourism => "Rural tourism",
        PlaceKind::Landmark => "Landmark",
    }
}

fn category_name(cat: Category) -> &'static str {
    match cat {
        Category::Network => "Network",
        Category::Forum => "Forum",
        Category::Congress => "Congress",
        Category::Festival => "Festival",
        Category::Training => "Training",
        Category::Consultation => "Consultation",
        Category::HomeCafes => "Home cafés",
        Category::Award => "Award",
        Category::Heritage => "Heritage",
        Category::Community => "Community day",
    }
}

fn confidence_name(c: Confidence) -> &'static str {
    match c {
        Confidence::High => "high",
        Confidence::Medium => "medium",
        Confidence::Low => "low",
    }
}

fn places_count(n: usize) -> String {
    format!("{n} {}", plural::en(n, "place", "places"))
}

fn places_shown(shown: usize, total: usize) -> String {
    let noun = plural::en(total, "place", "places");
    format!("{shown} of {total} {noun}")
}

fn records_skipped(n: usize) -> String {
    let words = plural::en(n, "record skipped", "records skipped");
    format!("{n} {words}")
}

fn events_count(n: usize) -> String {
    format!("{n} {}", plural::en(n, "event", "events"))
}

fn more_events(n: usize) -> String {
    format!("+{n} more")
}

fn month_title(year: i32, month: &str) -> String {
    format!("{month} {year}")
}

fn date(year: i32, day: u32, month: &str) -> String {
    format!("{day} {month} {year}")
}

fn date_span(year: i32, d1: u32, m1: &str, d2: u32, m2: &str) -> String {
    if m1 == m2 {
        format!("{d1}–{d2} {m2} {year}")
    } else {
        format!("{d1} {m1} – {d2} {m2} {year}")
    }
}

fn url_notice(choice: Option<LinkChoice>, key: &str, value: &str) -> String {
    let what = match choice {
        Some(LinkChoice::Municipality) => "municipality",
        Some(LinkChoice::Kind) => "kind of place",
        Some(LinkChoice::Category) => "event category",
        Some(LinkChoice::Date) => "date",
        Some(LinkChoice::Month) => "month",
        Some(LinkChoice::Place) => "place",
        Some(LinkChoice::Language) => "language",
        Some(LinkChoice::View) => "view",
        Some(LinkChoice::MapView) => "map view",
        None => {
            return format!(
                "The link has a value “{value}” for {key} that is not understood; it was ignored."
            )
        }
    };
    format!("The {what} “{value}” in the link is not known; it was ignored.")
}

fn load_error(e: &LoadError) -> String {
    match e {
        LoadError::Network(m) => {
            format!("Could not reach the server ({m}). Check the connection and try again.")
        }
        LoadError::Http(s) => format!("The server answered with error {s}."),
        LoadError::NotJson { line, column } => {
            format!("The data file is not valid JSON (error at line {line}, column {column}).")
        }
        LoadError::Shape(ShapeError::NotAnObject) => {
            "The top level of the data file is not an object.".to_owned()
        }
        LoadError::Shape(ShapeError::MissingList(n)) => {
            format!("The data file has no “{n}” list.")
        }
        LoadError::Shape(ShapeError::NotAList(n)) => {
            format!("The field “{n}” of the data file is not a list.")
        }
        LoadError::Version(v) if v.is_empty() => {
            "The data file does not state its format version (\"version\": 2).".to_owned()
        }
        LoadError::Version(v) => {
            format!("Data format version {v} is not supported (expected 1 or 2).")
        }
    }
}

/// A table's kind, as "places table" says it.
fn table_name(section: Section) -> &'static str {
    match section {
        Section::Municipalities => "municipalities",
        Section::Places => "places",
        Section::Events => "events",
        Section::Sources => "sources",
    }
}

fn section_name(section: Section) -> &'static str {
    match section {
        Section::Municipalities => "municipalities",
        Section::Places => "places",
        Section::Events => "events",
        Section::Sources => "sources",
    }
}

fn record_ref(record: &RecordRef) -> String {
    match record {
        RecordRef::Id(id) => format!("record “{id}”"),
        RecordRef::Position(n) => format!("record #{n}"),
    }
}

fn problem(p: &Problem) -> String {
    use Problem::*;
    match p {
        Missing => "required field is missing".to_owned(),
        NotText => "must be text".to_owned(),
        NotNumber => "must be a number".to_owned(),
        NotList => "must be a list".to_owned(),
        NotObject => "must be an object".to_owned(),
        NotBool => "must be true or false".to_owned(),
        RecordNotObject => "the record is not an object".to_owned(),
        Empty => "must not be empty".to_owned(),
        NotCount => "must be a whole non-negative number".to_owned(),
        TooLong(n) => format!("too long (at most {n} characters)"),
        TooMany(n) => format!("too many items (at most {n})"),
        NotSlug(v) => {
            format!("“{v}” is not a valid id (lowercase ASCII letters, digits and hyphens only)")
        }
        DuplicateId(v) => format!("the id “{v}” is already used"),
        UnknownMunicipality(v) => format!("unknown municipality “{v}”{}", hint(p)),
        UnknownPlace(v) => format!("no place has the id “{v}”"),
        UnknownKind(v) => format!("unknown place kind “{v}”{}", hint(p)),
        UnknownCategory(v) => format!("unknown event category “{v}”{}", hint(p)),
        UnknownConfidence(v) => {
            format!("confidence must be high, medium or low, not “{v}”{}", hint(p))
        }
        OutsideLatvia(x) => format!("{} lies outside Latvia", short(*x, 5)),
        LatLonPair => "give both lat and lon, or neither".to_owned(),
        DateFormat(v) => {
            format!("“{v}” is not a date like YYYY-MM-DD, YYYY-MM-DDTHH:MM+03:00 or YYYY-MM")
        }
        DateNotReal(v) => format!("the date “{v}” does not exist"),
        EndBeforeStart(end, start) => {
            format!("“end” {end} is before “start” {start} — swap them?")
        }
        NotWebLink(v) => format!("the link “{v}” must start with https:// or http://"),
        BadEmail(v) => format!("“{v}” is not an e-mail address (like name@example.lv)"),
        BadPhone(v) => {
            format!("“{v}” is not a phone number (digits, spaces, +, - and parentheses)")
        }
        NotYear => format!(
            "must be a year from {} to {}",
            validate::MEMBER_SINCE.0,
            validate::MEMBER_SINCE.1
        ),
        NotLocalImage(v) => format!(
            "“{v}” must be an image file of the site under public/ (like images/signs/sece.svg), not a web address"
        ),
        BadLink(v) => format!("the link “{v}” must start with https://, http://, mailto: or tel:"),
    }
}

/// " — did you mean “jekabpils”?" when a known value is close to the typed one.
fn hint(p: &Problem) -> String {
    validate::suggestion(p)
        .map(|s| format!(" — did you mean “{s}”?"))
        .unwrap_or_default()
}

fn embed_view_name(v: EmbedView) -> &'static str {
    match v {
        EmbedView::Map => "Map",
        EmbedView::List => "List of places",
        EmbedView::Both => "List and map",
        EmbedView::CalendarMonth => "Calendar: month",
        EmbedView::CalendarList => "Calendar: list of events",
    }
}

fn municipality_in(m: MunicipalityId) -> &'static str {
    match m {
        MunicipalityId::Aizkraukle => "Aizkraukle Municipality",
        MunicipalityId::Jekabpils => "Jēkabpils Municipality",
        MunicipalityId::Augsdaugava => "Augšdaugava Municipality",
        MunicipalityId::Kraslava => "Krāslava Municipality",
        MunicipalityId::Daugavpils => "Grīva, Daugavpils",
    }
}

fn places_in(n: usize, within: &str) -> String {
    let within = if within.is_empty() { "Sēlija" } else { within };
    format!("{n} {} in {within}", plural::en(n, "place", "places"))
}

fn events_in(n: usize, within: &str) -> String {
    let within = if within.is_empty() { "Sēlija" } else { within };
    format!("{n} {} in {within}", plural::en(n, "event", "events"))
}

fn embed_title(v: EmbedView, within: &str) -> String {
    let within = if within.is_empty() { "Sēlija" } else { within };
    let what = match v {
        EmbedView::Map => "map of places",
        EmbedView::List => "list of places",
        EmbedView::Both => "list and map of places",
        EmbedView::CalendarMonth | EmbedView::CalendarList => "calendar of events",
    };
    format!("Sēlijas salas: {what} in {within}")
}

/// The texts of the pages the build writes (`src/pages`).
pub static PAGES: PageTexts = PageTexts {
    site_name: "Sēlijas salas",
    tagline: "Map and calendar of Sēlija's communities",
    home_title: "Sēlijas salas — map and calendar of Sēlija's communities",
    home_description: "“Sēlijas salas”, the cooperation network of Sēlija's \
        rural communities: communities, towns and sights on a map and in a \
        list, and the network's event calendar.",
    calendar_title: "Event calendar — Sēlijas salas",
    calendar_description: "Events of Sēlija's communities, of the Sēlijas \
        salas network and of the region: month calendar, agenda and \
        iCalendar export.",
    embed_title: "Sēlijas salas — map",
    embed_calendar_title: "Sēlijas salas — event calendar",
    trip_description: "Places and events of Sēlija in one trip plan: the \
        stops in order, the distances between them and a map.",
    image_alt: "Sēlijas salas — map and calendar of Sēlija's communities",
    noscript: "JavaScript is off: you can read this page and follow its \
        links, but the filters, the map, the calendar's views and the trip \
        planner need it.",
    place_title: "{name} — Sēlijas salas",
    event_title: "{title} — Sēlijas salas",
    place_fallback: "{kind}, {municipality}. Map and calendar of Sēlija's communities.",
    event_description: "{when}. {text}",
};
fn trip_add_named(name: &str) -> String {
    format!("Add to trip: {name}")
}

fn trip_counter(n: usize) -> String {
    format!("Trip: {}", places_count(n))
}

fn trip_full(n: usize) -> String {
    format!("Your trip already has {n} stops; no more can be added.")
}

fn trip_move_up(name: &str) -> String {
    format!("Move up: {name}")
}

fn trip_move_down(name: &str) -> String {
    format!("Move down: {name}")
}

fn trip_remove(name: &str) -> String {
    format!("Remove from trip: {name}")
}

fn trip_day_of(name: &str) -> String {
    format!("Day: {name}")
}

fn trip_moved(name: &str, position: usize) -> String {
    format!("{name} moved to position {position}")
}

fn trip_moved_day(name: &str, day: usize) -> String {
    format!("{name} moved to day {day}")
}

fn trip_removed(name: &str) -> String {
    format!("{name} removed from the trip")
}

fn trip_google(part: usize, parts: usize) -> String {
    if parts > 1 {
        format!("Google Maps, part {part} of {parts}")
    } else {
        "Google Maps".to_owned()
    }
}

fn trip_replace_question(n: usize) -> String {
    format!("Replace your trip ({}) with this one?", places_count(n))
}
