//! Draws laid-out pages into a PDF with krilla: the fonts embedded (subset), text as real
//! text (searchable, copyable, extractable), the footer on every page. The same pages give
//! the same bytes (no time or random id is written). Characters the fonts have no glyph for
//! are drawn as the font's empty box and returned, so that the report warns of them.

use std::collections::BTreeMap;

use krilla::Document;
use krilla::color::rgb;
use krilla::geom::{PathBuilder, Point, Rect};
use krilla::metadata::Metadata;
use krilla::num::NormalizedF32;
use krilla::page::PageSettings;
use krilla::paint::Fill;
use krilla::text::{Font, GlyphId, KrillaGlyph};

use super::layout::{Face, Metrics, PAGE_H, PAGE_W, Page, is_simple};

/// Each character drawn without a glyph (as the font's empty box), with the first text it
/// was met in.
pub type Missing = BTreeMap<char, String>;

/// The footer lines of page `k` (1-based) of `n`.
pub type FooterFn<'a> = dyn Fn(usize, usize) -> Vec<String> + 'a;

/// Renders `pages`, with `footer(k, n)` below the body of each; also returns the characters
/// drawn without a glyph.
pub fn render(
    pages: &[Page],
    metrics: &mut Metrics,
    regular: &'static [u8],
    bold: &'static [u8],
    title: &str,
    lang: &str,
    footer: &FooterFn<'_>,
) -> Result<(Vec<u8>, Missing), String> {
    let font = |b: &'static [u8]| Font::new(b.into(), 0).ok_or("the report font cannot be read");
    let fonts = [font(regular)?, font(bold)?];
    let mut doc = Document::new();
    doc.set_metadata(
        Metadata::new()
            .title(title.to_string())
            .language(lang.to_string())
            .creator(format!("Kvalitetspeng {}", env!("CARGO_PKG_VERSION"))),
    );
    let n = pages.len();
    let mut missing = Missing::new();
    for (k, p) in pages.iter().enumerate() {
        let settings = PageSettings::from_wh(PAGE_W, PAGE_H).ok_or("page size")?;
        let mut page = doc.start_page_with(settings);
        let mut s = page.surface();
        for b in &p.blocks {
            let Some(rect) = Rect::from_xywh(b.x, b.y, b.w, b.h) else {
                continue;
            };
            let mut pb = PathBuilder::new();
            pb.push_rect(rect);
            if let Some(path) = pb.finish() {
                s.set_fill(Some(Fill {
                    paint: rgb::Color::new(b.rgb.0, b.rgb.1, b.rgb.2).into(),
                    opacity: NormalizedF32::ONE,
                    rule: Default::default(),
                }));
                s.draw_path(&path);
            }
        }
        let mut gray = None;
        let mut draw = |s: &mut krilla::surface::Surface<'_>,
                        x: f32,
                        y: f32,
                        text: &str,
                        face: Face,
                        size: f32,
                        g: u8| {
            if gray != Some(g) {
                s.set_fill(Some(Fill {
                    paint: rgb::Color::new(g, g, g).into(),
                    opacity: NormalizedF32::ONE,
                    rule: Default::default(),
                }));
                gray = Some(g);
            }
            let (dx, glyphs) = glyphs(metrics, text, face, &mut missing);
            s.draw_glyphs(
                Point::from_xy(x + dx * size, y),
                &glyphs,
                fonts[face as usize].clone(),
                text,
                size,
                false,
            );
        };
        for r in &p.runs {
            draw(&mut s, r.x, r.y, &r.text, r.face, r.size, r.gray);
        }
        for (i, line) in footer(k + 1, n).iter().enumerate() {
            draw(
                &mut s,
                super::layout::MARGIN_X,
                PAGE_H - 40.0 + 9.0 * i as f32,
                line,
                Face::Regular,
                6.6,
                80,
            );
        }
        s.finish();
        page.finish();
    }
    let bytes = doc.finish().map_err(|e| format!("{e:?}"))?;
    Ok((bytes, missing))
}

