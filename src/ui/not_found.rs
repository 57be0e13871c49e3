//! The page for any path the app does not know.

use crate::i18n::texts;
use crate::state::{tr, use_lang};
use crate::web::prefs::set_title;
use leptos::prelude::*;

/// "Page not found", with a way home.
#[component]
pub fn NotFound() -> impl IntoView {
    let lang = use_lang();
    let t = move || texts(lang.get());
    Effect::new(move |_| set_title(&format!("{} — {}", t().not_found, t().app_name)));
    // An unknown path was answered with the pre-rendered home: show this.
    crate::web::boot::reveal_soon();
    view! {
        <section class="not-found">
            <h1>{tr(|t| t.not_found)}</h1>
            <p>{tr(|t| t.not_found_text)}</p>
            <a class="button" href="./">{tr(|t| t.go_home)}</a>
        </section>
    }
}
