//! `/offers`: the signed-in employee's offers in their country (R3–R6), with list price,
//! discount and price to pay; R22's guidance where "Other Office products" are withheld.

use askama::Template;
use axum::extract::Query;
use axum::response::Response;
use hup_core::help::HelpTopic;
use hup_core::offers::NoOffers;
use serde::Deserialize;

use super::error::PageError;
use super::program::{offer_rows, OfferRow};
use super::render;
use crate::catalog::browse::{self, Shelf};
use crate::i18n::Tr;
use crate::web::pages::employee::EmployeePage;

pub enum OffersView {
    /// Confirm the work address first (or again): the message, and the link to `/register`.
    Confirm(String),
    Unavailable(String),
    Offers {
        rows: Vec<OfferRow>,
        /// R22's guidance.
        extra_withheld: bool,
    },
}

#[derive(Template)]
#[template(path = "offers.html")]
pub struct OffersPage {
    pub t: Tr,
    pub path: &'static str,
    pub csrf: String,
    /// Why the last Buy did not go through.
    pub failed: Option<String>,
    /// R23: where employees with questions go.
    pub help: Vec<(String, String)>,
    pub country: String,
    pub grant_until: Option<String>,
    pub view: OffersView,
}

#[derive(Deserialize)]
pub struct OffersQuery {
    /// Set by `POST /orders` when a purchase did not go through: see [`failure_message`].
    failed: Option<String>,
}

/// The notice for `?failed=`; unknown codes show none.
fn failure_message(code: &str) -> Option<&'static str> {
    Some(match code {
        "unavailable" => "order-error-unavailable",
        "no-such-offer" => "order-error-no-such-offer",
        "regional-store" => "order-error-regional",
        "form" => "order-error-form",
        _ => return None,
    })
}

pub async fn get(page: EmployeePage, Query(q): Query<OffersQuery>) -> Response {
    let (state, lang, csrf, user) = page.into_parts();
    let t = lang.t();
    let account = &user.account;
    let failed = |e: anyhow::Error| PageError::Internal(e).into_page(lang.0);
    let Shelf {
        country,
        grant,
        snapshot,
        offers,
    } = match browse::offers_for(&state, account).await {
        Ok(shelf) => shelf,
        Err(e) => return failed(e),
    };
    let view = match offers {
        Ok(offers) => OffersView::Offers {
            rows: snapshot
                .catalog
                .as_ref()
                .map(|c| offer_rows(t, c, &offers))
                .unwrap_or_default()
                .into_iter()
                .map(|mut row| {
                    // Buy leads to the review (issue 12), whose button places the order.
                    row.buyable = row.store_url.is_none();
                    row
                })
                .collect(),
            extra_withheld: offers.extra_benefits_withheld,
        },
        Err(NoOffers::NoGrant) => OffersView::Confirm(t.get("offers-no-grant")),
        // issue 16: the grant expired, said as exactly that, beside the one next step.
        Err(NoOffers::GrantInactive) => OffersView::Confirm(match &grant {
            Some(g) => t.with_args(
                "account-grant-expired",
                &[
                    ("email", g.work_email.clone()),
                    (
                        "date",
                        g.expires_date().map(|d| t.date(d)).unwrap_or_default(),
                    ),
                ],
            ),
            None => t.get("offers-grant-inactive"),
        }),
        Err(NoOffers::OrganizationPaused) => {
            OffersView::Unavailable(t.get("offers-organization-paused"))
        }
        Err(NoOffers::NoCatalog) => OffersView::Unavailable(t.get("program-discounts-empty")),
        Err(NoOffers::Market(reason)) => {
            OffersView::Unavailable(t.get(super::program::unavailable_message(reason)))
        }
    };
    let page = OffersPage {
        t,
        path: "/offers",
        csrf: csrf.token.clone(),
        help: super::help_links(t, snapshot.markets.help(), &HelpTopic::FOR_EMPLOYEES),
        failed: q
            .failed
            .as_deref()
            .and_then(failure_message)
            .map(|m| t.get(m)),
        country: t.country_label(country),
        grant_until: grant
            .filter(|g| g.active)
            .and_then(|g| g.expires_date())
            .map(|d| t.date(d)),
        view,
    };
    csrf.attach(render(&page, lang.0))
}
