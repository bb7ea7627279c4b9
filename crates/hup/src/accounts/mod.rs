//! One account kit for admins, employees and operators: the password policy and hasher, the
//! throttles, the sessions and the second factor (`mfa`).
//! Every actor's services build on it, so the stacks cannot drift apart again (issue 10). The links their mails carry come from `mail::links`.

pub mod mfa;
pub mod password;
pub mod session_cache;
pub mod sessions;
pub mod throttle;
