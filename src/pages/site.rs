//! Absolute URLs: the public origin (`--site-url`, from `SITE_URL`) joined
//! with trunk's public URL, which the generated `index.html` carries as its
//! `<base href>` (`/`, or `/selija/` for a build with `--public-url /selija/`).
//! Crawlers, WordPress and social networks only follow absolute URLs.

use std::fmt;

/// Where the built site is served from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Site {
    /// Scheme, host and port, without a trailing slash: `https://example.lv`.
    origin: String,
    /// The base path, starting and ending with `/`: `/` or `/selija/`.
    base: String,
}

/// Why a site URL or base cannot give absolute URLs.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SiteError {
    /// `--site-url` is not `http(s)://host[:port]`; the text says what is wrong.
    SiteUrl(String, &'static str),
    /// The `<base href>` is neither a path nor an http(s) URL.
    Base(String),
}

impl fmt::Display for SiteError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            SiteError::SiteUrl(url, why) => write!(
                f,
                "site URL \"{url}\" {why}; give the origin only, like https://example.lv \
                 (a sub-path comes from trunk's --public-url)"
            ),
            SiteError::Base(base) => write!(
                f,
                "the <base href=\"{base}\"> of index.html is not a path like / or /selija/"
            ),
        }
    }
}

impl std::error::Error for SiteError {}

impl Site {
    /// Combines the origin with the shell's `<base href>`. A base that is
    /// itself an absolute URL (`--public-url https://cdn.example/app/`)
    /// wins over the origin.
    pub fn new(site_url: &str, base_href: &str) -> Result<Site, SiteError> {
        let origin = parse_origin(site_url)?;
        let base_href = base_href.trim();
        if base_href.starts_with("http://") || base_href.starts_with("https://") {
            let after_scheme = base_href.find("//").map_or(0, |i| i + 2);
            let path_at = base_href[after_scheme..]
                .find('/')
                .map_or(base_href.len(), |i| i + after_scheme);
            let origin = parse_origin(&base_href[..path_at])
                .map_err(|_| SiteError::Base(base_href.to_owned()))?;
            let base = normalise_base(&base_href[path_at..])
                .ok_or_else(|| SiteError::Base(base_href.to_owned()))?;
            return Ok(Site { origin, base });
        }
        let base =
            normalise_base(base_href).ok_or_else(|| SiteError::Base(base_href.to_owned()))?;
        Ok(Site { origin, base })
    }

    /// The base path, starting and ending with `/`.
    pub fn base(&self) -> &str {
        &self.base
    }

    /// The absolute URL of `path`, which is relative to the base (no leading
    /// slash; `""` is the home page): `url("place/sece")` →
    /// `https://example.lv/selija/place/sece`.
    pub fn url(&self, path: &str) -> String {
        format!(
            "{}{}{}",
            self.origin,
            self.base,
            path.trim_start_matches('/')
        )
    }
}

/// Checks `http(s)://host[:port]`, allowing one trailing slash.
fn parse_origin(url: &str) -> Result<String, SiteError> {
    let err = |why| SiteError::SiteUrl(url.to_owned(), why);
    let trimmed = url.trim().trim_end_matches('/');
    let rest = trimmed
        .strip_prefix("https://")
        .or_else(|| trimmed.strip_prefix("http://"))
        .ok_or_else(|| err("does not start with http:// or https://"))?;
    if rest.is_empty() {
        return Err(err("has no host"));
    }
    if rest.contains('/') {
        return Err(err("has a path"));
    }
    // The origin goes into attributes and JSON unescaped by the browser's
    // URL parser, so keep it to the characters a host and port use.
    let host_ok = rest
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | ':' | '[' | ']'));
    if !host_ok {
        return Err(err("has characters a host name cannot have"));
    }
    Ok(trimmed.to_owned())
}

/// `""`, `"./"`, `"/"` → `/`; `"/selija"` → `/selija/`. `None` for a base
/// that is not a plain path (a query, a fragment, a relative `../`).
fn normalise_base(base: &str) -> Option<String> {
    let path = base.strip_prefix('.').unwrap_or(base);
    if path.contains(['?', '#', '"', '<', '>', ' ', '\\']) || path.contains("..") {
        return None;
    }
    let inner = path.trim_matches('/');
    if inner.is_empty() {
        Some("/".to_owned())
    } else {
        Some(format!("/{inner}/"))
    }
}
