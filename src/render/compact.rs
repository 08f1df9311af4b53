//! Drops the indentation, blank lines and `</li>` end tags that templates leave in every page.
//!
//! Templates are indented for the people who edit them; a reader's browser gains nothing from
//! it, and at 10,000 articles it is megabytes of every site (issue 16's byte budget). Leading
//! spaces and empty lines are removed, and never inside `<pre>`, `<textarea>`, `<script>` or
//! `<style>`, where whitespace is content: everywhere else a line break still separates what it
//! separated, so the page renders the same. So is `</li>` where the next thing is another item
//! or the end of the list: HTML lets it be omitted there (the parser closes the item itself),
//! as minifiers do, and sites list hundreds of thousands of items.

/// `html` without leading indentation, blank lines or omissible `</li>` outside `<pre>`,
/// `<textarea>`, `<script>` and `<style>`.
pub(crate) fn compact(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    // Most pages hold none of these elements, and looking for them once is cheaper than on
    // each line (a script with `src` opens and closes on its line).
    let may_hold_verbatim = opens_verbatim(html);
    let mut verbatim = false;
    for line in html.split_inclusive('\n') {
        if verbatim {
            out.push_str(line);
        } else {
            let trimmed = line.trim_start_matches([' ', '\t']);
            if !trimmed.trim_end_matches(['\r', '\n']).is_empty() {
                // An item that ended the previous line is closed by this one.
                if ends_an_item(trimmed) && out.ends_with("</li>\n") {
                    out.truncate(out.len() - "</li>\n".len());
                    if !(out.is_empty() || out.ends_with('\n')) {
                        out.push('\n');
                    }
                }
                if may_hold_verbatim && line_opens_verbatim(trimmed) {
                    out.push_str(trimmed);
                } else {
                    push_without_item_ends(&mut out, trimmed);
                }
            }
        }
        if may_hold_verbatim {
            verbatim = verbatim_after(line, verbatim);
        }
    }
    out
}

/// Elements whose text is kept exactly as written.
const VERBATIM: [&str; 4] = ["pre", "textarea", "script", "style"];

/// Whether `text` may open one of [`VERBATIM`] (or holds a word starting like one).
fn opens_verbatim(text: &str) -> bool {
    ["<pre", "<textarea", "<script", "<style"]
        .iter()
        .any(|open| text.contains(open))
}

/// [`opens_verbatim`] for one line: a look at what follows each `<` is cheaper than four
/// substring searches, each set up anew, on every line of every page.
fn line_opens_verbatim(line: &str) -> bool {
    lt_positions(line).any(|i| VERBATIM.iter().any(|t| line[i + 1..].starts_with(t)))
}

/// Where each `<` of `line` is, in order.
fn lt_positions(line: &str) -> impl Iterator<Item = usize> {
    memchr::memchr_iter(b'<', line.as_bytes())
}

/// Whether `line` starts with what closes an open list item: another item or the list's end.
fn ends_an_item(line: &str) -> bool {
    line.starts_with("<li>")
        || line.starts_with("<li ")
        || line.starts_with("</ul>")
        || line.starts_with("</ol>")
}

/// Appends `line` to `out` without each `</li>` that another item or the list's end follows on
/// the same line.
fn push_without_item_ends(out: &mut String, line: &str) {
    let mut rest = line;
    // A line holds few `<`; looking at each is cheaper than a substring search set up anew.
    let end_tag = |s: &str| lt_positions(s).find(|&i| s[i..].starts_with("</li>"));
    while let Some(i) = end_tag(rest) {
        let after = &rest[i + "</li>".len()..];
        out.push_str(&rest[..i]);
        if !ends_an_item(after) {
            out.push_str("</li>");
        }
        rest = after;
    }
    out.push_str(rest);
}

/// Whether the text after `line` is verbatim (inside one of [`VERBATIM`]): the last opening or
/// closing tag of one on the line decides; a line with none keeps the state it started in.
fn verbatim_after(line: &str, before: bool) -> bool {
    let mut state = before;
    for i in lt_positions(line) {
        let rest = &line[i + 1..];
        let opens = |name: &str| {
            rest.strip_prefix(name)
                .is_some_and(|r| r.starts_with(['>', ' ']))
        };
        if VERBATIM.iter().any(|t| opens(t)) {
            state = true;
        } else if let Some(name) = rest.strip_prefix('/')
            && VERBATIM.iter().any(|t| {
                name.strip_prefix(t)
                    .is_some_and(|r| r.starts_with(['>', ' ']))
            })
        {
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
        let html = "<div>\n    <p>a</p>\n\n  \n    <p>b</p>\n</div>\n";
        assert_eq!(compact(html), "<div>\n<p>a</p>\n<p>b</p>\n</div>\n");
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
    fn an_item_followed_by_an_item_or_the_end_of_its_list_loses_its_end_tag() {
        let html = "<ul>\n  <li>a</li>\n\n  <li>b</li><li>c</li>\n</ul>\n<ol><li>d</li></ol>\n";
        assert_eq!(
            compact(html),
            "<ul>\n<li>a\n<li>b<li>c\n</ul>\n<ol><li>d</ol>\n"
        );
        // An end tag alone on its line goes with its line.
        let alone = "<ol><li>a\n  <q>b</q>\n  </li>\n  <li>c</li>\n</ol>\n";
        assert_eq!(compact(alone), "<ol><li>a\n<q>b</q>\n<li>c\n</ol>\n");
        // Elsewhere (here, before a paragraph a template wrote inside the list) it stays.
        let kept = "<ul><li>a</li>\n<p>x</p></ul>\n";
        assert_eq!(compact(kept), kept);
        // And verbatim text is never touched.
        let code =
            "<pre>\n<li>a</li><li>b</li>\n</pre>\n<script>\n  x = \"</li><li>\";\n</script>\n";
        assert_eq!(compact(code), code);
    }

    #[test]
    fn a_pre_opened_and_closed_on_one_line_leaves_the_next_alone() {
        let html = "<pre>one</pre>\n   <p>two</p>\n";
        assert_eq!(compact(html), "<pre>one</pre>\n<p>two</p>\n");
    }
}
