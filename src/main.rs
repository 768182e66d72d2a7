//! The `stegvis` command line: the core's functions without the window, for automation and tests.

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    std::process::exit(stegvis::cli::run(&args));
}
