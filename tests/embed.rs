//! Embedding: the `/share` options, the embed link, the snippets, the "open
//! full map" link and the fragment an embed reads.

use selijas_salas::domain::embed::{
    escape_html, full_site_path, height_changed, iframe_snippet, message_height, script_snippet,
    EmbedOptions, EmbedView, FrameParams,
};
use selijas_salas::domain::{Lang, MunicipalityId};

const SITE: &str = "https://example.lv/selija/";

#[test]
fn share_starts_from_the_view_it_was_opened_from() {
    let o = EmbedOptions::from_share_query("?m=jekabpils&q=sece&view=list&lang=en", Lang::Lv);
    assert_eq!(o.view, EmbedView::List);
    assert!(o.municipalities.contains(&MunicipalityId::Jekabpils));
    assert_eq!(o.municipalities.len(), 1);
    assert!(o.keep_filters);
    assert_eq!(o.carried, vec![("q".to_owned(), "sece".to_owned())]);
    // The language is the one in force, given by the caller.
    assert_eq!(o.lang, Lang::Lv);
    assert!(!o.lock);
    assert_eq!(o.height, 480);

    let o = EmbedOptions::from_share_query("of=calendar&view=list&month=2022-03", Lang::En);
    assert_eq!(o.view, EmbedView::CalendarList);
    assert_eq!(
        EmbedOptions::from_share_query("of=calendar", Lang::En).view,
        EmbedView::CalendarMonth
    );
    let o = EmbedOptions::from_share_query("", Lang::Lv);
    assert_eq!(o.view, EmbedView::Map);
    assert!(!o.keep_filters && o.municipalities.is_empty());
    // Junk is ignored; heights are clamped.
    let o = EmbedOptions::from_share_query("m=nowhere,kraslava&view=x&height=5", Lang::Lv);
    assert_eq!(o.view, EmbedView::Map);
    assert_eq!(o.municipalities.len(), 1);
    assert_eq!(o.height, 200);
}

#[test]
fn embed_links() {
    let mut o = EmbedOptions::from_share_query("m=jekabpils&view=list", Lang::Lv);
    o.lock = true;
    assert_eq!(
        o.url(SITE),
        "https://example.lv/selija/embed?m=jekabpils&view=list&lang=lv&lock=1"
    );
    // The map's height only where there is a map, and only when not the default.
    o.height = 600;
    assert!(!o.url(SITE).contains("height"));
    o.view = EmbedView::Map;
    assert_eq!(
        o.relative_url(),
        "embed?m=jekabpils&lang=lv&lock=1&height=600"
    );
    assert_eq!(o.frame_height(), 600 + 248);
    o.view = EmbedView::CalendarMonth;
    o.lang = Lang::En;
    o.lock = false;
    assert_eq!(
        o.relative_url(),
        "embed/calendar?m=jekabpils&view=month&lang=en"
    );
    assert_eq!(o.frame_height(), 640);
    // Carried filters fit the view: no month on the places, no place or
    // map view on the calendar; off when "keep filters" is off.
    let mut o = EmbedOptions::from_share_query("q=a b&p=sece&month=2022-03&at=9/56/25", Lang::Lv);
    assert_eq!(o.relative_url(), "embed?q=a%20b&p=sece&at=9/56/25&lang=lv");
    o.view = EmbedView::CalendarList;
    assert_eq!(
        o.relative_url(),
        "embed/calendar?q=a%20b&month=2022-03&view=list&lang=lv"
    );
    o.keep_filters = false;
    assert_eq!(o.relative_url(), "embed/calendar?view=list&lang=lv");
}

#[test]
fn snippets_escape_and_carry_the_attributes() {
    assert_eq!(
        escape_html(r#"<a href="x">'&'</a>"#),
        "&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;"
    );
    let s = iframe_snippet(
        "https://example.lv/embed?m=a&view=list",
        "Vietas \"Sēlijā\"",
        640,
    );
    assert_eq!(
        s,
        "<iframe src=\"https://example.lv/embed?m=a&amp;view=list\" title=\"Vietas &quot;Sēlijā&quot;\" \
         width=\"100%\" height=\"640\" loading=\"lazy\" referrerpolicy=\"strict-origin-when-cross-origin\" \
         allow=\"geolocation; fullscreen\" style=\"width:100%;height:640px;border:0\"></iframe>"
    );
    let mut o = EmbedOptions::from_share_query("m=jekabpils&view=list", Lang::Lv);
    o.lock = true;
    let s = script_snippet(SITE, &o, "Vietas <Jēkabpils>");
    assert_eq!(
        s,
        "<div data-selija-embed=\"m=jekabpils&amp;view=list&amp;lang=lv&amp;lock=1\" \
         data-title=\"Vietas &lt;Jēkabpils&gt;\" data-height=\"640\"></div>\n\
         <script src=\"https://example.lv/selija/embed.js\" async></script>"
    );
    o.view = EmbedView::CalendarList;
    assert!(script_snippet(SITE, &o, "x").contains("data-selija-path=\"embed/calendar\""));
}

#[test]
fn the_full_site_link_drops_embed_and_its_keys() {
    assert_eq!(
        full_site_path(
            "/embed",
            "",
            "?m=jekabpils&lock=1&view=list&height=600&link=top&gestures=free&lang=en"
        ),
        "/?m=jekabpils&view=list&lang=en"
    );
    assert_eq!(full_site_path("/embed/", "", ""), "/");
    assert_eq!(
        full_site_path("/selija/embed/calendar", "/selija", "month=2022-03&lock=1"),
        "/selija/calendar?month=2022-03"
    );
    assert_eq!(
        full_site_path("/selija/embed", "/selija", "p=sece"),
        "/selija/?p=sece"
    );
}

#[test]
fn the_fragment_gives_id_and_wordpress_secret() {
    let f = FrameParams::from_fragment("#?secret=abcdefghij");
    assert_eq!(f.secret.as_deref(), Some("abcdefghij"));
    assert_eq!(f.id, None);
    let f = FrameParams::from_fragment("#id=map-1#?secret=A1b2C3d4E5");
    assert_eq!(f.id.as_deref(), Some("map-1"));
    assert_eq!(f.secret.as_deref(), Some("A1b2C3d4E5"));
    for bad in [
        "",
        "#",
        "#?secret=short",
        "#?secret=abcdefghijk",
        "#?secret=abc-efghij",
        "#id=<x>",
        "#id=",
    ] {
        assert_eq!(
            FrameParams::from_fragment(bad),
            FrameParams::default(),
            "{bad}"
        );
    }
}

#[test]
fn heights_for_messages() {
    assert_eq!(message_height(412.2), 413);
    assert_eq!(message_height(0.0), 1);
    assert_eq!(message_height(f64::NAN), 1);
    assert!(height_changed(None, 400));
    assert!(!height_changed(Some(400), 401));
    assert!(height_changed(Some(400), 402));
    assert!(height_changed(Some(400), 398));
}
