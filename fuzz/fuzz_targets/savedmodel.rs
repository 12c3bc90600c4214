#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| kerasave::fuzz::savedmodel(data));
