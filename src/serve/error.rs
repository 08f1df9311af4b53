//! Why `dossier serve` (or `build --watch`) could not start: the port, the server's runtime,
//! the file watcher. Errors in the dossier itself are the stages' own, shown in the browser.

use std::net::SocketAddr;
use std::path::PathBuf;

#[derive(Debug, thiserror::Error)]
pub enum ServeError {
    #[error("cannot listen on {addr}: {source} (is another server using the port? pass --port N)")]
    Listen {
        addr: SocketAddr,
        source: std::io::Error,
    },
    #[error("cannot start the server: {0}")]
    Runtime(std::io::Error),
    #[error("{}: cannot watch: {why}", path.display())]
    Watch { path: PathBuf, why: String },
}
