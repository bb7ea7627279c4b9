use axum::response::Response;

use super::super::{LinkNow, OpenedLink};
use super::LINK;
use crate::employees::registrations::{self, LinkState};

/// Changes nothing: a GET looks the link up read only and shows the button, or what happened.
pub async fn get(link: OpenedLink) -> Response {
    LINK.open(&link, |state, token| async move {
        Ok(match registrations::link_state(&state.db, token).await? {
            LinkState::Open => LinkNow::Open,
            LinkState::Used => LinkNow::Used,
            LinkState::Invalid => LinkNow::Gone,
        })
    })
    .await
}
