//! Helpers shared by the integration tests: a headless-Chromium driver and a static file
//! server for browser tests, readers for built search files, and generated dossiers.
//! Each test file uses only some of them.
#![allow(dead_code)]

pub mod index;
pub mod node;
pub mod synthetic;