/// The glyphs that draw `text` (a run, one line) in `face`, in the order they are written,
/// and where the first is placed (in em from the run's left edge); characters without a glyph
/// are added to `missing`.
pub fn glyphs(
    metrics: &mut Metrics,
    text: &str,
    face: Face,
    missing: &mut Missing,
) -> (f32, Vec<KrillaGlyph>) {
    let mut start = 0.0;
    let glyphs: Vec<KrillaGlyph> = if is_simple(text) {
        // The glyphs and advances the layout measured with (no shaping: one Latin font, no
        // kerning), each glyph mapped back to its character for text extraction. Shaping
        // every run with rustybuzz took 5,9 s of 6,5 s at 5 000 providers.
        text.char_indices()
            .map(|(i, c)| {
                let (gid, adv) = metrics.glyph(c, face);
                if gid == 0 {
                    missing.entry(c).or_insert_with(|| text.to_string());
                }
                KrillaGlyph::new(
                    GlyphId::new(u32::from(gid)),
                    adv,
                    0.0,
                    0.0,
                    0.0,
                    i..i + c.len_utf8(),
                    None,
                )
            })
            .collect()
    } else {
        // Shaped text, its glyphs in logical order (so the text layer reads in that order):
        // each glyph's advance is the step to where the next one is placed, leftwards inside
        // a right-to-left run.
        let shaped = metrics.shaped(text, face);
        let g = &shaped.glyphs;
        if let Some(first) = g.first() {
            start = first.x;
        }
        g.iter()
            .enumerate()
            .map(|(k, p)| {
                if p.gid == 0 {
                    for c in text[p.range.clone()].chars() {
                        missing.entry(c).or_insert_with(|| text.to_string());
                    }
                }
                let step = g.get(k + 1).map_or(p.advance, |n| n.x - p.x);
                KrillaGlyph::new(
                    GlyphId::new(u32::from(p.gid)),
                    step,
                    p.dx,
                    p.dy,
                    0.0,
                    p.range.clone(),
                    None,
                )
            })
            .collect()
    };
    let space = metrics.glyph(' ', face).0;
    (start, with_actual_text_for_missing(glyphs, space))
}

/// Each run of `.notdef` glyphs (characters without a glyph) made one cluster, for the run's
/// characters, and followed by an invisible glyph (the space, no advance of its own) of that
/// cluster: krilla then writes the characters as the cluster's `ActualText`, so a viewer copies
/// the real characters for the empty boxes; without it every box shares the one Unicode
/// mapping of `.notdef`, that of the first character met.
fn with_actual_text_for_missing(glyphs: Vec<KrillaGlyph>, space: u16) -> Vec<KrillaGlyph> {
    let notdef = |g: &KrillaGlyph| g.glyph_id.to_u32() == 0;
    if !glyphs.iter().any(notdef) {
        return glyphs;
    }
    let mut out: Vec<KrillaGlyph> = Vec::with_capacity(glyphs.len() + 1);
    let mut run = 0; // how many glyphs at the end of `out` are the current run of .notdef
    let close = |out: &mut Vec<KrillaGlyph>, run: usize| {
        if run == 0 {
            return;
        }
        let first = out.len() - run;
        let range = out[first].text_range.start..out[out.len() - 1].text_range.end;
        for g in &mut out[first..] {
            g.text_range = range.clone();
        }
        // The last box's step is the invisible glyph's, so every glyph stays where it was.
        let last = out.len() - 1;
        let step = std::mem::replace(&mut out[last].x_advance, 0.0);
        out.push(KrillaGlyph::new(
            GlyphId::new(u32::from(space)),
            step,
            0.0,
            0.0,
            0.0,
            range,
            None,
        ));
    };
    for g in glyphs {
        let joins = run > 0
            && notdef(&g)
            && out
                .last()
                .is_some_and(|p| p.text_range.end == g.text_range.start);
        if !joins {
            close(&mut out, run);
            run = 0;
        }
        if notdef(&g) {
            run += 1;
        }
        out.push(g);
    }
    close(&mut out, run);
    out
}
