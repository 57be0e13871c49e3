//! Plural rules: which form of a word a number takes, one rule per language.
//!
//! The word forms themselves live in the language files; a language's
//! counting functions pass them to its rule here. Languages with more forms
//! (Lithuanian, Russian: three) get a function taking as many forms.

/// Latvian number agreement: numbers ending in 1 (but not 11) take the
/// singular (1 vieta, 21 vieta), all others the plural (2 vietas, 11 vietas,
/// 0 vietas).
pub fn lv_singular(n: usize) -> bool {
    n % 10 == 1 && n % 100 != 11
}

/// English number agreement: only exactly one takes the singular.
pub fn en_singular(n: usize) -> bool {
    n == 1
}

/// The Latvian form of a word for `n`: `lv(21, "vieta", "vietas")` is "vieta".
pub fn lv<'a>(n: usize, singular: &'a str, plural: &'a str) -> &'a str {
    if lv_singular(n) {
        singular
    } else {
        plural
    }
}

/// The English form of a word for `n`: `en(21, "place", "places")` is "places".
pub fn en<'a>(n: usize, singular: &'a str, plural: &'a str) -> &'a str {
    if en_singular(n) {
        singular
    } else {
        plural
    }
}
