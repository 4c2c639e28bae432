//! The rooms of the Palais des Nations an advocate books or meets in.

/// Where the Council's plenary meets, and so every meeting unless told otherwise.
pub const PLENARY_ROOM: &str = "Room XX";

/// The side-event rooms, suggested when a side event is planned (another room can be typed).
pub const SIDE_EVENT_ROOMS: [&str; 4] = ["Room XXIII", "Room XXIV", "Room XXV", "Room XXVII"];
