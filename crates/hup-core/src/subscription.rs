//! A subscription bought through the program (issue 14): its periods, its renewal dates, its
//! locked price and its states. The program's promise is that a subscription keeps renewing at
//! the price of its first purchase for as long as it does not lapse, whatever the catalog says
//! later and whether or not the employee still qualifies: eligibility is checked when the
//! order is placed and never again, so nothing here takes a grant or a catalog.
//!
//! Renewal dates count whole periods from the first day, clamped to the month's end, so
//! 31 January renews on 29 February (leap year), then 31 March, not 29 March: the day of
//! the first purchase is the anchor, and a short month never shifts later dates.

use chrono::{DateTime, Datelike, Duration, Months, NaiveDate, Utc};

use crate::catalog::Term;

/// How long one paid period is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Period {
    Year,
    Month,
}

impl Period {
    /// The period of a term; `None` for a perpetual licence, which never renews.
    pub fn of(term: Term) -> Option<Period> {
        match term {
            Term::P1Y => Some(Period::Year),
            Term::P1M => Some(Period::Month),
            Term::Perpetual => None,
        }
    }

    fn months(self) -> u32 {
        match self {
            Period::Year => 12,
            Period::Month => 1,
        }
    }

    /// The end of period number `n` (1 is the first) of a subscription that started at
    /// `start`: `n` periods later, on the start's day of the month or the month's last day
    /// when it is shorter, at the start's time of day.
    pub fn end(self, start: DateTime<Utc>, n: u32) -> DateTime<Utc> {
        let months = self.months().saturating_mul(n);
        // chrono clamps to the month's last day; it fails only past the year 262143.
        start
            .checked_add_months(Months::new(months))
            .unwrap_or(DateTime::<Utc>::MAX_UTC)
    }
}

/// The states of a subscription. The codes are the stored values and the API's `status`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum SubscriptionStatus {
    /// Paid for the current period; renews at its end.
    Active,
    /// The renewal could not be charged; retried until the grace days are over.
    PastDue,
    /// The employee stopped renewal; usable until the current period ends.
    Cancelled,
    /// The grace days passed without a payment: the program price is gone for it.
    Lapsed,
    /// Cancelled and its period is over, or its order was refunded.
    Ended,
}

/// What happens to a subscription.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum SubscriptionEvent {
    /// The next period was paid (or recorded, without a provider).
    Renewed,
    /// The renewal's charge failed.
    ChargeFailed,
    Cancel,
    /// The grace days after a failed renewal are over.
    GraceOver,
    /// A cancelled subscription's period is over.
    PeriodOver,
    /// The order's money went back.
    Refund,
}

/// An event that does not apply to the subscription's state; nothing changed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
#[error("a subscription that is {from:?} cannot take the event {event:?}")]
pub struct IllegalSubscriptionTransition {
    pub from: SubscriptionStatus,
    pub event: SubscriptionEvent,
}

impl SubscriptionStatus {
    pub const ALL: [SubscriptionStatus; 5] = [
        SubscriptionStatus::Active,
        SubscriptionStatus::PastDue,
        SubscriptionStatus::Cancelled,
        SubscriptionStatus::Lapsed,
        SubscriptionStatus::Ended,
    ];

    /// The state after `event`, or why it does not apply.
    pub fn transition(
        self,
        event: SubscriptionEvent,
    ) -> Result<SubscriptionStatus, IllegalSubscriptionTransition> {
        use SubscriptionEvent as E;
        use SubscriptionStatus as S;
        match (self, event) {
            (S::Active | S::PastDue, E::Renewed) => Ok(S::Active),
            (S::Active | S::PastDue, E::ChargeFailed) => Ok(S::PastDue),
            (S::Active | S::PastDue, E::Cancel) => Ok(S::Cancelled),
            (S::PastDue, E::GraceOver) => Ok(S::Lapsed),
            (S::Cancelled, E::PeriodOver) => Ok(S::Ended),
            (S::Active | S::PastDue | S::Cancelled, E::Refund) => Ok(S::Ended),
            (from, event) => Err(IllegalSubscriptionTransition { from, event }),
        }
    }

    /// Whether the subscription still renews (a lapsed or ended one never does again).
    pub fn renews(self) -> bool {
        matches!(
            self,
            SubscriptionStatus::Active | SubscriptionStatus::PastDue
        )
    }

    /// Whether the licence is still held: it counts against the product's limit.
    pub fn is_live(self) -> bool {
        matches!(
            self,
            SubscriptionStatus::Active
                | SubscriptionStatus::PastDue
                | SubscriptionStatus::Cancelled
        )
    }

    /// The stored value.
    pub fn code(self) -> &'static str {
        match self {
            SubscriptionStatus::Active => "active",
            SubscriptionStatus::PastDue => "past_due",
            SubscriptionStatus::Cancelled => "cancelled",
            SubscriptionStatus::Lapsed => "lapsed",
            SubscriptionStatus::Ended => "ended",
        }
    }

    /// Reads a stored value.
    pub fn parse(code: &str) -> Option<SubscriptionStatus> {
        SubscriptionStatus::ALL
            .into_iter()
            .find(|s| s.code() == code)
    }
}

/// What a subscription needs done at some moment.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Due {
    /// Charge the next period at the locked price.
    Renew,
    /// Past due beyond the grace days: lapse it.
    Lapse,
    /// Cancelled and its period is over: end it.
    End,
    Nothing,
}

