//! The egui user interface. Functions that draw end in `_ui`.
//!
//! Split as egui_demo_app and rerun's viewer split theirs: the frame's layout (`root`), the menu
//! bar (`menu`), modal questions (`modals`), file dialogs (`dialogs`), crash recovery
//! (`recovery`), how commands are shown and given (`commands`) and what the UI still asks for
//! them (`actions`), preferences (`prefs`) and starting the window (`start`), beside the views
//! (table, detail, editor, problems, decide, effect, locked). The UI reads no file itself: it asks
//! `crate::app`, which handles every command once per frame.

mod actions;
mod commands;
mod decide;
mod detail;
mod dialogs;
mod editor;
mod effect;
mod locked;
mod menu;
mod modals;
mod prefs;
mod problems;
mod recovery;
mod root;
mod start;
mod table;
mod table_columns;
pub mod theme;
mod widgets;

use std::path::PathBuf;

use crate::app::AppState;
use crate::app::UiCommand;
use crate::words::Lang;

pub use crate::app::Recovery;
pub use crate::app::commands::{PathRequest, Pending};
pub use dialogs::{FileDialogs, NativeDialogs, PathPrompt, ScriptedDialogs};
pub use prefs::{Prefs, ThemePref};
pub use recovery::{RECOVERY_KEY, local_time};
pub use root::layout;
pub use start::{run_app, run_app_with_locked};
pub use table::{SortColumn, TableView};

/// Each provider's Δ for (calculation version, comparison identity).
type DeltasCache = (u64, usize, std::rc::Rc<[Option<rust_decimal::Decimal>]>);

/// What the table derived from the calculation, kept until the calculation or view changes.
#[derive(Default)]
struct TableCaches {
    /// The table's rows in display order for (calculation version, view).
    rows: Option<(u64, TableView, usize, std::rc::Rc<[usize]>)>,
    /// Each provider's Δ against the comparison, for (calculation version, comparison).
    deltas: Option<DeltasCache>,
    /// The columns' measured widths for (calculation version, language, Δ shown, text height).
    widths: Option<(u64, crate::words::Lang, bool, u32, table_columns::Measured)>,
}

/// Questions and windows waiting for the user (at most one modal shows at a time).
#[derive(Default)]
pub struct Asking {
    /// An action waiting for "save changes?".
    pub unsaved: Option<Pending>,
    /// A workbook with several sheets, waiting for "which sheet?".
    pub sheet: Option<(PathBuf, Vec<String>)>,
    /// A save that would overwrite a newer file, waiting for "overwrite?".
    pub overwrite: Option<PathBuf>,
    /// A save that would lose the comments inside the rule file, waiting for "save anyway?".
    pub comments_lost: Option<PathBuf>,
    /// A path to type, because no native dialog could be shown.
    pub path_prompt: Option<PathPrompt>,
    /// The about window is open.
    pub about: bool,
    /// Hjälp › Kom igång is open.
    pub guide: bool,
}

/// The native window's side: closing, its title, the renderer.
#[derive(Default)]
struct Window {
    /// Set when the user confirmed quitting.
    allow_close: bool,
    last_title: String,
    /// The renderer that runs (wgpu with its backend and adapter, or glow), for Hjälp › Om.
    renderer_info: String,
    /// The report's font is added to egui's as the last fallback (see `root::fallback_font`).
    fonts_added: bool,
}

/// The desktop application: the app's state, the preferences kept between sessions
/// (`prefs`), and what exists only while it runs (the view, questions, caches, the window).
pub struct KvalitetspengApp {
    pub state: AppState,
    /// Persisted (eframe storage).
    pub prefs: Prefs,
    pub view: TableView,
    caches: TableCaches,
    pub dialogs: Box<dyn FileDialogs>,
    /// Selected provider id.
    pub selected: Option<String>,
    pub asking: Asking,
    /// Unsaved edits from a previous session, waiting for "restore?".
    pub recovery_offer: Option<Recovery>,
    /// The user chose to throw away unsaved edits: do not keep them for recovery.
    discard_recovery: bool,
    /// Commands given this frame (menus, buttons, shortcuts), run once after drawing.
    commands: Vec<UiCommand>,
    window: Window,
}

impl KvalitetspengApp {
    /// The app with the sample municipality and the given dialogs.
    pub fn new(state: AppState, prefs: Prefs, dialogs: Box<dyn FileDialogs>) -> Self {
        KvalitetspengApp {
            state,
            prefs,
            view: TableView::default(),
            caches: TableCaches::default(),
            dialogs,
            selected: None,
            asking: Asking::default(),
            recovery_offer: None,
            discard_recovery: false,
            commands: Vec::new(),
            window: Window::default(),
        }
    }

    /// For tests: the sample municipality, Swedish, scripted dialogs.
    pub fn for_tests(dialogs: ScriptedDialogs) -> Self {
        KvalitetspengApp::new(
            AppState::with_sample(Lang::Sv),
            Prefs::default(),
            Box::new(dialogs),
        )
    }

    pub fn lang(&self) -> Lang {
        self.prefs.lang
    }

    /// Queues a command to run at the end of the frame.
    pub fn command(&mut self, c: UiCommand) {
        self.commands.push(c);
    }

    /// The window title: file, unsaved marker, program.
    pub fn title(&self) -> String {
        format!(
            "{}{} – Kvalitetspeng",
            self.state.rules_label,
            if self.state.is_dirty() { " ●" } else { "" }
        )
    }
}
