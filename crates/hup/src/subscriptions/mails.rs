//! The mails of a subscription's schedule (issue 14), in the employee's language: 7 days
//! before a renewal, after it, when it could not be charged (with the link to authenticate or
//! change the card), and when it lapsed.

use askama::Template;

use super::Subscription;
use crate::config::Config;
use crate::i18n::Tr;
use crate::mail::links;
use crate::mail::MailContent;

/// Which of the schedule's mails.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Reminder,
    Renewed,
    Failed,
    Lapsed,
}

pub struct RenewalMail {
    kind: Kind,
    product: String,
    term: hup_core::catalog::Term,
    price: hup_core::money::Money,
    date: String,
    link: String,
}

impl RenewalMail {
    pub fn new(config: &Config, sub: &Subscription, product: String, kind: Kind) -> Self {
        RenewalMail {
            kind,
            product,
            term: sub.term,
            price: sub.price,
            date: hup_core::subscription::day_of(sub.current_period_end),
            link: links::page(config, &format!("/orders/{}", sub.order_id)),
        }
    }

    fn ids(&self) -> (&'static str, &'static str) {
        match self.kind {
            Kind::Reminder => (
                "mail-renewal-reminder-subject",
                "mail-renewal-reminder-body",
            ),
            Kind::Renewed => ("mail-renewal-done-subject", "mail-renewal-done-body"),
            Kind::Failed => ("mail-renewal-failed-subject", "mail-renewal-failed-body"),
            Kind::Lapsed => ("mail-renewal-lapsed-subject", "mail-renewal-lapsed-body"),
        }
    }

    fn facts(&self, t: Tr) -> Vec<(String, String)> {
        let date = match self.kind {
            Kind::Reminder | Kind::Renewed => "subscription-next-renewal",
            Kind::Failed | Kind::Lapsed => "mail-renewal-date",
        };
        vec![
            (t.get("col-product"), self.product.clone()),
            (t.get("col-term"), t.term(self.term)),
            (t.get("subscription-price"), t.money(&self.price)),
            (t.get(date), self.date.clone()),
        ]
    }
}

#[derive(Template)]
#[template(path = "mail/subscription.html")]
struct Html<'a> {
    t: Tr,
    subject: &'a str,
    body: &'a str,
    facts: &'a [(String, String)],
    link: &'a str,
}

#[derive(Template)]
#[template(path = "mail/subscription.txt")]
struct Text<'a> {
    t: Tr,
    body: &'a str,
    facts: &'a [(String, String)],
    link: &'a str,
}

impl MailContent for RenewalMail {
    fn subject_id(&self) -> &'static str {
        self.ids().0
    }
    fn html(&self, t: Tr) -> Result<String, askama::Error> {
        let (subject, body) = self.ids();
        Html {
            t,
            subject,
            body,
            facts: &self.facts(t),
            link: &self.link,
        }
        .render()
    }
    fn text(&self, t: Tr) -> Result<String, askama::Error> {
        Text {
            t,
            body: self.ids().1,
            facts: &self.facts(t),
            link: &self.link,
        }
        .render()
    }
}
