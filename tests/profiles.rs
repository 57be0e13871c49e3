//! Format version 2: the community profile fields of a place, and the
//! wording that tells an editor what to do.

use selijas_salas::domain::validate::{load, Problem};
use selijas_salas::domain::Lang;
use selijas_salas::i18n::problem;
use serde_json::{json, Value};

fn dataset(profile: Value) -> String {
    let mut place = json!({
        "id": "sece", "kind": "village", "name": {"lv": "Sece"},
        "municipality": "aizkraukle", "confidence": "high", "source": "test"
    });
    if let (Some(p), Some(extra)) = (place.as_object_mut(), profile.as_object()) {
        p.extend(extra.clone());
    }
    json!({"version": 2, "places": [place]}).to_string()
}

fn problems(profile: Value) -> Vec<(String, Problem)> {
    let loaded = load(&dataset(profile)).expect("loads");
    loaded
        .issues
        .into_iter()
        .map(|i| (i.field, i.problem))
        .collect()
}

#[test]
fn a_full_profile_is_read() {
    let loaded = load(&dataset(json!({
        "island": {"lv": "Makšķernieku un ūdens prieku sala"},
        "member_since": 2017,
        "contacts": {
            "website": "https://selija.com/",
            "email": "info@example.lv",
            "phone": "+371 2000 0000",
            "social": ["https://www.facebook.com/example"]
        },
        "identity_sign": "images/signs/sece.svg"
    })))
    .expect("loads");
    assert!(loaded.issues.is_empty(), "{:?}", loaded.issues);
    let p = &loaded.dataset.places[0].profile;
    assert_eq!(
        p.island.as_ref().map(|i| i.lv.as_str()),
        Some("Makšķernieku un ūdens prieku sala")
    );
    assert_eq!(p.member_since, Some(2017));
    assert_eq!(p.contacts.social.len(), 1);
    assert_eq!(p.identity_sign.as_deref(), Some("images/signs/sece.svg"));
}

#[test]
fn version_one_is_still_read_and_has_no_profile() {
    let text = dataset(json!({})).replace("\"version\":2", "\"version\":1");
    let loaded = load(&text).expect("loads");
    assert!(loaded.issues.is_empty());
    assert!(loaded.dataset.places[0].profile.is_empty());
}

#[test]
fn identity_signs_are_only_our_own_images() {
    for bad in [
        "https://example.lv/sign.png",
        "//example.lv/sign.png",
        "/images/sign.png",
        "../secret.png",
        "images/sign.html",
        "data:image/png;base64,AAAA",
        "javascript:alert(1).png",
    ] {
        assert_eq!(
            problems(json!({ "identity_sign": bad })),
            [(
                "identity_sign".to_owned(),
                Problem::NotLocalImage(bad.into())
            )],
            "{bad}"
        );
    }
}

#[test]
fn bad_contacts_and_years_are_reported_by_field() {
    assert_eq!(
        problems(json!({
            "member_since": 1850,
            "contacts": {
                "website": "mailto:a@b.lv",
                "email": "not an address",
                "phone": "call us",
                "social": ["javascript:alert(1)"]
            }
        })),
        [
            ("member_since".to_owned(), Problem::NotYear),
            (
                "contacts.website".to_owned(),
                Problem::NotWebLink("mailto:a@b.lv".into())
            ),
            (
                "contacts.email".to_owned(),
                Problem::BadEmail("not an address".into())
            ),
            (
                "contacts.phone".to_owned(),
                Problem::BadPhone("call us".into())
            ),
            (
                "contacts.social[1]".to_owned(),
                Problem::NotWebLink("javascript:alert(1)".into())
            ),
        ]
    );
}

#[test]
fn messages_say_what_to_do() {
    assert_eq!(
        problem(Lang::En, &Problem::UnknownMunicipality("jekabpls".into())),
        "unknown municipality “jekabpls” — did you mean “jekabpils”?"
    );
    assert_eq!(
        problem(Lang::Lv, &Problem::UnknownMunicipality("jekabpls".into())),
        "nezināms novads „jekabpls” — varbūt domāts „jekabpils”?"
    );
    assert_eq!(
        problem(
            Lang::En,
            &Problem::EndBeforeStart("2024-09-06".into(), "2024-09-07".into())
        ),
        "“end” 2024-09-06 is before “start” 2024-09-07 — swap them?"
    );
    // Nothing close: no guess.
    assert_eq!(
        problem(Lang::En, &Problem::UnknownMunicipality("riga".into())),
        "unknown municipality “riga”"
    );
}
