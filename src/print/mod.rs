//! Print-on-demand: the services' rules ([`target`]), the preflight that checks any PDF
//! against them ([`preflight`], reading files with [`inspect`]), and the packaging of a
//! book for each service ([`package`]).

pub mod inspect;
pub mod package;
pub mod preflight;
pub mod target;

pub use target::{Paper, Rules, Target};
