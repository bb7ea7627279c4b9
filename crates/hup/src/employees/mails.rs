//! The mails of the journey, each a template pair under `templates/mail/`: one link and the
//! words around it, in the recipient's language.

use askama::Template;

use crate::i18n::Tr;
use crate::mail::MailContent;

#[derive(Template)]
#[template(path = "mail/employee_link.html")]
struct LinkHtml<'a> {
    t: Tr,
    subject: &'a str,
    body: &'a str,
    button: &'a str,
    ignore: &'a str,
    link: &'a str,
}

#[derive(Template)]
#[template(path = "mail/employee_link.txt")]
struct LinkText<'a> {
    t: Tr,
    body: &'a str,
    ignore: &'a str,
    link: &'a str,
}

/// Which of the journey's mails.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// To the work address: confirm eligibility (R16).
    ConfirmWorkAddress,
    /// To the personal address: activate the account (R7).
    ConfirmAccount,
    /// To the personal address: choose a new password.
    ResetPassword,
}

impl Kind {
    fn prefix(self) -> &'static str {
        match self {
            Kind::ConfirmWorkAddress => "mail-employee-register",
            Kind::ConfirmAccount => "mail-employee-account",
            Kind::ResetPassword => "mail-employee-reset",
        }
    }
}

pub struct EmployeeLink {
    pub kind: Kind,
    pub link: String,
    /// How many hours the link works.
    pub hours: u64,
}

impl MailContent for EmployeeLink {
    fn subject_id(&self) -> &'static str {
        match self.kind {
            Kind::ConfirmWorkAddress => "mail-employee-register-subject",
            Kind::ConfirmAccount => "mail-employee-account-subject",
            Kind::ResetPassword => "mail-employee-reset-subject",
        }
    }
    fn html(&self, t: Tr) -> Result<String, askama::Error> {
        let p = self.kind.prefix();
        LinkHtml {
            t,
            subject: &t.get(self.subject_id()),
            body: &t.with(&format!("{p}-body"), "hours", &self.hours.to_string()),
            button: &t.get(&format!("{p}-button")),
            ignore: &t.get(&format!("{p}-ignore")),
            link: &self.link,
        }
        .render()
    }
    fn text(&self, t: Tr) -> Result<String, askama::Error> {
        let p = self.kind.prefix();
        LinkText {
            t,
            body: &t.with(&format!("{p}-body"), "hours", &self.hours.to_string()),
            ignore: &t.get(&format!("{p}-ignore")),
            link: &self.link,
        }
        .render()
    }
}

/// To the personal address, 30 days before a grant expires (issue 16): the benefit through
/// `work_email` ends on `date`; confirming the work address again keeps it. Subscriptions
/// renew regardless.
pub struct GrantEnding {
    pub work_email: String,
    /// `YYYY-MM-DD`, the last day the grant holds.
    pub date: String,
    /// Where the work address is confirmed again (`/register`).
    pub link: String,
}

impl GrantEnding {
    fn body(&self, t: Tr) -> String {
        t.with_args(
            "mail-grant-ending-body",
            &[
                ("email", self.work_email.clone()),
                ("date", self.date.clone()),
            ],
        )
    }
}

impl MailContent for GrantEnding {
    fn subject_id(&self) -> &'static str {
        "mail-grant-ending-subject"
    }
    fn html(&self, t: Tr) -> Result<String, askama::Error> {
        LinkHtml {
            t,
            subject: &t.get(self.subject_id()),
            body: &self.body(t),
            button: &t.get("mail-grant-ending-button"),
            ignore: &t.get("mail-grant-ending-subscriptions"),
            link: &self.link,
        }
        .render()
    }
    fn text(&self, t: Tr) -> Result<String, askama::Error> {
        LinkText {
            t,
            body: &self.body(t),
            ignore: &t.get("mail-grant-ending-subscriptions"),
            link: &self.link,
        }
        .render()
    }
}
