//! The stylesheet goes into every page, so the first screen paints
//! without a second request: on a slow mobile link that request waits a
//! round trip and then shares the line with the wasm and the data, which
//! the page starts fetching at the same moment (`make bench-load`).
//!
//! The strict Content-Security-Policy allows no inline style, so the page
//! carries its own, narrower policy in a `<meta>`: `style-src` with the
//! SHA-256 of exactly that `<style>`. The server's header policy
//! (`deploy/nginx.conf`, the one home of the policy) allows inline styles;
//! a browser enforces both policies, so only this build's stylesheet runs.
//! The hash changes with every stylesheet and is written here, at build
//! time, never kept by hand.

use super::html::{attribute, find_end_tag, find_tag};
use base64::Engine as _;
use sha2::{Digest, Sha256};
use std::fmt;

/// Why the stylesheet could not be inlined.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StyleError {
    /// The page links a stylesheet the build does not hold.
    Missing(String),
    /// The stylesheet's text would end the `<style>` element early.
    ClosesStyle(String),
}

impl fmt::Display for StyleError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            StyleError::Missing(href) => write!(f, "stylesheet {href} is not in the build"),
            StyleError::ClosesStyle(href) => {
                write!(
                    f,
                    "stylesheet {href} contains `</style`; it cannot be inlined"
                )
            }
        }
    }
}

impl std::error::Error for StyleError {}

/// The value of a `'sha256-…'` CSP source for `text`.
pub fn csp_hash(text: &str) -> String {
    let digest = Sha256::digest(text.as_bytes());
    format!(
        "'sha256-{}'",
        base64::engine::general_purpose::STANDARD.encode(digest)
    )
}

/// The `<meta>` policy that allows exactly `css` as the page's inline style.
fn policy_meta(css: &str) -> String {
    format!(
        r#"<meta http-equiv="Content-Security-Policy" content="style-src 'self' {}" />"#,
        csp_hash(css)
    )
}

/// Replaces the head's local `<link rel="stylesheet">` with a `<style>`
/// holding the file's text, read through `read` (given the `href` without
/// `base_href`), and puts the matching `<meta>` policy right after
/// `<meta charset>`, before anything it governs. A shell already inlined
/// (the writer runs again on a published build) has no such link and comes
/// back unchanged. Remote stylesheets stay links.
pub fn inline_stylesheet(
    html: &str,
    base_href: &str,
    read: impl Fn(&str) -> Option<String>,
) -> Result<String, StyleError> {
    let head_end = find_end_tag(html, "head", 0).map_or(html.len(), |t| t.start);
    let mut from = 0;
    let link = loop {
        let Some(tag) = find_tag(html, "link", from).filter(|t| t.start < head_end) else {
            return Ok(html.to_owned());
        };
        let text = &html[tag.start..tag.end];
        let is_sheet = attribute(text, "rel").is_some_and(|r| r.eq_ignore_ascii_case("stylesheet"));
        let href = attribute(text, "href").unwrap_or("");
        let remote = href.contains("//") || href.starts_with("data:");
        if is_sheet && !href.is_empty() && !remote {
            break (tag, href.to_owned());
        }
        from = tag.end;
    };
    let (tag, href) = link;
    let local = href
        .strip_prefix(base_href)
        .unwrap_or(&href)
        .trim_start_matches('/');
    let css = compact(&read(local).ok_or_else(|| StyleError::Missing(href.clone()))?);
    if css.to_ascii_lowercase().contains("</style") {
        return Err(StyleError::ClosesStyle(href));
    }

    let mut out = String::with_capacity(html.len() + css.len() + 160);
    // The policy goes first in the head (after the charset, which must stay
    // within the first bytes): a <meta> policy governs only what follows it.
    let head = find_tag(html, "head", 0).map_or(0, |t| t.end);
    let charset = find_tag(html, "meta", head)
        .filter(|t| t.start < tag.start && attribute(&html[t.start..t.end], "charset").is_some());
    let policy_at = charset.map_or(head, |t| t.end);
    out.push_str(&html[..policy_at]);
    out.push_str("\n    ");
    out.push_str(&policy_meta(&css));
    out.push_str(&html[policy_at..tag.start]);
    out.push_str("<style>");
    out.push_str(&css);
    out.push_str("</style>");
    out.push_str(&html[tag.end..]);
    Ok(out)
}

