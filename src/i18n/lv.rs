//! Latvian: every string the interface shows, in one table.
//!
//! Quotation marks are Latvian („…”); dates read "2022. gada 18. marts".
//! The plural forms follow [`plural::lv`]: singular for numbers ending in 1
//! except 11 (1 vieta, 21 vieta, 11 vietas).

use super::pages::PageTexts;
use super::{plural, Texts};
use crate::domain::embed::EmbedView;
use crate::domain::num::short;
use crate::domain::query::LinkChoice;
use crate::domain::trip::{Mode, StorageError, TripError, MAX_STOPS};
use crate::domain::validate::{self, LoadError, Problem, RecordRef, Section, ShapeError};
use crate::domain::{Category, Confidence, MunicipalityId, PlaceKind};

/// The Latvian table.
pub static TEXTS: Texts = Texts {
    pages: &PAGES,
    app_name: "Sēlijas salas",
    tagline: "Sēlijas kopienu karte un kalendārs",
    skip_to_content: "Pāriet uz saturu",
    skip_to_map: "Pāriet uz karti",
    skip_to_list: "Pāriet uz sarakstu",
    panic_title: "Kaut kas nogāja greizi",
    panic_body: "Lapa apstājās kļūdas dēļ. Pārlādējiet to, lai turpinātu.",
    panic_reload: "Pārlādēt lapu",
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
    locate_failed: "Atrašanās vietu noteikt neizdevās (tā nav pieejama).",
    locate_denied: "Atrašanās vietu noteikt neizdevās: atļauja liegta.",
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
    no_event_matches: "Neviens notikums neatbilst izvēlētajiem filtriem.",
    no_events: "Notikumu pagaidām nav.",
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
    month_only_note: "Precīzs datums nav zināms, tikai mēnesis.",

    trip_add: "Pievienot ceļojumam",
    trip_title: "Ceļojums",
    trip_share: "Kopīgot ceļojumu",
    trip_save_as_mine: "Saglabāt kā manu ceļojumu",
    trip_on_this_day: "Šajā dienā:",
    trip_outside_day: "Nenotiek šajā ceļojuma dienā",
    trip_overlap: "Laiks pārklājas ar citu notikumu",
    trip_past: "Jau noticis",
    mode_name,
    trip_day_title,
    crow_distance,
    trip_refused,
    trip_storage_error,
    trip_dropped,
    trip_gone,
    trip_unmapped,
    places_unmapped,
    share: "Kopīgot",
    share_heading: "Ievietot karti vai kalendāru savā vietnē",
    share_intro: "Izvēlieties, ko rādīt, un nokopējiet kodu savai lapai. Priekšskatījumā redzams tieši tas, ko redzēs jūsu apmeklētāji.",
    open_full_map: "Atvērt pilnu karti ↗",
    open_full_calendar: "Atvērt pilnu kalendāru ↗",
    embed_not_found: "Šāda iegultā skata nav",
    embed_not_found_text: "Šī rāmja adresē ir kļūda. Savā lapā var ievietot Sēlijas salu karti un notikumu kalendāru.",
    embed_not_found_share: "Izveidot pareizo kodu ↗",
    open_site: "Atvērt Sēlijas salas ↗",
    share_view: "Ko rādīt",
    share_municipalities: "Novadi",
    share_all_municipalities: "Ja neviens nav atzīmēts, rāda visu Sēliju.",
    share_keep_filters: "Paturēt pašreizējos filtrus (meklēšana, veidi, kategorijas, datumi)",
    share_options: "Iestatījumi",
    share_lock: "Fiksēt izvēli: apmeklētāji var tikai meklēt tajā",
    share_height: "Kartes augstums (pikseļos)",
    share_preview: "Priekšskatījums",
    share_code: "Kods",
    share_snippet_iframe: "HTML kods (iframe)",
    share_snippet_script: "HTML kods ar automātisku augstumu (embed.js)",
    share_snippet_link: "Saite",
    copy: "Kopēt",
    copied: "Nokopēts",
    copy_selected: "Teksts iezīmēts — nospiediet Ctrl+C (⌘C).",
    offline_notice: "Bezsaistē: rāda saglabāto karti un kalendāru.",
    update_available: "Pieejama jauna versija.",
    update_reload: "Pārlādēt",
    share_help: "Kā ievietot",
    share_help_wordpress: "WordPress: blokredaktorā ielīmējiet saiti atsevišķā rindā — WordPress pats parāda priekšskatījumu (oEmbed). Vai arī izmantojiet bloku „Pielāgots HTML” ar iframe kodu.",
    share_help_joomla: "Joomla: redaktora filtrs izņem iframe. Atļaujiet to sadaļā Sistēma → Globālā konfigurācija → Teksta filtri, vai izveidojiet moduli „Custom” ar redaktoru „None” vai CodeMirror un ielīmējiet kodu tur.",
    share_help_html: "Parasta HTML lapa: ielīmējiet kodu tur, kur karte jārāda. Ar embed.js rāmis pielāgo augstumu saturam.",
    embed_view_name,
    municipality_in,
    places_in,
    events_in,
    embed_title,
    and: "un",
    trip_mine: "Mans ceļojums",
    trip_shared: "Kopīgots ceļojums",
    trip_shared_note: "Šo ceļojumu kāds jums nosūtīja. Izmaiņas paliek tikai saitē, līdz saglabājat to kā savu.",
    trip_saved: "Saglabāts kā jūsu ceļojums.",
    trip_replace: "Aizstāt",
    cancel: "Atcelt",
    trip_empty: "Ceļojumā vēl nav nevienas vietas. Pievienojiet vietas un notikumus ar zvaigznītes pogu sarakstā, kartē vai to lapās.",
    trip_not_remembered: "Šis pārlūks neļauj saglabāt ceļojumu: tas paliks saitē un šajā apmeklējumā, bet netiks atcerēts nākamreiz.",
    trip_add_day: "Pievienot dienu",
    trip_remove_day: "Noņemt šo tukšo dienu",
    trip_day_empty: "Šajā dienā vēl nav pieturu.",
    trip_clear: "Notīrīt visu",
    trip_cleared: "Ceļojums notīrīts.",
    undo: "Atsaukt",
    trip_start: "Pirmā diena",
    trip_mode: "Pārvietošanās",
    trip_day_total: "Dienā kopā",
    trip_same_place: "turpat",
    trip_stop_unmapped: "Nav pārbaudītas atrašanās vietas: nav kartē un maršrutos",
    trip_directions: "Maršruts",
    trip_osm_router: "OpenStreetMap maršrutētājs",
    trip_legs: "Posmi openstreetmap.org",
    trip_take_along: "Ņemt līdzi",
    trip_download_ics: "Kalendāram (.ics)",
    trip_download_gpx: "Navigācijai (GPX)",
    trip_print: "Drukāt",
    trip_copy_this: "Nokopējiet šo saiti",
    trip_legend: "Dienas kartē",
    trip_drag: "Velciet, lai pārkārtotu",
    trip_stops: "Pieturas pa dienām",
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

    language_name: "Latviešu",
    kind_name,
    category_name,
    confidence_name,

    places_count,
    places_shown,
    records_skipped,
    events_count,
    more_events,

    months: [
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
    ],
    weekdays: [
        "pirmdiena",
        "otrdiena",
        "trešdiena",
        "ceturtdiena",
        "piektdiena",
        "sestdiena",
        "svētdiena",
    ],
    weekdays_short: ["P", "O", "T", "C", "Pk", "S", "Sv"],
    month_title,
    date,
    date_span,
    day_not_known: "datums nav zināms",

    url_notice,
    load_error,
    section_name,
    record_ref,
    field: "lauks",
    problem,
    at_row: |row, column| format!("{row}. rinda, kolonna {column}"),
    twice_at: |rows, a, b| {
        let what = if rows { "tabulas" } else { "faila" };
        format!("({what} {a}. un {b}. rinda)")
    },
    unknown_column: |c, guess| match guess {
        Some(g) => format!("nezināma kolonna „{c}” — varbūt domāta „{g}”?"),
        None => format!("nezināma kolonna „{c}” (kolonnas aprakstītas README)"),
    },
    missing_column: |c| format!("virsraksta rindā trūkst obligātās kolonnas „{c}”"),
    not_a_point: "par vietām kļūst tikai Point objekti",
    check_failed: |problems, records| {
        format!(
            "{problems} {} {records} {}.",
            plural::lv(problems, "problēma", "problēmas"),
            plural::lv(records, "ierakstā", "ierakstos")
        )
    },
    check_clean: |places, events| {
        format!(
            "Problēmu nav: {places} {} un {events} {}.",
            plural::lv(places, "vieta", "vietas"),
            plural::lv(events, "notikums", "notikumi")
        )
    },
    nothing_written: "Nekas nav ierakstīts: izlabojiet iepriekš minētās problēmas un palaidiet vēlreiz.",
    exists_use_force: |path| format!("{path} jau eksistē; lai to pārrakstītu, pievienojiet --force."),
    csv_not_utf8: "teksts nav UTF-8: saglabājiet to kā „CSV UTF-8” (Excel) vai ar rakstzīmju kopu UTF-8 (LibreOffice)",
    csv_empty: "fails ir tukšs (nav virsraksta rindas)",
    left_out_no_coords: |n| {
        format!(
            "{n} {} bez pārbaudītas atrašanās vietas GeoJSON failā nav iekļautas.",
            plural::lv(n, "vieta", "vietas")
        )
    },
    download: "Lejupielādēt",
    download_geojson: "GeoJSON (kartei)",
    download_csv: "CSV (izklājlapai)",
    download_failed: "Failu neizdevās sagatavot lejupielādei.",
    island: "Sala",
    member_since: "Tīklā kopš",
    contacts: "Kontakti",
    website: "Tīmekļa vietne",
    email: "E-pasts",
    phone: "Tālrunis",
    social: "Sociālie tīkli",
    identity_sign_alt: |name| format!("Kopienas „{name}” identitātes zīme"),
    data_heading: "Datu faila pārbaude",
    data_intro: "Izvēlieties datu failu (JSON) vai izklājlapu tabulas (CSV), lai tos pārbaudītu ar tiem pašiem noteikumiem kā selija-data check un selija-data import-csv. Faili paliek jūsu pārlūkā — nekas netiek augšupielādēts.",
    data_choose: "Datu fails (JSON) vai tabulas (CSV)",
    data_templates: "Tabulu veidnes (virsraksta rinda un divi piemēri):",
    data_choose_hint: "Vietu un notikumu tabulas izvēlieties kopā: turiet nospiestu Ctrl (Mac datorā — Cmd) un noklikšķiniet uz abiem failiem. Kura tabula ir kura, nosaka pēc virsraksta rindas.",
    data_drop: "Vai ievelciet failus šeit no savas mapes.",
    data_file_is: |file, section| format!("„{file}” — {} tabula", table_name(section)),
    data_file_neither: |file| {
        format!(
            "„{file}” nav ne vietu, ne notikumu tabula: tās pirmajā rindā jābūt kolonnu nosaukumiem, piemēram, id, kind, name_lv, municipality (vietām) vai id, title_lv, start, category (notikumiem). Sāciet no tabulu veidnēm šajā lapā."
        )
    },
    data_file_again: |file, section| {
        format!(
            "„{file}” ir vēl viena {} tabula: izvēlieties tikai vienu.",
            table_name(section)
        )
    },
    data_file_unreadable: |file, why| format!("„{file}”: {why}"),
    data_needs_places: "Notikumus pārbauda kopā ar vietu tabulu, jo katrs notikums norāda savu vietu: izvēlieties abus failus kopā.",
    data_json_alone: "JSON datu failu pārbauda atsevišķi: izvēlieties vai nu vienu JSON failu, vai CSV tabulas.",
    data_columns_failed: |n| {
        format!(
            "{n} {} tabulu kolonnās; rindas pārbaudīs, kad kolonnas būs izlabotas.",
            plural::lv(n, "problēma", "problēmas")
        )
    },
    data_unreadable: "Failu neizdevās nolasīt.",
    data_preview: "Vietas kartē",
};

