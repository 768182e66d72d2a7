//! Dates and timestamps as Stegvis stores and shows them: records carry RFC 3339 UTC timestamps,
//! and every date a user reads is written the Norwegian way, dd.mm.åååå.

use chrono::{NaiveDate, SecondsFormat, Utc};

/// The months' names, January first.
pub const MONTHS: [&str; 12] = [
    "januar",
    "februar",
    "mars",
    "april",
    "mai",
    "juni",
    "juli",
    "august",
    "september",
    "oktober",
    "november",
    "desember",
];

/// The timestamp stored in `created_at` / `updated_at`.
pub fn now_timestamp() -> String {
    Utc::now().to_rfc3339_opts(SecondsFormat::Millis, true)
}

/// Today's date on this machine's clock.
pub fn today() -> NaiveDate {
    chrono::Local::now().date_naive()
}

/// 05.03.2027
pub fn format_date(date: NaiveDate) -> String {
    date.format("%d.%m.%Y").to_string()
}

/// Reads dd.mm.åååå (also d.m.åååå), as a user types it. The year must have four digits:
/// "1.2.27" is year 27 to chrono, never what the user meant.
pub fn parse_date(text: &str) -> Option<NaiveDate> {
    let text = text.trim();
    let year = text.rsplit('.').next()?;
    if year.len() != 4 || !year.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    NaiveDate::parse_from_str(text, "%d.%m.%Y").ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_are_written_and_read_the_norwegian_way() {
        let d = NaiveDate::from_ymd_opt(2027, 3, 5).unwrap();
        assert_eq!(format_date(d), "05.03.2027");
        assert_eq!(parse_date("5.3.2027"), Some(d));
        assert_eq!(parse_date(" 05.03.2027 "), Some(d));
        assert_eq!(parse_date("2027-03-05"), None);
        assert_eq!(parse_date("31.02.2027"), None);
        assert_eq!(parse_date("1.2.27"), None);
        assert_eq!(parse_date("1.2.02027"), None);
    }

    #[test]
    fn timestamps_are_utc_rfc3339() {
        let t = now_timestamp();
        assert!(t.ends_with('Z'), "{t}");
        assert!(chrono::DateTime::parse_from_rfc3339(&t).is_ok());
    }
}
