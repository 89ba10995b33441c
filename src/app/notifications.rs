//! Notifications (toasts) with levels; also kept as a log for the problems panel.

/// How important a notification is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Level {
    Info,
    Success,
    Warning,
    Error,
}

/// A message to the user.
#[derive(Debug, Clone, PartialEq)]
pub struct Notification {
    pub level: Level,
    pub text: String,
    /// Seconds since the app started when it was raised (for fading toasts out).
    pub time_s: f64,
    /// The notice of an edit that "Ångra" undoes: the undo history's depth right after it
    /// (the button is offered only while that edit is still the latest).
    pub undo_at: Option<usize>,
}
