//! Checks of what a user types, shared by every area: names, e-mail addresses and phone numbers.
//! Each check returns the cleaned value, or an error naming the field and saying how to fix it.

use chrono::NaiveDate;

use crate::error::{Error, Result};

/// Longest name (of a person, unit, group, municipality) that fits the screens and printed forms.
pub const MAX_NAME_CHARS: usize = 200;

/// A required name: trimmed, not empty, at most `MAX_NAME_CHARS` characters.
pub fn name(field: &'static str, field_label: &'static str, text: &str) -> Result<String> {
    let trimmed = text.trim();
    if trimmed.is_empty() {
        return Err(Error::Empty { field, field_label });
    }
    let actual = trimmed.chars().count();
    if actual > MAX_NAME_CHARS {
        return Err(Error::TooLong {
            field,
            field_label,
            max: MAX_NAME_CHARS,
            actual,
        });
    }
    // Line breaks in a name would break table rows and one-line CLI output.
    Ok(trimmed.split_whitespace().collect::<Vec<_>>().join(" "))
}

/// A required free text (a task, a goal): trimmed, not empty, at most `max` characters. Line
/// breaks become spaces, since the text is printed in one table cell.
pub fn text(
    field: &'static str,
    field_label: &'static str,
    max: usize,
    text: &str,
) -> Result<String> {
    let cleaned = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if cleaned.is_empty() {
        return Err(Error::Empty { field, field_label });
    }
    let actual = cleaned.chars().count();
    if actual > max {
        return Err(Error::TooLong {
            field,
            field_label,
            max,
            actual,
        });
    }
    Ok(cleaned)
}

/// An optional free text: blank means none.
pub fn optional_text(
    field: &'static str,
    field_label: &'static str,
    max: usize,
    value: Option<&str>,
) -> Result<Option<String>> {
    match value.map(str::trim).filter(|t| !t.is_empty()) {
        None => Ok(None),
        Some(t) => text(field, field_label, max, t).map(Some),
    }
}

/// A date as the user types it, dd.mm.åååå (the UI may also send åååå-mm-dd).
pub fn date(field: &'static str, field_label: &'static str, value: &str) -> Result<NaiveDate> {
    let trimmed = value.trim();
    if trimmed.is_empty() {
        return Err(Error::Empty { field, field_label });
    }
    crate::dates::parse_date(trimmed)
        .or_else(|| NaiveDate::parse_from_str(trimmed, "%Y-%m-%d").ok())
        .ok_or_else(|| Error::Invalid {
            field,
            message: format!(
                "«{trimmed}» er ikke en gyldig dato. Skriv datoen som dd.mm.åååå, for eksempel 05.03.2027."
            ),
        })
}

/// An optional date: blank means none.
pub fn optional_date(
    field: &'static str,
    field_label: &'static str,
    value: Option<&str>,
) -> Result<Option<NaiveDate>> {
    match value.map(str::trim).filter(|t| !t.is_empty()) {
        None => Ok(None),
        Some(t) => date(field, field_label, t).map(Some),
    }
}

/// An optional e-mail address: blank means none.
pub fn email(text: Option<&str>) -> Result<Option<String>> {
    let Some(text) = text.map(str::trim).filter(|t| !t.is_empty()) else {
        return Ok(None);
    };
    let bad = || Error::Invalid {
        field: "email",
        message: "E-postadressen ser ikke riktig ut. Eksempel: ola.nordmann@kommune.no".into(),
    };
    let (local, domain) = text.split_once('@').ok_or_else(bad)?;
    let labels: Vec<&str> = domain.split('.').collect();
    let plausible = !local.is_empty()
        && text.chars().count() <= 254
        && !text
            .chars()
            .any(|c| c.is_whitespace() || c == ',' || c == ';')
        && !domain.contains('@')
        && labels.len() >= 2
        && labels.iter().all(|l| !l.is_empty())
        && labels.last().is_some_and(|tld| tld.chars().count() >= 2);
    if plausible {
        Ok(Some(text.to_string()))
    } else {
        Err(bad())
    }
}

/// An optional phone number: a Norwegian number of 8 digits, with or without +47/0047, or another
/// country's number as + and 7 to 15 digits. Spaces, dashes, dots and brackets may separate the
/// digit groups. Kept as the user wrote it. (The UI's `validatePhone` applies the same rule.)
pub fn phone(text: Option<&str>) -> Result<Option<String>> {
    let Some(text) = text.map(str::trim).filter(|t| !t.is_empty()) else {
        return Ok(None);
    };
    let compact: String = text
        .chars()
        .filter(|c| !(c.is_whitespace() || matches!(c, '(' | ')' | '.' | '-')))
        .collect();
    let digits_only = |s: &str| s.chars().all(|c| c.is_ascii_digit());
    let norwegian = |s: &str| s.len() == 8 && digits_only(s);
    let valid = if let Some(rest) = compact.strip_prefix("+47").or(compact.strip_prefix("0047")) {
        norwegian(rest)
    } else if let Some(rest) = compact.strip_prefix('+') {
        (7..=15).contains(&rest.len()) && digits_only(rest)
    } else {
        norwegian(&compact)
    };
    if valid {
        Ok(Some(text.to_string()))
    } else {
        Err(Error::Invalid {
            field: "phone",
            message: "Telefonnummeret ser ikke riktig ut. Bruk 8 siffer, gjerne med +47 foran."
                .into(),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_trimmed_and_required() {
        assert_eq!(
            name("name", "Navn", "  Kari  Nordmann ").unwrap(),
            "Kari Nordmann"
        );
        for blank in ["", "   ", "\t\n"] {
            let err = name("name", "Navn", blank).unwrap_err();
            assert_eq!(err.to_string(), "Navn må fylles ut.");
            assert_eq!(err.field(), Some("name"));
        }
    }

    #[test]
    fn names_over_200_characters_are_refused_counting_letters_not_bytes() {
        assert!(name("name", "Navn", &"ø".repeat(200)).is_ok());
        let err = name("name", "Navn", &"ø".repeat(201)).unwrap_err();
        assert_eq!(err.to_string(), "Navn kan være høyst 200 tegn (nå 201).");
    }

    #[test]
    fn email_addresses() {
        assert_eq!(
            email(Some(" ola@lorenskog.kommune.no "))
                .unwrap()
                .as_deref(),
            Some("ola@lorenskog.kommune.no")
        );
        assert_eq!(email(Some("  ")).unwrap(), None);
        assert_eq!(email(None).unwrap(), None);
        for bad in [
            "ola",
            "ola@",
            "@kommune.no",
            "ola@kommune",
            "ola nordmann@nav.no",
            "a@b@c.no",
            "ola@kommune.n",
            "ola@.no",
        ] {
            let err = email(Some(bad)).unwrap_err();
            assert_eq!(err.field(), Some("email"), "{bad}");
        }
    }

    #[test]
    fn phone_numbers() {
        for ok in [
            "91234567",
            "912 34 567",
            "+47 912 34 567",
            "+4791234567",
            "0047 91234567",
            "+46 70 123 45 67",
            "22 12-34-56",
        ] {
            assert_eq!(phone(Some(ok)).unwrap().as_deref(), Some(ok), "{ok}");
        }
        assert_eq!(phone(Some("")).unwrap(), None);
        for bad in [
            "1234",
            "912345678",
            "+47 1234",
            "tlf 91234567",
            "9123+4567",
            "+1234",
            "abc",
        ] {
            let err = phone(Some(bad)).unwrap_err();
            assert_eq!(err.field(), Some("phone"), "{bad}");
        }
    }
}
