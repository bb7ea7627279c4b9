//! Configuration: read once at start from the environment and an optional `hup.toml`, validated
//! into types, so the rest of the code never parses a setting or reads the environment.

use std::collections::HashMap;
use std::fmt;
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::time::Duration;

use url::Url;

/// Everything `hup` needs to run, already checked.
#[derive(Clone, Debug)]
pub struct Config {
    pub database: DatabaseUrl,
    pub listen: SocketAddr,
    pub base_url: Url,
    pub mail: MailTransportConfig,
    pub mail_from: String,
    pub dns: DnsConfig,
    pub operator_token: Option<Secret>,
    /// The R8 eligibility policy: the file `HUP_POLICY` names, or the one that ships.
    pub policy: hup_core::eligibility::Policy,
    /// The program terms admins accept by switching the benefit on (issue 12): the file
    /// `HUP_TERMS` names, or the one that ships (`crates/hup-core/catalog/terms.md`).
    pub terms: hup_core::tenancy::Terms,
    /// First retry delay of the mail outbox; doubles per attempt up to an hour.
    pub mail_retry_base: Duration,
    /// How long a TXT look-up may take before a domain proof stays pending.
    pub dns_timeout: Duration,
    /// The employee journey's lifetimes and throttles.
    pub employees: EmployeeSettings,
    /// `HUP_TRUSTED_PROXIES` (none): reverse proxies whose `X-Forwarded-For` names the client
    /// for the per-client throttles (`web::client`).
    pub trusted_proxies: Vec<ipnet::IpNet>,
    /// `HUP_MAX_CONNECTIONS_PER_CLIENT` (1024) and the 30 s header-read timeout of every
    /// connection (`web::server`).
    pub connections: ConnectionLimits,
    /// `HUP_RETENTION_DAYS` (30, issue 16): how long unconfirmed registrations, used and expired
    /// links, ended sessions and the bodies of delivered mail are kept before the retention job
    /// deletes them (GDPR art. 5(1)(e)). At least one day.
    pub retention: Duration,
    /// `HUP_RENEWAL_GRACE_DAYS` (7, issue 14): how long a renewal that could not be charged is
    /// retried before the subscription lapses and loses the program price. At least one day.
    pub renewal_grace_days: u32,
    /// `HUP_PAYMENTS` and its provider's keys (issue 13).
    pub payments: PaymentsConfig,
    /// Who sells, as each receipt names them: `HUP_SELLER_NAME`, `HUP_SELLER_ADDRESS`,
    /// `HUP_SELLER_VAT_ID`.
    pub seller: Seller,
    /// When the reconciliation worker looks at unpaid orders (not settings: tests shorten them).
    pub payment_timing: PaymentTiming,
    /// `HUP_SECRET_KEY` (none): seals TOTP secrets at rest (`secrets`); the demo makes one.
    pub secret_key: Option<crate::secrets::key::SecretKey>,
    /// `HUP_SECRET_KEY_OLD` (none): the previous key while rotating; values it sealed still
    /// open and are sealed again with `HUP_SECRET_KEY` when hup starts.
    pub secret_key_old: Option<crate::secrets::key::SecretKey>,
    /// `HUP_ADMIN_MFA` (`optional`): whether org admins must enrol an authenticator.
    pub admin_mfa: AdminMfa,
}

/// How employees pay (contract, "Paying, fulfilment and subscriptions").
#[derive(Clone, Debug)]
pub enum PaymentsConfig {
    /// A placed order is fulfilled at once and no money is taken.
    None,
    Stripe(Box<StripeConfig>),
}

#[derive(Clone, Debug)]
pub struct StripeConfig {
    pub secret_key: Secret,
    pub publishable_key: String,
    /// The `whsec_…` secret Stripe signs its events with.
    pub webhook_secret: Secret,
    /// `HUP_STRIPE_API_BASE` (`https://api.stripe.com`), without a trailing slash.
    pub api_base: Url,
    /// `HUP_STRIPE_JS_URL` (`https://js.stripe.com/v3/`): the one script the payment page loads.
    pub js_url: Url,
}

/// The seller named on receipts.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Seller {
    pub name: String,
    pub address: String,
    pub vat_id: Option<String>,
}

#[derive(Clone, Copy, Debug)]
pub struct PaymentTiming {
    /// How often the worker runs.
    pub every: Duration,
    /// An order pending this long without news is asked about at the provider.
    pub ask_after: Duration,
    /// An unpaid order this old is cancelled.
    pub expire_after: Duration,
}

impl Default for PaymentTiming {
    fn default() -> Self {
        PaymentTiming {
            every: Duration::from_secs(30),
            ask_after: Duration::from_secs(120),
            expire_after: Duration::from_secs(24 * 3600),
        }
    }
}

