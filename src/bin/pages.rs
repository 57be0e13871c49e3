//! `selija-pages`: writes the static pages, oEmbed documents and (with
//! `--compress`) precompressed copies into a trunk build. Runs as Trunk's
//! `post_build` hook (see Trunk.toml); the work is in `selijas_salas::pages`.
//!
//! ```text
//! selija-pages --out DIR [--data PATH] [--site-url URL] [--compress]
//! ```
//! Exit codes: 0 written (skipped records are reported on stderr), 1 a file
//! could not be read, loaded or written, 2 bad arguments.

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    cli::main()
}

/// On wasm32 this program has no meaning; the stub keeps `cargo clippy
/// --target wasm32-unknown-unknown` (which checks every bin) building.
#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
mod cli {
    use selijas_salas::domain::Lang;
    use selijas_salas::i18n;
    use selijas_salas::pages::{self, Options};
    use std::path::PathBuf;
    use std::process::ExitCode;

    const USAGE: &str = "\
usage: selija-pages --out DIR [--data PATH] [--site-url URL] [--compress]

  --out DIR        trunk's output directory with its index.html
                   (default: $TRUNK_STAGING_DIR)
  --data PATH      the dataset (default: public/data/selija.json); copied to
                   DIR/data/selija.json when it differs from the file there
  --site-url URL   the public origin, like https://example.lv
                   (default: http://127.0.0.1:8080); the path comes from
                   index.html's <base href>
  --compress       also write .br and .gz copies of the text files";

    pub fn main() -> ExitCode {
        let opts = match parse(std::env::args().skip(1)) {
            Ok(Some(opts)) => opts,
            Ok(None) => {
                println!("{USAGE}");
                return ExitCode::SUCCESS;
            }
            Err(message) => {
                eprintln!("selija-pages: {message}\n\n{USAGE}");
                return ExitCode::from(2);
            }
        };
        match pages::run(&opts) {
            Ok(report) => {
                if report.skipped > 0 {
                    eprintln!(
                        "selija-pages: {}: {}",
                        opts.data.display(),
                        i18n::records_skipped(Lang::En, report.skipped)
                    );
                    for issue in &report.issues {
                        eprintln!("  {}", i18n::issue(Lang::En, issue));
                    }
                }
                let mut summary = format!(
                    "selija-pages: {} pages, {} oEmbed documents, sw.js precaching {} files",
                    report.pages, report.oembeds, report.precached
                );
                if report.data_copied {
                    summary.push_str(&format!(", dataset {} copied", opts.data.display()));
                }
                if let Some(c) = &report.compressed {
                    summary.push_str(&format!(
                        ", {} files compressed ({} → {} bytes brotli)",
                        c.files, c.raw_bytes, c.br_bytes
                    ));
                }
                eprintln!("{summary}");
                ExitCode::SUCCESS
            }
            Err(e) => {
                eprintln!("selija-pages: {e}");
                ExitCode::FAILURE
            }
        }
    }

    /// The options, or `None` for `--help`.
    fn parse(args: impl Iterator<Item = String>) -> Result<Option<Options>, String> {
        let mut data = PathBuf::from("public/data/selija.json");
        let mut out = std::env::var_os("TRUNK_STAGING_DIR").map(PathBuf::from);
        let mut site_url = "http://127.0.0.1:8080".to_owned();
        let mut compress = false;
        let mut args = args;
        while let Some(arg) = args.next() {
            // Both `--key value` and `--key=value`.
            let (key, inline) = match arg.split_once('=') {
                Some((k, v)) if k.starts_with("--") => (k.to_owned(), Some(v.to_owned())),
                _ => (arg.clone(), None),
            };
            let mut value = || {
                inline
                    .clone()
                    .or_else(|| args.next())
                    .filter(|v| !v.is_empty())
                    .ok_or_else(|| format!("{key} needs a value"))
            };
            match key.as_str() {
                "--data" => data = PathBuf::from(value()?),
                "--out" => out = Some(PathBuf::from(value()?)),
                "--site-url" => site_url = value()?,
                "--compress" => compress = true,
                "-h" | "--help" => return Ok(None),
                other => return Err(format!("unknown argument {other}")),
            }
        }
        let out = out.ok_or("--out is required (or TRUNK_STAGING_DIR)")?;
        Ok(Some(Options {
            data,
            out,
            site_url,
            compress,
        }))
    }
}
