use axum::response::Response;

use super::super::{LinkNow, OpenedLink};
use super::LINK;
use crate::employees::accounts;

/// Changes nothing: a GET looks the link up read only and shows the button, or what happened.
pub async fn get(link: OpenedLink) -> Response {
    LINK.open(&link, |state, token| async move {
        let open = accounts::confirm_link_open(&state.db, token).await?;
        Ok(if open { LinkNow::Open } else { LinkNow::Gone })
    })
    .await
}