/// Whether an org admin needs a second factor (issue 15).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum AdminMfa {
    /// Admins may enrol one at `/admin/security`; once enrolled, sign-in asks for a code.
    #[default]
    Optional,
    /// Every admin enrols one before anything else, and signs in with it.
    Required,
}

/// How the server treats each connection.
#[derive(Clone, Copy, Debug)]
pub struct ConnectionLimits {
    /// A request's headers must be complete this long after the server starts waiting for
    /// them (a new connection, or an idle keep-alive one).
    pub header_timeout: Duration,
    /// Connections one client address may hold open at once.
    pub per_client: usize,
}

/// Lifetimes and throttles of the employee journey (R15–R17).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EmployeeSettings {
    /// `HUP_CONFIRM_TTL_HOURS` (24): how long a work-address confirmation link and the claim it
    /// yields work.
    pub confirm_ttl: Duration,
    /// `HUP_GRANT_MONTHS` (12): how long a bound work address keeps the benefit unlocked.
    pub grant_months: u32,
    /// `HUP_REGISTER_PER_ADDRESS` (3): confirmation mails per mailbox and hour.
    pub register_per_address: i64,
    /// `HUP_REGISTER_PER_DOMAIN` (5000): registrations per domain and hour.
    pub register_per_domain: i64,
    /// `HUP_REGISTER_PER_IP` (60): registrations per client address and hour.
    pub register_per_ip: i64,
    /// `HUP_SIGNIN_FREE_FAILURES` (5): failed sign-ins of one account from one client address
    /// before each further attempt waits, the wait doubling per failure up to 15 minutes.
    pub signin_free_failures: i64,
}

impl Default for EmployeeSettings {
    fn default() -> Self {
        EmployeeSettings {
            confirm_ttl: Duration::from_secs(24 * 3600),
            grant_months: 12,
            register_per_address: 3,
            register_per_domain: 5000,
            register_per_ip: 60,
            signin_free_failures: 5,
        }
    }
}

/// Where the data lives. SQLite is the embedded default; PostgreSQL scales out.
#[derive(Clone, PartialEq, Eq)]
pub enum DatabaseUrl {
    Sqlite { path: PathBuf },
    Postgres { url: String },
}

/// How mail leaves hup.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum MailTransportConfig {
    /// One `.eml` file per message in this directory.
    File { dir: PathBuf },
    Smtp {
        host: String,
        port: u16,
        credentials: Option<(String, Secret)>,
    },
}

/// The name servers asked for TXT records.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DnsConfig {
    System,
    Servers(Vec<SocketAddr>),
}

/// A value that must never reach a log line.
#[derive(Clone, PartialEq, Eq)]
pub struct Secret(String);

impl Secret {
    pub fn new(value: impl Into<String>) -> Self {
        Secret(value.into())
    }
    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Secret(…)")
    }
}

impl fmt::Debug for DatabaseUrl {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DatabaseUrl::Sqlite { path } => write!(f, "sqlite://{}", path.display()),
            // The URL may carry a password.
            DatabaseUrl::Postgres { url } => match Url::parse(url) {
                Ok(u) => write!(
                    f,
                    "postgres://{}:{}{}",
                    u.host_str().unwrap_or(""),
                    u.port().unwrap_or(5432),
                    u.path()
                ),
                Err(_) => f.write_str("postgres://…"),
            },
        }
    }
}

/// A setting that could not be used; its Display is the one line `hup` prints before it stops.
#[derive(Debug, thiserror::Error)]
#[error("{key}: {reason}")]
pub struct ConfigError {
    pub key: String,
    pub reason: String,
}

fn invalid(key: &str, reason: impl Into<String>) -> ConfigError {
    ConfigError {
        key: key.to_owned(),
        reason: reason.into(),
    }
}

/// The keys a user may set, as environment variables; `hup.toml` uses them in lower case
/// without the `HUP_` prefix.
const KEYS: &[&str] = &[
    "HUP_DATABASE_URL",
    "HUP_LISTEN",
    "HUP_BASE_URL",
    "HUP_MAIL",
    "HUP_MAIL_FROM",
    "HUP_DNS",
    "HUP_OPERATOR_TOKEN",
    "HUP_POLICY",
    "HUP_TERMS",
    "HUP_CONFIRM_TTL_HOURS",
    "HUP_GRANT_MONTHS",
    "HUP_REGISTER_PER_ADDRESS",
    "HUP_REGISTER_PER_DOMAIN",
    "HUP_REGISTER_PER_IP",
    "HUP_SIGNIN_FREE_FAILURES",
    "HUP_TRUSTED_PROXIES",
    "HUP_MAX_CONNECTIONS_PER_CLIENT",
    "HUP_RETENTION_DAYS",
    "HUP_RENEWAL_GRACE_DAYS",
    "HUP_PAYMENTS",
    "HUP_STRIPE_SECRET_KEY",
    "HUP_STRIPE_PUBLISHABLE_KEY",
    "HUP_STRIPE_WEBHOOK_SECRET",
    "HUP_STRIPE_API_BASE",
    "HUP_STRIPE_JS_URL",
    "HUP_SELLER_NAME",
    "HUP_SELLER_ADDRESS",
    "HUP_SELLER_VAT_ID",
    "HUP_SECRET_KEY",
    "HUP_SECRET_KEY_OLD",
    "HUP_ADMIN_MFA",
];

