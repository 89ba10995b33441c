//! Issue 34's workbench items that were still open, driven through the real UI (egui_kittest):
//! Arkiv › Utskick only from saved rules with the decision's reference (the report's form),
//! exports of unsaved rules marked as drafts; a results file or a locked run that cannot be
//! opened at start-up; Beslutsstöd's chart following its parameter, with the budget and the
//! step limit; the peer chart's hover, axes and levels in words; the table's columns beside
//! the explanation at 1280×720; the path field without a file dialog; text contrast in both
//! themes.

mod common;

use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use kvalitetspeng::app::UiCommand;
use kvalitetspeng::ui::{KvalitetspengApp, ScriptedDialogs};

fn build(
    state: kvalitetspeng::app::AppState,
    dialogs: ScriptedDialogs,
    size: [f32; 2],
) -> Harness<'static, KvalitetspengApp> {
    let app = KvalitetspengApp::new(state, Default::default(), Box::new(dialogs));
    let mut h = Harness::builder()
        .with_size(size)
        .build_ui_state(|ui, app: &mut KvalitetspengApp| app.ui_root(ui), app);
    h.run();
    h
}

fn scripted(answers: Vec<Option<std::path::PathBuf>>) -> ScriptedDialogs {
    ScriptedDialogs {
        answers: answers.into(),
        ..Default::default()
    }
}

/// The sample municipality (its rules exist nowhere on disk).
fn sample(
    answers: Vec<Option<std::path::PathBuf>>,
    size: [f32; 2],
) -> Harness<'static, KvalitetspengApp> {
    build(
        kvalitetspeng::app::AppState::with_sample(kvalitetspeng::words::Lang::Sv),
        scripted(answers),
        size,
    )
}

/// The app started as `kvalitetspeng --rules R --results S` would be.
fn started(
    rules: Option<&std::path::Path>,
    results: Option<&std::path::Path>,
    dialogs: ScriptedDialogs,
    size: [f32; 2],
) -> Harness<'static, KvalitetspengApp> {
    let state =
        kvalitetspeng::app::AppState::for_startup(rules, results, kvalitetspeng::words::Lang::Sv);
    build(state, dialogs, size)
}

/// Whether this machine can draw image snapshots (see tests/ui_workbench.rs).
fn drawable() -> bool {
    let ok = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        sample(vec![], [320.0, 200.0]).render().is_ok()
    }))
    .unwrap_or(false);
    assert!(
        ok || std::env::var_os("KVP_REQUIRE_SNAPSHOTS").is_none(),
        "no graphics adapter: the image snapshots cannot be drawn"
    );
    ok
}

/// Snapshots at 1024×640 and 1280×720 of the screen `make` gives at that size.
fn snapshots(name: &str, make: impl Fn([f32; 2]) -> Harness<'static, KvalitetspengApp>) {
    if !drawable() {
        eprintln!("image snapshots NOT compared: no graphics adapter here");
        return;
    }
    let mut results = egui_kittest::SnapshotResults::new();
    for size in [[1024.0, 640.0], [1280.0, 720.0]] {
        let mut h = make(size);
        h.snapshot(format!("{name}_{}x{}", size[0], size[1]));
        results.extend_harness(&mut h);
    }
    results.unwrap();
}

const REFERENCE: &str = "Beslutets referens (t.ex. ÄN 2026-03-12 §14)";

