//! Norwegian alphabetical order (… X Y Z Æ Ø Å), used for every list of names the user sees and
//! registered in SQLite as the collation `NB` so that `ORDER BY name COLLATE NB` agrees with it.
//!
//! Letters from other alphabets that people in the programme carry in their names sort as a
//! Norwegian reader expects: accents are ignored (é as e, ł as l), while ä, ö and ü follow the
//! Nordic convention and sort as æ, ø and y.

use std::cmp::Ordering;
use unicode_normalization::UnicodeNormalization;

/// Compares two names in Norwegian order: first by letters alone, then by accents and case, so
/// the order is total and stable.
pub fn compare(a: &str, b: &str) -> Ordering {
    primary_key(a)
        .cmp(&primary_key(b))
        .then_with(|| a.to_lowercase().cmp(&b.to_lowercase()))
        .then_with(|| a.cmp(b))
}

/// Sorts `items` in Norwegian order of the name `key` gives each.
pub fn sort_by_name<T>(items: &mut [T], key: impl Fn(&T) -> &str) {
    items.sort_by(|x, y| compare(key(x), key(y)));
}

const SPACE: u32 = 1;
const DIGITS: u32 = 10;
const LETTERS: u32 = 100;
const AE: u32 = LETTERS + 26;
const OE: u32 = LETTERS + 27;
const AA: u32 = LETTERS + 28;
const OTHER: u32 = 1_000;

fn primary_key(s: &str) -> Vec<u32> {
    let mut key = Vec::with_capacity(s.len());
    for c in s.chars().flat_map(char::to_lowercase) {
        match c {
            'æ' | 'ä' | 'ǽ' => key.push(AE),
            'ø' | 'ö' | 'ő' | 'œ' => key.push(OE),
            'å' => key.push(AA),
            'ü' | 'ű' => key.push(weight_of_base('y')),
            'ß' => key.extend([weight_of_base('s'), weight_of_base('s')]),
            'ł' => key.push(weight_of_base('l')),
            'đ' | 'ð' => key.push(weight_of_base('d')),
            'ı' => key.push(weight_of_base('i')),
            c if c.is_whitespace() || c == '-' => {
                if key.last() != Some(&SPACE) {
                    key.push(SPACE);
                }
            }
            c => {
                // Decomposing strips accents: "é" becomes "e" + a combining mark we skip.
                let base = c.nfd().next().unwrap_or(c);
                key.push(weight_of_base(base));
            }
        }
    }
    key
}

fn weight_of_base(c: char) -> u32 {
    match c {
        'a'..='z' => LETTERS + (c as u32 - 'a' as u32),
        '0'..='9' => DIGITS + (c as u32 - '0' as u32),
        c => OTHER + c as u32,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sorted(names: &[&str]) -> Vec<String> {
        let mut v: Vec<String> = names.iter().map(|s| s.to_string()).collect();
        sort_by_name(&mut v, |s| s.as_str());
        v
    }

    #[test]
    fn norwegian_letters_come_after_z_in_their_own_order() {
        assert_eq!(
            sorted(&["Åse", "Øystein", "Zahra", "Ærlig", "Anders"]),
            ["Anders", "Zahra", "Ærlig", "Øystein", "Åse"]
        );
    }

    #[test]
    fn case_does_not_split_the_alphabet() {
        assert_eq!(
            sorted(&["bjørn", "Anne", "Carl"]),
            ["Anne", "bjørn", "Carl"]
        );
    }

    #[test]
    fn accented_letters_sort_with_their_base_letter() {
        assert_eq!(
            sorted(&["Fredrik", "Émile", "Dina", "Łukasz", "Lars", "Mona"]),
            ["Dina", "Émile", "Fredrik", "Lars", "Łukasz", "Mona"]
        );
    }

    #[test]
    fn nordic_variants_sort_as_their_norwegian_letters() {
        assert_eq!(
            sorted(&["Östen", "Åke", "Ørjan", "Ärla"]),
            ["Ärla", "Ørjan", "Östen", "Åke"]
        );
        // ü sorts as y: "Müller" as "Myller", after "Myhre".
        assert_eq!(
            sorted(&["Müller", "Mæland", "Myhre"]),
            ["Myhre", "Müller", "Mæland"]
        );
    }

    #[test]
    fn shorter_name_sorts_before_its_extensions_and_spaces_before_letters() {
        assert_eq!(
            sorted(&["Ali Hassan", "Ali", "Alibek"]),
            ["Ali", "Ali Hassan", "Alibek"]
        );
    }

    #[test]
    fn other_scripts_follow_latin_and_order_is_total() {
        let v = sorted(&["Дмитрий", "Zoe", "Анна"]);
        assert_eq!(v, ["Zoe", "Анна", "Дмитрий"]);
        assert_eq!(compare("ola", "Ola"), Ordering::Greater);
        assert_eq!(compare("Ola", "Ola"), Ordering::Equal);
    }
}