impl Config {
    /// Reads the process environment and `hup.toml` (or the file `HUP_CONFIG` names).
    pub fn load() -> Result<Config, ConfigError> {
        let env: HashMap<String, String> = std::env::vars().collect();
        let file_path = env
            .get("HUP_CONFIG")
            .map(PathBuf::from)
            .unwrap_or_else(|| PathBuf::from("hup.toml"));
        let explicit = env.contains_key("HUP_CONFIG");
        let file = match std::fs::read_to_string(&file_path) {
            Ok(text) => Some(text),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound && !explicit => None,
            Err(e) => {
                return Err(invalid(
                    "HUP_CONFIG",
                    format!("cannot read {}: {e}", file_path.display()),
                ))
            }
        };
        Config::from_sources(&env, file.as_deref())
    }

    /// Builds the configuration from environment values, which win, and a `hup.toml` text.
    pub fn from_sources(
        env: &HashMap<String, String>,
        file: Option<&str>,
    ) -> Result<Config, ConfigError> {
        let mut values: HashMap<&str, String> = HashMap::new();
        if let Some(text) = file {
            let table: toml::Table =
                toml::from_str(text).map_err(|e| invalid("hup.toml", e.message().to_owned()))?;
            for (name, value) in table {
                let key = KEYS
                    .iter()
                    .find(|k| k[4..].eq_ignore_ascii_case(&name))
                    .ok_or_else(|| invalid("hup.toml", format!("unknown key \"{name}\"")))?;
                let value = match value {
                    toml::Value::String(s) => s,
                    other => {
                        return Err(invalid(
                            key,
                            format!("expected a string in hup.toml, found {}", other.type_str()),
                        ))
                    }
                };
                values.insert(key, value);
            }
        }
        for key in KEYS {
            if let Some(v) = env.get(*key) {
                values.insert(key, v.clone());
            }
        }
        let get = |key: &str| values.get(key).map(|s| s.trim()).filter(|s| !s.is_empty());

        let database =
            parse_database_url(get("HUP_DATABASE_URL").unwrap_or("sqlite://hup-data/hup.db"))?;
        let listen: SocketAddr = get("HUP_LISTEN")
            .unwrap_or("127.0.0.1:8080")
            .parse()
            .map_err(|_| invalid("HUP_LISTEN", "expected IP:PORT, e.g. 127.0.0.1:8080"))?;
        let base_url = match get("HUP_BASE_URL") {
            Some(s) => parse_base_url(s)?,
            None => parse_base_url(&format!("http://{listen}"))?,
        };
        let mail = parse_mail(get("HUP_MAIL").unwrap_or("file:hup-data/mail"))?;
        let mail_from = match get("HUP_MAIL_FROM") {
            Some(s) => {
                if s.parse::<lettre::message::Mailbox>().is_err() {
                    return Err(invalid(
                        "HUP_MAIL_FROM",
                        format!("\"{s}\" is not a mail address"),
                    ));
                }
                s.to_owned()
            }
            None => format!("Home Use Program <no-reply@{}>", mail_domain_of(&base_url)),
        };
        let dns = parse_dns(get("HUP_DNS").unwrap_or("system"))?;
        let operator_token = match get("HUP_OPERATOR_TOKEN") {
            Some(t) if t.len() < 16 => {
                return Err(invalid(
                    "HUP_OPERATOR_TOKEN",
                    "too short: use at least 16 characters",
                ))
            }
            Some(t) => Some(Secret::new(t)),
            None => None,
        };
        let policy = match get("HUP_POLICY") {
            Some(path) => parse_policy_file(Path::new(path))?,
            None => hup_core::eligibility::Policy::default_policy(),
        };
        let terms = match get("HUP_TERMS") {
            Some(path) => parse_terms_file(Path::new(path))?,
            None => hup_core::tenancy::Terms::shipped(),
        };
        let count = |key: &str, default: i64| -> Result<i64, ConfigError> {
            match get(key) {
                None => Ok(default),
                Some(s) => s
                    .parse::<i64>()
                    .ok()
                    .filter(|n| *n >= 1)
                    .ok_or_else(|| invalid(key, format!("\"{s}\" is not a whole number ≥ 1"))),
            }
        };
        let defaults = EmployeeSettings::default();
        let employees = EmployeeSettings {
            confirm_ttl: Duration::from_secs(
                count("HUP_CONFIRM_TTL_HOURS", 24)?.saturating_mul(3600) as u64,
            ),
            grant_months: u32::try_from(count("HUP_GRANT_MONTHS", 12)?)
                .map_err(|_| invalid("HUP_GRANT_MONTHS", "too large"))?,
            register_per_address: count("HUP_REGISTER_PER_ADDRESS", defaults.register_per_address)?,
            register_per_domain: count("HUP_REGISTER_PER_DOMAIN", defaults.register_per_domain)?,
            register_per_ip: count("HUP_REGISTER_PER_IP", defaults.register_per_ip)?,
            signin_free_failures: count("HUP_SIGNIN_FREE_FAILURES", defaults.signin_free_failures)?,
        };
        let trusted_proxies = parse_trusted_proxies(get("HUP_TRUSTED_PROXIES").unwrap_or(""))?;
        let connections = ConnectionLimits {
            header_timeout: Duration::from_secs(30),
            per_client: usize::try_from(count("HUP_MAX_CONNECTIONS_PER_CLIENT", 1024)?)
                .map_err(|_| invalid("HUP_MAX_CONNECTIONS_PER_CLIENT", "too large"))?,
        };
        let key = |name: &str| -> Result<Option<crate::secrets::key::SecretKey>, ConfigError> {
            get(name)
                .map(|text| {
                    crate::secrets::key::SecretKey::parse(text).map_err(|e| invalid(name, e))
                })
                .transpose()
        };
        let secret_key = key("HUP_SECRET_KEY")?;
        let secret_key_old = key("HUP_SECRET_KEY_OLD")?;
        if secret_key_old.is_some() && secret_key.is_none() {
            return Err(invalid(
                "HUP_SECRET_KEY_OLD",
                "set only while rotating, beside the new HUP_SECRET_KEY",
            ));
        }
        let admin_mfa = match get("HUP_ADMIN_MFA") {
            None | Some("optional") => AdminMfa::Optional,
            Some("required") => AdminMfa::Required,
            Some(other) => {
                return Err(invalid(
                    "HUP_ADMIN_MFA",
                    format!("\"{other}\" is neither optional nor required"),
                ))
            }
        };
        let retention =
            Duration::from_secs(count("HUP_RETENTION_DAYS", 30)?.saturating_mul(86_400) as u64);
        let renewal_grace_days = u32::try_from(count("HUP_RENEWAL_GRACE_DAYS", 7)?)
            .map_err(|_| invalid("HUP_RENEWAL_GRACE_DAYS", "too large"))?;
        let payments = parse_payments(&get)?;
        let seller = parse_seller(&get, &payments)?;
        Ok(Config {
            retention,
            renewal_grace_days,
            payments,
            seller,
            payment_timing: PaymentTiming::default(),
            secret_key,
            secret_key_old,
            admin_mfa,
            connections,
            employees,
            trusted_proxies,
            policy,
            terms,
            database,
            listen,
            base_url,
            mail,
            mail_from,
            dns,
            operator_token,
            mail_retry_base: Duration::from_secs(5),
            dns_timeout: Duration::from_secs(5),
        })
    }

