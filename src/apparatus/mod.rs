//! The back matter computed from the assembled [`crate::model::Book`]: the timeline
//! (chronology appendix) and the index. Each submodule takes the book and fills its part.

pub mod timeline;
