//! Drawing the decision side: the banner of an open locked run, the "Fastställ" form and the
//! correction window. The logic is `app::locked`'s.

use crate::words::Text;
use crate::words::msg;
use egui::RichText;

use super::commands::CommandUi;
use super::{KvalitetspengApp, PathRequest};
use crate::app::UiCommand;
use crate::app::locked::FormPurpose;
use crate::words::Word;
use crate::words::number::format_number_lang;

/// Above the payout table while a locked run is open: what it is, whether it verified.
pub fn locked_banner_ui(app: &mut KvalitetspengApp, ui: &mut egui::Ui) {
    let lang = app.lang();
    let Some(l) = &app.state.locked else {
        return;
    };
    let ok = l.findings.is_empty();
    let color = if ok {
        super::theme::ok_color(ui.visuals())
    } else {
        ui.visuals().error_fg_color
    };
    let name = crate::app::files::display_name(&l.path);
    let mut leave = false;
    egui::Frame::new()
        .fill(color.gamma_multiply(0.12))
        .inner_margin(6.0)
        .corner_radius(4.0)
        .show(ui, |ui| {
            ui.horizontal_wrapped(|ui| {
                ui.label(
                    RichText::new(msg!(lang.words(), "ui-locked-locked-run-read-only", name))
                        .strong(),
                );
                if let Some(d) = &l.manifest.decision_reference {
                    ui.label(format!("· {d}"));
                }
                ui.weak(msg!(
                    lang.words(),
                    "ui-locked-locked",
                    locked_at = &lang.words().time_in_words(&l.manifest.locked_at)
                ));
                ui.label(
                    RichText::new(if ok {
                        lang.word(Word::VerifiedEveryFileMatches)
                    } else {
                        lang.word(Word::DoesNotVerifySee)
                    })
                    .color(color),
                )
                .on_hover_text(format!(
                    "{}: {}",
                    lang.word(Word::Fingerprint),
                    l.fingerprint
                ));
                if ui
                    .small_button(UiCommand::CorrectLocked.label(lang))
                    .on_hover_text(UiCommand::CorrectLocked.tooltip(lang))
                    .clicked()
                {
                    app.commands.push(UiCommand::CorrectLocked);
                }
                if ui
                    .small_button(UiCommand::CloseLocked.label(lang))
                    .on_hover_text(UiCommand::CloseLocked.tooltip(lang))
                    .clicked()
                {
                    leave = true;
                }
            });
            for f in &l.findings {
                ui.label(RichText::new(format!("⛔ {}", f.text(lang))).color(color));
            }
            if let Some(c) = &app.state.correction {
                ui.label(
                    RichText::new(msg!(
                        lang.words(),
                        "ui-locked-amounts-below-are-the-correction",
                        name = c.results.name,
                        providers = &c.diff.providers.len()
                    ))
                    .color(ui.visuals().warn_fg_color),
                );
            }
        });
    if leave {
        app.commands.push(UiCommand::CloseLocked);
    }
    ui.add_space(4.0);
}

