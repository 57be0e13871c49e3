//! Every string the interface shows, in Latvian and English, plus the
//! plural rules and the wording of data problems. Views never hard-code text:
//! they ask [`texts`] or one of the functions here.

use crate::domain::num::short;
use crate::domain::validate::{Issue, LoadError, Problem, RecordRef, Section, ShapeError};
use crate::domain::{Category, Confidence, Lang, PlaceKind};

/// The fixed strings of the interface in one language.
pub struct Texts {
    /// The network's name.
    pub app_name: &'static str,
    /// What the app is, under the name.
    pub tagline: &'static str,
    /// Skip link to the main content.
    pub skip_to_content: &'static str,
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
    /// Geolocation denied or unavailable.
    pub locate_failed: &'static str,
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
}

const LV: Texts = Texts {
    app_name: "Sēlijas salas",
    tagline: "Sēlijas kopienu karte un kalendārs",
    skip_to_content: "Pāriet uz saturu",
    nav_label: "Galvenā navigācija",
    nav_places: "Vietas",
    language: "Valoda",
    filters: "Filtri",
    municipality: "Novads",
    search: "Meklēt",
    search_placeholder: "piem., Aknīste",
    kind: "Veids",
    clear_filters: "Notīrīt filtrus",
    places_heading: "Vietas",
    no_matches: "Neviena vieta neatbilst izvēlētajiem filtriem.",
    location_not_verified: "atrašanās vieta nav pārbaudīta",
    municipality_approximate: "novads noteikts aptuveni",
    confidence: "Ticamība",
    back_to_list: "Atpakaļ uz sarakstu",
    parish: "Pagasts",
    coordinates: "Koordinātas",
    population: "Iedzīvotāji",
    links: "Saites",
    source: "Avots",
    tags: "Birkas",
    events_here: "Notikumi šeit",
    not_found: "Lapa nav atrasta",
    not_found_text: "Šādas lapas nav. Varbūt saite ir novecojusi vai tajā ir drukas kļūda.",
    place_not_found: "Vieta ar šādu identifikatoru nav atrasta.",
    go_home: "Uz sākumlapu",
    loading: "Ielādē datus…",
    load_failed: "Datus neizdevās ielādēt",
    retry: "Mēģināt vēlreiz",
    show_details: "Kāpēc?",
    dismiss: "Aizvērt",
    attribution: "Koordinātas: GeoNames (CC BY 4.0) un © OpenStreetMap līdzautori (ODbL).",
    network: "Kopienu sadarbības tīkls „Sēlijas salas”",
    details: "Sīkāk",
    view_on_osm: "Skatīt OpenStreetMap kartē",
    data_sources: "Visi datu avoti",
    map: "Karte",
    map_keys: "Karte: bultiņas pārvieto, + un − tuvina un attālina, Tab pāriet pa vietām.",
    tiles_failed: "Tiešsaistes karte nav pieejama — rāda bezsaistes pamatkarti.",
    hint_wheel: "Lai tuvinātu karti, turiet Ctrl (⌘) un ritiniet.",
    hint_touch: "Karti pārvieto ar diviem pirkstiem.",
    attribution_tiles: "© OpenStreetMap līdzautori",
    attribution_basemap:
        "Pamatkarte: aptuvena Sēlijas robeža, Daugava; © OpenStreetMap līdzautori, GeoNames",
    zoom_in: "Tuvināt",
    zoom_out: "Attālināt",
    show_all: "Rādīt visas vietas",
    locate: "Parādīt manu atrašanās vietu",
    locate_failed: "Atrašanās vietu noteikt neizdevās (atļauja liegta vai nav pieejama).",
    close: "Aizvērt",
    places_here: "Vietas šajā punktā",
    show_on_map: "Rādīt kartē",
    view_list: "Saraksts",
    view_map: "Karte",
    view_toggle: "Skats",
    directions: "Maršruts līdz šejienei (OpenStreetMap)",
    nav_calendar: "Kalendārs",
    calendar_heading: "Notikumu kalendārs",
    prev_month: "Iepriekšējais mēnesis",
    next_month: "Nākamais mēnesis",
    today: "Šodien",
    view_month: "Mēnesis",
    view_agenda: "Saraksts",
    upcoming: "Gaidāmie notikumi",
    past: "Nesenie notikumi",
    nothing_upcoming: "Gaidāmu notikumu pagaidām nav. Šeit ir jaunākie pagājušie notikumi.",
    latest_month: "Uz jaunāko mēnesi ar notikumiem",
    empty_month: "Šajā mēnesī notikumu nav.",
    nearest_months: "Tuvākie mēneši ar notikumiem:",
    no_events_day: "Šajā dienā notikumu nav.",
    add_to_calendar: "Pievienot kalendāram (.ics)",
    google_calendar: "Pievienot Google kalendāram",
    download_all: "Lejupielādēt šos notikumus (.ics)",
    category: "Kategorija",
    date_from: "No datuma",
    date_to: "Līdz datumam",
    dates_reversed: "Sākuma datums ir pēc beigu datuma: rādīti notikumi starp abiem datumiem.",
    when: "Kad",
    place: "Vieta",
    organiser: "Rīkotāja lapa",
    whole_selija: "Visa Sēlija vai tīkla pasākums ārpus tās",
    event_not_found: "Notikums ar šādu identifikatoru nav atrasts.",
    back_to_calendar: "Atpakaļ uz kalendāru",
    events_heading: "Notikumi",
    show_on_map_link: "Rādīt kartē",
    whole_selija_short: "visa Sēlija / tīkls",
    show_more: "Rādīt vēl",
    venue: "Norises vieta",
    you_are_here: "Jūs esat šeit",
};