    /// An absolute link for mail and redirects: built from `HUP_BASE_URL`, never from a
    /// request's `Host` header, which an attacker controls.
    pub fn link(&self, path_and_query: &str) -> String {
        let base = self.base_url.as_str().trim_end_matches('/');
        format!("{base}{path_and_query}")
    }
}

/// `HUP_PAYMENTS`: `none`, or `stripe` with its three keys; the URLs must be http(s).
fn parse_payments<'a>(
    get: &impl Fn(&str) -> Option<&'a str>,
) -> Result<PaymentsConfig, ConfigError> {
    match get("HUP_PAYMENTS").unwrap_or("none") {
        "none" => Ok(PaymentsConfig::None),
        "stripe" => {
            let required = |key: &str, prefix: &str| -> Result<String, ConfigError> {
                let value =
                    get(key).ok_or_else(|| invalid(key, "required with HUP_PAYMENTS=stripe"))?;
                if value.starts_with(prefix) {
                    Ok(value.to_owned())
                } else {
                    Err(invalid(
                        key,
                        format!("expected a key starting with {prefix}"),
                    ))
                }
            };
            let url = |key: &str, default: &str| -> Result<Url, ConfigError> {
                let text = get(key).unwrap_or(default);
                let url = Url::parse(text)
                    .map_err(|e| invalid(key, format!("\"{text}\" is not a URL: {e}")))?;
                if url.scheme() == "http" || url.scheme() == "https" {
                    Ok(url)
                } else {
                    Err(invalid(key, "use an http or https URL"))
                }
            };
            Ok(PaymentsConfig::Stripe(Box::new(StripeConfig {
                secret_key: Secret::new(required("HUP_STRIPE_SECRET_KEY", "sk_")?),
                publishable_key: required("HUP_STRIPE_PUBLISHABLE_KEY", "pk_")?,
                webhook_secret: Secret::new(required("HUP_STRIPE_WEBHOOK_SECRET", "whsec_")?),
                api_base: url("HUP_STRIPE_API_BASE", "https://api.stripe.com")?,
                js_url: url("HUP_STRIPE_JS_URL", "https://js.stripe.com/v3/")?,
            })))
        }
        other => Err(invalid(
            "HUP_PAYMENTS",
            format!("\"{other}\" is not a payment provider (use none or stripe)"),
        )),
    }
}

