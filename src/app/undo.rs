//! Undo/redo of rule edits, with continuous edits (a slider drag, typing in a field) merged
//! into one step: the caller only [`UndoStack::settle`]s when the interaction has ended.

use crate::domain::RuleSet;
use crate::words::msg;

/// Undo history of rule sets.
#[derive(Debug, Clone)]
pub struct UndoStack {
    past: Vec<RuleSet>,
    future: Vec<RuleSet>,
    /// The state after the last settled edit.
    committed: RuleSet,
}

impl UndoStack {
    /// At most this many steps are kept.
    pub const LIMIT: usize = 200;

    pub fn new(current: &RuleSet) -> Self {
        UndoStack {
            past: Vec::new(),
            future: Vec::new(),
            committed: current.clone(),
        }
    }

    /// Records `current` as one step if it differs from the last settled state.
    pub fn settle(&mut self, current: &RuleSet) {
        if *current != self.committed {
            let prev = std::mem::replace(&mut self.committed, current.clone());
            self.past.push(prev);
            if self.past.len() > Self::LIMIT {
                self.past.remove(0);
            }
            self.future.clear();
        }
    }

    pub fn can_undo(&self, current: &RuleSet) -> bool {
        !self.past.is_empty() || *current != self.committed
    }

    /// How many settled steps there are to undo (a notice's "Ångra" names one by this).
    pub fn depth(&self) -> usize {
        self.past.len()
    }

    /// True when the latest settled step is the one at `depth` and nothing was edited since.
    pub fn is_latest(&self, depth: usize, current: &RuleSet) -> bool {
        depth > 0 && self.past.len() == depth && *current == self.committed
    }

    /// The rules an undo would bring back (the unsettled edit's start, else the last step).
    pub fn undo_target(&self, current: &RuleSet) -> Option<&RuleSet> {
        if *current != self.committed {
            Some(&self.committed)
        } else {
            self.past.last()
        }
    }

    /// The rules a redo would bring back.
    pub fn redo_target(&self) -> Option<&RuleSet> {
        self.future.last()
    }

    pub fn can_redo(&self) -> bool {
        !self.future.is_empty()
    }

    /// Steps back; returns true if anything changed.
    pub fn undo(&mut self, current: &mut RuleSet) -> bool {
        self.settle(current);
        match self.past.pop() {
            Some(prev) => {
                self.future.push(std::mem::replace(current, prev.clone()));
                self.committed = prev;
                true
            }
            None => false,
        }
    }

    /// Steps forward again; returns true if anything changed.
    pub fn redo(&mut self, current: &mut RuleSet) -> bool {
        self.settle(current);
        match self.future.pop() {
            Some(next) => {
                self.past.push(std::mem::replace(current, next.clone()));
                self.committed = next;
                true
            }
            None => false,
        }
    }

    /// Forgets the history (a new document was opened).
    pub fn reset(&mut self, current: &RuleSet) {
        *self = UndoStack::new(current);
    }
}

impl super::AppState {
    /// What Ångra (`redo` false) or Gör om would change, in words: the first change of the
    /// rules (e.g. `Hemtjänst › Gott bemötande: vikt 10 → 15 %`) and how many more; `None`
    /// when there is nothing to undo or the change is only of a name.
    pub fn undo_text(&self, redo: bool) -> Option<String> {
        use crate::domain::decide::rule_changes::rule_changes;
        let changes = if redo {
            rule_changes(&self.rules, self.undo.redo_target()?)
        } else {
            rule_changes(self.undo.undo_target(&self.rules)?, &self.rules)
        };
        let first = changes.first()?.text(self.lang);
        Some(match changes.len() - 1 {
            0 => first,
            more => format!(
                "{first} {}",
                msg!(self.lang.words(), "undo-and-more", n = more)
            ),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rules(name: &str) -> RuleSet {
        RuleSet {
            format_version: 1,
            municipality: "K".into(),
            name: name.into(),
            period: "2025".into(),
            schemes: vec![],
            corrections: None,
        }
    }

    #[test]
    fn continuous_edits_merge_until_settled() {
        let mut cur = rules("a");
        let mut u = UndoStack::new(&cur);
        // a drag through b, c, d, settled once at the end
        for n in ["b", "c", "d"] {
            cur.name = n.into();
        }
        u.settle(&cur);
        cur.name = "e".into();
        u.settle(&cur);
        assert!(u.undo(&mut cur));
        assert_eq!(cur.name, "d");
        assert!(u.undo(&mut cur));
        assert_eq!(cur.name, "a");
        assert!(!u.undo(&mut cur));
        assert!(u.redo(&mut cur));
        assert_eq!(cur.name, "d");
        // a new edit clears redo
        cur.name = "x".into();
        u.settle(&cur);
        assert!(!u.redo(&mut cur));
    }

    #[test]
    fn unsettled_edit_is_undone_too() {
        let mut cur = rules("a");
        let mut u = UndoStack::new(&cur);
        cur.name = "b".into();
        assert!(u.undo(&mut cur));
        assert_eq!(cur.name, "a");
    }
}
