//! Spreadsheets into the dataset, checked: the one code path of
//! `selija-data import-csv` (and `import-geojson`, whose points become a
//! places table) and of the `/check` page in the browser, so both report
//! the same problems, by file, CSV row and column name.
//!
//! Pure: tables in, a dataset and problems out. Reading files is the
//! caller's (the commands read the disk, the page the chosen files).

use super::table::{self, read_csv, Sheet, SheetError};
use crate::domain::validate::{self, Issue, LoadError, Loaded, Problem, Section};
use crate::domain::Lang;
use crate::i18n::texts;
use serde_json::Value;

/// A table to import: its section, the name to report it by, its contents.
#[derive(Clone, Debug, PartialEq)]
pub struct Table {
    /// Places, events or sources.
    pub section: Section,
    /// The file's name, for reports.
    pub file: String,
    /// Its rows.
    pub sheet: Sheet,
}

/// The key of a section's list in the data file.
pub fn list_name(section: Section) -> &'static str {
    match section {
        Section::Municipalities => "municipalities",
        Section::Places => "places",
        Section::Events => "events",
        Section::Sources => "sources",
    }
}

/// One problem of an import, worded only when shown (so a page can
/// switch languages without importing again).
#[derive(Clone, Debug, PartialEq)]
pub enum TableProblem {
    /// A header cell the format does not know, and the likely column.
    UnknownColumn {
        /// The file.
        file: String,
        /// The column as written (trimmed, lower case).
        column: String,
        /// The known column it is closest to.
        guess: Option<String>,
    },
    /// A required column is not in the header row.
    MissingColumn {
        /// The file.
        file: String,
        /// The column.
        column: &'static str,
    },
    /// The built dataset could not be loaded at all (cannot happen for
    /// the shape built here; kept as a value rather than a panic).
    Unusable(LoadError),
    /// A cell the validator rejects.
    Cell {
        /// The file.
        file: String,
        /// The spreadsheet's row (the header is row 1).
        row: usize,
        /// The column the field is read from.
        column: String,
        /// The validator's report.
        issue: Issue,
        /// For a duplicate id: the row that has it first.
        first_row: Option<usize>,
    },
}

impl TableProblem {
    /// The report line, as `selija-data` prints it: `FILE: row R, column C
    /// (record “id”): what is wrong`.
    pub fn message(&self, lang: Lang) -> String {
        let t = texts(lang);
        match self {
            TableProblem::UnknownColumn {
                file,
                column,
                guess,
            } => format!("{file}: {}", (t.unknown_column)(column, guess.as_deref())),
            TableProblem::MissingColumn { file, column } => {
                format!("{file}: {}", (t.missing_column)(column))
            }
            TableProblem::Unusable(e) => crate::i18n::load_error(lang, e),
            TableProblem::Cell {
                file,
                row,
                column,
                issue,
                first_row,
            } => {
                let mut problem = (t.problem)(&issue.problem);
                if let Some(first) = first_row {
                    problem.push(' ');
                    problem.push_str(&(t.twice_at)(true, *first, *row));
                }
                format!(
                    "{file}: {} ({}): {problem}",
                    (t.at_row)(*row, column),
                    (t.record_ref)(&issue.record)
                )
            }
        }
    }
}

/// What an import gives.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Imported {
    /// The dataset's JSON as built from the tables; `None` when the header
    /// rows already failed (a misspelt column would fail every row).
    pub data: Option<Value>,
    /// What the validator kept (the preview's places) and reported.
    pub loaded: Option<Loaded>,
    /// Every problem, header ones first, then by table and row.
    pub problems: Vec<TableProblem>,
}

