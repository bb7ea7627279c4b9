//! The mails of this area, each a template pair under `templates/mail/`.

use askama::Template;

use crate::i18n::Tr;
use crate::mail::MailContent;

#[derive(Template)]
#[template(path = "mail/admin_confirm.html")]
struct AdminConfirmHtml<'a> {
    t: Tr,
    link: &'a str,
}

#[derive(Template)]
#[template(path = "mail/admin_confirm.txt")]
struct AdminConfirmText<'a> {
    t: Tr,
    link: &'a str,
}

/// The link that confirms an admin's work address.
pub struct AdminConfirm {
    pub link: String,
}

impl MailContent for AdminConfirm {
    fn subject_id(&self) -> &'static str {
        "mail-admin-confirm-subject"
    }
    fn html(&self, t: Tr) -> Result<String, askama::Error> {
        AdminConfirmHtml {
            t,
            link: &self.link,
        }
        .render()
    }
    fn text(&self, t: Tr) -> Result<String, askama::Error> {
        AdminConfirmText {
            t,
            link: &self.link,
        }
        .render()
    }
}

#[derive(Template)]
#[template(path = "mail/domain_unverified.html")]
struct DomainUnverifiedHtml<'a> {
    t: Tr,
    domain: &'a str,
    link: &'a str,
}

#[derive(Template)]
#[template(path = "mail/domain_unverified.txt")]
struct DomainUnverifiedText<'a> {
    t: Tr,
    domain: &'a str,
    link: &'a str,
}

/// A verified domain lost its proof record for too long.
pub struct DomainUnverified {
    pub domain: String,
    pub link: String,
}

impl MailContent for DomainUnverified {
    fn subject_id(&self) -> &'static str {
        "mail-domain-unverified-subject"
    }
    fn html(&self, t: Tr) -> Result<String, askama::Error> {
        DomainUnverifiedHtml {
            t,
            domain: &self.domain,
            link: &self.link,
        }
        .render()
    }
    fn text(&self, t: Tr) -> Result<String, askama::Error> {
        DomainUnverifiedText {
            t,
            domain: &self.domain,
            link: &self.link,
        }
        .render()
    }
}
