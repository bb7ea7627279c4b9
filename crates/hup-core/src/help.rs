//! Where people with questions are sent (R21, R23, R24): the vendor's support and information
//! addresses, kept by the operator in the market rules' `[help]` table. Each is optional; pages
//! show the ones given.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

/// One kind of help address, with the rule that asks for it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum HelpTopic {
    /// R23: the FAQ about buying and installing.
    PurchaseFaq,
    /// R23: the employee FAQ.
    EmployeeFaq,
    /// R23: support for order status, billing, installing Office and signing in to Office.
    OrderSupport,
    /// R21: licensing support (migrating from the licensing portal, reaching the admin center).
    LicensingSupport,
    /// R21, R24: store admin support (the benefit does not show as expected).
    StoreAdminSupport,
    /// R24: the subscriptions page.
    Subscriptions,
    /// R24: the licensing service center.
    LicensingServiceCenter,
    /// R24: the business store.
    BusinessStore,
    /// R24: the employee store.
    EmployeeStore,
    /// R24: the licensing overview.
    LicensingOverview,
}

impl HelpTopic {
    pub const ALL: [HelpTopic; 10] = [
        HelpTopic::PurchaseFaq,
        HelpTopic::EmployeeFaq,
        HelpTopic::OrderSupport,
        HelpTopic::LicensingSupport,
        HelpTopic::StoreAdminSupport,
        HelpTopic::Subscriptions,
        HelpTopic::LicensingServiceCenter,
        HelpTopic::BusinessStore,
        HelpTopic::EmployeeStore,
        HelpTopic::LicensingOverview,
    ];

    /// R23: what employees with questions are referred to.
    pub const FOR_EMPLOYEES: [HelpTopic; 3] = [
        HelpTopic::PurchaseFaq,
        HelpTopic::EmployeeFaq,
        HelpTopic::OrderSupport,
    ];

    /// R24: the admin's "frequently viewed" links.
    pub const FREQUENTLY_VIEWED: [HelpTopic; 6] = [
        HelpTopic::Subscriptions,
        HelpTopic::LicensingServiceCenter,
        HelpTopic::StoreAdminSupport,
        HelpTopic::BusinessStore,
        HelpTopic::EmployeeStore,
        HelpTopic::LicensingOverview,
    ];

    /// The key in the `[help]` table, also the suffix of its message id in the pages.
    pub fn key(self) -> &'static str {
        match self {
            HelpTopic::PurchaseFaq => "purchase_faq",
            HelpTopic::EmployeeFaq => "employee_faq",
            HelpTopic::OrderSupport => "order_support",
            HelpTopic::LicensingSupport => "licensing_support",
            HelpTopic::StoreAdminSupport => "store_admin_support",
            HelpTopic::Subscriptions => "subscriptions",
            HelpTopic::LicensingServiceCenter => "licensing_service_center",
            HelpTopic::BusinessStore => "business_store",
            HelpTopic::EmployeeStore => "employee_store",
            HelpTopic::LicensingOverview => "licensing_overview",
        }
    }
}

/// The validated addresses.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct HelpLinks(BTreeMap<HelpTopic, String>);

impl HelpLinks {
    /// Checks each address; the problems name the key.
    pub fn validate(
        file: BTreeMap<HelpTopic, String>,
    ) -> Result<HelpLinks, Vec<(HelpTopic, String)>> {
        let problems: Vec<(HelpTopic, String)> = file
            .iter()
            .filter_map(|(topic, url)| check_https(url).err().map(|why| (*topic, why)))
            .collect();
        if problems.is_empty() {
            Ok(HelpLinks(file))
        } else {
            Err(problems)
        }
    }

    pub fn get(&self, topic: HelpTopic) -> Option<&str> {
        self.0.get(&topic).map(String::as_str)
    }

    /// The given addresses among `topics`, in that order.
    pub fn among<'a>(
        &'a self,
        topics: &'a [HelpTopic],
    ) -> impl Iterator<Item = (HelpTopic, &'a str)> + 'a {
        topics
            .iter()
            .filter_map(|t| self.get(*t).map(|url| (*t, url)))
    }

    /// As written in the file, for serializing the rules back.
    pub fn as_map(&self) -> &BTreeMap<HelpTopic, String> {
        &self.0
    }
}

/// An address shown to people as a link: absolute `https` with a host and no credentials.
pub fn check_https(text: &str) -> Result<(), String> {
    let url = url::Url::parse(text).map_err(|e| e.to_string())?;
    if url.scheme() != "https" {
        return Err("the address must use https".to_owned());
    }
    if url.host_str().is_none_or(str::is_empty) {
        return Err("the address needs a host".to_owned());
    }
    if !url.username().is_empty() || url.password().is_some() {
        return Err("the address must not carry credentials".to_owned());
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn addresses_must_be_https_with_a_host_and_no_credentials() {
        assert!(check_https("https://support.example/hup").is_ok());
        assert!(check_https("http://support.example/").is_err());
        assert!(check_https("https://user:pw@support.example/").is_err());
        assert!(check_https("support.example").is_err());
        let mut file = BTreeMap::new();
        file.insert(HelpTopic::EmployeeFaq, "https://faq.example/".to_owned());
        file.insert(HelpTopic::OrderSupport, "ftp://x.example/".to_owned());
        let problems = HelpLinks::validate(file).unwrap_err();
        assert_eq!(problems.len(), 1);
        assert_eq!(problems[0].0, HelpTopic::OrderSupport);
    }

    #[test]
    fn the_given_links_come_in_the_order_asked() {
        let mut file = BTreeMap::new();
        file.insert(HelpTopic::OrderSupport, "https://o.example/".to_owned());
        file.insert(HelpTopic::PurchaseFaq, "https://p.example/".to_owned());
        let links = HelpLinks::validate(file).unwrap();
        let got: Vec<HelpTopic> = links
            .among(&HelpTopic::FOR_EMPLOYEES)
            .map(|(t, _)| t)
            .collect();
        assert_eq!(got, vec![HelpTopic::PurchaseFaq, HelpTopic::OrderSupport]);
    }
}
