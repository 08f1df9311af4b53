//! Helpers shared by the integration tests: running the binary on fixture dossiers and
//! comparing what it wrote (`dossier`), git repositories for deploys (`git`), a
//! headless-Chromium driver and a static file server for browser tests, Node.js for the
//! runtime's parity tests, readers for built search files (`index`) and a Rust copy of the
//! search runtime (`query`), generated dossiers, a fake news site for `dossier import`
//! (`newsroom`), and GitHub Actions workflows (`workflow`). Each test file uses only some of
//! them.
#![allow(dead_code)]

pub mod browser;
pub mod dossier;
pub mod git;
pub mod index;
pub mod newsroom;
pub mod node;
pub mod query;
pub mod server;
pub mod synthetic;
pub mod workflow;
