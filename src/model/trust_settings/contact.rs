//! What counts as an email address or a phone number on Settings, and the
//! `mailto:` and `tel:` links built from them.
//!
//! The links are the reason these rules are strict. A `mailto:` URL can carry
//! extra recipients and headers (`?cc=`, `&body=`, `%0A`), and the address
//! typed on one device is shown as a link to everyone who opens the guides.
//! So an address is accepted only if it is plain: every character of the
//! link is then one the person can see in the address itself.

/// Characters allowed in the part before the `@`: letters, digits and the
/// RFC 5322 "atext" symbols, minus the ones a URL gives a meaning to
/// (`#`, `%`, `&`, `/`, `?`).
const LOCAL_SYMBOLS: &str = "!$'*+-=^_`{|}~.";

/// Whether `text` is a plain email address: one `@`, a local part of safe
/// characters with no leading, trailing or doubled dots, and a domain of at
/// least two dot-separated labels of letters, digits and inner hyphens.
/// Only ASCII: anything else would be percent-encoded in the link.
pub fn is_plain_email(text: &str) -> bool {
    let Some((local, domain)) = text.split_once('@') else {
        return false;
    };
    let local_ok = !local.is_empty()
        && local
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || LOCAL_SYMBOLS.contains(c))
        && local.split('.').all(|part| !part.is_empty());
    let labels: Vec<&str> = domain.split('.').collect();
    let domain_ok = labels.len() >= 2
        && labels.iter().all(|label| {
            !label.is_empty()
                && !label.starts_with('-')
                && !label.ends_with('-')
                && label.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
        });
    local_ok && domain_ok
}

/// What is wrong with a phone number, if anything: only digits, spaces,
/// brackets, hyphens and one `+` at the start, with at least 6 digits.
pub fn phone_problem(text: &str) -> Option<&'static str> {
    let rest = text.strip_prefix('+').unwrap_or(text);
    if !rest
        .chars()
        .all(|c| c.is_ascii_digit() || matches!(c, ' ' | '(' | ')' | '-'))
    {
        return Some("Enter a phone number using only numbers, spaces, brackets, hyphens and a + at the start");
    }
    if rest.chars().filter(char::is_ascii_digit).count() < 6 {
        return Some("Enter a phone number with at least 6 digits, like 01234 567890");
    }
    None
}

/// The `mailto:` link for an address, or `None` if it is not plain (an
/// address saved by an older, laxer version is then shown without a link).
pub fn mailto_href(email: &str) -> Option<String> {
    let email = email.trim();
    is_plain_email(email).then(|| format!("mailto:{email}"))
}