fn mode_name(mode: Mode) -> &'static str {
    match mode {
        Mode::Car => "Automašīna",
        Mode::Bicycle => "Velosipēds",
        Mode::Foot => "Kājām",
    }
}

fn trip_day_title(n: usize) -> String {
    format!("Ceļojuma {n}. diena")
}

fn crow_distance(km: f64) -> String {
    format!(
        "~{} km taisnā līnijā (nevis pa ceļiem)",
        super::km_text(km, ',')
    )
}

fn trip_refused(e: &TripError) -> String {
    match e {
        TripError::TooManyStops(n) => format!(
            "Ceļojumā var būt ne vairāk kā {MAX_STOPS} pieturu, bet šajā saitē to ir {n}, tāpēc tā netika atvērta."
        ),
        TripError::TooLong(_) => "Ceļojuma saite ir pārāk gara, tāpēc tā netika atvērta.".to_owned(),
    }
}

fn trip_storage_error(e: &StorageError) -> String {
    match e {
        StorageError::TooManyStops(n) => format!(
            "Saglabātajā ceļojumā bija {n} pieturas (ne vairāk kā {MAX_STOPS}), tāpēc tas netika ielādēts."
        ),
        StorageError::Version(_) => {
            "Saglabātais ceļojums ir citā formātā, ko šī versija nelasa, tāpēc tas netika ielādēts.".to_owned()
        }
        StorageError::NotJson | StorageError::NotAnObject | StorageError::Shape(_) => {
            "Saglabātais ceļojums bija bojāts, tāpēc tas netika ielādēts.".to_owned()
        }
    }
}

