mod gold;
use std::path::Path;
#[test]
fn dump() {
    let dir = std::env::var("DUMP_DIR").unwrap_or("tests/fixtures/blind6".into());
    let book = gold::with_extracted_timeline(Path::new(&dir));
    for w in &book.warnings { if w.stage == "timeline" { println!("{}", w.message); } }
    for e in &book.timeline.as_ref().unwrap().entries { println!("E {} [{}] {:?}: {}", e.sort_key, e.date_label, e.sources.iter().map(|s| s.article.clone()).collect::<Vec<_>>(), e.text); }
}
