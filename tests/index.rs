//! The back-of-book index (issue 7), checked on the default book and on a fixture book in
//! another subject.

use std::path::Path;

use anthology::model::{Block, Book, IndexEntry, Inline};

fn build(dir: &str) -> Book {
    let dir = Path::new(dir);
    let manifest = anthology::config::Manifest::load(dir).expect("manifest");
    let mut book = anthology::pipeline::assemble(&manifest, dir).expect("assemble");
    anthology::apparatus::index::apply(&mut book, dir).expect("index");
    book
}

#[test]
fn dump_default() {
    let book = build("content");
    for e in &book.index.as_ref().unwrap().entries {
        println!("{} [{}] {:?} see={:?} also={:?} n={}", e.heading, e.sort_key, e.aliases, e.see, e.see_also, e.locators.len());
        for s in &e.subentries { println!("   {} n={}", s.heading, s.locators.len()); }
    }
    println!("{:?}", book.warnings);
}