fn trip_dropped(n: usize) -> String {
    let words = plural::lv(n, "vērtība ignorēta", "vērtības ignorētas");
    format!("Ceļojuma saitē {n} {words}.")
}

fn trip_gone(n: usize) -> String {
    let words = plural::lv(n, "pietura vairs nav", "pieturas vairs nav");
    format!("{n} {words} datos, tās izņemtas no ceļojuma.")
}

fn trip_unmapped(n: usize) -> String {
    let words = plural::lv(n, "pieturai nav", "pieturām nav");
    format!("{n} {words} pārbaudītas atrašanās vietas: tās nav kartē un maršrutos.")
}

fn places_unmapped(n: usize) -> String {
    let words = plural::lv(n, "vieta nav kartē: tās", "vietas nav kartē: to");
    format!("{n} {words} atrašanās vieta nav pārbaudīta.")
}

fn kind_name(kind: PlaceKind) -> &'static str {
    match kind {
        PlaceKind::Town => "Pilsēta",
        PlaceKind::Village => "Ciems",
        PlaceKind::District => "Pilsētas daļa",
        PlaceKind::Manor => "Muiža",
        PlaceKind::Museum => "Muzejs",
        PlaceKind::Hillfort => "Pilskalns",
        PlaceKind::Nature => "Daba",
        PlaceKind::Tourism => "Lauku tūrisms",
        PlaceKind::Landmark => "Apskates vieta",
    }
}

