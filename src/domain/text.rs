//! Languages, bilingual text, the search folding that makes `akniste`
//! find "Aknīste", and HTML escaping.

use std::fmt;
use std::str::FromStr;

/// A language of the user interface and of the data. Latvian comes first.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub enum Lang {
    /// Latvian, the default.
    #[default]
    Lv,
    /// English.
    En,
}

impl Lang {
    /// Every supported language, Latvian first.
    pub const ALL: [Lang; 2] = [Lang::Lv, Lang::En];

    /// The BCP 47 code, as used in `lang=` and `<html lang>`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Lv => "lv",
            Lang::En => "en",
        }
    }

    /// Picks the language from the browser's preferred languages: Latvian when
    /// any of them is Latvian, else English.
    pub fn from_preferences<'a>(languages: impl IntoIterator<Item = &'a str>) -> Lang {
        let latvian = languages
            .into_iter()
            .any(|l| l.get(..2).is_some_and(|p| p.eq_ignore_ascii_case("lv")));
        if latvian {
            Lang::Lv
        } else {
            Lang::En
        }
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

impl FromStr for Lang {
    type Err = ();
    fn from_str(s: &str) -> Result<Self, ()> {
        match s {
            "lv" => Ok(Lang::Lv),
            "en" => Ok(Lang::En),
            _ => Err(()),
        }
    }
}

/// Text in both languages. English falls back to Latvian when the data has
/// no English version.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct Localized {
    /// Latvian text (always present for names and titles).
    pub lv: String,
    /// English text; may be empty, then Latvian is shown.
    pub en: String,
}

impl Localized {
    /// Builds a text from both languages.
    pub fn new(lv: impl Into<String>, en: impl Into<String>) -> Self {
        Localized {
            lv: lv.into(),
            en: en.into(),
        }
    }

    /// The text in `lang`, or in Latvian when that is missing.
    pub fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::En if !self.en.is_empty() => &self.en,
            _ => &self.lv,
        }
    }

    /// True when neither language has text.
    pub fn is_empty(&self) -> bool {
        self.lv.is_empty() && self.en.is_empty()
    }
}

/// The candidate closest to a mistyped `value`, for "did you mean …?":
/// the one with the fewest single-character edits (Levenshtein distance),
/// when that is small for the word's length (at most 1 edit for words up to
/// 4 letters, 2 for longer ones) and no other candidate is as close.
pub fn closest<'a>(value: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    let value = value.trim().to_lowercase();
    let limit = if value.chars().count() <= 4 { 1 } else { 2 };
    let mut best: Option<(usize, &'a str)> = None;
    let mut tie = false;
    for c in candidates {
        let d = edit_distance(&value, c);
        match best {
            Some((b, _)) if d > b => {}
            Some((b, _)) if d == b => tie = true,
            _ => {
                best = Some((d, c));
                tie = false;
            }
        }
    }
    match best {
        // Distance 0 is the value itself after folding case: still a hint.
        Some((d, c)) if d <= limit && !tie => Some(c),
        _ => None,
    }
}

/// The Levenshtein distance between two texts, counted in characters (two
/// rows of the classic table: the words here are short ids).
pub fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    let mut row = vec![0; b.len() + 1];
    for (i, ca) in a.chars().enumerate() {
        row[0] = i + 1;
        for (j, &cb) in b.iter().enumerate() {
            let substitute = prev[j] + usize::from(ca != cb);
            row[j + 1] = substitute.min(prev[j + 1] + 1).min(row[j] + 1);
        }
        std::mem::swap(&mut prev, &mut row);
    }
    prev[b.len()]
}

/// A text given in Latvian only (the first format's plain strings, e.g. a
/// venue's `location.name`): English falls back to it.
impl From<&str> for Localized {
    fn from(lv: &str) -> Self {
        Localized::new(lv, "")
    }
}

/// Folds text for searching: lower case, Latvian (and common Latin) diacritics
/// removed, runs of whitespace and punctuation turned into single spaces.
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut pending_space = false;
    for c in text.chars() {
        if c.is_alphanumeric() {
            if pending_space && !out.is_empty() {
                out.push(' ');
            }
            pending_space = false;
            for lower in c.to_lowercase() {
                out.push(strip_diacritic(lower));
            }
        } else {
            pending_space = true;
        }
    }
    out
}

/// The base letter of a lower-case letter with a diacritic.
fn strip_diacritic(c: char) -> char {
    match c {
        'ā' | 'á' | 'à' | 'ä' | 'â' | 'ą' | 'å' => 'a',
        'č' | 'ć' | 'ç' => 'c',
        'ē' | 'é' | 'è' | 'ë' | 'ê' | 'ę' | 'ė' => 'e',
        'ģ' => 'g',
        'ī' | 'í' | 'ì' | 'ï' | 'î' | 'į' => 'i',
        'ķ' => 'k',
        'ļ' | 'ł' => 'l',
        'ņ' | 'ń' | 'ñ' => 'n',
        'ō' | 'ó' | 'ò' | 'ö' | 'ô' | 'õ' => 'o',
        'ŗ' => 'r',
        'š' | 'ś' => 's',
        'ū' | 'ú' | 'ù' | 'ü' | 'û' | 'ų' => 'u',
        'ž' | 'ź' | 'ż' => 'z',
        other => other,
    }
}

/// Appends `text` to `out` escaped for HTML, both as element text and as a
/// double- or single-quoted attribute value.
pub fn escape_html(out: &mut String, text: &str) {
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn edit_distances_and_suggestions() {
        assert_eq!(edit_distance("jekabpls", "jekabpils"), 1);
        assert_eq!(edit_distance("", "abc"), 3);
        assert_eq!(edit_distance("kitten", "sitting"), 3);
        let ids = [
            "aizkraukle",
            "jekabpils",
            "augsdaugava",
            "kraslava",
            "daugavpils",
        ];
        assert_eq!(closest("jekabpls", ids), Some("jekabpils"));
        assert_eq!(closest("Kraslava", ids), Some("kraslava"));
        assert_eq!(closest("riga", ids), None);
        assert_eq!(closest("hig", ["high", "medium", "low"]), Some("high"));
    }

    #[test]
    fn fold_removes_case_and_latvian_diacritics() {
        assert_eq!(fold("Aknīste"), "akniste");
        assert_eq!(fold("SĒLPILS"), "selpils");
        assert_eq!(fold("Ģēģeris Ķļūņa Žŗš"), "gegeris kluna zrs");
        assert_eq!(fold("  Daugavpils – Grīva "), "daugavpils griva");
    }

    #[test]
    fn english_falls_back_to_latvian() {
        let t = Localized::new("Sece", "");
        assert_eq!(t.get(Lang::En), "Sece");
        let t = Localized::new("muiža", "manor");
        assert_eq!(t.get(Lang::En), "manor");
        assert_eq!(t.get(Lang::Lv), "muiža");
    }

    #[test]
    fn language_from_browser_preferences() {
        assert_eq!(Lang::from_preferences(["en-US", "lv-LV"]), Lang::Lv);
        assert_eq!(Lang::from_preferences(["LV"]), Lang::Lv);
        assert_eq!(Lang::from_preferences(["en-GB", "de"]), Lang::En);
        assert_eq!(Lang::from_preferences([]), Lang::En);
        assert_eq!("lv".parse::<Lang>(), Ok(Lang::Lv));
        assert!("xx".parse::<Lang>().is_err());
    }
}
