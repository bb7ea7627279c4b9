//! `/account` (R17): the personal account, its grant and until when; the employee changes the
//! display name and the country, and the password with the current one (issue 12); it links
//! to the export and to erasing the account (issue 16).
pub mod export;
pub mod get;
pub mod password;
pub mod post;

use askama::Template;

use super::FieldErrors;
use crate::employees::grants;
use crate::i18n::Tr;
use crate::store::employees::Employee;
use crate::web::pages::error::PageError;
use crate::web::AppState;

#[derive(Template)]
#[template(path = "employee/account.html")]
pub struct AccountPage {
    pub t: Tr,
    pub path: &'static str,
    pub csrf: String,
    pub email: String,
    /// The country's name in the page's language.
    pub country: String,
    pub display_name: Option<String>,
    /// (work address, last day `YYYY-MM-DD`, active now).
    pub grant: Option<(String, String, bool)>,
    /// The grant still runs but its organization does not take part now (issue 12): the page
    /// says so instead of asking to confirm again.
    pub grant_paused: bool,
    pub notice: Option<String>,
    /// What was just saved.
    pub saved: Option<String>,
    /// The profile form: (code, name) of every country, what the fields hold, their errors.
    pub countries: Vec<(String, &'static str)>,
    pub form_country: String,
    pub form_name: String,
    pub profile_errors: FieldErrors,
    pub password_errors: FieldErrors,
}

impl AccountPage {
    /// The page for `account`, its forms holding what the account holds now.
    pub async fn new(
        state: &AppState,
        t: Tr,
        csrf: String,
        account: &Employee,
    ) -> Result<AccountPage, PageError> {
        let grant = grants::current(&state.db, account.id)
            .await
            .map_err(|e| PageError::Internal(anyhow::Error::new(e)))?;
        Ok(AccountPage {
            t,
            path: "/account",
            csrf,
            email: account.email.clone(),
            country: hup_core::country::Country::parse(&account.country)
                .map(|c| t.country_label(c))
                .unwrap_or_else(|_| account.country.clone()),
            display_name: account.display_name.clone(),
            grant_paused: grant
                .as_ref()
                .is_some_and(|g| !g.active && g.expires_at >= crate::store::now_epoch()),
            grant: grant.map(|g| {
                let until = g.expires_date().map(|d| t.date(d)).unwrap_or_default();
                (g.work_email.clone(), until, g.active)
            }),
            notice: None,
            saved: None,
            // The list the account's creation offers.
            countries: t
                .countries_sorted(hup_core::country::Country::all())
                .into_iter()
                .map(|(c, name)| (c.as_str().to_owned(), name))
                .collect(),
            form_country: account.country.clone(),
            form_name: account.display_name.clone().unwrap_or_default(),
            profile_errors: FieldErrors::default(),
            password_errors: FieldErrors::default(),
        })
    }
}