/// `css` without its comments and with each run of white space made one
/// space, or none next to `{`, `}`, `;` and `,`; strings stay as they are.
/// `main.css`'s comments say why for the people who read it; every page
/// carries the stylesheet, so they would cost every visit (about a fifth
/// of its Brotli bytes). A comment counts as white space.
pub fn compact(css: &str) -> String {
    const TIGHT: [char; 4] = ['{', '}', ';', ','];
    let mut out = String::with_capacity(css.len());
    let mut space = false;
    let mut chars = css.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '/' && chars.peek() == Some(&'*') {
            chars.next();
            let mut last = ' ';
            for d in chars.by_ref() {
                if last == '*' && d == '/' {
                    break;
                }
                last = d;
            }
            space = true;
            continue;
        }
        if c.is_whitespace() {
            space = true;
            continue;
        }
        let after_tight = out.ends_with(TIGHT);
        if space && !out.is_empty() && !after_tight && !TIGHT.contains(&c) {
            out.push(' ');
        }
        space = false;
        out.push(c);
        if c == '"' || c == '\'' {
            // A string, copied as it is up to its closing quote.
            let mut escaped = false;
            for d in chars.by_ref() {
                out.push(d);
                if escaped {
                    escaped = false;
                } else if d == '\\' {
                    escaped = true;
                } else if d == c {
                    break;
                }
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const SHELL: &str = r#"<!doctype html><html><head>
    <meta charset="utf-8" />
    <base href="/x/" />
    <link rel="preload" as="fetch" href="data/selija.json" />
    <link rel="stylesheet" href="/x/main-0123456789abcdef.css" data-integrity="none"/>
    <link rel="icon" href="favicon.svg" />
</head><body><main></main></body></html>"#;

    fn read(file: &str) -> Option<String> {
        (file == "main-0123456789abcdef.css").then(|| "body{color:#222}".to_owned())
    }

    #[test]
    fn the_hash_is_the_sha256_of_the_exact_text_in_base64() {
        // The empty string's SHA-256, as CSP writes it (a known value).
        assert_eq!(
            csp_hash(""),
            "'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='"
        );
        assert_ne!(csp_hash("a{}"), csp_hash("a{ }"));
    }

    #[test]
    fn the_link_becomes_a_style_allowed_by_a_policy_before_it() -> Result<(), StyleError> {
        let out = inline_stylesheet(SHELL, "/x/", read)?;
        assert!(!out.contains("main-0123456789abcdef.css"), "{out}");
        assert!(out.contains("<style>body{color:#222}</style>"), "{out}");
        // Where each stands; a missing one is `None`, which orders first.
        let policy = out.find("http-equiv=\"Content-Security-Policy\"");
        let charset = out.find("charset");
        let style = out.find("<style>");
        assert!(
            charset.is_some() && charset < policy && policy < style,
            "{out}"
        );
        assert!(out.contains(&csp_hash("body{color:#222}")), "{out}");
        // Other links stay.
        assert!(out.contains(r#"<link rel="icon" href="favicon.svg" />"#));
        assert!(out.contains("rel=\"preload\""));
        Ok(())
    }

    #[test]
    fn a_shell_already_inlined_comes_back_unchanged() -> Result<(), StyleError> {
        let once = inline_stylesheet(SHELL, "/x/", read)?;
        assert_eq!(inline_stylesheet(&once, "/x/", read)?, once);
        Ok(())
    }

    #[test]
    fn a_missing_or_unsafe_stylesheet_is_an_error_not_a_broken_page() {
        assert_eq!(
            inline_stylesheet(SHELL, "/x/", |_| None),
            Err(StyleError::Missing("/x/main-0123456789abcdef.css".into()))
        );
        let bad = |_: &str| Some("a{}</STYLE><script>".to_owned());
        assert!(matches!(
            inline_stylesheet(SHELL, "/x/", bad),
            Err(StyleError::ClosesStyle(_))
        ));
    }

    #[test]
    fn compact_drops_comments_and_spare_space_but_not_strings() {
        let css = "/* why */\n.a ,\n.b > .c {\n  color: red; /* note */\n  margin: 0 auto ;\n}\n\n.d::after { content: \"  /* kept */ \\\"q\\\"  \"; }\n@media (max-width: 760px) { .e { grid-template-columns: 1fr  2fr; } }\n";
        assert_eq!(
            compact(css),
            ".a,.b > .c{color: red;margin: 0 auto;}.d::after{content: \"  /* kept */ \\\"q\\\"  \";}@media (max-width: 760px){.e{grid-template-columns: 1fr 2fr;}}"
        );
        // The selector `a :hover` is not `a:hover`: space before a colon stays.
        assert_eq!(compact("a :hover {x:y}"), "a :hover{x:y}");
        assert_eq!(compact("body{color:#222}"), "body{color:#222}");
    }

    #[test]
    fn the_inlined_stylesheet_is_compacted_and_hashed_as_sent() -> Result<(), StyleError> {
        let read = |_: &str| Some("/* c */ a { b: c; }".to_owned());
        let out = inline_stylesheet(SHELL, "/x/", read)?;
        assert!(out.contains("<style>a{b: c;}</style>"), "{out}");
        assert!(out.contains(&csp_hash("a{b: c;}")), "{out}");
        Ok(())
    }

    #[test]
    fn remote_stylesheets_stay_links() {
        let remote = SHELL.replace("/x/main-0123456789abcdef.css", "https://cdn.example/a.css");
        assert_eq!(inline_stylesheet(&remote, "/x/", read), Ok(remote));
    }
}
