//! The page frame: header with the language switch, URL notices, footer.

use crate::domain::query::{parse_query_string, shared_query, to_query_string, Notice, View};
use crate::domain::route::Page;
use crate::domain::Lang;
use crate::i18n::{language_name, texts, url_notice};
use crate::state::{
    tr, use_data, use_lang, use_page, use_query_suffix, use_set_lang, use_set_params_as, use_url,
};
use crate::web::nav::Entry;
use leptos::prelude::*;

/// Site header: skip link, name, navigation and language switch.
#[component]
pub fn Header() -> impl IntoView {
    let query = use_query_suffix();
    // Links to other pages carry only what every page shares (filters,
    // language, site-wide settings), not this page's `p`, `at` or `view`.
    let suffix = Signal::derive(move || {
        query.with(|q| to_query_string(&shared_query(&parse_query_string(q))))
    });
    let page = use_page();
    // The current page's nav link says so (and is underlined).
    let current = move |p: Page| move || (page.get() == p).then_some("page");
    view! {
        // "#main" would resolve against <base href>, i.e. the home page:
        // move the focus here instead of following it.
        <a class="skip-link" href="#main" on:click=|e| {
            e.prevent_default();
            crate::web::focus::focus("#main");
        }>{tr(|t| t.skip_to_content)}</a>
        {move || (page.get() == Page::Home).then(|| view! { <HomeSkipLinks /> })}
        <header class="site-header">
            <div class="brand">
                <a class="brand-link" href=move || format!("./{}", suffix.get())>
                    <Mark />
                    <span class="brand-name">{tr(|t| t.app_name)}</span>
                </a>
                <span class="tagline">{tr(|t| t.tagline)}</span>
            </div>
            <nav class="site-nav" aria-label=tr(|t| t.nav_label)>
                // Relative links resolve against <base href>, so they also
                // work when the app is served under a sub-path.
                <a href=move || format!("./{}", suffix.get()) aria-current=current(Page::Home)>
                    {tr(|t| t.nav_places)}
                </a>
                <a href=move || format!("calendar{}", suffix.get()) aria-current=current(Page::Calendar)>
                    {tr(|t| t.nav_calendar)}
                </a>
            </nav>
            {move || share_href(&page.get(), &suffix.get()).map(|href| view! {
                <a class="share-link" href=href>
                    <span aria-hidden="true">"↗ "</span>{tr(|t| t.share)}
                </a>
            })}
            <crate::ui::trip::TripCounter current=Signal::derive(move || page.get() == Page::Trip) />
            <LangSwitch />
        </header>
    }
}

/// The home page's own skip links, to the map and to the list: without
/// them a keyboard user tabs through every filter and list item (over a
/// hundred stops) before reaching the map. Like "skip to content" they move
/// focus themselves, since `#…` resolves against `<base href>`. On a phone
/// only one of the two is shown at a time (`view=map`), so the link first
/// switches to it.
#[component]
fn HomeSkipLinks() -> impl IntoView {
    let url = use_url();
    let phone = crate::web::media::is_phone();
    let set_params = use_set_params_as(Entry::Push);
    let to_map = {
        let set_params = set_params.clone();
        move |e: leptos::ev::MouseEvent| {
            e.prevent_default();
            if phone.get_untracked() && url.with_untracked(|u| u.view != Some(View::Map)) {
                set_params(&[("view", Some("map".to_owned()))]);
            }
            // After the next frame: the map may only now be shown.
            crate::web::focus::focus_later(".home .map".to_owned());
        }
    };
    let to_list = move |e: leptos::ev::MouseEvent| {
        e.prevent_default();
        if phone.get_untracked() && url.with_untracked(|u| u.view == Some(View::Map)) {
            set_params(&[("view", None)]);
        }
        crate::web::focus::focus_later("#results-heading".to_owned());
    };
    view! {
        <a class="skip-link" href="#home-map" on:click=to_map>{tr(|t| t.skip_to_map)}</a>
        <a class="skip-link" href="#results-heading" on:click=to_list>{tr(|t| t.skip_to_list)}</a>
    }
}

/// The link to `/share`, prefilled from the page it is on (its query, and
/// which view: the calendar's, or a place's map); `None` where there is
/// nothing to share.
fn share_href(page: &Page, suffix: &str) -> Option<String> {
    use crate::domain::query::{parse_query_string, to_query_string};
    let mut pairs = parse_query_string(suffix);
    match page {
        Page::Home => {}
        Page::Calendar | Page::Event(_) => pairs.push(("of".into(), "calendar".into())),
        Page::Place(id) => {
            pairs.retain(|(k, _)| k != "p");
            pairs.push(("p".into(), id.clone()));
        }
        _ => return None,
    }
    Some(format!("share{}", to_query_string(&pairs)))
}

