//! Time and fresh ids, from the browser (or the system clock on the host).

use crate::model::Date;

/// Unix time in milliseconds.
pub fn now_ms() -> i64 {
    #[cfg(target_arch = "wasm32")]
    {
        js_sys::Date::now() as i64
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_millis() as i64)
    }
}

/// Today's date in the person's own time zone.
pub fn today() -> Date {
    #[cfg(target_arch = "wasm32")]
    let offset_minutes = js_sys::Date::new_0().get_timezone_offset() as i64;
    #[cfg(not(target_arch = "wasm32"))]
    let offset_minutes = 0;
    Date::from_unix_ms(now_ms() - offset_minutes * 60_000)
}

/// A new id: the time in base 36 plus random digits, so ids made on two
/// devices or tabs in the same millisecond still differ.
pub fn new_id() -> String {
    let mut id = base36(now_ms().unsigned_abs());
    id.push_str(&base36(random_u64() % 36u64.pow(8)));
    id
}

fn random_u64() -> u64 {
    #[cfg(target_arch = "wasm32")]
    {
        (js_sys::Math::random() * 2f64.powi(53)) as u64
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        use std::hash::{BuildHasher, Hasher};
        let mut h = std::collections::hash_map::RandomState::new().build_hasher();
        h.write_i64(now_ms());
        h.finish()
    }
}

fn base36(mut n: u64) -> String {
    const DIGITS: &[u8; 36] = b"0123456789abcdefghijklmnopqrstuvwxyz";
    let mut out = Vec::new();
    loop {
        out.push(DIGITS[(n % 36) as usize]);
        n /= 36;
        if n == 0 {
            break;
        }
    }
    out.reverse();
    String::from_utf8(out).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_url_safe_and_differ() {
        let a = new_id();
        let b = new_id();
        assert_ne!(a, b);
        assert!(a.chars().all(|c| c.is_ascii_alphanumeric()));
        assert_eq!(base36(0), "0");
        assert_eq!(base36(35), "z");
        assert_eq!(base36(36), "10");
    }
}
