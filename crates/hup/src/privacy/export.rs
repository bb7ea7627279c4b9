//! The export (GDPR art. 15 and 20): everything hup holds about one account, as one JSON
//! document — the account, its work addresses with their registrations and grants, its orders
//! and subscriptions, the mail hup sent to any of its addresses, and its sign-in history.
//! `/account/export` and `GET /api/v1/me/export` serve the same document.

use serde::Serialize;
use utoipa::ToSchema;

use super::rfc3339;
use crate::employees::EmployeeError;
use crate::store::employees::{self, Employee};
use crate::store::{grants, now_epoch, orders, outbox, registrations, sessions, throttle, Db};

/// Names the document's shape, so a reader knows which fields to expect.
pub const FORMAT: &str = "hup-personal-data/1";

#[derive(Debug, Serialize, ToSchema)]
pub struct PersonalData {
    /// `hup-personal-data/1`.
    pub format: &'static str,
    /// RFC 3339.
    pub generated_at: String,
    pub account: AccountData,
    /// Every work address the account held a grant for.
    pub work_addresses: Vec<WorkAddressData>,
    pub orders: Vec<OrderData>,
    /// Subscriptions bought through the program (issue 14).
    pub subscriptions: Vec<serde_json::Value>,
    /// What a subscription does when the grant ends.
    pub subscriptions_note: &'static str,
    /// Mail hup queued or sent to the personal address or a work address, newest first.
    pub mails: Vec<MailData>,
    pub sign_ins: SignInData,
    /// Where the rest is explained: what each field is for and how long it is kept.
    pub retention_note: String,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct AccountData {
    /// The personal address.
    pub email: String,
    pub display_name: Option<String>,
    /// ISO 3166-1 alpha-2: decides the offers and prices.
    pub country: String,
    /// The language of pages and mail.
    pub language: String,
    pub created_at: String,
    pub confirmed_at: Option<String>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct WorkAddressData {
    pub work_email: String,
    pub registrations: Vec<RegistrationData>,
    pub grants: Vec<GrantData>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct RegistrationData {
    pub tenant: i64,
    pub registered_at: String,
    /// Until when its mailed link worked.
    pub link_expires_at: String,
    pub confirmed_at: Option<String>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct GrantData {
    pub tenant: i64,
    pub granted_at: String,
    pub expires_at: String,
    /// When a later grant (of this address elsewhere, or another address here) replaced it.
    pub ended_at: Option<String>,
    /// When the mail announcing its end was queued.
    pub reminder_sent_at: Option<String>,
    /// `running`, `expired` or `ended`.
    pub status: &'static str,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct OrderData {
    pub id: i64,
    pub number: String,
    pub product: String,
    pub term: String,
    pub country: String,
    pub currency: String,
    pub list_price_minor: i64,
    pub discount_percent: i64,
    pub price_minor: i64,
    pub status: String,
    pub created_at: String,
    /// The `Idempotency-Key` the order was placed with.
    pub idempotency_key: String,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct MailData {
    pub recipient: String,
    pub subject: String,
    pub language: String,
    pub queued_at: String,
    /// `null` while it waits to be delivered. The body is not kept once delivered.
    pub sent_at: Option<String>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct SignInData {
    /// Sessions hup still holds, newest first: signed in at, would last until, ended at.
    pub sessions: Vec<SessionData>,
    /// When the account last signed in from each network address it is known at (the
    /// addresses are kept only as salted hashes, so they cannot be shown).
    pub known_addresses_last_used: Vec<String>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct SessionData {
    pub started_at: String,
    pub expires_at: String,
    pub ended_at: Option<String>,
}

fn at(epoch: Option<i64>) -> Option<String> {
    epoch.map(rfc3339)
}

/// Everything hup holds about `employee`'s account.
pub async fn export(
    db: &Db,
    retention_days: u64,
    employee: &Employee,
) -> Result<PersonalData, EmployeeError> {
    let now = now_epoch();
    let (created_at, confirmed_at) = employees::account_times(db, employee.id).await?;
    let grants = grants::of_employee(db, employee.id).await?;
    let mut work_addresses: Vec<WorkAddressData> = Vec::new();
    let mut mailboxes: Vec<String> = Vec::new();
    for g in &grants {
        let status = match (g.ended_at, g.expires_at < now) {
            (Some(_), _) => "ended",
            (None, true) => "expired",
            (None, false) => "running",
        };
        let grant = GrantData {
            tenant: g.tenant_id,
            granted_at: rfc3339(g.granted_at),
            expires_at: rfc3339(g.expires_at),
            ended_at: at(g.ended_at),
            reminder_sent_at: at(g.reminded_at),
            status,
        };
        match work_addresses
            .iter_mut()
            .find(|w| w.work_email == g.work_email)
        {
            Some(w) => w.grants.push(grant),
            None => {
                work_addresses.push(WorkAddressData {
                    work_email: g.work_email.clone(),
                    registrations: Vec::new(),
                    grants: vec![grant],
                });
                mailboxes.push(g.mailbox.clone());
            }
        }
    }
    for (w, mailbox) in work_addresses.iter_mut().zip(&mailboxes) {
        w.registrations = registrations::of_mailbox(db, mailbox)
            .await?
            .into_iter()
            .map(|r| RegistrationData {
                tenant: r.tenant_id,
                registered_at: rfc3339(r.created_at),
                link_expires_at: rfc3339(r.expires_at),
                confirmed_at: at(r.confirmed_at),
            })
            .collect();
    }
    let orders = orders::of_employee(db, employee.id)
        .await?
        .into_iter()
        .map(|o| OrderData {
            number: format!("HUP-{:06}", o.id),
            id: o.id,
            product: o.product,
            term: o.term,
            country: o.country,
            currency: o.currency,
            list_price_minor: o.list_price_minor,
            discount_percent: o.discount_percent,
            price_minor: o.price_minor,
            status: o.status,
            created_at: rfc3339(o.created_at),
            idempotency_key: o.idempotency_key,
        })
        .collect();
    let mut mails = Vec::new();
    let recipients = std::iter::once(employee.email.as_str())
        .chain(work_addresses.iter().map(|w| w.work_email.as_str()));
    for recipient in recipients {
        mails.extend(outbox::to_recipient(db, recipient).await?);
    }
    mails.sort_by_key(|m| std::cmp::Reverse(m.queued_at));
    let sessions = sessions::of_employee(db, employee.id)
        .await?
        .into_iter()
        .map(|s| SessionData {
            started_at: rfc3339(s.started_at),
            expires_at: rfc3339(s.expires_at),
            ended_at: at(s.ended_at),
        })
        .collect();
    let known = throttle::known_address_times(db, "employee", employee.id)
        .await?
        .into_iter()
        .map(rfc3339)
        .collect();
    Ok(PersonalData {
        format: FORMAT,
        generated_at: rfc3339(now),
        account: AccountData {
            email: employee.email.clone(),
            display_name: employee.display_name.clone(),
            country: employee.country.clone(),
            language: employee.locale.clone(),
            created_at: rfc3339(created_at),
            confirmed_at: at(confirmed_at),
        },
        work_addresses,
        orders,
        subscriptions: crate::store::subscriptions::of_employee(db, employee.id)
            .await?
            .into_iter()
            .map(|s| {
                serde_json::json!({
                    "id": s.id, "order": s.order_id, "product": s.product, "term": s.term,
                    "status": s.status, "price_minor": s.price_minor, "currency": s.currency,
                    "started_at": rfc3339(s.started_at),
                    "current_period_end": rfc3339(s.current_period_end),
                })
            })
            .collect(),
        subscriptions_note: "A subscription bought through the program keeps renewing at its \
                             program price whether or not a grant still runs.",
        mails: mails
            .into_iter()
            .map(|m| MailData {
                recipient: m.recipient,
                subject: m.subject,
                language: m.locale,
                queued_at: rfc3339(m.queued_at),
                sent_at: at(m.sent_at),
            })
            .collect(),
        sign_ins: SignInData {
            sessions,
            known_addresses_last_used: known,
        },
        retention_note: format!(
            "Ended sessions, used or expired links, unconfirmed registrations and delivered \
             mail are deleted {retention_days} days after they end."
        ),
    })
}
