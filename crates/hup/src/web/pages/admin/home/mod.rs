//! `/admin`: the admin center's front door.
pub mod get;
