//! The build-time page writer (`src/pages/`, `src/bin/pages.rs`): escaping,
//! descriptions, absolute URLs under a sub-path, oEmbed documents, the shell
//! kept as trunk wrote it, errors, compression.

use selijas_salas::domain::validate::load;
use selijas_salas::pages::{
    self, compress_all, escape, files, list_files, plan, texts, trim_description, Options, Shell,
    Site, FIRST_LANG,
};
use serde_json::Value;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

/// A shell shaped like trunk 0.21's output for our index.html under
/// `--public-url /selija/`: hashed names, integrity attributes, the base.
const SHELL: &str = r##"<!DOCTYPE html><html lang="lv"><head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta name="description" content="Sēlijas salas: Sēlijas kopienu karte un kalendārs / map and calendar of Sēlija's communities" />
    <meta name="theme-color" content="#8c1f32" />
    <!-- Map tiles: {z}/{x}/{y}. A <title> in a comment is not the title. -->
    <meta name="tile-url" content="https://tile.openstreetmap.org/{z}/{x}/{y}.png" />
    <title>Sēlijas salas</title>
    <base href="/selija/" />
    <link rel="stylesheet" href="/selija/main-6b2f0c1d.css" integrity="sha384-AAA" crossorigin="anonymous"/>
    <link rel="icon" href="favicon.svg" type="image/svg+xml" />
<link rel="modulepreload" href="/selija/selijas-salas-9f8e7d6c.js" crossorigin="anonymous" integrity="sha384-BBB"><link rel="preload" href="/selija/selijas-salas-9f8e7d6c_bg.wasm" crossorigin="anonymous" integrity="sha384-CCC" as="fetch" type="application/wasm"></head>
  <body>
    <div id="boot" class="boot"><header class="site-header"></header><main><p class="boot-note">Ielādē…</p></main></div>
<script type="module">
import init, * as bindings from '/selija/selijas-salas-9f8e7d6c.js';
const wasm = await init({ module_or_path: '/selija/selijas-salas-9f8e7d6c_bg.wasm' });
</script>
<noscript>Needs JavaScript. / Vajag JavaScript.</noscript>
</body></html>"##;

/// The shell's stylesheet, which the writer puts into every page.
const STYLE: &str = "body { color: #222; }";

const NASTY: &str = r#"Sece <script>alert("x")</script> & "co" 'q'"#;

/// A dataset with a hostile name, a long description, an event with a
/// time, a month-only event, and one invalid place (skipped, reported).
fn dataset() -> String {
    let long = "Sēlijas ciems pie Daugavas ar muižu, baznīcu un pilskalnu, kur kopiena \
        rīko svētkus, tirdziņus un mājas kafejnīcu dienas; šeit ir arī skola, \
        bibliotēka un tautas nams, kas vieno visu pagastu jau daudzus gadus.";
    serde_json::json!({
        "version": 1,
        "places": [
            {
                "id": "sece", "kind": "village", "municipality": "jekabpils",
                "name": {"lv": NASTY, "en": NASTY},
                "confidence": "high", "source": "test",
                "description": {"lv": long, "en": long}
            },
            {
                "id": "akniste", "kind": "town", "municipality": "jekabpils",
                "name": {"lv": "Aknīste", "en": "Akniste"},
                "confidence": "high", "source": "test"
            },
            {
                "id": "BAD ID", "kind": "town", "municipality": "jekabpils",
                "name": {"lv": "Bad", "en": "Bad"}, "confidence": "high", "source": "test"
            }
        ],
        "events": [
            {
                "id": "svetki", "title": {"lv": "Seces svētki", "en": "Sece festival"},
                "start": "2024-10-05T11:00+03:00", "category": "festival", "source": "test",
                "place": "sece"
            },
            {
                "id": "kongress", "title": {"lv": "Kongress", "en": "Congress"},
                "start": "2022-08", "category": "congress", "source": "test"
            }
        ]
    })
    .to_string()
}

/// A fresh directory under the system's temp dir, unique per test.
fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("selija-pages-{}-{name}", std::process::id()));
    let _ = fs::remove_dir_all(&dir);
    fs::create_dir_all(&dir).unwrap();
    dir
}

/// A staging directory with the shell and the dataset file written.
fn staged(name: &str) -> (PathBuf, PathBuf) {
    let dir = scratch(name);
    let out = dir.join("out");
    fs::create_dir_all(out.join("data")).unwrap();
    fs::write(out.join("index.html"), SHELL).unwrap();
    fs::write(out.join("main-6b2f0c1d.css"), STYLE).unwrap();
    fs::write(out.join("data/selija.json"), "{\"shipped\": true}").unwrap();
    let data = dir.join("fixture.json");
    fs::write(&data, dataset()).unwrap();
    (out, data)
}

