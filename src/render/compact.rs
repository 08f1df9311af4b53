//! Drops the indentation and blank lines that templates leave in every page.
//!
//! Templates are indented for the people who edit them; a reader's browser gains nothing from
//! it, and at 10,000 articles it is megabytes of every site (issue 16's byte budget). Leading
//! spaces and empty lines are the only thing removed, and never inside `<pre>` or `<textarea>`,
//! where whitespace is content: everywhere else a line break still separates what it separated,
//! so the page renders the same.

/// `html` without leading indentation or blank lines outside `<pre>` and `<textarea>`.
pub(crate) fn compact(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    // Most pages hold neither element, and looking for them once is cheaper than on each line.
    let may_hold_verbatim = html.contains("<pre") || html.contains("<textarea");
    let mut verbatim = false;
    for line in html.split_inclusive('\n') {
        if verbatim {
            out.push_str(line);
        } else {
            let trimmed = line.trim_start_matches([' ', '\t']);
            if !trimmed.trim_end_matches(['\r', '\n']).is_empty() {
                out.push_str(trimmed);
            }
        }
        if may_hold_verbatim {
            verbatim = verbatim_after(line, verbatim);
        }
    }
    out
}

/// Whether the text after `line` is inside `<pre>` or `<textarea>`: the last opening or closing
/// tag of either on the line decides; a line with neither keeps the state it started in.
fn verbatim_after(line: &str, before: bool) -> bool {
    let mut state = before;
    for (i, _) in line.match_indices('<') {
        let rest = &line[i + 1..];
        let opens = |name: &str| {
            rest.strip_prefix(name)
                .is_some_and(|r| r.starts_with(['>', ' ']))
        };
        if opens("pre") || opens("textarea") {
            state = true;
        } else if opens("/pre") || opens("/textarea") {
            state = false;
        }
    }
    state
}

#[cfg(test)]
mod tests {
    use super::compact;

    #[test]
    fn indentation_and_blank_lines_go() {
        let html = "<ul>\n    <li>a</li>\n\n  \n    <li>b</li>\n</ul>\n";
        assert_eq!(compact(html), "<ul>\n<li>a</li>\n<li>b</li>\n</ul>\n");
    }

    #[test]
    fn preformatted_text_is_kept_as_written() {
        let html = "  <div>\n<pre><code>fn main() {\n    let x = 1;\n\n    x\n}</code></pre>\n    <p>after</p>\n";
        assert_eq!(
            compact(html),
            "<div>\n<pre><code>fn main() {\n    let x = 1;\n\n    x\n}</code></pre>\n<p>after</p>\n"
        );
        let area = "<textarea>\n  two\n\n</textarea>\n  <p>x</p>\n";
        assert_eq!(
            compact(area),
            "<textarea>\n  two\n\n</textarea>\n<p>x</p>\n"
        );
    }

    #[test]
    fn a_pre_opened_and_closed_on_one_line_leaves_the_next_alone() {
        let html = "<pre>one</pre>\n   <p>two</p>\n";
        assert_eq!(compact(html), "<pre>one</pre>\n<p>two</p>\n");
    }
}
