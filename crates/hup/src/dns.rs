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

/// The name server of `hup serve --demo` (issue 12): nobody can publish TXT records for
/// `*.example`, so in demo mode hup answers TXT look-ups itself, on a free loopback UDP port
/// that `HUP_DNS` is pointed at, with the records the demo user publishes on `/dev/dns`.
/// Only TXT: any other question is answered with no record. Never started outside demo mode.
pub struct DemoNameServer {
    addr: std::net::SocketAddr,
    records: std::sync::Arc<std::sync::RwLock<DemoZone>>,
    task: tokio::task::JoinHandle<()>,
}

/// The demo's TXT records: domain (ASCII, lower case) → values.
pub type DemoZone = std::collections::BTreeMap<String, Vec<String>>;

/// At most this many values per domain, so an answer fits a UDP datagram.
pub const DEMO_VALUES_PER_DOMAIN: usize = 5;
/// At most this long a value (one TXT string).
pub const DEMO_VALUE_MAX: usize = 255;

/// Why a record cannot be published on `/dev/dns`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DemoRecordError {
    /// Empty, longer than [`DEMO_VALUE_MAX`], or not printable ASCII.
    BadValue,
    /// [`DEMO_VALUES_PER_DOMAIN`] values already.
    TooMany,
}

impl DemoNameServer {
    /// Binds a free loopback UDP port and answers from it until dropped.
    pub async fn start() -> std::io::Result<DemoNameServer> {
        let socket = tokio::net::UdpSocket::bind("127.0.0.1:0").await?;
        let addr = socket.local_addr()?;
        let records = std::sync::Arc::new(std::sync::RwLock::new(DemoZone::new()));
        let zone = records.clone();
        let task = tokio::spawn(async move {
            let mut buf = vec![0u8; 4096];
            loop {
                let Ok((n, peer)) = socket.recv_from(&mut buf).await else {
                    continue;
                };
                if let Some(answer) = answer(&zone, &buf[..n]) {
                    let _ = socket.send_to(&answer, peer).await;
                }
            }
        });
        Ok(DemoNameServer {
            addr,
            records,
            task,
        })
    }

    /// Where to point `HUP_DNS`.
    pub fn addr(&self) -> std::net::SocketAddr {
        self.addr
    }

    /// Every record, by domain.
    pub fn records(&self) -> DemoZone {
        self.records.read().map(|z| z.clone()).unwrap_or_default()
    }

    /// Publishes `value` on `domain` (kept once).
    pub fn publish(&self, domain: &Domain, value: &str) -> Result<(), DemoRecordError> {
        let value = value.trim();
        if value.is_empty()
            || value.len() > DEMO_VALUE_MAX
            || !value.chars().all(|c| c.is_ascii_graphic() || c == ' ')
        {
            return Err(DemoRecordError::BadValue);
        }
        let Ok(mut zone) = self.records.write() else {
            return Err(DemoRecordError::TooMany);
        };
        let values = zone.entry(domain.as_str().to_owned()).or_default();
        if values.iter().any(|v| v == value) {
            return Ok(());
        }
        if values.len() >= DEMO_VALUES_PER_DOMAIN {
            return Err(DemoRecordError::TooMany);
        }
        values.push(value.to_owned());
        Ok(())
    }

    /// Removes `value` from `domain`; whether it was there.
    pub fn remove(&self, domain: &Domain, value: &str) -> bool {
        let Ok(mut zone) = self.records.write() else {
            return false;
        };
        let Some(values) = zone.get_mut(domain.as_str()) else {
            return false;
        };
        let before = values.len();
        values.retain(|v| v != value.trim());
        let removed = values.len() < before;
        if values.is_empty() {
            zone.remove(domain.as_str());
        }
        removed
    }
}

impl Drop for DemoNameServer {
    fn drop(&mut self) {
        self.task.abort();
    }
}

/// The answer to one query datagram; `None` for what is not a query (never answered).
fn answer(zone: &std::sync::RwLock<DemoZone>, datagram: &[u8]) -> Option<Vec<u8>> {
    use hickory_resolver::proto::op::{Message, MessageType, ResponseCode};
    use hickory_resolver::proto::rr::rdata::TXT;
    use hickory_resolver::proto::rr::{RData, Record, RecordType};

    let request = Message::from_vec(datagram).ok()?;
    if request.message_type() != MessageType::Query {
        return None;
    }
    let mut response = Message::new();
    response
        .set_id(request.id())
        .set_message_type(MessageType::Response)
        .set_op_code(request.op_code())
        .set_recursion_desired(request.recursion_desired())
        .set_recursion_available(false)
        .set_authoritative(true)
        .set_response_code(ResponseCode::NoError);
    for query in request.queries() {
        response.add_query(query.clone());
        if query.query_type() != RecordType::TXT {
            continue;
        }
        let owner = query
            .name()
            .to_ascii()
            .trim_end_matches('.')
            .to_ascii_lowercase();
        let values = zone
            .read()
            .ok()
            .and_then(|z| z.get(&owner).cloned())
            .unwrap_or_default();
        for value in values {
            let txt = TXT::new(vec![value]);
            response.add_answer(Record::from_rdata(query.name().clone(), 0, RData::TXT(txt)));
        }
    }
    response.to_vec().ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// issue 12: the demo name server answers the resolver hup uses with what was published,
    /// and "no record" once it is removed.
    #[tokio::test]
    async fn the_demo_name_server_answers_what_was_published() {
        let server = DemoNameServer::start().await.unwrap();
        let resolver = TxtResolver::new(
            &DnsConfig::Servers(vec![server.addr()]),
            Duration::from_secs(2),
        )
        .unwrap();
        let domain = Domain::parse("Contoso-Two.example").unwrap();
        assert_eq!(
            resolver.check(&domain, "abc").await,
            Err(NotProven::NoRecord)
        );
        server.publish(&domain, "v=spf1 -all").unwrap();
        server.publish(&domain, "hup-verification=abc").unwrap();
        assert_eq!(resolver.check(&domain, "abc").await, Ok(()));
        assert_eq!(
            server.publish(&domain, "bad\u{7}value"),
            Err(DemoRecordError::BadValue)
        );
        assert_eq!(
            server.publish(&domain, &"x".repeat(256)),
            Err(DemoRecordError::BadValue)
        );
        assert!(server.remove(&domain, "hup-verification=abc"));
        assert!(!server.remove(&domain, "hup-verification=abc"));
        assert_eq!(
            resolver.check(&domain, "abc").await,
            Err(NotProven::WrongValue)
        );
        assert_eq!(server.records().len(), 1);
    }

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
