//! The book's apparatus: reader aids computed from the assembled [`crate::model::Book`]
//! and stored back into it (the back-of-book index).

pub mod index;
