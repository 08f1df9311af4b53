//! The article's text as clean Markdown: readability (dom_smoothie, a port of Mozilla's
//! reader-mode algorithm) finds the body; this module only clears what readability keeps but
//! a dossier must not (captions and photo credits, share bars, "Related" and "Read more"
//! blocks, advertisements, newsletter prompts) and hands the rest to dom_query's Markdown
//! writer (paragraphs, headings, lists, block quotes, links, emphasis, tables).

use dom_query::Document;
use dom_smoothie::{Config, Readability};

/// Page parts removed before readability scores the page. Readability drops most chrome by
/// itself; these are the kinds it keeps inside an article's own container. Captions are
/// dropped rather than marked so that extraction never reads a photo caption as prose.
const NOISE: &[&str] = &[
    "figure",
    "figcaption",
    "picture",
    "img",
    "video",
    "audio",
    "svg",
    "iframe",
    "form",
    "button",
    "nav",
    "aside",
    "footer",
    "[role=navigation]",
    "[role=complementary]",
    "[class*=caption]",
    "[class*=credit]",
    "[class*=share]",
    "[class*=social]",
    "[class*=related]",
    "[id*=related]",
    "[class*=read-more]",
    "[class*=newsletter]",
    "[class*=advert]",
    "[class*=ad-slot]",
    "[class*=promo]",
    "[class*=subscribe]",
    "amp-img",
    "amp-ad",
    "amp-sidebar",
    "amp-social-share",
];

/// Blocks whose text starts with one of these (lower case) and that are short are a site's
/// boilerplate, not the story: "Read more: …", "Sign up for our newsletter".
const BOILERPLATE: &str = include_str!("boilerplate.txt");

/// Longest block, in words, that can still be boilerplate; longer ones are prose.
const BOILERPLATE_MAX_WORDS: usize = 30;

/// Tags the Markdown writer skips whole.
const SKIP: &[&str] = &[
    "script", "style", "meta", "head", "noscript", "template", "figure", "img",
];

/// The title readability reads (from `<title>` or the main heading) and the body of a whole
/// page, found by readability. `base` makes relative links absolute. `None` when
/// readability finds no article in the page.
pub fn from_page(doc: Document, base: Option<&str>) -> Option<(Option<String>, String)> {
    clear_noise(&doc);
    let config = Config {
        // The page's own metadata is read by `page`, in the order the import promises.
        disable_json_ld: true,
        ..Config::default()
    };
    let mut readability = Readability::with_document(doc, base, Some(config)).ok()?;
    let article = readability.parse().ok()?;
    let title = Some(article.title.trim().to_string()).filter(|t| !t.is_empty());
    Some((title, from_fragment(&article.content)))
}

/// The body of an HTML fragment that already is the article (a feed item's content, a live
/// blog's updates): the same cleaning, no readability.
pub fn from_fragment(html: &str) -> String {
    let doc = Document::fragment(html);
    clear_noise(&doc);
    clear_boilerplate(&doc);
    tidy(&doc.md(Some(SKIP)))
}

fn clear_noise(doc: &Document) {
    for sel in NOISE {
        if let Some(found) = doc.try_select(sel) {
            found.remove();
        }
    }
}

fn clear_boilerplate(doc: &Document) {
    let phrases: Vec<&str> = BOILERPLATE
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .collect();
    let Some(blocks) = doc.try_select("p, li, h2, h3, h4, div") else {
        return;
    };
    for block in blocks.iter() {
        let text = block.text().to_lowercase();
        let text = text.trim();
        if text.split_whitespace().count() <= BOILERPLATE_MAX_WORDS
            && phrases.iter().any(|p| text.starts_with(p))
        {
            block.remove();
        }
    }
}

/// Trims trailing spaces, drops empty list items and collapses runs of blank lines.
fn tidy(markdown: &str) -> String {
    let mut out = String::with_capacity(markdown.len());
    let mut blank = true;
    for line in markdown.lines().map(str::trim_end) {
        let empty = line.trim().is_empty() || matches!(line.trim(), "-" | "*" | ">");
        if empty {
            if !blank {
                out.push('\n');
            }
            blank = true;
        } else {
            out.push_str(line);
            out.push('\n');
            blank = false;
        }
    }
    out.trim().to_string() + "\n"
}

/// The body without a first heading that repeats the title (readability keeps the page's
/// main heading, which the front matter already holds).
pub fn without_title(markdown: String, title: &str) -> String {
    let same = |h: &str| words_of(h) == words_of(title);
    match markdown.split_once('\n') {
        Some((first, rest)) if first.starts_with('#') && same(first.trim_start_matches('#')) => {
            rest.trim_start().to_string()
        }
        _ => markdown,
    }
}

fn words_of(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

/// Words in a body, as a reader counts them.
pub fn words(markdown: &str) -> usize {
    markdown
        .split_whitespace()
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .count()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paragraphs_lists_quotes_and_links_become_markdown() {
        let md = from_fragment(
            "<p>First <em>point</em> with <a href=\"https://a.example/x\">a link</a>.</p>\
             <ul><li>one</li><li>two</li></ul><blockquote><p>Quoted words.</p></blockquote>",
        );
        assert!(
            md.contains("First *point* with [a link](https://a.example/x)."),
            "{md}"
        );
        assert!(md.contains("- one\n- two"), "{md}");
        assert!(md.contains("> Quoted words."), "{md}");
    }

    #[test]
    fn captions_share_bars_and_read_more_blocks_are_dropped() {
        let md = from_fragment(
            "<figure><img src=a.jpg><figcaption>A man waves. Photo: Staff</figcaption></figure>\
             <p>The story itself.</p><p class=caption>Another caption</p>\
             <div class=share-tools><a href=x>Share on X</a></div>\
             <p>Read more: <a href=/y>Another story</a></p>\
             <p>Related: what happened next</p>",
        );
        assert_eq!(md, "The story itself.\n");
    }

    #[test]
    fn a_long_paragraph_that_starts_like_boilerplate_is_kept() {
        let long = format!("<p>Sign up {}</p>", "word ".repeat(40));
        assert!(from_fragment(&long).starts_with("Sign up"));
    }

    #[test]
    fn a_first_heading_that_repeats_the_title_goes() {
        let md = "## Witkoff says talks will begin\n\nText.\n".to_string();
        assert_eq!(
            without_title(md.clone(), "Witkoff says talks will begin"),
            "Text.\n"
        );
        assert_eq!(without_title(md.clone(), "Another title"), md);
    }

    #[test]
    fn words_are_counted_without_markup() {
        assert_eq!(words("- one two\n> three [four](x) —"), 4);
    }
}
