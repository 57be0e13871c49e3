//! The app shell: `index.html` exactly as trunk generated it (hashed script,
//! wasm and css names, `<base href>`, preload links, the boot placeholder),
//! into which each page's own head — and later its body — is written.

use super::html::{attribute, escape, find_end_tag, find_tag};
use super::texts::texts;
use crate::domain::Lang;
use std::fmt;

/// Marks the tags the page writer adds, so that running it twice on the
/// same directory replaces them instead of adding a second set.
const BEGIN: &str = "<!-- selija-pages: head -->";
/// Closes the block that [`BEGIN`] opens.
const END: &str = "<!-- /selija-pages -->";

/// Trunk's generated `index.html`.
#[derive(Clone, Debug)]
pub struct Shell {
    /// The HTML with any earlier generated block, `<title>` and
    /// `<meta name="description">` removed; `head_at` marks where they were.
    html: String,
    /// Where the page's head block goes (where `<title>` was).
    head_at: usize,
    /// The `<base href>` value (`/` when the shell has none).
    base_href: String,
}

/// Why the shell cannot be used.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ShellError {
    /// No `<head>…</head>`.
    NoHead,
}

impl fmt::Display for ShellError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ShellError::NoHead => f.write_str("index.html has no <head>…</head>"),
        }
    }
}

impl std::error::Error for ShellError {}

impl Shell {
    /// Reads the shell from trunk's `index.html`.
    pub fn parse(html: &str) -> Result<Shell, ShellError> {
        let mut html = html.to_owned();
        // An earlier run's block (the hook ran twice on one directory): its
        // place is where the title was, so the new block goes there.
        let mut slot = None;
        if let (Some(b), Some(e)) = (html.find(BEGIN), html.find(END)) {
            if b < e {
                html.replace_range(b..e + END.len(), "");
                slot = Some(b);
            }
        }
        let head = find_tag(&html, "head", 0).ok_or(ShellError::NoHead)?;
        let head_end = find_end_tag(&html, "head", head.end).ok_or(ShellError::NoHead)?;

        let base_href = find_tag(&html[..head_end.start], "base", head.end)
            .and_then(|t| attribute(&html[t.start..t.end], "href").map(str::to_owned))
            .unwrap_or_else(|| "/".to_owned());

        // Every page writes its own description; drop the shell's, with the
        // indentation before it so no blank line is left.
        let mut from = head.end;
        while let Some(t) = find_tag(&html, "meta", from) {
            if t.start >= head_end_of(&html) {
                break;
            }
            let tag = &html[t.start..t.end];
            if attribute(tag, "name").is_some_and(|n| n.eq_ignore_ascii_case("description")) {
                let start = html[..t.start].trim_end_matches([' ', '\t']).len();
                let start = html[..start].strip_suffix('\n').map_or(start, str::len);
                html.replace_range(start..t.end, "");
                if let Some(s) = slot.as_mut().filter(|s| **s > start) {
                    *s -= t.end - start;
                }
                from = start;
            } else {
                from = t.end;
            }
        }

        // The title's place becomes the head block's place.
        let head_at = match find_tag(&html, "title", head.end) {
            Some(t) if t.start < head_end_of(&html) => {
                let close = find_end_tag(&html, "title", t.end).ok_or(ShellError::NoHead)?;
                html.replace_range(t.start..close.end, "");
                t.start
            }
            _ => slot.unwrap_or_else(|| head_end_of(&html)),
        };
        Ok(Shell {
            html,
            head_at,
            base_href,
        })
    }

    /// The `<base href>` trunk wrote: its public URL.
    pub fn base_href(&self) -> &str {
        &self.base_href
    }

    /// The shell in `lang` (`<html lang>`) with `head` (tags, already
    /// escaped) where the title was, `header` (HTML) in place of the boot
    /// placeholder's `<header>` when it has one, its `<noscript>` note in
    /// `lang`, and, when given, `body` (HTML) as the content of its first
    /// `<main>` — the boot placeholder's, which the app replaces when it
    /// starts.
    pub fn render(&self, lang: Lang, head: &str, header: &str, body: Option<&str>) -> String {
        let mut out = String::with_capacity(self.html.len() + head.len() + header.len() + 64);
        out.push_str(&self.html[..self.head_at]);
        out.push_str(BEGIN);
        out.push_str(head);
        out.push_str(END);
        out.push_str(&self.html[self.head_at..]);
        set_lang(&mut out, lang);
        if let Some(tag) = find_tag(&out, "header", 0) {
            if let Some(close) = find_end_tag(&out, "header", tag.end) {
                out.replace_range(tag.start..close.end, header);
            }
        }
        set_noscript(&mut out, texts(lang).noscript);
        if let Some(body) = body {
            let main = find_tag(&out, "main", 0);
            let close = main.and_then(|m| find_end_tag(&out, "main", m.end));
            if let (Some(m), Some(c)) = (main, close) {
                out.replace_range(m.end..c.start, body);
            }
        }
        out
    }
}

/// Puts `text` (in the page's language) into the shell's `<noscript>`,
/// whose own words are both languages' and unstyled.
fn set_noscript(html: &mut String, text: &str) {
    let Some(tag) = find_tag(html, "noscript", 0) else {
        return;
    };
    if let Some(close) = find_end_tag(html, "noscript", tag.end) {
        html.replace_range(
            tag.end..close.start,
            &format!(r#"<p class="noscript-note">{}</p>"#, escape(text)),
        );
    }
}

/// Sets the `lang` attribute of the `<html>` tag (adding it when missing).
fn set_lang(html: &mut String, lang: Lang) {
    let Some(tag) = find_tag(html, "html", 0) else {
        return;
    };
    // Our index.html writes `lang="…"` in lower case with double quotes.
    const ATTR: &str = r#" lang=""#;
    let value = html[tag.start..tag.end].find(ATTR).and_then(|at| {
        let start = tag.start + at + ATTR.len();
        html[start..tag.end].find('"').map(|len| start..start + len)
    });
    match value {
        Some(range) => html.replace_range(range, lang.code()),
        None => html.insert_str(tag.start + "<html".len(), &format!(r#" lang="{lang}""#)),
    }
}

/// Where `</head>` starts (the end of the text when there is none).
fn head_end_of(html: &str) -> usize {
    find_end_tag(html, "head", 0).map_or(html.len(), |t| t.start)
}