/// The "Fastställ" form, and the decision report's and the statements' (one form, one code
/// path): the decision's reference (and whether to include the report in the archive);
/// unsaved rules are saved first; then the file (or folder) dialog.
pub fn lock_form_ui(app: &mut KvalitetspengApp, ctx: &egui::Context) {
    if !app.state.lock_form.open {
        return;
    }
    let lang = app.lang();
    let mut go = false;
    let mut cancel = false;
    let correcting = app.state.correction.is_some();
    let purpose = app.state.lock_form.purpose;
    let unsaved = app.state.rules_unsaved();
    let (title, intro, button) = match purpose {
        FormPurpose::Report => (
            Word::ReportFormTitle,
            Word::ReportFormIntro,
            Word::ChooseFileAndWriteReport,
        ),
        FormPurpose::Statements => (
            Word::StatementsFormTitle,
            Word::StatementsFormIntro,
            Word::ChooseFolderAndWriteStatements,
        ),
        FormPurpose::Lock if correcting => (
            Word::LockTheCorrection,
            Word::ArchiveKvpHoldsThe,
            Word::ChooseFileAndLock,
        ),
        FormPurpose::Lock => (
            Word::LockTheRunTitle,
            Word::ArchiveKvpHoldsThe,
            Word::ChooseFileAndLock,
        ),
    };
    egui::Modal::new(egui::Id::unique("lock_form")).show(ctx, |ui| {
        ui.set_max_width(520.0);
        ui.heading(lang.word(title));
        ui.label(lang.word(intro));
        let form = &mut app.state.lock_form;
        let l = ui.label(lang.word(Word::DecisionsReferenceEg));
        ui.add(egui::TextEdit::singleline(&mut form.reference).desired_width(360.0))
            .labelled_by(l.id);
        if purpose == FormPurpose::Lock {
            ui.checkbox(
                &mut form.with_report,
                lang.word(Word::IncludeTheDecisionReport),
            );
        }
        if unsaved {
            ui.label(
                RichText::new(lang.word(Word::RulesNotSavedSavedFirst))
                    .color(ui.visuals().warn_fg_color),
            );
        }
        ui.horizontal(|ui| {
            let label = match (unsaved, purpose) {
                (true, FormPurpose::Statements) => Word::SaveRulesAndChooseFolder,
                (true, _) => Word::SaveRulesAndChooseFile,
                (false, _) => button,
            };
            if ui.button(lang.word(label)).clicked() {
                go = true;
            }
            if ui.button(lang.word(Word::Cancel)).clicked() {
                cancel = true;
            }
        });
    });
    if cancel {
        app.state.lock_form.open = false;
    }
    if go && unsaved {
        // Saved as Arkiv › Spara would (asking for a file if they have none); the form stays
        // open if they were not (cancelled, or newer on disk).
        let next = app.state.handle(UiCommand::SaveRules);
        app.follow_up(next);
    }
    if go && !app.state.rules_unsaved() {
        app.state.lock_form.open = false;
        let (request, name) = match purpose {
            FormPurpose::Report => (PathRequest::Report, Word::DecisionReportFileName),
            FormPurpose::Statements => (PathRequest::Statements, Word::StatementsFolderName),
            FormPurpose::Lock => (PathRequest::Lock, Word::LockedKvp),
        };
        let p = if purpose == FormPurpose::Statements {
            app.dialogs.pick_folder()
        } else {
            app.dialogs.save_export(lang.word(name))
        };
        app.answer(request, lang.word(name), p);
    }
}

/// The correction: only the providers and indicators that change, with the kronor.
pub fn correction_window_ui(app: &mut KvalitetspengApp, ctx: &egui::Context) {
    let lang = app.lang();
    let Some(c) = &mut app.state.correction else {
        return;
    };
    let mut open = c.open;
    let mut export = false;
    let mut lock = false;
    let n2 = |d| format_number_lang(d, Some(2), lang);
    egui::Window::new(msg!(
        lang.words(),
        "ui-locked-correction-against",
        locked_name = c.diff.locked_name
    ))
    .id(egui::Id::unique("correction_window"))
    .open(&mut open)
    .default_width(560.0)
    .show(ctx, |ui| {
        ui.label(msg!(
            lang.words(),
            "ui-locked-providers-change-in-total-kr",
            providers = &c.diff.providers.len(),
            total_delta = &n2(c.diff.total_delta()),
            name = c.results.name
        ));
        egui::ScrollArea::vertical()
            .max_height(360.0)
            .show(ui, |ui| {
                for p in &c.diff.providers {
                    let d = p.after - p.before;
                    let sign = if d > rust_decimal::Decimal::ZERO {
                        "+"
                    } else {
                        ""
                    };
                    // (The UI font has no arrow: "före … efter …" in words.)
                    let (was, now) = (lang.word(Word::Before), lang.word(Word::After));
                    ui.label(
                        RichText::new(format!(
                            "{} {}: {was} {} kr, {now} {} kr ({sign}{} kr)",
                            p.id,
                            p.name,
                            n2(p.before),
                            n2(p.after),
                            n2(d)
                        ))
                        .strong(),
                    );
                    for i in &p.indicators {
                        ui.label(format!(
                            "   {}: {was} {} ({} kr), {now} {} ({} kr)",
                            i.name,
                            i.before_value,
                            n2(i.before_kronor),
                            i.after_value,
                            n2(i.after_kronor)
                        ));
                    }
                }
            });
        ui.horizontal(|ui| {
            if ui.button(lang.word(Word::ExportTheCorrectionCsv)).clicked() {
                export = true;
            }
            if ui
                .button(lang.word(Word::LockTheCorrectionButton))
                .on_hover_text(lang.word(Word::NewArchiveThatNames))
                .clicked()
            {
                lock = true;
            }
        });
    });
    c.open = open;
    if export {
        let name = lang.word(Word::CorrectionCsv);
        let p = app.dialogs.save_export(name);
        app.answer(PathRequest::CorrectionExport, name, p);
    }
    if lock {
        app.state.lock_form.open = true;
        app.state.lock_form.purpose = FormPurpose::Lock;
    }
}
