//! Where an event happened, as far as the calendar cares: in Russia (which counted Old Style
//! until 1 (14) February 1918) or elsewhere.
//!
//! Takes a sentence and returns whether it names Russian places, people and institutions,
//! other countries and cities, both or neither; [`Place::of_text`] counts a whole article
//! the same way, so an event whose sentence names no place takes its paragraph's or its
//! article's setting.

/// Words that set a sentence in the Russian Empire (lower case; a word counts when it starts
/// with one of these).
const RUSSIAN: &[&str] = &[
    "russia", "petersburg", "petrograd", "moscow", "muscov", "kiev", "kyiv", "odessa",
    "kronstadt", "tsar", "czar", "romanov", "duma", "bolshevik", "menshevik", "soviet",
    "siberia", "volga", "baku", "tiflis", "kazan", "kharkov", "novgorod", "smolny", "nevsky",
    "cossack", "lenin", "trotsky", "kerensky", "rasputin", "stolypin", "plekhanov", "kornilov",
    "zemstvo", "narodnik", "decembrist", "sevastopol", "vladivostok", "tsarina", "tsarist",
    "commissar", "brest-litovsk", "pskov", "arkhangelsk", "murmansk", "winter palace",
    "tauride", "finland station", "kremlin", "okhrana", "kadet", "socialist revolutionar",
];

/// Words that set a sentence outside Russia: countries, their people and large cities.
const FOREIGN: &[&str] = &[
    "france", "french", "paris", "german", "berlin", "munich", "prussia", "britain", "british",
    "england", "english", "london", "scotland", "ireland", "irish", "dublin", "united states",
    "america", "washington", "new york", "chicago", "japan", "tokyo", "china", "chinese",
    "beijing", "peking", "shanghai", "italy", "italian", "rome", "austria", "vienna",
    "hungar", "budapest", "spain", "spanish", "madrid", "portug", "lisbon", "sweden",
    "swedish", "stockholm", "norw", "oslo", "denmark", "danish", "copenhagen", "netherlands",
    "dutch", "amsterdam", "belgi", "brussels", "switzerland", "swiss", "geneva", "zurich",
    "turkey", "turkish", "ottoman", "constantinople", "istanbul", "india", "mexic", "canad",
    "australia", "brazil", "argentin", "egypt", "versailles", "portsmouth", "korea",
];

/// How a text is set: counts of Russian and foreign words.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Place {
    pub russian: usize,
    pub foreign: usize,
}

impl Place {
    /// Counts the setting words of `text`.
    pub fn of_text(text: &str) -> Place {
        let lower = text.to_lowercase();
        let count = |list: &[&str]| {
            list.iter()
                .map(|w| {
                    lower
                        .match_indices(w)
                        .filter(|(at, _)| {
                            // A word start: "russia" in "Russian", not "Prussia".
                            lower[..*at].chars().next_back().is_none_or(|c| !c.is_alphanumeric())
                        })
                        .count()
                })
                .sum()
        };
        Place {
            russian: count(RUSSIAN),
            foreign: count(FOREIGN),
        }
    }

    /// `Some(true)` when the text is set in Russia, `Some(false)` when elsewhere, `None` when
    /// it does not say (no place, or both).
    pub fn in_russia(self) -> Option<bool> {
        match (self.russian > 0, self.foreign > 0) {
            (true, false) => Some(true),
            (false, true) => Some(false),
            (true, true) if self.russian >= 2 * self.foreign => Some(true),
            (true, true) if self.foreign >= 2 * self.russian => Some(false),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sentences_are_placed_by_their_words() {
        assert_eq!(Place::of_text("The tsar abdicated in Pskov.").in_russia(), Some(true));
        assert_eq!(Place::of_text("Paris rose at dawn.").in_russia(), Some(false));
        assert_eq!(Place::of_text("Prussian troops laid siege.").in_russia(), Some(false));
        assert_eq!(Place::of_text("The strike spread.").in_russia(), None);
        assert_eq!(
            Place::of_text("The Russian envoy signed in the United States.").in_russia(),
            None
        );
    }
}
