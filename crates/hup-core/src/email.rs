//! Work addresses and their domains, parsed once at the edge (R7, R10, R12, R15).
//!
//! An address decides which organization's benefit an employee may use, so two spellings of
//! the same mailbox must become the same value and a look-alike must never pass for the real
//! thing. Hence the choices below:
//!
//! * The local part is an ASCII dot-atom (RFC 5322 §3.2.3) and nothing else: quoted strings,
//!   comments and non-ASCII letters such as the dotless `ı` have legitimate uses, but in a
//!   work address they mostly serve to make one mailbox look like another.
//! * The domain is mapped with UTS 46 and stored as ASCII (punycode), lower case, without a
//!   trailing dot, so `CONTOSO.com.`, `contoso.com` and full-width `ｃｏｎｔｏｓｏ.com` are one
//!   domain.
//! * Domains are compared label by label: `evilcontoso.com` is not under `contoso.com`.
//! * A public suffix (`com`, `co.uk`, `github.io`) is shared by many owners, so nobody can
//!   prove it or belong to it; the Public Suffix List comes from the `psl` crate.

use idna::uts46::{AsciiDenyList, DnsLength, Hyphens, Uts46};

/// RFC 5321 §4.5.3.1.1.
const MAX_LOCAL_PART: usize = 64;
/// RFC 1035 §2.3.4, written without the trailing dot.
const MAX_DOMAIN: usize = 253;
/// RFC 1035 §2.3.4.
const MAX_LABEL: usize = 63;
/// RFC 5321's 256-octet path limit less the angle brackets (RFC 3696 erratum 1690).
const MAX_ADDRESS: usize = 254;
/// UTS 46 drops some code points (soft hyphens, joiners), so a raw domain may be longer than
/// its encoding; past this size it cannot be a real one and is refused before any mapping work.
const MAX_RAW_DOMAIN: usize = 1024;

/// Why a string is not an acceptable address or domain. The Display text is an English
/// sentence fragment meant to be shown to the person who typed the address.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum EmailError {
    #[error("the address is empty")]
    Empty,
    #[error("the address has no @ between the name and the domain")]
    MissingAt,
    #[error("there is nothing before the @")]
    EmptyLocalPart,
    #[error("the part before the @ is {len} characters long; at most 64 are allowed")]
    LocalPartTooLong { len: usize },
    #[error("the part before the @ {0}")]
    InvalidLocalPart(LocalPartIssue),
    #[error("the address is {len} characters long; at most 254 are allowed")]
    AddressTooLong { len: usize },
    #[error("the domain is empty")]
    EmptyDomain,
    #[error("the domain is {len} characters long; at most 253 are allowed")]
    DomainTooLong { len: usize },
    #[error("the domain label \"{label}\" is {len} characters long; at most 63 are allowed")]
    LabelTooLong { label: String, len: usize },
    #[error("the domain {0}")]
    InvalidDomain(DomainIssue),
    #[error("the domain \"{domain}\" needs at least two labels, like example.com")]
    SingleLabel { domain: String },
    #[error(
        "\"{domain}\" is a public suffix shared by many owners (like com or co.uk), \
         not an organization's own domain"
    )]
    PublicSuffix { domain: String },
}

/// What is wrong with the part before the `@`; completes "the part before the @ …".
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum LocalPartIssue {
    #[error("is a quoted string; only plain names such as jan.jansen are accepted")]
    Quoted,
    #[error("contains a comment in parentheses")]
    Comment,
    #[error(
        "contains {}, which is not a plain ASCII letter (look-alike letters are refused)",
        quoted(*.0)
    )]
    NonAscii(char),
    #[error(
        "contains {}; allowed are letters, digits, single dots and !#$%&'*+-/=?^_`{{|}}~",
        quoted(*.0)
    )]
    Character(char),
    #[error("starts with a dot")]
    LeadingDot,
    #[error("ends with a dot")]
    TrailingDot,
    #[error("has two dots in a row")]
    ConsecutiveDots,
}

/// What is wrong with the domain; completes "the domain …".
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DomainIssue {
    #[error("is an IP address literal; a domain name is required")]
    IpLiteral,
    #[error("is not a valid internationalized domain name")]
    NotIdna,
    #[error("has an empty label (a leading dot or two dots in a row)")]
    EmptyLabel,
    #[error("contains {}; a domain holds only letters, digits, hyphens and dots", quoted(*.0))]
    Character(char),
    #[error("label \"{0}\" starts or ends with a hyphen")]
    HyphenAtEdge(String),
    #[error("ends in a number, which no top-level domain does (IP addresses are not accepted)")]
    NumericTopLevel,
}

