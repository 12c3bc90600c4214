//! Moving bytes: the operating system's calls (`sys`, Linux tuning behind `cfg`), the memory
//! pool for tensors (`memory`), and the writer threads that saves hand their writes to
//! (`workers`).

pub mod atomic;
pub mod bytes;
pub mod cache;
pub mod crc;
pub mod memory;
pub mod sys;
pub mod workers;
