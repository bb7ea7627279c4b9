use axum::response::Response;

use super::super::see_other;
use super::FORM;
use crate::web::auth::MaybeAdmin;
use crate::web::csrf::Csrf;
use crate::web::locale::Lang;

pub async fn get(lang: Lang, csrf: Csrf, admin: MaybeAdmin) -> Response {
    if admin.0.is_some() {
        return see_other("/admin/domains");
    }
    FORM.show(lang.t(), &csrf)
}
