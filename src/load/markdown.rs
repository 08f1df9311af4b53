//! Article bodies: Markdown (or plain text) to plain paragraphs for extraction, and to HTML for
//! the article page.
//!
//! Both walks number the text blocks (paragraphs, headings, tight list items) the same way, so
//! that paragraph `N` of the plain text is the element with `id="p-N"` in the HTML. Extraction
//! reports positions as (paragraph, byte range); the HTML walk can then wrap exactly those
//! bytes in a link or mark them with an anchor, without searching the HTML for names.

use super::sanitize;
use pulldown_cmark::{CowStr, Event, HeadingLevel, Options, Parser, Tag, TagEnd, TextMergeStream};
use std::iter::Peekable;

/// How an article body is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Markdown,
    /// One paragraph per line, as text copied from a news page comes.
    Text,
}

/// Markdown switches from `site.yaml`.
#[derive(Debug, Clone, Copy, Default)]
pub struct Flavor {
    pub smart_punctuation: bool,
    pub unsafe_html: bool,
}

/// HTML to put around a byte range of a paragraph: a link on a name, an anchor on a quotation.
/// A zero-width range (`start == end`) inserts `open` and `close` at that point.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Insertion {
    pub paragraph: usize,
    pub start: usize,
    pub end: usize,
    pub open: String,
    pub close: String,
    /// An insertion that is itself a link is not placed inside a link the writer made.
    pub is_link: bool,
}

fn options(flavor: Flavor) -> Options {
    let mut o = Options::ENABLE_TABLES
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_TASKLISTS;
    if flavor.smart_punctuation {
        o |= Options::ENABLE_SMART_PUNCTUATION;
    }
    o
}

/// The plain text of each block of a body, in order.
pub fn paragraphs(body: &str, format: Format, flavor: Flavor) -> Vec<String> {
    match format {
        Format::Text => text_lines(body).map(str::to_string).collect(),
        Format::Markdown => {
            let mut walk = Walk::new(body, flavor);
            let mut out: Vec<String> = Vec::new();
            while let Some(step) = walk.next_step() {
                match step {
                    Step::Open(_) => out.push(String::new()),
                    Step::Text(t) => {
                        if let Some(&i) = walk.open.last() {
                            out[i].push_str(&t);
                        }
                    }
                    Step::Other(Event::Code(c)) => {
                        if let Some(&i) = walk.open.last() {
                            out[i].push_str(&c);
                        }
                    }
                    Step::Other(_) => {}
                }
            }
            out
        }
    }
}

/// The lines of a plain-text body that are paragraphs: non-empty, trimmed, and not part of a
/// trailing "Read More" or "Related" block copied along with an article.
fn text_lines(body: &str) -> impl Iterator<Item = &str> {
    let lines: Vec<&str> = body
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect();
    let end = lines
        .iter()
        .rposition(|l| is_trailer(l))
        .filter(|&i| i + 4 >= lines.len())
        .unwrap_or(lines.len());
    lines.into_iter().take(end)
}

fn is_trailer(line: &str) -> bool {
    let l = line
        .trim_end_matches([':', '.', '»', '›', '>'])
        .trim()
        .to_lowercase();
    matches!(
        l.as_str(),
        "read more"
            | "related"
            | "related articles"
            | "related stories"
            | "more on this"
            | "see also"
    )
}

/// The article body as HTML: every block carries `id="p-N"`, `insertions` are applied, links
/// written as `/path` are moved under `base_path` (so a site under a sub-path keeps them
/// working), unsafe URL schemes are dropped, and raw HTML is sanitised unless allowed.
pub fn to_html(
    body: &str,
    format: Format,
    flavor: Flavor,
    base_path: &str,
    insertions: &[Insertion],
) -> String {
    let mut ins: Vec<&Insertion> = insertions.iter().collect();
    ins.sort_by_key(|i| (i.paragraph, i.start, i.end));
    match format {
        Format::Text => text_to_html(body, &ins),
        Format::Markdown => markdown_to_html(body, flavor, base_path, &ins),
    }
}

