//! Running Ace by DAISY on an EPUB and reading its report.

use std::path::Path;
use std::process::Command;
use std::sync::Mutex;

/// One Ace at a time in a test binary: each starts its own Chromium, and two of them beside
/// the browser tests' Chromium have run a CI machine out of memory.
static ACE: Mutex<()> = Mutex::new(());

/// Ace's JSON report on `epub`. Ace sometimes ends without a report when its headless
/// browser fails to start or crashes, which says nothing about the book: that run is
/// retried (verbose, so the reason is printed). A report with violations is never retried;
/// three runs without a report fail the test with Ace's own log.
pub fn ace_report(epub: &Path) -> serde_json::Value {
    let _one_at_a_time = ACE.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
    let out_dir = epub.with_extension("ace");
    let mut log = String::new();
    for attempt in 1..=3 {
        let out = Command::new("ace-puppeteer")
            .env("PUPPETEER_EXECUTABLE_PATH", "/usr/bin/chromium")
            .args(if attempt == 1 { ["-s", "-f", "-o"] } else { ["-V", "-f", "-o"] })
            .arg(&out_dir)
            .arg(epub)
            .output()
            .expect("Ace is needed: apt-get install chromium; npm install -g @daisy/ace@1.4.6");
        if let Ok(report) = std::fs::read(out_dir.join("report.json")) {
            return serde_json::from_slice(&report).expect("Ace's report is JSON");
        }
        log = format!("{}{}", String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr));
        eprintln!("Ace run {attempt} on {} wrote no report:\n{log}", epub.display());
    }
    panic!("Ace wrote no report on {} in three runs:\n{log}", epub.display())
}
