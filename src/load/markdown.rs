//! Article bodies: Markdown (or plain text) to plain paragraphs for extraction, and to HTML for
//! the article page.
//!
//! Both walks number the text blocks (paragraphs, headings, tight list items) the same way, so
//! that paragraph `N` of the plain text is the element with `id="p-N"` in the HTML. Extraction
//! reports positions as (paragraph, byte range); the HTML walk can then wrap exactly those
//! bytes in a link or mark them with an anchor, without searching the HTML for names.

mod html;
mod text;
use text::text_lines;

pub use html::{escape, escape_into, link_offsets, rewrite_url, to_html};

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
        Format::Text => text_lines(body).into_iter().map(String::from).collect(),
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
