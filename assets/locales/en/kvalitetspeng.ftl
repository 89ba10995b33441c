# Kvalitetspeng: every text of the program in this language (see assets/locales/README.md).
# Variables are already-formatted text; Fluent's own number formatting is not used.

## The language itself

language-name = English
language-tag = en-GB

## Fixed texts (words::Word), grouped by the module that shows them


## app::commands

new-rules = New rules
open-rules = Open rules…
save-rules = Save rules
save-rules-as = Save rules as…
import-results = Import results…
export-payouts-csv = Export payouts (CSV)…
export-payouts-excel = Export payouts (Excel)…
export-explanation-csv = Export explanation (CSV)…
open-the-sample-municipality = Open the sample municipality
undo = Undo
redo = Redo
rule-editor = Rule editor
problems-and-messages = Problems and messages
decision-support = Decision support…
compare-with = Compare with…
decision-report-pdf = Decision report (PDF)…
lock-the-run = Lock the run…
open-a-locked-run = Open a locked run…
correct-with-new-results = Correct with new results…
leave-the-locked-run = Leave the locked run
quit = Quit
start-from-an-empty = Start from an empty rule set
open-a-rule-file = Open a rule file (.ron)
save-the-rules-to = Save the rules to the same file
save-the-rules-to-a = Save the rules to a new file
read-the-providers-results = Read the providers' results (CSV)
payout-table-as-csv = The payout table as CSV for Excel
workbook-with-payouts-explanation = Workbook with payouts, explanation, rules and audit
per-indicator-explanation-as = The per-indicator explanation as CSV
sjovik-municipality-built-in = Sjövik municipality, built-in example
undo-the-last-rule = Undo the last rule edit
redo-the-undone-edit = Redo the undone edit
show-or-hide-the = Show or hide the rule editor
show-or-hide-the-problems = Show or hide the problems panel
comparison-budget-and-sensitivity = Comparison, budget and sensitivity before the board decides
show-the-difference-against = Show the difference against another rule file (e.g. last year's) in the table
basis-for-the-board = The basis for the board: summary, the rules in words, payouts and the explanation per provider
save-the-run-as = Save the run as decided: an archive (.kvp) with inputs, outputs and checksums that can be verified years later
open-an-archive-kvp = Open an archive (.kvp) read-only; it is verified on opening
provider-disputes-a-value = A provider disputes a value: calculate with corrected results and see only what changes
rules-become-an-ordinary = The rules become an ordinary, unsaved document again
close-the-program = Close the program

## app::decide

rules-as-last-saved = the rules as last saved

## app::locked

rules-have-errors-fix = The rules have errors: fix them before making the decision report
decision-report-was-not = The decision report was not written
rule-file-changed-on = the rule file changed on disk since it was opened; open it again
results-file-changed-on = the results file changed on disk since it was imported; import it again
results-not-read-for-the-periods = The results could not be read for the new periods; the calculation shows the earlier ones
rules-have-errors-fix-them = The rules have errors: fix them before locking
not-locked = Not locked
could-not-open = Could not open
could-not-import = Could not import
not-exported = Not exported

## app::state

new-rules2 = new rules
unsaved-rule-edits-restored = Unsaved rule edits restored
rules-have-errors-fix-them-before = The rules have errors: fix them before exporting
unsaved = {" (unsaved)"}
there-is-no-comparison = there is no comparison to export
run-the-sweep-first = run the sweep first
kr-per-unit = kr per unit
percent-of-compensation = % of compensation
from = From
to = To

## cli::decide

error = error
wrote = Wrote
id = Id
provider = Provider
status = Status
compare-needs-rules-b = compare needs --rules-b or --results-b (what to compare with)
solve-needs-scheme-hemtjanst = solve needs --scheme hemtjanst|sabo (or --level)
apply-needs-out-new = --apply needs --out NEW.ron
now = now
total = total
within-the-budget-at = within the budget at the easiest level already
over-the-budget-even = over the budget even at the hardest level
value = value
total-kr = total kr
paid = paid

## cli::locked

fingerprint-quote-it-in = Fingerprint (quote it in the decision)
locked-run = Locked run
locked = locked
decision = Decision
corrects = Corrects
fingerprint = Fingerprint
ok-every-file-matches = OK: every file matches the manifest and every output a new calculation, byte for byte.
mismatch = mismatch
locked-run-does-not = the locked run does not verify; do not correct against it

## cli

built-without-the-desktop = Built without the desktop app: use kvalitetspeng calc
rows = rows
calc-needs-rules-and = calc needs --rules and --results
warning = warning
service = Service
regi = Regi
volume = Volume
score-percent = Score %
total2 = Total
grand-total = Grand total
credit = credit
points = points

## the explanation

payout-kr = payout_kr
gross-kr = gross_kr
withheld-kr = withheld_kr
deductions-kr = deductions_kr
net-kr = net_kr
paid-so-far-kr = paid_so_far_kr
settlement-kr = settlement_kr
payout-kr2 = Payout (kr)
kvalitetspeng-kr = Kvalitetspeng (kr)
withheld-kr2 = Withheld (kr)
deductions-kr2 = Deductions (kr)
net-kr2 = Net (kr)
paid-so-far-kr2 = Paid so far (kr)
settlement-kr2 = Settlement (kr)
score = score
qualifies = qualifies
no-score = no score
not-all-indicators-met = not all indicators met
fallback = fallback
withheld-ordinary-compensation-missing = withheld, ordinary compensation missing
withheld = withheld
deduction = deduction
floor = floor
floor-at-zero-the = floor at zero: the net does not go negative
ordinary-compensation-missing0 = ordinary compensation missing: 0.00 kr
fallback-but-last-periods = fallback, but last period's amount is missing: 0.00 kr
missing = missing
result-missing = result missing
no-peer-results = no peer results
left-out-other-weights = left out, other weights re-normalised
fallback-rule-applies = the fallback rule applies
gives0-percent = gives 0 %

## the rules in prose

at-least = at least
at-most = at most
or-lower = or lower
or-higher = or higher
of-the-peers-results = of the peers' results
give-no-credit-but = give no credit but keep their weight
do-not-count-the = do not count; the other weights are then scaled up
every-indicator-must-be = Every indicator must be met (full credit) to be paid.
net-never-goes-below = The net never goes below zero (floor at zero).

## names of the results' kinds

home-care = Home care
nursing-home = Nursing home
municipal = Municipal
private = Private

## names of the rules' kinds

point-estimate = the point estimate
lower-bound-pay-only = the lower bound (pay only when clearly met)
upper-bound-pay-only = the upper bound (pay only when clearly met)
lower-bound-benefit-of = the lower bound (benefit of the doubt)
upper-bound-benefit-of = the upper bound (benefit of the doubt)
percent = percent
count = count
higher-is-better = higher is better
lower-is-better = lower is better
threshold-pass-fail = Threshold (pass/fail)
steps = Steps
linear-between-levels = Linear between levels
relative-to-peers = Relative to peers
achievement-or-improvement = Achievement or improvement
mean-of-top-decile = mean of top decile
mean = the mean
zero-credit = Zero credit
leave-out-and-re = Leave out and re-normalise
performed-hours = performed hours
occupied-bed-days = occupied bed-days
places = places
h = h
bed-days = bed-days
places2 = places
hour = hour
bed-day = bed-day
place = place
fixed-pot-shared = Fixed pot shared
kronor-per-volume-unit = Kronor per volume unit
percent-of-ordinary-compensation = Percent of ordinary compensation
withhold-and-pay-back = Withhold and pay back (bonus/malus)
equal-parts = equal parts
by-score = by score
by-volume = by volume
by-score-volume = by score × volume

## problems in a rule set

rule-set-has-no = the rule set has no scheme
service-type-has-more = the service type has more than one scheme
scheme-has-no-indicators = the scheme has no indicators
indicator-has-no-id = the indicator has no id
id-is-used-by = the id is used by more than one indicator
indicator-has-no-name = the indicator has no name
weight-must-not-be = the weight must not be negative
steps-scoring-has-no = the steps scoring has no steps
harder-step-must-give = a harder step must give at least as much as an easier one
start-level-must-be = the start level must be a lower percentile than the full-credit level
threshold-must-be-worse = the threshold must be worse than the benchmark in the indicator's direction
baseline-period-must-not = the baseline period must not overlap the calculation period
pot-must-be-more = the pot must be more than 0 kr
pot-has-no-sharing = the pot has no sharing key (equal, score, volume or score × volume)
amount-per-volume-unit = the amount per volume unit must not be negative
percentage-must-be-between = the percentage must be between 0 and 100
cap-must-not-be = the cap must not be negative
minimum-score-must-be = the minimum score must be between 0 and 100 %
fallback-share-must-be = the fallback share must be between 0 and 100 %
minimum-of0-respondents = a minimum of 0 respondents means no minimum: leave it empty
scheme-has-areas-give = the scheme has areas: give the indicator's area
indicator-names-an-area = the indicator names an area but the scheme has no areas
area-has-no-id = the area has no id
two-areas-have-the = two areas have the same id
area-has-no-indicators = an area has no indicators
deductions-percentage-must-be = the deduction's percentage must be between 0 and 100
deductions-amount-must-be = the deduction's amount must be more than 0 kr
share-withheld-must-be = the share withheld must be between 0 and 100 %
share-paid-back-must = the share paid back must be between 0 and 1 000 %
fallback-rule-share-of = the fallback rule (share of last period's amount) cannot be combined with withholding; choose zero credit or re-normalised weights
confidence-interval-applies-only = the confidence interval applies only to shares (the unit percent)
rule-set = Rule set

## io::error

file-is-not-text = the file is not text (expected UTF-8, UTF-16 or Windows-1252)
text-begins-or-ends = the text begins or ends with spaces; remove them (an id is compared character by character)
file-is-empty = the file is empty
field-must-not-be = the field must not be empty
workbook-is-encrypted-password = the workbook is encrypted (password-protected); save it without a password and try again
cell-has-a-formula = the cell has a formula but no stored result (the file was saved by a program that does not recalculate); open and save it in Excel, or paste values
post-has-more-than = the post has more than one total row (gender “T”); there is no telling which one counts
quote-is-never-closed = a quote (") is never closed: the field runs past the end of the line
kolada-data-needs-a = Kolada data needs a mapping file (--mapping) from ou and KPI to providers and indicators

## io::export_csv

calculation = calculation
ok = ok
missing-insufficient = missing/insufficient

## io::export_decide

same-status = same status
newly-qualified = newly qualified
lost-qualification = lost qualification
other-status = other status
only-in-a = only in A
only-in-b = only in B
total-kr2 = total_kr
providers-paid = providers_paid
comparison = Comparison
sweep = Sweep

## io::export_xlsx

threshold = threshold
steps2 = steps
linear = linear
relative = relative
achievement-or-improvement2 = achievement or improvement
baseline = baseline
provider-id = Provider id
service-type = Service type
volume-unit = Volume unit
calculation2 = Calculation
indicator = Indicator
name = Name
value2 = Value
respondents = Respondents
credit-percent = Credit %
weight-percent = Weight %
effective-weight-percent = Effective weight %
contribution-points = Contribution (points)
kronor = Kronor
reason = Reason
municipality = Municipality
period = Period
pot = pot
all-met = , all met
all-met2 = all met
payout = Payout
missing-data = Missing data
requirement = Requirement
cap = Cap
areas = Areas
deductions = Deductions
floor-at-zero = Floor at zero
yes = yes
no = no
unit = Unit
direction = Direction
min-respondents = Min respondents
scoring = Scoring
source = Source
area = Area
uncertainty = Uncertainty

## io::locked

total3 = (total)

## io::report

rules = Rules
results = Results
en-gb = en-GB
summary = Summary
not-paid = Not paid:
total4 = Total
how-to-read-this = How to read this document
rules-are-stated-in = The rules are stated in plain words on the next page, generated from the same rule file as the calculation. Then come the payout per provider and an appendix that shows for each provider how its amount was computed, indicator by indicator; the kronor of the rows sum exactly to the provider's amount. Every amount is exact and rounded to öre once, at the last step. The footer gives the SHA-256 of the rule file and of the results file: with them and the program's version anyone can recompute and get the same amounts.
score2 = Score
chart-amount-per-provider = Chart: amount per provider, largest first
distribution-of-the-payouts = Distribution of the payouts
appendix-the-explanation-per = Appendix: the explanation per provider
per-provider-how-the = Per provider: how the amount was computed, and per indicator the result, the level reached, the credit, the weight and the kronor. The kronor of the rows sum exactly to the provider's amount.
weight = weight

## io::rules_ron

file-ends-too-early = the file ends too early (a missing bracket?)

## ui::decide

new = new
fit-to-budget = Fit to budget
set-the-highest-rate = Set the highest rate (in whole öre or hundredths of a percentage point) within the budget. Can be undone.
decision-support2 = Decision support
compare-with2 = Compare with
saved-rules = Saved rules
show-what-the-edits = Show what the edits since the last save change
another-rule-file = Another rule file…
compare-with-eg = Compare with e.g. last year's rules
no-comparison = No comparison
export-the-comparison = Export the comparison…
csv-or-excel-with = CSV or Excel, with the audit (files and SHA-256)
sensitivity = Sensitivity
vary-one-parameter-in = Vary one parameter in steps and see the cost and how many are paid.
parameter = Parameter
steps3 = Steps
run-the-sweep = Run the sweep
export-the-sweep = Export the sweep…
providers-paid2 = Providers paid
paid2 = paid
paid3 = Paid
rules-get-errors = the rules get errors

## ui::detail

provider-is-no-longer = The provider is no longer in the calculation.
close = Close
close-the-explanation = Close the explanation
level = level
lower = lower
upper = upper
benchmark = benchmark
others = others
this-provider = this provider
payout2 = Payout
kvalitetspeng = Kvalitetspeng
net = Net
paid-so-far = Paid so far
settlement = Settlement
to-reclaim = to reclaim
to-pay = to pay
per-area = Per area
area2 = area
counts-as = counts as
wholly-missing = wholly missing
per-indicator = Per indicator
credit2 = · credit
weight2 = · weight
contribution = · contribution
credit-per-indicator0 = Credit per indicator (0–100 %), thickness = weight
credit-percent2 = credit %

## ui::editor

remove-the-scheme = Remove the scheme
new-indicator = New indicator
pot-kr = Pot, kr
shared = Shared
choose-key = (choose key)
percent-of-compensation2 = Percent of compensation
withheld-percent-of-compensation = Withheld, % of compensation
paid-back-percent-of = Paid back, % of the withheld
n100-percent-budget-neutral = 100 % = budget-neutral: what is withheld is paid back by withheld × score
volume-counted-in = Volume counted in
share-of-last-periods = Share of last period's amount
share-percent = Share, %
minimum-score-percent = minimum score %
all-indicators-met = all indicators met
cap-per-provider = Cap per provider
kr = kr
budget = Budget
what-the-scheme-may = What the scheme may cost: the forecast is shown above the table and the rate can be fitted to it. Changes no amount.
net2 = The net
floor-at-zero2 = floor at zero
withholding-and-deductions-do = Withholding and deductions do not make the amount negative
weights-count-inside-each = Weights count inside each area (see Areas).
locked-sum100-percent = Locked sum 100 %
when-a-weight-changes = When a weight changes the others are adjusted in proportion, to a hundredth of a percentage point, so the sum stays 100 %
normalise-weights = Normalise weights
scale-the-weights-to = Scale the weights to sum to 100 %
move-up = ⬆ Move up
remove = 🗑 Remove
weight-percent2 = weight %
add-indicator = ➕ Add indicator
choose-area = (choose area)
weight-percent3 = Weight, %
weight-inside-the-area = Weight inside the area, %
minimum-respondents = Minimum respondents
uncertainty95-percent-ci = Uncertainty (95 % CI)
what-counts-for-a = What counts for a share with respondents: the point estimate, or an end of its Wilson 95 % confidence interval
level2 = Level
lower-level0-percent = Lower level (0 %)
upper-level100-percent = Upper level (100 %)
lower-level100-percent = Lower level (100 %)
upper-level0-percent = Upper level (0 %)
step = Step
gives-percent = gives %
remove-the-step = Remove the step
step2 = ➕ Step
n0-percent-at = 0 % at
n100-percent-at = 100 % at
percentile = percentile
threshold0-points = Threshold (0 points)
benchmark10-points = Benchmark (10 points)
baseline-period = Baseline period
without-areas-the-indicators = Without areas the indicators weigh directly in the scheme. With areas each area has a weight and the indicators weights inside their area.
remove-the-area = Remove the area
area3 = ➕ Area
deduct-when = Deduct when
amount = Amount
fixed-amount-kr = fixed amount, kr
remove-the-deduction = Remove the deduction
deduction2 = ➕ Deduction

## ui::locked

verified-every-file-matches = · verified: every file matches byte for byte
does-not-verify-see = · DOES NOT VERIFY: see the problems panel
lock-the-correction = Lock the correction
lock-the-run2 = Lock the run
archive-kvp-holds-the = The archive (.kvp) holds the rule file and the results file as they were read, the payouts, the explanation and checksums. It can be verified with kvalitetspeng verify years later.
decisions-reference-eg = The decision's reference (e.g. ÄN 2026-03-12 §14)
include-the-decision-report = Include the decision report (PDF)
choose-file-and-lock = Choose file and lock…
cancel = Cancel
before = before
after = after
export-the-correction-csv = Export the correction (CSV)…
lock-the-correction2 = Lock the correction…
new-archive-that-names = A new archive that names the one it corrects
correction-csv = correction.csv

## ui

rules-have-errors-correct = The rules have errors: correct them before exporting (the amounts shown are for older rules)
payouts-csv = payouts.csv
payouts-xlsx = payouts.xlsx
explanation-csv = explanation.csv
rules-have-errors-correct-them = The rules have errors: correct them first (the amounts shown are for older rules)
decision-report-pdf2 = decision-report.pdf
no-file-dialog-could = No file dialog could be shown
desktop-has-no-file = The desktop has no file-dialog service (Linux: install xdg-desktop-portal with a GTK or KDE backend, or zenity). Type the file's path here instead:
path = Path
ok2 = OK
untitled-ron = untitled.ron
file = File
recent-rule-files = Recent rule files
none = (none)
recent-results-files = Recent results files
edit = Edit
decide = Decide
help = Help
about-kvalitetspeng = About Kvalitetspeng
view = View
language = Language
theme = Theme
follow-the-system = Follow the system
light = Light
dark = Dark
new-rule-set = New rule set
period2 = period
rules2 = Rules:
results2 = Results:
providers = providers
values = values
service2 = Service:
all = All
regi2 = Regi:
search-providers = Search providers…
unsaved-changes = Unsaved changes
save = Save
dont-save = Don't save
choose-a-sheet = Choose a sheet
file-has-changed = The file has changed
overwrite = Overwrite
exact-calculation-and-explanation = Exact calculation and explanation of kvalitetspeng for home care and nursing homes.
graphics = Graphics
unknown = (unknown)
rule-format = Rule format
restore-unsaved-changes = Restore unsaved changes?
file2 = File
changes-kept-at = Changes kept at
restore-opens-them-as = Restore opens them as unsaved changes to that file (not to the one open now).
restore = Restore
discard-the-changes = Discard the changes
rules-close-the-explanation = Rules: close the explanation to show the rule editor

## ui::problems

show-the-problems-panel = Show the problems panel
drop-a-ron-or = Drop a .ron or .csv file here to open it
no-problems-the-rules = · no problems: the rules are valid and every result could be used
clear-file-errors = Clear file errors
hide = Hide
hide-the-panel = Hide the panel
changes-amounts = {"[changes amounts]"}

## ui::table

no-calculation-yet = No calculation yet
add-a-scheme-with = Add a scheme with indicators in the rule editor on the left, or open a rule file (Ctrl+O).
no-providers = No providers
import-the-providers-results = Import the providers' results (File › Import results, Ctrl+I) or drop a CSV file on the window.
vs-comparison = Δ vs comparison
withheld2 = Withheld
deductions2 = Deductions

## ui::widgets

enter-a-number-e = Enter a number, e.g. 12.5

## io::report (2)

net3 = net

## io::locked (2)

en2 = en
could-not-open-the-rule-file = Could not open the rule file
could-not-save = Could not save
could-not-export = Could not export
could-not-open-the-rule-file-to-compare = Could not open the rule file to compare with
space-inside-the-area = {" inside the area"}

## ui (file dialogs)

rule-file-ron = Rule file (RON)
results-csv-excel-kolada = Results (CSV, Excel, Kolada)
choose-kolada-mapping = Choose a Kolada mapping (.ron)
kolada-mapping-ron = Kolada mapping (RON)
locked-run-kvp = Locked run (KVP)
rules-ron = rules.ron
locked-kvp = locked.kvp

## Messages with values (words::messages)

indicator-location = indicator “{ $id }”
prose-steps = { $s } of the credit; the best step reached counts.
at-line = , line { $line }
problems-notes-on-uncertainty = {" "}· { $notes } notes on uncertainty
problems-survey-uncertainty-levels-that-confidence = ℹ Survey uncertainty: { $notes } levels that confidence intervals straddle
problems-messages = Messages ({ $notifications })
editor-errors = { $n } errors
editor-rate-label = Kr per { $unit } at full score
editor-areas = Areas ({ $areas })
editor-area = Area { $n }
editor-deductions = Deductions ({ $deductions })
ui-decide-compared-with = Compared with { $label }:
ui-decide-over-the-budget-by = ⚠ over the budget { $budget } by { $over }
ui-decide-within-budget = within the budget { $budget } ({ $left } left)
ui-decide-total-kr-against = Total (kr) against { $param }
ui-unknown-file-type-expected-ron = { $p }: unknown file type (expected .ron, .csv or .kvp)
ui-rules-in-have-changes-that = The rules in { $rules_label } have changes that are not saved. Save them first?
ui-has-several-sheets-which-one = { $path } has several sheets. Which one has the results?
ui-was-saved-by-someone-else = { $path } was saved by someone else after you opened it. Overwrite it with your rules?
ui-no-file-never-saved = { $rules_label } (no file, never saved)
ui-program-ended-with-unsaved-changes = The program ended with unsaved changes in the rule set “{ $name }”.
detail-all-providers-results-against-the = All { $values } providers' results against the levels
table-rules-have-errors-see-the = ⚠ The rules have { $n } errors (see the rule editor and the problems panel). The amounts below are for the last valid rules.
table-of-providers-are-paid = { $paid_providers } of { $providers } providers are paid
table-filtered-providers = filtered: { $rows } providers, { $shown }
table-providers = { $providers } providers
table-paid-so-far = paid so far { $paid }
ui-locked-locked-run-read-only = 🔒 Locked run { $name } (read-only)
ui-locked-locked = · locked { $locked_at }
ui-locked-amounts-below-are-the-correction = The amounts below are the correction with { $name }: { $providers } providers change (see the Correction window).
ui-locked-correction-against = Correction against { $locked_name }
ui-locked-providers-change-in-total-kr = { $providers } providers change, in total { $total_delta } kr. Results: { $name }.
state-opened = Opened { $path }
state-imported-providers-results = Imported { $path }: { $n } providers, { $rows } results
state-saved = Saved { $path }
state-exported = Exported { $path }
state-has-errors-and-cannot-be = { $path } has { $n } errors and cannot be compared with
state-rate-applied = { $service_type }: the rate is now { $rate } { $unit } (total { $total } kr within the budget { $budget } kr)
app-locked-writing-the-decision-report = Writing the decision report { $name }
app-locked-wrote-the-decision-report = Wrote the decision report { $name }
app-locked-locking = Locking { $name }
app-locked-corrected-results-providers-change-against = Corrected results: { $providers } providers change against { $name }
app-locked-exported = Exported { $path }
cli-decide-command-needs = the command needs { $what }
cli-decide-gain-lose-unchanged-only-in = { $gains } gain, { $loses } lose, { $unchanged } unchanged; { $only_in_a } only in A, { $only_in_b } only in B
cli-sweep-steps = --steps takes a whole number 2–{ $max } (the number of values), got “{ $got }”
cli-decide-and-share-no-provider-the = { $results_a } and { $results_b } share no provider; the comparison would only show everyone as new
cli-decide-unknown-scheme-write-hemtjanst-or = unknown scheme “{ $s }”; write hemtjanst or sabo
cli-bad-number = { $option }: { $problem }
cli-decide-over-the-budget-up-to = over the budget up to level { $l }: total { $t } kr
cli-locked-other-version = note: the run was locked with Kvalitetspeng { $program_version }, this is { $this_version }; another version may compute or write differently
cli-locked-providers-change-in-total-kr = { $providers } providers change, in total { $total_delta } kr
report-document-title = Decision basis kvalitetspeng { $period }
report-page-of-kvalitetspeng = Page { $k } of { $n } · { $municipality } · { $rule_set_name } · Kvalitetspeng { $app_version }
report-title = Decision basis: kvalitetspeng { $period }
report-calculated-with-kvalitetspeng-from-and = Calculated { $calculated_at } with Kvalitetspeng { $app_version } from { $rules_file } and { $results_file }.
report-of-providers-are-paid = { $paid_providers } of { $providers } providers are paid. { $text }.
report-providers = { $n } providers { $w }
report-settlement-against-advances-paid-so = Settlement against advances: paid so far { $paid }, to settle { $settle } (+ to pay, − to reclaim).
report-compared-with = Compared with { $label }
report-total-providers-gain-lose-unchanged = Total { $a } → { $b } ({ $delta }). { $gains } providers gain, { $loses } lose, { $unchanged } unchanged.
report-rules = The rules: { $name }
report-payout-per-provider-kr = Payout per provider (kr), { $period }
report-number-of-providers-per-amount = Number of providers per amount band ({ $providers } providers).
report-correction-of-the-locked-run = Correction of the locked run { $locked_name }
report-only-the-providers-and-indicators = Only the providers and indicators that changed are shown. Total change { $total_delta }; { $providers } providers are affected.
report-missing-glyphs-provider = the decision report has no font with { $chars } in provider { $id } “{ $name }”: the character shows as an empty box (the PDF's text has the real character)
report-missing-glyphs-text = the decision report has no font with { $chars } in the text “{ $text }”: the character shows as an empty box (the PDF's text has the real character)
import-failed = The import failed ({ $errors } errors), nothing changed
problems-summary = { $errors } rule errors · { $warnings } warnings · { $file_errors } file errors
locked-notice = Locked { $name }; fingerprint (quote it in the decision): { $fp }
cli-solve-summary =
    { $service_type }: budget { $budget } kr
    now: { $current_rate } { $unit }, total { $current_total } kr
    exact rate: { $exact } { $unit }
    highest rate within budget: { $rate } { $unit }, total { $total } kr ({ $next_rate } { $unit } would cost { $next_total } kr)
at-post = , record { $post }
window-failed = The window ended with an error: { $e }
renderer-failed = The graphics ({ $renderer }) could not start: { $e }; trying the next
window-could-not-start = Could not start the window: { $failures }
symlink-refused = { $path } is a symbolic link; write to the file it points to instead
