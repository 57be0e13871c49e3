//! Data problems in words: why the file could not be loaded, why a record
//! was skipped, which link parameter was ignored. The wording is the
//! language's ([`Texts`](super::Texts)`::problem`, `load_error`…); what is put
//! together here is the shape of a report line, the same in every language.

use super::texts;
use crate::domain::query::LinkChoice;
use crate::domain::validate::{Issue, LoadError, Problem};
use crate::domain::Lang;

/// "Saitē minētais novads „nowhere” nav atpazīts; tas ignorēts." /
/// "The municipality “nowhere” in the link is not known; it was ignored."
/// (Keys a visitor does not choose, the embeds' settings, are named.)
pub fn url_notice(lang: Lang, key: &str, value: &str) -> String {
    (texts(lang).url_notice)(LinkChoice::of_key(key), key, value)
}

/// Explains why the whole data file could not be used.
pub fn load_error(lang: Lang, e: &LoadError) -> String {
    (texts(lang).load_error)(e)
}

/// What is wrong with a field, in words.
pub fn problem(lang: Lang, p: &Problem) -> String {
    (texts(lang).problem)(p)
}

/// One line of the skipped-records report:
/// "vietas, ieraksts „sece”, lauks lat: 61.2 ir ārpus Latvijas robežām".
pub fn issue(lang: Lang, issue: &Issue) -> String {
    let t = texts(lang);
    let section = (t.section_name)(issue.section);
    let record = (t.record_ref)(&issue.record);
    let problem = (t.problem)(&issue.problem);
    if issue.field.is_empty() {
        format!("{section}, {record}: {problem}")
    } else {
        format!(
            "{section}, {record}, {} {}: {problem}",
            t.field, issue.field
        )
    }
}
