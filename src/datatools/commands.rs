//! The commands of `selija-data` (native only: they read and write files).
//! Each returns a [`Report`] (the lines to print and the exit code) so
//! tests can compare it with golden files.

use super::import::{build, Table};
use super::table::{self, Sheet, SheetError};
use crate::domain::opendata;
use crate::domain::validate::{self, Section};
use crate::domain::Lang;
use crate::i18n::texts;
use serde_json::Value;
use std::fs;
use std::path::Path;

/// What a command says and how it ends.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Report {
    /// Lines for the terminal, in order.
    pub lines: Vec<String>,
    /// 0 done and clean, 1 problems in the data (nothing written), 2 a file
    /// could not be read or written.
    pub code: u8,
}

impl Report {
    fn fail(code: u8, line: String) -> Report {
        Report {
            lines: vec![line],
            code,
        }
    }
}

/// The name a report gives a file: as the user typed it.
fn shown(path: &Path) -> String {
    path.display().to_string()
}

/// `check FILE`.
pub fn check(path: &Path, lang: Lang) -> Report {
    let file = shown(path);
    let raw = match fs::read(path) {
        Ok(raw) => raw,
        Err(e) => return Report::fail(2, format!("{file}: {e}")),
    };
    let Ok(text) = String::from_utf8(raw) else {
        return Report::fail(2, format!("{file}: {}", SheetError::NotUtf8.message(lang)));
    };
    check_json_text(&file, &text, lang)
}

/// `check` of a text already read (the browser's `/data` page would do the same).
pub fn check_json_text(file: &str, text: &str, lang: Lang) -> Report {
    match super::check::check_text(text) {
        Err(e) => Report::fail(1, super::check::format_load_error(lang, file, &e)),
        Ok(checked) => {
            let mut lines: Vec<String> = checked
                .located
                .iter()
                .map(|l| super::check::format_located(lang, file, l))
                .collect();
            lines.push(super::check::summary(lang, &checked.loaded));
            Report {
                lines,
                code: u8::from(!checked.loaded.issues.is_empty()),
            }
        }
    }
}

/// Reads a CSV file into a [`Table`].
pub fn read_table(section: Section, path: &Path, lang: Lang) -> Result<Table, Report> {
    let file = shown(path);
    let bytes = fs::read(path).map_err(|e| Report::fail(2, format!("{file}: {e}")))?;
    let sheet = table::read_csv(&bytes)
        .map_err(|e| Report::fail(2, format!("{file}: {}", e.message(lang))))?;
    Ok(Table {
        section,
        file,
        sheet,
    })
}

/// Writes `data` to `out` unless it exists and `force` is not set; the
/// summary line of a clean dataset, or why nothing was written.
pub fn write_dataset(data: &Value, out: &Path, force: bool, lang: Lang) -> Report {
    let t = texts(lang);
    let file = shown(out);
    if out.exists() && !force {
        return Report::fail(1, (t.exists_use_force)(&file));
    }
    let text = match serde_json::to_string_pretty(data) {
        Ok(text) => text + "\n",
        Err(e) => return Report::fail(2, format!("{file}: {e}")),
    };
    // Through a temporary file, so a failed write never leaves half a dataset.
    let tmp = out.with_extension("json.tmp");
    if let Err(e) = fs::write(&tmp, &text).and_then(|()| fs::rename(&tmp, out)) {
        let _ = fs::remove_file(&tmp);
        return Report::fail(2, format!("{file}: {e}"));
    }
    let summary = match validate::load(&text) {
        Ok(loaded) => super::check::summary(lang, &loaded),
        Err(e) => crate::i18n::load_error(lang, &e),
    };
    Report {
        lines: vec![format!("{file}: {summary}")],
        code: 0,
    }
}

/// `import-csv`: builds, checks and (only when clean) writes the dataset.
pub fn import_csv(
    places: &Path,
    events: Option<&Path>,
    sources: Option<&Path>,
    out: &Path,
    force: bool,
    lang: Lang,
) -> Report {
    let mut tables = Vec::new();
    for (section, path) in [
        (Section::Places, Some(places)),
        (Section::Events, events),
        (Section::Sources, sources),
    ] {
        if let Some(path) = path {
            match read_table(section, path, lang) {
                Ok(table) => tables.push(table),
                Err(report) => return report,
            }
        }
    }
    finish(build(&tables, lang), out, force, lang)
}

