//! A small page-layout engine for the decision report: paragraphs broken into lines by the
//! font's own glyph advances, right-aligned table cells, bars, rules and page breaks. The
//! layout is made first (so that "page x of y" is known) and then drawn by [`super::pdf`].
//!
//! Hand-written on purpose: krilla (the PDF library) places glyphs but does not break lines;
//! a full typesetting engine (typst) would be several times the build for a report with one
//! font, paragraphs and tables.

use std::collections::HashMap;

/// A4 in PDF points.
pub const PAGE_W: f32 = 595.0;
pub const PAGE_H: f32 = 842.0;
pub const MARGIN_X: f32 = 42.0;
pub const MARGIN_TOP: f32 = 46.0;
/// The body ends here; the footer is below.
pub const BODY_BOTTOM: f32 = PAGE_H - 62.0;

/// The two faces of the report's font.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Face {
    Regular,
    Bold,
}

/// Glyphs and advances of the two faces, by character (cached): the layout measures with
/// them and the PDF places the same glyphs at the same advances, so what is measured is what
/// is drawn.
pub struct Metrics {
    faces: [(ttf_parser::Face<'static>, f32); 2],
    /// (glyph id, advance in em) of each character met.
    cache: HashMap<(Face, char), (u16, f32)>,
}

impl Metrics {
    pub fn new(regular: &'static [u8], bold: &'static [u8]) -> Option<Metrics> {
        let face = |b: &'static [u8]| {
            let f = ttf_parser::Face::parse(b, 0).ok()?;
            let upem = f32::from(f.units_per_em());
            Some((f, upem))
        };
        Some(Metrics {
            faces: [face(regular)?, face(bold)?],
            cache: HashMap::new(),
        })
    }

    /// The glyph of `c` and its advance in em (the font's `.notdef`, glyph 0, when it has
    /// none).
    pub fn glyph(&mut self, c: char, face: Face) -> (u16, f32) {
        if let Some(g) = self.cache.get(&(face, c)) {
            return *g;
        }
        let (f, upem) = &self.faces[face as usize];
        let gid = f.glyph_index(c).unwrap_or(ttf_parser::GlyphId(0));
        let adv = f
            .glyph_hor_advance(gid)
            .map_or(0.5, |a| f32::from(a) / upem);
        self.cache.insert((face, c), (gid.0, adv));
        (gid.0, adv)
    }

    /// The width of `text` at `size` points.
    pub fn width(&mut self, text: &str, face: Face, size: f32) -> f32 {
        text.chars().map(|c| self.glyph(c, face).1).sum::<f32>() * size
    }
}

/// A piece of text at a place on a page (`y` is the baseline, from the top).
#[derive(Debug, Clone, PartialEq)]
pub struct Run {
    pub x: f32,
    pub y: f32,
    pub text: String,
    pub face: Face,
    pub size: f32,
    /// Grey level 0 (black) – 255.
    pub gray: u8,
}

/// A filled rectangle (bars, rules); colour as RGB.
#[derive(Debug, Clone, PartialEq)]
pub struct Block {
    pub x: f32,
    pub y: f32,
    pub w: f32,
    pub h: f32,
    pub rgb: (u8, u8, u8),
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct Page {
    pub runs: Vec<Run>,
    pub blocks: Vec<Block>,
}

/// A text style: face and size, and the line height.
#[derive(Debug, Clone, Copy)]
pub struct Style {
    pub face: Face,
    pub size: f32,
    pub gray: u8,
}

impl Style {
    pub const TITLE: Style = Style {
        face: Face::Bold,
        size: 18.0,
        gray: 0,
    };
    pub const H1: Style = Style {
        face: Face::Bold,
        size: 13.0,
        gray: 0,
    };
    pub const H2: Style = Style {
        face: Face::Bold,
        size: 10.5,
        gray: 0,
    };
    pub const BODY: Style = Style {
        face: Face::Regular,
        size: 9.5,
        gray: 0,
    };
    pub const BODY_BOLD: Style = Style {
        face: Face::Bold,
        size: 9.5,
        gray: 0,
    };
    pub const SMALL: Style = Style {
        face: Face::Regular,
        size: 7.8,
        gray: 0,
    };
    pub const SMALL_BOLD: Style = Style {
        face: Face::Bold,
        size: 7.8,
        gray: 0,
    };
    pub const NOTE: Style = Style {
        face: Face::Regular,
        size: 7.8,
        gray: 90,
    };

    pub fn line_height(self) -> f32 {
        self.size * 1.32
    }
}

/// How a table cell is aligned.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Align {
    Left,
    Right,
}

/// The pages being laid out, and where the next line goes.
pub struct Layout {
    pub pages: Vec<Page>,
    pub y: f32,
    pub metrics: Metrics,
}

impl Layout {
    pub fn new(metrics: Metrics) -> Layout {
        Layout {
            pages: vec![Page::default()],
            y: MARGIN_TOP,
            metrics,
        }
    }

