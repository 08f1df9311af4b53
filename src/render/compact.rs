//! Drops the indentation, blank lines and `</li>` and `</p>` end tags that templates leave in
//! every page.
//!
//! Templates are indented for the people who edit them; a reader's browser gains nothing from
//! it, and at 10,000 articles it is megabytes of every site (issue 16's byte budget). Leading
//! spaces and empty lines are removed, and never inside `<pre>`, `<textarea>`, `<script>` or
//! `<style>`, where whitespace is content: everywhere else a line break still separates what it
//! separated, so the page renders the same. So is `</li>` where the next thing is another item
//! or the end of the list, and `</p>` where a block or its parent's end follows: HTML lets
//! them be omitted there (the parser closes the element itself), as minifiers do, and sites
//! list hundreds of thousands of items and paragraphs.

/// `html` without leading indentation, blank lines or omissible `</li>` and `</p>` outside
/// `<pre>`, `<textarea>`, `<script>` and `<style>`.
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
                // An item or paragraph that ended the previous line may be closed by this one.
                if out.ends_with('\n') {
                    out.pop();
                    while let Some(end) = OMISSIBLE.iter().find(|e| out.ends_with(*e))
                        && omissible(end, trimmed)
                    {
                        out.truncate(out.len() - end.len());
                    }
                    if !(out.is_empty() || out.ends_with('\n')) {
                        out.push('\n');
                    }
                }
                if may_hold_verbatim && opens_verbatim(trimmed) {
                    out.push_str(trimmed);
                } else {
                    push_without_omissible_ends(&mut out, trimmed);
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

/// End tags that HTML lets a page leave out where what follows closes the element anyway.
const OMISSIBLE: [&str; 2] = ["</li>", "</p>"];

/// What closes an open list item: another item or the list's end.
const ENDS_AN_ITEM: [&str; 4] = ["<li>", "<li ", "</ul>", "</ol>"];

/// What closes an open paragraph (a subset of the HTML rule, the tags the templates write
/// after one): a block that cannot sit in a paragraph, or the end of a parent that is not `a`.
const ENDS_A_PARAGRAPH: [&str; 22] = [
    "<p>",
    "<p ",
    "<li>",
    "<li ",
    "</li>",
    "<ul",
    "</ul>",
    "<ol",
    "</ol>",
    "<div",
    "</div>",
    "<section",
    "</section>",
    "</article>",
    "</aside>",
    "<blockquote",
    "</blockquote>",
    "<h2",
    "<h3",
    "<figure",
    "</figure>",
    "<dl",
];

/// Whether end tag `end` may be left out when `next` follows it.
fn omissible(end: &str, next: &str) -> bool {
    let closers: &[&str] = if end == "</li>" {
        &ENDS_AN_ITEM
    } else {
        &ENDS_A_PARAGRAPH
    };
    closers.iter().any(|c| next.starts_with(c))
}

/// Appends `line` to `out` without each `</li>` or `</p>` that what follows on the same line
/// closes anyway.
fn push_without_omissible_ends(out: &mut String, line: &str) {
    let mut rest = line;
    while let Some(i) = rest.find("</") {
        let tail = &rest[i..];
        match OMISSIBLE.iter().find(|e| tail.starts_with(*e)) {
            Some(end) if omissible(end, &tail[end.len()..]) => {
                out.push_str(&rest[..i]);
                rest = &tail[end.len()..];
            }
            _ => {
                out.push_str(&rest[..i + 2]);
                rest = &tail[2..];
            }
        }
    }
    out.push_str(rest);
}

/// Whether the text after `line` is verbatim (inside one of [`VERBATIM`]): the last opening or
/// closing tag of one on the line decides; a line with none keeps the state it started in.
fn verbatim_after(line: &str, before: bool) -> bool {
    let mut state = before;
    for (i, _) in line.match_indices('<') {
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
        let html = "<div>\n    <h2>a</h2>\n\n  \n    <h2>b</h2>\n</div>\n";
        assert_eq!(compact(html), "<div>\n<h2>a</h2>\n<h2>b</h2>\n</div>\n");
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
        let kept = "<ol><li>a</li>\n<template>x</template></ol>\n";
        assert_eq!(compact(kept), kept);
    }

    #[test]
    fn a_paragraph_followed_by_a_block_or_its_parents_end_loses_its_end_tag() {
        let html = "<div><p>a</p>\n  <p>b</p></div>\n<li><p>c</p>\n</li>\n<li>d</li></ul>\n";
        assert_eq!(
            compact(html),
            "<div><p>a\n<p>b</div>\n<li><p>c\n<li>d</ul>\n"
        );
        // Not where a link or text follows: a paragraph in a link stays closed.
        let kept = "<a href=\"/x/\"><p>a</p></a>\n<p>b</p>\n<span>c</span>\n";
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
