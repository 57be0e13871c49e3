//! `/share`: a form that builds an embed of a view, a live preview of it,
//! and the snippets to copy. The snippets are written by
//! `domain::embed` (tested natively); this file only wires the form.

use crate::domain::embed::{iframe_snippet, script_snippet, EmbedOptions, EmbedView};
use crate::domain::query::{EMBED_HEIGHT_MAX, EMBED_HEIGHT_MIN};
use crate::domain::validate::Loaded;
use crate::domain::{Lang, MunicipalityId};
use crate::i18n::{embed_title, language_name, texts};
use crate::state::{tr, use_lang};
use crate::ui::status::DataGate;
use crate::web::prefs::{base_path, set_title};
use js_sys::{Function, Promise, Reflect};
use leptos::prelude::*;
use leptos_router::hooks::use_location;
use std::sync::Arc;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};

/// Route component: waits for the data (for the municipalities' names).
#[component]
pub fn SharePage() -> impl IntoView {
    view! { <DataGate render=|loaded| view! { <Share loaded /> }.into_any() /> }
}

/// The site's own absolute address with its base: `https://host/selija/`.
fn site() -> String {
    let origin = web_sys::window()
        .and_then(|w| w.location().origin().ok())
        .unwrap_or_default();
    format!("{origin}{}/", base_path())
}

#[component]
fn Share(loaded: Arc<Loaded>) -> impl IntoView {
    let lang = use_lang();
    Effect::new(move |_| {
        let t = texts(lang.get());
        set_title(&format!("{} — {}", t.share_heading, t.app_name));
    });
    // The form starts from the view "Share" was pressed on; from then on it
    // is the page's own state (not the URL's: it describes another page).
    let search = use_location().search.get_untracked();
    let options = RwSignal::new(EmbedOptions::from_share_query(
        &search,
        lang.get_untracked(),
    ));
    let has_carried = options.with_untracked(|o| !o.carried.is_empty());
    let site = site();

    let url = {
        let site = site.clone();
        Memo::new(move |_| options.with(|o| o.url(&site)))
    };
    let title = Memo::new(move |_| {
        options.with(|o| {
            let ms: Vec<MunicipalityId> = o.municipalities.iter().collect();
            embed_title(o.lang, o.view, &ms)
        })
    });
    let iframe_code = Memo::new(move |_| {
        iframe_snippet(&url.get(), &title.get(), options.with(|o| o.frame_height()))
    });
    let script_code = {
        let site = site.clone();
        Memo::new(move |_| options.with(|o| script_snippet(&site, o, &title.get())))
    };

    let view_choices = EmbedView::ALL
        .iter()
        .map(|&v| {
            let id = format!("share-view-{}", v.code());
            let label_for = id.clone();
            view! {
                <label class="check" for=label_for>
                    <input
                        type="radio"
                        id=id
                        name="share-view"
                        value=v.code()
                        prop:checked=move || options.with(|o| o.view == v)
                        on:change=move |_| options.update(|o| o.view = v)
                    />
                    <span class="check-label">{move || (texts(lang.get()).embed_view_name)(v)}</span>
                </label>
            }
        })
        .collect_view();
    let municipality_choices = MunicipalityId::ALL
        .iter()
        .map(|&m| {
            let loaded = loaded.clone();
            let id = format!("share-m-{m}");
            let label_for = id.clone();
            view! {
                <label class="check" for=label_for>
                    <input
                        type="checkbox"
                        id=id
                        prop:checked=move || options.with(|o| o.municipalities.contains(&m))
                        on:change=move |_| options.update(|o| o.municipalities.toggle(m))
                    />
                    <span class="check-label">{move || loaded.dataset.municipality_name(m, lang.get())}</span>
                </label>
            }
        })
        .collect_view();
    let keep = has_carried.then(|| {
        view! {
            <label class="check" for="share-keep">
                <input
                    type="checkbox"
                    id="share-keep"
                    prop:checked=move || options.with(|o| o.keep_filters)
                    on:change:target=move |e| {
                        let on = e.target().checked();
                        options.update(|o| o.keep_filters = on)
                    }
                />
                <span class="check-label">{tr(|t| t.share_keep_filters)}</span>
            </label>
        }
    });
    let lang_options = Lang::ALL
        .iter()
        .map(|&l| {
            view! {
                <option value=l.code() selected=move || options.with(|o| o.lang == l)>
                    {language_name(l)}
                </option>
            }
        })
        .collect_view();
    let has_map = Memo::new(move |_| options.with(|o| o.view.has_map()));

    let link = Memo::new(move |_| url.get());
    view! {
        <section class="share-page" aria-labelledby="share-heading">
            <h1 id="share-heading">{tr(|t| t.share_heading)}</h1>
            <p class="share-intro">{tr(|t| t.share_intro)}</p>
            <div class="share-layout">
                <form class="share-form card" on:submit=|e| e.prevent_default()>
                    <fieldset class="checks">
                        <legend>{tr(|t| t.share_view)}</legend>
                        {view_choices}
                    </fieldset>
                    <fieldset class="checks">
                        <legend>{tr(|t| t.share_municipalities)}</legend>
                        <p class="hint">{tr(|t| t.share_all_municipalities)}</p>
                        {municipality_choices}
                        {keep}
                    </fieldset>
                    <fieldset class="checks">
                        <legend>{tr(|t| t.share_options)}</legend>
                        <div class="field">
                            <label for="share-lang">{tr(|t| t.language)}</label>
                            <select
                                id="share-lang"
                                on:change:target=move |e| {
                                    if let Ok(l) = e.target().value().parse::<Lang>() {
                                        options.update(|o| o.lang = l);
                                    }
                                }
                            >
                                {lang_options}
                            </select>
                        </div>
                        <label class="check" for="share-lock">
                            <input
                                type="checkbox"
                                id="share-lock"
                                prop:checked=move || options.with(|o| o.lock)
                                on:change:target=move |e| {
                                    let on = e.target().checked();
                                    options.update(|o| o.lock = on)
                                }
                            />
                            <span class="check-label">{tr(|t| t.share_lock)}</span>
                        </label>
                        <div class="field" class:is-hidden=move || !has_map.get()>
                            <label for="share-height">{tr(|t| t.share_height)}</label>
                            <input
                                type="number"
                                id="share-height"
                                inputmode="numeric"
                                min=EMBED_HEIGHT_MIN
                                max=EMBED_HEIGHT_MAX
                                step="20"
                                disabled=move || !has_map.get()
                                prop:value=move || options.with(|o| o.height.to_string())
                                on:change:target=move |e| {
                                    if let Ok(h) = e.target().value().trim().parse::<u32>() {
                                        options.update(|o| o.height = h.clamp(EMBED_HEIGHT_MIN, EMBED_HEIGHT_MAX));
                                    }
                                }
                            />
                        </div>
                    </fieldset>
                </form>
                <div class="share-output">
                    <h2>{tr(|t| t.share_preview)}</h2>
                    <iframe
                        class="share-preview"
                        src=move || url.get()
                        title=move || title.get()
                        style:height=move || format!("{}px", options.with(|o| o.frame_height()))
                        referrerpolicy="strict-origin-when-cross-origin"
                    ></iframe>
                    <h2>{tr(|t| t.share_code)}</h2>
                    <CopyBox id="share-code-iframe" label=|t| t.share_snippet_iframe text=iframe_code rows=4 />
                    <CopyBox id="share-code-script" label=|t| t.share_snippet_script text=script_code rows=3 />
                    <CopyBox id="share-code-link" label=|t| t.share_snippet_link text=link rows=1 />
                    <h2>{tr(|t| t.share_help)}</h2>
                    <ul class="share-help">
                        <li>{tr(|t| t.share_help_wordpress)}</li>
                        <li>{tr(|t| t.share_help_joomla)}</li>
                        <li>{tr(|t| t.share_help_html)}</li>
                    </ul>
                </div>
            </div>
        </section>
    }
}

