//! `selija-data`: the editors' data tool. Arguments only; the work is in
//! `selijas_salas::datatools`.
//!
//! ```text
//! selija-data check FILE [--lang lv|en]
//! selija-data import-csv --places P.csv [--events E.csv] [--sources S.csv] -o OUT.json [--force]
//! selija-data import-geojson FILE.geojson [--base selija.json] -o OUT.json [--force]
//! selija-data export --format csv|geojson -o DIR [--data selija.json]
//! selija-data publish DIST [--data selija.json] [--site-url URL]
//! ```
//! Exit codes: 0 done, 1 problems in the data (nothing written), 2 a file
//! could not be read or written, or bad arguments.

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
    use selijas_salas::datatools::{self, Format, Report};
    use selijas_salas::domain::Lang;
    use std::collections::HashMap;
    use std::path::{Path, PathBuf};
    use std::process::ExitCode;

    const USAGE: &str = "\
usage:
  selija-data check FILE [--lang lv|en]
  selija-data import-csv --places PLACES.csv [--events EVENTS.csv] [--sources SOURCES.csv]
                         -o OUT.json [--force]
  selija-data import-geojson FILE.geojson [--base selija.json] -o OUT.json [--force]
  selija-data export --format csv|geojson -o DIR [--data public/data/selija.json]
  selija-data publish DIST [--data public/data/selija.json] [--site-url URL]

  --lang     report language (default: from LC_ALL / LANG; Latvian for lv_*)
  --force    overwrite OUT.json when it exists
  --site-url the public origin (default: $SITE_URL, else http://127.0.0.1:8080)";

    /// Options that take no value.
    const FLAGS: &[&str] = &["--force"];

    pub fn main() -> ExitCode {
        let args: Vec<String> = std::env::args().skip(1).collect();
        match run(&args) {
            Ok(report) => {
                let out = report.lines.join("\n");
                if report.code == 0 {
                    println!("{out}");
                } else {
                    eprintln!("{out}");
                }
                ExitCode::from(report.code)
            }
            Err(message) => {
                eprintln!("selija-data: {message}\n\n{USAGE}");
                ExitCode::from(2)
            }
        }
    }

    /// The language of the environment's locale.
    fn env_lang() -> Lang {
        ["LC_ALL", "LC_MESSAGES", "LANG"]
            .iter()
            .filter_map(|k| std::env::var(k).ok())
            .find(|v| !v.is_empty())
            .map_or(Lang::En, |v| Lang::from_preferences([v.as_str()]))
    }

    fn run(args: &[String]) -> Result<Report, String> {
        let Some((command, rest)) = args.split_first() else {
            return Err("no command".into());
        };
        let mut positional = Vec::new();
        let mut opts: HashMap<String, String> = HashMap::new();
        let mut i = 0;
        while i < rest.len() {
            let arg = &rest[i];
            if arg == "-h" || arg == "--help" {
                return Ok(Report {
                    lines: vec![USAGE.to_owned()],
                    code: 0,
                });
            }
            if let Some((k, v)) = arg.split_once('=').filter(|(k, _)| k.starts_with("--")) {
                opts.insert(k.to_owned(), v.to_owned());
            } else if FLAGS.contains(&arg.as_str()) {
                opts.insert(arg.clone(), String::new());
            } else if arg.starts_with('-') && arg.len() > 1 {
                let value = rest.get(i + 1).ok_or(format!("{arg} needs a value"))?;
                opts.insert(arg.clone(), value.clone());
                i += 1;
            } else {
                positional.push(PathBuf::from(arg));
            }
            i += 1;
        }
        let lang = match opts.remove("--lang") {
            Some(l) => l.parse().map_err(|()| format!("--lang {l}: lv or en"))?,
            None => env_lang(),
        };
        let out = opts
            .remove("-o")
            .or_else(|| opts.remove("--out"))
            .map(PathBuf::from);
        let force = opts.remove("--force").is_some();
        let data = opts
            .remove("--data")
            .map_or_else(|| PathBuf::from("public/data/selija.json"), PathBuf::from);
        let places = opts.remove("--places").map(PathBuf::from);
        let events = opts.remove("--events").map(PathBuf::from);
        let sources = opts.remove("--sources").map(PathBuf::from);
        let base = opts.remove("--base").map(PathBuf::from);
        let format = opts.remove("--format");
        let site_url = opts.remove("--site-url");
        // Before any command runs: a mistyped option must not write anything.
        if let Some(unused) = opts.keys().next() {
            return Err(format!("unknown option {unused}"));
        }
        let report = match command.as_str() {
            "check" => {
                let [file] = positional.as_slice() else {
                    return Err("check takes one FILE".into());
                };
                datatools::check(file, lang)
            }
            "import-csv" => {
                let places = places.ok_or("--places is required")?;
                let out = out.ok_or("-o OUT.json is required")?;
                datatools::import_csv(
                    &places,
                    events.as_deref(),
                    sources.as_deref(),
                    &out,
                    force,
                    lang,
                )
            }
            "import-geojson" => {
                let [file] = positional.as_slice() else {
                    return Err("import-geojson takes one FILE".into());
                };
                let out = out.ok_or("-o OUT.json is required")?;
                datatools::import_geojson(file, base.as_deref(), &out, force, lang)
            }
            "export" => {
                let format = match format.as_deref() {
                    Some("csv") => Format::Csv,
                    Some("geojson") => Format::GeoJson,
                    _ => return Err("--format csv or --format geojson".into()),
                };
                let dir = out.ok_or("-o DIR is required")?;
                datatools::export(&data, format, &dir, lang)
            }
            "publish" => {
                let [dist] = positional.as_slice() else {
                    return Err("publish takes one DIST directory".into());
                };
                let site_url = site_url
                    .or_else(|| std::env::var("SITE_URL").ok())
                    .unwrap_or_else(|| "http://127.0.0.1:8080".to_owned());
                datatools::publish(dist, Path::new(&data), &site_url, lang)
            }
            other => return Err(format!("unknown command {other}")),
        };
        Ok(report)
    }
}