const EN: Texts = Texts {
    app_name: "Sēlijas salas",
    tagline: "Map and calendar of Sēlija's communities",
    skip_to_content: "Skip to content",
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
    locate_failed: "Your location could not be found (permission denied or unavailable).",
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
};

/// The interface strings in `lang`.
pub fn texts(lang: Lang) -> &'static Texts {
    match lang {
        Lang::Lv => &LV,
        Lang::En => &EN,
    }
}

/// The language's own name, for the language switch.
pub fn language_name(lang: Lang) -> &'static str {
    match lang {
        Lang::Lv => "Latviešu",
        Lang::En => "English",
    }
}

/// Latvian number agreement: numbers ending in 1 (but not 11) take the
/// singular (1 vieta, 21 vieta), all others the plural (2 vietas, 11 vietas).
pub fn lv_singular(n: usize) -> bool {
    n % 10 == 1 && n % 100 != 11
}

/// Picks the Latvian or English singular/plural form for `n`.
fn count_form<'a>(lang: Lang, n: usize, lv: [&'a str; 2], en: [&'a str; 2]) -> &'a str {
    match lang {
        Lang::Lv if lv_singular(n) => lv[0],
        Lang::Lv => lv[1],
        Lang::En if n == 1 => en[0],
        Lang::En => en[1],
    }
}

/// "1 vieta", "2 vietas" / "1 place", "2 places".
pub fn places_count(lang: Lang, n: usize) -> String {
    format!(
        "{n} {}",
        count_form(lang, n, ["vieta", "vietas"], ["place", "places"])
    )
}

/// "12 no 80 vietām" / "12 of 80 places".
pub fn places_shown(lang: Lang, shown: usize, total: usize) -> String {
    let noun = count_form(lang, total, ["vietas", "vietām"], ["place", "places"]);
    match lang {
        Lang::Lv => format!("{shown} no {total} {noun}"),
        Lang::En => format!("{shown} of {total} {noun}"),
    }
}

/// "3 ieraksti izlaisti" / "3 records skipped".
pub fn records_skipped(lang: Lang, n: usize) -> String {
    format!(
        "{n} {}",
        count_form(
            lang,
            n,
            ["ieraksts izlaists", "ieraksti izlaisti"],
            ["record skipped", "records skipped"]
        )
    )
}

/// The name of a place kind.
pub fn kind_name(lang: Lang, kind: PlaceKind) -> &'static str {
    use PlaceKind::*;
    let (lv, en) = match kind {
        Town => ("Pilsēta", "Town"),
        Village => ("Ciems", "Village"),
        District => ("Pilsētas daļa", "City district"),
        Manor => ("Muiža", "Manor"),
        Museum => ("Muzejs", "Museum"),
        Hillfort => ("Pilskalns", "Hillfort"),
        Nature => ("Daba", "Nature"),
        Tourism => ("Lauku tūrisms", "Rural tourism"),
        Landmark => ("Apskates vieta", "Landmark"),
    };
    pick(lang, lv, en)
}

