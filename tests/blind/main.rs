//! The chronology and the index measured against gold written by reading the pages first:
//! the twelve articles of `tests/fixtures/timeline/gold`, the eleven news pages of
//! `tests/fixtures/index/unseen`, and the blind books of `tests/fixtures/blind*`, each book's gold written before the
//! extractor or the proposer ran on it. One test binary for all of them (a binary per book
//! filled CI's disk). Prints the figures (run with `--nocapture`; one book:
//! `cargo test --test blind blind70:: -- --nocapture`); the assertions hold the levels reached,
//! so that they can only improve.

mod gold;

mod first;
mod index_unseen;
mod timeline_gold;
mod blind4;
mod blind5;
mod blind6;
mod blind7;
mod blind8;
mod blind9;
mod blind10;
mod blind11;
mod blind12;
mod blind13;
mod blind14;
mod blind15;
mod blind16;
mod blind17;
mod blind18;
mod blind19;
mod blind20;
mod blind21;
mod blind22;
mod blind23;
mod blind24;
mod blind25;
mod blind26;
mod blind27;
mod blind28;
mod blind29;
mod blind30;
mod blind31;
mod blind32;
mod blind33;
mod blind34;
mod blind35;
mod blind36;
mod blind37;
mod blind38;
mod blind39;
mod blind40;
mod blind41;
mod blind42;
mod blind43;
mod blind44;
mod blind45;
mod blind46;
mod blind47;
mod blind48;
mod blind49;
mod blind50;
mod blind51;
mod blind52;
mod blind53;
mod blind54;
mod blind55;
mod blind56;
mod blind57;
mod blind58;
mod blind59;
mod blind60;
mod blind61;
mod blind62;
mod blind63;
mod blind64;
mod blind65;
mod blind66;
mod blind67;
mod blind68;
mod blind69;
mod blind70;
mod blind71;
mod blind72;
mod blind73;
mod blind74;
mod blind75;
mod blind76;
mod blind77;
mod blind78;
mod blind79;
mod blind80;
mod blind81;
mod blind82;
mod blind83;
mod blind84;
mod blind85;
mod blind86;
mod blind87;
mod blind89;