fn category_name(cat: Category) -> &'static str {
    match cat {
        Category::Network => "Tīkla darbība",
        Category::Forum => "Forums",
        Category::Congress => "Kongress",
        Category::Festival => "Festivāls",
        Category::Training => "Mācības",
        Category::Consultation => "Konsultācija",
        Category::HomeCafes => "Mājas kafejnīcas",
        Category::Award => "Balva",
        Category::Heritage => "Mantojums",
        Category::Community => "Kopienas diena",
    }
}

fn confidence_name(c: Confidence) -> &'static str {
    match c {
        Confidence::High => "augsta",
        Confidence::Medium => "vidēja",
        Confidence::Low => "zema",
    }
}

fn places_count(n: usize) -> String {
    format!("{n} {}", plural::lv(n, "vieta", "vietas"))
}

fn places_shown(shown: usize, total: usize) -> String {
    // After "no" the noun's form follows the total, with other endings than
    // in `places_count`: "3 no 21 vietas", "3 no 80 vietām".
    let noun = plural::lv(total, "vietas", "vietām");
    format!("{shown} no {total} {noun}")
}

fn records_skipped(n: usize) -> String {
    let words = plural::lv(n, "ieraksts izlaists", "ieraksti izlaisti");
    format!("{n} {words}")
}

