//! The rules of hup's Home Use Program, as pure functions and types.
//!
//! Nothing here does I/O, runs async or knows about SQL or HTTP, so every rule can be tested
//! on its own and called the same way from pages, the JSON API and the command line.

pub mod country;
