//! The order confirmation (R18, R19): what was bought at what price, the link to follow the
//! order, and how to activate it — with the personal account, never the work account. Sent
//! when the order is fulfilled: at once without payment, with its receipt once paid.

use askama::Template;

use super::Order;
use crate::catalog::Snapshot;
use crate::config::Config;
use crate::i18n::{Locale, Tr};
use crate::mail::links;
use crate::mail::MailContent;

pub struct Confirmation {
    /// The receipt, once paid.
    receipt: Option<super::Receipt>,
    vat_rate: Option<hup_core::vat::VatRate>,
    takes_payment: bool,
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
            receipt: order.receipt.clone(),
            vat_rate: order.vat_rate,
            takes_payment: order.takes_payment(),
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
        let paid = if self.takes_payment {
            "order-paid"
        } else {
            "order-price"
        };
        let mut facts = vec![
            (t.get("order-number"), self.number.clone()),
            (t.get("col-product"), self.product.clone()),
            (t.get("col-term"), t.term(self.term)),
            (t.get("col-list-price"), t.money(&self.list_price)),
            (
                t.get("col-discount"),
                format!("{} %", self.discount_percent),
            ),
            (t.get(paid), t.money(&self.price)),
        ];
        if let Some(receipt) = &self.receipt {
            facts.extend(receipt_lines(t, receipt, self.vat_rate));
        }
        facts
    }
}

/// The receipt's lines of `order` (issue 13), for its page and its mail; none before it is paid.
pub fn receipt_facts(t: Tr, order: &Order) -> Vec<(String, String)> {
    order
        .receipt
        .as_ref()
        .map(|r| receipt_lines(t, r, order.vat_rate))
        .unwrap_or_default()
}

fn receipt_lines(
    t: Tr,
    r: &super::Receipt,
    rate: Option<hup_core::vat::VatRate>,
) -> Vec<(String, String)> {
    let mut lines = vec![
        (t.get("receipt-number"), r.label()),
        (t.get("receipt-paid-on"), super::day(r.paid_at)),
        (t.get("receipt-seller"), r.seller_name.clone()),
    ];
    if !r.seller_address.is_empty() {
        lines.push((t.get("receipt-seller-address"), r.seller_address.clone()));
    }
    if let Some(vat_id) = &r.seller_vat_id {
        lines.push((t.get("receipt-vat-id"), vat_id.clone()));
    }
    match (rate, r.vat) {
        (Some(rate), Some(vat)) => {
            lines.push((
                t.with("receipt-vat", "rate", &rate.to_string()),
                t.money(&vat),
            ));
        }
        _ => lines.push((t.get("receipt-title"), t.get("receipt-prices-include-vat"))),
    }
    lines
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