fn events_count(n: usize) -> String {
    format!("{n} {}", plural::lv(n, "notikums", "notikumi"))
}

fn more_events(n: usize) -> String {
    format!("+{n} vēl")
}

fn month_title(year: i32, month: &str) -> String {
    format!("{year}. gada {month}")
}

fn date(year: i32, day: u32, month: &str) -> String {
    format!("{year}. gada {day}. {month}")
}

fn date_span(year: i32, d1: u32, m1: &str, d2: u32, m2: &str) -> String {
    if m1 == m2 {
        format!("{year}. gada {d1}.–{d2}. {m2}")
    } else {
        format!("{year}. gada {d1}. {m1} – {d2}. {m2}")
    }
}

fn url_notice(choice: Option<LinkChoice>, key: &str, value: &str) -> String {
    // (Feminine nouns agree: "minētā … atpazīta".)
    let (what, feminine) = match choice {
        Some(LinkChoice::Municipality) => ("novads", false),
        Some(LinkChoice::Kind) => ("vietas veids", false),
        Some(LinkChoice::Category) => ("notikumu kategorija", true),
        Some(LinkChoice::Date) => ("datums", false),
        Some(LinkChoice::Month) => ("mēnesis", false),
        Some(LinkChoice::Place) => ("vieta", true),
        Some(LinkChoice::Language) => ("valoda", true),
        Some(LinkChoice::View) => ("skats", false),
        Some(LinkChoice::MapView) => ("kartes skats", false),
        None => {
            return format!("Saitē nesaprotama vērtība „{value}” parametram {key}; tā ignorēta.")
        }
    };
    if feminine {
        format!("Saitē minētā {what} „{value}” nav atpazīta; tā ignorēta.")
    } else {
        format!("Saitē minētais {what} „{value}” nav atpazīts; tas ignorēts.")
    }
}

fn load_error(e: &LoadError) -> String {
    match e {
        LoadError::Network(m) => format!(
            "Neizdevās sazināties ar serveri ({m}). Pārbaudiet savienojumu un mēģiniet vēlreiz."
        ),
        LoadError::Http(s) => format!("Serveris atbildēja ar kļūdu {s}."),
        LoadError::NotJson { line, column } => {
            format!("Datu fails nav derīgs JSON (kļūda {line}. rindā, {column}. kolonnā).")
        }
        LoadError::Shape(ShapeError::NotAnObject) => {
            "Datu faila augšējais līmenis nav objekts.".to_owned()
        }
        LoadError::Shape(ShapeError::MissingList(n)) => {
            format!("Datu failā trūkst saraksta „{n}”.")
        }
        LoadError::Shape(ShapeError::NotAList(n)) => {
            format!("Datu faila lauks „{n}” nav saraksts.")
        }
        LoadError::Version(v) if v.is_empty() => {
            "Datu failam nav norādīta formāta versija (\"version\": 2).".to_owned()
        }
        LoadError::Version(v) => {
            format!("Datu faila formāta versija {v} nav atbalstīta (gaidīta 1 vai 2).")
        }
    }
}

/// A table's kind, as "vietu tabula" says it.
fn table_name(section: Section) -> &'static str {
    match section {
        Section::Municipalities => "novadu",
        Section::Places => "vietu",
        Section::Events => "notikumu",
        Section::Sources => "avotu",
    }
}

fn section_name(section: Section) -> &'static str {
    match section {
        Section::Municipalities => "novadi",
        Section::Places => "vietas",
        Section::Events => "notikumi",
        Section::Sources => "avoti",
    }
}

fn record_ref(record: &RecordRef) -> String {
    match record {
        RecordRef::Id(id) => format!("ieraksts „{id}”"),
        RecordRef::Position(n) => format!("{n}. ieraksts"),
    }
}

