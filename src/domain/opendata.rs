//! The open-data formats: the spreadsheet (CSV) columns of places, events
//! and sources, and the writers of CSV and GeoJSON (RFC 7946). Pure, so the
//! app's "Download" and `selija-data export` write the very same bytes, and
//! `selija-data import-csv` reads what they write (tests prove the round trip).
//!
//! Reading is not here: the data tools read with the `csv` and `geojson`
//! crates (native only); the browser only ever writes.

use super::calendar::riga_offset;
use super::dates::When;
use super::model::{Event, MunicipalityId, Place, Source};
use super::num::short;
use chrono::{Datelike, Timelike};

/// The columns of `places.csv`, in order (also the GeoJSON properties).
/// Every text shown to visitors has a column per language (`name_lv`,
/// `name_en`, `parish_lv`, `population_year_lv`, …); an empty `_en` means
/// the Latvian is shown.
/// Lists (`links`, `tags`, `social`) hold one item per line of the cell; a
/// link's line is its address, then optionally a space and its label.
pub const PLACE_COLUMNS: &[&str] = &[
    "id",
    "kind",
    "name_lv",
    "name_en",
    "municipality",
    "municipality_approximate",
    "parish_lv",
    "parish_en",
    "lat",
    "lon",
    "confidence",
    "population",
    "population_year_lv",
    "population_year_en",
    "description_lv",
    "description_en",
    "links",
    "tags",
    "source_lv",
    "source_en",
    "island_lv",
    "island_en",
    "member_since",
    "website",
    "email",
    "phone",
    "social",
    "identity_sign",
];

/// The columns of `events.csv`, in order. `municipalities` is a
/// comma-separated list of ids; `start`/`end` are `YYYY-MM-DD`,
/// `YYYY-MM-DD HH:MM` (Riga time) or `YYYY-MM`.
pub const EVENT_COLUMNS: &[&str] = &[
    "id",
    "title_lv",
    "title_en",
    "start",
    "end",
    "place",
    "location_name_lv",
    "location_name_en",
    "location_lat",
    "location_lon",
    "municipalities",
    "category",
    "description_lv",
    "description_en",
    "url",
    "source_lv",
    "source_en",
];

/// The columns of `sources.csv`.
pub const SOURCE_COLUMNS: &[&str] = &[
    "id",
    "name_lv",
    "name_en",
    "license_lv",
    "license_en",
    "url",
];

/// The municipalities' names, as the shipped data gives them; a dataset
/// imported from spreadsheets gets these (the ids are fixed by design).
pub const MUNICIPALITY_NAMES: &[(MunicipalityId, &str, &str)] = &[
    (
        MunicipalityId::Aizkraukle,
        "Aizkraukles novads",
        "Aizkraukle Municipality",
    ),
    (
        MunicipalityId::Jekabpils,
        "Jēkabpils novads",
        "Jēkabpils Municipality",
    ),
    (
        MunicipalityId::Augsdaugava,
        "Augšdaugavas novads",
        "Augšdaugava Municipality",
    ),
    (
        MunicipalityId::Kraslava,
        "Krāslavas novads",
        "Krāslava Municipality",
    ),
    (
        MunicipalityId::Daugavpils,
        "Daugavpils – Grīva",
        "Daugavpils – Grīva",
    ),
];

/// The separator of the CSV we write: Excel with a Latvian (or any
/// European) locale splits columns on `;` and reads `56,6` as a number.
pub const CSV_SEPARATOR: char = ';';

/// Decimals written for coordinates: a tenth of a millimetre more than any
/// source gives, so every coordinate of the data is written exactly.
const COORD_DECIMALS: u32 = 7;

/// A coordinate with a decimal comma, for the spreadsheet.
fn csv_degrees(x: f64) -> String {
    short(x, COORD_DECIMALS).replace('.', ",")
}

