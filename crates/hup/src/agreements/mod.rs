//! Licensing agreements and eligibility (R8, R9): the feed import and the verdicts, as services
//! the command line, the operator API and the background re-check share.

pub mod import;
mod reading;
mod report;
pub mod unchanged;
pub mod verdicts;
pub mod what_if;

pub use import::{
    import_feed, Feed, FeedFile, ImportError, ImportOptions, ImportSummary, Progress, RowProblem,
    UnknownProduct,
};
pub use verdicts::{customer_verdict, recheck_due, CustomerVerdict, VerdictJson};
