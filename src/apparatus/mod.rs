//! The book's apparatus, computed from the assembled [`crate::model::Book`] and stored back
//! into it: the timeline (chronology appendix) and the back-of-book index. Each submodule
//! takes the book and fills its part; the pipeline runs them before the layout.

pub mod index;
pub mod timeline;
