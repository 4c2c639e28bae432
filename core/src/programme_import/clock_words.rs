//! Times as an Order of the Day writes them — "9.00", "15:00", "9 a.m.", "3 p.m.", "12 noon",
//! "10 a.m. – 1 p.m.", "15.00 -- 18.00" — read as Geneva wall-clock times.
use chrono::NaiveTime;

/// One time: "9.00", "09:00", "15.00", "9 a.m.", "9.30 a.m.", "3 p.m.", "12 noon", "noon",
/// "midnight" (the words after it: "a.m." and "p.m." with or without dots or a space).
pub fn read_time(words: &str) -> Option<NaiveTime> {
    let w = words.trim().to_ascii_lowercase();
    let w = w.trim_end_matches('.');
    match w {
        "noon" | "12 noon" | "12.00 noon" | "12:00 noon" => {
            return NaiveTime::from_hms_opt(12, 0, 0)
        }
        "midnight" => return NaiveTime::from_hms_opt(0, 0, 0),
        _ => {}
    }
    let compact: String = w
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '.')
        .collect();
    // What follows the digits (with the dots and colons of "9.30" taken out first).
    let (clock, meridiem) = if let Some(c) = compact.strip_suffix("am") {
        (c, Some(false))
    } else if let Some(c) = compact.strip_suffix("pm") {
        (c, Some(true))
    } else {
        (compact.as_str(), None)
    };
    let (hour, minute) = split_clock(w, clock, meridiem.is_some())?;
    let hour = match meridiem {
        None => hour,
        Some(_) if !(1..=12).contains(&hour) => return None,
        Some(false) => hour % 12,
        Some(true) => hour % 12 + 12,
    };
    NaiveTime::from_hms_opt(hour, minute, 0)
}

/// The hour and minute of a clock: "9.30" or "9:30" in `words` (its separator kept), or whole
/// hours ("9") only where a meridiem says which half of the day.
fn split_clock(words: &str, digits: &str, meridiem: bool) -> Option<(u32, u32)> {
    if digits.is_empty() || !digits.chars().all(|c| c.is_ascii_digit() || c == ':') {
        return None;
    }
    let digits = digits.replace(':', "");
    let first = words.trim_start();
    let hour_len = first.chars().take_while(char::is_ascii_digit).count();
    if hour_len == 0 || hour_len > 2 {
        return None;
    }
    let hour: u32 = digits[..hour_len].parse().ok()?;
    let minute_digits = &digits[hour_len..];
    let minute = match minute_digits.len() {
        0 if meridiem => 0,
        2 => minute_digits.parse().ok()?,
        _ => return None,
    };
    (minute < 60 && hour < 24).then_some((hour, minute))
}

/// The dashes people and PDFs put between two times: en and em dashes, "--", a hyphen, "to".
const BETWEEN: &[&str] = &[" to ", "--", "–", "—", "‒", "-"];

/// A span "9.00 – 12.00", "10 a.m. – 1 p.m.", "3 – 6 p.m." (a start without a meridiem is the
/// latest reading of it before the end), "15.00 -- 18.00"; or one time without an end.
pub fn read_span(words: &str) -> Option<(NaiveTime, Option<NaiveTime>)> {
    for dash in BETWEEN {
        if let Some((from, to)) = words.split_once(dash) {
            let end = read_time(to)?;
            // "3 – 6 p.m.": the start takes the end's meridiem; "10 – 1 p.m.": the morning's.
            let start = read_time(from).or_else(|| {
                [" p.m.", " a.m."]
                    .into_iter()
                    .filter_map(|m| read_time(&format!("{}{m}", from.trim())))
                    .filter(|start| *start < end)
                    .max()
            })?;
            return (start < end).then_some((start, Some(end)));
        }
    }
    read_time(words).map(|t| (t, None))
}

