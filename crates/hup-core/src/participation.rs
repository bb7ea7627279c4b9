//! Whether an organization's employees can use the benefit now (R8, R9, R12). The employee
//! journey asks it of one tenant, the HUP tab shows it, the program report counts it over all
//! tenants: each loads the facts its own way and decides here.

/// The facts about one tenant that participation depends on.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Standing {
    /// One of its domains is proven (R10).
    pub managed: bool,
    /// The admin has not switched the benefit off (R1).
    pub hup_enabled: bool,
    /// It is connected to a licensing customer and the connection is approved (R9).
    pub connection_approved: bool,
    /// That customer's stored verdict qualifies (R8).
    pub customer_eligible: bool,
}

impl Standing {
    /// The switch as the report counts it: only a managed tenant's admin can have turned it on.
    pub fn benefit_on(self) -> bool {
        self.managed && self.hup_enabled
    }

    /// Every condition holds: managed, switched on, approved and eligible.
    pub fn participates(self) -> bool {
        self.benefit_on() && self.connection_approved && self.customer_eligible
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const ALL: Standing = Standing {
        managed: true,
        hup_enabled: true,
        connection_approved: true,
        customer_eligible: true,
    };

    #[test]
    fn a_tenant_meeting_every_condition_takes_part() {
        assert!(ALL.participates());
        assert!(ALL.benefit_on());
    }

    #[test]
    fn each_condition_alone_keeps_a_tenant_out() {
        let without = [
            Standing {
                managed: false,
                ..ALL
            },
            Standing {
                hup_enabled: false,
                ..ALL
            },
            Standing {
                connection_approved: false,
                ..ALL
            },
            Standing {
                customer_eligible: false,
                ..ALL
            },
        ];
        for standing in without {
            assert!(!standing.participates(), "{standing:?}");
        }
        assert!(!Standing::default().participates());
    }

    #[test]
    fn the_switch_counts_only_for_a_managed_tenant() {
        let unmanaged = Standing {
            managed: false,
            ..ALL
        };
        assert!(!unmanaged.benefit_on());
        let off = Standing {
            hup_enabled: false,
            ..ALL
        };
        assert!(!off.benefit_on());
    }
}