/// Arkiv › Utskick of the sample's (unsaved) rules: the report's form, asking to save and for
/// the reference; the statements then name the saved file, its checksum and the reference.
#[test]
fn statements_of_unsaved_rules_ask_to_save_and_for_the_reference() {
    let dir = tempfile::tempdir().unwrap();
    let ron = dir.path().join("regler 2026.ron");
    let out = dir.path().join("utskick");
    let mut h = sample(vec![Some(ron.clone()), Some(out.clone())], [1600.0, 1000.0]);
    // Asked for directly, unsaved rules give no statements.
    assert!(!h.state_mut().state.export_statements(&out, None));
    h.state_mut().state.wait_for_jobs();
    assert!(!out.exists());
    h.get_by_label("Arkiv").click();
    h.run();
    h.get_by_label("Utskick…").click();
    h.run();
    h.run();
    h.get_by_label("Utskick till utförarna (PDF)");
    h.get_by_label_contains("Reglerna är inte sparade");
    h.get_by_label(REFERENCE).focus();
    h.run();
    h.get_by_label(REFERENCE).type_text("ÄN 2026-03-12 §14");
    h.run();
    h.get_by_label("Spara reglerna och välj mapp…").click();
    h.run();
    h.run();
    h.state_mut().state.wait_for_jobs();
    h.run();
    assert!(!h.state().state.rules_unsaved());
    let sha = kvalitetspeng::io::audit::sha256_hex(&std::fs::read(&ron).unwrap());
    let pdfs: Vec<_> = std::fs::read_dir(&out)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "pdf"))
        .collect();
    assert_eq!(pdfs.len(), 25, "one per provider");
    let text = pdf_extract::extract_text_from_mem(&std::fs::read(&pdfs[0]).unwrap()).unwrap();
    let flat: String = text.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(flat.contains("ÄN 2026-03-12 §14"), "{flat}");
    assert!(flat.contains("regler 2026.ron"), "{flat}");
    assert!(!flat.contains("ej sparad"), "{flat}");
    assert!(flat.replace(' ', "").contains(&sha), "{sha} in {flat}");
    // Saved now: the form asks only for the folder.
    h.state_mut().command(UiCommand::ExportStatements);
    h.run();
    h.run();
    assert!(
        h.query_by_label_contains("Reglerna är inte sparade")
            .is_none()
    );
    h.get_by_label("Välj mapp och skriv utskicken…");
}

#[test]
fn snapshots_of_the_statements_form() {
    snapshots("statements_form", |size| {
        let mut h = sample(vec![], size);
        h.state_mut().command(UiCommand::ExportStatements);
        h.run();
        h.run();
        h
    });
}

/// A payout export of unsaved rules is a draft, said plainly: its verification file names no
/// rule file and no checksum of rules that exist nowhere, and the notice says so.
#[test]
fn an_export_of_unsaved_rules_is_marked_as_a_draft() {
    let dir = tempfile::tempdir().unwrap();
    let csv = dir.path().join("utbetalning.csv");
    let mut h = sample(vec![Some(csv.clone())], [1600.0, 1000.0]);
    h.state_mut().command(UiCommand::ExportPayoutsCsv);
    h.run();
    h.run();
    let audit = std::fs::read_to_string(dir.path().join("utbetalning.verifikation.csv")).unwrap();
    assert!(
        audit.contains("regelfil;UTKAST av regler som inte är sparade (sjovik/rules.ron)"),
        "{audit}"
    );
    assert!(
        audit.contains("regelfil_sha256;ingen (reglerna finns inte som fil)"),
        "{audit}"
    );
    assert!(!audit.contains("ej sparad"), "{audit}");
    assert!(
        h.get_all_by_label_contains("utkast: reglerna är inte sparade")
            .count()
            >= 1
    );
}

/// A results file that is not there at start-up: one message with its full path and what is
/// wrong, in Swedish; "Fortsätt utan filen" shows the rules without results.
#[test]
fn a_missing_results_file_at_start_up_says_so_and_goes_on_without_it() {
    let dir = tempfile::tempdir().unwrap();
    let rules = common::sample("worked_example_b/rules.ron");
    let missing = dir.path().join("resultat 2026.csv");
    let mut h = started(
        Some(&rules),
        Some(&missing),
        scripted(vec![]),
        [1280.0, 720.0],
    );
    h.get_by_label("Resultatfilen kunde inte öppnas");
    h.get_by_label(&missing.display().to_string());
    let what = h
        .state()
        .state
        .start_failure
        .as_ref()
        .unwrap()
        .error
        .text(kvalitetspeng::words::Lang::Sv);
    assert_eq!(
        what,
        "resultat 2026.csv: filen finns inte (eller en mapp i sökvägen)"
    );
    h.get_by_label(&what);
    assert!(h.query_by_label("Ingen beräkning ännu").is_none());
    h.get_by_label("Fortsätt utan filen").click();
    h.run();
    h.run();
    assert!(h.state().state.start_failure.is_none());
    assert!(
        h.query_by_label("Resultatfilen kunde inte öppnas")
            .is_none()
    );
    assert!(h.state().state.file_errors.is_empty());
    assert_eq!(h.state().state.rules_label, "rules.ron");
}

