//! Fetches the bundled dataset and hands it to the validator.

use crate::domain::validate::{load, LoadError, Loaded};
use std::sync::Arc;

/// Where the dataset lives, relative to the page's `<base href>`, so the app
/// also works when deployed under a sub-path.
pub const DATA_URL: &str = "data/selija.json";

/// Downloads and validates the dataset. Network and HTTP failures become
/// [`LoadError`]s that the error panel can explain.
pub async fn fetch_dataset() -> Result<Arc<Loaded>, LoadError> {
    let response = gloo_net::http::Request::get(DATA_URL)
        .send()
        .await
        .map_err(|e| LoadError::Network(e.to_string()))?;
    if !response.ok() {
        return Err(LoadError::Http(response.status()));
    }
    let text = response
        .text()
        .await
        .map_err(|e| LoadError::Network(e.to_string()))?;
    load(&text).map(Arc::new)
}
