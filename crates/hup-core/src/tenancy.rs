//! Who may manage a tenant (R10–R12): an organization's admins run its domains, its licensing
//! connection and its benefit; any member may prove a domain while nobody manages the tenant,
//! because proving one is how an organization is taken over. An account that joins a managed
//! tenant sees nothing of it until one of its admins approves it (issue 12); the admins list,
//! approve and remove the tenant's accounts. Services refuse with
//! [`Denied`], pages hide the forms with the `can_*` twins, so the two never disagree.

/// What an account may do in its tenant.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Role {
    /// Manages the tenant: domains, the licensing connection, the benefit.
    Admin,
    /// Belongs to the tenant; may prove a domain of an unmanaged tenant, nothing more.
    Member,
}

impl Role {
    /// The stored value.
    pub fn code(self) -> &'static str {
        match self {
            Role::Admin => "admin",
            Role::Member => "member",
        }
    }

    /// The stored value read back; anything but `admin` grants no more than a member's
    /// rights, so a bad value can never widen them.
    pub fn parse(code: &str) -> Role {
        if code == Role::Admin.code() {
            Role::Admin
        } else {
            Role::Member
        }
    }
}

/// An account's standing in one tenant, as the rules below need it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Membership {
    /// One of the tenant's domains is proven: someone runs it.
    pub managed: bool,
    pub role: Role,
    /// An admin of the tenant let the account in (or it created or took over the tenant).
    pub approved: bool,
}

/// Why a member may not do something in their tenant.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Denied {
    /// The benefit waits until the organization is managed.
    NotManaged,
    /// The benefit and the connection are the admins' to run.
    NotAdmin,
    /// A managed organization's domains are its admins' to change.
    DomainsOfManaged,
    /// The account waits for an admin of the tenant to approve it: it sees nothing yet.
    AwaitingApproval,
    /// An admin cannot remove their own account: another admin would be needed to let it
    /// back in, and a tenant must keep the admin who proved its domain.
    RemoveSelf,
}

impl Denied {
    /// What the caller is told (the API's `detail`).
    pub fn reason(self) -> &'static str {
        match self {
            Denied::NotManaged => {
                "the organization is not managed yet: prove one of its domains first"
            }
            Denied::NotAdmin => "only an admin of the organization may do this",
            Denied::DomainsOfManaged => {
                "only an admin of a managed organization may change its domains"
            }
            Denied::AwaitingApproval => {
                "the account waits for approval by an admin of the organization"
            }
            Denied::RemoveSelf => "an admin cannot remove their own account",
        }
    }

    /// The problem type the API names (after `urn:hup:problem:`).
    pub fn kind(self) -> &'static str {
        match self {
            Denied::AwaitingApproval => "awaiting-approval",
            Denied::RemoveSelf => "cannot-remove-self",
            Denied::NotManaged | Denied::NotAdmin | Denied::DomainsOfManaged => "forbidden",
        }
    }
}

/// Seeing anything of the tenant (its domains, its licensing details, its accounts): approved
/// accounts only (issue 12).
pub fn may_see_tenant(m: Membership) -> Result<(), Denied> {
    if !m.approved {
        return Err(Denied::AwaitingApproval);
    }
    Ok(())
}

/// What only the admins (those who proved a domain) of a managed tenant may do.
fn may_administer(m: Membership) -> Result<(), Denied> {
    may_see_tenant(m)?;
    if !m.managed {
        return Err(Denied::NotManaged);
    }
    if m.role != Role::Admin {
        return Err(Denied::NotAdmin);
    }
    Ok(())
}

/// Approving and removing the tenant's accounts: the admins of a managed tenant.
pub fn may_manage_accounts(m: Membership) -> Result<(), Denied> {
    may_administer(m)
}

/// Removing one account of the tenant: an admin may remove any account but their own.
pub fn may_remove_account(m: Membership, is_self: bool) -> Result<(), Denied> {
    may_manage_accounts(m)?;
    if is_self {
        return Err(Denied::RemoveSelf);
    }
    Ok(())
}

/// Whether the accounts page offers Approve and Remove.
pub fn can_manage_accounts(m: Membership) -> bool {
    may_manage_accounts(m).is_ok()
}

/// Adding and proving domains: any member of an unmanaged tenant, only admins of a managed one.
pub fn may_manage_domains(m: Membership) -> Result<(), Denied> {
    may_see_tenant(m)?;
    if m.managed && m.role != Role::Admin {
        return Err(Denied::DomainsOfManaged);
    }
    Ok(())
}

/// The HUP tab's switch and the licensing connection: admins of a managed tenant only.
pub fn may_manage_benefit(m: Membership) -> Result<(), Denied> {
    may_administer(m)
}

/// Whether the domains page offers its forms.
pub fn can_manage_domains(m: Membership) -> bool {
    may_manage_domains(m).is_ok()
}