/// The seller on receipts: required when money is taken, since a receipt without the seller's
/// name and address is no receipt.
fn parse_seller<'a>(
    get: &impl Fn(&str) -> Option<&'a str>,
    payments: &PaymentsConfig,
) -> Result<Seller, ConfigError> {
    let takes_money = matches!(payments, PaymentsConfig::Stripe(_));
    let field = |key: &str, default: &str| -> Result<String, ConfigError> {
        match get(key) {
            Some(v) => hup_core::text::single_line(v)
                .map(|_| v.to_owned())
                .map_err(|e| invalid(key, e.to_string())),
            None if takes_money => Err(invalid(key, "required with HUP_PAYMENTS=stripe")),
            None => Ok(default.to_owned()),
        }
    };
    Ok(Seller {
        name: field("HUP_SELLER_NAME", "Home Use Program")?,
        address: field("HUP_SELLER_ADDRESS", "")?,
        vat_id: get("HUP_SELLER_VAT_ID").map(str::to_owned),
    })
}

/// The operator replaces the shipped R8 policy (`crates/hup-core/policy/default.toml`, which
/// documents the format) with a file of their own; a policy that does not validate stops hup
/// at start rather than judging customers by half a rule.
fn parse_policy_file(path: &Path) -> Result<hup_core::eligibility::Policy, ConfigError> {
    const KEY: &str = "HUP_POLICY";
    let text = std::fs::read_to_string(path)
        .map_err(|e| invalid(KEY, format!("cannot read {}: {e}", path.display())))?;
    hup_core::eligibility::Policy::from_toml(&text)
        .map_err(|e| invalid(KEY, format!("{}: {e}", path.display())))
}

/// The operator's own program terms (issue 12): Markdown whose first line is
/// `version: <label>`; a file that does not parse stops hup at start.
fn parse_terms_file(path: &Path) -> Result<hup_core::tenancy::Terms, ConfigError> {
    const KEY: &str = "HUP_TERMS";
    let text = std::fs::read_to_string(path)
        .map_err(|e| invalid(KEY, format!("cannot read {}: {e}", path.display())))?;
    hup_core::tenancy::Terms::parse(&text)
        .map_err(|e| invalid(KEY, format!("{}: {e}", path.display())))
}

fn mail_domain_of(base: &Url) -> String {
    match base.host() {
        Some(url::Host::Domain(d)) if d.contains('.') => d.to_owned(),
        _ => "hup.localhost".to_owned(),
    }
}

fn parse_database_url(s: &str) -> Result<DatabaseUrl, ConfigError> {
    const KEY: &str = "HUP_DATABASE_URL";
    let Some((scheme, rest)) = s.split_once("://").or_else(|| s.split_once(':')) else {
        return Err(invalid(
            KEY,
            format!("\"{s}\" is not a URL (expected sqlite://… or postgres://…)"),
        ));
    };
    match scheme {
        "sqlite" => {
            let path = rest.split('?').next().unwrap_or("");
            if path.is_empty() {
                return Err(invalid(
                    KEY,
                    "sqlite:// needs a file path, e.g. sqlite://hup-data/hup.db",
                ));
            }
            Ok(DatabaseUrl::Sqlite {
                path: PathBuf::from(path),
            })
        }
        "postgres" | "postgresql" => {
            let url =
                Url::parse(s).map_err(|e| invalid(KEY, format!("invalid PostgreSQL URL: {e}")))?;
            if url.host_str().unwrap_or("").is_empty() && !s.contains("host=") {
                return Err(invalid(KEY, "a PostgreSQL URL needs a host"));
            }
            Ok(DatabaseUrl::Postgres { url: s.to_owned() })
        }
        other => Err(invalid(
            KEY,
            format!("unsupported scheme \"{other}\" (use sqlite:// or postgres://)"),
        )),
    }
}

fn parse_base_url(s: &str) -> Result<Url, ConfigError> {
    const KEY: &str = "HUP_BASE_URL";
    let url = Url::parse(s).map_err(|e| invalid(KEY, format!("\"{s}\" is not a URL: {e}")))?;
    if url.scheme() != "http" && url.scheme() != "https" {
        return Err(invalid(
            KEY,
            format!(
                "unsupported scheme \"{}\" (use http or https)",
                url.scheme()
            ),
        ));
    }
    if url.query().is_some() || url.fragment().is_some() {
        return Err(invalid(KEY, "must not have a query or fragment"));
    }
    Ok(url)
}

