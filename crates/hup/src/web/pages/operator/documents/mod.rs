//! `/operator/documents`: the catalog and the market rules (R2–R6, R22) — read what is in
//! force, upload a document and see what it would change (checked in full, nothing stored),
//! then publish it. Publishing checks it again, since something may have changed in between.
pub mod get;
pub mod post;

use askama::Template;
use hup_core::catalog::RowChanges;

use crate::i18n::Tr;
use crate::store::catalog::DocumentKind;

/// One document in force.
pub struct InForce {
    pub kind: &'static str,
    pub version: i64,
    pub body: String,
}

/// What an uploaded document would change, per kind of row.
pub struct Preview {
    pub kind: &'static str,
    pub text: String,
    pub allow_empty: bool,
    pub changes: Vec<(String, RowChanges)>,
    /// It was published (else only compared).
    pub published: bool,
}

#[derive(Template)]
#[template(path = "operator/documents.html")]
pub struct DocumentsPage {
    pub t: Tr,
    pub path: &'static str,
    pub csrf: String,
    pub signed_in_as: Option<String>,
    pub in_force: Vec<InForce>,
    pub preview: Option<Preview>,
    pub problems: Vec<String>,
    pub error: Option<String>,
}

pub fn kind_code(kind: DocumentKind) -> &'static str {
    match kind {
        DocumentKind::Catalog => "catalog",
        DocumentKind::Markets => "markets",
    }
}

pub fn parse_kind(code: &str) -> Option<DocumentKind> {
    match code {
        "catalog" => Some(DocumentKind::Catalog),
        "markets" => Some(DocumentKind::Markets),
        _ => None,
    }
}
