//! The promotion kit (R13, R14): a printable and a digital flyer, ready copy for an email and a
//! newsletter, and tips on promoting the program. The material is written in the language the
//! admin picks, which need not be the language of the admin's own pages, and it carries the
//! employee link, so it exists only while employees can use the benefit.

use askama::Template;

use super::benefit::{self, HupTab};
use super::TenancyError;
use crate::config::Config;
use crate::i18n::{Locale, Tr};
use crate::store::admins::AdminAccount;
use crate::store::Db;

/// How many tips `promo-guidance-N` holds.
const GUIDANCE_TIPS: usize = 6;

/// The texts every piece of material is made of, in one language.
pub struct Copy {
    pub organization: String,
    pub link: String,
    pub headline: String,
    pub pitch: String,
    pub steps_title: String,
    /// R15–R17: register with the work address, confirm, sign in with the personal account
    /// (never the work account, R19).
    pub steps: Vec<String>,
    /// Where the current discounts are (R2).
    pub discounts: String,
    /// R19: purchases are the employee's own and leave the organization's licenses alone.
    pub personal: String,
    pub cta: String,
}

impl Copy {
    pub fn new(t: Tr, organization: &str, link: &str) -> Copy {
        let with_link = |id: &str| t.with(id, "link", link);
        Copy {
            organization: organization.to_owned(),
            link: link.to_owned(),
            headline: t.get("promo-m-headline"),
            pitch: t.with("promo-m-pitch", "organization", organization),
            steps_title: t.get("promo-m-steps-title"),
            steps: vec![
                with_link("promo-m-step-register"),
                t.get("promo-m-step-confirm"),
                t.get("promo-m-step-signin"),
            ],
            discounts: with_link("promo-m-discounts"),
            personal: t.get("promo-m-personal"),
            cta: with_link("promo-m-cta"),
        }
    }
}

#[derive(Template)]
#[template(path = "promotion/flyer.html")]
struct FlyerHtml<'a> {
    t: Tr,
    c: &'a Copy,
}

#[derive(Template)]
#[template(path = "promotion/intranet.html")]
struct IntranetHtml<'a> {
    t: Tr,
    c: &'a Copy,
}

#[derive(Template)]
#[template(path = "promotion/email.txt")]
struct EmailText<'a> {
    c: &'a Copy,
    greeting: String,
    closing: String,
    signature: String,
}

#[derive(Template)]
#[template(path = "promotion/email.html")]
struct EmailHtml<'a> {
    t: Tr,
    c: &'a Copy,
    subject: &'a str,
    greeting: &'a str,
    closing: &'a str,
    signature: &'a str,
}

#[derive(Template)]
#[template(path = "promotion/newsletter.html")]
struct NewsletterHtml<'a> {
    t: Tr,
    c: &'a Copy,
    title: &'a str,
}

#[derive(Template)]
#[template(path = "promotion/newsletter.txt")]
struct NewsletterText<'a> {
    c: &'a Copy,
    title: String,
}

/// The whole kit in one language.
#[derive(Clone, Debug)]
pub struct Material {
    pub language: Locale,
    pub employee_link: String,
    pub email_subject: String,
    pub email_body: String,
    pub newsletter: String,
    /// The email as a whole HTML document, for mail tools that take one (issue 17).
    pub email_html: String,
    /// The newsletter piece as a block of HTML with inline styles (issue 17).
    pub newsletter_html: String,
    /// A whole A4 page with print styles and no site chrome.
    pub flyer_html: String,
    /// A block to paste into an intranet page; its styles are inline, so it needs no stylesheet.
    pub intranet_html: String,
    pub guidance: Vec<String>,
}

impl Material {
    /// The email as one file: the subject line, a blank line, the text.
    pub fn email_file(&self) -> String {
        format!("Subject: {}\n\n{}", self.email_subject, self.email_body)
    }
}

/// The tips on promoting the program, in `t`'s language.
pub fn guidance(t: Tr) -> Vec<String> {
    (1..=GUIDANCE_TIPS)
        .map(|n| t.get(&format!("promo-guidance-{n}")))
        .collect()
}

