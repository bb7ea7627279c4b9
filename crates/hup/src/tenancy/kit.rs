//! The promotion kit as one download (issue 17, R13, R14): in the language the admin picks, a
//! zip of the printable flyers as PDF in A4 and US Letter, the digital flyer as a PNG for the
//! intranet and chat, the email and newsletter copy as HTML (and plain text), the intranet
//! snippet, and a PDF guide on promoting the program that says when to send what, what
//! employees ask and where support is (R21–R24). Every flyer carries the organization's name,
//! the employee link as text and as a QR code, and the discounts in force.

use std::io::Write;

use hup_core::catalog::{Catalog, Category, OfferDiscount};
use hup_core::help::{HelpLinks, HelpTopic};

use super::benefit::{self, HupTab};
use super::extra::ExtraBenefit;
use super::promotion::{self, Copy, Material};
use super::TenancyError;
use crate::i18n::{Locale, Tr};
use crate::print::flow::{Flow, Style};
use crate::print::qr::QrMatrix;
use crate::print::{pdf, png, Item, Page, Paper, Rgb, Scene, Weight};
use crate::services::Services;
use crate::store::admins::AdminAccount;

/// One file of the kit: its name at the root of the zip, its bytes.
pub struct KitFile {
    pub name: &'static str,
    pub bytes: Vec<u8>,
}

/// What the kit says beyond the copy: the discounts in force and where support is.
pub struct Facts {
    /// "Microsoft 365 Family, 1 year: 30 % off", one per offer the organization's employees see.
    pub discounts: Vec<String>,
    /// (label, address) for employees with questions (R23).
    pub employee_help: Vec<(String, String)>,
    /// (label, address) for admins: licensing and store admin support (R21), and the frequently
    /// viewed links (R24).
    pub admin_help: Vec<(String, String)>,
}

impl Facts {
    /// The facts for an organization with `extras`, from the catalog and help addresses in force.
    pub fn new(
        t: Tr,
        catalog: Option<&Catalog>,
        help: &HelpLinks,
        extras: &[ExtraBenefit],
    ) -> Facts {
        let other_office = extras.contains(&ExtraBenefit::OtherOfficeProducts);
        let discounts = catalog
            .map(|catalog| {
                catalog
                    .offers()
                    .iter()
                    .filter(|offer| {
                        catalog.product(offer.product.as_str()).is_some_and(|p| {
                            p.category == Category::Subscription
                                || (p.category == Category::OtherOffice && other_office)
                        })
                    })
                    .filter_map(|offer| {
                        let discount = match offer.discount {
                            OfferDiscount::None => return None,
                            OfferDiscount::Percent(p) if p.get() == 0 => return None,
                            OfferDiscount::Percent(p) => {
                                t.with("discount-percent", "percent", &p.get().to_string())
                            }
                            OfferDiscount::FixedPrice => t.get("discount-fixed"),
                        };
                        Some(
                            t.with_args(
                                "kit-m-discount-line",
                                &[
                                    (
                                        "product",
                                        catalog
                                            .product_name(offer.product.as_str(), t.lang())
                                            .to_owned(),
                                    ),
                                    ("term", t.term(offer.term)),
                                    ("discount", discount),
                                ],
                            ),
                        )
                    })
                    .collect()
            })
            .unwrap_or_default();
        let links = |topics: &[HelpTopic]| -> Vec<(String, String)> {
            help.among(topics)
                .map(|(topic, url)| (t.get(&format!("help-{}", topic.key())), url.to_owned()))
                .collect()
        };
        let mut admin_help = links(&[HelpTopic::LicensingSupport, HelpTopic::StoreAdminSupport]);
        admin_help.extend(
            links(&HelpTopic::FREQUENTLY_VIEWED)
                .into_iter()
                .filter(|(_, url)| !admin_help.iter().any(|(_, u)| u == url))
                .collect::<Vec<_>>(),
        );
        Facts {
            discounts,
            employee_help: links(&HelpTopic::FOR_EMPLOYEES),
            admin_help,
        }
    }
}

/// The tenant's kit in `language` as a zip, for a member of the tenant: 404 for anyone else,
/// 409 `benefit-not-active` while employees cannot use the benefit (as the other pieces).
pub async fn zip(
    services: &Services,
    admin: &AdminAccount,
    tenant_id: i64,
    language: Locale,
) -> Result<Vec<u8>, TenancyError> {
    let tab = benefit::hup_tab(&services.db, &services.config, admin, tenant_id).await?;
    zip_of(services, &tab, language).await
}

