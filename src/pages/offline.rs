//! What the build needs to run offline and under a strict
//! Content-Security-Policy:
//!
//! - [`externalize_scripts`]: trunk 0.21 always writes its loader as an
//!   inline `<script type="module">`, which `script-src 'self'` blocks. The
//!   writer moves it to a file named by its hash (`boot-<hash>.js`), so the
//!   policy needs no per-build hash and can live, unchanged, in
//!   `deploy/nginx.conf` (or a static host's header settings).
//! - [`precache_list`] and [`write_worker`]: the service worker's file list
//!   and version, written into `sw.js` from the template `sw.js` beside this
//!   file, so the list always names trunk's hashed files.

use super::html::{attribute, find_end_tag, find_tag};
use super::page::page_file_name;
use super::DATA_FILE;
use crate::domain::Lang;
use std::fs;
use std::io;
use std::path::Path;

/// The worker's template (see its header).
pub const WORKER_TEMPLATE: &str = include_str!("sw.js");
/// Where the worker is written, relative to the base: its folder is its
/// scope, so it must sit beside `index.html`.
pub const WORKER_FILE: &str = "sw.js";
/// The web app manifest (copied by trunk from `public/`).
pub const MANIFEST_FILE: &str = "manifest.webmanifest";

/// 64-bit FNV-1a: a stable, dependency-free fingerprint for file names and
/// the worker's version. Not for security: nothing trusts it.
pub fn fingerprint(parts: &[&[u8]]) -> u64 {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for part in parts {
        for &byte in *part {
            hash ^= u64::from(byte);
            hash = hash.wrapping_mul(0x0000_0100_0000_01b3);
        }
        // A separator, so ["ab", "c"] and ["a", "bc"] differ.
        hash ^= 0xff;
        hash = hash.wrapping_mul(0x0000_0100_0000_01b3);
    }
    hash
}

/// An inline script moved to its own file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MovedScript {
    /// Its file name, relative to the base (`boot-0123456789abcdef.js`).
    pub file: String,
    /// Its text, exactly as it stood in the page.
    pub text: String,
}