/// A broken results file: "Öppna en annan resultatfil…" reads another and calculates.
#[test]
fn a_broken_results_file_at_start_up_offers_another() {
    let dir = tempfile::tempdir().unwrap();
    let rules = common::sample("worked_example_b/rules.ron");
    let broken = dir.path().join("trasig.csv");
    std::fs::write(&broken, "utforare_id;period\nA;2025;extra\n").unwrap();
    let good = common::sample("worked_example_b/results.csv");
    let mut h = started(
        Some(&rules),
        Some(&broken),
        scripted(vec![Some(good)]),
        [1280.0, 720.0],
    );
    h.get_by_label("Resultatfilen kunde inte öppnas");
    h.get_by_label(&broken.display().to_string());
    h.get_by_label("Öppna en annan resultatfil…").click();
    h.run();
    h.run();
    assert!(h.state().state.start_failure.is_none());
    assert_eq!(h.state().state.calc.as_ref().unwrap().providers.len(), 3);
}

/// A locked run (.kvp) that is no archive: the message names it; going on leaves it.
#[test]
fn a_broken_locked_run_at_start_up_says_so() {
    let dir = tempfile::tempdir().unwrap();
    let kvp = dir.path().join("beslut 2025.kvp");
    std::fs::write(&kvp, b"inget arkiv").unwrap();
    let mut h = started(Some(&kvp), None, scripted(vec![]), [1280.0, 720.0]);
    h.get_by_label("Det fastställda arkivet kunde inte öppnas");
    h.get_by_label(&kvp.display().to_string());
    h.get_by_label("Öppna ett annat arkiv…");
    h.get_by_label("Fortsätt utan filen").click();
    h.run();
    assert!(h.state().state.start_failure.is_none());
    assert!(h.state().state.locked.is_none());
}

#[test]
fn snapshots_of_a_missing_results_file_at_start_up() {
    let rules = common::sample("worked_example_b/rules.ron");
    snapshots("start_failure_results", |size| {
        let missing = std::path::Path::new("/saknas/resultat 2026.csv");
        let mut h = started(Some(&rules), Some(missing), scripted(vec![]), size);
        // A fixed path, so that the image does not depend on the machine.
        h.state_mut().state.start_failure.as_mut().unwrap().path =
            "/home/kommunen/Beslut/Kvalitetspeng/resultat 2026.csv".into();
        h.run();
        h
    });
}

fn open_sweep(h: &mut Harness<'static, KvalitetspengApp>) {
    h.get_by_label("Beslut").click();
    h.run();
    h.get_by_label("Beslutsstöd…").click();
    h.run();
}

/// The sweep's chart follows the chosen parameter (swept again when it changes), draws the
/// scheme's budget, and the step limit is said in words.
#[test]
fn the_sweep_follows_its_parameter_with_the_budget_and_the_step_limit() {
    let mut h = sample(vec![], [1600.0, 1400.0]);
    h.state_mut().state.rules.schemes[0].budget = Some(common::d("2500000"));
    h.run();
    open_sweep(&mut h);
    h.get_by_label("2–50 steg; varje steg är en hel beräkning");
    h.get_by_label("Kör känslighetsanalys").click();
    h.run();
    h.run();
    h.get_by_label("Summa (kr) mot Hemtjänst · sats");
    // Above the chart, and the line's name in its legend.
    assert!(h.get_all_by_label("Budget: 2 500 000,00 kr").count() >= 1);
    h.get_by_label("Parameter").click();
    h.run();
    h.get_by_label("Hemtjänst · Gott bemötande från personalen · nivå")
        .click();
    h.run();
    h.run();
    assert!(
        h.query_by_label("Summa (kr) mot Hemtjänst · sats")
            .is_none()
    );
    h.get_by_label("Summa (kr) mot Hemtjänst · Gott bemötande från personalen · nivå");
    let s = h.state().state.decide.sweep.result.clone().unwrap();
    assert_eq!(s.param.to_string(), "hemtjanst.ht_bemotande.level");
    assert_eq!(s.steps.first().unwrap().value, common::d("76"));
}

#[test]
fn snapshots_of_the_sweep_with_its_budget() {
    snapshots("sweep_budget", |size| {
        let mut h = sample(vec![], size);
        h.state_mut().state.rules.schemes[0].budget = Some(common::d("2500000"));
        h.run();
        open_sweep(&mut h);
        h.get_by_label("Kör känslighetsanalys").click();
        h.run();
        h.run();
        h
    });
}

