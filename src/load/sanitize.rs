//! Raw HTML in article bodies, made safe. ammonia removes scripts, event handlers and
//! disallowed tags; before it runs, every tag ammonia would not keep, and every tag or comment
//! left unterminated, is turned into visible text.
//!
//! Why the first step: an HTML parser reads everything after an unclosed `<script>`,
//! `<textarea>` or `<select>` as that element's content, and ammonia drops some unknown tags
//! with all they contain (names shared with SVG or MathML, such as `<g>` or `<line>`), so one
//! stray tag would take every later paragraph with it, the `id="p-N"` anchors included.
//! Writers paste such text by accident (`the <redacted> official`); it is shown as typed, and
//! nothing after it is lost.

use std::collections::HashSet;
use std::sync::LazyLock;

/// The sanitiser: ammonia's safe defaults, plus the `id` and `class` attributes our own
/// markup relies on.
static SANITIZER: LazyLock<ammonia::Builder<'static>> = LazyLock::new(|| {
    let mut b = ammonia::Builder::default();
    b.add_generic_attributes(["id", "class"]);
    b
});

/// The tags the sanitiser keeps (lower case); any other tag is shown as text.
static KEPT: LazyLock<HashSet<&'static str>> = LazyLock::new(|| SANITIZER.clone_tags());

/// Cleans a rendered article body that contains raw HTML.
pub fn clean(html: &str) -> String {
    SANITIZER.clean(html).to_string()
}

/// Rewrites one raw HTML fragment from the Markdown (an inline tag, or a whole HTML block) so
/// that it cannot change how the markup after it parses: the `<` of every tag the sanitiser
/// would not keep is escaped, and so is the `<` of a tag or comment the fragment leaves
/// unterminated (`<form` at the end of a block would otherwise take the next paragraph's
/// `<p id=…>` as its attributes). Escaped markup shows as the text the writer typed.
pub fn neutralise(fragment: &str) -> String {
    let mut escaped: Vec<usize> = Vec::new();
    let mut from = 0;
    while let Some(open) = scan(fragment, from, &mut escaped) {
        escaped.push(open);
        from = open + 1;
    }
    let mut out = String::with_capacity(fragment.len() + 3 * escaped.len());
    let mut last = 0;
    for at in escaped {
        out.push_str(&fragment[last..at]);
        out.push_str("&lt;");
        last = at + 1;
    }
    out.push_str(&fragment[last..]);
    out
}

/// Reads `html` from `from` as an HTML tokenizer would, noting in `escaped` the `<` of each
/// tag the sanitiser would not keep. Returns the position of the `<` that opens a construct
/// still unterminated at the end, if any.
fn scan(html: &str, from: usize, escaped: &mut Vec<usize>) -> Option<usize> {
    let b = html.as_bytes();
    let mut i = from;
    while i < b.len() {
        if b[i] != b'<' {
            i += 1;
            continue;
        }
        let open = i;
        let rest = &html[i + 1..];
        let closing = rest.starts_with('/');
        let name_start = i + 1 + usize::from(closing);
        let end = if let Some(comment) = rest.strip_prefix("!--") {
            // `<!-->` and `<!--->` are complete, if odd, comments.
            let len = if comment.starts_with('>') {
                Some(1)
            } else if comment.starts_with("->") {
                Some(2)
            } else {
                comment.find("-->").map(|e| e + 3)
            };
            len.map(|len| i + 4 + len)
        } else if b.get(name_start).is_some_and(u8::is_ascii_alphabetic) {
            let name_len = html[name_start..]
                .bytes()
                .take_while(|c| !c.is_ascii_whitespace() && !matches!(c, b'>' | b'/'))
                .count();
            let name = &html[name_start..name_start + name_len];
            if !KEPT.contains(name.to_ascii_lowercase().as_str()) {
                escaped.push(open);
                i = open + 1;
                continue;
            }
            tag_end(b, name_start + name_len)
        } else if rest.starts_with(['!', '?']) || (closing && !rest.starts_with("/>")) {
            // Declarations, processing instructions and `</ x>` run to the next `>`.
            rest.find('>').map(|e| i + 1 + e + 1)
        } else {
            // A `<` that starts nothing is text.
            Some(i + 1)
        };
        i = match end {
            Some(end) => end,
            None => return Some(open),
        };
    }
    None
}

