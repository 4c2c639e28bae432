//! The mechanisms through which the Council follows a country situation, suggested when a
//! situation is planned (another can be typed).

/// In the order the form suggests them.
pub const MECHANISMS: [&str; 9] = [
    "Commission of inquiry",
    "Special rapporteur",
    "Independent expert",
    "Fact-finding mission",
    "Team of international experts",
    "Group of experts",
    "OHCHR report",
    "Oral update by the High Commissioner",
    "Resolution under negotiation",
];