/// The end of an import: write, or list the problems and refuse.
fn finish(built: Result<Value, Vec<String>>, out: &Path, force: bool, lang: Lang) -> Report {
    match built {
        Ok(data) => write_dataset(&data, out, force, lang),
        Err(mut lines) => {
            lines.push(texts(lang).nothing_written.to_owned());
            Report { lines, code: 1 }
        }
    }
}

/// `import-geojson`: each Point feature becomes a place (its properties
/// are the `places.csv` columns; others, like QGIS's `fid` or uMap's
/// styles, are ignored); events and sources come from `base`, when given.
pub fn import_geojson(
    path: &Path,
    base: Option<&Path>,
    out: &Path,
    force: bool,
    lang: Lang,
) -> Report {
    let t = texts(lang);
    let file = shown(path);
    let text = match fs::read_to_string(path) {
        Ok(text) => text,
        Err(e) => return Report::fail(2, format!("{file}: {e}")),
    };
    let features = match text.parse::<geojson::GeoJson>() {
        Ok(geojson::GeoJson::FeatureCollection(fc)) => fc.features,
        Ok(geojson::GeoJson::Feature(f)) => vec![f],
        Ok(geojson::GeoJson::Geometry(_)) => Vec::new(),
        Err(e) => return Report::fail(1, format!("{file}: {e}")),
    };
    // Properties become a one-row sheet each, read by the CSV rules; an
    // old file's single-language properties (`parish`) are read too.
    let columns: Vec<&str> = opendata::PLACE_COLUMNS
        .iter()
        .copied()
        .chain(
            table::legacy_columns(Section::Places)
                .iter()
                .map(|(old, _)| *old),
        )
        .collect();
    let mut sheet = Sheet {
        header: columns.iter().map(|c| (*c).to_owned()).collect(),
        rows: Vec::new(),
    };
    let mut problems = Vec::new();
    for (i, feature) in features.iter().enumerate() {
        let point = match feature.geometry.as_ref().map(|g| &g.value) {
            Some(geojson::Value::Point(p)) if p.len() >= 2 => Some((p[1], p[0])),
            _ => None,
        };
        let Some((lat, lon)) = point else {
            problems.push(format!("{file}: features[{}]: {}", i + 1, t.not_a_point));
            continue;
        };
        let props = feature.properties.clone().unwrap_or_default();
        let row = columns
            .iter()
            .map(|column| match (*column, props.get(*column)) {
                ("lat", _) => crate::domain::num::short(lat, 7),
                ("lon", _) => crate::domain::num::short(lon, 7),
                ("id", None) => match &feature.id {
                    Some(geojson::feature::Id::String(s)) => s.clone(),
                    _ => String::new(),
                },
                (_, Some(v)) => property_text(v),
                (_, None) => String::new(),
            })
            .collect();
        sheet.rows.push(row);
    }
    if !problems.is_empty() {
        problems.push(t.nothing_written.to_owned());
        return Report {
            lines: problems,
            code: 1,
        };
    }
    let mut tables = vec![Table {
        section: Section::Places,
        file: file.clone(),
        sheet,
    }];
    if let Some(base) = base {
        match base_tables(base) {
            Ok(more) => tables.extend(more),
            Err(report) => return report,
        }
    }
    let built = build(&tables, lang).map_err(|lines| {
        // GeoJSON has features, not rows: feature n is "row" n + 1 here.
        lines
            .into_iter()
            .map(|l| l.replace(&format!("{file}: "), &format!("{file}: features → ")))
            .collect()
    });
    finish(built, out, force, lang)
}

/// A property as a cell: texts as they are, numbers and booleans written
/// out, lists one item per line.
fn property_text(v: &Value) -> String {
    match v {
        Value::Null => String::new(),
        Value::String(s) => s.clone(),
        Value::Array(items) => items
            .iter()
            .map(property_text)
            .collect::<Vec<_>>()
            .join("\n"),
        other => other.to_string(),
    }
}