/// The zip of a HUP tab already read.
pub async fn zip_of(
    services: &Services,
    tab: &HupTab,
    language: Locale,
) -> Result<Vec<u8>, TenancyError> {
    let material = promotion::kit_of(tab, language)?;
    let snapshot = services
        .catalog
        .snapshot()
        .await
        .map_err(|e| TenancyError::Internal(e.into()))?;
    let t = Tr::new(language);
    let facts = Facts::new(
        t,
        snapshot.catalog.as_ref(),
        snapshot.markets.help(),
        &tab.extra_benefits,
    );
    let organization = tab.customer_name.as_deref().unwrap_or_default();
    let files = files(&material, organization, &facts).map_err(TenancyError::Internal)?;
    pack(&files).map_err(TenancyError::Internal)
}

/// Every file of the kit.
pub fn files(
    material: &Material,
    organization: &str,
    facts: &Facts,
) -> anyhow::Result<Vec<KitFile>> {
    let t = Tr::new(material.language);
    let copy = Copy::new(t, organization, &material.employee_link);
    let qr = QrMatrix::encode(&material.employee_link)
        .ok_or_else(|| anyhow::anyhow!("the employee link does not fit a QR code"))?;
    let flyer = |paper| pdf::write(&flyer(t, &copy, facts, &qr, paper));
    Ok(vec![
        KitFile {
            name: "flyer-a4.pdf",
            bytes: flyer(Paper::A4)?,
        },
        KitFile {
            name: "flyer-letter.pdf",
            bytes: flyer(Paper::Letter)?,
        },
        KitFile {
            name: "flyer.png",
            bytes: png::paint(&digital_flyer(t, &copy, &qr), 2.0)?,
        },
        KitFile {
            name: "email.html",
            bytes: material.email_html.clone().into_bytes(),
        },
        KitFile {
            name: "email.txt",
            bytes: material.email_file().into_bytes(),
        },
        KitFile {
            name: "newsletter.html",
            bytes: material.newsletter_html.clone().into_bytes(),
        },
        KitFile {
            name: "newsletter.txt",
            bytes: material.newsletter.clone().into_bytes(),
        },
        KitFile {
            name: "intranet.html",
            bytes: material.intranet_html.clone().into_bytes(),
        },
        KitFile {
            name: "guidance.pdf",
            bytes: pdf::write(&guide(t, &copy, facts))?,
        },
    ])
}

/// The files as one zip, each at its root.
pub fn pack(files: &[KitFile]) -> anyhow::Result<Vec<u8>> {
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated);
    for file in files {
        zip.start_file(file.name, options)?;
        zip.write_all(&file.bytes)?;
    }
    Ok(zip.finish()?.into_inner())
}

const TITLE: Style = Style::new(30.0, Weight::Bold, Rgb::INK);
const HEADING: Style = Style::new(15.0, Weight::Bold, Rgb::INK);
const BODY: Style = Style::new(12.0, Weight::Regular, Rgb::INK);
const SMALL: Style = Style::new(9.5, Weight::Regular, Rgb::MUTED);

