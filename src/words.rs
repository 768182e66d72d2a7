//! Norwegian phrasing shared by screens, messages and printed forms.

/// "A", "A og B", "A, B og C".
pub fn join_with_og<S: AsRef<str>>(items: &[S]) -> String {
    match items {
        [] => String::new(),
        [only] => only.as_ref().to_owned(),
        [rest @ .., last] => {
            let rest: Vec<&str> = rest.iter().map(AsRef::as_ref).collect();
            format!("{} og {}", rest.join(", "), last.as_ref())
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_are_joined_the_norwegian_way() {
        assert_eq!(join_with_og::<&str>(&[]), "");
        assert_eq!(join_with_og(&["Nav"]), "Nav");
        assert_eq!(
            join_with_og(&["Voksenopplæringen", "Nav"]),
            "Voksenopplæringen og Nav"
        );
        assert_eq!(join_with_og(&["A", "B", "C"]), "A, B og C");
    }
}
