//! A small page-layout engine for the decision report: paragraphs broken into lines by the
//! font's own glyph advances, right-aligned table cells, bars, rules and page breaks. The
//! layout is made first (so that "page x of y" is known) and then drawn by [`super::pdf`].
//!
//! Hand-written on purpose: krilla (the PDF library) places glyphs but does not break lines;
//! a full typesetting engine (typst) would be several times the build for a report with one
//! font, paragraphs and tables.

use std::collections::HashMap;
use std::ops::Range;
use std::rc::Rc;

use unicode_bidi::{BidiClass, ParagraphBidiInfo, bidi_class};

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
/// is drawn. Text with right-to-left letters, joining scripts, combining marks or invisible
/// controls is laid out by the Unicode bidi algorithm and shaped (see [`Shaped`]).
pub struct Metrics {
    faces: [(ttf_parser::Face<'static>, f32); 2],
    shapers: [rustybuzz::Face<'static>; 2],
    /// (glyph id, advance in em) of each character met.
    cache: HashMap<(Face, char), (u16, f32)>,
    /// The shaped layout of each complex text met.
    shaped: HashMap<(Face, String), Rc<Shaped>>,
}

/// One glyph of a shaped text: its glyph, where its pen position is (in em from the text's
/// left edge), its offsets from there, and the bytes of the text it stands for.
#[derive(Debug, Clone, PartialEq)]
pub struct Placed {
    pub gid: u16,
    pub x: f32,
    pub advance: f32,
    pub dx: f32,
    pub dy: f32,
    pub range: Range<usize>,
}

/// A text laid out by the Unicode bidi algorithm (each line's runs in visual order, right-to-left
/// runs right to left) and shaped with rustybuzz (Arabic joined, marks placed). The glyphs are
/// kept in the text's logical order, each with its own position, so the PDF's text layer reads
/// in logical order while the page shows the visual one.
#[derive(Debug, Clone, PartialEq)]
pub struct Shaped {
    pub glyphs: Vec<Placed>,
    /// The advance of the whole text, in em.
    pub width: f32,
}

/// True if `text` can be drawn character by character, left to right, one glyph each: no
/// right-to-left or Arabic letters or digits, no combining marks, no invisible format or
/// direction controls. Other text is laid out with bidi and shaped.
pub fn is_simple(text: &str) -> bool {
    text.chars().all(|c| {
        (' '..='~').contains(&c)
            || !matches!(
                bidi_class(c),
                BidiClass::R
                    | BidiClass::AL
                    | BidiClass::AN
                    | BidiClass::NSM
                    | BidiClass::BN
                    | BidiClass::LRE
                    | BidiClass::LRO
                    | BidiClass::RLE
                    | BidiClass::RLO
                    | BidiClass::PDF
                    | BidiClass::LRI
                    | BidiClass::RLI
                    | BidiClass::FSI
                    | BidiClass::PDI
            )
    })
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
            shapers: [
                rustybuzz::Face::from_slice(regular, 0)?,
                rustybuzz::Face::from_slice(bold, 0)?,
            ],
            cache: HashMap::new(),
            shaped: HashMap::new(),
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
        if is_simple(text) {
            text.chars().map(|c| self.glyph(c, face).1).sum::<f32>() * size
        } else {
            self.shaped(text, face).width * size
        }
    }

    /// The width of `text` at `size` points, without keeping its shaping (for the many
    /// prefixes that cutting a text tries).
    fn width_uncached(&mut self, text: &str, face: Face, size: f32) -> f32 {
        if is_simple(text) {
            self.width(text, face, size)
        } else {
            self.shape(text, face).width * size
        }
    }

    /// The shaped layout of `text` (kept for the next time it is met).
    pub fn shaped(&mut self, text: &str, face: Face) -> Rc<Shaped> {
        if let Some(s) = self.shaped.get(&(face, text.to_string())) {
            return s.clone();
        }
        let s = Rc::new(self.shape(text, face));
        self.shaped.insert((face, text.to_string()), s.clone());
        s
    }

    /// Lays `text` out as one line: the bidi algorithm (paragraph direction from its first
    /// strong letter) splits it into runs in visual order, each run is shaped in its own
    /// direction, and the glyphs are then put back in logical order with their positions.
    fn shape(&self, text: &str, face: Face) -> Shaped {
        let shaper = &self.shapers[face as usize];
        let upem = self.faces[face as usize].1;
        let info = ParagraphBidiInfo::new(text, None);
        let (levels, runs) = info.visual_runs(0..text.len());
        let mut glyphs = Vec::new();
        let mut x = 0.0f32;
        for run in runs {
            let rtl = levels.get(run.start).is_some_and(|l| l.is_rtl());
            let mut buffer = rustybuzz::UnicodeBuffer::new();
            buffer.push_str(&text[run.clone()]);
            buffer.guess_segment_properties();
            buffer.set_direction(if rtl {
                rustybuzz::Direction::RightToLeft
            } else {
                rustybuzz::Direction::LeftToRight
            });
            let out = rustybuzz::shape(shaper, &[], buffer);
            let infos = out.glyph_infos();
            let positions = out.glyph_positions();
            // The end of each glyph's cluster: the start of the next cluster in logical order.
            let mut starts: Vec<usize> = infos.iter().map(|i| i.cluster as usize).collect();
            starts.sort_unstable();
            starts.dedup();
            for (i, p) in infos.iter().zip(positions) {
                let start = i.cluster as usize;
                let end = starts
                    .iter()
                    .find(|&&s| s > start)
                    .copied()
                    .unwrap_or(run.len());
                let advance = p.x_advance as f32 / upem;
                glyphs.push(Placed {
                    gid: u16::try_from(i.glyph_id).unwrap_or(0),
                    x,
                    advance,
                    dx: p.x_offset as f32 / upem,
                    dy: p.y_offset as f32 / upem,
                    range: run.start + start..run.start + end,
                });
                x += advance;
            }
        }
        // Logical order (a stable sort keeps a cluster's glyphs in their order).
        glyphs.sort_by_key(|g| g.range.start);
        Shaped { glyphs, width: x }
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

    /// A new section: on a new page unless this one is empty or still has `keep` points free
    /// (so a small report is not pages of little each), else after some space.
    pub fn section(&mut self, keep: f32) {
        if self.y <= MARGIN_TOP {
            return;
        }
        if self.y + 18.0 + keep > BODY_BOTTOM {
            self.new_page();
        } else {
            self.space(18.0);
        }
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
                let simple = is_simple(word);
                for c in word.chars() {
                    let cw = if simple {
                        self.metrics
                            .width(c.encode_utf8(&mut [0; 4]), st.face, st.size)
                    } else {
                        // Shaped text: the part's width as shaped with this character.
                        let mut with = part.clone();
                        with.push(c);
                        self.metrics.width_uncached(&with, st.face, st.size) - pw
                    };
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
        if !is_simple(text) {
            // Shaped text: the longest start that fits with the ellipsis, by its shaped width
            // (a binary search: a start's width grows with its length, but for a ligature).
            let ends: Vec<usize> = text.char_indices().map(|(i, _)| i).collect();
            let (mut lo, mut hi) = (0, ends.len());
            while lo + 1 < hi {
                let mid = (lo + hi) / 2;
                let cand = format!("{}…", &text[..ends[mid]]);
                if self.metrics.width_uncached(&cand, st.face, st.size) <= width {
                    lo = mid;
                } else {
                    hi = mid;
                }
            }
            return format!("{}…", &text[..ends[lo]]);
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