/// Shows a character so that spaces and control characters remain visible in a message.
fn quoted(c: char) -> String {
    if c.is_whitespace() || c.is_control() {
        format!("U+{:04X}", u32::from(c))
    } else {
        format!("\"{c}\"")
    }
}

/// A domain name that an organization can own: ASCII (punycode), lower case, at least two
/// labels, not a public suffix.
#[derive(Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Domain(String);

impl Domain {
    /// Accepts Unicode or ASCII spellings in any case, with or without a trailing dot.
    pub fn parse(input: &str) -> Result<Domain, EmailError> {
        let raw = input.trim();
        if raw.is_empty() {
            return Err(EmailError::EmptyDomain);
        }
        if raw.starts_with('[') {
            return Err(EmailError::InvalidDomain(DomainIssue::IpLiteral));
        }
        if raw.len() > MAX_RAW_DOMAIN {
            return Err(EmailError::DomainTooLong {
                len: raw.chars().count(),
            });
        }
        // The empty deny list lets ASCII through untouched, so the LDH check below can name
        // the exact offending character instead of an opaque IDNA failure.
        let ascii = Uts46::new()
            .to_ascii(
                raw.as_bytes(),
                AsciiDenyList::EMPTY,
                Hyphens::Allow,
                DnsLength::Ignore,
            )
            .map_err(|_| EmailError::InvalidDomain(DomainIssue::NotIdna))?;
        // Stripped after mapping, because an ideographic full stop also becomes a dot.
        let ascii = ascii.strip_suffix('.').unwrap_or(&ascii);
        if ascii.is_empty() {
            return Err(EmailError::EmptyDomain);
        }
        if ascii.len() > MAX_DOMAIN {
            return Err(EmailError::DomainTooLong { len: ascii.len() });
        }
        let mut labels = 0usize;
        let mut last = "";
        for label in ascii.split('.') {
            check_label(label)?;
            labels += 1;
            last = label;
        }
        if labels < 2 {
            return Err(EmailError::SingleLabel {
                domain: ascii.to_owned(),
            });
        }
        if last.bytes().all(|b| b.is_ascii_digit()) {
            return Err(EmailError::InvalidDomain(DomainIssue::NumericTopLevel));
        }
        if psl::domain(ascii.as_bytes()).is_none() {
            return Err(EmailError::PublicSuffix {
                domain: ascii.to_owned(),
            });
        }
        Ok(Domain(ascii.to_owned()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The Unicode spelling, for showing to people; never for comparing or sending mail.
    pub fn to_unicode(&self) -> String {
        idna::domain_to_unicode(&self.0).0
    }

    /// True when `self` is `parent` or lies under it. Compared label by label, because a
    /// string suffix test would put `evilcontoso.com` under `contoso.com`.
    pub fn is_same_or_subdomain_of(&self, parent: &Domain) -> bool {
        let mut mine = self.0.rsplit('.');
        parent
            .0
            .rsplit('.')
            .all(|theirs| mine.next() == Some(theirs))
    }

    /// `self`, then each parent domain in turn, down to and including the registrable domain
    /// (the one just above the public suffix). An address at `mail.eu.contoso.co.uk` belongs
    /// to whichever of `mail.eu.contoso.co.uk`, `eu.contoso.co.uk` or `contoso.co.uk` an
    /// organization has proven, so the caller looks these up, most specific first.
    pub fn parent_chain(&self) -> Vec<Domain> {
        // `parse` guarantees a registrable domain; the fallback keeps this total regardless.
        let registrable =
            psl::domain(self.0.as_bytes()).map_or(self.0.len(), |d| d.as_bytes().len());
        let mut chain = vec![self.clone()];
        let mut rest = self.0.as_str();
        while rest.len() > registrable {
            match rest.split_once('.') {
                Some((_, parent)) if parent.len() >= registrable => {
                    chain.push(Domain(parent.to_owned()));
                    rest = parent;
                }
                _ => break,
            }
        }
        chain
    }
}

fn check_label(label: &str) -> Result<(), EmailError> {
    if label.is_empty() {
        return Err(EmailError::InvalidDomain(DomainIssue::EmptyLabel));
    }
    if label.len() > MAX_LABEL {
        return Err(EmailError::LabelTooLong {
            label: label.to_owned(),
            len: label.len(),
        });
    }
    if let Some(c) = label
        .chars()
        .find(|c| !(c.is_ascii_lowercase() || c.is_ascii_digit() || *c == '-'))
    {
        return Err(EmailError::InvalidDomain(DomainIssue::Character(c)));
    }
    if label.starts_with('-') || label.ends_with('-') {
        return Err(EmailError::InvalidDomain(DomainIssue::HyphenAtEdge(
            label.to_owned(),
        )));
    }
    Ok(())
}

text_type!(Domain, EmailError, as_str);

impl AsRef<str> for Domain {
    fn as_ref(&self) -> &str {
        &self.0
    }
}

/// A work address: an ASCII dot-atom local part, lower-cased, at a [`Domain`].
///
/// The whole address is lower-cased: RFC 5321 lets a server tell `Jan@` from `jan@`, but no
/// organization hands those to two different people, and treating them as two would let one
/// person enroll twice.
#[derive(Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct WorkEmail {
    /// `local@domain`, normalized; `at` is the byte index of the `@`.
    address: String,
    at: usize,
    domain: Domain,
}

impl WorkEmail {
    pub fn parse(input: &str) -> Result<WorkEmail, EmailError> {
        let raw = input.trim();
        if raw.is_empty() {
            return Err(EmailError::Empty);
        }
        // Split at the last @: a dot-atom cannot hold one, so an earlier @ is reported as a
        // fault of the local part, where the person will look for it.
        let (local, domain) = raw.rsplit_once('@').ok_or(EmailError::MissingAt)?;
        if local.is_empty() {
            return Err(EmailError::EmptyLocalPart);
        }
        check_local_part(local)?;
        if local.len() > MAX_LOCAL_PART {
            return Err(EmailError::LocalPartTooLong { len: local.len() });
        }
        let domain = Domain::parse(domain)?;
        let len = local.len() + 1 + domain.0.len();
        if len > MAX_ADDRESS {
            return Err(EmailError::AddressTooLong { len });
        }
        let mut address = String::with_capacity(len);
        address.push_str(&local.to_ascii_lowercase());
        address.push('@');
        address.push_str(domain.as_str());
        Ok(WorkEmail {
            address,
            at: local.len(),
            domain,
        })
    }

    pub fn domain(&self) -> &Domain {
        &self.domain
    }

    pub fn local_part(&self) -> &str {
        &self.address[..self.at]
    }

    pub fn as_str(&self) -> &str {
        &self.address
    }

    /// The address without a `+tag`: `jan+hup@contoso.com` and `jan@contoso.com` reach the same
    /// mailbox, so per-person limits and "already enrolled" checks key on this, never on
    /// [`as_str`](Self::as_str). A local part that starts with `+` has no base name to fall
    /// back to and is kept whole.
    pub fn mailbox_key(&self) -> String {
        let local = self.local_part();
        let base = match local.split_once('+') {
            Some((base, _)) if !base.is_empty() => base,
            _ => local,
        };
        let mut key = String::with_capacity(base.len() + 1 + self.domain.0.len());
        key.push_str(base);
        key.push('@');
        key.push_str(self.domain.as_str());
        key
    }
}

/// RFC 5322 `atext`, ASCII only.
fn is_atext(c: char) -> bool {
    c.is_ascii_alphanumeric() || "!#$%&'*+-/=?^_`{|}~".contains(c)
}

fn check_local_part(local: &str) -> Result<(), EmailError> {
    let bad = |issue| Err(EmailError::InvalidLocalPart(issue));
    if local.starts_with('"') {
        return bad(LocalPartIssue::Quoted);
    }
    if local.starts_with('(') || local.ends_with(')') {
        return bad(LocalPartIssue::Comment);
    }
    if let Some(c) = local.chars().find(|c| !c.is_ascii()) {
        return bad(LocalPartIssue::NonAscii(c));
    }
    if let Some(c) = local.chars().find(|c| !(is_atext(*c) || *c == '.')) {
        return bad(LocalPartIssue::Character(c));
    }
    if local.starts_with('.') {
        return bad(LocalPartIssue::LeadingDot);
    }
    if local.ends_with('.') {
        return bad(LocalPartIssue::TrailingDot);
    }
    if local.contains("..") {
        return bad(LocalPartIssue::ConsecutiveDots);
    }
    Ok(())
}

text_type!(WorkEmail, EmailError, as_str);

impl AsRef<str> for WorkEmail {
    fn as_ref(&self) -> &str {
        &self.address
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn domain(s: &str) -> Domain {
        Domain::parse(s).unwrap()
    }

    fn email(s: &str) -> WorkEmail {
        WorkEmail::parse(s).unwrap()
    }

    #[test]
    fn normalizes_case_whitespace_and_trailing_dot() {
        let e = email("  Jan.Jansen@Contoso.COM. ");
        assert_eq!(e.as_str(), "jan.jansen@contoso.com");
        assert_eq!(e.local_part(), "jan.jansen");
        assert_eq!(e.domain().as_str(), "contoso.com");
    }

    #[test]
    fn unicode_domains_become_punycode() {
        assert_eq!(domain("Müller.de").as_str(), "xn--mller-kva.de");
        assert_eq!(domain("xn--mller-kva.de"), domain("müller.DE"));
        assert_eq!(domain("müller.de").to_unicode(), "müller.de");
        // Full-width letters and the ideographic full stop map to their ASCII forms.
        assert_eq!(domain("ｃｏｎｔｏｓｏ。com"), domain("contoso.com"));
        assert_eq!(
            email("jan@bücher.example").as_str(),
            "jan@xn--bcher-kva.example"
        );
    }

    #[test]
    fn the_demo_domains_parse() {
        assert_eq!(domain("contoso.example").as_str(), "contoso.example");
        assert_eq!(domain("fabrikam.example").as_str(), "fabrikam.example");
    }

    #[test]
    fn refuses_public_suffixes() {
        for s in ["com", "co.uk", "CO.UK.", "github.io", "xn--p1ai"] {
            let err = Domain::parse(s).unwrap_err();
            assert!(
                matches!(
                    err,
                    EmailError::PublicSuffix { .. } | EmailError::SingleLabel { .. }
                ),
                "{s}: {err:?}"
            );
        }
        assert_eq!(
            Domain::parse("co.uk"),
            Err(EmailError::PublicSuffix {
                domain: "co.uk".into()
            })
        );
        assert!(matches!(
            WorkEmail::parse("jan@co.uk"),
            Err(EmailError::PublicSuffix { .. })
        ));
        assert_eq!(domain("contoso.co.uk").as_str(), "contoso.co.uk");
    }

    #[test]
    fn subdomains_are_matched_by_label_never_by_string_suffix() {
        let contoso = domain("contoso.com");
        assert!(domain("contoso.com").is_same_or_subdomain_of(&contoso));
        assert!(domain("mail.eu.Contoso.com").is_same_or_subdomain_of(&contoso));
        assert!(!domain("evilcontoso.com").is_same_or_subdomain_of(&contoso));
        assert!(!domain("contoso.com.evil.com").is_same_or_subdomain_of(&contoso));
        assert!(!contoso.is_same_or_subdomain_of(&domain("mail.contoso.com")));
    }

    #[test]
    fn parent_chain_stops_at_the_registrable_domain() {
        let chain: Vec<String> = domain("a.b.contoso.co.uk")
            .parent_chain()
            .iter()
            .map(|d| d.as_str().to_owned())
            .collect();
        assert_eq!(
            chain,
            ["a.b.contoso.co.uk", "b.contoso.co.uk", "contoso.co.uk"]
        );
        assert_eq!(
            domain("contoso.com").parent_chain(),
            vec![domain("contoso.com")]
        );
    }

    #[test]
    fn local_part_must_be_a_plain_ascii_dot_atom() {
        use LocalPartIssue::*;
        let cases = [
            ("\"jan jansen\"@contoso.com", Quoted),
            ("jan(comment)@contoso.com", Comment),
            ("(comment)jan@contoso.com", Comment),
            ("admın@contoso.com", NonAscii('ı')),
            ("jan jansen@contoso.com", Character(' ')),
            ("jan@evil@contoso.com", Character('@')),
            (".jan@contoso.com", LeadingDot),
            ("jan.@contoso.com", TrailingDot),
            ("jan..jansen@contoso.com", ConsecutiveDots),
        ];
        for (input, issue) in cases {
            assert_eq!(
                WorkEmail::parse(input),
                Err(EmailError::InvalidLocalPart(issue)),
                "{input}"
            );
        }
        assert_eq!(
            email("o'brien+hup/x=y@contoso.com").local_part(),
            "o'brien+hup/x=y"
        );
    }

    #[test]
    fn refuses_domains_that_are_not_host_names() {
        let cases = [
            (
                "jan@[192.0.2.1]",
                EmailError::InvalidDomain(DomainIssue::IpLiteral),
            ),
            (
                "jan@192.0.2.1",
                EmailError::InvalidDomain(DomainIssue::NumericTopLevel),
            ),
            (
                "jan@contoso..com",
                EmailError::InvalidDomain(DomainIssue::EmptyLabel),
            ),
            (
                "jan@.contoso.com",
                EmailError::InvalidDomain(DomainIssue::EmptyLabel),
            ),
            (
                "jan@contoso.com..",
                EmailError::InvalidDomain(DomainIssue::EmptyLabel),
            ),
            (
                "jan@con_toso.com",
                EmailError::InvalidDomain(DomainIssue::Character('_')),
            ),
            (
                "jan@-contoso.com",
                EmailError::InvalidDomain(DomainIssue::HyphenAtEdge("-contoso".into())),
            ),
            (
                "jan@xn--zz.com",
                EmailError::InvalidDomain(DomainIssue::NotIdna),
            ),
            (
                "jan@localhost",
                EmailError::SingleLabel {
                    domain: "localhost".into(),
                },
            ),
            ("jan@", EmailError::EmptyDomain),
            ("jan@.", EmailError::EmptyDomain),
        ];
        for (input, want) in cases {
            assert_eq!(WorkEmail::parse(input), Err(want), "{input}");
        }
    }

    #[test]
    fn structural_errors() {
        assert_eq!(WorkEmail::parse("   "), Err(EmailError::Empty));
        assert_eq!(
            WorkEmail::parse("jan.contoso.com"),
            Err(EmailError::MissingAt)
        );
        assert_eq!(
            WorkEmail::parse("@contoso.com"),
            Err(EmailError::EmptyLocalPart)
        );
    }

    #[test]
    fn rfc_length_limits() {
        let local64 = "a".repeat(64);
        assert!(WorkEmail::parse(&format!("{local64}@contoso.com")).is_ok());
        assert_eq!(
            WorkEmail::parse(&format!("{local64}b@contoso.com")),
            Err(EmailError::LocalPartTooLong { len: 65 })
        );

        let label63 = "l".repeat(63);
        assert!(Domain::parse(&format!("{label63}.com")).is_ok());
        let label64 = "l".repeat(64);
        assert_eq!(
            Domain::parse(&format!("{label64}.com")),
            Err(EmailError::LabelTooLong {
                label: label64.clone(),
                len: 64
            })
        );

        // 4 × (63 + 1) - 1 = 255 > 253; 3 labels of 63, one of 61 = 253.
        let d253 = format!("{label63}.{label63}.{label63}.{}", "c".repeat(61));
        assert_eq!(d253.len(), 253);
        assert!(Domain::parse(&d253).is_ok());
        assert!(Domain::parse(&format!("{d253}.")).is_ok());
        let d255 = format!("{label63}.{label63}.{label63}.{label63}");
        assert_eq!(
            Domain::parse(&d255),
            Err(EmailError::DomainTooLong { len: 255 })
        );

        // Local part and domain each within their limits, the whole over 254.
        assert_eq!(
            WorkEmail::parse(&format!("{local64}@{d253}")),
            Err(EmailError::AddressTooLong { len: 318 })
        );
        let d189 = format!("{label63}.{label63}.{}", "c".repeat(61));
        assert_eq!(d189.len(), 189);
        assert!(WorkEmail::parse(&format!("{local64}@{d189}")).is_ok());
        let d190 = format!("{label63}.{label63}.{}", "c".repeat(62));
        assert_eq!(
            WorkEmail::parse(&format!("{local64}@{d190}")),
            Err(EmailError::AddressTooLong { len: 255 })
        );
    }

    #[test]
    fn mailbox_key_drops_plus_tags() {
        assert_eq!(
            email("Jan+HUP@contoso.com").mailbox_key(),
            "jan@contoso.com"
        );
        assert_eq!(
            email("jan+a+b@contoso.com").mailbox_key(),
            "jan@contoso.com"
        );
        assert_eq!(email("jan@contoso.com").mailbox_key(), "jan@contoso.com");
        assert_eq!(email("+jan@contoso.com").mailbox_key(), "+jan@contoso.com");
        assert_eq!(
            email("jan+2@contoso.com").as_str(),
            "jan+2@contoso.com",
            "the address itself keeps its tag, so mail still reaches the filtered folder"
        );
    }

    #[test]
    fn errors_read_as_english_reasons() {
        assert_eq!(
            WorkEmail::parse("admın@contoso.com")
                .unwrap_err()
                .to_string(),
            "the part before the @ contains \"ı\", which is not a plain ASCII letter \
             (look-alike letters are refused)"
        );
        assert_eq!(
            WorkEmail::parse("jan jansen@contoso.com")
                .unwrap_err()
                .to_string(),
            "the part before the @ contains U+0020; allowed are letters, digits, single dots \
             and !#$%&'*+-/=?^_`{|}~"
        );
        assert_eq!(
            Domain::parse("co.uk").unwrap_err().to_string(),
            "\"co.uk\" is a public suffix shared by many owners (like com or co.uk), \
             not an organization's own domain"
        );
    }

    #[test]
    fn serde_uses_the_normalized_string() {
        let e = email("Jan@Contoso.com");
        assert_eq!(serde_json::to_string(&e).unwrap(), "\"jan@contoso.com\"");
        let back: WorkEmail = serde_json::from_str("\"JAN@contoso.com\"").unwrap();
        assert_eq!(back, e);
        assert!(serde_json::from_str::<WorkEmail>("\"jan@co.uk\"").is_err());
        let d: Domain = serde_json::from_str("\"Contoso.com.\"").unwrap();
        assert_eq!(serde_json::to_string(&d).unwrap(), "\"contoso.com\"");
    }

    fn label() -> impl Strategy<Value = String> {
        prop_oneof![
            "[a-zA-Z0-9]([a-zA-Z0-9-]{0,10}[a-zA-Z0-9])?",
            "[a-zäöüßçéıİ]{1,8}",
        ]
    }

    fn plausible_domain() -> impl Strategy<Value = String> {
        (
            prop::collection::vec(label(), 1..4),
            prop_oneof![
                Just("com"),
                Just("co.uk"),
                Just("example"),
                Just("nl"),
                Just("xn--p1ai"),
            ],
        )
            .prop_map(|(labels, tld)| format!("{}.{tld}", labels.join(".")))
    }

    fn plausible_address() -> impl Strategy<Value = String> {
        ("[a-zA-Z0-9._%+'-]{1,20}", plausible_domain())
            .prop_map(|(local, domain)| format!("{local}@{domain}"))
    }

    proptest! {
        #[test]
        fn never_panics_on_arbitrary_input(s in any::<String>()) {
            let _ = WorkEmail::parse(&s);
            let _ = Domain::parse(&s);
        }

        #[test]
        fn never_panics_on_near_addresses(s in "[a-z.@\\[\\]()\"+ı-]{0,30}") {
            let _ = WorkEmail::parse(&s);
        }

        #[test]
        fn parse_is_idempotent(s in plausible_address()) {
            if let Ok(e) = WorkEmail::parse(&s) {
                let again = WorkEmail::parse(e.as_str());
                prop_assert_eq!(again.as_ref(), Ok(&e));
                let d = Domain::parse(e.domain().as_str());
                prop_assert_eq!(d.as_ref(), Ok(e.domain()));
            }
        }

        #[test]
        fn domain_case_never_makes_a_different_domain(
            d in plausible_domain(),
            flips in prop::collection::vec(any::<bool>(), 64),
        ) {
            // Only letters whose upper case lowers back to them: `ı` upper-cases to `I` and
            // `ß` to `SS`, which are other letters, not other cases.
            let flipped: String = d
                .chars()
                .zip(flips.iter().cycle())
                .map(|(c, up)| {
                    let upper: String = c.to_uppercase().collect();
                    let round_trips = upper.to_lowercase() == c.to_lowercase().collect::<String>();
                    if *up && round_trips { upper } else { c.to_lowercase().collect() }
                })
                .collect();
            prop_assert_eq!(Domain::parse(&d), Domain::parse(&flipped));
        }

        #[test]
        fn every_parent_is_a_superdomain(d in plausible_domain()) {
            if let Ok(d) = Domain::parse(&d) {
                let chain = d.parent_chain();
                prop_assert_eq!(&chain[0], &d);
                for p in &chain {
                    prop_assert!(d.is_same_or_subdomain_of(p));
                    let reparsed = Domain::parse(p.as_str());
                    prop_assert_eq!(reparsed.as_ref(), Ok(p));
                }
            }
        }
    }
}
