//! R8: does an organization qualify, by which criteria and agreement lines, and until when.
//!
//! Org admins are shown why they qualify ("which agreement, which criterion, until when"), so
//! a verdict carries its reasons, not just a bool. The rules come from a [`Policy`].

mod policy;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::agreement::{AgreementLine, ProductCode};

pub use policy::{Criterion, Policy, PolicyError, DEFAULT_POLICY_TOML};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Verdict {
    pub eligible: bool,
    /// The criteria met on the day asked about, in id order; empty when not eligible.
    pub criteria: Vec<CriterionMet>,
    /// The last day on which the organization is still eligible by some criterion, if no new
    /// agreement data arrives; `None` when not eligible. `NaiveDate::MAX` means never ending.
    pub valid_until: Option<NaiveDate>,
}

impl Verdict {
    /// For the `criteria` array of the JSON output (`["a", "c"]`).
    pub fn criterion_ids(&self) -> Vec<&str> {
        self.criteria.iter().map(|c| c.id.as_str()).collect()
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CriterionMet {
    pub id: String,
    /// Sum of the quantities of `lines`: what a threshold was compared with.
    pub total_quantity: u64,
    /// The active lines the criterion counted, sorted so equal inputs give equal verdicts.
    pub lines: Vec<LineRef>,
}

/// Enough of an agreement line for an admin to recognize it in their own contract papers.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct LineRef {
    pub agreement_number: String,
    pub product: ProductCode,
    pub start_date: NaiveDate,
    pub end_date: NaiveDate,
    pub quantity: u32,
}

impl From<&AgreementLine> for LineRef {
    fn from(l: &AgreementLine) -> Self {
        LineRef {
            agreement_number: l.agreement_number.clone(),
            product: l.product.clone(),
            start_date: l.start_date,
            end_date: l.end_date,
            quantity: l.quantity,
        }
    }
}

/// What a criterion has counted so far on one day.
#[derive(Debug, Clone, Copy, Default)]
struct Tally {
    lines: u64,
    quantity: u64,
}

impl Tally {
    fn add(&mut self, line: &AgreementLine) {
        self.lines += 1;
        self.quantity += u64::from(line.quantity);
    }

    /// Only ever removes a line that `add` counted, so it cannot go below zero; saturating
    /// anyway so a broken invariant shows as a wrong date, not a panic in the importer.
    fn remove(&mut self, line: &AgreementLine) {
        self.lines = self.lines.saturating_sub(1);
        self.quantity = self.quantity.saturating_sub(u64::from(line.quantity));
    }
}

/// The verdict for one customer on `as_of`.
///
/// `lines` must be all the lines of ONE customer: thresholds such as R8 (c) add quantities up
/// across all of that customer's agreements, and lines of another customer would count too.
///
/// Cost, for n lines, k criteria and at most p products per criterion: O(n·k·p) to count the
/// lines active on `as_of`; when eligible, O(n·k·p + n log n) more to find `valid_until` by
/// sweeping the days on which a line starts or ends (the only days the answer can change)
/// with running totals per criterion. Allocation is per customer, not per line: the k totals,
/// one event list when eligible, and the [`LineRef`]s of the criteria met.
pub fn evaluate(policy: &Policy, lines: &[AgreementLine], as_of: NaiveDate) -> Verdict {
    let criteria = policy.criteria();
    let mut tallies = vec![Tally::default(); criteria.len()];
    for line in lines.iter().filter(|l| l.is_active_on(as_of)) {
        for (c, t) in criteria.iter().zip(tallies.iter_mut()) {
            if c.counts(line) {
                t.add(line);
            }
        }
    }

    let met: Vec<CriterionMet> = criteria
        .iter()
        .zip(&tallies)
        .filter(|(c, t)| c.holds(t.lines, t.quantity))
        .map(|(c, t)| {
            let mut refs: Vec<LineRef> = lines
                .iter()
                .filter(|l| l.is_active_on(as_of) && c.counts(l))
                .map(LineRef::from)
                .collect();
            refs.sort_unstable();
            CriterionMet {
                id: c.id.clone(),
                total_quantity: t.quantity,
                lines: refs,
            }
        })
        .collect();

    if met.is_empty() {
        return Verdict {
            eligible: false,
            criteria: met,
            valid_until: None,
        };
    }
    Verdict {
        eligible: true,
        criteria: met,
        valid_until: Some(last_eligible_day(criteria, lines, as_of, tallies)),
    }
}

/// A day after `as_of` on which a line enters or leaves the count.
struct Change<'a> {
    day: NaiveDate,
    starts: bool,
    line: &'a AgreementLine,
}