fn problem(p: &Problem) -> String {
    use Problem::*;
    match p {
        Missing => "trūkst obligāta lauka".to_owned(),
        NotText => "jābūt tekstam".to_owned(),
        NotNumber => "jābūt skaitlim".to_owned(),
        NotList => "jābūt sarakstam".to_owned(),
        NotObject => "jābūt objektam".to_owned(),
        NotBool => "jābūt true vai false".to_owned(),
        RecordNotObject => "ieraksts nav objekts".to_owned(),
        Empty => "nedrīkst būt tukšs".to_owned(),
        NotCount => "jābūt veselam nenegatīvam skaitlim".to_owned(),
        TooLong(n) => format!("pārāk garš (ne vairāk kā {n} rakstzīmes)"),
        TooMany(n) => format!("pārāk daudz elementu (ne vairāk kā {n})"),
        NotSlug(v) => {
            format!("„{v}” nav derīgs identifikators (tikai mazie latīņu burti, cipari un defises)")
        }
        DuplicateId(v) => format!("identifikators „{v}” jau izmantots"),
        UnknownMunicipality(v) => format!("nezināms novads „{v}”{}", hint(p)),
        UnknownPlace(v) => format!("nav vietas ar identifikatoru „{v}”"),
        UnknownKind(v) => format!("nezināms vietas veids „{v}”{}", hint(p)),
        UnknownCategory(v) => format!("nezināma notikuma kategorija „{v}”{}", hint(p)),
        UnknownConfidence(v) => {
            format!("ticamībai jābūt high, medium vai low, nevis „{v}”{}", hint(p))
        }
        OutsideLatvia(x) => format!("{} ir ārpus Latvijas robežām", short(*x, 5)),
        LatLonPair => "lat un lon jānorāda abi vai neviens".to_owned(),
        DateFormat(v) => {
            format!("„{v}” nav datums formā GGGG-MM-DD, GGGG-MM-DDTHH:MM+03:00 vai GGGG-MM")
        }
        DateNotReal(v) => format!("datums „{v}” neeksistē"),
        EndBeforeStart(end, start) => {
            format!("beigas (end) {end} ir pirms sākuma (start) {start} — varbūt jāsamaina vietām?")
        }
        NotWebLink(v) => format!("saitei „{v}” jāsākas ar https:// vai http://"),
        BadEmail(v) => format!("„{v}” nav e-pasta adrese (piemēram, vards@example.lv)"),
        BadPhone(v) => {
            format!("„{v}” nav tālruņa numurs (cipari, atstarpes, +, - un iekavas)")
        }
        NotYear => format!(
            "jābūt gadam no {} līdz {}",
            validate::MEMBER_SINCE.0,
            validate::MEMBER_SINCE.1
        ),
        NotLocalImage(v) => format!(
            "„{v}” jābūt vietnes attēla failam mapē public/ (piemēram, images/signs/sece.svg), nevis tīmekļa adresei"
        ),
        BadLink(v) => format!("saitei „{v}” jāsākas ar https://, http://, mailto: vai tel:"),
    }
}

/// " — varbūt „jekabpils”?" when a known value is close to the typed one.
fn hint(p: &Problem) -> String {
    validate::suggestion(p)
        .map(|s| format!(" — varbūt domāts „{s}”?"))
        .unwrap_or_default()
}

fn embed_view_name(v: EmbedView) -> &'static str {
    match v {
        EmbedView::Map => "Karte",
        EmbedView::List => "Vietu saraksts",
        EmbedView::Both => "Saraksts un karte",
        EmbedView::CalendarMonth => "Kalendārs: mēnesis",
        EmbedView::CalendarList => "Kalendārs: notikumu saraksts",
    }
}

/// The locative ("kur?"): "Jēkabpils novadā".
fn municipality_in(m: MunicipalityId) -> &'static str {
    match m {
        MunicipalityId::Aizkraukle => "Aizkraukles novadā",
        MunicipalityId::Jekabpils => "Jēkabpils novadā",
        MunicipalityId::Augsdaugava => "Augšdaugavas novadā",
        MunicipalityId::Kraslava => "Krāslavas novadā",
        MunicipalityId::Daugavpils => "Daugavpils Grīvā",
    }
}

