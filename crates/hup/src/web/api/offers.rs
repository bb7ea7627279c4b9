//! `GET /api/v1/me/offers`: what the signed-in employee may buy, at what price (R2–R6, R22).

use axum::extract::State;
use axum::Json;
use serde::Serialize;
use utoipa::ToSchema;

use super::problem::Problem;
use super::ApiError;
use crate::catalog::browse::{self, Shelf};
use crate::web::auth::EmployeeUser;
use crate::web::AppState;

#[derive(Debug, Serialize, ToSchema)]
pub struct OffersBody {
    /// The account's country (ISO 3166-1 alpha-2).
    pub country: String,
    pub available: bool,
    /// Why `available` is false: `no-grant` (confirm the work address first),
    /// `grant-inactive` (confirm it again), `no-catalog`, `not-offered` (R4), `not-priced`,
    /// `no-offers`.
    pub reason: Option<&'static str>,
    pub offers: Vec<OfferBody>,
    /// R22: "Other Office products" exist here but the organization lacks that extra benefit;
    /// the employee may ask the employer's program admin.
    pub extra_benefits_withheld: bool,
    /// Last day of the grant (`YYYY-MM-DD`), when there is one.
    pub grant_expires_on: Option<String>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct OfferBody {
    pub product: String,
    /// The product's name in the account's language.
    pub name: String,
    /// `subscription`, or `other-office` for R22's "Other Office products".
    pub category: &'static str,
    /// `P1Y`, `P1M` or `perpetual`.
    pub term: &'static str,
    /// ISO 4217.
    pub currency: &'static str,
    pub list_price_minor: i64,
    pub discount_percent: u8,
    pub price_minor: i64,
    /// Where a regional store sells this offer instead of hup's checkout (R5).
    pub store_url: Option<String>,
}

#[utoipa::path(get, path = "/api/v1/me/offers", tag = "employee",
    responses(
        (status = 200, description = "The offers, or an empty list with the reason", body = OffersBody),
        (status = 401, description = "Not signed in", body = Problem, content_type = "application/problem+json")),
    security(("bearer" = [])))]
pub async fn my_offers(
    State(state): State<AppState>,
    employee: EmployeeUser,
) -> Result<Json<OffersBody>, ApiError> {
    let account = &employee.account;
    let Shelf {
        country,
        grant,
        snapshot,
        offers,
    } = browse::offers_for(&state, account).await?;
    let mut body = OffersBody {
        country: country.as_str().to_owned(),
        available: false,
        reason: None,
        offers: Vec::new(),
        extra_benefits_withheld: false,
        grant_expires_on: grant.as_ref().map(|g| g.expires_on()),
    };
    match offers {
        Err(why) => body.reason = Some(why.code()),
        Ok(offers) => {
            body.available = true;
            body.extra_benefits_withheld = offers.extra_benefits_withheld;
            body.offers = offers
                .offers
                .iter()
                .map(|o| OfferBody {
                    product: o.product.as_str().to_owned(),
                    name: snapshot.product_name(o.product.as_str(), &account.locale),
                    category: o.category.as_str(),
                    term: o.term.as_str(),
                    currency: o.currency.code(),
                    list_price_minor: o.list_price_minor,
                    discount_percent: o.discount_percent,
                    price_minor: o.price_minor,
                    store_url: o.store_url.clone(),
                })
                .collect();
        }
    }
    Ok(Json(body))
}
