//! The language tables: today's wording (dates, plurals, names).

use selijas_salas::domain::dates::parse_day;
use selijas_salas::domain::{Category, Confidence, Lang, PlaceKind, When};
use selijas_salas::i18n::*;

#[test]
fn dates_in_both_languages() -> Result<(), &'static str> {
    let d = parse_day("2022-03-18").map_err(|_| "date")?;
    assert_eq!(format_date(Lang::Lv, d), "2022. gada 18. marts");
    assert_eq!(format_date(Lang::En, d), "18 March 2022");
    assert_eq!(
        format_date_long(Lang::Lv, d),
        "piektdiena, 2022. gada 18. marts"
    );
    assert_eq!(format_date_long(Lang::En, d), "Friday, 18 March 2022");
    assert_eq!(month_title(Lang::En, 2022, 8), "August 2022");
    assert_eq!(month_title(Lang::Lv, 2022, 8), "2022. gada augusts");
    let m = When::parse("2022-08").map_err(|_| "month")?;
    assert_eq!(
        format_when(Lang::Lv, m, None),
        "2022. gada augusts, datums vēl nav zināms"
    );
    assert_eq!(
        format_when(Lang::En, m, None),
        "August 2022, date not known"
    );
    let t = When::parse("2024-10-05T08:00Z").map_err(|_| "time")?;
    assert_eq!(format_when(Lang::En, t, None), "5 October 2024 11:00");
    let end = When::parse("2024-10-06").map_err(|_| "end")?;
    assert_eq!(
        format_when(Lang::Lv, t, Some(end)),
        "2024. gada 5. oktobris 11:00 – 2024. gada 6. oktobris"
    );
    assert_eq!(events_count(Lang::Lv, 21), "21 notikums");
    assert_eq!(more_events(Lang::Lv, 2), "+2 vēl");
    assert_eq!(more_events(Lang::En, 2), "+2 more");
    assert_eq!(weekday_short(Lang::Lv, 6), "Sv");
    // Out-of-range indexes are clamped, never a panic.
    assert_eq!(month_name(Lang::En, 0), "January");
    assert_eq!(month_name(Lang::En, 13), "December");
    assert_eq!(weekday_name(Lang::Lv, 9), "svētdiena");
    Ok(())
}

#[test]
fn latvian_plurals() {
    assert_eq!(places_count(Lang::Lv, 1), "1 vieta");
    assert_eq!(places_count(Lang::Lv, 2), "2 vietas");
    assert_eq!(places_count(Lang::Lv, 21), "21 vieta");
    assert_eq!(places_count(Lang::Lv, 11), "11 vietas");
    assert_eq!(places_count(Lang::Lv, 111), "111 vietas");
    assert_eq!(places_count(Lang::Lv, 0), "0 vietas");
    assert_eq!(places_shown(Lang::Lv, 3, 21), "3 no 21 vietas");
    assert_eq!(places_shown(Lang::Lv, 3, 80), "3 no 80 vietām");
    assert_eq!(records_skipped(Lang::Lv, 1), "1 ieraksts izlaists");
    assert_eq!(records_skipped(Lang::Lv, 3), "3 ieraksti izlaisti");
}

#[test]
fn english_plurals() {
    assert_eq!(places_count(Lang::En, 1), "1 place");
    assert_eq!(places_count(Lang::En, 21), "21 places");
    assert_eq!(places_shown(Lang::En, 1, 1), "1 of 1 place");
    assert_eq!(places_shown(Lang::En, 3, 80), "3 of 80 places");
    assert_eq!(records_skipped(Lang::En, 2), "2 records skipped");
    assert_eq!(events_count(Lang::En, 1), "1 event");
}

#[test]
fn every_name_is_worded_and_differs_between_languages() {
    let [lv, en] = [Lang::Lv, Lang::En];
    for k in PlaceKind::ALL {
        assert!(!kind_name(lv, *k).is_empty() && !kind_name(en, *k).is_empty());
        assert_ne!(kind_name(lv, *k), kind_name(en, *k), "{k}");
    }
    for c in Category::ALL {
        assert!(!category_name(lv, *c).is_empty() && !category_name(en, *c).is_empty());
        assert_ne!(category_name(lv, *c), category_name(en, *c), "{c}");
    }
    for c in Confidence::ALL {
        assert!(!confidence_name(lv, *c).is_empty() && !confidence_name(en, *c).is_empty());
        assert_ne!(confidence_name(lv, *c), confidence_name(en, *c), "{c}");
    }
    assert_ne!(language_name(lv), language_name(en));
    assert_ne!(texts(lv).search, texts(en).search);
}
