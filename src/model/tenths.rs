//! Numbers shown with one decimal place, made from whole tenths with
//! integer maths: float formatting would add kilobytes to the first load.

/// `4.5` from 45 tenths; `4.0` from 40.
pub fn one_decimal(tenths: u64) -> String {
    format!("{}.{}", tenths / 10, tenths % 10)
}

#[cfg(test)]
mod tests {
    #[test]
    fn keeps_the_tenths_place() {
        assert_eq!(super::one_decimal(0), "0.0");
        assert_eq!(super::one_decimal(45), "4.5");
        assert_eq!(super::one_decimal(1_230), "123.0");
    }
}