fn text_to_html(body: &str, ins: &[&Insertion]) -> String {
    let mut html = String::with_capacity(body.len() * 11 / 10);
    for (i, line) in text_lines(body).enumerate() {
        html.push_str(&format!("<p id=\"p-{i}\">"));
        let mine = ins.iter().copied().filter(|x| x.paragraph == i);
        let mut cursor = 0;
        apply(
            line,
            0,
            mine,
            &mut cursor,
            false,
            &mut |piece| match piece {
                Piece::Text(t) => escape_into(&mut html, t),
                Piece::Html(h) => html.push_str(h),
            },
        );
        html.push_str("</p>\n");
    }
    html
}

fn markdown_to_html(body: &str, flavor: Flavor, base_path: &str, ins: &[&Insertion]) -> String {
    let mut walk = Walk::new(body, flavor);
    let mut events: Vec<Event<'_>> = Vec::new();
    let mut raw_html = false;
    let mut link_depth = 0usize;
    // Per block: bytes of plain text seen so far, and how far insertions have consumed it.
    let mut offset: Vec<usize> = Vec::new();
    let mut cursor: Vec<usize> = Vec::new();
    // The lines of an HTML block, kept together: a tag may span lines, so the block is made
    // safe as a whole.
    let mut block_html = String::new();
    while let Some(step) = walk.next_step() {
        if let Step::Other(Event::Html(h)) = &step
            && !flavor.unsafe_html
        {
            raw_html = true;
            block_html.push_str(h);
            continue;
        }
        if !block_html.is_empty() {
            events.push(Event::Html(sanitize::neutralise(&block_html).into()));
            block_html.clear();
        }
        match step {
            Step::Open(event) => {
                offset.push(0);
                cursor.push(0);
                events.push(event);
            }
            Step::Text(t) => {
                let Some(&para) = walk.open.last() else {
                    events.push(Event::Text(t));
                    continue;
                };
                let first = ins.partition_point(|x| x.paragraph < para);
                let mine = ins[first..]
                    .iter()
                    .copied()
                    .take_while(|x| x.paragraph == para);
                apply(
                    &t,
                    offset[para],
                    mine,
                    &mut cursor[para],
                    link_depth > 0,
                    &mut |p| {
                        events.push(match p {
                            Piece::Text(s) => Event::Text(CowStr::from(s.to_string())),
                            Piece::Html(h) => Event::InlineHtml(CowStr::from(h.to_string())),
                        })
                    },
                );
                offset[para] += t.len();
            }
            Step::Other(event) => {
                let event = match event {
                    Event::InlineHtml(h) if !flavor.unsafe_html => {
                        raw_html = true;
                        Event::InlineHtml(sanitize::neutralise(&h).into())
                    }
                    Event::Start(Tag::Link {
                        link_type,
                        dest_url,
                        title,
                        id,
                    }) => {
                        link_depth += 1;
                        let dest_url = rewrite_url(dest_url, base_path);
                        Event::Start(Tag::Link {
                            link_type,
                            dest_url,
                            title,
                            id,
                        })
                    }
                    Event::End(TagEnd::Link) => {
                        link_depth = link_depth.saturating_sub(1);
                        event
                    }
                    Event::Start(Tag::Image {
                        link_type,
                        dest_url,
                        title,
                        id,
                    }) => {
                        let dest_url = rewrite_url(dest_url, base_path);
                        Event::Start(Tag::Image {
                            link_type,
                            dest_url,
                            title,
                            id,
                        })
                    }
                    Event::Code(ref c) => {
                        // Inline code counts as text for offsets but takes no insertion.
                        if let Some(&para) = walk.open.last() {
                            offset[para] += c.len();
                        }
                        event
                    }
                    e => e,
                };
                events.push(event);
            }
        }
    }
    if !block_html.is_empty() {
        events.push(Event::Html(sanitize::neutralise(&block_html).into()));
    }
    let mut html = String::with_capacity(body.len() * 3 / 2);
    pulldown_cmark::html::push_html(&mut html, events.into_iter());
    if raw_html {
        html = sanitize::clean(&html);
    }
    html
}

