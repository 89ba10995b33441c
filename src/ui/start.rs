//! Starting the native window (wgpu, else glow) and eframe's hooks: each frame, and storage;
//! and the window's message when the rule file it was started with cannot be opened.

use crate::words::msg;
use std::path::PathBuf;
use std::process::ExitCode;

use crate::app::{AppState, install};
use crate::words::Lang;

use super::prefs::{PREFS_KEY, Prefs};
use super::recovery::RECOVERY_KEY;
use super::{KvalitetspengApp, NativeDialogs};
use crate::app::Recovery;

impl eframe::App for KvalitetspengApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        self.dialogs.set_lang(self.state.lang);
        self.ui_root(ui);
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        eframe::set_value(storage, PREFS_KEY, &self.prefs);
        // While a recovery is still being offered, keep it.
        if self.recovery_offer.is_none() {
            eframe::set_value(storage, RECOVERY_KEY, &self.recovery_snapshot());
        }
    }
}

/// Starts the desktop app: with the sample municipality unless files are given, and then with
/// only what those files hold (see [`AppState::for_startup`]).
///
/// Graphics: wgpu first (Vulkan, Metal, DX12 or OpenGL, whichever the machine has); if it cannot
/// start — common on virtual desktops without a GPU — eframe's OpenGL renderer (glow). Which one
/// runs is shown in Hjälp › Om.
pub fn run_app(rules: Option<PathBuf>, results: Option<PathBuf>, lang: Option<Lang>) -> ExitCode {
    run_app_with(rules, results, None, lang)
}

/// Starts the desktop app showing a locked run (`.kvp`), as when one is opened from the file
/// manager (the packages associate `.kvp` files with the program; see `src/main.rs`).
pub fn run_app_with_locked(locked: PathBuf) -> ExitCode {
    run_app_with(None, None, Some(locked), None)
}

fn run_app_with(
    rules: Option<PathBuf>,
    results: Option<PathBuf>,
    locked: Option<PathBuf>,
    lang: Option<Lang>,
) -> ExitCode {
    // The settings' folder is eframe's; the log goes beside them.
    install::set_data_dir(eframe::storage_dir(install::APP_NAME));
    // A Windows app has no console: what goes wrong at start-up is kept in the log too.
    install::log_panics();
    install::log(&format!("start: {}", install::version_line()));
    // Hjälp › Om's hash of the program file, read while the window starts rather than when
    // the dialog first opens (tens of MB).
    std::thread::spawn(install::exe_sha256);
    let mut failures: Vec<String> = Vec::new();
    for renderer in [eframe::Renderer::Wgpu, eframe::Renderer::Glow] {
        let started = std::rc::Rc::new(std::cell::Cell::new(false));
        let options = eframe::NativeOptions {
            viewport: egui::ViewportBuilder::default()
                .with_title("Kvalitetspeng")
                .with_icon(app_icon())
                .with_inner_size([1400.0, 860.0])
                .with_min_inner_size([800.0, 500.0])
                .with_drag_and_drop(true),
            renderer,
            ..Default::default()
        };
        let (rules, results, flag) = (rules.clone(), results.clone(), started.clone());
        let locked = locked.clone();
        let result = eframe::run_native(
            "Kvalitetspeng",
            options,
            Box::new(move |cc| {
                flag.set(true);
                let mut prefs: Prefs = cc
                    .storage
                    .and_then(|s| eframe::get_value(s, PREFS_KEY))
                    .unwrap_or_default();
                if let Some(l) = lang {
                    prefs.lang = l;
                }
                let state = AppState::for_startup(rules.as_deref(), results.as_deref(), prefs.lang);
                let recovery: Option<Recovery> = cc
                    .storage
                    .and_then(|s| eframe::get_value(s, RECOVERY_KEY))
                    .flatten();
                let mut app =
                    KvalitetspengApp::new(state, prefs, Box::new(NativeDialogs::default()));
                app.recovery_offer = recovery;
                app.window.renderer_info = renderer_info(cc);
                install::log(&format!("graphics: {}", app.window.renderer_info));
                if let Some(p) = &locked {
                    app.state.open_locked_at_start(p);
                }
                if !app.state.file_errors.is_empty() {
                    app.prefs.show_problems = true;
                }
                Ok(Box::new(app))
            }),
        );
        match result {
            Ok(()) => return ExitCode::SUCCESS,
            // The app ran and then failed: not a start-up problem another renderer solves.
            Err(e) if started.get() => {
                let msg = msg!(lang.unwrap_or_default().words(), "window-failed", e);
                install::log(&msg);
                eprintln!("{msg}");
                return ExitCode::from(3);
            }
            Err(e) => {
                let msg = msg!(
                    lang.unwrap_or_default().words(),
                    "renderer-failed",
                    renderer,
                    e
                );
                install::log(&msg);
                eprintln!("{msg}");
                failures.push(format!("{renderer}: {e}"));
            }
        }
    }
    let msg = msg!(
        lang.unwrap_or_default().words(),
        "window-could-not-start",
        failures = &failures.join("; ")
    );
    install::log(&msg);
    eprintln!("{msg}");
    ExitCode::from(3)
}