/// Opens HT10's explanation and its first peer chart (a tall window: all on screen).
fn peer_chart(size: [f32; 2]) -> Harness<'static, KvalitetspengApp> {
    let mut h = sample(vec![], size);
    h.get_by_label("Nära omsorg i Sjövik").click();
    h.run();
    h.get_all_by_label("Alla 15 utförares resultat mot nivåerna")
        .next()
        .unwrap()
        .click();
    h.run();
    h.run();
    h
}

/// The peer chart says in words what its axes, points and lines are, the level with its
/// value; hovering a point names the provider and its value.
#[test]
fn the_peer_chart_names_its_axes_levels_and_the_provider_under_the_pointer() {
    let mut h = peer_chart([1600.0, 2000.0]);
    // Tooltips at once (the harness steps its clock by frames).
    h.ctx.all_styles_mut(|s| s.interaction.tooltip_delay = 0.0);
    let caption = h
        .get_by_label_contains("Vågrätt värdet, lodrätt utförarna i ordning")
        .rect();
    // The chart is just above its caption: sweep the pointer over it until a point is hit.
    let names: Vec<String> = h
        .state()
        .state
        .calc
        .as_ref()
        .unwrap()
        .providers
        .iter()
        .map(|p| format!("{} {}: ", p.id, p.name))
        .collect();
    let mut found = None;
    'scan: for row in 0..9 {
        for col in 0..30 {
            let pos = egui::pos2(
                caption.left() + 40.0 + col as f32 * 14.0,
                caption.top() - 122.0 + row as f32 * 14.0,
            );
            h.hover_at(pos);
            h.run();
            if let Some(n) = names.iter().find_map(|n| {
                h.query_all_by_label_contains(n)
                    .filter_map(|x| x.value())
                    .find(|v| v.contains(n.as_str()))
            }) {
                found = Some(n);
                break 'scan;
            }
        }
    }
    let found = found.expect("hovering the chart names a provider");
    assert!(found.ends_with(" %"), "hover: {found:?}");
    // The levels with their values, in the caption.
    let text = h
        .get_by_label_contains("Vågrätt värdet, lodrätt utförarna i ordning")
        .value()
        .unwrap_or_default();
    assert!(text.contains("Linjer: "), "caption: {text:?}");
    assert!(text.chars().any(|c| c.is_ascii_digit()), "{text}");
}

#[test]
fn snapshots_of_the_peer_chart() {
    snapshots("peer_chart", |size| {
        let mut h = peer_chart(size);
        h.get_by_label_contains("Vågrätt värdet, lodrätt utförarna i ordning")
            .scroll_to_me();
        h.run();
        h
    });
}

/// At 1280×720 with the explanation open, every column of the table is on screen, left of
/// the explanation (at 1024×640 the columns right of Kvalitetspeng scroll sideways).
#[test]
fn the_regi_and_status_columns_are_visible_beside_the_explanation_at_1280() {
    let mut h = sample(vec![], [1280.0, 720.0]);
    h.get_by_label("Nära omsorg i Sjövik").click();
    h.run();
    let heading = h
        .get_all_by_label("Nära omsorg i Sjövik")
        .map(|n| n.rect())
        .max_by(|a, b| a.left().total_cmp(&b.left()))
        .unwrap();
    for column in ["Regi", "Status", "Verksamhet", "Volym", "Poäng"] {
        // The table's header (the explanation has a "Status" of its own, right of it).
        let r = h
            .get_all_by_label(column)
            .map(|n| n.rect())
            .min_by(|a, b| a.left().total_cmp(&b.left()))
            .unwrap();
        assert!(
            r.left() >= 0.0 && r.right() < heading.left() && r.bottom() <= 720.0,
            "{column} at {r:?}, the explanation from {}",
            heading.left()
        );
    }
    // A row's Regi and Status on screen too.
    let status = h
        .get_all_by_label("kvalificerad")
        .map(|n| n.rect())
        .min_by(|a, b| a.left().total_cmp(&b.left()))
        .unwrap();
    assert!(status.right() < heading.left(), "{status:?}");
}