/// The cells of a place, in [`PLACE_COLUMNS`] order.
pub fn place_cells(p: &Place) -> Vec<String> {
    let (lat, lon) = match p.coord {
        Some(c) => (csv_degrees(c.lat), csv_degrees(c.lon)),
        None => (String::new(), String::new()),
    };
    let (population, population_year) = match &p.population {
        Some((n, year)) => (n.to_string(), year.clone()),
        None => (String::new(), Default::default()),
    };
    let links: Vec<String> = p
        .links
        .iter()
        .map(|l| {
            if l.label == l.url {
                l.url.clone()
            } else {
                format!("{} {}", l.url, l.label)
            }
        })
        .collect();
    let profile = &p.profile;
    let island = profile.island.clone().unwrap_or_default();
    let parish = p.parish.clone().unwrap_or_default();
    let contacts = &profile.contacts;
    vec![
        p.id.clone(),
        p.kind.slug().to_owned(),
        p.name.lv.clone(),
        p.name.en.clone(),
        p.municipality.slug().to_owned(),
        if p.municipality_approximate {
            "true".to_owned()
        } else {
            String::new()
        },
        parish.lv,
        parish.en,
        lat,
        lon,
        p.confidence.slug().to_owned(),
        population,
        population_year.lv,
        population_year.en,
        p.description.lv.clone(),
        p.description.en.clone(),
        links.join("\n"),
        p.tags.join("\n"),
        p.source.lv.clone(),
        p.source.en.clone(),
        island.lv,
        island.en,
        profile
            .member_since
            .map(|y| y.to_string())
            .unwrap_or_default(),
        contacts.website.clone().unwrap_or_default(),
        contacts.email.clone().unwrap_or_default(),
        contacts.phone.clone().unwrap_or_default(),
        contacts.social.join("\n"),
        profile.identity_sign.clone().unwrap_or_default(),
    ]
}

/// How a date is written in the spreadsheet: a time as `YYYY-MM-DD HH:MM`
/// on Riga's clock when the data wrote it with Riga's offset, else (a
/// time written in another zone) in full, so nothing is lost.
pub fn csv_when(w: When) -> String {
    match w {
        When::Time(t) if riga_offset(t.naive_utc()) == *t.offset() && t.second() == 0 => {
            // By hand: chrono's format strings cost bundle size.
            let l = t.naive_local();
            format!(
                "{:04}-{:02}-{:02} {:02}:{:02}",
                l.year(),
                l.month(),
                l.day(),
                l.hour(),
                l.minute()
            )
        }
        other => other.to_string(),
    }
}

/// The cells of an event, in [`EVENT_COLUMNS`] order.
pub fn event_cells(e: &Event) -> Vec<String> {
    let (loc_lv, loc_en, loc_lat, loc_lon) = match &e.location {
        Some(l) => {
            let (lat, lon) = l.coord.map_or((String::new(), String::new()), |c| {
                (csv_degrees(c.lat), csv_degrees(c.lon))
            });
            (l.name.lv.clone(), l.name.en.clone(), lat, lon)
        }
        None => (String::new(), String::new(), String::new(), String::new()),
    };
    let municipalities: Vec<&str> = e.municipalities.iter().map(|m| m.slug()).collect();
    vec![
        e.id.clone(),
        e.title.lv.clone(),
        e.title.en.clone(),
        csv_when(e.start),
        e.end.map(csv_when).unwrap_or_default(),
        e.place.clone().unwrap_or_default(),
        loc_lv,
        loc_en,
        loc_lat,
        loc_lon,
        municipalities.join(", "),
        e.category.slug().to_owned(),
        e.description.lv.clone(),
        e.description.en.clone(),
        e.url.clone().unwrap_or_default(),
        e.source.lv.clone(),
        e.source.en.clone(),
    ]
}

/// The cells of a source, in [`SOURCE_COLUMNS`] order.
pub fn source_cells(s: &Source) -> Vec<String> {
    let license = s.license.clone().unwrap_or_default();
    vec![
        s.id.clone(),
        s.name.lv.clone(),
        s.name.en.clone(),
        license.lv,
        license.en,
        s.url.clone().unwrap_or_default(),
    ]
}

