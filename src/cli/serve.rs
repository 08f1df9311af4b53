//! `dossier serve`: the options of the command line into the preview server.

use crate::Error;
use crate::engine::Options;
use crate::serve::{ServeOptions, serve};
use std::net::IpAddr;

/// Serves the site built with `build` on `bind`:`port` until interrupted.
pub fn command(build: Options, bind: IpAddr, port: u16, open: bool) -> Result<(), Error> {
    serve(ServeOptions {
        build,
        bind,
        port,
        open,
    })
}