fn places_in(n: usize, within: &str) -> String {
    let within = if within.is_empty() {
        "Sēlijā"
    } else {
        within
    };
    format!("{n} {} {within}", plural::lv(n, "vieta", "vietas"))
}

fn events_in(n: usize, within: &str) -> String {
    let within = if within.is_empty() {
        "Sēlijā"
    } else {
        within
    };
    format!("{n} {} {within}", plural::lv(n, "notikums", "notikumi"))
}

fn embed_title(v: EmbedView, within: &str) -> String {
    let within = if within.is_empty() {
        "Sēlijā"
    } else {
        within
    };
    let what = match v {
        EmbedView::Map => "vietu karte",
        EmbedView::List => "vietu saraksts",
        EmbedView::Both => "vietu saraksts un karte",
        EmbedView::CalendarMonth | EmbedView::CalendarList => "notikumu kalendārs",
    };
    format!("Sēlijas salas: {what} {within}")
}

/// The texts of the pages the build writes (`src/pages`).
pub static PAGES: PageTexts = PageTexts {
    site_name: "Sēlijas salas",
    tagline: "Sēlijas kopienu karte un kalendārs",
    home_title: "Sēlijas salas — Sēlijas kopienu karte un kalendārs",
    home_description: "Sēlijas lauku kopienu sadarbības tīkls „Sēlijas salas”: \
        kopienas, apdzīvotas vietas un apskates vietas kartē un sarakstā, \
        un tīkla notikumu kalendārs.",
    calendar_title: "Notikumu kalendārs — Sēlijas salas",
    calendar_description: "Sēlijas kopienu, tīkla „Sēlijas salas” un novada \
        notikumi: mēneša kalendārs, saraksts un iCalendar eksports.",
    embed_title: "Sēlijas salas — karte",
    embed_calendar_title: "Sēlijas salas — notikumu kalendārs",
    trip_description: "Sēlijas vietas un notikumi vienā ceļojuma plānā: \
        pieturas secībā, attālumi starp tām un karte.",
    image_alt: "Sēlijas salas — Sēlijas kopienu karte un kalendārs",
    noscript: "JavaScript ir izslēgts: šo lapu var lasīt un tās saites \
        izmantot, bet filtriem, kartei, kalendāra skatiem un ceļojuma \
        plānotājam tas ir vajadzīgs.",
    place_title: "{name} — Sēlijas salas",
    event_title: "{title} — Sēlijas salas",
    place_fallback: "{kind}, {municipality}. Sēlijas kopienu karte un kalendārs.",
    event_description: "{when}. {text}",
};
fn trip_add_named(name: &str) -> String {
    format!("Pievienot ceļojumam: {name}")
}

fn trip_counter(n: usize) -> String {
    format!("Ceļojums: {}", places_count(n))
}

fn trip_full(n: usize) -> String {
    format!("Ceļojumā jau ir {n} pieturas, vairāk nevar pievienot.")
}

fn trip_move_up(name: &str) -> String {
    format!("Pārvietot augšup: {name}")
}

fn trip_move_down(name: &str) -> String {
    format!("Pārvietot lejup: {name}")
}

fn trip_remove(name: &str) -> String {
    format!("Izņemt no ceļojuma: {name}")
}

fn trip_day_of(name: &str) -> String {
    format!("Diena: {name}")
}

fn trip_moved(name: &str, position: usize) -> String {
    format!("{name} pārvietota uz {position}. vietu")
}

fn trip_moved_day(name: &str, day: usize) -> String {
    format!("{name} pārvietota uz {day}. dienu")
}

fn trip_removed(name: &str) -> String {
    format!("{name} izņemta no ceļojuma")
}

fn trip_google(part: usize, parts: usize) -> String {
    if parts > 1 {
        format!("Google Maps, {part}. daļa no {parts}")
    } else {
        "Google Maps".to_owned()
    }
}

fn trip_replace_question(n: usize) -> String {
    format!("Aizstāt jūsu ceļojumu ({}) ar šo?", places_count(n))
}