/// The printable flyer on one page of `paper`.
pub fn flyer(t: Tr, c: &Copy, facts: &Facts, qr: &QrMatrix, paper: Paper) -> Scene {
    let (width, height) = paper.size();
    let margin = 50.0;
    let mut f = Flow::new(width, height, margin);
    f.items.push(Item::Rect {
        x: 0.0,
        y: 0.0,
        w: width,
        h: 12.0,
        color: Rgb::ACCENT,
    });
    f.para(
        &c.organization,
        Style::new(14.0, Weight::Bold, Rgb::ACCENT),
        0.0,
    );
    f.gap(4.0);
    f.para(
        &c.headline,
        Style {
            leading: 1.2,
            ..TITLE
        },
        0.0,
    );
    f.gap(8.0);
    f.para(&c.pitch, Style::new(13.0, Weight::Regular, Rgb::INK), 0.0);
    f.gap(10.0);
    f.para(&c.steps_title, HEADING, 0.0);
    for (i, step) in c.steps.iter().enumerate() {
        f.item(&format!("{}.", i + 1), step, BODY, 18.0);
    }
    if !facts.discounts.is_empty() {
        f.gap(10.0);
        f.para(&t.get("kit-m-discounts-title"), HEADING, 0.0);
        for line in &facts.discounts {
            f.item("•", line, BODY, 14.0);
        }
    }
    // The QR code with the link beside it, in a box of their own.
    f.gap(16.0);
    let module = 3.6;
    let side = qr.outer_width() as f32 * module;
    f.keep(side + 8.0);
    let box_top = f.y;
    f.items.push(Item::Rect {
        x: margin,
        y: box_top,
        w: width - 2.0 * margin,
        h: side + 8.0,
        color: Rgb(0xee, 0xf3, 0xfa),
    });
    f.items.push(Item::Qr {
        x: margin + 4.0,
        y: box_top + 4.0,
        module,
        code: qr.clone(),
    });
    let text_x = margin + side + 20.0;
    let mut beside = Flow::new(width, height, margin);
    beside.x = text_x;
    beside.column = width - margin - text_x - 10.0;
    beside.y = box_top + 24.0;
    beside.para(&t.get("kit-m-scan"), BODY, 0.0);
    beside.gap(4.0);
    beside.para(&c.link, Style::new(16.0, Weight::Bold, Rgb::ACCENT), 0.0);
    f.items.append(&mut beside.items);
    f.y = box_top + side + 8.0;
    f.gap(14.0);
    f.para(
        &c.personal,
        Style::new(10.5, Weight::Regular, Rgb::MUTED),
        0.0,
    );
    f.items.push(Item::Text {
        x: margin,
        y: height - 30.0,
        size: SMALL.size,
        weight: SMALL.weight,
        color: SMALL.color,
        text: t.with("kit-m-footer", "organization", &c.organization),
    });
    Scene {
        title: format!("{} · {}", c.headline, c.organization),
        lang: t.lang(),
        pages: f.finish().into_iter().take(1).collect(),
    }
}

/// The digital flyer: 1200 × 630 pixels at scale 2, the size link previews use.
pub fn digital_flyer(t: Tr, c: &Copy, qr: &QrMatrix) -> Page {
    let (width, height) = (600.0, 315.0);
    let panel = 210.0;
    let mut items = vec![Item::Rect {
        x: 0.0,
        y: 0.0,
        w: width - panel,
        h: height,
        color: Rgb::ACCENT,
    }];
    let mut f = Flow::new(width - panel, height, 28.0);
    f.para(
        &c.organization,
        Style::new(12.0, Weight::Bold, Rgb::WHITE),
        0.0,
    );
    f.gap(6.0);
    f.para(
        &c.headline,
        Style {
            leading: 1.2,
            ..Style::new(26.0, Weight::Bold, Rgb::WHITE)
        },
        0.0,
    );
    f.gap(8.0);
    for (i, step) in c.steps.iter().enumerate() {
        if f.room() > 30.0 {
            f.item(
                &format!("{}.", i + 1),
                step,
                Style::new(9.5, Weight::Regular, Rgb::WHITE),
                12.0,
            );
        }
    }
    items.append(&mut f.items);
    let module = (panel - 30.0) / qr.outer_width() as f32;
    let module = module.min(4.0);
    let side = qr.outer_width() as f32 * module;
    let qr_x = width - panel + (panel - side) / 2.0;
    items.push(Item::Qr {
        x: qr_x,
        y: 24.0,
        module,
        code: qr.clone(),
    });
    let mut below = Flow::new(width, height, 0.0);
    below.x = width - panel + 14.0;
    below.column = panel - 28.0;
    below.y = 24.0 + side + 4.0;
    below.para(
        &t.get("kit-m-scan"),
        Style::new(8.5, Weight::Regular, Rgb::MUTED),
        0.0,
    );
    below.para(&c.link, Style::new(11.0, Weight::Bold, Rgb::ACCENT), 0.0);
    items.append(&mut below.items);
    Page {
        width,
        height,
        items,
    }
}

