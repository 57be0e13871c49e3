//! App-wide state, shared through small context types. It flows one way:
//! the URL is the source of truth for filters and language; everything else
//! is derived from it with memos.

use crate::domain::filter::Filter;
use crate::domain::query::{self, parse_query_string, UrlState};
use crate::domain::route::Page;
use crate::domain::validate::{LoadError, Loaded};
use crate::domain::Lang;
use crate::i18n::{texts, Texts};
use crate::web::nav::{use_go_to, Entry};
use crate::web::{data::fetch_dataset, prefs};
use leptos::prelude::*;
use leptos_router::hooks::use_location;
use std::sync::Arc;

/// The dataset, loaded once per page load (and again on "retry").
pub type DataResource = LocalResource<Result<Arc<Loaded>, LoadError>>;

/// Context: the dataset resource.
#[derive(Clone, Copy)]
pub struct DataCtx(pub DataResource);

/// Context: what the URL says (filter, language, ignored values).
#[derive(Clone, Copy)]
pub struct UrlCtx(pub Memo<UrlState>);

/// Context: the filter part of the URL, compared on its own so that a
/// pan (`at=`) or a selection (`p=`) does not refilter anything.
#[derive(Clone, Copy)]
pub struct FilterCtx(pub Memo<Filter>);

/// Context: the page the path shows.
#[derive(Clone, Copy)]
pub struct PageCtx(pub Memo<Page>);

/// Context: the language in force.
#[derive(Clone, Copy)]
pub struct LangCtx(pub Memo<Lang>);

/// Context: the language chosen earlier (storage) or by the browser; used
/// when the URL has no `lang=`.
#[derive(Clone, Copy)]
struct PreferredLang(RwSignal<Lang>);

/// Creates every shared context. Call once, inside the router.
pub fn provide_app_state() {
    crate::web::nav::provide_navigator();
    // One listener per media query for the whole app.
    crate::web::media::provide_media();
    let data: DataResource = LocalResource::new(fetch_dataset);
    provide_context(DataCtx(data));

    let location = use_location();
    let url = Memo::new(move |_| {
        let pairs = parse_query_string(&location.search.get());
        query::parse(pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())))
    });
    provide_context(UrlCtx(url));
    provide_context(FilterCtx(Memo::new(move |_| {
        url.with(|u| u.filter.clone())
    })));

    // A memo: a new query on the same page does not rebuild the page.
    let base = prefs::base_path();
    let page = Memo::new(move |_| Page::from_path(&location.pathname.get(), &base));
    provide_context(PageCtx(page));

    let stored = prefs::stored_lang();
    // Stored again so that its cookie is there for the server (a choice
    // made before the cookie existed) and does not expire while in use.
    if let Some(lang) = stored {
        prefs::store_lang(lang);
    }
    let preferred = RwSignal::new(stored.unwrap_or_else(prefs::browser_lang));
    provide_context(PreferredLang(preferred));
    let lang = Memo::new(move |_| url.with(|u| u.lang).unwrap_or_else(|| preferred.get()));
    provide_context(LangCtx(lang));

    // The document's language follows the app's (an effect is right here:
    // it writes to the DOM outside the component tree).
    Effect::new(move |_| prefs::set_document_lang(lang.get()));
}

/// The filter the URL holds (`m`, `q`, `kind`, `cat`, `from`, `to`): the
/// one filter state that map, list and calendar all read.
pub fn use_filter() -> Memo<Filter> {
    expect_context::<FilterCtx>().0
}

/// The page the path shows.
pub fn use_page() -> Memo<Page> {
    expect_context::<PageCtx>().0
}

/// The id in the path of a place or event page. It keeps its last value
/// while the page is being left, so the old page never flashes "not found".
pub fn use_page_id() -> Memo<String> {
    let page = use_page();
    Memo::new(move |prev: Option<&String>| {
        page.with(|p| p.id().map(str::to_owned))
            .or_else(|| prev.cloned())
            .unwrap_or_default()
    })
}

/// The dataset resource.
pub fn use_data() -> DataResource {
    expect_context::<DataCtx>().0
}

