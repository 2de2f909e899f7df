fn main() {
    let dir = std::path::Path::new("content");
    let m = anthology::config::Manifest::load(dir).unwrap();
    let mut b = anthology::pipeline::assemble(&m, dir).unwrap();
    anthology::apparatus::index::apply(&mut b, dir).unwrap();
    for e in &b.index.unwrap().entries {
        println!("{} ({}) see={:?} also={:?} subs={}", e.heading, e.locators.len(), e.see, e.see_also, e.subentries.iter().map(|s| s.heading.clone()).collect::<Vec<_>>().join("; "));
    }
    for w in &b.warnings { println!("W: {}", &w.message[..w.message.len().min(300)]); }
}
