//! The visitor's remembered language, the browser's languages, and the
//! document-level settings (`<html lang>`, title, base path, `<meta>`s).
//! (Whether the screen is a phone's is a signal in `web::media`.)

use super::document;
use crate::domain::Lang;
use wasm_bindgen::JsCast;

/// (src/pages/early.js writes this key and the cookie below too, for a
/// language picked on a pre-rendered page before the app runs.)
const LANG_KEY: &str = "selijas-salas.lang";

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// The language the visitor chose before, if storage is available.
pub fn stored_lang() -> Option<Lang> {
    storage()?.get_item(LANG_KEY).ok().flatten()?.parse().ok()
}

/// The cookie that tells the server the visitor's language, so that it
/// sends the pages in it (deploy/nginx.conf): storage never reaches it.
const LANG_COOKIE: &str = "selija_lang";

/// Remembers the visitor's language choice, in storage for the app and in
/// a cookie for the server (each silently skipped when blocked, e.g. in a
/// sandboxed iframe).
pub fn store_lang(lang: Lang) {
    if let Some(s) = storage() {
        let _ = s.set_item(LANG_KEY, lang.code());
    }
    let html = document().and_then(|d| d.dyn_into::<web_sys::HtmlDocument>().ok());
    if let Some(html) = html {
        // A year, for the app's folder only (a sub-path install shares its
        // host with other sites).
        let cookie = format!(
            "{LANG_COOKIE}={}; path={}/; max-age=31536000; SameSite=Lax",
            lang.code(),
            base_path()
        );
        let _ = html.set_cookie(&cookie);
    }
}

/// Latvian when any of the browser's preferred languages is Latvian, else English.
pub fn browser_lang() -> Lang {
    let languages: Vec<String> = web_sys::window()
        .map(|w| {
            w.navigator()
                .languages()
                .iter()
                .filter_map(|v| v.as_string())
                .collect()
        })
        .unwrap_or_default();
    Lang::from_preferences(languages.iter().map(String::as_str))
}

/// Sets `<html lang>` so screen readers pronounce the text right.
pub fn set_document_lang(lang: Lang) {
    if let Some(root) = document().and_then(|d| d.document_element()) {
        let _ = root.set_attribute("lang", lang.code());
    }
}

/// Sets the browser tab's title.
pub fn set_title(title: &str) {
    if let Some(d) = document() {
        d.set_title(title);
    }
}

/// The path prefix the app is served under (from `<base href>`), without a
/// trailing slash: `""` at the root, `"/selija"` under a sub-path.
pub fn base_path() -> String {
    let base = document().and_then(|d| d.base_uri().ok().flatten());
    let origin = web_sys::window().and_then(|w| w.location().origin().ok());
    match (base, origin) {
        (Some(base), Some(origin)) => base
            .strip_prefix(&origin)
            .unwrap_or("")
            .trim_end_matches('/')
            .to_owned(),
        _ => String::new(),
    }
}

/// The `content` of the page's `<meta name="…">`, if it has one.
pub fn meta_content(name: &str) -> Option<String> {
    document()?
        .query_selector(&format!("meta[name=\"{name}\"]"))
        .ok()
        .flatten()?
        .get_attribute("content")
}