/// The name of an event category.
pub fn category_name(lang: Lang, cat: Category) -> &'static str {
    use Category::*;
    let (lv, en) = match cat {
        Network => ("Tīkla darbība", "Network"),
        Forum => ("Forums", "Forum"),
        Congress => ("Kongress", "Congress"),
        Festival => ("Festivāls", "Festival"),
        Training => ("Mācības", "Training"),
        Consultation => ("Konsultācija", "Consultation"),
        HomeCafes => ("Mājas kafejnīcas", "Home cafés"),
        Award => ("Balva", "Award"),
        Heritage => ("Mantojums", "Heritage"),
        Community => ("Kopienas diena", "Community day"),
    };
    pick(lang, lv, en)
}

/// The name of a confidence level.
pub fn confidence_name(lang: Lang, c: Confidence) -> &'static str {
    match c {
        Confidence::High => pick(lang, "augsta", "high"),
        Confidence::Medium => pick(lang, "vidēja", "medium"),
        Confidence::Low => pick(lang, "zema", "low"),
    }
}

fn pick(lang: Lang, lv: &'static str, en: &'static str) -> &'static str {
    match lang {
        Lang::Lv => lv,
        Lang::En => en,
    }
}

/// "Nezināma vērtība „nowhere” parametrā m — ignorēta." / "Ignored unknown value “nowhere” for m."
pub fn url_notice(lang: Lang, key: &str, value: &str) -> String {
    match lang {
        Lang::Lv => format!("Saitē nesaprotama vērtība „{value}” parametram {key}; tā ignorēta."),
        Lang::En => format!(
            "The link has a value “{value}” for {key} that is not understood; it was ignored."
        ),
    }
}

/// Explains why the whole data file could not be used.
pub fn load_error(lang: Lang, e: &LoadError) -> String {
    match (lang, e) {
        (Lang::Lv, LoadError::Network(m)) => format!(
            "Neizdevās sazināties ar serveri ({m}). Pārbaudiet savienojumu un mēģiniet vēlreiz."
        ),
        (Lang::En, LoadError::Network(m)) => {
            format!("Could not reach the server ({m}). Check the connection and try again.")
        }
        (Lang::Lv, LoadError::Http(s)) => format!("Serveris atbildēja ar kļūdu {s}."),
        (Lang::En, LoadError::Http(s)) => format!("The server answered with error {s}."),
        (Lang::Lv, LoadError::NotJson { line, column }) => {
            format!("Datu fails nav derīgs JSON (kļūda {line}. rindā, {column}. kolonnā).")
        }
        (Lang::En, LoadError::NotJson { line, column }) => {
            format!("The data file is not valid JSON (error at line {line}, column {column}).")
        }
        (Lang::Lv, LoadError::Shape(s)) => match s {
            ShapeError::NotAnObject => "Datu faila augšējais līmenis nav objekts.".to_owned(),
            ShapeError::MissingList(n) => format!("Datu failā trūkst saraksta „{n}”."),
            ShapeError::NotAList(n) => format!("Datu faila lauks „{n}” nav saraksts."),
        },
        (Lang::En, LoadError::Shape(s)) => match s {
            ShapeError::NotAnObject => {
                "The top level of the data file is not an object.".to_owned()
            }
            ShapeError::MissingList(n) => format!("The data file has no “{n}” list."),
            ShapeError::NotAList(n) => format!("The field “{n}” of the data file is not a list."),
        },
        (Lang::Lv, LoadError::Version(v)) if v.is_empty() => {
            "Datu failam nav norādīta formāta versija (\"version\": 1).".to_owned()
        }
        (Lang::En, LoadError::Version(v)) if v.is_empty() => {
            "The data file does not state its format version (\"version\": 1).".to_owned()
        }
        (Lang::Lv, LoadError::Version(v)) => {
            format!("Datu faila formāta versija {v} nav atbalstīta (gaidīta 1).")
        }
        (Lang::En, LoadError::Version(v)) => {
            format!("Data format version {v} is not supported (expected 1).")
        }
    }
}

