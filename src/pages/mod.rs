//! The build-time page writer (native only; run by `src/bin/pages.rs` as a
//! Trunk `post_build` hook). It gives every place and event, the calendar
//! and the embeds a real HTML file — trunk's app shell with the page's own
//! title, description, canonical URL, Open Graph and Twitter tags and
//! oEmbed discovery link — because crawlers, social networks and WordPress
//! read the HTML the server sends and never run the wasm.
//!
//! The steps, each a plain function so later work can add to one of them:
//! load the dataset through [`crate::domain::validate`] (the app's own
//! rules) → [`plan`] the pages (path, head fields, body fragment, oEmbed)
//! → render each from the [`Shell`] and write it → optionally
//! [`compress_all`] the build's files ([`list_files`] lists them).

pub mod early;
pub mod files;
pub mod html;
pub mod oembed;
pub mod offline;
pub mod page;
pub mod prerender;
pub mod shell;
pub mod site;
pub mod style;
pub mod texts;

pub use files::{compress_all, list_files, Compressed};
pub use html::escape;
pub use oembed::OEmbed;
pub use page::{plan, trim_description, Head, Page, FIRST_LANG, NOT_FOUND_PAGE};
pub use shell::{Shell, ShellError};
pub use site::{Site, SiteError};

use crate::domain::validate::{self, Issue, LoadError};
use crate::domain::Lang;
use std::fmt;
use std::fs;
use std::io;
use std::path::{Path, PathBuf};

/// Where the dataset is copied in the output, relative to the base; the
/// app fetches it from there.
pub const DATA_FILE: &str = "data/selija.json";

/// What to do.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Options {
    /// The dataset to describe (and to ship, when it is not there already).
    pub data: PathBuf,
    /// Trunk's output (staging) directory, with its generated `index.html`.
    pub out: PathBuf,
    /// The public origin, `https://example.lv`.
    pub site_url: String,
    /// Also write `.br` and `.gz` copies of the text files.
    pub compress: bool,
}

/// What was written.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Report {
    /// The dataset's skipped records (each also skipped by the app).
    pub issues: Vec<Issue>,
    /// How many records were skipped.
    pub skipped: usize,
    /// HTML pages written.
    pub pages: usize,
    /// oEmbed documents written.
    pub oembeds: usize,
    /// Files the service worker stores at install.
    pub precached: usize,
    /// True when the dataset was copied over `OUT/data/selija.json`.
    pub data_copied: bool,
    /// The compression pass, when it ran.
    pub compressed: Option<Compressed>,
}

/// Why the writer stopped. Every variant names the file it concerns.
#[derive(Debug)]
pub enum Error {
    /// A file could not be read.
    Read(PathBuf, io::Error),
    /// A file could not be written.
    Write(PathBuf, io::Error),
    /// The dataset is not usable at all (not JSON, wrong shape or version).
    Load(PathBuf, LoadError),
    /// Trunk's `index.html` is not a usable shell.
    Shell(PathBuf, ShellError),
    /// The shell's stylesheet could not be put into the page.
    Style(PathBuf, style::StyleError),
    /// The site URL or base cannot give absolute URLs.
    Site(SiteError),
    /// serde_json could not write an oEmbed document (cannot happen for
    /// the values we build; kept so it is an error, not a panic).
    Json(PathBuf, serde_json::Error),
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Read(p, e) => write!(f, "cannot read {}: {e}", p.display()),
            Error::Write(p, e) => write!(f, "cannot write {}: {e}", p.display()),
            Error::Load(p, e) => write!(
                f,
                "cannot load the dataset {}: {}",
                p.display(),
                crate::i18n::load_error(crate::domain::Lang::En, e)
            ),
            Error::Shell(p, e) => write!(f, "{}: {e}", p.display()),
            Error::Style(p, e) => write!(f, "{}: {e}", p.display()),
            Error::Site(e) => write!(f, "{e}"),
            Error::Json(p, e) => write!(f, "cannot write {}: {e}", p.display()),
        }
    }
}

impl std::error::Error for Error {}