/// Every link and image of a Markdown body as the page shows it (after [`rewrite_url`]), with
/// the byte offset in `body` where it is written, in order.
pub fn link_offsets(body: &str, base_path: &str) -> Vec<(String, usize)> {
    Parser::new_ext(body, options(Flavor::default()))
        .into_offset_iter()
        .filter_map(|(event, range)| match event {
            Event::Start(Tag::Link { dest_url, .. } | Tag::Image { dest_url, .. }) => {
                Some((rewrite_url(dest_url, base_path).to_string(), range.start))
            }
            _ => None,
        })
        .collect()
}

/// Makes a writer's URL safe and sub-path aware: `javascript:` and other script-capable
/// schemes become `#`, and `/path` becomes `{base_path}path`.
pub fn rewrite_url<'a>(url: CowStr<'a>, base_path: &str) -> CowStr<'a> {
    let trimmed = url.trim();
    if let Some(colon) = trimmed.find(':') {
        let scheme = &trimmed[..colon];
        let is_scheme = !scheme.is_empty()
            && scheme
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'+' | b'-' | b'.'))
            && !trimmed[..colon].contains('/');
        if is_scheme {
            let lower = scheme.to_ascii_lowercase();
            return if matches!(lower.as_str(), "http" | "https" | "mailto" | "tel" | "ftp") {
                url
            } else {
                CowStr::from("#")
            };
        }
    }
    if trimmed.starts_with('/') && !trimmed.starts_with("//") {
        CowStr::from(format!("{}{}", base_path.trim_end_matches('/'), trimmed))
    } else {
        url
    }
}

