//! Entry point of the browser app: install the panic hook, mount the app.
//! Everything else lives in the library so that tests can reach it.

#[cfg(target_arch = "wasm32")]
fn main() {
    // A panic shows a panel in place of a frozen page (and its details
    // in the console).
    selijas_salas::web::panic::install();
    // index.html shows a placeholder while the bundle loads; the app takes
    // its place: at once, or, when it is the pre-rendered first screen,
    // once the app has drawn its page (web::boot).
    selijas_salas::web::boot::start();
    leptos::mount::mount_to_body(selijas_salas::app::App);
    #[cfg(feature = "test-panic")]
    selijas_salas::web::panic::test_trigger();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("This is a browser app: build it with `make dist` or run `make serve`.");
}
