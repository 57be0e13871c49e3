//! A community's profile, where the data gives one: its island's name, the
//! year it joined the network, its contacts (as links) and its identity
//! sign. Shown on the place's page and in the map panel.

use crate::domain::Place;
use crate::i18n::texts;
use crate::state::{tr, use_lang};
use leptos::prelude::*;

/// The profile of `place`; nothing when the data gives none.
#[component]
pub fn ProfileFacts(place: Place) -> impl IntoView {
    let lang = use_lang();
    let profile = place.profile;
    if profile.is_empty() {
        return None;
    }
    let name = place.name;
    let sign = profile.identity_sign.map(|src| {
        let alt = move || (texts(lang.get()).identity_sign_alt)(name.get(lang.get()));
        // A sign that does not load (a wrong path in the data, no network)
        // is left out rather than shown as a broken image with its alt
        // text squeezed into its box.
        let broken = RwSignal::new(false);
        view! {
            <img
                class="identity-sign"
                class:is-broken=move || broken.get()
                src=src
                alt=alt
                width="96"
                height="96"
                on:error=move |_| broken.set(true)
            />
        }
    });
    let island = profile.island.map(|island| {
        view! {
            <dt>{tr(|t| t.island)}</dt>
            <dd class="island">{move || island.get(lang.get()).to_owned()}</dd>
        }
    });
    let since = profile.member_since.map(|year| {
        view! {
            <dt>{tr(|t| t.member_since)}</dt>
            <dd class="member-since">{year}</dd>
        }
    });
    let c = profile.contacts;
    let contacts = (!c.is_empty()).then(|| {
        let website = c.website.map(|url| {
            let href = url.clone();
            view! { <li><span class="contact-kind">{tr(|t| t.website)}": "</span><a href=href rel="noopener">{url}</a></li> }
        });
        let email = c.email.map(|mail| {
            let href = format!("mailto:{mail}");
            view! { <li><span class="contact-kind">{tr(|t| t.email)}": "</span><a href=href>{mail}</a></li> }
        });
        let phone = c.phone.map(|phone| {
            let href = format!("tel:{}", tel_digits(&phone));
            view! { <li><span class="contact-kind">{tr(|t| t.phone)}": "</span><a href=href>{phone}</a></li> }
        });
        let social = c
            .social
            .into_iter()
            .map(|url| {
                let href = url.clone();
                view! { <li><span class="contact-kind">{tr(|t| t.social)}": "</span><a href=href rel="noopener">{url}</a></li> }
            })
            .collect_view();
        view! {
            <dt>{tr(|t| t.contacts)}</dt>
            <dd><ul class="contacts">{website}{email}{phone}{social}</ul></dd>
        }
    });
    Some(view! {
        <div class="profile">
            {sign}
            <dl class="facts profile-facts">{island}{since}{contacts}</dl>
        </div>
    })
}

/// A phone number as a `tel:` link wants it: `+` and digits only.
fn tel_digits(phone: &str) -> String {
    phone
        .chars()
        .filter(|c| c.is_ascii_digit() || *c == '+')
        .collect()
}
