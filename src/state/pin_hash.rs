//! PBKDF2-SHA256 of a PIN through the browser's Web Crypto, and the
//! random salt for it. Web Crypto is built into every browser the app
//! supports, so no hashing code is added to the download; where it is
//! missing (a page served over plain http from another machine), the
//! kiosk refuses to start rather than keep a weak hash.

use js_sys::{Array, Reflect, Uint8Array};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

use crate::model::kiosk::pin::SALT_BYTES;

/// Said when the browser has no Web Crypto.
pub const NO_CRYPTO: &str = "This browser cannot protect a PIN safely here (it has no Web Crypto, which browsers give only to pages served over https or from this device), so the kiosk cannot be started. Open QI Involve from its https address and try again.";

fn crypto() -> Result<web_sys::Crypto, &'static str> {
    let window = web_sys::window().ok_or(NO_CRYPTO)?;
    let crypto = Reflect::get(&window, &"crypto".into()).map_err(|_| NO_CRYPTO)?;
    let subtle = Reflect::get(&crypto, &"subtle".into()).map_err(|_| NO_CRYPTO)?;
    if crypto.is_undefined() || subtle.is_undefined() || subtle.is_null() {
        return Err(NO_CRYPTO);
    }
    Ok(crypto.unchecked_into())
}

/// Whether a PIN can be hashed in this browser.
pub fn available() -> bool {
    crypto().is_ok()
}

/// A fresh random salt.
pub fn new_salt() -> Result<Vec<u8>, &'static str> {
    let mut salt = vec![0u8; SALT_BYTES];
    crypto()?
        .get_random_values_with_u8_array(&mut salt)
        .map_err(|_| NO_CRYPTO)?;
    Ok(salt)
}

/// PBKDF2-SHA256 of `pin` with `salt`, 32 bytes.
pub async fn hash(pin: &str, salt: &[u8], iterations: u32) -> Result<Vec<u8>, &'static str> {
    let subtle = crypto()?.subtle();
    let usages = Array::of1(&JsValue::from_str("deriveBits"));
    let raw = Uint8Array::from(pin.as_bytes());
    let key = subtle
        .import_key_with_str("raw", &raw, "PBKDF2", false, &usages)
        .map_err(|_| NO_CRYPTO)?;
    let key: web_sys::CryptoKey = JsFuture::from(key)
        .await
        .map_err(|_| NO_CRYPTO)?
        .unchecked_into();
    let salt = Uint8Array::from(salt);
    let params = web_sys::Pbkdf2Params::new_with_str("PBKDF2", "SHA-256", iterations, &salt);
    let bits = subtle
        .derive_bits_with_object(&params, &key, 256)
        .map_err(|_| NO_CRYPTO)?;
    let bits = JsFuture::from(bits).await.map_err(|_| NO_CRYPTO)?;
    Ok(Uint8Array::new(&bits).to_vec())
}