/// Whether the HUP tab offers its switch and the connection form.
pub fn can_manage_benefit(m: Membership) -> bool {
    may_manage_benefit(m).is_ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn member(managed: bool, role: Role) -> Membership {
        Membership {
            managed,
            role,
            approved: true,
        }
    }

    fn waiting(managed: bool, role: Role) -> Membership {
        Membership {
            approved: false,
            ..member(managed, role)
        }
    }

    /// issue 12: an account nobody approved may do nothing, whatever its role says.
    #[test]
    fn an_account_waiting_for_approval_sees_and_does_nothing() {
        for managed in [false, true] {
            for role in [Role::Admin, Role::Member] {
                let m = waiting(managed, role);
                assert_eq!(may_see_tenant(m), Err(Denied::AwaitingApproval));
                assert_eq!(may_manage_domains(m), Err(Denied::AwaitingApproval));
                assert_eq!(may_manage_benefit(m), Err(Denied::AwaitingApproval));
                assert_eq!(may_manage_accounts(m), Err(Denied::AwaitingApproval));
                assert_eq!(may_remove_account(m, false), Err(Denied::AwaitingApproval));
            }
        }
    }

    /// issue 12: the admins of a managed tenant approve and remove accounts, never their own.
    #[test]
    fn only_admins_of_a_managed_tenant_approve_and_remove_accounts() {
        assert_eq!(may_manage_accounts(member(true, Role::Admin)), Ok(()));
        assert_eq!(
            may_manage_accounts(member(true, Role::Member)),
            Err(Denied::NotAdmin)
        );
        assert_eq!(
            may_manage_accounts(member(false, Role::Admin)),
            Err(Denied::NotManaged)
        );
        assert_eq!(may_remove_account(member(true, Role::Admin), false), Ok(()));
        assert_eq!(
            may_remove_account(member(true, Role::Admin), true),
            Err(Denied::RemoveSelf)
        );
        for managed in [false, true] {
            for role in [Role::Admin, Role::Member] {
                for m in [member(managed, role), waiting(managed, role)] {
                    assert_eq!(can_manage_accounts(m), may_manage_accounts(m).is_ok());
                }
            }
        }
    }

    #[test]
    fn anyone_may_prove_a_domain_of_an_unmanaged_tenant() {
        assert_eq!(may_manage_domains(member(false, Role::Member)), Ok(()));
        assert_eq!(may_manage_domains(member(false, Role::Admin)), Ok(()));
    }

    #[test]
    fn only_admins_change_a_managed_tenants_domains() {
        assert_eq!(may_manage_domains(member(true, Role::Admin)), Ok(()));
        assert_eq!(
            may_manage_domains(member(true, Role::Member)),
            Err(Denied::DomainsOfManaged)
        );
    }

    #[test]
    fn the_benefit_is_for_admins_of_a_managed_tenant() {
        assert_eq!(may_manage_benefit(member(true, Role::Admin)), Ok(()));
        assert_eq!(
            may_manage_benefit(member(true, Role::Member)),
            Err(Denied::NotAdmin)
        );
        assert_eq!(
            may_manage_benefit(member(false, Role::Admin)),
            Err(Denied::NotManaged)
        );
        assert_eq!(
            may_manage_benefit(member(false, Role::Member)),
            Err(Denied::NotManaged)
        );
    }

    #[test]
    fn the_page_switches_follow_the_service_rules() {
        for managed in [false, true] {
            for role in [Role::Admin, Role::Member] {
                let m = member(managed, role);
                assert_eq!(can_manage_domains(m), may_manage_domains(m).is_ok());
                assert_eq!(can_manage_benefit(m), may_manage_benefit(m).is_ok());
            }
        }
    }

    #[test]
    fn roles_round_trip_and_unknown_values_grant_least() {
        for role in [Role::Admin, Role::Member] {
            assert_eq!(Role::parse(role.code()), role);
        }
        assert_eq!(Role::parse("owner"), Role::Member);
        assert_eq!(Role::parse("ADMIN"), Role::Member);
    }
}

/// The program terms an admin accepts by switching the benefit on (issue 12): a document the
/// operator ships with a version. The file is Markdown whose first non-empty line is
/// `version: <label>`; the rest is the text, of which `/terms` shows headings (`#`, `##`),
/// list items (`- `) and paragraphs.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Terms {
    /// The operator's label of this version, e.g. `2025-01`.
    pub version: String,
    /// The document after the version line.
    pub text: String,
}

/// The terms that ship with hup (`crates/hup-core/catalog/terms.md`).
pub const SHIPPED_TERMS: &str = include_str!("../catalog/terms.md");

/// One block of the terms as `/terms` shows it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum TermsBlock {
    Heading(String),
    Subheading(String),
    Paragraph(String),
    List(Vec<String>),
}

impl Terms {
    /// The shipped terms.
    pub fn shipped() -> Terms {
        Terms::parse(SHIPPED_TERMS).expect("the shipped terms parse")
    }

