//! `/admin/billing/benefits/hup`: the HUP tab (R1) — verdict and reasons, the switch, the
//! employee link, enrollment counts (never who, R20), support pointers (R21).
pub mod customer;
pub mod get;
pub mod post;
pub mod promote;

use askama::Template;
use axum::http::StatusCode;
use axum::response::Response;
use hup_core::eligibility::Policy;

use super::{render_with, tenant_page_error};
use crate::i18n::{Locale, Tr};
use crate::store::connections::ConnectionStatus;
use crate::tenancy::benefit::{self, Count, HupTab};
use crate::web::auth::AdminUser;
use crate::web::csrf::Csrf;
use crate::web::pages::error::PageError;
use crate::web::pages::help_links;
use crate::web::AppState;
use hup_core::help::HelpTopic;

pub const PATH: &str = "/admin/billing/benefits/hup";

#[derive(Template)]
#[template(path = "admin/hup.html")]
pub struct HupPage {
    pub t: Tr,
    pub path: &'static str,
    pub csrf: String,
    pub signed_in_as: Option<String>,
    pub tab: HupTab,
    pub approved: bool,
    pub can_manage: bool,
    /// (label, agreements) per criterion met.
    pub criteria: Vec<(String, String)>,
    pub valid_until: Option<String>,
    pub counts: Vec<(String, String)>,
    /// R21's addresses: licensing support, store admin support, where given.
    pub licensing_support: Option<String>,
    pub store_admin_support: Option<String>,
    /// R24: the "frequently viewed" links.
    pub frequently_viewed: Vec<(String, String)>,
    pub error: Option<String>,
    /// A verdict says the organization does not qualify: the tab says why, and offers neither
    /// the switch nor the employee link (issue 12).
    pub not_qualifying: bool,
    /// The program's criteria, none of which holds for a customer that does not qualify.
    pub all_criteria: Vec<String>,
    /// Fluent id of why employees cannot use the benefit now, when they cannot.
    pub why_inactive: Option<&'static str>,
    /// Who accepted which version of the program terms, when (issue 12).
    pub terms_record: String,
    /// What the last switch did, after its redirect (issue 12).
    pub notice: Option<String>,
}

/// What a switch did, as the redirect after it names it (`?done=…`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Done {
    /// Switched on, or accepted the current version while on.
    Accepted,
    SwitchedOff,
}

impl Done {
    pub fn code(self) -> &'static str {
        match self {
            Done::Accepted => "accepted",
            Done::SwitchedOff => "off",
        }
    }

    pub fn parse(code: &str) -> Option<Done> {
        [Done::Accepted, Done::SwitchedOff]
            .into_iter()
            .find(|d| d.code() == code)
    }
}

/// The terms record of the tab: "version V accepted by WHO on DATE".
fn terms_record(t: Tr, tab: &HupTab) -> String {
    let Some(at) = tab.terms_accepted_at else {
        return t.get("admin-hup-terms-none");
    };
    let date = chrono::DateTime::from_timestamp(at, 0)
        .map(|d| format!("{} {}", t.date(d.date_naive()), d.format("%H:%M UTC")))
        .unwrap_or_default();
    let who = tab
        .terms_accepted_by
        .clone()
        .unwrap_or_else(|| t.get("admin-hup-terms-someone"));
    match &tab.terms_version {
        Some(v) => t.with_args(
            "admin-hup-terms-accepted",
            &[("version", v.clone()), ("who", who), ("date", date)],
        ),
        None => t.with_args(
            "admin-hup-terms-accepted-earlier",
            &[("who", who), ("date", date)],
        ),
    }
}

/// Why employees cannot use the benefit now (issue 12): the one thing that stands in the way,
/// so the tab never reads "switched on" and "cannot use it" without a reason.
fn why_inactive(tab: &HupTab) -> Option<&'static str> {
    if tab.active {
        return None;
    }
    Some(if !tab.managed {
        "admin-hup-why-unmanaged"
    } else if tab.customer_number.is_none() {
        "admin-hup-why-no-connection"
    } else if tab.connection != Some(ConnectionStatus::Approved) {
        "admin-hup-why-pending"
    } else if tab.evaluated_on.is_none() {
        "admin-hup-why-no-data"
    } else if !tab.eligible {
        "admin-hup-why-not-qualifying"
    } else if !tab.enabled {
        "admin-hup-why-off"
    } else {
        "admin-hup-inactive"
    })
}

/// A criterion as the tab names it: translated when the language has a label for its id (the
/// shipped policy's), else the policy's own description, else just its id (a verdict stored
/// under a policy since replaced).
fn criterion_label(t: Tr, policy: &Policy, id: &str) -> String {
    t.find(&format!("admin-hup-criterion-{id}"))
        .or_else(|| policy.criterion(id).map(|c| c.description.clone()))
        .unwrap_or_else(|| t.with("admin-hup-criterion-other", "id", id))
}