fn parse_mail(s: &str) -> Result<MailTransportConfig, ConfigError> {
    const KEY: &str = "HUP_MAIL";
    if let Some(dir) = s.strip_prefix("file:") {
        let dir = dir.trim_start_matches("//");
        if dir.is_empty() {
            return Err(invalid(
                KEY,
                "file: needs a directory, e.g. file:hup-data/mail",
            ));
        }
        return Ok(MailTransportConfig::File {
            dir: PathBuf::from(dir),
        });
    }
    if s.starts_with("smtp://") {
        let url = Url::parse(s).map_err(|e| invalid(KEY, format!("invalid SMTP URL: {e}")))?;
        let host = url
            .host_str()
            .filter(|h| !h.is_empty())
            .ok_or_else(|| invalid(KEY, "an smtp:// URL needs a host"))?
            .trim_matches(|c| c == '[' || c == ']')
            .to_owned();
        let port = url.port().unwrap_or(25);
        let credentials = if url.username().is_empty() {
            None
        } else {
            let decode = |v: &str| {
                percent_decode(v)
                    .ok_or_else(|| invalid(KEY, "user or password is not valid percent-encoding"))
            };
            Some((
                decode(url.username())?,
                Secret::new(decode(url.password().unwrap_or(""))?),
            ))
        };
        return Ok(MailTransportConfig::Smtp {
            host,
            port,
            credentials,
        });
    }
    let scheme = s.split(':').next().unwrap_or(s);
    Err(invalid(
        KEY,
        format!("unsupported transport \"{scheme}\" (use file:DIR or smtp://host:port)"),
    ))
}

fn percent_decode(s: &str) -> Option<String> {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = s.get(i + 1..i + 3)?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}

/// `10.0.0.1, 10.1.0.0/16, ::1`: addresses or networks, separated by commas.
fn parse_trusted_proxies(text: &str) -> Result<Vec<ipnet::IpNet>, ConfigError> {
    text.split(',')
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(|s| {
            s.parse::<ipnet::IpNet>()
                .or_else(|_| s.parse::<std::net::IpAddr>().map(ipnet::IpNet::from))
                .map_err(|_| {
                    invalid(
                        "HUP_TRUSTED_PROXIES",
                        format!("\"{s}\" is not an IP address or network such as 10.0.0.0/8"),
                    )
                })
        })
        .collect()
}

fn parse_dns(s: &str) -> Result<DnsConfig, ConfigError> {
    if s == "system" {
        return Ok(DnsConfig::System);
    }
    let servers = s
        .split(',')
        .map(|part| {
            part.trim().parse::<SocketAddr>().map_err(|_| {
                invalid(
                    "HUP_DNS",
                    format!("\"{}\" is not IP:PORT (or use \"system\")", part.trim()),
                )
            })
        })
        .collect::<Result<Vec<_>, _>>()?;
    Ok(DnsConfig::Servers(servers))
}

