//! `/operator/feed`: upload a licensing-agreement feed from a file input, with the CLI's
//! all-or-nothing check (every bad line listed with its number, nothing imported when one is
//! bad, the products no criterion counts reported), and the past imports from the audit log.
pub mod get;
pub mod post;

use askama::Template;

use crate::agreements::ImportSummary;
use crate::i18n::Tr;

/// An import as the list of past imports shows it.
pub struct PastImport {
    pub at: String,
    pub by: String,
    pub lines: String,
    pub customers: String,
    pub eligible: String,
    pub snapshot: bool,
    pub unknown: String,
}

/// What the upload did.
pub enum Outcome {
    Imported(ImportSummary),
    /// Bad lines (`line N: column: reason`), all of them up to the import's limit, and how
    /// many rows were bad.
    Rejected {
        problems: Vec<String>,
        bad_rows: u64,
    },
    /// A problem with the upload as a whole (no file, an empty snapshot, an unreadable file).
    Refused(String),
}

#[derive(Template)]
#[template(path = "operator/feed.html")]
pub struct FeedPage {
    pub t: Tr,
    pub path: &'static str,
    pub csrf: String,
    pub signed_in_as: Option<String>,
    pub outcome: Option<Outcome>,
    pub past: Vec<PastImport>,
}