/// The `tel:` link for a number: its leading `+`, if any, and its digits.
/// `None` if the number is not a valid phone number.
pub fn tel_href(phone: &str) -> Option<String> {
    let phone = phone.trim();
    if phone_problem(phone).is_some() {
        return None;
    }
    let plus = if phone.starts_with('+') { "+" } else { "" };
    let digits: String = phone.chars().filter(char::is_ascii_digit).collect();
    Some(format!("tel:{plus}{digits}"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn plain_addresses_are_accepted() {
        for good in [
            "pit@nhs.net",
            "patient.involvement@example.nhs.uk",
            "first.o'brien+qi@trust-name.nhs.uk",
            "A_B-c@X1.co",
        ] {
            assert!(is_plain_email(good), "{good}");
            assert_eq!(mailto_href(good), Some(format!("mailto:{good}")));
        }
        assert_eq!(
            mailto_href("  pit@nhs.net "),
            Some("mailto:pit@nhs.net".into())
        );
    }

    #[test]
    fn anything_that_could_change_the_link_is_refused() {
        for bad in [
            "",
            "pit",
            "pit@nhs",
            "@nhs.net",
            "pit@",
            "pit@.net",
            "pit@nhs.",
            "pit@nhs..net",
            "pit@-nhs.net",
            "pit@nhs-.net",
            ".pit@nhs.net",
            "pit.@nhs.net",
            "p..it@nhs.net",
            "p it@nhs.net",
            "pit@nhs.net?cc=boss@nhs.net",
            "pit@nhs.net&body=hello",
            "pit@nhs.net,other@nhs.net",
            "pit@nhs.net;other@nhs.net",
            "Pit <pit@nhs.net>",
            "\"pit\"@nhs.net",
            "pit\\x@nhs.net",
            "pit%0Acc@nhs.net",
            "pit@nhs.net%0Abcc:x@y.z",
            "pit#1@nhs.net",
            "pit/x@nhs.net",
            "pit@nhs.net:25",
            "mailto:pit@nhs.net",
            "pit@nhs.net\nbcc: x@y.z",
            "pit\t@nhs.net",
            "pit\u{0}@nhs.net",
            "pit@@nhs.net",
            "pit@a@nhs.net",
            "pít@nhs.net",
            "pit@nhs\u{2024}net",
        ] {
            assert!(!is_plain_email(bad), "{bad:?}");
            assert_eq!(mailto_href(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn phone_numbers() {
        for (good, href) in [
            ("01234 567890", "tel:01234567890"),
            ("+44 (0)1234 567-890", "tel:+4401234567890"),
            ("(01234) 567890", "tel:01234567890"),
            (" 123456 ", "tel:123456"),
        ] {
            assert_eq!(phone_problem(good.trim()), None, "{good}");
            assert_eq!(tel_href(good).as_deref(), Some(href), "{good}");
        }
        for bad in [
            "01234 567890 ext 2",
            "0123+4567890",
            "++441234567890",
            "01234.567890",
            "01234/567890",
            "01234 567890;ext=2",
            "0800 CALL NOW",
            "０１２３４５６７８９",
        ] {
            assert!(
                phone_problem(bad).unwrap_or("").contains("only numbers"),
                "{bad}"
            );
            assert_eq!(tel_href(bad), None, "{bad}");
        }
        for short in ["12345", "+1 2-3", "()"] {
            assert!(
                phone_problem(short).unwrap_or("").contains("at least 6"),
                "{short}"
            );
            assert_eq!(tel_href(short), None, "{short}");
        }
    }

    proptest! {
        /// No accepted address makes a link that could carry another
        /// header, recipient or encoded character. The inputs are
        /// addresses that look right with, half the time, one character
        /// from anywhere (often a URL delimiter) slipped in somewhere.
        #[test]
        fn accepted_addresses_make_plain_links(
            local in "[a-z][a-z.+'_-]{0,8}",
            domain in "[a-z][a-z.-]{0,10}\\.[a-z]{2,4}",
            slip in proptest::option::of((any::<usize>(), prop_oneof![
                Just('?'), Just('&'), Just('%'), Just('#'), Just(','), Just(';'),
                Just(' '), Just('\n'), Just(':'), Just('@'), any::<char>(),
            ])),
        ) {
            let mut email: Vec<char> = format!("{local}@{domain}").chars().collect();
            if let Some((at, c)) = slip {
                email.insert(at % (email.len() + 1), c);
            }
            let email: String = email.into_iter().collect();
            if let Some(href) = mailto_href(&email) {
                prop_assert!(!href.contains(['?', '&', '%', '#', ',', ';', '<', '>', '"', '\\']), "{}", href);
                prop_assert!(!href.contains(|c: char| c.is_whitespace() || c.is_control() || !c.is_ascii()), "{}", href);
                prop_assert_eq!(href.matches('@').count(), 1);
                prop_assert_eq!(href.matches(':').count(), 1);
            }
        }

        /// A tel: link is a + and digits only, whatever was typed.
        #[test]
        fn tel_links_are_digits(phone in "[0-9 ()+\\-a-z;,.#*]{0,20}") {
            if let Some(href) = tel_href(&phone) {
                let number = href.strip_prefix("tel:").unwrap_or("x");
                let digits = number.strip_prefix('+').unwrap_or(number);
                prop_assert!(digits.len() >= 6 && digits.chars().all(|c| c.is_ascii_digit()), "{}", href);
            }
        }
    }
}
