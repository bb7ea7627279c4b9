//! The process's log: `HUP_LOG` filters it (default `info`), and a writer thread puts the lines
//! on standard error, so a request never waits for the terminal, a pipe or a full disk
//! (issue 18: a blocking `write(2)` per request line cost a quarter of the offers listing's
//! throughput).
//!
//! Lines are formatted where they happen and handed over whole; events the filter rejects are
//! never formatted. When the writer falls behind by more than [`BUFFERED_LINES`] lines, new
//! lines are dropped rather than slowing requests down, and a count of them is logged once the
//! writer catches up.

use std::io::IsTerminal;

use tracing_appender::non_blocking::{NonBlockingBuilder, WorkerGuard};
use tracing_subscriber::EnvFilter;

/// Lines waiting for the writer thread before new ones are dropped: a few seconds of a busy
/// server's request lines.
const BUFFERED_LINES: usize = 128 * 1024;

/// Keeps the writer thread; dropping it writes what is still queued, so hold it until exit.
#[must_use = "dropping the guard stops the log writer"]
pub struct LogGuard(#[allow(dead_code)] WorkerGuard);

/// Sets up the process's log. Call once, before anything logs.
pub fn init() -> LogGuard {
    let (writer, guard) = NonBlockingBuilder::default()
        .buffered_lines_limit(BUFFERED_LINES)
        .lossy(true)
        .thread_name("hup-log")
        .finish(std::io::stderr());
    tracing_subscriber::fmt()
        .with_env_filter(
            EnvFilter::try_from_env("HUP_LOG").unwrap_or_else(|_| EnvFilter::new("info")),
        )
        .with_writer(writer)
        // Colour only for a person at a terminal: a log file or pipe gets plain text (issue 12).
        .with_ansi(std::io::stderr().is_terminal())
        .init();
    LogGuard(guard)
}