/// What a subscription is, as far as its schedule goes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Schedule {
    pub status: SubscriptionStatus,
    /// The end of the period paid for; a renewal charges the next one.
    pub current_period_end: DateTime<Utc>,
    /// When the current period's renewal first failed.
    pub past_due_since: Option<DateTime<Utc>>,
}

impl Schedule {
    /// What is due at `now`, with `grace` days of retrying after the renewal date.
    pub fn due(&self, now: DateTime<Utc>, grace: Duration) -> Due {
        match self.status {
            SubscriptionStatus::Active if now >= self.current_period_end => Due::Renew,
            SubscriptionStatus::PastDue if now >= self.current_period_end + grace => Due::Lapse,
            SubscriptionStatus::PastDue if now >= self.current_period_end => Due::Renew,
            SubscriptionStatus::Cancelled if now >= self.current_period_end => Due::End,
            _ => Due::Nothing,
        }
    }
}

/// The reminder before a renewal goes out this long before it.
pub const REMINDER_BEFORE: Duration = Duration::days(7);

/// The end (exclusive) of UTC day `day`: `renew --as-of DAY` runs what is due up to then.
pub fn end_of_day(day: NaiveDate) -> DateTime<Utc> {
    let next = day.succ_opt().unwrap_or(day);
    next.and_hms_opt(0, 0, 0)
        .map(|t| t.and_utc())
        .unwrap_or(DateTime::<Utc>::MAX_UTC)
}

/// `YYYY-MM-DD`, for mails and the command line.
pub fn day_of(at: DateTime<Utc>) -> String {
    format!("{:04}-{:02}-{:02}", at.year(), at.month(), at.day())
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;
    use proptest::prelude::*;

    fn at(y: i32, m: u32, d: u32) -> DateTime<Utc> {
        Utc.with_ymd_and_hms(y, m, d, 10, 0, 0).unwrap()
    }

    #[test]
    fn month_ends_clamp_without_drifting() {
        let start = at(2024, 1, 31);
        assert_eq!(Period::Month.end(start, 1), at(2024, 2, 29));
        assert_eq!(Period::Month.end(start, 2), at(2024, 3, 31));
        assert_eq!(Period::Month.end(start, 3), at(2024, 4, 30));
        assert_eq!(Period::Month.end(at(2023, 1, 31), 1), at(2023, 2, 28));
    }

    #[test]
    fn a_leap_day_renews_on_the_last_of_february_and_again_on_a_leap_day() {
        let start = at(2024, 2, 29);
        assert_eq!(Period::Year.end(start, 1), at(2025, 2, 28));
        assert_eq!(Period::Year.end(start, 4), at(2028, 2, 29));
    }

    #[test]
    fn perpetual_licences_have_no_period() {
        assert_eq!(Period::of(Term::Perpetual), None);
        assert_eq!(Period::of(Term::P1Y), Some(Period::Year));
        assert_eq!(Period::of(Term::P1M), Some(Period::Month));
    }

    #[test]
    fn lapsed_and_ended_never_renew_again() {
        use SubscriptionEvent as E;
        for status in [SubscriptionStatus::Lapsed, SubscriptionStatus::Ended] {
            assert!(!status.renews());
            for event in [E::Renewed, E::ChargeFailed, E::Cancel, E::GraceOver] {
                assert!(status.transition(event).is_err(), "{status:?} {event:?}");
            }
        }
    }

    #[test]
    fn a_cancelled_subscription_stays_usable_until_its_period_ends() {
        let s = Schedule {
            status: SubscriptionStatus::Cancelled,
            current_period_end: at(2025, 3, 1),
            past_due_since: None,
        };
        let grace = Duration::days(7);
        assert_eq!(s.due(at(2025, 2, 28), grace), Due::Nothing);
        assert!(s.status.is_live());
        assert_eq!(s.due(at(2025, 3, 1), grace), Due::End);
    }

    #[test]
    fn past_due_retries_for_the_grace_days_then_lapses() {
        let s = Schedule {
            status: SubscriptionStatus::PastDue,
            current_period_end: at(2025, 3, 1),
            past_due_since: Some(at(2025, 3, 1)),
        };
        let grace = Duration::days(7);
        assert_eq!(s.due(at(2025, 3, 7), grace), Due::Renew);
        assert_eq!(s.due(at(2025, 3, 8), grace), Due::Lapse);
    }

    #[test]
    fn as_of_a_day_covers_the_whole_day() {
        let day = NaiveDate::from_ymd_opt(2025, 2, 28).unwrap();
        assert_eq!(
            end_of_day(day),
            Utc.with_ymd_and_hms(2025, 3, 1, 0, 0, 0).unwrap()
        );
    }

    proptest! {
        /// Each renewal date is later than the one before, at most a period (31 days or a
        /// year and a day) apart, and on the anchor day unless the month is shorter.
        #[test]
        fn renewal_dates_follow_the_anchor(
            y in 2000i32..2100, m in 1u32..=12, d in 1u32..=31, n in 1u32..40, yearly: bool,
        ) {
            let Some(date) = NaiveDate::from_ymd_opt(y, m, d) else { return Ok(()) };
            let start = date.and_hms_opt(12, 0, 0).unwrap().and_utc();
            let period = if yearly { Period::Year } else { Period::Month };
            let (before, after) = (period.end(start, n - 1), period.end(start, n));
            prop_assert!(after > before);
            let max = if yearly { 366 } else { 31 };
            prop_assert!((after - before).num_days() <= max);
            prop_assert!(after.day() == d || after.day() < d);
            let last_of_month = (after + Duration::days(1)).day() == 1;
            prop_assert!(after.day() == d || last_of_month);
        }
    }
}
