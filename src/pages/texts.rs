//! The fixed texts of the generated pages come from the app's translation
//! tables (`src/i18n/pages.rs` declares them; `lv.rs` and `en.rs` hold
//! them). Every page is written in each language (`page::plan`).

use crate::domain::Lang;

pub use crate::i18n::pages::PageTexts as Texts;

/// The table for a language.
pub fn texts(lang: Lang) -> &'static Texts {
    crate::i18n::texts(lang).pages
}

/// Fills `{key}` placeholders of a template in one pass, so a value that
/// itself contains `{…}` (data text may) is never filled again. Values are
/// inserted as they are; escaping is the caller's business (it knows the
/// context).
pub fn fill(template: &str, values: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(template.len() + 64);
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let value = after.find('}').and_then(|close| {
            let key = &after[..close];
            values
                .iter()
                .find(|(k, _)| *k == key)
                .map(|(_, v)| (*v, close))
        });
        match value {
            Some((v, close)) => {
                out.push_str(v);
                rest = &after[close + 1..];
            }
            None => {
                out.push('{');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}