fn count_text(t: Tr, c: Count) -> String {
    match c {
        Count::FewerThanFloor => t.get("admin-hup-fewer-than-5"),
        Count::Exactly(n) => n.to_string(),
    }
}

pub async fn show(
    state: &AppState,
    locale: Locale,
    csrf: &Csrf,
    admin: &AdminUser,
    error: Option<(String, StatusCode)>,
) -> Response {
    show_with(state, locale, csrf, admin, error, None).await
}

/// [`show`] saying what the last switch did.
pub async fn show_with(
    state: &AppState,
    locale: Locale,
    csrf: &Csrf,
    admin: &AdminUser,
    error: Option<(String, StatusCode)>,
    done: Option<Done>,
) -> Response {
    let t = Tr::new(locale);
    let tab = match super::tenant_of(admin) {
        Ok(tenant) => benefit::hup_tab(&state.db, &state.config, &admin.account, tenant).await,
        Err(e) => Err(e),
    };
    let tab = match tab {
        Ok(tab) => tab,
        Err(e) => return tenant_page_error(t, csrf, admin, e),
    };
    let criteria = tab
        .criteria
        .iter()
        .map(|c| {
            let label = criterion_label(t, &state.config.policy, &c.id);
            let mut numbers: Vec<&str> = c
                .lines
                .iter()
                .map(|l| l.agreement_number.as_str())
                .collect();
            numbers.dedup();
            (
                label,
                t.with("admin-hup-agreements", "list", &numbers.join(", ")),
            )
        })
        .collect();
    let counts = vec![
        (
            t.get("admin-hup-count-registrations"),
            count_text(t, tab.enrollment.registrations),
        ),
        (
            t.get("admin-hup-count-confirmations"),
            count_text(t, tab.enrollment.confirmations),
        ),
        (
            t.get("admin-hup-count-bound"),
            count_text(t, tab.enrollment.bound_accounts),
        ),
    ];
    let (error, status) = match error {
        Some((text, status)) => (Some(text), status),
        None => (None, StatusCode::OK),
    };
    let help = match state.catalog.snapshot().await {
        Ok(snapshot) => snapshot.markets.help().clone(),
        Err(e) => return PageError::Internal(e.into()).into_page(locale),
    };
    let not_qualifying = tab.evaluated_on.is_some() && !tab.eligible;
    let all_criteria = state
        .config
        .policy
        .criteria()
        .iter()
        .map(|c| criterion_label(t, &state.config.policy, &c.id))
        .collect();
    let page = HupPage {
        t,
        path: PATH,
        not_qualifying,
        all_criteria,
        why_inactive: why_inactive(&tab),
        terms_record: terms_record(t, &tab),
        notice: done.map(|d| match d {
            Done::Accepted => t.with(
                "admin-hup-done-accepted",
                "version",
                &tab.terms_version.clone().unwrap_or_default(),
            ),
            Done::SwitchedOff => t.get("admin-hup-done-off"),
        }),
        licensing_support: help.get(HelpTopic::LicensingSupport).map(str::to_owned),
        store_admin_support: help.get(HelpTopic::StoreAdminSupport).map(str::to_owned),
        frequently_viewed: help_links(t, &help, &HelpTopic::FREQUENTLY_VIEWED),
        csrf: csrf.token.clone(),
        signed_in_as: Some(admin.account.email.clone()),
        approved: tab.connection == Some(ConnectionStatus::Approved),
        can_manage: tab.can_manage(),
        criteria,
        valid_until: tab.valid_until.map(|d| t.date(d)),
        counts,
        tab,
        error,
    };
    csrf.attach(render_with(&page, locale, status))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Locale;
    use hup_core::eligibility::Criterion;

    fn policy_with(id: &str, description: &str) -> Policy {
        Policy::new(vec![Criterion {
            id: id.into(),
            description: description.into(),
            products: None,
            segments: None,
            requires_software_assurance: false,
            min_total_quantity: None,
        }])
        .unwrap()
    }

    #[test]
    fn the_shipped_criteria_keep_their_translated_labels() {
        let t = Tr::new(Locale::En);
        let policy = Policy::default_policy();
        for c in policy.criteria() {
            let label = criterion_label(t, &policy, &c.id);
            assert_eq!(label, t.get(&format!("admin-hup-criterion-{}", c.id)));
        }
        assert_eq!(
            criterion_label(t, &policy, "d"),
            "an education or non-profit customer"
        );
    }

    #[test]
    fn an_operators_own_criterion_is_named_as_the_policy_names_it() {
        let t = Tr::new(Locale::Nl);
        let policy = policy_with("e", "Academic partner");
        assert_eq!(criterion_label(t, &policy, "e"), "Academic partner");
        assert_eq!(criterion_label(t, &policy, "gone"), "criterium gone");
    }
}
