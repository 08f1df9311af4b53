//! Photo captions told by their credit: a caption sits between paragraphs of the story on a
//! news site, and copied text keeps it as a paragraph of its own. What marks it is the credit
//! of the photographer and agency it closes on, "Credit Jiji Press/Agence France-Presse" or
//! "(Family Handout/PA)", "(Photo by Jane Roe/Getty Images)".

use super::Para;
use crate::extract::text::is_capitalised;

/// "A photograph of the journalist released in 2016. … Credit Jiji Press/Agence
/// France-Presse — Getty Images": a paragraph whose last sentence, after another, is
/// "Credit" and the names of photographers and agencies (capitalised words, "for", "via")
/// is a photo caption, as a newspaper's site prints them.
pub(super) fn closes_on_credit(p: &Para<'_>) -> bool {
    let Some(k) = p.toks.iter().rposition(|t| t.text(p.text) == "Credit") else {
        return false;
    };
    let rest: Vec<&str> = p.toks[k + 1..]
        .iter()
        .filter(|t| t.is_word())
        .map(|t| t.text(p.text))
        .collect();
    let opens = k > 0 && (p.starts[k] || !p.toks[k - 1].is_word());
    let before = p.toks[..k].iter().filter(|t| t.is_word()).count();
    opens
        && before > 2
        && !rest.is_empty()
        && rest
            .iter()
            .all(|w| is_capitalised(w) || matches!(*w, "for" | "via" | "and" | "of" | "the"))
}

/// "Anoosheh Ashoori (Family Handout/PA)", "Protesters in Tel Aviv. (Amelie Botbol/Fox
/// News)", "(Photo by Jane Roe/Getty Images)": a paragraph whose last characters are a
/// parenthesis holding a photo credit is a caption. A credit is three words or more, all
/// capitalised but for the small words of a credit, either with a slash between the
/// photographer and the agency or opening on "Photo", "Credit" or "Image" (or two words, an
/// agency's and "Photo"). Not a party and state after a name ("(D/NY)"), too short, nor a
/// parenthesis of prose.
pub(super) fn ends_on_photo_credit(p: &Para<'_>) -> bool {
    let Some(inside) = p.text.trim_end().strip_suffix(')') else {
        return false;
    };
    let Some(open) = inside.rfind('(') else {
        return false;
    };
    let inner = inside[open + 1..].trim();
    let words: Vec<&str> = inner
        .split(|c: char| c.is_whitespace() || c == '/')
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .filter(|w| !w.is_empty())
        .collect();
    let credited = words.first().is_some_and(|w| {
        matches!(
            w.to_lowercase().as_str(),
            "photo" | "photos" | "photograph" | "credit" | "image" | "picture"
        )
    });
    let small = |w: &str| {
        matches!(
            w,
            "by" | "via" | "for" | "of" | "and" | "the" | "photo" | "credit"
        )
    };
    // "(ANI Photo)", "(AP Photos)": an agency's name before the word closes a credit too,
    // though two words make it.
    let agency_photo = words.len() >= 2
        && words
            .last()
            .is_some_and(|w| matches!(*w, "Photo" | "Photos"));
    (words.len() >= 3 && (credited || inner.contains('/')) || agency_photo)
        && words.iter().all(|w| is_capitalised(w) || small(w))
}

/// "(Photo: Police)", "(Photo credit: Jane Roe)", "(Video: John Roe)": a paragraph that is only a credit in
/// parentheses, as some sites print it on its own line under a photo, is a caption's.
pub(super) fn credit_alone(p: &Para<'_>) -> bool {
    let t = p.text.trim();
    let Some(inner) = t.strip_prefix('(').and_then(|t| t.strip_suffix(')')) else {
        return false;
    };
    let first = inner
        .split(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("");
    !inner.contains(['(', ')'])
        && matches!(
            first.to_lowercase().as_str(),
            "photo" | "photos" | "photograph" | "credit" | "image" | "picture" | "video"
        )
}

/// "Itzik and Talik Gvili ¶ (Photo: …)": the line over a credit of its own is the caption
/// when it tells no sentence: short, and not closed by a full stop, a question or a
/// quotation.
pub(super) fn untold_caption(p: &Para<'_>) -> bool {
    let t = p.text.trim_end();
    let words = p.toks.iter().filter(|t| t.is_word()).count();
    words > 0 && words <= 25 && !t.ends_with(['.', '?', '!', '"', '”', '’', '\'', ':'])
}