/// The guide on promoting the program, on as many A4 pages as it takes.
pub fn guide(t: Tr, c: &Copy, facts: &Facts) -> Scene {
    let (width, height) = Paper::A4.size();
    let mut f = Flow::new(width, height, 56.0);
    f.para(
        &t.get("kit-guide-title"),
        Style {
            leading: 1.2,
            ..Style::new(24.0, Weight::Bold, Rgb::INK)
        },
        0.0,
    );
    f.para(
        &t.with("kit-guide-for", "organization", &c.organization),
        Style::new(13.0, Weight::Regular, Rgb::MUTED),
        0.0,
    );
    f.gap(6.0);
    f.para(
        &t.with("kit-guide-link", "link", &c.link),
        Style::new(12.0, Weight::Bold, Rgb::ACCENT),
        0.0,
    );
    let section = |f: &mut Flow, title: &str| {
        f.gap(14.0);
        f.keep(60.0);
        f.para(title, HEADING, 0.0);
        f.gap(2.0);
    };
    section(&mut f, &t.get("kit-guide-when-title"));
    for n in 1..=5 {
        f.item("•", &t.get(&format!("kit-guide-when-{n}")), BODY, 14.0);
    }
    section(&mut f, &t.get("kit-guide-ask-title"));
    for n in 1..=5 {
        f.item("•", &t.get(&format!("kit-guide-ask-{n}")), BODY, 14.0);
    }
    section(&mut f, &t.get("kit-guide-tips-title"));
    for tip in promotion::guidance(t) {
        f.item("•", &tip, BODY, 14.0);
    }
    section(&mut f, &t.get("kit-guide-support-title"));
    if facts.employee_help.is_empty() && facts.admin_help.is_empty() {
        f.para(&t.get("kit-guide-support-none"), BODY, 0.0);
    }
    let links = |f: &mut Flow, links: &[(String, String)]| {
        for (label, url) in links {
            f.item("•", &format!("{label}: {url}"), BODY, 14.0);
        }
    };
    f.para(&t.get("kit-guide-support-employees"), BODY, 0.0);
    links(&mut f, &facts.employee_help);
    f.gap(6.0);
    f.para(&t.get("kit-guide-support-admins"), BODY, 0.0);
    links(&mut f, &facts.admin_help);
    Scene {
        title: t.get("kit-guide-title"),
        lang: t.lang(),
        pages: f.finish(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn facts() -> Facts {
        Facts {
            discounts: vec!["Microsoft 365 Family, 1 year: 30 % off".into()],
            employee_help: vec![("Employee FAQ".into(), "https://help.example/faq".into())],
            admin_help: vec![],
        }
    }

    fn texts(scene: &Scene) -> String {
        scene.texts().collect::<Vec<_>>().join("\n")
    }

    #[test]
    fn r13_each_flyer_fits_one_page_with_the_name_the_link_the_qr_code_and_the_discounts() {
        for locale in Locale::ALL {
            let t = Tr::new(locale);
            let link = "https://hup.example/";
            let c = Copy::new(t, "株式会社コントソ & Contoso Ltd.", link);
            let qr = QrMatrix::encode(link).unwrap();
            for paper in [Paper::A4, Paper::Letter] {
                let scene = flyer(t, &c, &facts(), &qr, paper);
                assert_eq!(scene.pages.len(), 1);
                let page = &scene.pages[0];
                assert_eq!((page.width, page.height), paper.size());
                let all = texts(&scene);
                assert!(all.contains("株式会社コントソ & Contoso Ltd."), "{all}");
                assert!(all.contains(link), "{all}");
                assert!(all.contains("30 % off"), "{all}");
                assert!(page.items.iter().any(|i| matches!(i, Item::Qr { .. })));
                // Nothing runs off the page.
                for item in &page.items {
                    if let Item::Text { y, .. } = item {
                        assert!(
                            *y > 0.0 && *y < page.height,
                            "{locale:?} {paper:?}: {item:?}"
                        );
                    }
                }
                let last_body = page
                    .items
                    .iter()
                    .filter_map(|i| match i {
                        Item::Text { y, .. } => Some(*y),
                        _ => None,
                    })
                    .fold(0.0_f32, f32::max);
                assert!(last_body < page.height - 20.0, "{locale:?} {paper:?}");
            }
        }
    }

    #[test]
    fn r14_the_guide_says_when_to_send_what_and_where_support_is() {
        let t = Tr::new(Locale::En);
        let c = Copy::new(t, "Contoso Ltd.", "https://hup.example/");
        let all = texts(&guide(t, &c, &facts()));
        assert!(all.contains("When to send what"), "{all}");
        assert!(all.contains("What employees ask"));
        assert!(all.contains("Employee FAQ: https://help.example/faq"));
        assert!(all.contains("https://hup.example/"));
    }

    #[test]
    fn the_digital_flyer_is_a_png_of_1200_by_630_pixels() {
        let t = Tr::new(Locale::Ja);
        let c = Copy::new(t, "コントソ", "https://hup.example/");
        let qr = QrMatrix::encode("https://hup.example/").unwrap();
        let bytes = png::paint(&digital_flyer(t, &c, &qr), 2.0).unwrap();
        assert!(bytes.starts_with(b"\x89PNG\r\n\x1a\n"));
        let width = u32::from_be_bytes(bytes[16..20].try_into().unwrap());
        let height = u32::from_be_bytes(bytes[20..24].try_into().unwrap());
        assert_eq!((width, height), (1200, 630));
    }
}
