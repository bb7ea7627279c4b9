//! Who may manage a tenant (R10–R12): an organization's admins run its domains, its licensing
//! connection and its benefit; any member may prove a domain while nobody manages the tenant,
//! because proving one is how an organization is taken over. Services refuse with
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
        }
    }
}

/// Adding and proving domains: any member of an unmanaged tenant, only admins of a managed one.
pub fn may_manage_domains(m: Membership) -> Result<(), Denied> {
    if m.managed && m.role != Role::Admin {
        return Err(Denied::DomainsOfManaged);
    }
    Ok(())
}

/// The HUP tab's switch and the licensing connection: admins of a managed tenant only.
pub fn may_manage_benefit(m: Membership) -> Result<(), Denied> {
    if !m.managed {
        return Err(Denied::NotManaged);
    }
    if m.role != Role::Admin {
        return Err(Denied::NotAdmin);
    }
    Ok(())
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
        Membership { managed, role }
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