/// Where a span of times opens a line: the span and the rest of the line after it ("9.00 – 12.00
/// Item 3 …" → 09:00–12:00 and "Item 3 …"). The span is the longest run of the line's first words
/// that reads as one.
pub fn leading_span(line: &str) -> Option<((NaiveTime, Option<NaiveTime>), &str)> {
    if !line.trim_start().starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    // Candidate ends: after each word, longest first; at most eight words ("10 a.m. – 1 p.m.").
    let mut ends: Vec<usize> = line
        .char_indices()
        .filter(|&(i, c)| c.is_whitespace() && i > 0)
        .map(|(i, _)| i)
        .take(8)
        .collect();
    ends.push(line.len());
    ends.sort_unstable();
    ends.dedup();
    for &end in ends.iter().rev() {
        let head = &line[..end];
        if let Some(span) = read_span(head) {
            // "9.00 – 12.00" must not stop at "9.00 –": an end that is only a dash reads no time.
            return Some((span, line[end..].trim_start()));
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t(h: u32, m: u32) -> NaiveTime {
        NaiveTime::from_hms_opt(h, m, 0).unwrap()
    }

    #[test]
    fn reads_the_ways_an_order_of_the_day_writes_a_time() {
        let cases = [
            ("9.00", t(9, 0)),
            ("09:00", t(9, 0)),
            ("15.00", t(15, 0)),
            ("9 a.m.", t(9, 0)),
            ("9.30 a.m.", t(9, 30)),
            ("3 p.m.", t(15, 0)),
            ("3 pm", t(15, 0)),
            ("12 noon", t(12, 0)),
            ("12 p.m.", t(12, 0)),
            ("12 a.m.", t(0, 0)),
            ("noon", t(12, 0)),
        ];
        for (words, time) in cases {
            assert_eq!(read_time(words), Some(time), "{words}");
        }
        for wrong in ["", "9", "25.00", "9.7", "13 p.m.", "nine", "9.00.00", "123"] {
            assert_eq!(read_time(wrong), None, "{wrong}");
        }
    }

    #[test]
    fn reads_spans_with_any_dash_and_a_meridiem_said_once() {
        assert_eq!(read_span("9.00 – 12.00"), Some((t(9, 0), Some(t(12, 0)))));
        assert_eq!(
            read_span("15.00 -- 18.00"),
            Some((t(15, 0), Some(t(18, 0))))
        );
        assert_eq!(read_span("13.00– 15.00"), Some((t(13, 0), Some(t(15, 0)))));
        assert_eq!(
            read_span("10 a.m. – 1 p.m."),
            Some((t(10, 0), Some(t(13, 0))))
        );
        assert_eq!(
            read_span("9 a.m. – 12 noon"),
            Some((t(9, 0), Some(t(12, 0))))
        );
        assert_eq!(read_span("3 – 6 p.m."), Some((t(15, 0), Some(t(18, 0)))));
        assert_eq!(read_span("10 – 1 p.m."), Some((t(10, 0), Some(t(13, 0)))));
        assert_eq!(read_span("3 p.m."), Some((t(15, 0), None)));
        assert_eq!(read_span("12.00 – 9.00"), None);
    }

    #[test]
    fn finds_the_span_that_opens_a_line() {
        let ((start, end), rest) =
            leading_span("9.00 – 12.00 Item 3 Promotion and protection").unwrap();
        assert_eq!(
            (start, end, rest),
            (t(9, 0), Some(t(12, 0)), "Item 3 Promotion and protection")
        );
        let ((start, end), rest) = leading_span("10 a.m. – 1 p.m. 5th meeting").unwrap();
        assert_eq!(
            (start, end, rest),
            (t(10, 0), Some(t(13, 0)), "5th meeting")
        );
        let ((start, end), rest) =
            leading_span("11.45 Visit of H.E. Ms. Dang Thi Ngoc Thinh,").unwrap();
        assert_eq!(
            (start, end, rest),
            (t(11, 45), None, "Visit of H.E. Ms. Dang Thi Ngoc Thinh,")
        );
        assert_eq!(leading_span("38th meeting"), None);
        assert_eq!(leading_span("Item 3"), None);
    }
}