fn options(out: &Path, data: &Path) -> Options {
    Options {
        data: data.to_owned(),
        out: out.to_owned(),
        site_url: "https://example.lv/".to_owned(),
        compress: false,
    }
}

fn read(path: PathBuf) -> String {
    fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// The `content` of `<meta {attr}="{key}" …>` in a page.
fn meta<'a>(html: &'a str, attr: &str, key: &str) -> &'a str {
    let needle = format!(r#"<meta {attr}="{key}" content=""#);
    let at = html.find(&needle).unwrap_or_else(|| panic!("no {key}")) + needle.len();
    &html[at..at + html[at..].find('"').unwrap()]
}

fn count(html: &str, needle: &str) -> usize {
    html.matches(needle).count()
}

#[test]
fn escaper_escapes_text_and_attribute_characters() {
    assert_eq!(
        escape(NASTY),
        "Sece &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &quot;co&quot; &#39;q&#39;"
    );
    assert_eq!(escape("Sēlija – ok"), "Sēlija – ok");
}

#[test]
fn descriptions_are_trimmed_on_a_word_boundary() {
    let text = "vārds ".repeat(60);
    let d = trim_description(&text, 160);
    assert!(d.chars().count() <= 160, "{}", d.chars().count());
    assert!(d.ends_with("vārds…"), "{d}");
    assert!(!d.contains("  "));
    // Short text is only tidied.
    assert_eq!(trim_description("  a\n b  ", 160), "a b");
    // No dangling comma before the ellipsis.
    assert_eq!(trim_description("aaaa, bbbb cccc", 8), "aaaa…");
    // A single word longer than the limit is cut inside.
    assert_eq!(
        trim_description(&"x".repeat(20), 10),
        format!("{}…", "x".repeat(9))
    );
}

#[test]
fn templates_are_filled_once() {
    assert_eq!(
        texts::fill("{name} — {site}", &[("name", "{site}"), ("site", "S")]),
        "{site} — S"
    );
    assert_eq!(texts::fill("{unknown} {", &[]), "{unknown} {");
}

#[test]
fn site_urls_are_absolute_under_the_base() {
    let site = Site::new("https://example.lv/", "/selija/").unwrap();
    assert_eq!(
        site.url("place/sece"),
        "https://example.lv/selija/place/sece"
    );
    assert_eq!(site.url(""), "https://example.lv/selija/");
    assert_eq!(
        Site::new("http://127.0.0.1:8080", "/")
            .unwrap()
            .url("calendar"),
        "http://127.0.0.1:8080/calendar"
    );
    assert_eq!(
        Site::new("https://a.lv", "/selija").unwrap().base(),
        "/selija/"
    );
    // An absolute public URL wins over the origin.
    let cdn = Site::new("https://a.lv", "https://cdn.example/app/").unwrap();
    assert_eq!(cdn.url("place/x"), "https://cdn.example/app/place/x");
    assert!(Site::new("example.lv", "/").is_err());
    assert!(Site::new("https://example.lv/selija", "/").is_err());
    assert!(Site::new("https://exa\"mple.lv", "/").is_err());
    assert!(Site::new("https://example.lv", "/a?b").is_err());
}