/// The day before the first change after `as_of` that leaves no criterion met; `tallies` must
/// hold the totals of `as_of`, on which the customer is eligible.
///
/// Eligibility is monotone in the set of active lines, but lines also start later, so a gap
/// can be bridged by a line that begins the day after another ends: only a sweep over the
/// actual change days gets that right.
fn last_eligible_day(
    criteria: &[Criterion],
    lines: &[AgreementLine],
    as_of: NaiveDate,
    mut tallies: Vec<Tally>,
) -> NaiveDate {
    let mut changes = Vec::with_capacity(lines.len() * 2);
    for line in lines {
        if line.start_date > line.end_date || !criteria.iter().any(|c| c.counts(line)) {
            continue;
        }
        if line.start_date > as_of {
            changes.push(Change {
                day: line.start_date,
                starts: true,
                line,
            });
        }
        if line.end_date >= as_of {
            // A line ending on the last representable day never ends.
            if let Some(day) = line.end_date.succ_opt() {
                changes.push(Change {
                    day,
                    starts: false,
                    line,
                });
            }
        }
    }
    changes.sort_unstable_by_key(|c| c.day);

    let mut rest = changes.as_slice();
    while let Some(first) = rest.first() {
        let day = first.day;
        let same_day = rest.iter().take_while(|c| c.day == day).count();
        for change in &rest[..same_day] {
            for (c, t) in criteria.iter().zip(tallies.iter_mut()) {
                if c.counts(change.line) {
                    if change.starts {
                        t.add(change.line);
                    } else {
                        t.remove(change.line);
                    }
                }
            }
        }
        rest = &rest[same_day..];
        let eligible = criteria
            .iter()
            .zip(&tallies)
            .any(|(c, t)| c.holds(t.lines, t.quantity));
        if !eligible {
            // `day` is after `as_of`, so it has a predecessor.
            return day.pred_opt().unwrap_or(as_of);
        }
    }
    NaiveDate::MAX
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::agreement::Segment;
    use crate::country::Country;
    use crate::email::WorkEmail;
    use proptest::prelude::*;

    fn day(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    /// Today in most tests.
    fn today() -> NaiveDate {
        day("2025-06-15")
    }

    fn line(
        agreement: &str,
        segment: Segment,
        product: &str,
        quantity: u32,
        sa: bool,
        start: &str,
        end: &str,
    ) -> AgreementLine {
        AgreementLine {
            agreement_number: agreement.into(),
            customer_number: "C-1".into(),
            customer_name: "Contoso".into(),
            segment,
            country: Country::parse("NL").unwrap(),
            contact_email: WorkEmail::parse("it@contoso.example").unwrap(),
            product: ProductCode::parse(product).unwrap(),
            quantity,
            software_assurance: sa,
            start_date: day(start),
            end_date: day(end),
        }
    }

    use Segment::*;

    fn verdict(lines: &[AgreementLine]) -> Verdict {
        evaluate(&Policy::default_policy(), lines, today())
    }

    fn ids(v: &Verdict) -> Vec<&str> {
        v.criterion_ids()
    }

    #[test]
    fn r8a_office_with_software_assurance_qualifies() {
        for product in [
            "office-professional-plus",
            "office-standard",
            "m365-apps-enterprise",
        ] {
            let v = verdict(&[line(
                "A1",
                Commercial,
                product,
                10,
                true,
                "2025-01-01",
                "2025-12-31",
            )]);
            assert!(v.eligible, "{product}");
            assert_eq!(ids(&v), ["a"]);
            assert_eq!(v.valid_until, Some(day("2025-12-31")));
            assert_eq!(v.criteria[0].lines[0].agreement_number, "A1");
        }
    }

    #[test]
    fn r8a_r8b_without_software_assurance_do_not_qualify() {
        let v = verdict(&[
            line(
                "A1",
                Commercial,
                "office-standard",
                10,
                false,
                "2025-01-01",
                "2025-12-31",
            ),
            line(
                "A2",
                Commercial,
                "m365-e3",
                10,
                false,
                "2025-01-01",
                "2025-12-31",
            ),
        ]);
        assert_eq!(
            v,
            Verdict {
                eligible: false,
                criteria: vec![],
                valid_until: None
            }
        );
    }

    #[test]
    fn r8a_a_product_outside_the_set_does_not_qualify() {
        let v = verdict(&[line(
            "A1",
            Commercial,
            "windows-enterprise",
            500,
            true,
            "2025-01-01",
            "2025-12-31",
        )]);
        assert!(!v.eligible);
    }

    #[test]
    fn r8b_e3_or_e5_through_software_assurance() {
        let v = verdict(&[line(
            "A1",
            Commercial,
            "m365-e5",
            5,
            true,
            "2025-01-01",
            "2025-12-31",
        )]);
        assert_eq!(ids(&v), ["b"]);
    }

    #[test]
    fn r8c_1999_does_not_qualify_2000_across_two_agreements_does() {
        let a = line(
            "A1",
            Commercial,
            "m365-e3",
            1500,
            false,
            "2025-01-01",
            "2025-12-31",
        );
        let short = line(
            "A2",
            Government,
            "m365-e5",
            499,
            false,
            "2025-01-01",
            "2025-12-31",
        );
        let enough = line(
            "A2",
            Government,
            "m365-e5",
            500,
            false,
            "2025-01-01",
            "2025-12-31",
        );
        assert!(!verdict(&[a.clone(), short]).eligible);
        let v = verdict(&[a, enough]);
        assert_eq!(ids(&v), ["c"]);
        assert_eq!(v.criteria[0].total_quantity, 2000);
        assert_eq!(v.criteria[0].lines.len(), 2);
    }

    #[test]
    fn r8c_wrong_segment_does_not_count() {
        let v = verdict(&[line(
            "A1",
            Education,
            "m365-e3",
            5000,
            false,
            "2025-01-01",
            "2025-12-31",
        )]);
        assert_eq!(ids(&v), ["d"], "education qualifies by (d), never by (c)");
        let v = verdict(&[
            line(
                "A1",
                Commercial,
                "m365-e3",
                1000,
                false,
                "2025-01-01",
                "2025-12-31",
            ),
            line(
                "A2",
                Nonprofit,
                "m365-e3",
                1000,
                false,
                "2025-01-01",
                "2025-12-31",
            ),
        ]);
        assert_eq!(
            ids(&v),
            ["d"],
            "the nonprofit line's quantity does not add to (c)"
        );
    }

    #[test]
    fn r8c_other_products_do_not_count() {
        let v = verdict(&[
            line(
                "A1",
                Commercial,
                "m365-e3",
                1999,
                false,
                "2025-01-01",
                "2025-12-31",
            ),
            line(
                "A2",
                Commercial,
                "office-standard",
                1,
                false,
                "2025-01-01",
                "2025-12-31",
            ),
        ]);
        assert!(!v.eligible);
    }

    #[test]
    fn r8d_education_or_nonprofit_with_any_active_line() {
        for seg in [Education, Nonprofit] {
            let v = verdict(&[line(
                "A1",
                seg,
                "windows-enterprise",
                1,
                false,
                "2025-01-01",
                "2025-12-31",
            )]);
            assert_eq!(ids(&v), ["d"]);
        }
        for seg in [Commercial, Government] {
            let v = verdict(&[line(
                "A1",
                seg,
                "windows-enterprise",
                1,
                false,
                "2025-01-01",
                "2025-12-31",
            )]);
            assert!(!v.eligible);
        }
    }

    #[test]
    fn r8_several_criteria_are_listed_in_id_order() {
        let v = verdict(&[
            line(
                "A2",
                Commercial,
                "m365-e5",
                2000,
                true,
                "2025-01-01",
                "2025-12-31",
            ),
            line(
                "A1",
                Commercial,
                "office-standard",
                10,
                true,
                "2025-01-01",
                "2025-12-31",
            ),
        ]);
        assert_eq!(ids(&v), ["a", "b", "c"]);
    }

    #[test]
    fn r8_a_line_ending_yesterday_does_not_count_one_ending_today_does() {
        let yesterday = line("A1", Education, "x", 1, false, "2024-01-01", "2025-06-14");
        assert!(!verdict(&[yesterday]).eligible);
        let today_ = line("A1", Education, "x", 1, false, "2024-01-01", "2025-06-15");
        let v = verdict(&[today_]);
        assert!(v.eligible);
        assert_eq!(v.valid_until, Some(today()));
    }

    #[test]
    fn r8_a_line_starting_tomorrow_does_not_count_yet() {
        let tomorrow = line("A1", Education, "x", 1, false, "2025-06-16", "2026-06-15");
        assert!(!verdict(std::slice::from_ref(&tomorrow)).eligible);
        assert!(evaluate(&Policy::default_policy(), &[tomorrow], day("2025-06-16")).eligible);
    }

    #[test]
    fn r8_valid_until_a_single_line_is_its_end_date() {
        let v = verdict(&[line(
            "A1",
            Commercial,
            "m365-e3",
            1,
            true,
            "2025-01-01",
            "2026-03-31",
        )]);
        assert_eq!(
            (ids(&v), v.valid_until),
            (vec!["b"], Some(day("2026-03-31")))
        );
    }

    #[test]
    fn r8_valid_until_follows_a_renewal_that_starts_the_next_day() {
        let v = verdict(&[
            line(
                "A1",
                Commercial,
                "office-standard",
                1,
                true,
                "2025-01-01",
                "2025-12-31",
            ),
            line(
                "A2",
                Commercial,
                "office-standard",
                1,
                true,
                "2026-01-01",
                "2026-12-31",
            ),
        ]);
        assert_eq!(v.valid_until, Some(day("2026-12-31")));
        assert_eq!(
            v.criteria[0].lines.len(),
            1,
            "only today's line is behind the verdict"
        );
    }

    #[test]
    fn r8_valid_until_stops_at_a_gap_of_one_day() {
        let v = verdict(&[
            line(
                "A1",
                Commercial,
                "office-standard",
                1,
                true,
                "2025-01-01",
                "2025-12-31",
            ),
            line(
                "A2",
                Commercial,
                "office-standard",
                1,
                true,
                "2026-01-02",
                "2026-12-31",
            ),
        ]);
        assert_eq!(v.valid_until, Some(day("2025-12-31")));
    }

    #[test]
    fn r8c_valid_until_is_the_day_before_the_sum_falls_under_the_threshold() {
        let v = verdict(&[
            line(
                "A1",
                Commercial,
                "m365-e3",
                1500,
                false,
                "2025-01-01",
                "2027-12-31",
            ),
            line(
                "A2",
                Commercial,
                "m365-e5",
                600,
                false,
                "2025-01-01",
                "2025-09-30",
            ),
            // Starts once A2 has ended, but is too small to keep the sum at 2,000.
            line(
                "A3",
                Commercial,
                "m365-e5",
                499,
                false,
                "2025-10-01",
                "2027-12-31",
            ),
        ]);
        assert_eq!(ids(&v), ["c"]);
        assert_eq!(v.valid_until, Some(day("2025-09-30")));

        let v = verdict(&[
            line(
                "A1",
                Commercial,
                "m365-e3",
                1500,
                false,
                "2025-01-01",
                "2027-12-31",
            ),
            line(
                "A2",
                Commercial,
                "m365-e5",
                600,
                false,
                "2025-01-01",
                "2025-09-30",
            ),
            line(
                "A3",
                Commercial,
                "m365-e5",
                500,
                false,
                "2025-10-01",
                "2026-12-31",
            ),
        ]);
        assert_eq!(v.valid_until, Some(day("2026-12-31")));
    }

    #[test]
    fn r8_valid_until_counts_another_criterion_that_still_holds() {
        let v = verdict(&[
            line(
                "A1",
                Commercial,
                "m365-e3",
                2500,
                false,
                "2025-01-01",
                "2025-09-30",
            ),
            line(
                "A2",
                Commercial,
                "office-professional-plus",
                5,
                true,
                "2025-06-01",
                "2026-05-31",
            ),
        ]);
        assert_eq!(ids(&v), ["a", "c"]);
        assert_eq!(v.valid_until, Some(day("2026-05-31")));

        // Criterion (b) takes over from (a) on the day (a) ends, so there is no gap.
        let v = verdict(&[
            line(
                "A1",
                Commercial,
                "office-standard",
                5,
                true,
                "2025-01-01",
                "2025-12-31",
            ),
            line(
                "A2",
                Commercial,
                "m365-e3",
                5,
                true,
                "2026-01-01",
                "2026-12-31",
            ),
        ]);
        assert_eq!(v.valid_until, Some(day("2026-12-31")));
    }

    #[test]
    fn r8d_valid_until_for_education() {
        let v = verdict(&[
            line(
                "A1",
                Education,
                "m365-a3",
                10,
                false,
                "2024-09-01",
                "2025-08-31",
            ),
            line(
                "A2",
                Education,
                "m365-a3",
                10,
                false,
                "2025-08-15",
                "2026-08-31",
            ),
        ]);
        assert_eq!(v.valid_until, Some(day("2026-08-31")));
    }

    #[test]
    fn not_eligible_has_no_valid_until() {
        assert_eq!(verdict(&[]).valid_until, None);
    }

    #[test]
    fn a_line_that_never_ends_gives_the_last_date() {
        let mut l = line("A1", Education, "x", 1, false, "2025-01-01", "2025-01-01");
        l.end_date = NaiveDate::MAX;
        assert_eq!(verdict(&[l]).valid_until, Some(NaiveDate::MAX));
    }

    #[test]
    fn r8_variant_policy_asks_education_for_2000_licenses() {
        let text = format!(
            "{}\n{}",
            DEFAULT_POLICY_TOML
                .split("[[criterion]]\nid = \"d\"")
                .next()
                .unwrap(),
            r#"[[criterion]]
id = "d"
description = "Education or non-profit customer with at least 2,000 A3/A5/E3/E5 licenses"
segments = ["education", "nonprofit"]
products = ["m365-a3", "m365-a5", "m365-e3", "m365-e5"]
min_total_quantity = 2000
"#
        );
        let policy = Policy::from_toml(&text).unwrap();
        assert_eq!(policy.criteria().len(), 4);
        let small = [line(
            "A1",
            Education,
            "m365-a3",
            1999,
            false,
            "2025-01-01",
            "2025-12-31",
        )];
        assert!(!evaluate(&policy, &small, today()).eligible);
        let big = [
            line(
                "A1",
                Education,
                "m365-a3",
                1000,
                false,
                "2025-01-01",
                "2025-12-31",
            ),
            line(
                "A2",
                Nonprofit,
                "m365-e5",
                1000,
                false,
                "2025-01-01",
                "2025-12-31",
            ),
        ];
        assert_eq!(ids(&evaluate(&policy, &big, today())), ["d"]);
    }

    #[test]
    fn verdict_serializes_for_the_json_api() {
        let v = verdict(&[line(
            "A1",
            Commercial,
            "m365-e3",
            2000,
            false,
            "2025-01-01",
            "2025-12-31",
        )]);
        let json = serde_json::to_value(&v).unwrap();
        assert_eq!(json["eligible"], true);
        assert_eq!(json["valid_until"], "2025-12-31");
        assert_eq!(json["criteria"][0]["id"], "c");
        assert_eq!(json["criteria"][0]["lines"][0]["product"], "m365-e3");
    }

    // Property tests. Lines use a small alphabet of products and segments, dates within a few
    // years around `today()`, so criteria are often met, missed and met again.

    const PRODUCTS: [&str; 6] = [
        "office-standard",
        "m365-apps-enterprise",
        "m365-e3",
        "m365-e5",
        "windows-enterprise",
        "m365-a3",
    ];

    fn arb_line() -> impl Strategy<Value = AgreementLine> {
        (
            0usize..4,
            0usize..4,
            0usize..PRODUCTS.len(),
            prop_oneof![0u32..50, 900u32..1200, 1900u32..2100],
            any::<bool>(),
            -500i64..500,
            0i64..700,
        )
            .prop_map(|(agreement, seg, product, quantity, sa, start, len)| {
                let start_date = today() + chrono::Duration::days(start);
                let mut l = line(
                    &format!("A{agreement}"),
                    Segment::ALL[seg],
                    PRODUCTS[product],
                    quantity,
                    sa,
                    "2025-01-01",
                    "2025-01-01",
                );
                l.start_date = start_date;
                l.end_date = start_date + chrono::Duration::days(len);
                l
            })
    }

    fn arb_lines() -> impl Strategy<Value = Vec<AgreementLine>> {
        prop::collection::vec(arb_line(), 0..8)
    }

    proptest! {
        #[test]
        fn r8_row_order_never_changes_a_verdict(
            (lines, shuffled) in arb_lines().prop_flat_map(|l| (Just(l.clone()), Just(l).prop_shuffle())),
        ) {
            prop_assert_eq!(verdict(&lines), verdict(&shuffled));
        }

        #[test]
        fn r8_adding_an_active_line_never_revokes_eligibility(
            lines in arb_lines(),
            extra in arb_line(),
        ) {
            let before = verdict(&lines);
            let mut more = lines.clone();
            more.push(extra);
            let after = verdict(&more);
            if before.eligible {
                prop_assert!(after.eligible);
                prop_assert!(after.valid_until >= before.valid_until);
            }
        }

        #[test]
        fn r8c_splitting_a_quantity_across_agreements_changes_nothing(
            lines in arb_lines(),
            seg in prop_oneof![Just(Commercial), Just(Government)],
            product in prop_oneof![Just("m365-e3"), Just("m365-e5")],
            quantity in 0u32..4000,
            cut in 0u32..=100,
            start in -300i64..0,
            len in 300i64..700,
        ) {
            let mut whole = line("W", seg, product, quantity, false, "2025-01-01", "2025-01-01");
            whole.start_date = today() + chrono::Duration::days(start);
            whole.end_date = whole.start_date + chrono::Duration::days(len);
            let first = quantity * cut / 100;
            let mut part1 = whole.clone();
            part1.agreement_number = "P1".into();
            part1.quantity = first;
            let mut part2 = whole.clone();
            part2.agreement_number = "P2".into();
            part2.quantity = quantity - first;

            let mut one = lines.clone();
            one.push(whole);
            let mut two = lines;
            two.extend([part1, part2]);
            let (v1, v2) = (verdict(&one), verdict(&two));
            let c = |v: &Verdict| v.criteria.iter().find(|c| c.id == "c").map(|c| c.total_quantity);
            prop_assert_eq!(c(&v1), c(&v2));
            prop_assert_eq!(v1.eligible, v2.eligible);
            prop_assert_eq!(v1.valid_until, v2.valid_until);
        }

        /// Against the definition: eligible on every day up to valid_until, not the day after.
        #[test]
        fn r8_valid_until_matches_evaluating_every_day(lines in arb_lines()) {
            let policy = Policy::default_policy();
            let v = evaluate(&policy, &lines, today());
            if let Some(last) = v.valid_until {
                let mut d = today();
                while d <= last {
                    prop_assert!(evaluate(&policy, &lines, d).eligible, "not eligible on {}", d);
                    d = d.succ_opt().unwrap();
                }
                prop_assert!(!evaluate(&policy, &lines, d).eligible, "still eligible on {}", d);
            }
        }
    }

    /// A rough figure for the import of 200,000 customers with 5 lines each; run with
    /// `cargo test --release -p hup-core -- --ignored --nocapture evaluation_speed`.
    #[test]
    #[ignore]
    fn evaluation_speed() {
        let policy = Policy::default_policy();
        let products = [
            "office-standard",
            "m365-e3",
            "m365-e5",
            "windows-enterprise",
            "m365-a3",
        ];
        let customers: Vec<Vec<AgreementLine>> = (0..200_000u32)
            .map(|c| {
                (0..5u32)
                    .map(|i| {
                        let seg = Segment::ALL[((c + i) % 4) as usize];
                        let mut l = line(
                            &format!("A{c}-{i}"),
                            seg,
                            products[((c * 7 + i) % 5) as usize],
                            (c * 13 + i * 101) % 1500,
                            (c + i) % 3 == 0,
                            "2024-01-01",
                            "2026-12-31",
                        );
                        l.start_date += chrono::Duration::days(i64::from((c + i * 31) % 600));
                        l
                    })
                    .collect()
            })
            .collect();
        let started = std::time::Instant::now();
        let eligible = customers
            .iter()
            .filter(|lines| evaluate(&policy, lines, today()).eligible)
            .count();
        println!(
            "{} customers, 1,000,000 lines: {eligible} eligible in {:?}",
            customers.len(),
            started.elapsed()
        );
    }
}