/// One line of the skipped-records report:
/// "vietas, ieraksts „sece”, lauks lat: ārpus Latvijas (61.2)".
pub fn issue(lang: Lang, issue: &Issue) -> String {
    let section = match (lang, issue.section) {
        (Lang::Lv, Section::Municipalities) => "novadi",
        (Lang::Lv, Section::Places) => "vietas",
        (Lang::Lv, Section::Events) => "notikumi",
        (Lang::Lv, Section::Sources) => "avoti",
        (Lang::En, Section::Municipalities) => "municipalities",
        (Lang::En, Section::Places) => "places",
        (Lang::En, Section::Events) => "events",
        (Lang::En, Section::Sources) => "sources",
    };
    let record = match (lang, &issue.record) {
        (Lang::Lv, RecordRef::Id(id)) => format!("ieraksts „{id}”"),
        (Lang::En, RecordRef::Id(id)) => format!("record “{id}”"),
        (Lang::Lv, RecordRef::Position(n)) => format!("{n}. ieraksts"),
        (Lang::En, RecordRef::Position(n)) => format!("record #{n}"),
    };
    let problem = problem(lang, &issue.problem);
    if issue.field.is_empty() {
        format!("{section}, {record}: {problem}")
    } else {
        let field = pick(lang, "lauks", "field");
        format!("{section}, {record}, {field} {}: {problem}", issue.field)
    }
}

/// What is wrong with a field, in words.
pub fn problem(lang: Lang, p: &Problem) -> String {
    use Problem::*;
    let lv = matches!(lang, Lang::Lv);
    let s = |a: &str, b: &str| if lv { a.to_owned() } else { b.to_owned() };
    match p {
        Missing => s("trūkst obligāta lauka", "required field is missing"),
        NotText => s("jābūt tekstam", "must be text"),
        NotNumber => s("jābūt skaitlim", "must be a number"),
        NotList => s("jābūt sarakstam", "must be a list"),
        NotObject => s("jābūt objektam", "must be an object"),
        NotBool => s("jābūt true vai false", "must be true or false"),
        RecordNotObject => s("ieraksts nav objekts", "the record is not an object"),
        Empty => s("nedrīkst būt tukšs", "must not be empty"),
        NotCount => s(
            "jābūt veselam nenegatīvam skaitlim",
            "must be a whole non-negative number",
        ),
        TooLong(n) if lv => format!("pārāk garš (ne vairāk kā {n} rakstzīmes)"),
        TooLong(n) => format!("too long (at most {n} characters)"),
        TooMany(n) if lv => format!("pārāk daudz elementu (ne vairāk kā {n})"),
        TooMany(n) => format!("too many items (at most {n})"),
        NotSlug(v) if lv => {
            format!("„{v}” nav derīgs identifikators (tikai mazie latīņu burti, cipari un defises)")
        }
        NotSlug(v) => {
            format!("“{v}” is not a valid id (lowercase ASCII letters, digits and hyphens only)")
        }
        DuplicateId(v) if lv => format!("identifikators „{v}” jau izmantots"),
        DuplicateId(v) => format!("the id “{v}” is already used"),
        UnknownMunicipality(v) if lv => format!("nezināms novads „{v}”"),
        UnknownMunicipality(v) => format!("unknown municipality “{v}”"),
        UnknownPlace(v) if lv => format!("nav vietas ar identifikatoru „{v}”"),
        UnknownPlace(v) => format!("no place has the id “{v}”"),
        UnknownKind(v) if lv => format!("nezināms vietas veids „{v}”"),
        UnknownKind(v) => format!("unknown place kind “{v}”"),
        UnknownCategory(v) if lv => format!("nezināma notikuma kategorija „{v}”"),
        UnknownCategory(v) => format!("unknown event category “{v}”"),
        UnknownConfidence(v) if lv => format!("ticamībai jābūt high, medium vai low, nevis „{v}”"),
        UnknownConfidence(v) => format!("confidence must be high, medium or low, not “{v}”"),
        OutsideLatvia(x) if lv => format!("{} ir ārpus Latvijas robežām", short(*x, 5)),
        OutsideLatvia(x) => format!("{} lies outside Latvia", short(*x, 5)),
        LatLonPair => s(
            "lat un lon jānorāda abi vai neviens",
            "give both lat and lon, or neither",
        ),
        DateFormat(v) if lv => {
            format!("„{v}” nav datums formā GGGG-MM-DD, GGGG-MM-DDTHH:MM+03:00 vai GGGG-MM")
        }
        DateFormat(v) => {
            format!("“{v}” is not a date like YYYY-MM-DD, YYYY-MM-DDTHH:MM+03:00 or YYYY-MM")
        }
        DateNotReal(v) if lv => format!("datums „{v}” neeksistē"),
        DateNotReal(v) => format!("the date “{v}” does not exist"),
        EndBeforeStart => s("beigas ir pirms sākuma", "the end is before the start"),
        BadLink(v) if lv => format!("saitei „{v}” jāsākas ar https://, http://, mailto: vai tel:"),
        BadLink(v) => format!("the link “{v}” must start with https://, http://, mailto: or tel:"),
    }
}