    pub fn width(&self) -> f32 {
        PAGE_W - 2.0 * MARGIN_X
    }

    fn page(&mut self) -> &mut Page {
        self.pages.last_mut().expect("at least one page")
    }

    pub fn new_page(&mut self) {
        self.pages.push(Page::default());
        self.y = MARGIN_TOP;
    }

    /// A new page unless `h` more points fit on this one.
    pub fn ensure(&mut self, h: f32) {
        if self.y + h > BODY_BOTTOM {
            self.new_page();
        }
    }

    pub fn space(&mut self, h: f32) {
        self.y += h;
    }

    /// Text at an exact place on the current page (no line advance).
    pub fn text_at(&mut self, x: f32, y: f32, text: &str, st: Style) {
        self.page().runs.push(Run {
            x,
            y,
            text: text.to_string(),
            face: st.face,
            size: st.size,
            gray: st.gray,
        });
    }

    pub fn block(&mut self, x: f32, y: f32, w: f32, h: f32, rgb: (u8, u8, u8)) {
        if w > 0.0 && h > 0.0 {
            self.page().blocks.push(Block { x, y, w, h, rgb });
        }
    }

    /// A thin horizontal rule across the body.
    pub fn rule(&mut self) {
        let (x, w, y) = (MARGIN_X, self.width(), self.y);
        self.block(x, y, w, 0.6, (150, 150, 150));
        self.y += 4.0;
    }

    /// Breaks `text` into lines of at most `width` points (at spaces; a word longer than a
    /// line is cut).
    pub fn wrap(&mut self, text: &str, st: Style, width: f32) -> Vec<String> {
        let mut lines = Vec::new();
        let mut line = String::new();
        let space = self.metrics.width(" ", st.face, st.size);
        let mut w = 0.0;
        for word in text.split(' ') {
            let ww = self.metrics.width(word, st.face, st.size);
            if !line.is_empty() && w + space + ww > width {
                lines.push(std::mem::take(&mut line));
                w = 0.0;
            }
            if line.is_empty() && ww > width {
                // A single word wider than the line: cut it by characters.
                let mut part = String::new();
                let mut pw = 0.0;
                for c in word.chars() {
                    let cw = self
                        .metrics
                        .width(c.encode_utf8(&mut [0; 4]), st.face, st.size);
                    if pw + cw > width && !part.is_empty() {
                        lines.push(std::mem::take(&mut part));
                        pw = 0.0;
                    }
                    part.push(c);
                    pw += cw;
                }
                line = part;
                w = pw;
                continue;
            }
            if !line.is_empty() {
                line.push(' ');
                w += space;
            }
            line.push_str(word);
            w += ww;
        }
        if !line.is_empty() || lines.is_empty() {
            lines.push(line);
        }
        lines
    }

    /// A paragraph, wrapped to the body width less `indent`, breaking pages between lines.
    pub fn paragraph(&mut self, text: &str, st: Style, indent: f32) {
        let width = self.width() - indent;
        let lh = st.line_height();
        for line in self.wrap(text, st, width) {
            self.ensure(lh);
            self.y += st.size;
            let y = self.y;
            self.text_at(MARGIN_X + indent, y, &line, st);
            self.y += lh - st.size;
        }
    }

    /// A heading kept with at least `keep` points of what follows it.
    pub fn heading(&mut self, text: &str, st: Style, keep: f32) {
        self.ensure(st.line_height() + keep + 6.0);
        self.y += 4.0;
        self.paragraph(text, st, 0.0);
        self.y += 2.0;
    }

    /// The widest of `texts` in `st`.
    pub fn max_width<'a>(&mut self, texts: impl IntoIterator<Item = &'a str>, st: Style) -> f32 {
        texts
            .into_iter()
            .map(|t| self.metrics.width(t, st.face, st.size))
            .fold(0.0, f32::max)
    }

    /// `text` shortened with `…` to fit `width`.
    pub fn fit(&mut self, text: &str, st: Style, width: f32) -> String {
        if self.metrics.width(text, st.face, st.size) <= width {
            return text.to_string();
        }
        let mut out = String::new();
        let ell = self.metrics.width("…", st.face, st.size);
        let mut w = 0.0;
        for c in text.chars() {
            let cw = self
                .metrics
                .width(c.encode_utf8(&mut [0; 4]), st.face, st.size);
            if w + cw + ell > width {
                break;
            }
            out.push(c);
            w += cw;
        }
        out.push('…');
        out
    }

    /// One table row: each cell's text, column (x, width) and alignment; one line high.
    pub fn row(&mut self, cells: &[(&str, f32, f32, Align)], st: Style) {
        let lh = st.line_height();
        self.ensure(lh);
        self.y += st.size;
        let y = self.y;
        for &(text, x, w, align) in cells {
            let text = self.fit(text, st, w);
            let tx = match align {
                Align::Left => x,
                Align::Right => x + w - self.metrics.width(&text, st.face, st.size),
            };
            self.text_at(tx, y, &text, st);
        }
        self.y += lh - st.size;
    }
}
