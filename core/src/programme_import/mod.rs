//! Reading the programme as the Council publishes it (the Order of the Day as text) into meetings.
pub mod calendar;
pub mod clock_words;
pub mod csv_programme;
pub mod events;
pub mod order_of_the_day;
pub mod report_symbols;
pub mod word;