/// Creates the parent directory of a file path if it does not exist yet.
pub fn ensure_parent_dir(path: &Path) -> std::io::Result<()> {
    match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => std::fs::create_dir_all(p),
        _ => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn env(pairs: &[(&str, &str)]) -> HashMap<String, String> {
        pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect()
    }

    #[test]
    fn defaults_match_the_contract() {
        let c = Config::from_sources(&env(&[]), None).unwrap();
        assert_eq!(
            c.database,
            DatabaseUrl::Sqlite {
                path: "hup-data/hup.db".into()
            }
        );
        assert_eq!(c.listen.to_string(), "127.0.0.1:8080");
        assert_eq!(c.base_url.as_str(), "http://127.0.0.1:8080/");
        assert_eq!(
            c.mail,
            MailTransportConfig::File {
                dir: "hup-data/mail".into()
            }
        );
        assert_eq!(c.dns, DnsConfig::System);
        assert!(c.operator_token.is_none());
        assert_eq!(c.retention, Duration::from_secs(30 * 86_400));
    }

    /// issue 14: the grace days are whole days, at least one.
    #[test]
    fn renewal_grace_days_are_checked() {
        let c = Config::from_sources(&env(&[]), None).unwrap();
        assert_eq!(c.renewal_grace_days, 7);
        let c = Config::from_sources(&env(&[("HUP_RENEWAL_GRACE_DAYS", "3")]), None).unwrap();
        assert_eq!(c.renewal_grace_days, 3);
        let e = Config::from_sources(&env(&[("HUP_RENEWAL_GRACE_DAYS", "0")]), None).unwrap_err();
        assert!(e.to_string().starts_with("HUP_RENEWAL_GRACE_DAYS: "), "{e}");
    }

    /// issue 16: the retention period is whole days, at least one.
    #[test]
    fn retention_days_are_checked() {
        let c = Config::from_sources(&env(&[("HUP_RETENTION_DAYS", "7")]), None).unwrap();
        assert_eq!(c.retention, Duration::from_secs(7 * 86_400));
        let e = Config::from_sources(&env(&[("HUP_RETENTION_DAYS", "0")]), None).unwrap_err();
        assert!(e.to_string().starts_with("HUP_RETENTION_DAYS: "), "{e}");
    }

    #[test]
    fn unsupported_database_scheme_names_the_key() {
        let e =
            Config::from_sources(&env(&[("HUP_DATABASE_URL", "mysql://x/y")]), None).unwrap_err();
        assert_eq!(
            e.to_string(),
            "HUP_DATABASE_URL: unsupported scheme \"mysql\" (use sqlite:// or postgres://)"
        );
    }

    #[test]
    fn environment_wins_over_the_file() {
        let file = "listen = \"127.0.0.1:9000\"\nmail = \"smtp://u%40x:p%21@mail.example:2525\"\n";
        let c =
            Config::from_sources(&env(&[("HUP_LISTEN", "127.0.0.1:9001")]), Some(file)).unwrap();
        assert_eq!(c.listen.port(), 9001);
        match c.mail {
            MailTransportConfig::Smtp {
                host,
                port,
                credentials,
            } => {
                assert_eq!(host, "mail.example");
                assert_eq!(port, 2525);
                let (user, pass) = credentials.unwrap();
                assert_eq!(user, "u@x");
                assert_eq!(pass.expose(), "p!");
            }
            other => panic!("expected smtp, got {other:?}"),
        }
    }

    /// issue 12: the operator's terms file replaces the shipped terms; one without its version
    /// line stops hup at start, naming the key, the file and the line.
    #[test]
    fn hup_terms_names_the_operators_terms_file() {
        let dir = tempfile::tempdir().unwrap();
        let good = dir.path().join("terms.md");
        std::fs::write(&good, "version: 7\n# Our terms\n").unwrap();
        let c = Config::from_sources(&env(&[("HUP_TERMS", good.to_str().unwrap())]), None).unwrap();
        assert_eq!(c.terms.version, "7");
        assert_eq!(
            Config::from_sources(&env(&[]), None).unwrap().terms,
            hup_core::tenancy::Terms::shipped()
        );
        let bad = dir.path().join("bad.md");
        std::fs::write(&bad, "# Our terms\n").unwrap();
        let e = Config::from_sources(&env(&[("HUP_TERMS", bad.to_str().unwrap())]), None)
            .unwrap_err()
            .to_string();
        assert!(e.starts_with("HUP_TERMS: "), "{e}");
        assert!(e.contains("line 1: expected `version: <label>`"), "{e}");
    }

    #[test]
    fn unknown_file_keys_and_bad_values_are_refused() {
        assert!(Config::from_sources(&env(&[]), Some("colour = \"red\"")).is_err());
        let e = Config::from_sources(&env(&[("HUP_DNS", "8.8.8.8")]), None).unwrap_err();
        assert!(e.to_string().starts_with("HUP_DNS: "));
        let e = Config::from_sources(&env(&[("HUP_MAIL", "pigeon:loft")]), None).unwrap_err();
        assert!(e.to_string().starts_with("HUP_MAIL: unsupported transport"));
        let e = Config::from_sources(&env(&[("HUP_LISTEN", "localhost")]), None).unwrap_err();
        assert!(e.to_string().starts_with("HUP_LISTEN: "));
    }

    #[test]
    fn trusted_proxies_are_addresses_or_networks() {
        let c = Config::from_sources(
            &env(&[("HUP_TRUSTED_PROXIES", "10.0.0.0/8, 127.0.0.1,::1")]),
            None,
        )
        .unwrap();
        let nets: Vec<String> = c.trusted_proxies.iter().map(|n| n.to_string()).collect();
        assert_eq!(nets, ["10.0.0.0/8", "127.0.0.1/32", "::1/128"]);
        assert!(Config::from_sources(&env(&[]), None)
            .unwrap()
            .trusted_proxies
            .is_empty());
        let e = Config::from_sources(&env(&[("HUP_TRUSTED_PROXIES", "proxy.internal")]), None)
            .unwrap_err();
        assert!(
            e.to_string()
                .starts_with("HUP_TRUSTED_PROXIES: \"proxy.internal\""),
            "{e}"
        );
    }

    #[test]
    fn dns_servers_parse() {
        let c =
            Config::from_sources(&env(&[("HUP_DNS", "127.0.0.1:5353, [::1]:53")]), None).unwrap();
        assert_eq!(
            c.dns,
            DnsConfig::Servers(vec![
                "127.0.0.1:5353".parse().unwrap(),
                "[::1]:53".parse().unwrap()
            ])
        );
    }

    #[test]
    fn employee_journey_knobs_have_defaults_and_are_checked() {
        let c = Config::from_sources(&env(&[]), None).unwrap();
        assert_eq!(c.employees, EmployeeSettings::default());
        assert_eq!(c.employees.confirm_ttl, Duration::from_secs(24 * 3600));
        assert_eq!(c.employees.grant_months, 12);
        let c = Config::from_sources(
            &env(&[
                ("HUP_CONFIRM_TTL_HOURS", "2"),
                ("HUP_REGISTER_PER_IP", "100000"),
            ]),
            None,
        )
        .unwrap();
        assert_eq!(c.employees.confirm_ttl, Duration::from_secs(7200));
        assert_eq!(c.employees.register_per_ip, 100_000);
        let e = Config::from_sources(&env(&[("HUP_GRANT_MONTHS", "0")]), None).unwrap_err();
        assert!(e.to_string().starts_with("HUP_GRANT_MONTHS: "));
    }

    /// Issue 13: `none` by default; `stripe` needs its three keys and the seller, each
    /// missing or malformed one named.
    #[test]
    fn payments_default_to_none_and_stripe_needs_its_keys() {
        let c = Config::from_sources(&env(&[]), None).unwrap();
        assert!(matches!(c.payments, PaymentsConfig::None));
        let stripe = [
            ("HUP_PAYMENTS", "stripe"),
            ("HUP_STRIPE_SECRET_KEY", "sk_test_1"),
            ("HUP_STRIPE_PUBLISHABLE_KEY", "pk_test_1"),
            ("HUP_STRIPE_WEBHOOK_SECRET", "whsec_1"),
            ("HUP_SELLER_NAME", "Contoso B.V."),
            ("HUP_SELLER_ADDRESS", "Herengracht 1, Amsterdam"),
        ];
        let c = Config::from_sources(&env(&stripe), None).unwrap();
        let PaymentsConfig::Stripe(s) = &c.payments else {
            panic!("stripe expected");
        };
        assert_eq!(s.api_base.as_str(), "https://api.stripe.com/");
        assert_eq!(s.js_url.as_str(), "https://js.stripe.com/v3/");
        assert!(
            !format!("{c:?}").contains("sk_test_1"),
            "secrets never in Debug"
        );
        for (key, bad, says) in [
            ("HUP_STRIPE_SECRET_KEY", "", "required"),
            ("HUP_STRIPE_PUBLISHABLE_KEY", "sk_wrong", "pk_"),
            ("HUP_STRIPE_WEBHOOK_SECRET", "secret", "whsec_"),
            ("HUP_SELLER_NAME", "", "required"),
            ("HUP_STRIPE_API_BASE", "ftp://x", "http"),
        ] {
            let mut pairs: Vec<(&str, &str)> =
                stripe.iter().copied().filter(|(k, _)| *k != key).collect();
            pairs.push((key, bad));
            let e = Config::from_sources(&env(&pairs), None)
                .unwrap_err()
                .to_string();
            assert!(
                e.starts_with(&format!("{key}: ")) && e.contains(says),
                "{e}"
            );
        }
        let e = Config::from_sources(&env(&[("HUP_PAYMENTS", "paypal")]), None).unwrap_err();
        assert!(e.to_string().starts_with("HUP_PAYMENTS: "));
    }

    #[test]
    fn postgres_password_never_shows_in_debug() {
        let c = Config::from_sources(
            &env(&[("HUP_DATABASE_URL", "postgres://hup:s3cret@db:5432/hup")]),
            None,
        )
        .unwrap();
        assert!(!format!("{:?}", c).contains("s3cret"));
    }

    /// Issue 15: the secret key is 32 bytes of base64, the old one only beside a new one, and
    /// the admins' second factor optional or required.
    #[test]
    fn secret_keys_and_admin_mfa_are_checked() {
        let key = crate::secrets::key::SecretKey::generate().to_base64();
        let c = Config::from_sources(&env(&[("HUP_SECRET_KEY", &key)]), None).unwrap();
        assert!(c.secret_key.is_some() && c.secret_key_old.is_none());
        assert_eq!(c.admin_mfa, AdminMfa::Optional);
        assert!(!format!("{c:?}").contains(&key));
        let e = Config::from_sources(&env(&[("HUP_SECRET_KEY", "c2hvcnQ=")]), None).unwrap_err();
        assert!(e.to_string().starts_with("HUP_SECRET_KEY: 5 bytes"), "{e}");
        let e = Config::from_sources(&env(&[("HUP_SECRET_KEY_OLD", &key)]), None).unwrap_err();
        assert!(e.to_string().starts_with("HUP_SECRET_KEY_OLD: "), "{e}");
        let c = Config::from_sources(&env(&[("HUP_ADMIN_MFA", "required")]), None).unwrap();
        assert_eq!(c.admin_mfa, AdminMfa::Required);
        let e = Config::from_sources(&env(&[("HUP_ADMIN_MFA", "always")]), None).unwrap_err();
        assert!(e.to_string().starts_with("HUP_ADMIN_MFA: "), "{e}");
    }
}
