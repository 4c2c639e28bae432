//! The ten standing agenda items of the Human Rights Council (A/HRC/36/1 and every session since).

/// The standing items, numbered 1 to 10, with their official titles.
pub const STANDING_ITEMS: [(u8, &str); 10] = [
    (1, "Organizational and procedural matters"),
    (2, "Annual report of the United Nations High Commissioner for Human Rights and reports of the Office of the High Commissioner and the Secretary-General"),
    (3, "Promotion and protection of all human rights, civil, political, economic, social and cultural rights, including the right to development"),
    (4, "Human rights situations that require the Council's attention"),
    (5, "Human rights bodies and mechanisms"),
    (6, "Universal periodic review"),
    (7, "Human rights situation in Palestine and other occupied Arab territories"),
    (8, "Follow-up to and implementation of the Vienna Declaration and Programme of Action"),
    (9, "Racism, racial discrimination, xenophobia and related forms of intolerance, follow-up to and implementation of the Durban Declaration and Programme of Action"),
    (10, "Technical assistance and capacity-building"),
];

/// The items' short titles, as menus and headings name them (item 1 first).
pub const SHORT_TITLES: [&str; 10] = [
    "Organizational and procedural matters",
    "Annual report of the High Commissioner",
    "Promotion and protection of all human rights",
    "Situations that require the Council's attention",
    "Human rights bodies and mechanisms",
    "Universal periodic review",
    "Palestine and other occupied Arab territories",
    "Vienna Declaration and Programme of Action",
    "Racism and the Durban Declaration",
    "Technical assistance and capacity-building",
];

/// The short title of item `n` ("Universal periodic review").
pub fn short_title(n: u8) -> Option<&'static str> {
    SHORT_TITLES.get(usize::from(n).checked_sub(1)?).copied()
}

/// The official title of item `n`.
pub fn title(n: u8) -> Option<&'static str> {
    STANDING_ITEMS
        .iter()
        .find(|(i, _)| *i == n)
        .map(|(_, t)| *t)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every standing item has a short title, and no other number has one.
    #[test]
    fn short_titles_follow_the_items() {
        assert_eq!(short_title(6), Some("Universal periodic review"));
        assert_eq!(short_title(0), None);
        assert_eq!(short_title(11), None);
        for (n, official) in STANDING_ITEMS {
            let short = short_title(n).unwrap();
            assert!(short.len() <= official.len(), "item {n}");
        }
    }
}
