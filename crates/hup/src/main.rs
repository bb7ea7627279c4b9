use std::process::ExitCode;

use clap::Parser;

use hup::cli::Cli;
use hup::config::Config;

fn main() -> ExitCode {
    let cli = Cli::parse();
    let _log = hup::logging::init();
    let config = match Config::load() {
        Ok(c) => c,
        Err(e) => {
            eprintln!("{e}");
            return ExitCode::from(2);
        }
    };
    hup::cli::run(cli.command, config)
}
