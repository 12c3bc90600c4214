//! Sets `cfg(linux_tuning)` on Linux unless the `portable` feature is on: the page-cache,
//! disk-block and memory-mapping calls of `src/io/sys.rs`. With `portable`, Linux builds the
//! plain path that other systems get, so it is tested here too.
fn main() {
    println!("cargo::rustc-check-cfg=cfg(linux_tuning)");
    println!("cargo::rerun-if-changed=build.rs");
    let linux = std::env::var("CARGO_CFG_TARGET_OS").is_ok_and(|os| os == "linux");
    let portable = std::env::var_os("CARGO_FEATURE_PORTABLE").is_some();
    if linux && !portable {
        println!("cargo::rustc-cfg=linux_tuning");
    }
}