/// Runs every step for `opts`.
pub fn run(opts: &Options) -> Result<Report, Error> {
    let raw = fs::read(&opts.data).map_err(|e| Error::Read(opts.data.clone(), e))?;
    // Invalid UTF-8 is "not JSON" to the app too.
    let text = String::from_utf8_lossy(&raw);
    let loaded = validate::load(&text).map_err(|e| Error::Load(opts.data.clone(), e))?;

    let index = opts.out.join("index.html");
    let shell_html = fs::read_to_string(&index).map_err(|e| Error::Read(index.clone(), e))?;
    let base_href = Shell::parse(&shell_html)
        .map_err(|e| Error::Shell(index.clone(), e))?
        .base_href()
        .to_owned();
    // Trunk's inline loader becomes a file before any page copies the
    // shell: the Content-Security-Policy allows no inline script.
    let original = shell_html;
    let (shell_html, moved) = offline::externalize_scripts(&original, &base_href);
    for script in &moved {
        write(&opts.out.join(&script.file), script.text.as_bytes())?;
    }
    // The pre-rendered filters work before the app (early.rs).
    let shell_html = early::install(&shell_html, &base_href);
    write(
        &opts.out.join(early::file_name()),
        early::EARLY_SCRIPT.as_bytes(),
    )?;
    // The stylesheet goes into the shell, so every page paints without
    // waiting for a second request (style.rs says why and how the policy
    // still allows only it).
    let inlined = style::inline_stylesheet(&shell_html, &base_href, |file| {
        fs::read_to_string(opts.out.join(file)).ok()
    })
    .map_err(|e| Error::Style(index.clone(), e))?;
    if inlined != original {
        write(&index, inlined.as_bytes())?;
    }
    let shell_html = inlined;
    let shell = Shell::parse(&shell_html).map_err(|e| Error::Shell(index.clone(), e))?;
    let site = Site::new(&opts.site_url, shell.base_href()).map_err(Error::Site)?;

    let data_copied = copy_data(&raw, &opts.out.join(DATA_FILE))?;

    let mut report = Report {
        skipped: loaded.skipped_records(),
        issues: loaded.issues,
        data_copied,
        ..Report::default()
    };
    // Every page in each language, side by side (`Page::file`); the server
    // sends the one the visitor reads (deploy/nginx.conf), so the first
    // screen is already in the language the app will show.
    for lang in Lang::ALL {
        for page in plan(&loaded.dataset, &site, lang) {
            let header = prerender::header(lang, &page.path);
            let html = shell.render(lang, &page.head.render(), &header, page.body.as_deref());
            write(&opts.out.join(page.file()), html.as_bytes())?;
            report.pages += 1;
            if let Some(oembed) = &page.oembed {
                let path = opts.out.join(&oembed.file);
                let json = serde_json::to_vec_pretty(&oembed.to_json(&site))
                    .map_err(|e| Error::Json(path.clone(), e))?;
                write(&path, &json)?;
                report.oembeds += 1;
            }
        }
    }

    // Last but the compression: its list and version cover every file the
    // steps above wrote (the shell, the dataset).
    report.precached =
        offline::write_worker(&opts.out, offline::tile_prefix(&shell_html).as_deref())
            .map_err(|e| Error::Write(opts.out.join(offline::WORKER_FILE), e))?
            .len();

    if opts.compress {
        let files = list_files(&opts.out).map_err(|e| Error::Read(opts.out.clone(), e))?;
        let done =
            compress_all(&opts.out, &files).map_err(|e| Error::Write(opts.out.clone(), e))?;
        report.compressed = Some(done);
    }
    Ok(report)
}

/// Copies the dataset to `target` unless it holds the same bytes already
/// (the shipped file, which trunk copied from `public/`). Returns whether
/// it copied.
fn copy_data(raw: &[u8], target: &Path) -> Result<bool, Error> {
    if fs::read(target).is_ok_and(|there| there == raw) {
        return Ok(false);
    }
    write(target, raw)?;
    Ok(true)
}

/// Writes a file, creating its directory.
fn write(path: &Path, bytes: &[u8]) -> Result<(), Error> {
    if let Some(dir) = path.parent() {
        fs::create_dir_all(dir).map_err(|e| Error::Write(dir.to_owned(), e))?;
    }
    fs::write(path, bytes).map_err(|e| Error::Write(path.to_owned(), e))
}