const MONTHS_LV: [&str; 12] = [
    "janvāris",
    "februāris",
    "marts",
    "aprīlis",
    "maijs",
    "jūnijs",
    "jūlijs",
    "augusts",
    "septembris",
    "oktobris",
    "novembris",
    "decembris",
];
const MONTHS_EN: [&str; 12] = [
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
];
const WEEKDAYS_LV: [&str; 7] = [
    "pirmdiena",
    "otrdiena",
    "trešdiena",
    "ceturtdiena",
    "piektdiena",
    "sestdiena",
    "svētdiena",
];
const WEEKDAYS_EN: [&str; 7] = [
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];
const WEEKDAYS_SHORT_LV: [&str; 7] = ["P", "O", "T", "C", "Pk", "S", "Sv"];
const WEEKDAYS_SHORT_EN: [&str; 7] = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];

/// A month's name ("marts" / "March"), month 1–12.
pub fn month_name(lang: Lang, month: u32) -> &'static str {
    let i = (month.clamp(1, 12) - 1) as usize;
    pick(lang, MONTHS_LV[i], MONTHS_EN[i])
}

/// A weekday's name, 0 = Monday ("pirmdiena" / "Monday").
pub fn weekday_name(lang: Lang, day: usize) -> &'static str {
    let i = day.min(6);
    pick(lang, WEEKDAYS_LV[i], WEEKDAYS_EN[i])
}

/// A weekday's short name for grid headers ("P" / "Mon").
pub fn weekday_short(lang: Lang, day: usize) -> &'static str {
    let i = day.min(6);
    pick(lang, WEEKDAYS_SHORT_LV[i], WEEKDAYS_SHORT_EN[i])
}

/// "2022. gada marts" / "March 2022".
pub fn month_title(lang: Lang, year: i32, month: u32) -> String {
    match lang {
        Lang::Lv => format!("{year}. gada {}", month_name(lang, month)),
        Lang::En => format!("{} {year}", month_name(lang, month)),
    }
}

/// "2022. gada 18. marts" / "18 March 2022".
pub fn format_date(lang: Lang, d: chrono::NaiveDate) -> String {
    use chrono::Datelike;
    match lang {
        Lang::Lv => format!(
            "{}. gada {}. {}",
            d.year(),
            d.day(),
            month_name(lang, d.month())
        ),
        Lang::En => format!("{} {} {}", d.day(), month_name(lang, d.month()), d.year()),
    }
}

/// "pirmdiena, 2022. gada 18. marts" / "Monday, 18 March 2022".
pub fn format_date_long(lang: Lang, d: chrono::NaiveDate) -> String {
    use chrono::Datelike;
    let wd = weekday_name(lang, d.weekday().num_days_from_monday() as usize);
    format!("{wd}, {}", format_date(lang, d))
}

