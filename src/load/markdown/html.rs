//! An article body from Markdown (or plain text) to HTML: paragraph anchors, insertions,
//! links under the site's base path, sanitised raw HTML.

use super::{Flavor, Format, Insertion, Step, Walk, options, sanitize, text_lines};
use pulldown_cmark::{CowStr, Event, Parser, Tag, TagEnd};

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
    for (i, line) in text_lines(body).iter().enumerate() {
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
