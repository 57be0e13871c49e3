//! Which page a path shows, at the root and under a sub-path.

use selijas_salas::domain::route::Page;

#[test]
fn paths_at_the_root() {
    let page = |p| Page::from_path(p, "");
    assert_eq!(page("/"), Page::Home);
    assert_eq!(page(""), Page::Home);
    assert_eq!(page("/calendar"), Page::Calendar);
    assert_eq!(page("/calendar/"), Page::Calendar);
    assert_eq!(page("/place/garsene"), Page::Place("garsene".into()));
    assert_eq!(page("/place/garsene/"), Page::Place("garsene".into()));
    assert_eq!(page("/event/ilgas-2022"), Page::Event("ilgas-2022".into()));
    assert_eq!(page("/event/ilgas-2022").id(), Some("ilgas-2022"));
    assert_eq!(page("/calendar").id(), None);
    assert_eq!(page("/embed"), Page::Embed);
    assert_eq!(page("/embed/"), Page::Embed);
    assert_eq!(page("/embed/calendar"), Page::EmbedCalendar);
    assert_eq!(page("/share"), Page::Share);
    assert!(page("/embed").is_embed() && page("/embed/calendar").is_embed());
    assert!(!page("/share").is_embed() && !page("/").is_embed());
    // A mistyped embed stays an embed (no site chrome in a partner's frame).
    for p in ["/embed/calendar/x", "/embed/place", "/embed/kalendars/"] {
        assert_eq!(page(p), Page::EmbedNotFound, "{p}");
        assert!(page(p).is_embed(), "{p}");
    }
    assert!(!page("/embedded").is_embed());
    assert_eq!(page("/trip"), Page::Trip);
    assert_eq!(page("/trip/"), Page::Trip);
    assert_eq!(page("/trip").id(), None);
    // Ids are slugs: anything else is passed on as it is (and not found).
    assert_eq!(page("/place/a+b"), Page::Place("a+b".into()));
    for p in [
        "/place",
        "/place/",
        "/place/a/b",
        "/event",
        "/calendar/2022",
        "/share/x",
        "/trip/x",
        "/nowhere",
    ] {
        assert_eq!(page(p), Page::NotFound, "{p}");
    }
}

#[test]
fn paths_under_a_sub_path() {
    let page = |p| Page::from_path(p, "/selija");
    assert_eq!(page("/selija"), Page::Home);
    assert_eq!(page("/selija/"), Page::Home);
    assert_eq!(page("/selija/calendar"), Page::Calendar);
    assert_eq!(page("/selija/place/x"), Page::Place("x".into()));
    assert_eq!(page("/selija/embed"), Page::Embed);
    assert_eq!(page("/selija/embed/calendar/"), Page::EmbedCalendar);
    assert_eq!(page("/selija/embed/map"), Page::EmbedNotFound);
    assert_eq!(page("/selija/share"), Page::Share);
    // Outside the base, or a longer name that merely starts with it.
    assert_eq!(page("/calendar"), Page::NotFound);
    assert_eq!(page("/selijas/calendar"), Page::NotFound);
}

#[test]
fn the_data_check_page_is_at_check_not_at_the_data_folder() {
    use selijas_salas::domain::route::Page;
    assert_eq!(Page::from_path("/check", ""), Page::Data);
    assert_eq!(Page::from_path("/selija/check/", "/selija"), Page::Data);
    assert_eq!(Page::from_path("/data", ""), Page::NotFound);
}