/// Events and sources of an existing dataset, as tables (so an import of
/// places keeps them).
fn base_tables(path: &Path) -> Result<Vec<Table>, Report> {
    let file = shown(path);
    let text = fs::read_to_string(path).map_err(|e| Report::fail(2, format!("{file}: {e}")))?;
    let loaded = validate::load(&text)
        .map_err(|e| Report::fail(1, super::check::format_load_error(Lang::En, &file, &e)))?;
    let sheet = |header: &[&str], rows: Vec<Vec<String>>| Sheet {
        header: header.iter().map(|h| (*h).to_owned()).collect(),
        rows,
    };
    Ok(vec![
        Table {
            section: Section::Events,
            file: file.clone(),
            sheet: sheet(
                opendata::EVENT_COLUMNS,
                loaded
                    .dataset
                    .events
                    .iter()
                    .map(opendata::event_cells)
                    .collect(),
            ),
        },
        Table {
            section: Section::Sources,
            file,
            sheet: sheet(
                opendata::SOURCE_COLUMNS,
                loaded
                    .dataset
                    .sources
                    .iter()
                    .map(opendata::source_cells)
                    .collect(),
            ),
        },
    ])
}

/// What `export` writes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// `places.csv`, `events.csv`, `sources.csv`.
    Csv,
    /// `places.geojson`.
    GeoJson,
}

/// `export`: the dataset (only when it is clean) as spreadsheets or GeoJSON.
pub fn export(data: &Path, format: Format, dir: &Path, lang: Lang) -> Report {
    let checked = check(data, lang);
    if checked.code != 0 {
        let mut report = checked;
        report.lines.push(texts(lang).nothing_written.to_owned());
        return report;
    }
    let loaded = match fs::read_to_string(data)
        .ok()
        .and_then(|text| validate::load(&text).ok())
    {
        Some(loaded) => loaded,
        None => return Report::fail(2, format!("{}: unreadable", shown(data))),
    };
    let d = &loaded.dataset;
    let files: Vec<(&str, String)> = match format {
        Format::Csv => vec![
            ("places.csv", opendata::places_csv(&d.places)),
            ("events.csv", opendata::events_csv(&d.events)),
            ("sources.csv", opendata::sources_csv(&d.sources)),
        ],
        Format::GeoJson => {
            let (text, left_out) = opendata::places_geojson(&d.places);
            let mut report = write_files(dir, &[("places.geojson", text)]);
            if left_out > 0 {
                report
                    .lines
                    .push((texts(lang).left_out_no_coords)(left_out));
            }
            return report;
        }
    };
    write_files(dir, &files)
}

fn write_files(dir: &Path, files: &[(&str, String)]) -> Report {
    if let Err(e) = fs::create_dir_all(dir) {
        return Report::fail(2, format!("{}: {e}", shown(dir)));
    }
    let mut lines = Vec::new();
    for (name, text) in files {
        let path = dir.join(name);
        if let Err(e) = fs::write(&path, text) {
            return Report::fail(2, format!("{}: {e}", shown(&path)));
        }
        lines.push(shown(&path));
    }
    Report { lines, code: 0 }
}

/// `publish`: checks the data, then puts it into an existing build with
/// the page writer's per-page files (no wasm is rebuilt: the app reads
/// `data/selija.json` when it starts).
pub fn publish(dist: &Path, data: &Path, site_url: &str, lang: Lang) -> Report {
    let mut report = check(data, lang);
    if report.code != 0 {
        report.lines.push(texts(lang).nothing_written.to_owned());
        return report;
    }
    let opts = crate::pages::Options {
        data: data.to_owned(),
        out: dist.to_owned(),
        site_url: site_url.to_owned(),
        // Keep the build's precompressed copies in step when it has them.
        compress: dist.join("index.html.br").exists(),
    };
    match crate::pages::run(&opts) {
        Ok(done) => {
            report.lines.push(format!(
                "{}: {} pages, {} oEmbed documents{}",
                shown(dist),
                done.pages,
                done.oembeds,
                if done.data_copied {
                    format!(", {} updated", crate::pages::DATA_FILE)
                } else {
                    String::new()
                }
            ));
            report
        }
        Err(e) => Report::fail(2, e.to_string()),
    }
}