enum Piece<'s> {
    Text(&'s str),
    Html(&'s str),
}

/// Splits `text` (which starts at byte `offset` of its paragraph) around the insertions that
/// fall wholly inside it. `cursor` is how far the paragraph has been consumed by earlier
/// insertions, so overlapping ones are skipped rather than nested wrongly.
fn apply<'s, 'i>(
    text: &'s str,
    offset: usize,
    ins: impl Iterator<Item = &'i Insertion>,
    cursor: &mut usize,
    in_link: bool,
    emit: &mut dyn FnMut(Piece<'_>),
) where
    's: 'i,
{
    let end = offset + text.len();
    let mut pos = 0;
    for x in ins {
        let fits = x.start >= offset.max(*cursor)
            && x.end <= end
            && x.start <= x.end
            && text.is_char_boundary(x.start - offset)
            && text.is_char_boundary(x.end - offset);
        if !fits || (x.is_link && in_link) {
            continue;
        }
        let (a, b) = (x.start - offset, x.end - offset);
        if a < pos {
            continue;
        }
        if a > pos {
            emit(Piece::Text(&text[pos..a]));
        }
        emit(Piece::Html(&x.open));
        if b > a {
            emit(Piece::Text(&text[a..b]));
        }
        emit(Piece::Html(&x.close));
        pos = b;
        *cursor = x.end;
    }
    if pos < text.len() {
        emit(Piece::Text(&text[pos..]));
    }
}

/// Escapes text for HTML element content and attribute values.
pub fn escape_into(out: &mut String, text: &str) {
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
}

/// Escapes text for HTML.
pub fn escape(text: &str) -> String {
    let mut s = String::with_capacity(text.len());
    escape_into(&mut s, text);
    s
}

/// One step of the shared block walk.
enum Step<'a> {
    /// A block opened; the event already carries its `id="p-N"`.
    Open(Event<'a>),
    /// Text inside the innermost open block (or outside any block).
    Text(CowStr<'a>),
    /// Any other event, unchanged.
    Other(Event<'a>),
}

/// Numbers blocks as pulldown-cmark reports them. `open` is the stack of block indices.
struct Walk<'a> {
    events: Peekable<TextMergeStream<'a, Parser<'a>>>,
    open: Vec<usize>,
    /// For each open list item: was it counted as a block (a tight item)?
    items: Vec<bool>,
    next: usize,
    in_image: usize,
    /// The level of the last heading written; the page's own title is level 1.
    heading: HeadingLevel,
    /// Headings opened, with the level written for each, so their ends match.
    headings: Vec<HeadingLevel>,
}

impl<'a> Walk<'a> {
    fn new(body: &'a str, flavor: Flavor) -> Self {
        Walk {
            events: TextMergeStream::new(Parser::new_ext(body, options(flavor))).peekable(),
            open: Vec::new(),
            items: Vec::new(),
            next: 0,
            in_image: 0,
            heading: HeadingLevel::H1,
            headings: Vec::new(),
        }
    }

    fn begin(&mut self) -> usize {
        let i = self.next;
        self.next += 1;
        self.open.push(i);
        i
    }

    fn next_step(&mut self) -> Option<Step<'a>> {
        let event = self.events.next()?;
        Some(match event {
            Event::Start(Tag::Paragraph) => {
                let i = self.begin();
                Step::Open(Event::InlineHtml(CowStr::from(format!("<p id=\"p-{i}\">"))))
            }
            Event::Start(Tag::Heading {
                level,
                classes,
                attrs,
                ..
            }) => {
                let i = self.begin();
                // The article sits under the page's <h1>: its headings start at <h2> and never
                // skip a level, whatever the writer typed ("### Background" first becomes h2).
                let level = (level as usize).clamp(2, self.heading as usize + 1);
                let level = HeadingLevel::try_from(level).unwrap_or(HeadingLevel::H6);
                self.heading = level;
                self.headings.push(level);
                Step::Open(Event::Start(Tag::Heading {
                    level,
                    id: Some(CowStr::from(format!("p-{i}"))),
                    classes,
                    attrs,
                }))
            }
            Event::End(TagEnd::Heading(_)) => {
                self.open.pop();
                let level = self.headings.pop().unwrap_or(HeadingLevel::H2);
                Step::Other(Event::End(TagEnd::Heading(level)))
            }
            Event::Start(Tag::Item) => {
                let tight = !matches!(
                    self.events.peek(),
                    Some(Event::Start(
                        Tag::Paragraph | Tag::List(_) | Tag::CodeBlock(_)
                    )) | Some(Event::End(TagEnd::Item))
                );
                self.items.push(tight);
                if tight {
                    let i = self.begin();
                    Step::Open(Event::InlineHtml(CowStr::from(format!(
                        "<li id=\"p-{i}\">"
                    ))))
                } else {
                    Step::Other(Event::Start(Tag::Item))
                }
            }
            Event::End(TagEnd::Paragraph) => {
                self.open.pop();
                Step::Other(event)
            }
            Event::End(TagEnd::Item) => {
                if self.items.pop() == Some(true) {
                    self.open.pop();
                }
                Step::Other(event)
            }
            Event::Start(Tag::Image { .. }) => {
                self.in_image += 1;
                Step::Other(event)
            }
            Event::End(TagEnd::Image) => {
                self.in_image = self.in_image.saturating_sub(1);
                Step::Other(event)
            }
            Event::Text(t) if self.in_image == 0 => Step::Text(t),
            Event::SoftBreak | Event::HardBreak if self.in_image == 0 && !self.open.is_empty() => {
                // A line break inside a block reads as a space in the plain text; keep it as
                // a real break in the HTML by emitting the text form only.
                Step::Text(CowStr::Borrowed(" "))
            }
            e => Step::Other(e),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const MD: &str = "# Talks in Doha\n\nAdam Boehler met *Hamas* officials.\nThey spoke for hours.\n\n- first item\n- second item\n\n> A quoted paragraph.\n\n```\ncode is not prose\n```\n\n![Alt text](x.png)\n";

    #[test]
    fn paragraphs_are_the_text_blocks_in_order() {
        let p = paragraphs(MD, Format::Markdown, Flavor::default());
        assert_eq!(
            p,
            vec![
                "Talks in Doha",
                "Adam Boehler met Hamas officials. They spoke for hours.",
                "first item",
                "second item",
                "A quoted paragraph.",
                "",
            ]
        );
    }

    #[test]
    fn every_block_gets_the_id_of_its_paragraph_index() {
        let html = to_html(MD, Format::Markdown, Flavor::default(), "/", &[]);
        for i in 0..5 {
            assert!(
                html.contains(&format!("id=\"p-{i}\"")),
                "p-{i} missing in {html}"
            );
        }
        assert!(
            html.contains("<h2 id=\"p-0\">"),
            "the article's # heading sits under the page title"
        );
    }

    #[test]
    fn headings_start_at_h2_and_never_skip_a_level() {
        let body = "### First\n\ntext\n\n##### Deep\n\n# Top\n\n#### Again\n";
        let html = to_html(body, Format::Markdown, Flavor::default(), "/", &[]);
        let levels: Vec<&str> = html
            .match_indices("<h")
            .map(|(i, _)| &html[i..i + 3])
            .collect();
        assert_eq!(levels, ["<h2", "<h3", "<h2", "<h3"], "{html}");
    }

    #[test]
    fn insertions_wrap_exactly_the_given_bytes() {
        let link = Insertion {
            paragraph: 1,
            start: 0,
            end: 12,
            open: "<a href=\"/people/adam-boehler/\">".into(),
            close: "</a>".into(),
            is_link: true,
        };
        let html = to_html(MD, Format::Markdown, Flavor::default(), "/", &[link]);
        assert!(
            html.contains("<a href=\"/people/adam-boehler/\">Adam Boehler</a> met"),
            "{html}"
        );
    }

    #[test]
    fn plain_text_articles_have_a_paragraph_per_line_and_drop_read_more() {
        let body = "Caption line. REUTERS/Someone\n\nFirst <b>para</b>.\nSecond para.\nRead More\n";
        let p = paragraphs(body, Format::Text, Flavor::default());
        assert_eq!(
            p,
            vec![
                "Caption line. REUTERS/Someone",
                "First <b>para</b>.",
                "Second para."
            ]
        );
        let html = to_html(body, Format::Text, Flavor::default(), "/", &[]);
        assert!(
            html.contains("<p id=\"p-1\">First &lt;b&gt;para&lt;/b&gt;.</p>"),
            "{html}"
        );
    }

    #[test]
    fn raw_html_is_sanitised_unless_allowed() {
        let body = "Hello <script>alert(1)</script> <b onclick=\"x()\">bold</b>\n";
        let html = to_html(body, Format::Markdown, Flavor::default(), "/", &[]);
        assert!(
            !html.contains("<script") && !html.contains("onclick"),
            "{html}"
        );
        assert!(
            html.contains("id=\"p-0\""),
            "ids survive sanitising: {html}"
        );
        let unsafe_ok = Flavor {
            unsafe_html: true,
            ..Flavor::default()
        };
        assert!(to_html(body, Format::Markdown, unsafe_ok, "/", &[]).contains("<script>"));
    }

    #[test]
    fn a_stray_tag_never_swallows_the_paragraphs_after_it() {
        // Found by the markdown fuzz target: after `-<script>`, `<cs>` or `<form` every later
        // paragraph ended up inside that element, and the sanitiser dropped them, ids and all.
        for tag in [
            "script",
            "STYLE",
            "textarea",
            "title",
            "select",
            "xmp",
            "plaintext",
            "cs",
            "g",
            "form",
        ] {
            for body in [
                format!("-<{tag}>\n\nd\n"),
                format!("- a <{tag}> b\n- c\n\nd\n"),
                format!("<{tag}>\n\nd\n"),
                format!("<form {tag}\n\nd\n"),
            ] {
                let html = to_html(&body, Format::Markdown, Flavor::default(), "/", &[]);
                let count = paragraphs(&body, Format::Markdown, Flavor::default()).len();
                for i in 0..count {
                    assert!(
                        html.contains(&format!("id=\"p-{i}\"")),
                        "p-{i} lost: {html}"
                    );
                }
                let end = html.trim_end();
                let end = end.strip_suffix("</p>").unwrap_or(end);
                assert!(
                    end.ends_with('d'),
                    "{body:?} lost the last paragraph: {html}"
                );
                assert!(
                    !html
                        .to_ascii_lowercase()
                        .contains(&format!("<{}", tag.to_ascii_lowercase())),
                    "{html}"
                );
            }
        }
    }

    #[test]
    fn script_urls_are_dropped_and_root_links_follow_the_base_path() {
        let body = "[x](javascript:alert(1)) [y](/timeline/) [z](https://example.org/)\n";
        let html = to_html(body, Format::Markdown, Flavor::default(), "/repo/", &[]);
        assert!(!html.contains("javascript"), "{html}");
        assert!(html.contains("href=\"/repo/timeline/\""), "{html}");
        assert!(html.contains("href=\"https://example.org/\""), "{html}");
    }
}
