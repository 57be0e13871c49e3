//! The app root: router, shared state, page shell and routes.

use crate::state::provide_app_state;
use crate::ui::calendar::CalendarPage;
use crate::ui::event_page::EventPage;
use crate::ui::home::HomePage;
use crate::ui::not_found::NotFound;
use crate::ui::place_page::PlacePage;
use crate::ui::shell::{Footer, Header, Notices};
use crate::ui::status::SkippedReport;
use crate::web::prefs::base_path;
use leptos::prelude::*;
use leptos_router::components::{FlatRoutes, Route, Router};
use leptos_router::path;

/// The whole application.
///
/// Routes `/embed`, `/share` and `/trip` are reserved for later work; until
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

/// Header, notices, the routed page and footer. Lives inside the router
/// because the shared state reads the URL.
#[component]
fn Shell() -> impl IntoView {
    provide_app_state();
    view! {
        <Header />
        <main id="main" tabindex="-1">
            <Notices />
            <SkippedReport />
            // Flat routes: the app has no nested ones, and <FlatRoutes> is
            // about 13 KB (gzip) smaller in the bundle than <Routes>.
            <FlatRoutes fallback=NotFound>
                <Route path=path!("/") view=HomePage />
                <Route path=path!("/place/:id") view=PlacePage />
                <Route path=path!("/calendar") view=CalendarPage />
                <Route path=path!("/event/:id") view=EventPage />
            </FlatRoutes>
        </main>
        <Footer />
    }
}
