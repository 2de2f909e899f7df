//! A stable-toolchain fuzzer (cargo fuzz needs nightly): a target, a time budget and a corpus
//! folder in; random mutations of the corpus run through the target until the budget is spent.
//! A panic or a hang is saved to `fuzz/crashes/<target>-<n>` and makes the run exit non-zero.
//!
//! ```sh
//! cargo run --release --example fuzz -- <target> <seconds> <corpus-dir>...
//! ```
//!
//! Targets: `decode` (source bytes), `clean` (the cleaner), `markdown` (the Markdown reader),
//! `book-toml`, `timeline-toml`, `index-toml` (the three TOML files, through a whole
//! assembled book), `dates` (the timeline's date finding on article text) and `build` (a
//! whole build, PDF and EPUB, of a mutated source, the last outputs kept in `fuzz/out/` for
//! the validators). `scripts/fuzz.sh` runs them all.

use std::panic::{self, AssertUnwindSafe};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant, SystemTime};

use anthology::config::Manifest;
use anthology::{apparatus, clean, markdown, pipeline, source};

/// One input longer than this is a hang.
const HANG: Duration = Duration::from_secs(20);
/// Inputs grow no larger than this.
const MAX_LEN: usize = 256 * 1024;

/// Tokens that mean something to one of the parsers, spliced in by the mutator.
const DICTIONARY: &[&str] = &[
    "\n", "\n\n", "\r\n", "\r", "\t", " ", "> ", "> > ", "- ", "  - ", "1. ", "# ", "## ", "```\n", "    ",
    "[^1]", "[^1]: ", "*", "**", "_", "<div>", "</div>", "+++\n", "Caption: ", "{.sources}", "[", "]", "(", ")",
    "\u{E000}", "\u{FEFF}", "\u{200B}", "\u{0301}", "¹", "中", "—", "“", "”", "\u{FFFD}", "=", "\"", "'", "[[",
    "]]", "[[article]]\nsource = \"sources/a.txt\"\n", "[print]\n", "trim = ", "bleed = ", "language = ", "1e30",
    "-1", "0", "NaN", "inf", "3000000x9", "2x3", "a5", "title = ", "[[add]]\n", "[[edit]]\n", "[[remove]]\n",
    "[[merge]]\n", "[[entry]]\n", "heading = ", "date = ", "calendar = ", "julian", "gregorian", "text = ",
    "1917", "1918", "25 October", "31 February", "7 November 1917", "October 1917", "1905-1907", "24-25 October",
    "January", "February", "(Old Style)", "Old Style", "New Style", "O.S.", "N.S.", "BC", "AD", "99999999999",
    "http://", "https://example.org/a/b?c=d", "By ", "Share this", "Photo: ", "\x00", "\x07",
];

type Target = fn(&[u8], &Scratch);

