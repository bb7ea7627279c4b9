//! Personal data (issue 16; GDPR art. 15, 17 and 5(1)(e)): an employee downloads everything hup
//! holds about them ([`export`]) and erases the account ([`erasure`]); what is no longer
//! needed is deleted once `HUP_RETENTION_DAYS` old ([`retention`]). `docs/privacy.md` lists
//! every personal field, why it is kept, for how long and who sees it.

pub mod erasure;
pub mod export;
pub mod retention;

/// Epoch seconds as RFC 3339 (UTC), as the JSON API writes times.
pub(crate) fn rfc3339(epoch: i64) -> String {
    chrono::DateTime::from_timestamp(epoch, 0)
        .map(|d| d.to_rfc3339_opts(chrono::SecondsFormat::Secs, true))
        .unwrap_or_default()
}
