//! One account kit for admins and employees alike: the password policy and hasher, the
//! throttles and the sessions. Both actors' services build on it, so the two stacks cannot
//! drift apart again (issue 10). The links their mails carry come from `mail::links`.

pub mod password;
pub mod session_cache;
pub mod sessions;
pub mod throttle;