/// A book folder the TOML and date targets write their input into.
struct Scratch {
    dir: tempfile::TempDir,
    out: PathBuf,
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (Some(name), Some(secs)) = (args.first(), args.get(1).and_then(|s| s.parse::<u64>().ok())) else {
        eprintln!("usage: fuzz <target> <seconds> <corpus-dir>...");
        std::process::exit(2);
    };
    let Some(target) = target(name) else {
        eprintln!("unknown target `{name}`");
        std::process::exit(2);
    };
    let corpus = corpus(&args[2..]);
    let scratch = Scratch { dir: tempfile::tempdir().expect("a temporary folder"), out: PathBuf::from("fuzz/out") };
    std::fs::create_dir_all(scratch.dir.path().join("sources")).expect("a scratch book folder");
    std::fs::create_dir_all(&scratch.out).expect("fuzz/out");
    let current = Arc::new(Mutex::new(Vec::new()));
    let started = Arc::new(AtomicU64::new(u64::MAX));
    watchdog(name.clone(), current.clone(), started.clone());
    panic::set_hook(Box::new(|_| {}));
    let seed = SystemTime::now().duration_since(SystemTime::UNIX_EPOCH).map_or(1, |d| d.as_nanos() as u64) | 1;
    let mut rng = Rng(seed);
    let (begin, budget) = (Instant::now(), Duration::from_secs(secs));
    let (mut runs, mut crashes) = (0u64, 0u64);
    while begin.elapsed() < budget {
        let input = mutate(&corpus, &mut rng);
        *current.lock().unwrap() = input.clone();
        started.store(begin.elapsed().as_millis() as u64, Ordering::SeqCst);
        let result = panic::catch_unwind(AssertUnwindSafe(|| target(&input, &scratch)));
        started.store(u64::MAX, Ordering::SeqCst);
        runs += 1;
        if let Err(e) = result {
            crashes += 1;
            let message = e.downcast_ref::<String>().cloned().or_else(|| e.downcast_ref::<&str>().map(|s| s.to_string()));
            let path = save(name, "panic", &input);
            eprintln!("{name}: panic ({}) saved to {}", message.unwrap_or_default(), path.display());
        }
    }
    println!("{name}: {runs} runs in {secs} s, {crashes} panics, seed {seed}");
    std::process::exit(i32::from(crashes > 0));
}

fn target(name: &str) -> Option<Target> {
    Some(match name {
        "decode" => |b, _| {
            let s = source::decode(b);
            assert!(!s.text.contains('\r') && !s.text.chars().any(|c| c.is_control() && c != '\n'));
        },
        "clean" => |b, _| {
            let text = source::decode(b).text;
            let article = clean::clean(&text, "a.txt", "ch01", &clean::Rules::default());
            assert!(article.blocks.iter().all(|b| b.id().starts_with("ch01")));
        },
        "markdown" => |b, _| {
            let _ = markdown::read(&source::decode(b).text, Path::new("a.md"), "ch01");
        },
        "book-toml" => |b, s| {
            write(s, "book.toml", b);
            write(s, "sources/a.txt", SAMPLE.as_bytes());
            let _ = Manifest::load(s.dir.path());
        },
        "timeline-toml" => |b, s| book_with(s, "timeline.toml", b),
        "index-toml" => |b, s| book_with(s, "index.toml", b),
        "dates" => |b, s| book_with(s, "sources/a.txt", b),
        "build" => |b, s| {
            write(s, "book.toml", b"title = \"Fuzz\"\n[[article]]\nsource = \"sources/a.txt\"\n");
            write(s, "sources/a.txt", b);
            let opts = pipeline::BuildOptions { book_dir: s.dir.path().to_path_buf(), out_dir: s.out.clone(), targets: Vec::new() };
            let _ = pipeline::build(&opts);
        },
        _ => return None,
    })
}

const SAMPLE: &str = "The Storming\n\nOn 25 October 1917 the Red Guards took the Winter Palace; the Congress of Soviets met that night.\n\nIn February 1917 the Tsar had abdicated, and the Provisional Government ruled until October.\n";

/// Assembles the scratch book with `name` holding the input, then runs the apparatus.
fn book_with(s: &Scratch, name: &str, input: &[u8]) {
    write(s, "book.toml", b"title = \"Fuzz\"\n[[article]]\nsource = \"sources/a.txt\"\n");
    write(s, "sources/a.txt", SAMPLE.as_bytes());
    for other in ["timeline.toml", "index.toml"] {
        let _ = std::fs::remove_file(s.dir.path().join(other));
    }
    write(s, name, input);
    let dir = s.dir.path();
    let Ok(manifest) = Manifest::load(dir) else { return };
    let Ok(mut book) = pipeline::assemble(&manifest, dir) else { return };
    if anthology::apparatus::timeline::editor::Config::load(dir).and_then(|c| apparatus::timeline::apply(&mut book, &c)).is_ok() {
        if let Some(t) = &book.timeline {
            let _ = apparatus::timeline::timelinejs(t, &book.meta);
        }
    }
    let _ = apparatus::index::IndexConfig::load(dir).and_then(|c| apparatus::index::apply(&mut book, &c, manifest.index.mode));
}

