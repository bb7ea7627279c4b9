//! Which customers a re-import may skip (issue 18).
//!
//! A feed is mostly the same from one day to the next. The reading thread digests each
//! customer's run of records as they are (their fields, so quoting does not count), and when
//! the previous import stored the same digest for the customer it neither checks, stages nor
//! evaluates the run: the stored lines and verdict are already what the run gives. The digest's
//! key holds everything else that decides that outcome: the version of the checks and of the
//! evaluation ([`DIGEST_VERSION`] and the program's version), the policy and the header. A new
//! policy or a new program therefore re-evaluates every customer once.
//!
//! An import stores a digest only for a customer it evaluated from the run alone (the file held
//! every line of the customer), and clears it whenever something else changes the customer's
//! lines or verdict (migration 0022 lists what).

use std::collections::HashSet;

use hup_core::eligibility::Policy;
use sha2::{Digest as _, Sha256};

/// Bump when the row checks, the evaluation or what a verdict stores change in a way neither
/// the policy nor the program's version shows: every stored digest then differs and the next
/// import re-evaluates everyone.
const DIGEST_VERSION: u32 = 1;

/// The digest of one customer's run of records (128 bits of SHA-256).
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub struct RunDigest([u8; 16]);

impl RunDigest {
    /// As stored in `customers.feed_digest`.
    pub fn to_hex(self) -> String {
        use std::fmt::Write;
        self.0.iter().fold(String::with_capacity(32), |mut s, b| {
            let _ = write!(s, "{b:02x}");
            s
        })
    }

    /// `None` for anything [`RunDigest::to_hex`] did not write (then the customer is simply
    /// evaluated again).
    pub fn from_hex(s: &str) -> Option<RunDigest> {
        let b = s.as_bytes();
        if b.len() != 32 {
            return None;
        }
        let nibble = |c: u8| (c as char).to_digit(16).map(|d| d as u8);
        let mut out = [0u8; 16];
        for (i, pair) in b.chunks_exact(2).enumerate() {
            out[i] = nibble(pair[0])? << 4 | nibble(pair[1])?;
        }
        Some(RunDigest(out))
    }
}

/// The digests previous imports stored: a run whose digest is here is unchanged.
#[derive(Debug, Default)]
pub struct KnownRuns(HashSet<RunDigest>);

impl KnownRuns {
    pub fn from_hex(stored: impl IntoIterator<Item = String>) -> KnownRuns {
        KnownRuns(
            stored
                .into_iter()
                .filter_map(|s| RunDigest::from_hex(&s))
                .collect(),
        )
    }

    pub fn contains(&self, digest: RunDigest) -> bool {
        self.0.contains(&digest)
    }
}

/// Digests the runs of one file, each from a key that holds the versions, the policy and the
/// header.
#[derive(Clone)]
pub struct RunHasher {
    key: Sha256,
    run: Sha256,
    lengths: Vec<u8>,
}

impl RunHasher {
    pub fn new(policy: &Policy, header: &csv::ByteRecord) -> RunHasher {
        let mut key = Sha256::new();
        key.update(DIGEST_VERSION.to_le_bytes());
        key.update(env!("CARGO_PKG_VERSION").as_bytes());
        key.update([0]);
        // Serializing plain structs of strings and numbers cannot fail; an empty text would
        // only make every digest differ from the stored ones.
        key.update(serde_json::to_vec(policy).unwrap_or_default());
        key.update([0]);
        let mut hasher = RunHasher {
            run: key.clone(),
            key,
            lengths: Vec::new(),
        };
        hasher.add(header);
        hasher.key = hasher.run.clone();
        hasher
    }

    /// Adds one record: its field count and lengths, then its bytes, so that no two different
    /// records add the same input.
    pub fn add(&mut self, record: &csv::ByteRecord) {
        self.lengths.clear();
        self.lengths
            .extend_from_slice(&(record.len() as u32).to_le_bytes());
        for field in record {
            self.lengths
                .extend_from_slice(&(field.len() as u32).to_le_bytes());
        }
        self.run.update(&self.lengths);
        self.run.update(record.as_slice());
    }

    /// The digest of the records added since the last call; starts the next run.
    pub fn finish(&mut self) -> RunDigest {
        let run = std::mem::replace(&mut self.run, self.key.clone());
        let full = run.finalize();
        let mut out = [0u8; 16];
        out.copy_from_slice(&full[..16]);
        RunDigest(out)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn record(fields: &[&str]) -> csv::ByteRecord {
        csv::ByteRecord::from(fields.to_vec())
    }

    fn digest(policy: &Policy, header: &[&str], run: &[&[&str]]) -> RunDigest {
        let mut h = RunHasher::new(policy, &record(header));
        for r in run {
            h.add(&record(r));
        }
        h.finish()
    }

    #[test]
    fn a_digest_changes_with_a_field_the_header_the_policy_and_the_field_bounds() {
        let policy = Policy::default_policy();
        let base = digest(&policy, &["a", "b"], &[&["1", "2"], &["3", "4"]]);
        assert_eq!(
            base,
            digest(&policy, &["a", "b"], &[&["1", "2"], &["3", "4"]])
        );
        assert_ne!(
            base,
            digest(&policy, &["a", "b"], &[&["1", "2"], &["3", "5"]])
        );
        assert_ne!(
            base,
            digest(&policy, &["b", "a"], &[&["1", "2"], &["3", "4"]])
        );
        assert_ne!(
            base,
            digest(&policy, &["a", "b"], &[&["12", ""], &["3", "4"]])
        );
        assert_ne!(
            base,
            digest(&policy, &["a", "b"], &[&["3", "4"], &["1", "2"]])
        );
        let other =
            Policy::from_toml("[[criterion]]\nid = \"a\"\ndescription = \"Any line\"\n").unwrap();
        assert_ne!(
            base,
            digest(&other, &["a", "b"], &[&["1", "2"], &["3", "4"]])
        );
    }

    #[test]
    fn finish_starts_the_next_run_from_the_key_alone() {
        let policy = Policy::default_policy();
        let mut h = RunHasher::new(&policy, &record(&["a"]));
        h.add(&record(&["x"]));
        let first = h.finish();
        h.add(&record(&["x"]));
        assert_eq!(h.finish(), first);
    }

    #[test]
    fn hex_round_trips_and_refuses_anything_else() {
        let d = digest(&Policy::default_policy(), &["a"], &[&["1"]]);
        assert_eq!(RunDigest::from_hex(&d.to_hex()), Some(d));
        assert_eq!(d.to_hex().len(), 32);
        assert_eq!(RunDigest::from_hex("zz"), None);
        assert_eq!(RunDigest::from_hex(&"g".repeat(32)), None);
    }
}
