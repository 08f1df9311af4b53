//! Slugs: the one path segment an article, entity or tag gets in `output/`.
//!
//! A slug is lower-case ASCII letters, digits and single hyphens, never empty and never longer
//! than [`MAX_LEN`] bytes, so it can never name a parent folder, a hidden file or an absolute
//! path, whatever the writer typed.

/// Longest slug, well under any file system's limit for a name.
pub const MAX_LEN: usize = 80;

/// Makes a slug from any text, transliterating other scripts ("Nöa Argamani" → "noa-argamani",
/// "الحية" → "lhy"). Returns `None` when nothing usable is left (an emoji, punctuation only).
pub fn slugify(text: &str) -> Option<String> {
    let ascii = deunicode::deunicode(text);
    let mut slug = String::with_capacity(ascii.len());
    let mut pending_hyphen = false;
    for c in ascii.chars() {
        if c.is_ascii_alphanumeric() {
            if pending_hyphen && !slug.is_empty() {
                slug.push('-');
            }
            pending_hyphen = false;
            slug.push(c.to_ascii_lowercase());
        } else if c != '\'' {
            // An apostrophe joins ("Prime Minister's" → "prime-ministers"); all else separates.
            pending_hyphen = true;
        }
    }
    if slug.len() > MAX_LEN {
        slug.truncate(MAX_LEN);
        while slug.ends_with('-') {
            slug.pop();
        }
    }
    (!slug.is_empty()).then_some(slug)
}

/// The slug for an article file: the file name without its extension and without a leading
/// `YYYY-MM-DD-` date (the form `dossier new` writes).
pub fn from_file_stem(stem: &str) -> Option<String> {
    let b = stem.as_bytes();
    let dated = b.len() > 11
        && b[..10].iter().enumerate().all(|(i, c)| {
            if i == 4 || i == 7 {
                *c == b'-'
            } else {
                c.is_ascii_digit()
            }
        })
        && b[10] == b'-';
    slugify(if dated { &stem[11..] } else { stem })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_are_lowercase_ascii_with_single_hyphens() {
        assert_eq!(
            slugify("US envoy held talks -- in Doha!").unwrap(),
            "us-envoy-held-talks-in-doha"
        );
        assert_eq!(
            slugify("Prime Minister's Office").unwrap(),
            "prime-ministers-office"
        );
    }

    #[test]
    fn other_scripts_are_transliterated() {
        assert_eq!(slugify("Nöa Argamani").unwrap(), "noa-argamani");
        assert!(slugify("خليل الحية").is_some_and(|s| slugify(&s).as_deref() == Some(s.as_str())));
    }

    #[test]
    fn a_slug_can_never_leave_the_output_folder() {
        for evil in [
            "../../etc/passwd",
            "/abs/path",
            "..",
            ".hidden",
            "a/../../b",
            "C:\\x",
        ] {
            let s = slugify(evil).unwrap_or_default();
            assert!(
                !s.contains('/') && !s.contains('.') && !s.contains('\\'),
                "{evil} -> {s}"
            );
        }
        assert_eq!(slugify(".."), None);
        assert_eq!(slugify("?!"), None);
    }

    #[test]
    fn long_slugs_are_cut_without_a_trailing_hyphen() {
        let s = slugify(&"word ".repeat(60)).unwrap();
        assert!(s.len() <= MAX_LEN && !s.ends_with('-'));
    }

    #[test]
    fn a_date_prefix_is_dropped_from_file_names() {
        assert_eq!(
            from_file_stem("2025-03-05-boehler-doha").unwrap(),
            "boehler-doha"
        );
        assert_eq!(from_file_stem("2025-talks").unwrap(), "2025-talks");
        assert_eq!(
            from_file_stem("My Notes (draft)").unwrap(),
            "my-notes-draft"
        );
    }
}
