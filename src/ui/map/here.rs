//! The "you are here" layer: a dot where "locate me" found the visitor.

use super::MapCtx;
use crate::domain::num::fixed;
use crate::i18n::texts;
use crate::state::use_lang;
use leptos::prelude::*;

/// The visitor's dot, once located.
#[component]
pub fn YouAreHere(
    /// The map.
    ctx: MapCtx,
) -> impl IntoView {
    let lang = use_lang();
    move || {
        ctx.here.get().map(|m| {
            let (x, y) = ctx.layer.get().place(m);
            view! {
                <div
                    class="you-are-here"
                    role="img"
                    aria-label=texts(lang.get()).you_are_here
                    style:transform=format!("translate3d({}px,{}px,0)", fixed(x, 1), fixed(y, 1))
                ></div>
            }
        })
    }
}