/// The language in force.
pub fn use_lang() -> Memo<Lang> {
    expect_context::<LangCtx>().0
}

/// What the URL says.
pub fn use_url() -> Memo<UrlState> {
    expect_context::<UrlCtx>().0
}

/// Returns a function that writes a new query (a string from the codec,
/// with `?` or empty) to the URL, keeping the path. Filter, selection, map
/// view and language changes replace the history entry: typing in the
/// search box or panning must not flood "back".
fn use_write_query(entry: Entry) -> impl Fn(&str) + Clone + 'static {
    let go_to = use_go_to();
    let location = use_location();
    move |search: &str| {
        // The path is the browser's, base included.
        let path = location.pathname.get_untracked();
        go_to(&format!("{path}{search}"), entry, false);
    }
}

/// The current query's pairs, decoded, without subscribing to them.
fn current_pairs() -> impl Fn() -> Vec<(String, String)> + Clone + 'static {
    let location = use_location();
    move || parse_query_string(&location.search.get_untracked())
}

/// Returns a function that writes a filter to the URL.
pub fn use_set_filter() -> impl Fn(Filter) + Clone + 'static {
    let replace = use_write_query(Entry::Replace);
    let pairs = current_pairs();
    move |filter: Filter| replace(&query::with_filter(&pairs(), &filter))
}

/// Returns a function that sets (or removes) one query key: the map view
/// (`at`) and selection (`p`) change often.
pub fn use_set_param() -> impl Fn(&str, Option<String>) + Clone + 'static {
    let set = use_set_params();
    move |key: &str, value: Option<String>| set(&[(key, value)])
}

/// Like [`use_set_param`] for several keys in one history entry.
pub fn use_set_params() -> impl Fn(&[(&str, Option<String>)]) + Clone + 'static {
    use_set_params_as(Entry::Replace)
}

/// Like [`use_set_params`], adding a history entry when `entry` says so:
/// on phones the switch from the list to the map is one Back should undo.
pub fn use_set_params_as(entry: Entry) -> impl Fn(&[(&str, Option<String>)]) + Clone + 'static {
    let replace = use_write_query(entry);
    let location = use_location();
    move |changes: &[(&str, Option<String>)]| {
        if changes.is_empty() {
            return;
        }
        let changes: Vec<(&str, Option<&str>)> =
            changes.iter().map(|(k, v)| (*k, v.as_deref())).collect();
        replace(&query::with_keys(
            &location.search.get_untracked(),
            &changes,
        ));
    }
}

/// Returns a function that switches the language: it goes into the URL (so
/// a shared link keeps it) and into storage (so the next visit keeps it).
pub fn use_set_lang() -> impl Fn(Lang) + Clone + 'static {
    let set = use_set_params();
    let preferred = expect_context::<PreferredLang>().0;
    move |lang: Lang| {
        prefs::store_lang(lang);
        preferred.set(lang);
        set(&[("lang", Some(lang.code().to_owned()))]);
    }
}

/// Returns a function that opens a page given as the app writes its links:
/// relative to `<base href>` (`place/sece?m=aizkraukle`), as a new history
/// entry.
pub fn use_go() -> impl Fn(&str) + Clone + 'static {
    let go_to = use_go_to();
    let base = prefs::base_path();
    move |link: &str| go_to(&format!("{base}/{link}"), Entry::Push, true)
}

/// The current query string (with `?`, or empty), for links that keep the
/// visitor's filters (list → place page → back).
pub fn use_query_suffix() -> Signal<String> {
    let location = use_location();
    Signal::derive(move || {
        let s = location.search.get();
        if s.is_empty() {
            String::new()
        } else {
            format!("?{s}")
        }
    })
}

/// A UI string that follows the language: `{tr(|t| t.map)}` as text or as an
/// attribute value. Every call returns the same closure type (one copy of
/// the code that renders it, rather than one per string).
pub fn tr(
    pick: fn(&'static Texts) -> &'static str,
) -> impl Fn() -> &'static str + Copy + Send + Sync + 'static {
    let lang = use_lang();
    move || pick(texts(lang.get()))
}
