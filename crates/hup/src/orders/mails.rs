//! The order confirmation (R18, R19): what was bought at what price, the link to follow the
//! order, and how to activate it — with the personal account, never the work account.

use askama::Template;

use super::Order;
use crate::catalog::Snapshot;
use crate::config::Config;
use crate::i18n::{Locale, Tr};
use crate::mail::links;
use crate::mail::MailContent;

pub struct Confirmation {
    number: String,
    product: String,
    term: hup_core::catalog::Term,
    list_price: hup_core::money::Money,
    discount_percent: u8,
    price: hup_core::money::Money,
    link: String,
}

impl Confirmation {
    pub fn new(config: &Config, snapshot: &Snapshot, order: &Order, locale: Locale) -> Self {
        Confirmation {
            number: order.number(),
            product: snapshot.product_name(&order.product, locale.code()),
            term: order.term,
            list_price: order.list_price,
            discount_percent: order.discount_percent,
            price: order.price,
            link: links::page(config, &format!("/orders/{}", order.id)),
        }
    }

    fn facts(&self, t: Tr) -> Vec<(String, String)> {
        vec![
            (t.get("order-number"), self.number.clone()),
            (t.get("col-product"), self.product.clone()),
            (t.get("col-term"), t.term(self.term)),
            (t.get("col-list-price"), t.money(&self.list_price)),
            (
                t.get("col-discount"),
                format!("{} %", self.discount_percent),
            ),
            (t.get("order-paid"), t.money(&self.price)),
        ]
    }
}

#[derive(Template)]
#[template(path = "mail/order_confirmation.html")]
struct Html<'a> {
    t: Tr,
    facts: &'a [(String, String)],
    link: &'a str,
}

#[derive(Template)]
#[template(path = "mail/order_confirmation.txt")]
struct Text<'a> {
    t: Tr,
    facts: &'a [(String, String)],
    link: &'a str,
}

impl MailContent for Confirmation {
    fn subject_id(&self) -> &'static str {
        "mail-order-subject"
    }
    fn html(&self, t: Tr) -> Result<String, askama::Error> {
        Html {
            t,
            facts: &self.facts(t),
            link: &self.link,
        }
        .render()
    }
    fn text(&self, t: Tr) -> Result<String, askama::Error> {
        Text {
            t,
            facts: &self.facts(t),
            link: &self.link,
        }
        .render()
    }
}