/// A file given at start-up could not be opened: its full path, what is wrong (in the
/// interface's language, located), and buttons to open another file or the sample (for the
/// rules), or to go on without it (for results or a locked run).
pub(super) fn start_failure_ui(app: &mut KvalitetspengApp, ui: &mut egui::Ui) {
    use crate::app::UiCommand;
    use crate::app::state::StartFile;
    use crate::words::Word;
    let lang = app.lang();
    let Some(f) = &app.state.start_failure else {
        return;
    };
    let (path, what, kind) = (f.path.display().to_string(), f.error.text(lang), f.kind);
    let (heading, advice, another, other) = match kind {
        StartFile::Rules => (
            Word::RuleFileCouldNotBeOpened,
            Word::NothingCalculatedOpenAnother,
            (Word::OpenAnotherRuleFile, UiCommand::OpenRules),
            Word::OpenTheSampleMunicipality,
        ),
        StartFile::Results => (
            Word::ResultsFileCouldNotBeOpened,
            Word::ResultsFileOpenAnotherOrContinue,
            (Word::OpenAnotherResultsFile, UiCommand::ImportResults),
            Word::ContinueWithoutIt,
        ),
        StartFile::Locked => (
            Word::LockedRunCouldNotBeOpened,
            Word::LockedRunOpenAnotherOrContinue,
            (Word::OpenAnotherLockedRun, UiCommand::OpenLocked),
            Word::ContinueWithoutIt,
        ),
    };
    let mut go_on = false;
    ui.vertical_centered(|ui| {
        ui.add_space(ui.available_height() * 0.15);
        egui::Frame::group(ui.style())
            .inner_margin(16.0)
            .show(ui, |ui| {
                ui.set_max_width(640.0);
                ui.vertical(|ui| {
                    ui.heading(lang.word(heading));
                    ui.add_space(6.0);
                    ui.add(egui::Label::new(egui::RichText::new(&path).monospace()).wrap());
                    ui.add_space(4.0);
                    ui.add(
                        egui::Label::new(
                            egui::RichText::new(what).color(ui.visuals().error_fg_color),
                        )
                        .wrap(),
                    );
                    ui.add_space(6.0);
                    ui.label(lang.word(advice));
                    ui.add_space(8.0);
                    ui.horizontal(|ui| {
                        if ui.button(lang.word(another.0)).clicked() {
                            app.commands.push(another.1);
                        }
                        if ui.button(lang.word(other)).clicked() {
                            match kind {
                                StartFile::Rules => app.commands.push(UiCommand::LoadSample),
                                _ => go_on = true,
                            }
                        }
                    });
                });
            });
    });
    if go_on {
        app.state.continue_without_start_file();
    }
}

/// The app's icon (`assets/icon.png`: a coin with a check mark).
fn app_icon() -> std::sync::Arc<egui::IconData> {
    std::sync::Arc::new(
        eframe::icon_data::from_png_bytes(include_bytes!("../../assets/icon.png"))
            .unwrap_or_default(),
    )
}

/// Which renderer and graphics adapter run, for Hjälp › Om.
fn renderer_info(cc: &eframe::CreationContext<'_>) -> String {
    if let Some(w) = &cc.wgpu_render_state {
        let info = w.adapter.get_info();
        return format!("wgpu ({:?}, {})", info.backend, info.name);
    }
    if cc.gl.is_some() {
        return "OpenGL (glow)".into();
    }
    String::new()
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_bundled_icon_decodes() {
        let icon = super::app_icon();
        assert_eq!((icon.width, icon.height), (256, 256));
        assert_eq!(icon.rgba.len(), 256 * 256 * 4);
    }
}
