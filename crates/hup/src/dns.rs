//! TXT look-ups for domain proof (R12), against the name servers of `HUP_DNS`.
//!
//! A proof is `hup-verification=TOKEN` in a TXT record on the domain itself. Real zones hold
//! other TXT records beside it (SPF, other vendors' proofs), DNS tools split long values into
//! several strings, and admins' panels change case or add quotes, so every record is joined,
//! trimmed and compared without regard to case. Every failure (timeout, SERVFAIL, a refused
//! connection) leaves the domain unproven: fail closed.

use std::time::Duration;

use hickory_resolver::config::{NameServerConfig, ResolverConfig};
use hickory_resolver::name_server::TokioConnectionProvider;
use hickory_resolver::proto::xfer::Protocol;
use hickory_resolver::proto::ProtoErrorKind;
use hickory_resolver::{Name, ResolveErrorKind, TokioResolver};
use hup_core::email::Domain;

use crate::config::DnsConfig;

pub const PREFIX: &str = "hup-verification=";

/// The exact TXT value an admin publishes for `token`.
pub fn txt_value(token: &str) -> String {
    format!("{PREFIX}{token}")
}

/// Why a domain is not proven by this look-up. Each has a stable code for the API and a
/// Fluent id for pages.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum NotProven {
    /// NXDOMAIN.
    NoSuchDomain,
    /// The domain exists but has no TXT record.
    NoRecord,
    /// TXT records exist, none with this proof.
    WrongValue,
    /// No answer in time.
    Timeout,
    /// Any other failure of the look-up (SERVFAIL, refused, …).
    LookupFailed,
}

impl NotProven {
    pub fn code(&self) -> &'static str {
        match self {
            NotProven::NoSuchDomain => "no-such-domain",
            NotProven::NoRecord => "no-record",
            NotProven::WrongValue => "wrong-value",
            NotProven::Timeout => "timeout",
            NotProven::LookupFailed => "lookup-failed",
        }
    }

    /// A short English sentence for API clients; pages use `fluent_id`.
    pub fn text(&self) -> &'static str {
        match self {
            NotProven::NoSuchDomain => "no such domain",
            NotProven::NoRecord => "no TXT record found on the domain",
            NotProven::WrongValue => "the TXT records of the domain do not hold the expected value",
            NotProven::Timeout => "the name servers did not answer in time",
            NotProven::LookupFailed => "the DNS look-up failed",
        }
    }

    pub fn fluent_id(&self) -> &'static str {
        match self {
            NotProven::NoSuchDomain => "admin-dns-no-such-domain",
            NotProven::NoRecord => "admin-dns-no-record",
            NotProven::WrongValue => "admin-dns-wrong-value",
            NotProven::Timeout => "admin-dns-timeout",
            NotProven::LookupFailed => "admin-dns-lookup-failed",
        }
    }

    pub fn from_code(code: &str) -> Option<NotProven> {
        [
            NotProven::NoSuchDomain,
            NotProven::NoRecord,
            NotProven::WrongValue,
            NotProven::Timeout,
            NotProven::LookupFailed,
        ]
        .into_iter()
        .find(|r| r.code() == code)
    }
}

/// Asks the configured name servers.
pub struct TxtResolver {
    resolver: TokioResolver,
}

impl TxtResolver {
    pub fn new(config: &DnsConfig, timeout: Duration) -> Result<TxtResolver, anyhow::Error> {
        let provider = TokioConnectionProvider::default();
        let mut builder = match config {
            DnsConfig::System => TokioResolver::builder(provider)?,
            DnsConfig::Servers(servers) => {
                let mut rc = ResolverConfig::new();
                for addr in servers {
                    rc.add_name_server(NameServerConfig::new(*addr, Protocol::Udp));
                    // Large answers come truncated over UDP and are asked again over TCP.
                    rc.add_name_server(NameServerConfig::new(*addr, Protocol::Tcp));
                }
                TokioResolver::builder_with_config(rc, provider)
            }
        };
        let opts = builder.options_mut();
        opts.timeout = timeout;
        opts.attempts = 1;
        // "Verify" means now: a cached answer from before the record was published must not
        // keep a domain pending.
        opts.cache_size = 0;
        opts.positive_max_ttl = Some(Duration::ZERO);
        opts.negative_max_ttl = Some(Duration::ZERO);
        Ok(TxtResolver {
            resolver: builder.build(),
        })
    }

    /// The TXT values of `domain`, each record's strings joined.
    pub async fn txt_values(&self, domain: &Domain) -> Result<Vec<String>, NotProven> {
        // Fully qualified, so no search domain of the host is ever appended.
        let name = Name::from_ascii(format!("{}.", domain.as_str()))
            .map_err(|_| NotProven::LookupFailed)?;
        match self.resolver.txt_lookup(name).await {
            Ok(lookup) => Ok(lookup
                .iter()
                .map(|txt| {
                    txt.iter()
                        .map(|part| String::from_utf8_lossy(part).into_owned())
                        .collect::<String>()
                })
                .collect()),
            Err(e) => Err(classify(e.kind())),
        }
    }

    /// Whether `domain` carries the proof for `token` right now.
    pub async fn check(&self, domain: &Domain, token: &str) -> Result<(), NotProven> {
        let values = self.txt_values(domain).await?;
        if values.iter().any(|v| value_proves(v, token)) {
            Ok(())
        } else if values.is_empty() {
            Err(NotProven::NoRecord)
        } else {
            Err(NotProven::WrongValue)
        }
    }
}

fn classify(kind: &ResolveErrorKind) -> NotProven {
    match kind {
        ResolveErrorKind::Proto(p) => match p.kind() {
            ProtoErrorKind::NoRecordsFound { response_code, .. } => {
                if *response_code == hickory_resolver::proto::op::ResponseCode::NXDomain {
                    NotProven::NoSuchDomain
                } else if *response_code == hickory_resolver::proto::op::ResponseCode::NoError {
                    NotProven::NoRecord
                } else {
                    NotProven::LookupFailed
                }
            }
            ProtoErrorKind::Timeout => NotProven::Timeout,
            _ if p.to_string().contains("timed out") => NotProven::Timeout,
            _ => NotProven::LookupFailed,
        },
        _ => NotProven::LookupFailed,
    }
}

/// One TXT value against the expected proof: surrounding quotes and blanks, case and a
/// split into several strings (already joined) do not matter.
pub fn value_proves(value: &str, token: &str) -> bool {
    let v = value.trim().trim_matches('"').trim();
    let expected = txt_value(token);
    v.len() == expected.len() && v.eq_ignore_ascii_case(&expected)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_compare_loosely_but_exactly() {
        let t = "0a1b2c";
        assert!(value_proves("hup-verification=0a1b2c", t));
        assert!(value_proves(" \"HUP-Verification=0A1B2C\" ", t));
        assert!(!value_proves("hup-verification=0a1b2", t));
        assert!(!value_proves("hup-verification=0a1b2c0", t));
        assert!(!value_proves("v=spf1 -all", t));
        assert_eq!(NotProven::from_code("timeout"), Some(NotProven::Timeout));
    }
}
