//! `dossier new TITLE`: a new draft article, named for its title.

use crate::Error;
use std::path::Path;

/// Creates the draft in the dossier at `root` and says where it is.
pub fn command(root: &Path, title: &str) -> Result<(), Error> {
    let path = super::init::new_article(root, title)?;
    println!(
        "created {} (a draft until you set draft: false)",
        path.display()
    );
    Ok(())
}