/// Writes the kit in `language` for `organization`'s employees, who start at `link`.
pub fn compose(
    language: Locale,
    organization: &str,
    link: &str,
) -> Result<Material, askama::Error> {
    let t = Tr::new(language);
    let c = Copy::new(t, organization, link);
    // Askama drops a template's last newline; a text file ends with one.
    let lines = |text: String| text + "\n";
    let greeting = t.get("promo-m-greeting");
    let closing = t.get("promo-m-email-closing");
    let signature = t.with("promo-m-signature", "organization", organization);
    let subject = t.get("promo-m-email-subject");
    let title = t.with("promo-m-newsletter-title", "organization", organization);
    let email_body = EmailText {
        c: &c,
        greeting: greeting.clone(),
        closing: closing.clone(),
        signature: signature.clone(),
    }
    .render()
    .map(lines)?;
    let email_html = EmailHtml {
        t,
        c: &c,
        subject: &subject,
        greeting: &greeting,
        closing: &closing,
        signature: &signature,
    }
    .render()
    .map(lines)?;
    let newsletter = NewsletterText {
        c: &c,
        title: title.clone(),
    }
    .render()
    .map(lines)?;
    let newsletter_html = NewsletterHtml {
        t,
        c: &c,
        title: &title,
    }
    .render()
    .map(lines)?;
    Ok(Material {
        language,
        employee_link: link.to_owned(),
        email_subject: subject,
        email_body,
        newsletter,
        email_html,
        newsletter_html,
        flyer_html: FlyerHtml { t, c: &c }.render()?,
        intranet_html: IntranetHtml { t, c: &c }.render()?,
        guidance: guidance(t),
    })
}

/// Whether the tenant's kit can be handed out: only while employees can use the benefit, since
/// every piece sends them to the employee link.
pub fn available(tab: &HupTab) -> bool {
    tab.active
}

/// The tenant's kit in `language`, for a member of the tenant; 404 for anyone else, 409
/// `benefit-not-active` while employees cannot use the benefit.
pub async fn kit(
    db: &Db,
    config: &Config,
    admin: &AdminAccount,
    tenant_id: i64,
    language: Locale,
) -> Result<Material, TenancyError> {
    let tab = benefit::hup_tab(db, config, admin, tenant_id).await?;
    kit_of(&tab, language)
}

/// The kit of a HUP tab already read (the page reads the tab for other reasons too).
pub fn kit_of(tab: &HupTab, language: Locale) -> Result<Material, TenancyError> {
    if !available(tab) {
        return Err(TenancyError::Conflict {
            kind: "benefit-not-active",
            detail: "employees cannot use the benefit now: the promotion kit is offered once the organization qualifies and the benefit is on".into(),
        });
    }
    // An active benefit always has a verdict, and with it the customer's name.
    let organization = tab.customer_name.as_deref().unwrap_or_default();
    compose(language, organization, &tab.employee_link)
        .map_err(|e| TenancyError::Internal(anyhow::Error::new(e)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn r14_the_material_is_written_in_the_chosen_language() {
        let en = compose(Locale::En, "Contoso Ltd.", "https://hup.example/").unwrap();
        let nl = compose(Locale::Nl, "Contoso Ltd.", "https://hup.example/").unwrap();
        assert_eq!(
            en.email_subject,
            "New for you: software for home at a discount"
        );
        assert_eq!(
            nl.email_subject,
            "Nieuw voor u: software voor thuis met korting"
        );
        assert!(nl
            .email_body
            .starts_with("Beste collega,\n\nContoso Ltd. doet mee"));
        assert!(nl.flyer_html.contains("<html lang=\"nl\">"));
        assert!(en.flyer_html.contains("<html lang=\"en\">"));
        assert!(en.intranet_html.contains("lang=\"en\""));
        assert_eq!(en.guidance.len(), GUIDANCE_TIPS);
        assert_ne!(en.guidance, nl.guidance);
    }

    #[test]
    fn r13_every_piece_carries_the_link_and_the_steps() {
        let link = "https://hup.example/";
        let m = compose(Locale::En, "Contoso Ltd.", link).unwrap();
        for piece in [
            &m.email_body,
            &m.newsletter,
            &m.flyer_html,
            &m.intranet_html,
        ] {
            assert!(piece.contains(link), "{piece}");
            assert!(piece.contains("work email address"), "{piece}");
            assert!(piece.contains("never your work account"), "{piece}");
        }
        assert!(m.flyer_html.contains("@page"));
        assert!(m.flyer_html.contains("size: A4"));
        assert!(m.email_file().starts_with("Subject: New for you"));
    }

    #[test]
    fn the_html_pieces_escape_the_organization_name() {
        let m = compose(Locale::En, "A & <B>", "https://hup.example/").unwrap();
        assert!(
            m.flyer_html
                .contains("<p class=\"org\">A &#38; &#60;B&#62;</p>"),
            "{}",
            m.flyer_html
        );
        assert!(!m.flyer_html.contains("<B>"));
        assert!(!m.intranet_html.contains("<B>"));
        assert!(m.email_body.contains("A & <B>"));
    }
}
