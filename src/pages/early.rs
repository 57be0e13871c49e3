//! The early script: `early.js` beside this file makes the pre-rendered
//! pages' links keep the visitor's language and URL, and the home page's
//! filters work, before the wasm has arrived (its header says
//! how). The writer gives it a file named by its hash, like trunk's own
//! (`early-<hash>.js`: servers cache it as immutable, the service worker
//! stores it with the app), and a `<script defer>` in the shell's head
//! before trunk's loader, so it runs first, as soon as the page is parsed.
//! A file, not inline: the Content-Security-Policy allows no inline script.

use super::html::{attribute, find_end_tag, find_tag};
use super::offline::fingerprint;

/// The script's text.
pub const EARLY_SCRIPT: &str = include_str!("early.js");

/// The file the script is written to, relative to the base.
pub fn file_name() -> String {
    format!("early-{:016x}.js", fingerprint(&[EARLY_SCRIPT.as_bytes()]))
}

/// `html` with a `<script defer>` for the early script (at `base_href`)
/// before its first `<script>` in the head, or at the end of the head.
/// An earlier run's tag (the hook ran twice on one directory) is replaced,
/// not repeated.
pub fn install(html: &str, base_href: &str) -> String {
    let mut html = without_early_tag(html);
    let tag = format!(
        r#"<script defer src="{base_href}{}"></script>"#,
        file_name()
    );
    let head_end = find_end_tag(&html, "head", 0).map_or(html.len(), |t| t.start);
    let at = find_tag(&html, "script", 0)
        .filter(|t| t.start < head_end)
        .map_or(head_end, |t| t.start);
    html.insert_str(at, &tag);
    html
}

/// `html` without any `<script … src="…early-….js"></script>`.
fn without_early_tag(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut at = 0;
    while let Some(open) = find_tag(html, "script", at) {
        let Some(close) = find_end_tag(html, "script", open.end) else {
            break;
        };
        let src = attribute(&html[open.start..open.end], "src").unwrap_or("");
        let file = src.rsplit('/').next().unwrap_or("");
        out.push_str(&html[at..open.start]);
        if !(file.starts_with("early-") && file.ends_with(".js")) {
            out.push_str(&html[open.start..close.end]);
        }
        at = close.end;
    }
    out.push_str(&html[at..]);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const SHELL: &str = r#"<html><head><title>x</title><script type="module" src="/boot-0123456789abcdef.js"></script></head><body></body></html>"#;

    #[test]
    fn goes_before_the_loader_with_a_hashed_name() {
        let out = install(SHELL, "/sub/");
        let tag = format!(r#"<script defer src="/sub/{}"></script>"#, file_name());
        let early = out.find(&tag);
        let boot = out.find(r#"<script type="module""#);
        assert!(early.is_some() && boot.is_some() && early < boot, "{out}");
        // trunk's pattern for hashed names: 16 hex digits.
        let hex = &file_name()["early-".len()..file_name().len() - ".js".len()];
        assert!(hex.len() == 16 && hex.chars().all(|c| c.is_ascii_hexdigit()));
    }

    #[test]
    fn a_second_run_replaces_the_tag() {
        let once = install(SHELL, "/");
        assert_eq!(install(&once, "/"), once);
        // An older build's tag goes too.
        let old = once.replace(&file_name(), "early-00000000000000ff.js");
        assert_eq!(install(&old, "/"), once);
    }

    #[test]
    fn without_scripts_it_closes_the_head() {
        let out = install(
            "<html><head><title>x</title></head><body></body></html>",
            "/",
        );
        assert!(out.contains(r#".js"></script></head>"#), "{out}");
    }
}
