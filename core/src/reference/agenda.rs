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

/// The official title of item `n`.
pub fn title(n: u8) -> Option<&'static str> {
    STANDING_ITEMS
        .iter()
        .find(|(i, _)| *i == n)
        .map(|(_, t)| *t)
}
