//! What `anthology watch` keeps from one build to the next: results by a hash of
//! everything that made them, so that a rebuild recomputes only what an edit changed.
//!
//! A [`Memo`] holds what the current build and the one before it used, no more, so that
//! a long session of edits does not grow it. Keys are SHA-256 digests of the inputs
//! ([`key`] for anything `Hash`, [`serde_key`] for anything `Serialize`): a result is
//! reused only when its inputs are the same to the byte.

use std::collections::HashMap;
use std::hash::{Hash, Hasher};

use sha2::{Digest, Sha256};

/// A digest of a result's inputs.
pub type Key = [u8; 32];

/// Results by the digest of their inputs, for this build and the one before.
pub struct Memo<V> {
    now: HashMap<Key, V>,
    before: HashMap<Key, V>,
}

impl<V> Default for Memo<V> {
    fn default() -> Self {
        Memo { now: HashMap::new(), before: HashMap::new() }
    }
}

impl<V: Clone> Memo<V> {
    /// Starts another build: what the last build used stays at hand, anything older goes.
    pub fn next_build(&mut self) {
        self.before = std::mem::take(&mut self.now);
    }

    /// The result for `key`, if this build or the one before made it.
    pub fn get(&mut self, key: &Key) -> Option<V> {
        let found = match self.now.get(key) {
            Some(v) => return Some(v.clone()),
            None => self.before.remove(key)?,
        };
        self.now.insert(*key, found.clone());
        Some(found)
    }

    pub fn insert(&mut self, key: Key, value: V) {
        self.now.insert(key, value);
    }

    /// The result for `key`, made by `make` unless this build or the one before made it.
    pub fn get_or_make(&mut self, key: Key, make: impl FnOnce() -> V) -> V {
        self.get(&key).unwrap_or_else(|| {
            let value = make();
            self.insert(key, value.clone());
            value
        })
    }
}

/// The digest of `inputs` through their `Hash` implementations.
pub fn key(inputs: &impl Hash) -> Key {
    let mut h = ContentHasher(Sha256::new());
    inputs.hash(&mut h);
    h.0.finalize().into()
}

/// The digest of `inputs` as serialised (JSON), for model types, which are `Serialize`.
pub fn serde_key(inputs: &impl serde::Serialize) -> Key {
    let mut h = Sha256::new();
    // Writing into a digest cannot fail, and the model's types always serialise.
    serde_json::to_writer(&mut h, inputs).expect("the model serialises");
    h.finalize().into()
}

/// The digest of what the apparatus reads of an article: its id, metadata, blocks and notes.
/// Made once a build and shared by the timeline and the index: serialising every article is
/// not free.
pub fn article_key(article: &crate::model::Article) -> Key {
    serde_key(&(&article.id, &article.meta, &article.blocks, &article.footnotes))
}

/// A [`Hasher`] feeding SHA-256.
struct ContentHasher(Sha256);

impl Hasher for ContentHasher {
    fn write(&mut self, bytes: &[u8]) {
        self.0.update(bytes);
    }

    /// Never read: [`key`] takes the digest.
    fn finish(&self) -> u64 {
        0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_what_the_last_build_used_and_forgets_the_rest() {
        let mut memo = Memo::default();
        let (a, b) = (key(&"a"), key(&"b"));
        memo.insert(a, 1);
        memo.insert(b, 2);
        memo.next_build();
        // Build 2 uses only `a`.
        assert_eq!(memo.get(&a), Some(1));
        memo.next_build();
        // Build 3: `a` was used by build 2, `b` only by build 1.
        assert_eq!(memo.get(&a), Some(1));
        assert_eq!(memo.get(&b), None);
        assert_eq!(memo.get_or_make(b, || 3), 3);
    }

    #[test]
    fn keys_tell_inputs_apart() {
        assert_ne!(key(&("ab", "c")), key(&("a", "bc")));
        assert_eq!(serde_key(&vec!["x"]), serde_key(&vec!["x"]));
        assert_ne!(serde_key(&vec!["x"]), serde_key(&vec!["y"]));
    }
}