/// The position just past the `>` that ends a tag whose attributes start at `i`, or `None`
/// when the tag never ends. Follows the attribute states of the HTML tokenizer closely enough
/// to know where a `>` counts: a quote opens a value only right after an attribute's `=`, and
/// an `=` where a name should start is part of the name (`<i ='='>` has no value, and its
/// second `'` opens one that runs on).
fn tag_end(b: &[u8], mut i: usize) -> Option<usize> {
    #[derive(PartialEq)]
    enum State {
        BeforeName,
        Name,
        Unquoted,
    }
    let mut state = State::BeforeName;
    while let Some(&c) = b.get(i) {
        i += 1;
        match (&state, c) {
            (_, b'>') => return Some(i),
            (State::Unquoted, c) if c.is_ascii_whitespace() => state = State::BeforeName,
            (State::Unquoted, _) => {}
            (_, b'/') => state = State::BeforeName,
            (_, c) if c.is_ascii_whitespace() => {}
            (State::Name, b'=') => {
                while b.get(i).is_some_and(u8::is_ascii_whitespace) {
                    i += 1;
                }
                match b.get(i) {
                    Some(&q @ (b'"' | b'\'')) => {
                        i += 1 + b.get(i + 1..)?.iter().position(|&c| c == q)? + 1;
                        state = State::BeforeName;
                    }
                    Some(b'>') => {}
                    _ => state = State::Unquoted,
                }
            }
            (_, _) => state = State::Name,
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_the_sanitiser_drops_are_escaped_in_any_case_and_kept_ones_left() {
        assert_eq!(
            neutralise("<SCRIPT src=x>a</script ><b>b</B><redacted><Em>"),
            "&lt;SCRIPT src=x>a&lt;/script ><b>b</B>&lt;redacted><Em>"
        );
        assert_eq!(neutralise("<textarea/>"), "&lt;textarea/>");
        assert_eq!(neutralise("a < b <"), "a < b <");
    }

    #[test]
    fn unterminated_tags_and_comments_are_escaped_and_complete_ones_kept() {
        for broken in [
            "<form\n",
            "<div class=\"a>\n",
            "<!-- note",
            "<!x",
            "</ x",
            "<a href='>",
        ] {
            assert_eq!(
                neutralise(broken),
                broken.replacen('<', "&lt;", 1),
                "{broken:?}"
            );
        }
        for whole in [
            "<div\n  class=\"x > y\">\n",
            "<!-- a -- b -->",
            "<!-->",
            "<!DOCTYPE html>",
            "</div >",
            "1 < 2",
        ] {
            assert_eq!(neutralise(whole), whole, "{whole:?}");
        }
        // After a `<` is escaped, what follows it is read again as markup.
        assert_eq!(neutralise("<form <b<p)"), "&lt;form &lt;b&lt;p)");
        assert_eq!(neutralise("<i\n='='>\n"), "&lt;i\n='='>\n");
        assert_eq!(neutralise("<i a=b>c</i>"), "<i a=b>c</i>");
        assert_eq!(neutralise("<b x=\"<i>\"</b"), "&lt;b x=\"<i>\"&lt;/b");
    }

    #[test]
    fn cleaning_drops_scripts_and_handlers_but_keeps_ids() {
        let html = clean("<p id=\"p-0\" onclick=\"x()\">a<script>y()</script></p>");
        assert_eq!(html, "<p id=\"p-0\">a</p>");
    }
}
