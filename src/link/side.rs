//! Sides: which party a speaker speaks for (the United States, Israel, Hamas, the mediators),
//! from the registry's affiliation and nationality, or else from the words that describe them.
//! The reactions page groups quotations by side.

use serde::Serialize;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Side {
    #[serde(rename = "us")]
    UnitedStates,
    Israel,
    Hamas,
    Mediators,
}

/// Cue words per side, checked in order; the first side with a cue wins.
const CUES: &[(Side, &[&str])] = &[
    (
        Side::Hamas,
        &["hamas", "qassam", "palestinian islamic jihad"],
    ),
    (
        Side::Mediators,
        &[
            "qatar", "qatari", "egypt", "egyptian", "turkey", "turkish", "türkiye", "turkiye",
            "mediator", "doha", "cairo",
        ],
    ),
    (
        Side::UnitedStates,
        &[
            "united states",
            "u.s.",
            "us ",
            "american",
            "white house",
            "state department",
            "washington",
            "president trump",
            "trump administration",
            "pentagon",
        ],
    ),
    (
        Side::Israel,
        &[
            "israel",
            "idf",
            "knesset",
            "prime minister's office",
            "netanyahu",
            "mossad",
            "shin bet",
            "hostages and missing families forum",
        ],
    ),
];

impl Side {
    pub fn label(self) -> &'static str {
        match self {
            Side::UnitedStates => "United States",
            Side::Israel => "Israel",
            Side::Hamas => "Hamas",
            Side::Mediators => "Mediators",
        }
    }

    /// All sides in the order the reactions page shows them.
    pub const ALL: [Side; 4] = [
        Side::UnitedStates,
        Side::Israel,
        Side::Hamas,
        Side::Mediators,
    ];

    /// The side named by free text such as "a senior Hamas official" or "Qatari Prime
    /// Minister".
    pub fn from_words(text: &str) -> Option<Side> {
        // Cues must start at a word boundary ("israel" matches "Israeli", "us " does not
        // match "various ").
        let words: String = text
            .to_lowercase()
            .chars()
            .map(|c| {
                if c.is_alphanumeric() || c == '.' || c == '\'' {
                    c
                } else {
                    ' '
                }
            })
            .collect();
        let t = format!(" {words} ");
        CUES.iter()
            .find(|(_, cues)| {
                cues.iter().any(|c| {
                    t.match_indices(c)
                        .any(|(i, _)| t.as_bytes().get(i.wrapping_sub(1)) == Some(&b' '))
                })
            })
            .map(|(s, _)| *s)
    }
}

/// The side of an entity: the registry's affiliation first (what someone speaks for), then
/// the description, then nationality (a dual national speaks for neither by birth alone, so
/// nationality only decides when it names one side).
pub fn classify(
    name: &str,
    affiliation: Option<&str>,
    nationality: &[String],
    description: Option<&str>,
) -> Option<Side> {
    if let Some(s) = affiliation.and_then(Side::from_words) {
        return Some(s);
    }
    if let Some(s) = description.and_then(Side::from_words) {
        return Some(s);
    }
    let sides: Vec<Side> = nationality
        .iter()
        .filter_map(|n| Side::from_words(n))
        .collect();
    if let [one] = sides.as_slice() {
        return Some(*one);
    }
    // An organisation's own name can say it ("Hamas", "Israel Defense Forces").
    Side::from_words(name).filter(|_| affiliation.is_none() && description.is_none())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn affiliation_decides_the_side() {
        assert_eq!(
            classify(
                "Karoline Leavitt",
                Some("United States government"),
                &[],
                None
            ),
            Some(Side::UnitedStates)
        );
        assert_eq!(
            classify("Majed al-Ansari", Some("Government of Qatar"), &[], None),
            Some(Side::Mediators)
        );
    }

    #[test]
    fn descriptions_name_sides_too() {
        assert_eq!(
            Side::from_words("a senior Hamas official"),
            Some(Side::Hamas)
        );
        assert_eq!(
            Side::from_words("Israeli Consul General in New York"),
            Some(Side::Israel)
        );
        assert_eq!(Side::from_words("a source familiar with the talks"), None);
        assert_eq!(Side::from_words("a previous statement"), None);
        assert_eq!(Side::from_words("the US envoy"), Some(Side::UnitedStates));
    }

    #[test]
    fn dual_nationality_alone_decides_nothing() {
        let both = vec!["United States".to_string(), "Israel".to_string()];
        assert_eq!(classify("Edan Alexander", None, &both, None), None);
    }
}