/// The table's columns are measured from their texts and fitted: at 1280×720 all of them are
/// in view with the rule editor open and with the explanation open; at 1024×640 at least
/// Utförare, Kvalitetspeng and Status are (the least needed columns give way first).
#[test]
fn the_table_fits_its_columns_at_1024_and_1280() {
    let all = [
        "Id",
        "Utförare",
        "Kvalitetspeng",
        "Poäng",
        "Volym",
        "Verksamhet",
        "Regi",
        "Status",
    ];
    let least = ["Utförare", "Kvalitetspeng", "Status"];
    let draw = drawable();
    let mut images = egui_kittest::SnapshotResults::new();
    for (size, explain, must) in [
        ([1280.0, 720.0], false, &all[..]),
        ([1280.0, 720.0], true, &all[..]),
        ([1024.0, 640.0], false, &least[..]),
        ([1024.0, 640.0], true, &least[..]),
    ] {
        let mut h = sample(vec![], size);
        h.run();
        assert!(h.state().prefs.show_editor, "the rule editor is open");
        // Where the table ends: the window's edge, or the explanation's heading.
        let mut end = size[0];
        if explain {
            h.get_by_label("Nära omsorg i Sjövik").click();
            h.run();
            end = h
                .get_all_by_label("Nära omsorg i Sjövik")
                .map(|n| n.rect().left())
                .fold(f32::MIN, f32::max);
        }
        if draw {
            let which = if explain { "explanation" } else { "editor" };
            h.snapshot(format!("table_fit_{which}_{}x{}", size[0], size[1]));
            images.extend_harness(&mut h);
        }
        for column in must {
            // The table's header (the explanation has a "Status" of its own, right of it).
            let r = h
                .get_all_by_label_contains(column)
                .map(|n| n.rect())
                .filter(|r| r.top() > 150.0 && r.top() < 260.0)
                .min_by(|a, b| a.left().total_cmp(&b.left()))
                .unwrap_or_else(|| {
                    let all: Vec<_> = h
                        .get_all_by_label_contains(column)
                        .map(|n| n.rect())
                        .collect();
                    panic!("{column} at {size:?}: {all:?}")
                });
            assert!(
                r.left() >= 0.0 && r.right() <= end && r.bottom() <= size[1],
                "{column} at {r:?} in {size:?} (explanation {explain}), the table to {end}"
            );
        }
        // A column left out for want of room is named above the table; none when all fit.
        let hidden: Vec<String> = h
            .query_all_by_label_contains("Dolda för att få plats: ")
            .filter_map(|n| n.value())
            .collect();
        for column in all {
            let shown = h
                .query_all_by_label_contains(column)
                .filter(|n| !n.value().is_some_and(|v| v.starts_with("Dolda")))
                .any(|n| n.rect().top() > 150.0 && n.rect().top() < 260.0);
            let named = hidden.iter().any(|l| l.contains(column));
            assert!(
                shown || named,
                "{column} neither shown nor named at {size:?} (explanation {explain}): {hidden:?}"
            );
        }
        if size[0] > 1200.0 {
            assert!(hidden.is_empty(), "{hidden:?} at {size:?}");
        } else {
            assert_eq!(hidden.len(), 1, "at {size:?} (explanation {explain})");
        }
    }
    images.unwrap();
}

/// Without a file dialog the path field says what it is for, proposes a folder and a file
/// name, and has the keyboard focus (typing goes straight in).
#[test]
fn the_path_field_names_the_action_proposes_a_path_and_has_focus() {
    let dir = tempfile::tempdir().unwrap();
    let rules = dir.path().join("regler.ron");
    std::fs::copy(common::sample("worked_example_b/rules.ron"), &rules).unwrap();
    let dialogs = ScriptedDialogs {
        no_dialogs: true,
        ..Default::default()
    };
    let mut h = started(Some(&rules), None, dialogs, [1280.0, 720.0]);
    h.state_mut().command(UiCommand::ExportPayoutsXlsx);
    h.run();
    h.run();
    h.get_by_label("Exportera utbetalning (Excel)");
    let field = h.get_by_label("Sökväg");
    let folder = std::path::absolute(dir.path()).unwrap();
    let proposed = folder.join("utbetalning.xlsx").display().to_string();
    assert_eq!(field.value().as_deref(), Some(proposed.as_str()));
    assert!(field.is_focused(), "the field has the focus");
    // Enter takes the proposal.
    h.key_press(Key::Enter);
    h.run();
    h.run();
    assert!(folder.join("utbetalning.xlsx").exists());
    // Opening proposes the folder alone.
    h.key_press_modifiers(Modifiers::COMMAND, Key::O);
    h.run();
    h.run();
    h.get_by_label("Öppna regler");
    let sep = std::path::MAIN_SEPARATOR_STR;
    let value = h.get_by_label("Sökväg").value().unwrap();
    assert_eq!(value, format!("{}{sep}", folder.display()));
}

