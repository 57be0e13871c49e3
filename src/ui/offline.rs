//! Two small notes under the header: "offline" while the browser has no
//! network (the page runs from the service worker's cache), and "new
//! version — reload" when a new build has installed and waits. The new
//! version is only offered: it never replaces the running one mid-use.

use crate::state::tr;
use crate::web::sw;
use leptos::prelude::*;

/// Registers the service worker and shows its notes. Not used in embeds:
/// a partner's frame gets neither the worker nor the notes.
#[component]
pub fn AppStatus() -> impl IntoView {
    let online = RwSignal::new(sw::is_online());
    let update = RwSignal::new(false);
    sw::watch_online(move |now| online.set(now));
    sw::register(move || update.set(true));
    // One live region, there from the start, so that screen readers
    // announce what appears in it.
    view! {
        <div class="app-status" role="status">
            <Show when=move || !online.get()>
                <p class="offline-note">{tr(|t| t.offline_notice)}</p>
            </Show>
            <Show when=move || update.get()>
                <p class="update-note">
                    <span>{tr(|t| t.update_available)}</span>
                    " "
                    <button type="button" on:click=|_| sw::apply_update()>
                        {tr(|t| t.update_reload)}
                    </button>
                </p>
            </Show>
        </div>
    }
}
