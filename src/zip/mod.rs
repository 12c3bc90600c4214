//! Zip archives: reading members in place (`read`), writing stored and streamed members as
//! upstream's `zipfile` writes them (`write`).

pub mod read;
pub mod write;