#[test]
fn snapshots_of_the_path_field() {
    snapshots("path_field", |size| {
        let dialogs = ScriptedDialogs {
            no_dialogs: true,
            ..Default::default()
        };
        let mut h = build(
            kvalitetspeng::app::AppState::with_sample(kvalitetspeng::words::Lang::Sv),
            dialogs,
            size,
        );
        h.state_mut().command(UiCommand::SaveRulesAs);
        h.run();
        h.run();
        // A fixed proposal, so that the image does not depend on the machine.
        h.state_mut().asking.path_prompt.as_mut().unwrap().text =
            "/home/kommunen/Beslut/regler.ron".into();
        h.run();
        h
    });
}

/// WCAG contrast of the colours the app's themes use for text on their backgrounds: at least
/// 4,5:1 for text (weak text as drawn, over the background), 3:1 for a text field's edge.
#[test]
fn text_contrast_is_at_least_4_5_to_1_in_both_themes() {
    use kvalitetspeng::ui::theme::{contrast, over};
    let h = sample(vec![], [800.0, 600.0]);
    for theme in [egui::Theme::Dark, egui::Theme::Light] {
        let v = h.ctx.style_of(theme).visuals.clone();
        let backgrounds = [
            ("panel", v.panel_fill),
            ("window", v.window_fill),
            ("text field", v.text_edit_bg_color()),
            ("striped row", over(v.faint_bg_color, v.panel_fill)),
        ];
        let texts = [
            ("text", v.text_color()),
            ("weak text", v.weak_text_color()),
            ("strong text", v.strong_text_color()),
            ("warning", v.warn_fg_color),
            ("error", v.error_fg_color),
            ("link", v.hyperlink_color),
            ("success", kvalitetspeng::ui::theme::ok_color(&v)),
        ];
        for (bg_name, bg) in backgrounds {
            for (fg_name, fg) in texts {
                let c = contrast(over(fg, bg), bg);
                assert!(
                    c >= 4.5,
                    "{theme:?}: {fg_name} {fg:?} on {bg_name} {bg:?}: {c:.2}:1"
                );
            }
        }
        // Buttons' text on their own fill, a selected row's text on the selection.
        for w in [&v.widgets.inactive, &v.widgets.hovered, &v.widgets.active] {
            let c = contrast(w.fg_stroke.color, w.weak_bg_fill);
            assert!(c >= 4.5, "{theme:?}: button text {c:.2}:1");
        }
        let c = contrast(v.selection.stroke.color, v.selection.bg_fill);
        assert!(c >= 4.5, "{theme:?}: selected text {c:.2}:1");
        // The edge of a text field against the window it is in (the lock form's field).
        let edge = contrast(v.widgets.inactive.bg_stroke.color, v.window_fill);
        assert!(edge >= 3.0, "{theme:?}: a text field's edge {edge:.2}:1");
    }
}

/// The lock form in the light theme: its reference field's edge shows against the window.
#[test]
fn snapshots_of_the_lock_form_in_the_light_theme() {
    snapshots("lock_form_light", |size| {
        let mut h = sample(vec![], size);
        h.state_mut().prefs.theme = kvalitetspeng::ui::ThemePref::Light;
        h.state_mut().command(UiCommand::LockRun);
        h.run();
        h.run();
        h
    });
}

/// At 1024×640 the rule editor's widest choice ("Saknade data") stays inside its panel, cut
/// with an ellipsis (the whole text on hover), instead of running under the table.
#[test]
fn the_editors_choices_stay_inside_its_panel_at_1024() {
    let mut h = sample(vec![], [1024.0, 640.0]);
    h.run();
    assert!(h.state().prefs.show_editor, "the rule editor is open");
    let combo = h
        .get_all_by_label("Saknade data")
        .map(|n| n.rect())
        .fold(f32::MIN, |r, x| r.max(x.right()));
    let table = h
        .get_all_by_label_contains("Kvalitetspeng")
        .map(|n| n.rect())
        .filter(|r| r.top() > 150.0 && r.top() < 260.0)
        .fold(f32::MAX, |l, x| l.min(x.left()));
    let ids: Vec<_> = h
        .get_all_by_label_contains("Id")
        .map(|n| n.rect())
        .filter(|r| r.top() > 150.0 && r.top() < 260.0)
        .collect();
    let table = ids.iter().fold(table, |l, x| l.min(x.left()));
    assert!(
        combo < table,
        "the choice ends at {combo}, the table starts at {table}"
    );
}