/// A CSV file as spreadsheets open it directly: UTF-8 with a byte-order
/// mark (without it Excel guesses a legacy code page and garbles "ā"),
/// [`CSV_SEPARATOR`], CRLF line ends, fields quoted where they hold the
/// separator, a quote or a line break (RFC 4180 quoting).
pub fn write_csv(header: &[&str], rows: impl IntoIterator<Item = Vec<String>>) -> String {
    let mut out = String::from("\u{feff}");
    let mut line = |cells: &mut dyn Iterator<Item = &str>| {
        for (i, cell) in cells.enumerate() {
            if i > 0 {
                out.push(CSV_SEPARATOR);
            }
            if cell.contains([CSV_SEPARATOR, '"', '\n', '\r']) {
                out.push('"');
                out.push_str(&cell.replace('"', "\"\""));
                out.push('"');
            } else {
                out.push_str(cell);
            }
        }
        out.push_str("\r\n");
    };
    line(&mut header.iter().copied());
    for row in rows {
        line(&mut row.iter().map(String::as_str));
    }
    out
}

/// `places.csv` of these places.
pub fn places_csv<'a>(places: impl IntoIterator<Item = &'a Place>) -> String {
    write_csv(PLACE_COLUMNS, places.into_iter().map(place_cells))
}

/// `events.csv` of these events.
pub fn events_csv<'a>(events: impl IntoIterator<Item = &'a Event>) -> String {
    write_csv(EVENT_COLUMNS, events.into_iter().map(event_cells))
}

/// `sources.csv` of these sources.
pub fn sources_csv<'a>(sources: impl IntoIterator<Item = &'a Source>) -> String {
    write_csv(SOURCE_COLUMNS, sources.into_iter().map(source_cells))
}

/// A GeoJSON FeatureCollection (RFC 7946) of the places that have
/// coordinates: a Point per place (longitude first, WGS84), its `id`, and
/// the [`PLACE_COLUMNS`] as string properties (both languages), empty ones
/// left out. Returns the text and how many places were left out for having
/// no verified location.
pub fn places_geojson<'a>(places: impl IntoIterator<Item = &'a Place>) -> (String, usize) {
    let mut out = String::from("{\"type\":\"FeatureCollection\",\"features\":[");
    let mut left_out = 0;
    let mut first = true;
    for p in places {
        let Some(c) = p.coord else {
            left_out += 1;
            continue;
        };
        if !first {
            out.push(',');
        }
        first = false;
        out.push_str("\n{\"type\":\"Feature\",\"id\":");
        push_json_string(&mut out, &p.id);
        out.push_str(",\"geometry\":{\"type\":\"Point\",\"coordinates\":[");
        out.push_str(&short(c.lon, COORD_DECIMALS));
        out.push(',');
        out.push_str(&short(c.lat, COORD_DECIMALS));
        out.push_str("]},\"properties\":{");
        let mut first_prop = true;
        for (column, cell) in PLACE_COLUMNS.iter().zip(place_cells(p)) {
            // The geometry holds the position; the spreadsheet's comma
            // decimals have no place in JSON.
            if cell.is_empty() || matches!(*column, "lat" | "lon") {
                continue;
            }
            if !first_prop {
                out.push(',');
            }
            first_prop = false;
            push_json_string(&mut out, column);
            out.push(':');
            push_json_string(&mut out, &cell);
        }
        out.push_str("}}");
    }
    out.push_str("\n]}\n");
    (out, left_out)
}

/// Appends `s` as a JSON string (RFC 8259 escaping). Writing JSON needs no
/// parser, and serde's writer would bring its float printer into the app.
fn push_json_string(out: &mut String, s: &str) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
}

/// The download's file name after the filter's municipalities:
/// `selija-jekabpils-vietas.geojson`, `selija-vietas.csv` for all of Sēlija.
pub fn download_name(municipalities: &[MunicipalityId], extension: &str) -> String {
    let mut name = String::from("selija");
    for m in municipalities {
        name.push('-');
        name.push_str(m.slug());
    }
    format!("{name}-vietas.{extension}")
}
