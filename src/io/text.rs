//! Turning file bytes into text: UTF-8 with or without BOM, UTF-16 with BOM, else Windows-1252.

use super::error::FileErrorMsg;

/// Decodes file bytes. UTF-8 (BOM optional) is tried first; UTF-16 needs its BOM; anything else
/// is read as Windows-1252, the encoding Excel uses for "CSV" on Swedish Windows.
///
/// ```
/// use kvalitetspeng::io::text::decode;
/// assert_eq!(decode(b"\xEF\xBB\xBFv\xC3\xA4rde").unwrap(), "värde");
/// assert_eq!(decode(b"v\xE4rde").unwrap(), "värde"); // Windows-1252
/// ```
pub fn decode(bytes: &[u8]) -> Result<std::borrow::Cow<'_, str>, FileErrorMsg> {
    use std::borrow::Cow;
    if let Some((enc, bom_len)) = encoding_rs::Encoding::for_bom(bytes) {
        let (text, had_errors) = enc.decode_without_bom_handling(&bytes[bom_len..]);
        if had_errors {
            return Err(FileErrorMsg::NotText);
        }
        return Ok(Cow::Owned(text.into_owned()));
    }
    match std::str::from_utf8(bytes) {
        Ok(s) => Ok(Cow::Borrowed(s)),
        Err(_) => {
            if bytes.contains(&0) {
                return Err(FileErrorMsg::NotText);
            }
            let (text, _, had_errors) = encoding_rs::WINDOWS_1252.decode(bytes);
            if had_errors {
                return Err(FileErrorMsg::NotText);
            }
            Ok(Cow::Owned(text.into_owned()))
        }
    }
}
