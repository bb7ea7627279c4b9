//! This process's cache of checked employee sessions. Its own file because [`Services`]
//! holds it while `accounts::sessions`, which fills and empties it, takes `Services`.
//!
//! [`Services`]: crate::services::Services

use std::time::Duration;

use crate::store::employees::Employee;
use crate::ttl_cache::TtlCache;

/// How long a process trusts an employee session it checked. Offers are read on every page
/// view; one database round trip fewer per request is worth this: a session ended in *another*
/// process (sign-out, password reset) keeps working here for at most twice these seconds (see
/// `ttl_cache`), and only for reads: a request that changes something (any method but GET and
/// HEAD) checks the database (`sessions::Check::Fresh`, issue 11: 5). The process that ends a
/// session forgets it at once.
pub const EMPLOYEE_CACHE_TTL: Duration = Duration::from_secs(2);
/// Entries the cache keeps at most.
pub const EMPLOYEE_CACHE_ENTRIES: usize = 100_000;

/// Checked employee sessions by token hash; only sessions that exist are kept.
pub type EmployeeSessions = TtlCache<String, Option<Employee>>;
