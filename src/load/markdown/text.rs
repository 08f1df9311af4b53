//! The paragraphs of a plain-text body: one a line, except a line broken in the middle of
//! a sentence, and without a "Read More" block copied along with the article.

/// The lines of a plain-text body that are paragraphs: non-empty, trimmed, and not part of a
/// trailing "Read More" or "Related" block copied along with an article. A line that stops
/// mid-sentence (on a lower-case word or a comma) and a next line that opens in lower case
/// are one paragraph wrapped by hand or by a copy from a page ("… the nightmare is" ¶ "over.
/// You're safe …"), joined with a space; a heading or a paragraph never opens in lower case.
pub(super) fn text_lines(body: &str) -> Vec<std::borrow::Cow<'_, str>> {
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
    let mut out: Vec<std::borrow::Cow<'_, str>> = Vec::with_capacity(end);
    for (i, line) in lines.into_iter().take(end).enumerate() {
        let broken = out.last().is_some_and(|prev| {
            prev.ends_with(|c: char| c == ',' || c.is_lowercase())
                && line.starts_with(char::is_lowercase)
        });
        match out.last_mut() {
            Some(prev) if broken && i > 0 => {
                let joined = prev.to_mut();
                joined.push(' ');
                joined.push_str(line);
            }
            _ => out.push(line.into()),
        }
    }
    out
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

#[cfg(test)]
mod tests {
    use super::text_lines;

    #[test]
    fn a_line_broken_mid_sentence_joins_the_next_one_in_lower_case() {
        let body = "Talks resume\n\nShe said: \u{201c}I will tell him: \u{2018}the wait is\nover.\u{2019} We are ready.\u{201d}\nNext line opens a paragraph.\nA list,\nthen more, and\nThe End";
        let lines = text_lines(body);
        assert_eq!(
            lines,
            [
                "Talks resume",
                "She said: \u{201c}I will tell him: \u{2018}the wait is over.\u{2019} We are ready.\u{201d}",
                "Next line opens a paragraph.",
                "A list, then more, and",
                "The End",
            ]
        );
    }
}