    /// Reads a terms file; the error names the line that is wrong.
    pub fn parse(text: &str) -> Result<Terms, String> {
        let mut lines = text
            .lines()
            .enumerate()
            .skip_while(|(_, l)| l.trim().is_empty());
        let Some((n, first)) = lines.next() else {
            return Err("line 1: empty file; the first line must be `version: <label>`".into());
        };
        let version = first
            .trim()
            .strip_prefix("version:")
            .map(str::trim)
            .ok_or_else(|| {
                format!(
                    "line {}: expected `version: <label>`, found {first:?}",
                    n + 1
                )
            })?;
        if version.is_empty() || version.len() > 64 || version.chars().any(char::is_control) {
            return Err(format!(
                "line {}: the version must be 1 to 64 printable characters",
                n + 1
            ));
        }
        let rest: Vec<&str> = lines.map(|(_, l)| l).collect();
        let body = rest.join("\n").trim().to_owned();
        if body.is_empty() {
            return Err(format!(
                "line {}: the terms have no text after the version",
                n + 2
            ));
        }
        Ok(Terms {
            version: version.to_owned(),
            text: body,
        })
    }

    /// The text as blocks: headings, list items, and paragraphs of joined lines.
    pub fn blocks(&self) -> Vec<TermsBlock> {
        let mut blocks = Vec::new();
        let mut paragraph: Vec<&str> = Vec::new();
        let mut list: Vec<String> = Vec::new();
        fn flush(blocks: &mut Vec<TermsBlock>, paragraph: &mut Vec<&str>, list: &mut Vec<String>) {
            if !paragraph.is_empty() {
                blocks.push(TermsBlock::Paragraph(paragraph.join(" ")));
                paragraph.clear();
            }
            if !list.is_empty() {
                blocks.push(TermsBlock::List(std::mem::take(list)));
            }
        }
        for line in self.text.lines() {
            let trimmed = line.trim();
            if trimmed.is_empty() {
                flush(&mut blocks, &mut paragraph, &mut list);
            } else if let Some(h) = trimmed.strip_prefix("## ") {
                flush(&mut blocks, &mut paragraph, &mut list);
                blocks.push(TermsBlock::Subheading(h.trim().to_owned()));
            } else if let Some(h) = trimmed.strip_prefix("# ") {
                flush(&mut blocks, &mut paragraph, &mut list);
                blocks.push(TermsBlock::Heading(h.trim().to_owned()));
            } else if let Some(item) = trimmed.strip_prefix("- ") {
                if !paragraph.is_empty() {
                    blocks.push(TermsBlock::Paragraph(paragraph.join(" ")));
                    paragraph.clear();
                }
                list.push(item.trim().to_owned());
            } else if !list.is_empty() && line.starts_with(' ') {
                // A list item continued on an indented line.
                if let Some(last) = list.last_mut() {
                    last.push(' ');
                    last.push_str(trimmed);
                }
            } else {
                if !list.is_empty() {
                    blocks.push(TermsBlock::List(std::mem::take(&mut list)));
                }
                paragraph.push(trimmed);
            }
        }
        flush(&mut blocks, &mut paragraph, &mut list);
        blocks
    }
}

#[cfg(test)]
mod terms_tests {
    use super::*;

    /// issue 12: the shipped terms carry a version and read as headings, lists and paragraphs.
    #[test]
    fn the_shipped_terms_have_a_version_and_blocks() {
        let terms = Terms::shipped();
        assert_eq!(terms.version, "2025-01");
        let blocks = terms.blocks();
        assert_eq!(
            blocks[0],
            TermsBlock::Heading("Home Use Program: program terms".into())
        );
        assert!(matches!(&blocks[1], TermsBlock::Paragraph(p) if p.contains("on behalf")));
        assert!(blocks
            .iter()
            .any(|b| matches!(b, TermsBlock::List(items) if items.len() == 3
                && items[0].ends_with("for use at home."))));
    }

    /// issue 12: a terms file without its version line is refused, naming the line.
    #[test]
    fn a_terms_file_without_a_version_is_refused_naming_the_line() {
        assert_eq!(
            Terms::parse("\n# Terms\ntext").unwrap_err(),
            "line 2: expected `version: <label>`, found \"# Terms\""
        );
        assert!(Terms::parse("").unwrap_err().starts_with("line 1:"));
        assert!(Terms::parse("version:\ntext")
            .unwrap_err()
            .contains("1 to 64"));
        assert!(Terms::parse("version: 3\n\n")
            .unwrap_err()
            .contains("no text"));
        let t = Terms::parse("version: 3\nSome text\nmore.").unwrap();
        assert_eq!(t.version, "3");
        assert_eq!(
            t.blocks(),
            vec![TermsBlock::Paragraph("Some text more.".into())]
        );
    }
}
