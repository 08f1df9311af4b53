//! Rebuild when the embedded default theme changes: `include_dir!` alone does not tell Cargo
//! which files it read.
fn main() {
    println!("cargo:rerun-if-changed=themes/default");
    println!("cargo:rerun-if-changed=src/extract/data");
}
