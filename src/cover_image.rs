//! The editor's cover image (`cover = "cover.jpg"` in book.toml): read once from the book
//! folder, known by its format and pixel size, and decoded to CMYK pixels for the print
//! cover (PDF/X allows no RGB). The EPUB carries the file as it is.

use std::hash::{Hash, Hasher};
use std::io::Cursor;
use std::path::Path;
use std::sync::Arc;

use serde::Serialize;
use zune_jpeg::zune_core::colorspace::ColorSpace;
use zune_jpeg::zune_core::options::DecoderOptions;

use crate::error::{Error, Result};

/// The two formats every reading system and printer takes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Format {
    Jpeg,
    Png,
}

/// A cover image as the editor gave it.
#[derive(Debug, Clone, Serialize)]
pub struct CoverImage {
    /// The file, relative to the book folder, as book.toml names it.
    pub file: String,
    pub format: Format,
    pub width: u32,
    pub height: u32,
    #[serde(skip)]
    pub bytes: Arc<Vec<u8>>,
}

const HINT: &str = "give a JPEG or PNG file (RGB, greyscale or CMYK) as `cover` in book.toml";

impl CoverImage {
    /// Reads `file` (relative to `book_dir`) and its header.
    pub fn read(book_dir: &Path, file: &str) -> Result<CoverImage> {
        let path = book_dir.join(file);
        let bytes = crate::input::read(book_dir, &path)?;
        let bad = |what: String| Error::plain(&path, &what, HINT);
        let (format, (width, height)) = if bytes.starts_with(&[0xFF, 0xD8, 0xFF]) {
            let mut d = zune_jpeg::JpegDecoder::new(Cursor::new(&bytes));
            d.decode_headers().map_err(|e| bad(format!("the cover image cannot be read as a JPEG: {e}")))?;
            let (w, h) = d.dimensions().ok_or_else(|| bad("the cover JPEG gives no size".into()))?;
            (Format::Jpeg, (w as u32, h as u32))
        } else if bytes.starts_with(b"\x89PNG\r\n\x1a\n") {
            let info = png::Decoder::new(Cursor::new(&bytes))
                .read_info()
                .map_err(|e| bad(format!("the cover image cannot be read as a PNG: {e}")))?;
            let i = info.info();
            (Format::Png, (i.width, i.height))
        } else {
            return Err(bad("the cover image is neither a JPEG nor a PNG".into()));
        };
        if width == 0 || height == 0 {
            return Err(bad("the cover image has no pixels".into()));
        }
        Ok(CoverImage { file: file.to_string(), format, width, height, bytes: Arc::new(bytes) })
    }

    /// The EPUB media type.
    pub fn media_type(&self) -> &'static str {
        match self.format {
            Format::Jpeg => "image/jpeg",
            Format::Png => "image/png",
        }
    }

    /// The file extension inside the EPUB.
    pub fn extension(&self) -> &'static str {
        match self.format {
            Format::Jpeg => "jpg",
            Format::Png => "png",
        }
    }

    /// The pixels as 8-bit CMYK, transparency flattened onto white paper.
    pub fn cmyk(&self) -> Result<CmykPixels> {
        let bad = |e: String| Error::render("cover", format!("{}: {e}", self.file));
        let rgb = match self.format {
            Format::Jpeg => {
                let options = DecoderOptions::default().jpeg_set_out_colorspace(ColorSpace::RGB);
                let mut d = zune_jpeg::JpegDecoder::new_with_options(Cursor::new(self.bytes.as_slice()), options);
                d.decode().map_err(|e| bad(e.to_string()))?
            }
            Format::Png => {
                let mut decoder = png::Decoder::new(Cursor::new(self.bytes.as_slice()));
                decoder.set_transformations(png::Transformations::normalize_to_color8());
                let mut reader = decoder.read_info().map_err(|e| bad(e.to_string()))?;
                let mut buf = vec![0; reader.output_buffer_size().ok_or_else(|| bad("too large".into()))?];
                let info = reader.next_frame(&mut buf).map_err(|e| bad(e.to_string()))?;
                buf.truncate(info.buffer_size());
                to_rgb(&buf, info.color_type)
            }
        };
        if rgb.len() != self.width as usize * self.height as usize * 3 {
            return Err(bad("the decoded pixels do not match the image's size".into()));
        }
        let data: Vec<u8> = rgb.chunks_exact(3).flat_map(|p| rgb_to_cmyk(p[0], p[1], p[2])).collect();
        Ok(CmykPixels::new(self.width, self.height, data))
    }
}