/// When an event happens, in words: days, a time (Riga), or a month whose
/// day is not known yet ("augusts, datums vēl nav zināms").
pub fn format_when(
    lang: Lang,
    start: crate::domain::When,
    end: Option<crate::domain::When>,
) -> String {
    use crate::domain::When;
    use chrono::Timelike;
    let one = |w: When| match w {
        When::Day(d) => format_date(lang, d),
        When::Time(t) => {
            let local = crate::domain::calendar::to_riga(t);
            format!(
                "{} {:02}:{:02}",
                format_date(lang, local.date()),
                local.hour(),
                local.minute()
            )
        }
        When::Month { year, month } => match lang {
            Lang::Lv => format!("{}, datums vēl nav zināms", month_title(lang, year, month)),
            Lang::En => format!("{}, date not known", month_title(lang, year, month)),
        },
    };
    match end {
        Some(e) if e != start => format!("{} – {}", one(start), one(e)),
        _ => one(start),
    }
}

/// "+2 vēl" / "+2 more".
pub fn more_events(lang: Lang, n: usize) -> String {
    match lang {
        Lang::Lv => format!("+{n} vēl"),
        Lang::En => format!("+{n} more"),
    }
}

/// "3 notikumi" / "3 events".
pub fn events_count(lang: Lang, n: usize) -> String {
    format!(
        "{n} {}",
        count_form(lang, n, ["notikums", "notikumi"], ["event", "events"])
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_in_both_languages() -> Result<(), &'static str> {
        let d = crate::domain::dates::parse_day("2022-03-18").map_err(|_| "date")?;
        assert_eq!(format_date(Lang::Lv, d), "2022. gada 18. marts");
        assert_eq!(format_date(Lang::En, d), "18 March 2022");
        assert_eq!(
            format_date_long(Lang::Lv, d),
            "piektdiena, 2022. gada 18. marts"
        );
        assert_eq!(month_title(Lang::En, 2022, 8), "August 2022");
        let m = crate::domain::When::parse("2022-08").map_err(|_| "month")?;
        assert_eq!(
            format_when(Lang::Lv, m, None),
            "2022. gada augusts, datums vēl nav zināms"
        );
        let t = crate::domain::When::parse("2024-10-05T08:00Z").map_err(|_| "time")?;
        assert_eq!(format_when(Lang::En, t, None), "5 October 2024 11:00");
        assert_eq!(events_count(Lang::Lv, 21), "21 notikums");
        assert_eq!(weekday_short(Lang::Lv, 6), "Sv");
        Ok(())
    }

    #[test]
    fn latvian_plurals() {
        assert_eq!(places_count(Lang::Lv, 1), "1 vieta");
        assert_eq!(places_count(Lang::Lv, 2), "2 vietas");
        assert_eq!(places_count(Lang::Lv, 21), "21 vieta");
        assert_eq!(places_count(Lang::Lv, 11), "11 vietas");
        assert_eq!(places_count(Lang::Lv, 111), "111 vietas");
        assert_eq!(places_count(Lang::Lv, 0), "0 vietas");
        assert_eq!(places_shown(Lang::Lv, 3, 21), "3 no 21 vietas");
        assert_eq!(places_shown(Lang::Lv, 3, 80), "3 no 80 vietām");
        assert_eq!(records_skipped(Lang::Lv, 1), "1 ieraksts izlaists");
        assert_eq!(records_skipped(Lang::Lv, 3), "3 ieraksti izlaisti");
    }

    #[test]
    fn english_plurals() {
        assert_eq!(places_count(Lang::En, 1), "1 place");
        assert_eq!(places_count(Lang::En, 21), "21 places");
        assert_eq!(places_shown(Lang::En, 1, 1), "1 of 1 place");
        assert_eq!(places_shown(Lang::En, 3, 80), "3 of 80 places");
        assert_eq!(records_skipped(Lang::En, 2), "2 records skipped");
    }

    #[test]
    fn every_kind_and_category_is_named_in_both_languages() {
        for lang in Lang::ALL {
            for k in PlaceKind::ALL {
                assert!(!kind_name(lang, *k).is_empty());
            }
            for c in Category::ALL {
                assert!(!category_name(lang, *c).is_empty());
            }
        }
        assert_ne!(texts(Lang::Lv).search, texts(Lang::En).search);
    }
}