fn write(s: &Scratch, name: &str, bytes: &[u8]) {
    std::fs::write(s.dir.path().join(name), bytes).expect("the scratch folder is writable");
}

/// Every file under the given folders (the seeds), plus one empty input.
fn corpus(dirs: &[String]) -> Vec<Vec<u8>> {
    let mut files = vec![Vec::new()];
    let mut stack: Vec<PathBuf> = dirs.iter().map(PathBuf::from).collect();
    while let Some(p) = stack.pop() {
        if p.is_dir() {
            let mut entries: Vec<PathBuf> = std::fs::read_dir(&p).into_iter().flatten().flatten().map(|e| e.path()).collect();
            entries.sort();
            stack.extend(entries);
        } else if let Ok(bytes) = std::fs::read(&p) {
            files.push(bytes.into_iter().take(MAX_LEN).collect());
        }
    }
    files
}

/// A corpus entry changed by one to eight random edits.
fn mutate(corpus: &[Vec<u8>], rng: &mut Rng) -> Vec<u8> {
    let mut data = corpus[rng.below(corpus.len())].clone();
    for _ in 0..1 + rng.below(8) {
        let at = rng.below(data.len() + 1);
        match rng.below(7) {
            0 if !data.is_empty() => {
                let i = at.min(data.len() - 1);
                data[i] ^= 1 << rng.below(8);
            }
            1 => data.insert(at, rng.below(256) as u8),
            2 | 3 => {
                let token = DICTIONARY[rng.below(DICTIONARY.len())].as_bytes();
                data.splice(at..at, token.iter().copied());
            }
            4 if !data.is_empty() => {
                let end = (at + rng.below(64)).min(data.len());
                data.drain(at.min(end)..end);
            }
            5 if !data.is_empty() => {
                let end = (at + rng.below(256)).min(data.len());
                let piece: Vec<u8> = data[at.min(end)..end].to_vec();
                let to = rng.below(data.len() + 1);
                data.splice(to..to, piece.iter().copied().cycle().take(piece.len() * (1 + rng.below(4))));
            }
            _ => {
                let other = &corpus[rng.below(corpus.len())];
                let from = rng.below(other.len() + 1);
                let end = (from + rng.below(512)).min(other.len());
                data.splice(at..at, other[from..end].iter().copied());
            }
        }
    }
    data.truncate(MAX_LEN);
    data
}

/// Saves an input that crashed or hung; returns where.
fn save(target: &str, kind: &str, input: &[u8]) -> PathBuf {
    let dir = Path::new("fuzz/crashes");
    std::fs::create_dir_all(dir).expect("fuzz/crashes");
    let n = std::fs::read_dir(dir).map_or(0, |d| d.count());
    let path = dir.join(format!("{target}-{kind}-{n}"));
    std::fs::write(&path, input).expect("the crash is saved");
    path
}

/// Ends the process when one input runs longer than [`HANG`], saving it first.
fn watchdog(name: String, current: Arc<Mutex<Vec<u8>>>, started: Arc<AtomicU64>) {
    let begin = Instant::now();
    std::thread::spawn(move || loop {
        std::thread::sleep(Duration::from_millis(500));
        let since = started.load(Ordering::SeqCst);
        if since != u64::MAX && begin.elapsed().as_millis() as u64 > since + HANG.as_millis() as u64 {
            let input = current.lock().map(|i| i.clone()).unwrap_or_default();
            let path = save(&name, "hang", &input);
            eprintln!("{name}: an input ran over {HANG:?}; saved to {}", path.display());
            std::process::exit(3);
        }
    });
}

/// xorshift64*: enough randomness for mutation, no dependency.
struct Rng(u64);

impl Rng {
    fn below(&mut self, n: usize) -> usize {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        (self.0.wrapping_mul(0x2545_F491_4F6C_DD1D) >> 33) as usize % n.max(1)
    }
}