/// Replaces every inline `<script>` (no `src`) of `html` with a
/// `<script … src="<base_href>boot-<hash>.js">` keeping its other
/// attributes (`type="module"`), and returns the new HTML and the scripts
/// to write. JSON blocks (`type="application/ld+json"` …) are data, not
/// scripts, and stay. The names follow trunk's `name-<hex>` pattern, so
/// servers cache them as immutable like trunk's own files.
pub fn externalize_scripts(html: &str, base_href: &str) -> (String, Vec<MovedScript>) {
    let mut out = String::with_capacity(html.len());
    let mut moved = Vec::new();
    let mut at = 0;
    while let Some(open) = find_tag(html, "script", at) {
        let tag = &html[open.start..open.end];
        let Some(close) = find_end_tag(html, "script", open.end) else {
            break;
        };
        let kind = attribute(tag, "type").unwrap_or("").to_ascii_lowercase();
        let is_code = matches!(kind.as_str(), "" | "module" | "text/javascript");
        if attribute(tag, "src").is_some() || !is_code {
            out.push_str(&html[at..close.end]);
            at = close.end;
            continue;
        }
        let text = &html[open.end..close.start];
        let file = format!("boot-{:016x}.js", fingerprint(&[text.as_bytes()]));
        let attrs = tag
            .strip_suffix('>')
            .unwrap_or(tag)
            .trim_end_matches('/')
            .trim_end();
        out.push_str(&html[at..open.start]);
        out.push_str(attrs);
        out.push_str(&format!(r#" src="{base_href}{file}"></script>"#));
        moved.push(MovedScript {
            file,
            text: text.to_owned(),
        });
        at = close.end;
    }
    out.push_str(&html[at..]);
    (out, moved)
}

/// The files the worker stores at install, relative to the base: the
/// shell in each language (`index.html`, `index.en.html`, which hold the
/// styles: style.rs), trunk's
/// scripts and wasm, the boot scripts, the manifest, the icons, the favicon and the dataset. Not the
/// pre-rendered pages (the worker keeps those as visited), the oEmbed
/// documents, the preview image, the partners' `embed.js`, the
/// precompressed copies or the worker itself. `files` is
/// [`super::list_files`]'s answer; the result keeps its (sorted) order.
pub fn precache_list(files: &[String]) -> Vec<String> {
    files
        .iter()
        .filter(|f| {
            let top = !f.contains('/');
            let ext = f.rsplit_once('.').map_or("", |(_, e)| e);
            (top && matches!(ext, "js" | "wasm")
                && f.as_str() != "embed.js"
                && f.as_str() != WORKER_FILE)
                || (top && matches!(f.as_str(), "favicon.svg" | MANIFEST_FILE))
                || Lang::ALL.into_iter().any(|l| **f == page_file_name(l))
                || (f.starts_with("icons/") && ext == "png")
                || f.as_str() == DATA_FILE
        })
        .cloned()
        .collect()
}

/// The worker's version: a fingerprint of the listed files' names and
/// bytes (the dataset included), as 16 hex digits.
pub fn version(root: &Path, files: &[String]) -> io::Result<String> {
    let mut parts: Vec<Vec<u8>> = Vec::with_capacity(files.len() * 2);
    for f in files {
        parts.push(f.as_bytes().to_vec());
        parts.push(fs::read(root.join(f))?);
    }
    let refs: Vec<&[u8]> = parts.iter().map(Vec::as_slice).collect();
    Ok(format!("{:016x}", fingerprint(&refs)))
}

/// Where the map's tiles come from, as the worker matches them: the shell's
/// `<meta name="tile-url">` template up to its first `{` (an absolute URL,
/// or a path the worker resolves against the base). `None`, and no tile is
/// cached, when there is no template or its placeholders start before the
/// path (`https://{s}.tile…`): a prefix of a bare scheme would take every
/// request to any site for a tile.
pub fn tile_prefix(shell_html: &str) -> Option<String> {
    let head_end = find_end_tag(shell_html, "head", 0).map_or(shell_html.len(), |t| t.start);
    let mut from = 0;
    let template = loop {
        let tag = find_tag(shell_html, "meta", from).filter(|t| t.start < head_end)?;
        let text = &shell_html[tag.start..tag.end];
        if attribute(text, "name").is_some_and(|n| n.eq_ignore_ascii_case("tile-url")) {
            break attribute(text, "content")?;
        }
        from = tag.end;
    };
    let prefix = &template[..template.find('{')?];
    let path_start = match prefix.find("://") {
        Some(scheme_end) => scheme_end + 3 + prefix[scheme_end + 3..].find('/')?,
        None => 0,
    };
    // A quote or a backslash would end the worker's string literal.
    let literal_safe = !prefix.contains(['"', '\\', '\n']);
    (path_start <= prefix.len() && literal_safe).then(|| prefix.to_owned())
}

/// The worker's text: the template with FILES, VERSION and the tile
/// prefix (empty: no tile caching) filled in.
pub fn worker_source(files: &[String], version: &str, tiles: Option<&str>) -> String {
    let list = serde_json::to_string(files).unwrap_or_else(|_| "[]".to_owned());
    WORKER_TEMPLATE
        .replacen("\"__VERSION__\"", &format!("\"{version}\""), 1)
        .replacen("[/* __FILES__ */]", &list, 1)
        .replacen(
            "\"__TILE_SOURCE__\"",
            &format!("\"{}\"", tiles.unwrap_or("")),
            1,
        )
}

/// Lists the build's files and writes `sw.js`, caching tiles that start
/// with `tiles` ([`tile_prefix`]). Returns the precache list.
pub fn write_worker(root: &Path, tiles: Option<&str>) -> io::Result<Vec<String>> {
    let all = super::list_files(root)?;
    let files = precache_list(&all);
    let version = version(root, &files)?;
    fs::write(
        root.join(WORKER_FILE),
        worker_source(&files, &version, tiles),
    )?;
    Ok(files)
}

#[cfg(test)]
mod tests {
    use super::*;

    const TRUNK: &str = r#"<head><base href="/x/" />
<script type="module">
import init from '/x/app-0123.js';
await init();
</script>
<script type="application/ld+json">{"a":1}</script>
<script src="/x/other.js"></script>
</head>"#;

    #[test]
    fn the_loader_moves_to_a_hashed_file() {
        let (html, moved) = externalize_scripts(TRUNK, "/x/");
        assert_eq!(moved.len(), 1);
        assert!(moved[0].text.contains("import init"));
        assert!(moved[0].file.starts_with("boot-") && moved[0].file.len() == 5 + 16 + 3);
        let tag = format!(
            r#"<script type="module" src="/x/{}"></script>"#,
            moved[0].file
        );
        assert!(html.contains(&tag), "{html}");
        assert!(!html.contains("import init"));
        // Data blocks and external scripts stay.
        assert!(html.contains(r#"{"a":1}"#));
        assert!(html.contains(r#"<script src="/x/other.js"></script>"#));
        // A second run has nothing left to move.
        let (again, none) = externalize_scripts(&html, "/x/");
        assert_eq!(again, html);
        assert!(none.is_empty());
    }

    #[test]
    fn the_precache_holds_the_shells_and_the_data_only() {
        let files: Vec<String> = [
            "app-1_bg.wasm",
            "app-1.js",
            "app-1.js.br",
            "boot-2.js",
            "data/selija.json",
            "embed.js",
            "embed/index.html",
            "favicon.svg",
            "icons/icon-192.png",
            "index.en.html",
            "index.en.html.br",
            "index.html",
            "index.html.gz",
            "main-3.css",
            "manifest.webmanifest",
            "oembed/place/a.json",
            "og/selija.png",
            "place/a/index.en.html",
            "place/a/index.html",
            "sw.js",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        assert_eq!(
            precache_list(&files),
            [
                "app-1_bg.wasm",
                "app-1.js",
                "boot-2.js",
                "data/selija.json",
                "favicon.svg",
                "icons/icon-192.png",
                "index.en.html",
                "index.html",
                "manifest.webmanifest",
            ]
        );
    }

    #[test]
    fn the_worker_names_its_files_and_version() {
        let files = vec!["index.html".to_owned(), "a b.js".to_owned()];
        let sw = worker_source(&files, "00ff", Some("https://t.example/"));
        assert!(sw.contains(r#"const VERSION = "00ff";"#));
        assert!(sw.contains(r#"const FILES = ["index.html","a b.js"];"#));
        assert!(sw.contains(r#"const TILE_SOURCE = "https://t.example/";"#));
        assert!(!sw.contains("__FILES__") && !sw.contains("__VERSION__"));
        assert!(!sw.contains("__TILE_SOURCE__"));
        let none = worker_source(&files, "00ff", None);
        assert!(none.contains(r#"const TILE_SOURCE = "";"#));
    }

    fn shell_with(tile_url: &str) -> String {
        format!(r#"<head><meta charset="utf-8"><meta name="tile-url" content="{tile_url}"></head>"#)
    }

    #[test]
    fn the_tile_prefix_is_the_template_before_its_placeholders() {
        let osm = shell_with("https://tile.openstreetmap.org/{z}/{x}/{y}.png");
        assert_eq!(
            tile_prefix(&osm).as_deref(),
            Some("https://tile.openstreetmap.org/")
        );
        let local = shell_with("test-tiles/{z}/{x}/{y}.png");
        assert_eq!(tile_prefix(&local).as_deref(), Some("test-tiles/"));
        let retina = shell_with("https://t.example/v1/{z}/{x}/{y}{r}.png");
        assert_eq!(
            tile_prefix(&retina).as_deref(),
            Some("https://t.example/v1/")
        );
    }

    #[test]
    fn no_tile_prefix_that_would_take_other_requests() {
        // A placeholder in the host: the prefix would be "https://".
        assert_eq!(
            tile_prefix(&shell_with("https://{s}.tile.example/{z}/{x}/{y}.png")),
            None
        );
        // No placeholders, no template, a quote that would break the worker.
        assert_eq!(tile_prefix(&shell_with("https://t.example/tile.png")), None);
        assert_eq!(tile_prefix("<head><meta charset=\"utf-8\"></head>"), None);
        assert_eq!(
            tile_prefix(&shell_with("https://t.example/a\\\"b/{z}")),
            None
        );
    }

    #[test]
    fn the_fingerprint_sees_every_byte_and_boundary() {
        assert_ne!(fingerprint(&[b"ab", b"c"]), fingerprint(&[b"a", b"bc"]));
        assert_ne!(fingerprint(&[b"a"]), fingerprint(&[b"b"]));
        assert_eq!(fingerprint(&[b"same"]), fingerprint(&[b"same"]));
    }
}