/// The network's mark: three "islands" in the Sēlija flag's colours.
#[component]
fn Mark() -> impl IntoView {
    view! {
        <svg class="mark" viewBox="0 0 32 32" width="32" height="32" aria-hidden="true">
            <circle cx="11" cy="12" r="7" fill="#a3263b" />
            <circle cx="22" cy="14" r="5.5" fill="#ffffff" stroke="#a3263b" stroke-width="1.5" />
            <circle cx="15" cy="23" r="6" fill="#4f6b33" />
        </svg>
    }
}

/// Two buttons, Latvian first; the current one is pressed.
#[component]
fn LangSwitch() -> impl IntoView {
    let lang = use_lang();
    let set_lang = use_set_lang();
    let button = move |l: Lang| {
        let set_lang = set_lang.clone();
        view! {
            <button
                type="button"
                class="lang-button"
                lang=l.code()
                title=language_name(l)
                aria-pressed=move || (lang.get() == l).to_string()
                on:click=move |_| set_lang(l)
            >
                {l.code().to_uppercase()}
            </button>
        }
    };
    view! {
        <div class="lang-switch" role="group" aria-label=tr(|t| t.language)>
            {Lang::ALL.map(button)}
        </div>
    }
}

/// Values in the link that were not understood, each dismissable. A
/// place (`p=`) that is not in the data is one too, once the data is in.
#[component]
pub fn Notices() -> impl IntoView {
    let lang = use_lang();
    let url = use_url();
    let data = use_data();
    let notices = Memo::new(move |_| {
        let mut list = url.with(|u| u.notices.clone());
        let unknown_place = url.with(|u| u.place.clone()).filter(|id| {
            data.with(|d| {
                d.as_ref()
                    .and_then(|r| r.as_ref().ok())
                    .is_some_and(|loaded| loaded.dataset.place_index(id).is_none())
            })
        });
        if let Some(id) = unknown_place {
            list.push(Notice {
                key: "p".to_owned(),
                value: id,
            });
        }
        list
    });
    // Remembers which notices were dismissed, so a link with other problems
    // shows again without an effect resetting a flag.
    let dismissed = RwSignal::new(Vec::new());
    move || {
        let list = notices.get();
        (!list.is_empty() && dismissed.with(|d| *d != list)).then(|| {
            let shown = list.clone();
            let l = lang.get();
            view! {
                <div class="notice" role="status">
                    // One problem is a sentence, more a list.
                    {match list.as_slice() {
                        [one] => view! { <p>{url_notice(l, &one.key, &one.value)}</p> }.into_any(),
                        many => view! {
                            <ul>
                                {many
                                    .iter()
                                    .map(|n| view! { <li>{url_notice(l, &n.key, &n.value)}</li> })
                                    .collect_view()}
                            </ul>
                        }
                        .into_any(),
                    }}
                    <button type="button" class="button-quiet" on:click=move |_| dismissed.set(shown.clone())>
                        {texts(l).dismiss}
                    </button>
                </div>
            }
        })
    }
}

/// Footer: attribution of the data, and the network.
#[component]
pub fn Footer() -> impl IntoView {
    let data = use_data();
    let lang = use_lang();
    let sources = move || {
        let l = lang.get();
        data.get().and_then(Result::ok).map(|loaded| {
            loaded
                .dataset
                .sources
                .iter()
                .map(|s| {
                    let name = s.name.get(l);
                    let label = match &s.license {
                        Some(license) => format!("{name} ({})", license.get(l)),
                        None => name.to_owned(),
                    };
                    match &s.url {
                        Some(url) => {
                            view! { <li><a href=url.clone() rel="noopener">{label}</a></li> }
                                .into_any()
                        }
                        None => view! { <li>{label}</li> }.into_any(),
                    }
                })
                .collect_view()
        })
    };
    view! {
        <footer class="site-footer">
            <p class="network">
                <a href="https://www.selija.com/" rel="noopener">{tr(|t| t.network)}</a>
                <a href="https://www.selija.com/" rel="noopener" class="domain">"www.selija.com"</a>
            </p>
            <p class="attribution">{tr(|t| t.attribution)}</p>
            <details class="sources">
                <summary>{tr(|t| t.data_sources)}</summary>
                <ul>{sources}</ul>
            </details>
        </footer>
    }
}
