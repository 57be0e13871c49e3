//! `selija-data check`: the app's validation of a JSON dataset, each
//! problem placed at its line and column, its record and its JSON path.

pub use super::import::list_name;
use super::locate::Positions;
use crate::domain::validate::{self, Issue, LoadError, Loaded, Problem};
use crate::domain::Lang;
use crate::i18n::texts;

/// A problem and where it is.
#[derive(Clone, Debug, PartialEq)]
pub struct Located {
    /// The validator's report.
    pub issue: Issue,
    /// 1-based line of the field (or the record) in the file.
    pub line: usize,
    /// 1-based column, in characters.
    pub column: usize,
    /// The JSON path, records and items counted from 1: `events[12].end`.
    pub path: String,
    /// For a duplicate id: the line of the record that has it first.
    pub first_line: Option<usize>,
}

/// What a check found.
#[derive(Clone, Debug, PartialEq)]
pub struct Checked {
    /// The valid records and the validator's reports.
    pub loaded: Loaded,
    /// Every report, placed, in file order.
    pub located: Vec<Located>,
}

/// Validates `text` exactly as the app does and places every problem.
pub fn check_text(text: &str) -> Result<Checked, LoadError> {
    // The validator skips a BOM; positions must count from the same place.
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let loaded = validate::load(text)?;
    let positions = Positions::new(text);
    let mut located: Vec<Located> = loaded
        .issues
        .iter()
        .map(|issue| locate(positions.as_ref(), issue))
        .collect();
    located.sort_by_key(|l| (l.line, l.column));
    Ok(Checked { loaded, located })
}

fn locate(positions: Option<&Positions>, issue: &Issue) -> Located {
    let list = list_name(issue.section);
    let mut path = format!("{list}[{}]", issue.index + 1);
    if !issue.field.is_empty() {
        path.push('.');
        path.push_str(&issue.field);
    }
    let (line, column) = positions
        .and_then(|p| {
            p.field(list, issue.index, &issue.field)
                .map(|o| p.line_column(o))
        })
        .unwrap_or((1, 1));
    // The validator names the later of two records with one id; the
    // editor needs both.
    let first_line = match (&issue.problem, positions) {
        (Problem::DuplicateId(id), Some(p)) => (0..issue.index)
            .find(|&j| p.id(list, j).as_deref() == Some(id.as_str()))
            .and_then(|j| p.record(list, j))
            .map(|o| p.line_column(o).0),
        _ => None,
    };
    Located {
        issue: issue.clone(),
        line,
        column,
        path,
        first_line,
    }
}

/// One report line: `FILE:LINE:COLUMN: PATH, RECORD: PROBLEM`, the way
/// compilers write it, so editors (and editors' editors) can jump to it.
pub fn format_located(lang: Lang, file: &str, l: &Located) -> String {
    let t = texts(lang);
    let mut problem = (t.problem)(&l.issue.problem);
    if let Some(first) = l.first_line {
        problem.push(' ');
        problem.push_str(&(t.twice_at)(false, first, l.line));
    }
    format!(
        "{file}:{}:{}: {}, {}: {problem}",
        l.line,
        l.column,
        l.path,
        (t.record_ref)(&l.issue.record)
    )
}

/// The report of a file that could not be used at all.
pub fn format_load_error(lang: Lang, file: &str, e: &LoadError) -> String {
    let message = crate::i18n::load_error(lang, e);
    match e {
        LoadError::NotJson { line, column } => format!("{file}:{line}:{column}: {message}"),
        _ => format!("{file}: {message}"),
    }
}

/// The summary line after the problems.
pub fn summary(lang: Lang, loaded: &Loaded) -> String {
    let t = texts(lang);
    if loaded.issues.is_empty() {
        (t.check_clean)(loaded.dataset.places.len(), loaded.dataset.events.len())
    } else {
        (t.check_failed)(loaded.issues.len(), loaded.skipped_records())
    }
}
