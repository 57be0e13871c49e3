//! The app root: router, shared state, page shell and routes.

use crate::domain::route::Page;
use crate::state::{provide_app_state, use_page};
use crate::ui::calendar::CalendarPage;
use crate::ui::data_page::DataPage;
use crate::ui::embed::EmbedShell;
use crate::ui::event_page::EventPage;
use crate::ui::home::HomePage;
use crate::ui::not_found::NotFound;
use crate::ui::offline::AppStatus;
use crate::ui::place_page::PlacePage;
use crate::ui::share::SharePage;
use crate::ui::shell::{Footer, Header, Notices};
use crate::ui::status::SkippedReport;
use crate::ui::trip::{TripNotices, TripPage};
use crate::web::prefs::base_path;
use leptos::prelude::*;
use leptos_router::components::Router;
use leptos_router::hooks::use_location;
use leptos_router::location::{BrowserUrl, LocationProvider};

/// The whole application.
#[component]
pub fn App() -> impl IntoView {
    let base = base_path();
    start_embed_mode(&base);
    view! {
        <Router base=base>
            <Shell />
        </Router>
    }
}

/// Header, notices, the page and footer. Lives inside the router because
/// the shared state reads the URL.
#[component]
fn Shell() -> impl IntoView {
    provide_app_state();
    // A pre-rendered first screen (`web::boot`) stays up until the data is
    // in; pages drawn from it reveal themselves (`DataGate`), and this
    // reveals the others (the data check page) at the same moment.
    let data = crate::state::use_data();
    Effect::new(move |_| {
        if data.get().is_some() {
            crate::web::boot::reveal_soon();
        }
    });
    crate::ui::trip::provide_trip();
    // Pages are matched in `domain::route` (see there why not with the
    // router's route components).
    let page = use_page();
    let routed = move || match page.get() {
        Page::Home => view! { <HomePage /> }.into_any(),
        Page::Place(_) => view! { <PlacePage /> }.into_any(),
        Page::Calendar => view! { <CalendarPage /> }.into_any(),
        Page::Event(_) => view! { <EventPage /> }.into_any(),
        Page::Share => view! { <SharePage /> }.into_any(),
        Page::Trip => view! { <TripPage /> }.into_any(),
        Page::Data => view! { <DataPage /> }.into_any(),
        // Embeds are drawn by `EmbedShell` below; reached here only by a
        // link out of an embed, which leaves its frame.
        Page::NotFound | Page::Embed | Page::EmbedCalendar | Page::EmbedNotFound => {
            view! { <NotFound /> }.into_any()
        }
    };
    // After a link to another path the router waits for the new page to
    // be drawn before it writes the path to the address bar and history
    // (its route components tell it so); tell it once the page is there.
    // Any new path, even one that shows the same page (`/calendar/`).
    let browser = use_context::<BrowserUrl>();
    let path = use_location().pathname;
    Effect::new(move |_| {
        path.track();
        if let Some(b) = &browser {
            b.ready_to_complete();
        }
    });
    // An embed has none of the site's chrome (and never becomes the full
    // site in its frame: its links leave the frame).
    if page.get_untracked().is_embed() {
        return view! { <EmbedShell /> }.into_any();
    }
    view! {
        <Header />
        <AppStatus />
        <main id="main" tabindex="-1">
            <Notices />
            <TripNotices />
            <SkippedReport />
            {routed}
        </main>
        <Footer />
    }
    .into_any()
}

/// When the page loads as an embed: marks `<html class="embed">` (the
/// stylesheet's embed rules) and makes its links leave the frame. Done
/// before the router starts, so that the link handler runs first.
fn start_embed_mode(base: &str) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let location = window.location();
    let path = location.pathname().unwrap_or_default();
    if !Page::from_path(&path, base).is_embed() {
        return;
    }
    if let Some(root) = window.document().and_then(|d| d.document_element()) {
        let _ = root.class_list().add_1("embed");
    }
    let search = location.search().unwrap_or_default();
    let pairs = crate::domain::query::parse_query_string(&search);
    let url = crate::domain::query::parse(pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())));
    let hash = location.hash().unwrap_or_default();
    let secret = crate::domain::embed::FrameParams::from_fragment(&hash).secret;
    crate::web::embed::route_links(base, url.link, secret);
}
