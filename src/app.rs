//! The app root: router, shared state, page shell and routes.

use crate::domain::route::Page;
use crate::state::{provide_app_state, use_page};
use crate::ui::calendar::CalendarPage;
use crate::ui::event_page::EventPage;
use crate::ui::home::HomePage;
use crate::ui::not_found::NotFound;
use crate::ui::place_page::PlacePage;
use crate::ui::shell::{Footer, Header, Notices};
use crate::ui::status::SkippedReport;
use crate::ui::trip::{TripNotices, TripPage};
use crate::web::prefs::base_path;
use leptos::prelude::*;
use leptos_router::components::Router;
use leptos_router::hooks::use_location;
use leptos_router::location::{BrowserUrl, LocationProvider};

/// The whole application.
///
/// Routes `/embed` and `/share` are reserved for later work; until
/// then they get the "not found" page.
#[component]
pub fn App() -> impl IntoView {
    let base = base_path();
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
    crate::ui::trip::provide_trip();
    // Pages are matched in `domain::route` (see there why not with the
    // router's route components).
    let page = use_page();
    let routed = move || match page.get() {
        Page::Home => view! { <HomePage /> }.into_any(),
        Page::Place(_) => view! { <PlacePage /> }.into_any(),
        Page::Calendar => view! { <CalendarPage /> }.into_any(),
        Page::Event(_) => view! { <EventPage /> }.into_any(),
        Page::Trip => view! { <TripPage /> }.into_any(),
        Page::NotFound => view! { <NotFound /> }.into_any(),
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
    view! {
        <Header />
        <main id="main" tabindex="-1">
            <Notices />
            <TripNotices />
            <SkippedReport />
            {routed}
        </main>
        <Footer />
    }
}
