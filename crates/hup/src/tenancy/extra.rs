//! Extra benefits (R22): the operator grants an organization more than the program's offers.
//! Employees of the previous program may buy Visio and Project Professional 2019 under
//! "Other Office products" only where their organization holds that benefit.

use serde::{Deserialize, Serialize};

use super::TenancyError;
use crate::audit::{self, Action, Actor};
use crate::store::{extra_benefits, now_epoch, tenants, Db};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "kebab-case")]
pub enum ExtraBenefit {
    /// Visio and Project Professional 2019 under "Other Office products" (R22).
    OtherOfficeProducts,
}

impl ExtraBenefit {
    pub const ALL: [ExtraBenefit; 1] = [ExtraBenefit::OtherOfficeProducts];

    pub fn code(self) -> &'static str {
        match self {
            ExtraBenefit::OtherOfficeProducts => "other-office-products",
        }
    }

    /// The Fluent message that names the benefit on the HUP tab.
    pub fn fluent_id(self) -> &'static str {
        match self {
            ExtraBenefit::OtherOfficeProducts => "admin-hup-extra-other-office",
        }
    }

    pub fn parse(code: &str) -> Option<ExtraBenefit> {
        ExtraBenefit::ALL.into_iter().find(|b| b.code() == code)
    }
}

/// Grants or withdraws `benefit` for tenant `tenant_id`; 404 for a tenant that does not exist.
/// A change is in the audit log as `actor`'s (issue 15); setting what holds already is none.
pub async fn set(
    db: &Db,
    actor: &Actor,
    tenant_id: i64,
    benefit: ExtraBenefit,
    on: bool,
) -> Result<(), TenancyError> {
    if tenants::by_id(db, tenant_id).await?.is_none() {
        return Err(TenancyError::NotFound);
    }
    let mut tx = db.begin_write().await?;
    if extra_benefits::set(&mut tx, tenant_id, benefit.code(), on, now_epoch()).await? {
        let action = if on {
            Action::ExtraBenefitGrant
        } else {
            Action::ExtraBenefitWithdraw
        };
        let detail = serde_json::json!({ "benefit": benefit.code() });
        audit::record(
            &mut tx,
            actor,
            action,
            &format!("tenant {tenant_id}"),
            detail,
        )
        .await?;
    }
    tx.commit().await.map_err(crate::store::StoreError::from)?;
    Ok(())
}

/// The benefits tenant `tenant_id` holds. Codes this version does not know are skipped.
pub async fn of_tenant(db: &Db, tenant_id: i64) -> Result<Vec<ExtraBenefit>, TenancyError> {
    Ok(extra_benefits::of_tenant(db, tenant_id)
        .await?
        .iter()
        .filter_map(|c| ExtraBenefit::parse(c))
        .collect())
}