#[test]
fn writes_every_page_with_its_own_escaped_head() {
    let (out, data) = staged("pages");
    let report = pages::run(&options(&out, &data)).unwrap();
    // home, calendar, embed, embed/calendar, trip, share, check, not found,
    // 2 places, 2 events, each in Latvian and English; one oEmbed document
    // per record
    assert_eq!(report.pages, 24);
    assert_eq!(report.oembeds, 4);
    assert_eq!(report.skipped, 1, "{:?}", report.issues);

    let html = read(out.join("place/sece/index.html"));
    // One title and one description: replaced, not added.
    assert_eq!(count(&html, "</title>"), 1);
    assert_eq!(count(&html, r#"name="description""#), 1);
    assert!(!html.contains("<title>Sēlijas salas</title>"));
    // The hostile name is escaped everywhere.
    assert!(!html.contains("<script>alert"), "{html}");
    assert!(html.contains(
        "<title>Sece &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &quot;co&quot; &#39;q&#39; — Sēlijas salas</title>"
    ));
    assert_eq!(
        meta(&html, "property", "og:title"),
        "Sece &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &quot;co&quot; &#39;q&#39;"
    );
    // Description: trimmed, the same in every tag.
    let description = meta(&html, "name", "description");
    assert!(
        description.chars().count() <= 160 && description.ends_with('…'),
        "{description}"
    );
    assert!(description.starts_with("Sēlijas ciems pie Daugavas"));
    assert_eq!(meta(&html, "property", "og:description"), description);
    assert_eq!(meta(&html, "name", "twitter:description"), description);
    // Absolute URLs under the sub-path; the page in each language.
    assert!(
        html.contains(r#"<link rel="canonical" href="https://example.lv/selija/place/sece" />"#)
    );
    for (lang, url) in [
        ("lv", "https://example.lv/selija/place/sece"),
        ("en", "https://example.lv/selija/place/sece?lang=en"),
        ("x-default", "https://example.lv/selija/place/sece"),
    ] {
        let link = format!(r#"<link rel="alternate" hreflang="{lang}" href="{url}" />"#);
        assert!(html.contains(&link), "{link}");
    }
    assert_eq!(
        meta(&html, "property", "og:url"),
        "https://example.lv/selija/place/sece"
    );
    assert_eq!(
        meta(&html, "property", "og:image"),
        "https://example.lv/selija/og/selija.png"
    );
    assert_eq!(meta(&html, "property", "og:image:width"), "1200");
    assert_eq!(meta(&html, "property", "og:image:height"), "630");
    assert_eq!(meta(&html, "property", "og:locale"), "lv_LV");
    assert_eq!(meta(&html, "property", "og:locale:alternate"), "en_GB");
    assert_eq!(meta(&html, "property", "og:site_name"), "Sēlijas salas");
    assert_eq!(meta(&html, "name", "twitter:card"), "summary_large_image");
    assert!(html.contains(
        r#"<link rel="alternate" type="application/json+oembed" href="https://example.lv/selija/oembed/place/sece.json" title="Sece &lt;script&gt;"#
    ));
    // The oEmbed link is in the head, where WordPress looks.
    assert!(html.find("application/json+oembed").unwrap() < html.find("</head>").unwrap());

    // The shell as trunk wrote it: hashed names, integrity, base, boot.
    for kept in [
        r#"<base href="/selija/" />"#,
        r#"<link rel="modulepreload" href="/selija/selijas-salas-9f8e7d6c.js""#,
        r#"href="/selija/selijas-salas-9f8e7d6c_bg.wasm""#,
        r#"<meta name="tile-url""#,
        // The boot screen, with the header and the place's own content.
        r#"<div id="boot" class="boot"><header class="site-header"><div class="brand">"#,
        r#"</header><main><article class="place-page" data-prerendered="">"#,
    ] {
        assert!(html.contains(kept), "lost: {kept}");
    }

    // Trunk's inline loader, moved to a file (the CSP allows no inline
    // script), the same in every page, loaded from the base.
    let (boot_tag, rest) = html
        .split_once(r#"<script type="module" src="/selija/boot-"#)
        .expect("the loader's tag");
    assert!(!boot_tag.contains("import init"));
    let boot_file = format!("boot-{}", &rest[..rest.find('"').unwrap()]);
    assert!(!rest.contains("import init"), "no inline loader left");
    let boot = read(out.join(&boot_file));
    assert!(boot.contains("import init, * as bindings from '/selija/selijas-salas-9f8e7d6c.js';"));
    assert!(read(out.join("index.html")).contains(&format!(r#"src="/selija/{boot_file}""#)));

    // The stylesheet is inside the page, compacted, allowed by its hash,
    // not linked.
    let inlined = selijas_salas::pages::style::compact(STYLE);
    assert_eq!(inlined, "body{color: #222;}");
    assert!(html.contains(&format!("<style>{inlined}</style>")));
    assert!(!html.contains("main-6b2f0c1d.css"));
    assert!(html.contains(&selijas_salas::pages::style::csp_hash(&inlined)));

    // The service worker names this build's files, relative to the base.
    let sw = read(out.join("sw.js"));
    let files = sw.split_once("const FILES = ").unwrap().1;
    let files = &files[..files.find(";\n").unwrap()];
    let files: Vec<String> = serde_json::from_str(files).unwrap();
    assert!(files.contains(&"index.html".to_owned()));
    assert!(files.contains(&"data/selija.json".to_owned()));
    assert!(files.contains(&boot_file));
    assert!(!files
        .iter()
        .any(|f| f.starts_with("place/") || f.starts_with('/')));
    assert_eq!(report.precached, files.len());

    // A place without a description gets one from its kind and municipality.
    let akniste = read(out.join("place/akniste/index.html"));
    assert_eq!(
        meta(&akniste, "name", "description"),
        "Pilsēta, jekabpils. Sēlijas kopienu karte un kalendārs."
    );

    // Events: their date leads the description; the page shows the event
    // with its facts and a link to its place.
    let event = read(out.join("event/svetki/index.html"));
    assert!(event.contains(r#"<article class="place-page event-page" data-prerendered="">"#));
    assert!(event.contains("<h1>Seces svētki</h1>"));
    assert!(event.contains(r#"<a href="place/sece">Sece &lt;script&gt;"#));
    assert!(event.contains(r#"<dd class="source">test</dd></dl>"#));
    assert!(
        meta(&event, "name", "description").starts_with("2024. gada 5. oktobris 11:00. Festivāls")
    );
    assert!(
        event.contains(r#"<link rel="canonical" href="https://example.lv/selija/event/svetki" />"#)
    );

    // The fixed pages, the embeds not indexed.
    let calendar = read(out.join("calendar/index.html"));
    assert!(calendar.contains("<title>Notikumu kalendārs — Sēlijas salas</title>"));
    assert!(!calendar.contains("noindex"));
    let embed = read(out.join("embed/index.html"));
    assert_eq!(meta(&embed, "name", "robots"), "noindex");
    assert!(out.join("embed/calendar/index.html").is_file());
    let home = read(out.join("index.html"));
    assert!(home.contains(r#"<link rel="canonical" href="https://example.lv/selija/" />"#));
    assert_eq!(count(&home, "</title>"), 1);

    // The fixture, not the shipped data, is what the build serves.
    assert!(report.data_copied);
    assert_eq!(read(out.join("data/selija.json")), dataset());
}

#[test]
fn every_page_is_also_written_in_english_with_its_own_head_and_header() {
    let (out, data) = staged("english");
    pages::run(&options(&out, &data)).unwrap();
    for file in [
        "index.en.html",
        "calendar/index.en.html",
        "embed/index.en.html",
        "embed/calendar/index.en.html",
        "place/akniste/index.en.html",
        "event/svetki/index.en.html",
    ] {
        let html = read(out.join(file));
        assert!(html.contains(r#"<html lang="en">"#), "{file}");
        assert_eq!(count(&html, "</title>"), 1, "{file}");
        // The header in English; no Latvian word of it left.
        for word in [">Places</a>", ">Calendar</a>", r#"aria-label="Language""#] {
            assert!(html.contains(word), "{file}: {word}");
        }
        for word in ["Vietas", "Kalendārs", "Valoda"] {
            assert!(!html.contains(word), "{file}: {word}");
        }
        assert!(html.contains(r#"hreflang="en" title="English" aria-current="true">EN</a>"#));
        // With JavaScript off, a note in the page's language only.
        assert!(html.contains(
            r#"<noscript><p class="noscript-note">JavaScript is off: you can read this page"#
        ));
        assert!(!html.contains("Vajag"), "{file}");
    }
    let lv = read(out.join("place/akniste/index.html"));
    assert!(lv.contains(r#"<html lang="lv">"#));
    assert!(lv.contains(">Vietas</a>") && lv.contains(r#"aria-label="Valoda""#));
    assert!(lv.contains(r#"<noscript><p class="noscript-note">JavaScript ir izslēgts:"#));
    // The switch is links to this page in each language, working before
    // the app (the server reads `?lang=`).
    assert!(lv.contains(
        r#"<a class="lang-button" href="place/akniste?lang=lv" lang="lv" hreflang="lv" title="Latviešu" aria-current="true">LV</a>"#
    ));
    assert!(lv.contains(
        r#"<a class="lang-button" href="place/akniste?lang=en" lang="en" hreflang="en" title="English">EN</a>"#
    ));
    let home = read(out.join("index.html"));
    assert!(home.contains(r#"href="./?lang=en""#));
    // The share link, prefilled as the app's header prefills it.
    for (file, href) in [
        ("index.html", "share"),
        ("calendar/index.html", "share?of=calendar"),
        ("event/svetki/index.en.html", "share?of=calendar"),
        ("place/akniste/index.html", "share?p=akniste"),
    ] {
        let html = read(out.join(file));
        assert!(
            html.contains(&format!(r#"<a class="share-link" href="{href}">"#)),
            "{file}"
        );
    }

    // A place's English page: its English name, texts and URL.
    let en = read(out.join("place/akniste/index.en.html"));
    assert!(
        en.contains("<title>Akniste — Sēlijas salas</title>"),
        "{en}"
    );
    assert!(en.contains("<h1>Akniste</h1>"));
    assert_eq!(
        meta(&en, "name", "description"),
        "Town, jekabpils. Map and calendar of Sēlija&#39;s communities."
    );
    assert!(en.contains(
        r#"<link rel="canonical" href="https://example.lv/selija/place/akniste?lang=en" />"#
    ));
    assert_eq!(
        meta(&en, "property", "og:url"),
        "https://example.lv/selija/place/akniste?lang=en"
    );
    assert_eq!(meta(&en, "property", "og:locale"), "en_GB");
    assert_eq!(meta(&en, "property", "og:locale:alternate"), "lv_LV");
    // Its oEmbed link is the record's one document, in Latvian.
    assert!(en.contains(r#"href="https://example.lv/selija/oembed/place/akniste.json""#));
    let doc: Value = serde_json::from_str(&read(out.join("oembed/place/akniste.json"))).unwrap();
    assert_eq!(doc["title"], "Aknīste");

    // The English home lists the places in English and counts in English.
    let home = read(out.join("index.en.html"));
    assert!(home.contains("<title>"));
    assert!(home.contains(">Akniste</a>"), "{home}");
    assert!(!home.contains(">Aknīste</a>"));
}

#[test]
fn the_apps_own_pages_get_their_head_and_the_loading_screen_not_the_home_page() {
    let (out, data) = staged("app-pages");
    pages::run(&options(&out, &data)).unwrap();
    for (file, title) in [
        ("trip/index.html", "Ceļojums — Sēlijas salas"),
        ("trip/index.en.html", "Trip — Sēlijas salas"),
        (
            "share/index.en.html",
            "Put the map or the calendar on your website — Sēlijas salas",
        ),
        ("check/index.html", "Datu faila pārbaude — Sēlijas salas"),
    ] {
        let html = read(out.join(file));
        assert!(
            html.contains(&format!("<title>{title}</title>")),
            "{file}: {html}"
        );
        assert_eq!(meta(&html, "name", "robots"), "noindex", "{file}");
        // The shell's loading note, not the home page's list.
        assert!(html.contains(r#"<p class="boot-note">"#), "{file}");
        assert!(!html.contains("place-list"), "{file}");
        // The app's header has no share link on its own pages.
        assert!(!html.contains("share-link"), "{file}");
    }
    let trip = read(out.join("trip/index.html"));
    assert!(trip.contains(r#"<a class="trip-counter" href="trip" aria-current="page">"#));
    assert!(meta(&trip, "name", "description").starts_with("Sēlijas vietas un notikumi"));
}

#[test]
fn unknown_paths_get_a_not_found_page_in_each_language() {
    let (out, data) = staged("not-found");
    pages::run(&options(&out, &data)).unwrap();
    for (file, lang, heading, home) in [
        ("404.html", "lv", "Lapa nav atrasta", "Uz sākumlapu"),
        ("404.en.html", "en", "Page not found", "Go to the home page"),
    ] {
        let html = read(out.join(file));
        assert!(html.contains(&format!(r#"<html lang="{lang}""#)), "{file}");
        assert!(
            html.contains(&format!("<title>{heading} — Sēlijas salas</title>")),
            "{file}"
        );
        assert_eq!(meta(&html, "name", "robots"), "noindex", "{file}");
        // The app's "not found", not the home list nor a loading note;
        // kept up (data-prerendered) until the app has its own page.
        assert!(
            html.contains(&format!(
                r#"<section class="not-found" data-prerendered=""><h1>{heading}</h1>"#
            )),
            "{file}: {html}"
        );
        assert!(html.contains(&format!(r#"<a class="button" href="./">{home}</a>"#)));
        assert!(!html.contains("place-list"), "{file}");
        assert!(!html.contains(r#"<p class="boot-note">"#), "{file}");
        // Nothing to share, as in the app's header.
        assert!(!html.contains("share-link"), "{file}");
        // Sent for any path, it cannot link to "this page in the other
        // language" by path: the switch goes home until the early script
        // points it at the visitor's URL.
        assert!(
            html.contains(r#"<a class="lang-button" href="./?lang=en""#),
            "{file}"
        );
        // Nor does its head name a URL of its own.
        assert!(!html.contains("404"), "{file}");
        assert!(!html.contains(r#"rel="canonical""#), "{file}");
        assert!(!html.contains("og:url"), "{file}");
    }
    // Not written as a folder of its own.
    assert!(!out.join("404.html/index.html").exists());
}

#[test]
fn a_second_run_replaces_its_own_tags() {
    let (out, data) = staged("twice");
    pages::run(&options(&out, &data)).unwrap();
    let first = read(out.join("index.html"));
    let report = pages::run(&options(&out, &data)).unwrap();
    assert!(!report.data_copied, "same bytes are not copied again");
    assert_eq!(read(out.join("index.html")), first);
}

#[test]
fn oembed_documents_have_the_shape_wordpress_keeps() {
    let (out, data) = staged("oembed");
    pages::run(&options(&out, &data)).unwrap();
    let doc: Value = serde_json::from_str(&read(out.join("oembed/place/sece.json"))).unwrap();
    assert_eq!(doc["type"], "rich");
    assert_eq!(doc["version"], "1.0");
    assert_eq!(doc["provider_name"], "Sēlijas salas");
    assert_eq!(doc["provider_url"], "https://example.lv/selija/");
    assert_eq!(doc["title"], NASTY);
    assert!(doc["width"].as_u64().is_some() && doc["height"].as_u64().is_some());
    assert_eq!(
        doc["thumbnail_url"],
        "https://example.lv/selija/og/selija.png"
    );
    let html = doc["html"].as_str().unwrap();
    assert!(html.starts_with(
        r#"<blockquote class="selija-embed"><a href="https://example.lv/selija/place/sece">Sece &lt;script&gt;"#
    ), "{html}");
    let iframe = &html[html
        .find("</blockquote><iframe ")
        .expect("iframe right after the blockquote")..];
    assert!(
        iframe.contains(r#" src="https://example.lv/selija/embed?p=sece" "#),
        "{iframe}"
    );
    assert!(iframe.contains(r#" width="600" height="450" "#));
    assert!(iframe.ends_with(r#" frameborder="0"></iframe>"#));
    for stripped in ["style=", "loading=", "allow="] {
        assert!(!html.contains(stripped), "{stripped}");
    }
    assert!(!html.contains("<script"));

    // An event opens the embedded calendar at its month and day (Riga time).
    let doc: Value = serde_json::from_str(&read(out.join("oembed/event/svetki.json"))).unwrap();
    let html = doc["html"].as_str().unwrap();
    assert!(html.starts_with(r#"<blockquote class="selija-embed"><a href="https://example.lv/selija/event/svetki">Seces svētki</a></blockquote><iframe "#));
    assert!(
        html.contains(
            r#" src="https://example.lv/selija/embed/calendar?month=2024-10&amp;day=2024-10-05" "#
        ),
        "{html}"
    );
    // Only the month is known: only the month is asked for.
    let doc: Value = serde_json::from_str(&read(out.join("oembed/event/kongress.json"))).unwrap();
    assert!(doc["html"]
        .as_str()
        .unwrap()
        .contains("embed/calendar?month=2022-08\""));
}

#[test]
fn the_shipped_dataset_gives_a_page_for_every_record() {
    let text = read(Path::new(env!("CARGO_MANIFEST_DIR")).join("public/data/selija.json"));
    let data = load(&text).unwrap().dataset;
    let site = Site::new("https://example.lv", "/").unwrap();
    let pages = plan(&data, &site, FIRST_LANG);
    assert_eq!(pages.len(), 8 + data.places.len() + data.events.len());
    let sece = pages.iter().find(|p| p.path == "place/sece").expect("sece");
    assert_eq!(sece.file(), "place/sece/index.html");
    for page in &pages {
        assert!(
            page.head.description.chars().count() <= 160,
            "{}",
            page.path
        );
        assert!(!page.head.description.is_empty(), "{}", page.path);
    }
    // The shell's own parts survive a render.
    let shell = Shell::parse(SHELL).unwrap();
    assert_eq!(shell.base_href(), "/selija/");
    let body = shell.render(
        FIRST_LANG,
        &sece.head.render(),
        "<header>H</header>",
        Some("<h1>Sece</h1>"),
    );
    assert!(body.contains("<header>H</header><main><h1>Sece</h1></main>"));
    assert!(body.starts_with(r#"<!DOCTYPE html><html lang="lv"><head>"#));
}

#[test]
fn the_binary_fails_clearly_on_a_bad_dataset_and_reports_skipped_records() {
    let (out, data) = staged("bin");
    let bin = env!("CARGO_BIN_EXE_selija-pages");

    let bad = out.parent().unwrap().join("bad.json");
    fs::write(&bad, "{ \"version\": 1, \"places\": [ oops ] }").unwrap();
    let run = Command::new(bin)
        .args([
            "--out",
            out.to_str().unwrap(),
            "--data",
            bad.to_str().unwrap(),
        ])
        .output()
        .unwrap();
    assert_eq!(run.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&run.stderr);
    assert!(
        stderr.contains("cannot load the dataset") && stderr.contains("bad.json"),
        "{stderr}"
    );
    assert!(!out.join("place").exists(), "nothing written");

    let missing = Command::new(bin)
        .args([
            "--out",
            out.to_str().unwrap(),
            "--data",
            "/nonexistent/x.json",
        ])
        .output()
        .unwrap();
    assert_eq!(missing.status.code(), Some(1));

    let usage = Command::new(bin)
        .args(["--out", out.to_str().unwrap(), "--nope"])
        .output()
        .unwrap();
    assert_eq!(usage.status.code(), Some(2));

    let ok = Command::new(bin)
        .args([
            "--out",
            out.to_str().unwrap(),
            "--data",
            data.to_str().unwrap(),
        ])
        .args(["--site-url", "https://example.lv"])
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&ok.stderr);
    assert!(ok.status.success(), "{stderr}");
    assert!(
        stderr.contains("1 record skipped") && stderr.contains("BAD ID"),
        "{stderr}"
    );
    assert!(out.join("place/sece/index.html").is_file());
}

#[test]
fn compresses_text_files_that_shrink() {
    let dir = scratch("compress");
    let text = "Sēlijas salas — kopienu karte. ".repeat(100);
    fs::create_dir_all(dir.join("place/sece")).unwrap();
    fs::write(dir.join("place/sece/index.html"), &text).unwrap();
    fs::write(dir.join("app.wasm"), text.as_bytes()).unwrap();
    fs::write(dir.join("small.js"), "let a = 1;").unwrap();
    fs::write(dir.join("photo.png"), text.as_bytes()).unwrap();
    // Random bytes do not shrink: no copies.
    let mut x: u64 = 0x9e3779b97f4a7c15;
    let noise: Vec<u8> = (0..4096)
        .map(|_| {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            x as u8
        })
        .collect();
    fs::write(dir.join("noise.json"), &noise).unwrap();

    let files = list_files(&dir).unwrap();
    assert_eq!(
        files,
        [
            "app.wasm",
            "noise.json",
            "photo.png",
            "place/sece/index.html",
            "small.js"
        ]
    );
    let report = compress_all(&dir, &files).unwrap();
    assert_eq!(report.files, 2);

    let gz = fs::read(dir.join("place/sece/index.html.gz")).unwrap();
    let mut back = String::new();
    std::io::Read::read_to_string(&mut flate2::read::GzDecoder::new(&gz[..]), &mut back).unwrap();
    assert_eq!(back, text);
    let br = fs::read(dir.join("app.wasm.br")).unwrap();
    assert!(br.len() < text.len() / 10);
    let mut back = Vec::new();
    std::io::Read::read_to_end(&mut brotli::Decompressor::new(&br[..], 4096), &mut back).unwrap();
    assert_eq!(back, text.as_bytes());

    for absent in [
        "small.js.br",
        "small.js.gz",
        "photo.png.br",
        "noise.json.br",
        "noise.json.gz",
    ] {
        assert!(!dir.join(absent).exists(), "{absent}");
    }
    assert!(files::is_compressible("a.webmanifest"));
    assert!(!files::is_compressible("a.js.br"));
}

/// The browser tests' fixture, loaded as the app loads it.
fn fixture() -> selijas_salas::domain::Dataset {
    let text = read(Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/selija-test.json"));
    load(&text).unwrap().dataset
}

#[test]
fn the_home_page_is_prerendered_with_escaped_names_and_filter_links() {
    let (out, data) = staged("prerender-home");
    pages::run(&options(&out, &data)).unwrap();
    let html = read(out.join("index.html"));
    // The fragment replaced the boot placeholder, inside the boot screen.
    assert!(!html.contains("boot-note"), "{html}");
    assert!(html.contains(r#"<div class="home" data-prerendered="">"#));
    assert!(!html.contains("<script>alert"), "{html}");
    assert!(html.contains(
        r#"<a class="place-link" href="place/sece">Sece &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &quot;co&quot; &#39;q&#39;</a>"#
    ));
    assert!(html.contains(r#"<a class="place-link" href="place/akniste">Aknīste</a>"#));
    // Filters are plain links to the filtered page, with what the early
    // script needs to make them toggles.
    assert!(
        html.contains(
            r#"<a class="check" href="./?m=jekabpils" data-key="m" data-value="jekabpils" data-focus="m-jekabpils">"#
        ),
        "{html}"
    );
    assert!(html.contains(
        r#"href="./?kind=town" data-key="kind" data-value="town" data-focus="kind-town""#
    ));
    // The count, and its text with {n} for the early script.
    assert!(
        html.contains(
            r#"<p class="count" role="status" data-template="{n} no 2 vietām">2 no 2 vietām</p>"#
        ),
        "{html}"
    );
    // The early script: its file, and its tag before trunk's loader.
    let early = pages::early::file_name();
    assert_eq!(read(out.join(&early)), pages::early::EARLY_SCRIPT);
    let tag = html.find(&format!(r#"<script defer src="/selija/{early}"></script>"#));
    let loader = html.find(r#"<script type="module""#);
    assert!(tag.is_some() && loader.is_some() && tag < loader, "{html}");
    // Other pages keep the placeholder.
    let embed = read(out.join("embed/index.html"));
    assert!(embed.contains("boot-note") && !embed.contains("data-prerendered"));
}

#[test]
fn the_home_page_keeps_the_rest_of_the_list_and_each_places_filter_values() {
    use selijas_salas::pages::prerender::{home, LIST_PAGE};
    let data = fixture();
    assert!(data.places.len() > LIST_PAGE);
    let html = home(&data, selijas_salas::domain::Lang::Lv);
    // The first page in the list, the rest in a template after the map.
    let list = html
        .find(r#"<ul class="place-list" data-page="60">"#)
        .unwrap();
    let map = html.find(r#"<div class="map-column">"#).unwrap();
    let rest = html.find(r#"<template class="more-places">"#).unwrap();
    assert!(list < map && map < rest);
    let items = |s: &str| s.matches(r#"<li class="place-item""#).count();
    assert_eq!(items(&html[list..map]), LIST_PAGE);
    assert_eq!(items(&html[rest..]), data.places.len() - LIST_PAGE);
    let last = &data.places[LIST_PAGE];
    assert!(html[rest..].contains(&format!(
        r#"<li class="place-item" data-m="{}" data-kind="{}">"#,
        last.municipality, last.kind
    )));
    assert!(html.contains(r#"data-template="Rādīt vēl ({n})">Rādīt vēl (1)</button>"#));
    // Every mapped place has a marker in the picture: its own, or one of
    // a cluster's (drawn only when the early script's filter leaves it
    // alone), each with what the filter compares.
    let mapped = data.places.iter().filter(|p| p.coord.is_some()).count();
    assert_eq!(html.matches(r#"<a class="static-marker"#).count(), mapped);
    let members = html.matches(r#" is-off" href="#).count();
    let clusters: usize = selijas_salas::pages::prerender::StaticMap::first_view(
        &data,
        selijas_salas::pages::prerender::NOMINAL_MAP,
    )
    .markers
    .iter()
    .map(|m| match m {
        selijas_salas::pages::prerender::StaticMarker::Cluster { count, .. } => *count as usize,
        _ => 0,
    })
    .sum();
    assert_eq!(members, clusters);
    // A cluster's names by count, for the early script's recount.
    assert!(html.contains(r#"data-counts="0 vietas|1 vieta|2 vietas|3 vietas|"#));
}

#[test]
fn the_static_map_has_the_live_clusters_and_marker_links() {
    use selijas_salas::geo::cluster::{ClusterIndex, Shown};
    use selijas_salas::geo::{project, Bounds, LatLng, Viewport};
    use selijas_salas::pages::prerender::{StaticMap, NOMINAL_MAP};

    let data = fixture();
    let (w, h) = NOMINAL_MAP;
    let map = StaticMap::first_view(&data, (w, h));

    // The live map, computed here from its own parameters (ui::map: zoom
    // 6–18, radius 60 px, fitted with 48 px padding and at most zoom 13).
    let mapped: Vec<_> = data.places.iter().filter(|p| p.coord.is_some()).collect();
    let points: Vec<_> = mapped
        .iter()
        .filter_map(|p| p.coord.map(|c| project(LatLng::new(c.lat, c.lon))))
        .collect();
    let mut view = Viewport::new(LatLng::new(56.15, 26.0), 8.0, w, h, 6.0, 18.0);
    view.fit_bounds(Bounds::of(points.iter().copied()).unwrap(), 48.0, 13.0);
    assert!((map.view.zoom - view.zoom).abs() < 1e-9);
    let index = ClusterIndex::new(&points, 6, 18, 60.0);
    let level = index.level_for(view.zoom);
    let shown = index.subset(|_| true).shown(&index, level);
    let clusters = shown
        .iter()
        .filter(|s| matches!(s, Shown::Cluster { .. }))
        .count();
    assert_eq!(map.level, level);
    assert_eq!(map.clusters(), clusters);
    assert_eq!(map.markers.len(), shown.len());

    let html = map.svg_box(&data, selijas_salas::domain::Lang::Lv);
    assert_eq!(count(&html, r#"<g class="static-cluster"#), clusters);
    // Every single place drawn is a link to its page, named like the live
    // marker (its name).
    for s in &shown {
        if let Shown::Point(p) = s {
            let place = mapped[*p as usize];
            let name = escape(place.name.get(selijas_salas::domain::Lang::Lv));
            assert!(
                html.contains(&format!(r#"href="place/{}" aria-label="{name}""#, place.id)),
                "no marker link for {}",
                place.id
            );
        }
    }
    assert!(html.contains(r#"class="map-outline""#));
    assert!(html.contains(r#"class="map-label""#));
}