/// Decoded CMYK pixels, cheap to clone and hash (by a digest of the pixels).
#[derive(Debug, Clone)]
pub struct CmykPixels {
    pub width: u32,
    pub height: u32,
    pub data: Arc<Vec<u8>>,
    digest: u64,
}

impl CmykPixels {
    fn new(width: u32, height: u32, data: Vec<u8>) -> CmykPixels {
        let mut h = std::collections::hash_map::DefaultHasher::new();
        data.hash(&mut h);
        CmykPixels { width, height, data: Arc::new(data), digest: h.finish() }
    }

    /// The `width` x `height` pixels centred in the image (each at most the image's).
    pub fn centre(&self, width: u32, height: u32) -> CmykPixels {
        let (w, h) = (width.clamp(1, self.width), height.clamp(1, self.height));
        let (x0, y0) = ((self.width - w) / 2, (self.height - h) / 2);
        let row = self.width as usize * 4;
        let data = (y0..y0 + h)
            .flat_map(|y| {
                let start = y as usize * row + x0 as usize * 4;
                self.data[start..start + w as usize * 4].iter().copied()
            })
            .collect();
        CmykPixels::new(w, h, data)
    }
}

impl Hash for CmykPixels {
    fn hash<H: Hasher>(&self, state: &mut H) {
        (self.width, self.height, self.digest).hash(state);
    }
}

/// 8-bit grey, grey + alpha, RGB or RGBA as RGB, alpha over white.
fn to_rgb(buf: &[u8], colour: png::ColorType) -> Vec<u8> {
    let over_white = |c: u8, a: u8| ((c as u32 * a as u32 + 255 * (255 - a as u32)) / 255) as u8;
    match colour {
        png::ColorType::Grayscale => buf.iter().flat_map(|&g| [g, g, g]).collect(),
        png::ColorType::GrayscaleAlpha => buf.chunks_exact(2).flat_map(|p| [over_white(p[0], p[1]); 3]).collect(),
        png::ColorType::Rgba => buf.chunks_exact(4).flat_map(|p| [0, 1, 2].map(|i| over_white(p[i], p[3]))).collect(),
        // Indexed images are expanded to RGB by the decoder's normalisation.
        png::ColorType::Rgb | png::ColorType::Indexed => buf.to_vec(),
    }
}

/// A plain separation: black takes the grey component, CMY what is left.
fn rgb_to_cmyk(r: u8, g: u8, b: u8) -> [u8; 4] {
    let k = 255 - r.max(g).max(b);
    if k == 255 {
        return [0, 0, 0, 255];
    }
    let part = |c: u8| ((255 - c - k) as u32 * 255 / (255 - k) as u32) as u8;
    [part(r), part(g), part(b), k]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn white_is_no_ink_and_black_is_only_black() {
        assert_eq!(rgb_to_cmyk(255, 255, 255), [0, 0, 0, 0]);
        assert_eq!(rgb_to_cmyk(0, 0, 0), [0, 0, 0, 255]);
        assert_eq!(rgb_to_cmyk(255, 0, 0), [0, 255, 255, 0]);
        assert_eq!(rgb_to_cmyk(128, 128, 128), [0, 0, 0, 127]);
    }

    #[test]
    fn the_centre_is_cut_out_row_by_row() {
        let data: Vec<u8> = (0..4 * 3 * 4).map(|i| (i / 4) as u8).collect();
        let middle = CmykPixels::new(4, 3, data).centre(2, 1);
        assert_eq!((middle.width, middle.height), (2, 1));
        assert_eq!(middle.data.as_slice(), &[5, 5, 5, 5, 6, 6, 6, 6]);
    }

    #[test]
    fn transparency_is_flattened_onto_white() {
        assert_eq!(to_rgb(&[0, 0, 0, 0], png::ColorType::Rgba), vec![255, 255, 255]);
        assert_eq!(to_rgb(&[10, 20, 30, 255], png::ColorType::Rgba), vec![10, 20, 30]);
    }
}