/// Builds the dataset from tables and checks it with the app's validator.
pub fn import(tables: &[Table]) -> Imported {
    let mut problems = Vec::new();
    // Header first: a missing or misspelt column would otherwise be
    // reported once per row.
    for table in tables {
        let known = table::known_columns(table.section);
        let legacy = table::legacy_columns(table.section);
        for column in &table.sheet.header {
            let old = legacy.iter().any(|(old, _)| old == column);
            if !column.is_empty() && !known.contains(&column.as_str()) && !old {
                let guess = crate::domain::text::closest(column, known.iter().copied());
                problems.push(TableProblem::UnknownColumn {
                    file: table.file.clone(),
                    column: column.clone(),
                    guess: guess.map(str::to_owned),
                });
            }
        }
        for &required in table::required_columns(table.section) {
            let header = &table.sheet.header;
            if !header
                .iter()
                .any(|h| h == table::column_in(table.section, header, required))
            {
                problems.push(TableProblem::MissingColumn {
                    file: table.file.clone(),
                    column: required,
                });
            }
        }
    }
    if !problems.is_empty() {
        return Imported {
            problems,
            ..Imported::default()
        };
    }
    let mut lists: [(Vec<Value>, Vec<usize>); 3] = Default::default();
    for table in tables {
        let slot = match table.section {
            Section::Places => 0,
            Section::Events => 1,
            _ => 2,
        };
        for (i, cells) in table.sheet.records().enumerate() {
            let Some(cells) = cells else { continue };
            let value = match table.section {
                Section::Places => table::place_value(&cells),
                Section::Events => table::event_value(&cells),
                _ => table::source_value(&cells),
            };
            lists[slot].0.push(value);
            // The spreadsheet's row: the header is row 1.
            lists[slot].1.push(i + 2);
        }
    }
    let [(places, place_rows), (events, event_rows), (sources, source_rows)] = lists;
    let data = table::dataset(places, events, sources);
    let loaded = match validate::load_value(&data) {
        Ok(loaded) => loaded,
        Err(e) => {
            return Imported {
                data: Some(data),
                loaded: None,
                problems: vec![TableProblem::Unusable(e)],
            }
        }
    };
    for issue in &loaded.issues {
        let rows = match issue.section {
            Section::Places => &place_rows,
            Section::Events => &event_rows,
            Section::Sources => &source_rows,
            // Built in: never wrong.
            Section::Municipalities => continue,
        };
        let table = tables.iter().find(|t| t.section == issue.section);
        let file = table.map_or("", |t| t.file.as_str());
        let row = rows.get(issue.index).copied().unwrap_or(0);
        let column = table::column_of(issue.section, &issue.field);
        // The column as the sheet names it (an old sheet's `parish`).
        let column = match table {
            Some(t) => table::column_in(issue.section, &t.sheet.header, &column).to_owned(),
            None => column,
        };
        let first_row = match &issue.problem {
            Problem::DuplicateId(id) => data
                .get(list_name(issue.section))
                .and_then(Value::as_array)
                .and_then(|items| {
                    items.iter().position(|v| {
                        v.get("id").and_then(Value::as_str).map(str::trim) == Some(id.as_str())
                    })
                })
                .and_then(|j| rows.get(j).copied()),
            _ => None,
        };
        problems.push(TableProblem::Cell {
            file: file.to_owned(),
            row,
            column,
            issue: issue.clone(),
            first_row,
        });
    }
    Imported {
        data: Some(data),
        loaded: Some(loaded),
        problems,
    }
}

/// [`import`] for a command: the JSON to write, or the report lines.
pub fn build(tables: &[Table], lang: Lang) -> Result<Value, Vec<String>> {
    let imported = import(tables);
    match imported.data {
        Some(data) if imported.problems.is_empty() => Ok(data),
        _ => Err(imported.problems.iter().map(|p| p.message(lang)).collect()),
    }
}

/// Which table a header row belongs to: the section whose own columns
/// (those no other table has) it names most; `None` when it names none,
/// or as many of two tables' own columns (then it is neither, clearly).
pub fn section_of_header(header: &[String]) -> Option<Section> {
    const TABLES: [Section; 3] = [Section::Places, Section::Events, Section::Sources];
    // A table's columns, with those an older sheet names (`parish`, `name`).
    let has = |section: Section, column: &str| {
        table::known_columns(section).contains(&column)
            || table::legacy_columns(section)
                .iter()
                .any(|(old, _)| *old == column)
    };
    let own = |section: Section, column: &str| {
        has(section, column)
            && TABLES
                .iter()
                .filter(|&&other| other != section)
                .all(|&other| !has(other, column))
    };
    let mut scores: Vec<(usize, Section)> = TABLES
        .iter()
        .map(|&section| {
            let n = header.iter().filter(|c| own(section, c)).count();
            (n, section)
        })
        .collect();
    scores.sort_by_key(|&(n, _)| std::cmp::Reverse(n));
    match scores.as_slice() {
        [(best, section), (second, _), ..] if *best > 0 && best > second => Some(*section),
        _ => None,
    }
}

/// What a chosen CSV file was taken for.
#[derive(Clone, Debug, PartialEq)]
pub enum Chosen {
    /// A table of this section.
    Table(Section),
    /// It could not be read as a table.
    Unreadable(SheetError),
    /// Its header row is neither a places, an events nor a sources table's.
    Neither,
    /// A second table of a section already chosen.
    Again(Section),
}

/// The files chosen on the page, each named by its header row, and the
/// import of their tables when they make a set (at most one of each, and
/// the places table among them).
#[derive(Clone, Debug, PartialEq)]
pub struct CsvCheck {
    /// Each file's name and what it was taken for, in the order chosen.
    pub files: Vec<(String, Chosen)>,
    /// The import, when the files make a set.
    pub imported: Option<Imported>,
}

impl CsvCheck {
    /// True when every file is a table but none is the places table
    /// (events name their place, so they are checked with the places).
    pub fn needs_places(&self) -> bool {
        self.files
            .iter()
            .all(|(_, c)| matches!(c, Chosen::Table(_)))
            && !self
                .files
                .iter()
                .any(|(_, c)| *c == Chosen::Table(Section::Places))
    }
}

