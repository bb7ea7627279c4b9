use axum::response::Response;

use super::super::see_other;
use crate::web::auth::MaybeAdmin;

/// Signed in: the domains page (where every admin starts); otherwise the sign-in page.
pub async fn get(admin: MaybeAdmin) -> Response {
    match admin.0 {
        Some(_) => see_other("/admin/domains"),
        None => see_other("/admin/signin"),
    }
}
