//! Organisation numbers (organisasjonsnummer) of the Brønnøysund register: nine digits, the first
//! an 8 or a 9, the last a MOD11 check digit over the other eight. Catching a mistyped number here
//! keeps two records of one employer from arising through a slip of the finger.

use crate::error::{Error, Result};

const WEIGHTS: [u32; 8] = [3, 2, 7, 6, 5, 4, 3, 2];

/// The check digit the first eight digits call for, or `None` when no digit fits (the register
/// never issues such numbers).
pub fn check_digit(first_eight: &[u32; 8]) -> Option<u32> {
    let sum: u32 = first_eight.iter().zip(WEIGHTS).map(|(d, w)| d * w).sum();
    match 11 - sum % 11 {
        11 => Some(0),
        10 => None,
        digit => Some(digit),
    }
}

/// Reads an organisation number as typed ("923 609 016", "923609016", "NO 923 609 016 MVA") and
/// returns its nine digits; a wrong one is refused at `orgNumber` saying what is wrong.
pub fn parse(text: &str) -> Result<String> {
    let invalid = |message: String| Error::Invalid {
        field: "orgNumber",
        message,
    };
    let trimmed = text.trim();
    let upper = trimmed.to_uppercase();
    let core = upper
        .strip_prefix("NO")
        .unwrap_or(&upper)
        .trim_end_matches("MVA");
    let digits: String = core
        .chars()
        .filter(|c| !(c.is_whitespace() || *c == '.' || *c == '-'))
        .collect();
    if digits.is_empty() || !digits.chars().all(|c| c.is_ascii_digit()) {
        return Err(invalid(format!(
            "«{trimmed}» er ikke et organisasjonsnummer. Det består av ni sifre, for eksempel 974 760 673."
        )));
    }
    if digits.len() != 9 {
        return Err(invalid(format!(
            "Et organisasjonsnummer har ni sifre; «{trimmed}» har {}.",
            digits.len()
        )));
    }
    let values: Vec<u32> = digits.chars().filter_map(|c| c.to_digit(10)).collect();
    if !matches!(values[0], 8 | 9) {
        return Err(invalid(
            "Organisasjonsnummer begynner alltid med 8 eller 9. Sjekk nummeret i Enhetsregisteret."
                .into(),
        ));
    }
    let first_eight: [u32; 8] = values[..8].try_into().expect("nine digits");
    if check_digit(&first_eight) != Some(values[8]) {
        return Err(invalid(format!(
            "{} er ikke et gyldig organisasjonsnummer: kontrollsifferet (det siste sifferet) stemmer \
             ikke med de åtte første. Sjekk at alle sifrene er skrevet av riktig.",
            format(&digits)
        )));
    }
    Ok(digits)
}

/// An optional organisation number: blank means not yet known.
pub fn parse_optional(text: &str) -> Result<Option<String>> {
    if text.trim().is_empty() {
        Ok(None)
    } else {
        parse(text).map(Some)
    }
}

/// "974760673" → "974 760 673", as the register writes it.
pub fn format(digits: &str) -> String {
    if digits.len() != 9 || !digits.is_ascii() {
        return digits.to_owned();
    }
    format!("{} {} {}", &digits[..3], &digits[3..6], &digits[6..])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_of_the_register_itself_and_large_companies_are_valid() {
        // Brønnøysundregistrene, Equinor, DNB, NAV, Oslo kommune.
        for known in [
            "974760673",
            "923609016",
            "984851006",
            "889640782",
            "958935420",
        ] {
            assert_eq!(parse(known).unwrap(), known);
        }
        assert_eq!(parse(" 974 760 673 ").unwrap(), "974760673");
        assert_eq!(parse("NO 923 609 016 MVA").unwrap(), "923609016");
        assert_eq!(parse("974.760.673").unwrap(), "974760673");
    }

    #[test]
    fn a_slip_of_one_digit_or_a_swap_is_caught_by_the_check_digit() {
        for wrong in ["974760674", "974760637", "923609061", "984851060"] {
            let err = parse(wrong).unwrap_err();
            assert_eq!(err.field(), Some("orgNumber"));
            assert!(
                err.to_string().contains("kontrollsifferet"),
                "{wrong}: {err}"
            );
        }
    }

    #[test]
    fn the_message_says_what_is_wrong() {
        assert_eq!(
            parse("97476067").unwrap_err().to_string(),
            "Et organisasjonsnummer har ni sifre; «97476067» har 8."
        );
        assert!(parse("abc")
            .unwrap_err()
            .to_string()
            .contains("består av ni sifre"));
        assert!(parse("123456785")
            .unwrap_err()
            .to_string()
            .contains("begynner alltid med 8 eller 9"));
        assert_eq!(parse_optional("  ").unwrap(), None);
    }

    #[test]
    fn first_digits_whose_check_would_be_ten_have_no_valid_number() {
        let ten = (0..=9)
            .map(|last| [9, 0, 0, 0, 0, 0, 0, last])
            .find(|e| check_digit(e).is_none())
            .expect("some eight digits have no check digit");
        for last in 0..=9 {
            let number: String =
                ten.iter().map(|d| d.to_string()).collect::<String>() + &last.to_string();
            assert!(parse(&number).is_err(), "{number}");
        }
    }
}
