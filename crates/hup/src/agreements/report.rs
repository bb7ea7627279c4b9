//! What an import tells the operator: its summary, or the rows that stopped it.

use std::fmt;
use std::time::Duration;

use serde::Serialize;
use utoipa::ToSchema;

use crate::store::StoreError;

/// What an import did: the summary `hup agreements import` prints and the operator API answers.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ToSchema)]
pub struct ImportSummary {
    /// Agreement lines (data rows) in the file.
    pub lines: u64,
    /// Distinct customers in the file.
    pub customers: u64,
    /// Customers eligible after the import, among those it touched.
    pub eligible_customers: u64,
    /// Customers re-evaluated: those in the file whose lines changed since the last import,
    /// and with `--snapshot` those that lost lines.
    pub customers_evaluated: u64,
    /// Customers in the file whose lines are the ones the last import stored: neither checked
    /// nor evaluated again (issue 18).
    pub customers_unchanged: u64,
    /// Lines added or changed; 0 when the same file is imported again.
    pub lines_written: u64,
    /// `--snapshot`: running lines absent from the file, now ended yesterday.
    pub lines_ended: u64,
    /// `--snapshot`: lines absent from the file that had not started yet, removed.
    pub lines_removed: u64,
    /// Product codes no criterion of the eligibility policy (R8) names, in code order: not
    /// refused (feeds carry many such products), but a typo of a counted code shows here.
    pub unknown_products: Vec<UnknownProduct>,
    /// How long the import took.
    #[serde(rename = "seconds", serialize_with = "as_seconds")]
    #[schema(value_type = f64)]
    pub elapsed: Duration,
}

/// A product code of the feed that no criterion of the policy names (issue 12).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ToSchema)]
pub struct UnknownProduct {
    pub code: String,
    /// Lines of the file with this product.
    pub lines: u64,
    /// The first few of those lines' numbers in the file (the header is line 1).
    pub first_lines: Vec<u64>,
}

fn as_seconds<S: serde::Serializer>(elapsed: &Duration, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_f64(elapsed.as_secs_f64())
}

/// One bad row of the feed: `line N: column: reason`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RowProblem {
    /// The line of the file where the record starts (1 is the header).
    pub line: u64,
    /// A column name of the feed, `header`, or `row` for the record as a whole.
    pub column: String,
    pub reason: String,
}

impl fmt::Display for RowProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "line {}: {}: {}", self.line, self.column, self.reason)
    }
}

/// Problems listed in full; beyond this a file is wrong as a whole (a wrong export, a shifted
/// column) and the count says how much more there is.
pub const MAX_PROBLEMS: usize = 10_000;

#[derive(Debug, thiserror::Error)]
pub enum ImportError {
    /// The file has bad rows; nothing was imported.
    #[error("{bad_rows} bad row{}; nothing was imported", if *.bad_rows == 1 { "" } else { "s" })]
    Rejected {
        /// At most [`MAX_PROBLEMS`], in line order.
        problems: Vec<RowProblem>,
        /// Rows with at least one problem, all of them.
        bad_rows: u64,
    },
    /// A `--snapshot` file with no lines would end every agreement line stored; nothing changed.
    #[error(
        "the snapshot holds no lines, so it would end every agreement ({ending} stored line{}); \
         nothing was imported (import it anyway only on purpose: --allow-empty, or \
         allow_empty=true over the API)",
        if *.ending == 1 { "" } else { "s" }
    )]
    EmptySnapshot { ending: u64 },
    #[error("cannot read the feed: {0}")]
    Read(String),
    #[error(transparent)]
    Store(#[from] StoreError),
}