/// A labelled, read-only text to copy, with its button and a confirmation.
#[component]
fn CopyBox(
    /// The textarea's id.
    id: &'static str,
    /// Its label.
    label: fn(&'static crate::i18n::Texts) -> &'static str,
    /// The text.
    text: Memo<String>,
    /// Visible rows.
    rows: u32,
) -> impl IntoView {
    let lang = use_lang();
    // What the last click did: nothing yet, copied, or selected the text.
    let said = RwSignal::new(None::<&'static str>);
    // A new text makes an old confirmation wrong.
    Effect::new(move |_| {
        text.track();
        said.set(None);
    });
    let copy = move |_| {
        let value = text.get_untracked();
        let t = texts(lang.get_untracked());
        copy_text(id, &value, move |ok| {
            said.set(Some(if ok { t.copied } else { t.copy_selected }))
        });
    };
    view! {
        <div class="copy-box">
            <label for=id>{tr(label)}</label>
            <div class="copy-row">
                <textarea id=id readonly rows=rows spellcheck="false" prop:value=move || text.get()></textarea>
                <button type="button" class="button" on:click=copy>{tr(|t| t.copy)}</button>
            </div>
            <p class="copy-status" role="status">{move || said.get()}</p>
        </div>
    }
}

/// Copies `text` with the asynchronous clipboard API; where it is missing
/// or refused, selects the textarea `id` (and tries the old `copy`
/// command). `done(true)` when the text is on the clipboard.
fn copy_text(id: &'static str, text: &str, done: impl Fn(bool) + 'static) {
    let done = std::rc::Rc::new(done);
    let fallback = {
        let done = done.clone();
        move || done(select_and_copy(id))
    };
    let promise = web_sys::window()
        .map(|w| JsValue::from(w.navigator()))
        .and_then(|n| Reflect::get(&n, &"clipboard".into()).ok())
        .filter(|c| c.is_object())
        .and_then(|c| {
            let write = Reflect::get(&c, &"writeText".into()).ok()?;
            let write: Function = write.dyn_into().ok()?;
            write.call1(&c, &JsValue::from_str(text)).ok()
        })
        .and_then(|p| p.dyn_into::<Promise>().ok());
    let Some(promise) = promise else {
        fallback();
        return;
    };
    let ok = {
        let done = done.clone();
        Closure::once(move |_: JsValue| done(true))
    };
    let err = Closure::once(move |_: JsValue| fallback());
    let _ = promise.then2(&ok, &err);
    // One of the two runs, once, later: the JS engine owns them now.
    ok.forget();
    err.forget();
}

/// Selects the textarea's text and asks for the old `copy` command; true
/// when the browser says it copied.
fn select_and_copy(id: &str) -> bool {
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else {
        return false;
    };
    let Some(area) = doc
        .get_element_by_id(id)
        .and_then(|e| e.dyn_into::<web_sys::HtmlTextAreaElement>().ok())
    else {
        return false;
    };
    let _ = area.focus();
    area.select();
    Reflect::get(&doc, &"execCommand".into())
        .ok()
        .and_then(|f| f.dyn_into::<Function>().ok())
        .and_then(|f| f.call1(&doc, &"copy".into()).ok())
        .and_then(|r| r.as_bool())
        .unwrap_or(false)
}