/// Reads chosen CSV files (name, bytes), tells which table each is by its
/// header row, and imports them as `import-csv --places … --events …`
/// would.
pub fn check_csv_files(files: Vec<(String, Vec<u8>)>) -> CsvCheck {
    let mut chosen = Vec::new();
    let mut tables: Vec<Table> = Vec::new();
    for (file, bytes) in files {
        let note = match read_csv(&bytes) {
            Err(e) => Chosen::Unreadable(e),
            Ok(sheet) => match section_of_header(&sheet.header) {
                None => Chosen::Neither,
                Some(section) if tables.iter().any(|t| t.section == section) => {
                    Chosen::Again(section)
                }
                Some(section) => {
                    tables.push(Table {
                        section,
                        file: file.clone(),
                        sheet,
                    });
                    Chosen::Table(section)
                }
            },
        };
        chosen.push((file, note));
    }
    let mut check = CsvCheck {
        files: chosen,
        imported: None,
    };
    let usable = check
        .files
        .iter()
        .all(|(_, c)| matches!(c, Chosen::Table(_)));
    if usable && !check.needs_places() {
        // The command's order (places, events, sources), so header
        // problems come in the same order as its report.
        tables.sort_by_key(|t| match t.section {
            Section::Places => 0,
            Section::Events => 1,
            _ => 2,
        });
        check.imported = Some(import(&tables));
    }
    check
}

#[cfg(test)]
mod tests {
    use super::*;

    fn header(cols: &[&str]) -> Vec<String> {
        cols.iter().map(|c| (*c).to_owned()).collect()
    }

    #[test]
    fn tables_are_told_apart_by_their_headers() {
        let places = header(&["id", "kind", "name_lv", "municipality", "source"]);
        let events = header(&["id", "title_lv", "start", "category", "source"]);
        let sources = header(&["id", "name", "license", "url"]);
        let sources_now = header(&["id", "name_lv", "name_en", "license_lv", "url"]);
        assert_eq!(section_of_header(&sources_now), Some(Section::Sources));
        assert_eq!(section_of_header(&places), Some(Section::Places));
        assert_eq!(section_of_header(&events), Some(Section::Events));
        assert_eq!(section_of_header(&sources), Some(Section::Sources));
        // Shared columns alone say nothing; a list of fruit is neither.
        assert_eq!(section_of_header(&header(&["id", "source"])), None);
        assert_eq!(section_of_header(&header(&["apple", "pear"])), None);
        assert_eq!(section_of_header(&[]), None);
        // One misspelt column does not hide what the table is.
        let typo = header(&["id", "kynd", "name_lv", "municipality", "source"]);
        assert_eq!(section_of_header(&typo), Some(Section::Places));
        // As many of two tables' own columns: neither.
        assert_eq!(section_of_header(&header(&["kind", "start"])), None);
    }

    const PLACES: &str = "id;kind;name_lv;municipality;confidence;source\n\
        sece;village;Sece;aizkraukle;high;x\n";
    const EVENTS: &str = "id,title_lv,start,category,source,place\n\
        mkd,Dienas,2024-09-07,home-cafes,x,sece\n";

    #[test]
    fn chosen_files_make_a_set_or_say_why_not() {
        let file = |name: &str, text: &str| (name.to_owned(), text.as_bytes().to_vec());
        // Events first: the order chosen does not matter.
        let both = check_csv_files(vec![file("e.csv", EVENTS), file("p.csv", PLACES)]);
        assert_eq!(
            both.files,
            [
                ("e.csv".to_owned(), Chosen::Table(Section::Events)),
                ("p.csv".to_owned(), Chosen::Table(Section::Places)),
            ]
        );
        let imported = both.imported.expect("imported");
        assert_eq!(imported.problems, []);
        let loaded = imported.loaded.expect("loaded");
        assert_eq!(loaded.dataset.places.len(), 1);
        assert_eq!(loaded.dataset.events.len(), 1);

        let alone = check_csv_files(vec![file("e.csv", EVENTS)]);
        assert!(alone.needs_places());
        assert_eq!(alone.imported, None);

        let twice = check_csv_files(vec![file("a.csv", PLACES), file("b.csv", PLACES)]);
        assert_eq!(twice.files[1].1, Chosen::Again(Section::Places));
        assert!(!twice.needs_places());
        assert_eq!(twice.imported, None);

        let odd = check_csv_files(vec![file("p.csv", PLACES), file("x.csv", "a;b\n1;2\n")]);
        assert_eq!(odd.files[1].1, Chosen::Neither);
        assert_eq!(odd.imported, None);

        let empty = check_csv_files(vec![file("p.csv", "")]);
        assert_eq!(empty.files[0].1, Chosen::Unreadable(SheetError::Empty));
    }
}
