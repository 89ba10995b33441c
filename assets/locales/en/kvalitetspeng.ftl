# Kvalitetspeng: every text of the program in this language (see assets/locales/README.md).
# Variables are already-formatted text; Fluent's own number formatting is not used.

## The language itself

language-name = English
language-tag = en-GB

## How numbers are written (one formatter for every language: words::texts::number)

number-decimal-sign = .
number-group-separator = ,
# The minus sign of numbers people read (edit fields and exported number columns keep "-",
# which programs and spreadsheets read back).
number-minus-sign = −
number-edit-group-separator = {""}

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

new-rules-name = new rules
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
regi = Operator
volume = Volume
score-percent = Score %
total-heading = Total
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
payout-kr-label = Payout (kr)
kvalitetspeng-kr = Kvalitetspeng (kr)
withheld-kr-label = Withheld (kr)
deductions-kr-label = Deductions (kr)
net-kr-label = Net (kr)
paid-so-far-kr-label = Paid so far (kr)
settlement-kr-label = Settlement (kr)
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
ordinary-compensation-missing-zero = ordinary compensation missing: 0.00 kr
fallback-but-last-periods = fallback, but last period's amount is missing: 0.00 kr
missing = missing
result-missing = result missing
no-peer-results = no peer results
left-out-other-weights = left out, other weights re-normalised
fallback-rule-applies = the fallback rule applies
gives0-percent = gives 0 %
remainder-ore-provider = incl. 1 öre left over from the split into whole öre: the largest remainder gets it (on a tie, the one listed first)
remainder-ore-indicator = incl. 1 öre left over when the amount was split over the indicators: the largest remainder gets it (on a tie, the one listed first)
exact-values = exact
exact-score = score { $score } (as a fraction of 1)
exact-share = share { $weight } of { $total_weight }
exact-indicator = credit { $credit }; effective weight { $weight }; contribution { $contribution } (as fractions of 1)

## the rules in prose

at-least = at least
at-most = at most
or-lower = or lower
or-higher = or higher
peer-of-peers = { $peer } of the peers' results
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
places-short = places
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
total-kr-column = total_kr
providers-paid = providers_paid
comparison = Comparison
sweep = Sweep

## io::export_xlsx

threshold = threshold
baseline = baseline
provider-id = Provider id
service-type = Service type
volume-unit = Volume unit
calculation-sheet = Calculation
indicator = Indicator
name = Name
value-heading = Value
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
all-met-short = all met
payout = Payout
missing-data = Missing data
requirement = Requirement
min-usable-indicators = Fewest indicators with data
finding-kind = Finding (kind)
bars-payment = bars payment
caps-score-percent = caps the score, %
add-finding-rule = + Rule for findings
peer-cohort = Peer cohort (relative levels)
contract-minimum = Contract minimum
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

total-in-parentheses = (total)

## io::report

rules = Rules
results = Results
summary = Summary
not-paid = Not paid:
total-row = Total
how-to-read-this = How to read this document
rules-are-stated-in = The rules are stated in plain words on the next page, generated from the same rule file as the calculation. Then come the payout per provider and an appendix that shows for each provider how its amount was computed, indicator by indicator; the kronor of the rows sum exactly to the provider's amount. Every amount is exact and rounded to öre once, at the last step. The footer gives the SHA-256 of the rule file and of the results file: with them and the program's version anyone can recompute and get the same amounts.
score-heading = Score
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
decision-support-title = Decision support
compare-with-title = Compare with
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
sweep-steps = Steps
run-the-sweep = Run the sweep
export-the-sweep = Export the sweep…
providers-paid-heading = Providers paid
paid-note = paid
paid-heading = Paid
rules-get-errors = the rules get errors

## ui::detail

provider-is-no-longer = The provider is no longer in the calculation.
close = Close
close-the-explanation = Close the explanation
level = level
lower = lower
upper = upper
benchmark = benchmark
this-provider = this provider
payout-heading = Payout
kvalitetspeng = Kvalitetspeng
net = Net
paid-so-far = Paid so far
settlement = Settlement
to-reclaim = to reclaim
to-pay = to pay
per-area = Per area
area-inline = area
counts-as = counts as
wholly-missing = wholly missing
per-indicator = Per indicator
credit-suffix = · credit
weight-suffix = · weight
contribution = · contribution
credit-per-indicator-chart = Credit per indicator (0–100 %), thickness = weight
credit-percent-axis = credit %

## ui::editor

remove-the-scheme = Remove the scheme
new-indicator = New indicator
pot-kr = Pot, kr
shared = Shared
choose-key = (choose key)
percent-of-compensation-option = Percent of compensation
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
the-net = The net
floor-at-zero-inline = floor at zero
withholding-and-deductions-do = Withholding and deductions do not make the amount negative
weights-count-inside-each = Weights count inside each area (see Areas).
locked-sum100-percent = Locked sum 100 %
when-a-weight-changes = When a weight changes the others are adjusted in proportion, to a hundredth of a percentage point, so the sum stays 100 %
normalise-weights = Normalise weights
scale-the-weights-to = Scale the weights to sum to 100 %
move-up = ⬆ Move up
remove = 🗑 Remove
weight-percent-inline = weight %
add-indicator = ➕ Add indicator
choose-area = (choose area)
weight-percent-field = Weight, %
weight-inside-the-area = Weight inside the area, %
minimum-respondents = Minimum respondents
uncertainty95-percent-ci = Uncertainty (95 % CI)
what-counts-for-a = What counts for a share with respondents: the point estimate, or an end of its Wilson 95 % confidence interval
lower-level0-percent = Lower level (0 %)
upper-level100-percent = Upper level (100 %)
lower-level100-percent = Lower level (100 %)
upper-level0-percent = Upper level (0 %)
step = Step
gives-percent = gives %
remove-the-step = Remove the step
add-step = ➕ Step
n0-percent-at = 0 % at
n100-percent-at = 100 % at
percentile = percentile
threshold0-points = Threshold (0 points)
benchmark10-points = Benchmark (10 points)
baseline-period = Baseline period
without-areas-the-indicators = Without areas the indicators weigh directly in the scheme. With areas each area has a weight and the indicators weights inside their area.
remove-the-area = Remove the area
add-area = ➕ Area
deduct-when = Deduct when
amount = Amount
fixed-amount-kr = fixed amount, kr
remove-the-deduction = Remove the deduction
add-deduction = ➕ Deduction

## ui::locked

verified-every-file-matches = · verified: every file matches byte for byte
does-not-verify-see = · DOES NOT VERIFY: see the problems panel
lock-the-correction = Lock the correction
lock-the-run-title = Lock the run
archive-kvp-holds-the = The archive (.kvp) holds the rule file and the results file as they were read, the payouts, the explanation and checksums. It can be verified with kvalitetspeng verify years later.
decisions-reference-eg = The decision's reference (e.g. ÄN 2026-03-12 §14)
include-the-decision-report = Include the decision report (PDF)
choose-file-and-lock = Choose file and lock…
report-form-title = Decision report (PDF)
report-form-intro = The decision report is made from the saved rules: it names the rule file and its checksum.
rules-not-saved-saved-first = ⚠ The rules are not saved. They are saved first, so that the report and the archive name a rule file that exists.
save-rules-and-choose-file = Save the rules and choose a file…
choose-file-and-write-report = Choose a file and write the report…
save-the-rules-first = Save the rules first: decision reports and locked runs are made only from saved rules
rule-file-could-not-be-opened = The rule file could not be opened
nothing-calculated-open-another = Nothing has been calculated. Open another rule file, or start with the sample municipality (a fictional one).
open-another-rule-file = Open another rule file…
rules-have-an-error-to-fix = The rules have an error to fix before anything can be calculated:
comments-would-be-lost = Comments in the rule file will be lost
comments-would-be-lost-text = The rule file has comments among the rules (e.g. at an indicator). The program writes the rules again from their values: the comments at the top of the file are kept, those among the rules are lost. Move what must be kept to the comments at the top, or save anyway. The previous file is kept as .bak.
save-anyway = Save anyway
getting-started = Getting started…
getting-started-title = Getting started
guide-what-to-load = What to load
guide-what-to-load-text = Rules: a rule file (.ron) with the payout models, the indicators, the weights and the levels (File › Open rules). Results: the indicators' outcomes per provider as CSV, Excel or Kolada JSON (File › Import results). Without files of your own the app shows the sample municipality Sjövik, which is fictional.
guide-how-a-krona = How a krona is computed
guide-how-a-krona-text = Each indicator gives the provider a share of the full score by its scoring (e.g. a threshold: the level reached gives the full score). The shares are weighted by the weights, which sum to 100 %, into the provider's score. The payout is the score times the rate and the volume (e.g. 91.26 % × 8.50 kr per hour × 47,000 hours = 364,572.04 kr); a pot is shared by score × volume. Everything is exact and rounded once, to whole öre. Click a provider for the full explanation.
guide-shortcuts = Keyboard shortcuts
guide-documentation = Documentation
guide-documentation-text = The rule file's format, decision support, the decision report and effect evaluation are described in the program's documentation (docs/rule-file.md, docs/decide.md, docs/report.md, docs/effect.md). The command line: kvalitetspeng --help.
sample-is-fictional = · Sample: a fictional municipality with made-up results
sample-is-fictional-tooltip = Sjövik municipality does not exist. Open your own rules (File › Open rules) and import your results (File › Import results).
undo-and-more = (and { $n } more)
param-rate = rate
param-min-score = minimum score
param-cap = cap per provider
param-fallback = share for missing data
param-weight = weight
param-level = level
param-lower = lower level
param-upper = upper level
param-threshold = threshold
param-benchmark = benchmark
param-start = starting level
param-full = level for full score
param-min-respondents = minimum respondents
param-step-level = step { $k } · level
param-step-credit = step { $k } · credit
param-name = { $scheme } · { $field }
param-name-indicator = { $scheme } · { $indicator } · { $field }
cancel = Cancel
before = before
after = after
export-the-correction-csv = Export the correction (CSV)…
lock-the-correction-button = Lock the correction…
new-archive-that-names = A new archive that names the one it corrects
correction-csv = correction.csv

## ui

rules-have-errors-correct = The rules have errors: correct them before exporting (the amounts shown are for older rules)
payouts-csv = payouts.csv
payouts-xlsx = payouts.xlsx
explanation-csv = explanation.csv
rules-have-errors-correct-them = The rules have errors: correct them first (the amounts shown are for older rules)
decision-report-file-name = decision-report.pdf
no-file-dialog-could = No file dialog could be shown
desktop-has-no-file = The desktop has no file-dialog service (Linux: install xdg-desktop-portal with a GTK or KDE backend, or zenity). Type the file's path here instead:
path = Path
ok-button = OK
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
period-inline = period
rules-label = Rules:
results-label = Results:
providers = providers
values = values
service-label = Service:
all = All
regi-label = Operator:
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
source-commit = Source (commit)
program-file-sha256 = Program file's SHA-256
open-log-folder = Open the log folder
restore-unsaved-changes = Restore unsaved changes?
file-label = File
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
withheld-heading = Withheld
deductions-heading = Deductions

## ui::widgets

enter-a-number-e = Enter a number, e.g. 12.5

## io::report (2)

net-inline = net

## io::locked (2)

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
area-location = area “{ $id }”
area-location-nth = area no. { $n }
deduction-location = deduction for “{ $id }”
deduction-location-nth = deduction no. { $n }
gate-location = rule for findings “{ $id }”
gate-location-nth = rule for findings no. { $n }
prose-steps = { $s } of the credit; the best step reached counts.
at-line = , line { $line }
# A rule problem and where it is: `Home care › indicator “a”: …`, or with its file and place `r.ron, line 3, column 7: …`.
rule-problem = { $at }: { $text }
problems-notes-on-uncertainty = {" "}· { $notes } notes on uncertainty
problems-survey-uncertainty-levels-that-confidence = ℹ Survey uncertainty: { $notes } levels that confidence intervals straddle
problems-messages = Messages ({ $notifications })
editor-errors = { $n } { $n ->
        [one] error
       *[other] errors
    }
editor-indicator-removed = Removed the indicator “{ $name }”
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
table-rules-have-errors-see-the = ⚠ The rules have { $n } { $n ->
        [one] error
       *[other] errors
    } (see the rule editor and the problems panel). The amounts below are for the last valid rules.
table-of-providers-are-paid = { $paid_providers } of { $providers } { $providers ->
        [one] provider
       *[other] providers
    } { $paid_providers ->
        [one] is paid
       *[other] are paid
    }
table-filtered-providers = filtered: { $rows } { $rows ->
        [one] provider
       *[other] providers
    }, { $shown }
table-providers = { $providers } { $providers ->
        [one] provider
       *[other] providers
    }
table-paid-so-far = paid so far { $paid }
ui-locked-locked-run-read-only = 🔒 Locked run { $name } (read-only)
ui-locked-locked = · locked { $locked_at }
ui-locked-amounts-below-are-the-correction = The amounts below are the correction with { $name }: { $providers } { $providers ->
        [one] provider changes
       *[other] providers change
    } (see the Correction window).
ui-locked-correction-against = Correction against { $locked_name }
ui-locked-providers-change-in-total-kr = { $providers } { $providers ->
        [one] provider changes
       *[other] providers change
    }, in total { $total_delta } kr. Results: { $name }.
state-opened = Opened { $path }
state-imported-providers-results = Imported { $path }: { $n } { $n ->
        [one] provider
       *[other] providers
    }, { $rows } { $rows ->
        [one] result
       *[other] results
    }
state-saved = Saved { $path }
state-exported = Exported { $path }
state-has-errors-and-cannot-be = { $path } has { $n } { $n ->
        [one] error
       *[other] errors
    } and cannot be compared with
state-rate-applied = { $service_type }: the rate is now { $rate } { $unit } (total { $total } kr within the budget { $budget } kr)
app-locked-writing-the-decision-report = Writing the decision report { $name }
app-locked-wrote-the-decision-report = Wrote the decision report { $name }
app-locked-locking = Locking { $name }
app-locked-corrected-results-providers-change-against = Corrected results: { $providers } { $providers ->
        [one] provider changes
       *[other] providers change
    } against { $name }
app-locked-exported = Exported { $path }
cli-decide-command-needs = the command needs { $what }
cli-decide-gain-lose-unchanged-only-in = { $gains } gain, { $loses } lose, { $unchanged } unchanged; { $only_in_a } only in A, { $only_in_b } only in B
cli-sweep-steps = --steps takes a whole number 2–{ $max } (the number of values), got “{ $got }”
cli-decide-and-share-no-provider-the = { $results_a } and { $results_b } share no provider; the comparison would only show everyone as new
cli-decide-unknown-scheme-write-hemtjanst-or = unknown scheme “{ $s }”; write hemtjanst or sabo
cli-bad-number = { $option }: { $problem }
cli-decide-over-the-budget-up-to = over the budget up to level { $l }: total { $t } kr
cli-locked-other-version = note: the run was locked with Kvalitetspeng { $program_version }, this is { $this_version }; another version may compute or write differently
cli-locked-providers-change-in-total-kr = { $providers } { $providers ->
        [one] provider changes
       *[other] providers change
    }, in total { $total_delta } kr
report-document-title = Decision basis kvalitetspeng { $period }
report-page-of-kvalitetspeng = Page { $k } of { $n } · { $municipality } · { $rule_set_name } · Kvalitetspeng { $app_version }
report-title = Decision basis: kvalitetspeng { $period }
report-calculated-with-kvalitetspeng-from-and = Calculated { $calculated_at } with Kvalitetspeng { $app_version } from { $rules_file } and { $results_file }.
report-of-providers-are-paid = { $paid_providers } of { $providers } { $providers ->
        [one] provider
       *[other] providers
    } { $paid_providers ->
        [one] is paid
       *[other] are paid
    }. { $text }.
report-providers = { $n } { $n ->
        [one] provider
       *[other] providers
    } { $status ->
        [zero-score] scored nothing
        [below-minimum] did not reach the minimum score, { $min } %
        [not-all-met] did not meet every indicator
       *[other] { $w }
    }
report-settlement-against-advances-paid-so = Settlement against advances: paid so far { $paid }, to settle { $settle } (+ to pay, − to reclaim).
report-warnings = To note in the calculation
report-uncertainty-notes = Survey uncertainty: { $notes } levels that confidence intervals straddle:
report-compared-with = Compared with { $label }
report-total-providers-gain-lose-unchanged = Total { $a } → { $b } ({ $delta }). { $gains } { $gains ->
        [one] provider gains
       *[other] providers gain
    }, { $loses } { $loses ->
        [one] loses
       *[other] lose
    }, { $unchanged } unchanged.
report-rules = The rules: { $name }
report-payout-per-provider-kr = Payout per provider (kr), { $period }
report-number-of-providers-per-amount = Number of providers per amount band ({ $providers } { $providers ->
        [one] provider
       *[other] providers
    }).
report-correction-of-the-locked-run = Correction of the locked run { $locked_name }
report-only-the-providers-and-indicators = Only the providers and indicators that changed are shown. Total change { $total_delta }; { $providers } { $providers ->
        [one] provider is
       *[other] providers are
    } affected.
report-missing-glyphs-provider = the decision report has no font with { $chars } in provider { $id } “{ $name }”: the character shows as an empty box (the PDF's text has the real character)
report-missing-glyphs-text = the decision report has no font with { $chars } in the text “{ $text }”: the character shows as an empty box (the PDF's text has the real character)
rule-change-name = name “{ $old }” → “{ $new }”
rule-change-municipality = municipality “{ $old }” → “{ $new }”
rule-change-period = period { $old } → { $new }
rule-change-scheme-added = new scheme: { $new }
rule-change-scheme-removed = the scheme is removed
rule-change-rate = rate { $old } → { $new } kr
rule-change-pot = pot { $old } → { $new } kr
rule-change-percent = share of the compensation { $old } → { $new } %
rule-change-withhold = withheld share { $old } → { $new } %
rule-change-payback = payback { $old } → { $new } %
rule-change-field = { $label } { $old } → { $new }
rule-change-payout = payout: { $old } → { $new }
rule-change-min-score = minimum score { $old } → { $new }
rule-change-all-met = every indicator must give full credit: { $old } → { $new }
rule-change-cap = cap per provider { $old } → { $new }
rule-change-budget = budget { $old } → { $new }
rule-change-missing-data = missing results: { $old } → { $new }
rule-change-areas = areas: { $old } → { $new }
rule-change-deductions = number of deductions { $old } → { $new }
rule-change-floor = the net stops at zero: { $old } → { $new }
rule-change-indicator-added = new indicator, weight { $weight } %: { $scoring }
rule-change-indicator-removed = the indicator is removed
rule-change-weight = weight { $old } → { $new } %
rule-change-scoring = credit: { $old } → { $new }
rule-change-min-respondents = minimum respondents { $old } → { $new }
rule-change-uncertainty = uncertainty: { $old } → { $new }
rule-change-yes = yes
rule-change-no = no
rule-change-place-indicator = { $scheme } › { $name }
report-rule-changes = Rule changes: { $a } → { $b }
report-no-rule-changes = The rules are the same; the differences come from the results.
report-per-provider = Per provider
report-status-change = { $before } → { $after }
report-continued = { $name } (cont.)
app-writing-statements = Writing the statements in { $dir }…
app-wrote-statements = Wrote { $n } statements (one per provider) in { $dir }
app-statements-not-written = The statements were not written
statements-menu = Statements…
statements-tooltip = One PDF per provider with its outcome, to send before the payout: choose a folder
statement-title = Kvalitetspeng outcome { $period }: { $name }
statement-intro = { $municipality } informs you here of your kvalitetspeng outcome before it is paid: score, amount and every indicator, calculated with the rules below.
statement-indicators = Indicators
statement-value = value { $value }
statement-respondents = { $n } respondents
statement-level = { $level }
statement-credit = credit { $credit } % × weight { $weight } % = { $points } points
statement-rules = The rules for { $name }
statement-corrections-heading = Corrections
statement-corrections = Is anything in the data wrong? Send corrections to { $to } by { $by }.
statement-no-corrections = Is anything in the data wrong? Contact the municipality at once; the rule file states no last day for corrections.
import-failed = The import failed ({ $errors } { $errors ->
        [one] error
       *[other] errors
    }), nothing changed
problems-summary = { $errors } { $errors ->
        [one] rule error
       *[other] rule errors
    } · { $warnings } { $warnings ->
        [one] warning
       *[other] warnings
    } · { $file_errors } { $file_errors ->
        [one] file error
       *[other] file errors
    }
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
log-folder-not-opened = The log folder { $dir } could not be opened in the file manager: { $e }
no-log-folder = There is no folder for the user's data here (no home folder), so no log is written

## Messages of words::texts

number-error-empty = empty value
number-error-not-a-number = “{ $s }” is not a number
number-error-ambiguous = “{ $s }” is ambiguous: both point and comma
number-error-too-large = “{ $s }” is too large
period-error = “{ $e }” is not a period (expected YYYY, YYYY-H1, YYYY-Q1 or YYYY-MM)
problem-newer-format = the rule file has format { $found }; this version reads format { $FORMAT_VERSION }: update the program
problem-bad-period = “{ $text }” is not a period (YYYY, YYYY-H1, YYYY-Q1 or YYYY-MM)
problem-bad-corrections-date = corrections: “{ $text }” is not a date; write the last day for corrections as YYYY-MM-DD, e.g. 2027-02-15
problem-empty-corrections-to = corrections: say where corrections are sent (to), e.g. an e-mail address
problem-weights-not-hundred = the weights sum to { $sum } %, must be 100 %
problem-lower-above-upper = the lower level { $lower } must be below the upper level { $upper }
problem-bad-character = character U+{ $code } at position { $position } is not allowed (a control or invisible character, or a space other than the ordinary one); remove it
problem-too-long = the text is { $length } characters long; at most { $limit } are allowed
problem-not-whole-ore = the amount { $value } has fractions of an öre; give it in whole öre (at most two decimals)
problem-out-of-bounds = { $value } is outside the allowed range (at most { $max } in size)
problem-percent-out-of-range = the level { $value } is outside 0–100 %
problem-step-credit-out-of-range = the step credit { $credit } % is outside 0–100 %
problem-duplicate-step-level = the level { $value } appears in more than one step
problem-percentile-out-of-range = the percentile { $value } is outside 0–100
problem-bad-baseline-period = the baseline period “{ $text }” is not a period (YYYY, YYYY-H1, YYYY-Q1 or YYYY-MM)
problem-unknown-area = the area “{ $id }” is not in the scheme
problem-area-weights-not-hundred = the area weights sum to { $sum } %, must be 100 %
problem-weights-in-area-not-hundred = the weights inside the area “{ $area }” sum to { $sum } %, must be 100 %
problem-deduction-unknown-indicator = the deduction is for the indicator “{ $id }”, which is not in the scheme
problem-indicators = indicators
problem-steps = steps
problem-areas = areas
problem-deductions = deductions
problem-gates = rules for findings
problem-too-many = { $found } { $what }, at most { $limit } are allowed
param-error-syntax = the parameter “{ $path }” cannot be read; write e.g. hemtjanst.rate, hemtjanst.ht_helhet.level or sabo.sb_smarta.weight
param-error-no-scheme = the parameter “{ $path }”: the rules have no scheme for that service type
param-error-no-indicator = the parameter “{ $path }”: the scheme has no indicator “{ $id }”
param-error-not-for-scoring = the parameter “{ $path }” does not exist for the indicator's scoring
param-error-bad-value = the value { $value } cannot be used for “{ $path }”
param-error-gate-bars = the parameter “{ $path }”: the finding “{ $kind }” has no cap: it bars payment
param-error-no-gate = the parameter “{ $path }”: the scheme has no rule for findings number { $k } (counted from 0); it has { $gates } such rules
solve-error-no-scheme = the rules have no scheme for { $st }
solve-error-invalid = the rules have errors: { $p }
solve-error-pot = the scheme pays from a pot: its total is the pot, there is no rate to solve for (change the pot's amount instead)
solve-error-withhold = the scheme withholds and pays back: its total is the share of the withheld amount paid back, there is no rate to solve for
solve-error-negative-budget = the budget must not be negative, got { $b }
solve-error-below-fixed = the fallback rule's amounts alone ({ $fixed } kr) are over the budget, whatever the rate
solve-error-nothing-to-scale = no provider's payout depends on the rate (nobody qualifies, or volumes/compensation are zero)
solve-error-above-highest-rate = even the highest allowed rate ({ $rate }) costs only { $total } kr, within the budget
solve-error-unbounded = every provider reaches the cap: the total is at most { $total } kr and within the budget at any rate
sweep-error-steps = the number of steps must be 2–{ $MAX_STEPS }, got { $steps }
sweep-error-range = from and to must differ
sweep-error-too-large = from and to may be at most { $limit } in size: no value of a rule set can be larger
sweep-error-not-whole-steps = “{ $path }” takes whole numbers only, but { $steps } steps from { $from } to { $to } give { $value }; choose { $whole } steps so that every value is whole
sweep-error-not-whole-ends = “{ $path }” takes whole numbers only, but from { $from } to { $to } gives { $value }; give whole numbers as from and to
warning-unknown-indicator = the indicator “{ $id }” is not in the rules: { $rows } { $rows ->
        [one] row
       *[other] rows
    } ignored (first on line { $first_line })
warning-no-scheme = the provider { $provider_id } ({ $service_type }) has no scheme in the rules and gets nothing
warning-no-results-in-period = no results for the period { $period }
warning-missing-compensation = the provider { $provider_id } has no ordinary compensation: gets 0 kr
warning-missing-previous-payout = the provider { $provider_id } has no previous payout: the fallback gives 0 kr
warning-value-out-of-range = line { $line }: { $provider_id } / { $indicator_id }: the value { $value } is impossible and counts as missing
warning-pot-not-fully-paid = { $service_type }: { $n2 } kr of the pot is not paid (nobody qualifies or all reach the cap)
warning-fallback-exceeds-pot = { $service_type }: the fallback amounts exceed the pot and were scaled down
warning-interval-straddles-more = {" "}and { $count } more
warning-interval-straddles-level = { $service_type } / { $indicator_id }: { $count } { $count ->
        [one] provider has
       *[other] providers have
    } a 95 % confidence interval that straddles the level { $l }, so sampling noise decides which side they fall on: { $list }{ $more }
warning-deduction-without-compensation = the provider { $provider_id } has no ordinary compensation: the percentage deduction is 0 kr
payout-status-below-minimum-score = below minimum score { $min_percent } %
payout-status-fallback = fallback: { $percent } % of last period's amount
scheme-basis-pot = pot { $n2 } kr, { $key }
scheme-basis-per-volume-unit = { $n2 } kr per { $unit } × { $word }
scheme-basis-percent-of-compensation = { $percent } % of ordinary compensation × score
scheme-basis-withhold = { $withhold_percent } % of ordinary compensation withheld, { $payback_percent } % paid back by withheld × score
adjustments = { $d } kr
adjustments-by-row = kvalitetspeng { $gross } − withheld { $withheld } − deductions { $deducted }
withheld-row-some-c = withheld, { $withhold_percent } % of ordinary compensation { $n2 } kr
payout-basis-provider-basis = { $e }: { $n2 } kr
payout-basis-withhold = paid back: { $weight } of { $total_weight } kr (withheld × score) = { $share } % of { $n2 } kr = { $n2_2 } kr
payout-basis-per-volume-unit = score { $score } × { $n2 } kr per { $unit } × { $e } = { $n2_2 } kr
payout-basis-some-c = { $word } { $score } × { $percent } % × { $n2 } kr = { $n2_2 } kr
payout-basis-pot = { $weight } of { $total_weight } { $key ->
        [equal] equal parts
        [credit] score points
        [volume] { $unit ->
            [hour] hours
            [bed-day] bed-days
           *[place] places
        }
       *[credit-volume] { $unit ->
            [hour] score-hours
            [bed-day] score-bed-days
           *[place] score-places
        }
    } = { $share } % of the pot { $n2 } kr = { $n2_2 } kr
payout-basis-some-p = { $word }: { $percent } % × { $n2 } kr = { $n2_2 } kr
capped = {" "}(limited by the cap { $n2 } kr)
net-note = ; net { $n2 } kr
deduction-amount-percent-of-compensation = { $p } % of ordinary compensation
deduction-amount-fixed = { $a } kr
deduction-applied = deduction: { $indicator_name } { $value } { $worse } { $level }: { $rule }
deduction-missing = {" "}counts as missing ({ $why })
deduction-not-applied-no-result = no deduction: { $indicator_name } is missing; a missing result deducts nothing
deduction-not-applied-missing = no deduction: { $indicator_name } { $shown }{ $why }; a missing result deducts nothing
deduction-not-applied = no deduction: { $indicator_name } { $value }, deducted if worse than { $level }
interval = 95 % CI { $f }–{ $f_2 } %, n = { $respondents }
interval-end-lower = the lower bound
interval-end-upper = the upper bound
interval-end-compared-exactly = compared exactly
interval-end-computed-to = computed to { $decimals } decimals
interval-end-counts = { $point } % ({ $interval }); { $which } { $end } % counts ({ $exactness }): { $base }
data-status-too-few-respondents = { $respondents } respondents, at least { $min } required
data-status-respondents-unknown = number of respondents missing, at least { $min } required
data-status-out-of-range = the value { $v } is outside the possible range
data-status-no-respondents = number of respondents missing or 0, and the interval rule needs respondents
how-threshold = { $v } { $sign } { $l }: met
how-threshold-not-met = { $v } { $dir } { $l }: not met
how-steps-reached = { $v } { $sign } { $level }: the step gives { $credit } %{ $next }
how-steps-none = { $v }: no step reached{ $next }
how-steps-next = {" "}(next step { $level } gives { $credit } %)
how-relative = { $between }; levels from { $peers } peer providers
how-achievement-improvement = achievement { $a } of 10, improvement { $pts } of 9 (from { $b }); the higher counts
how-achievement-baseline-met = achievement { $a } of 10; the baseline { $b } already meets the benchmark
how-achievement-no-baseline = achievement { $a } of 10; no baseline for improvement
percentile-as-text = { $p }th percentile
fallback-share = { $percent } % of last period's amount
prose-min-score = A score of at least { $m } % is required to be paid.
prose-threshold = Full credit when { $dir } { $l }, otherwise none.
prose-step = { $dir } { $s } gives { $s_2 } %
prose-linear = Full credit when { $dir } { $full }, none at { $zero } { $dir_2 }, linear in between.
prose-relative = No credit at { $start }, full credit at { $full }, linear in between (the levels come from the period's results).
prose-achievement = The better of achievement points (0 at { $threshold }, 10 at { $benchmark }) and improvement points (0–9 from the provider's own result in { $baseline_period } up to { $benchmark_2 }) counts, as a share of 10.
prose-fallback-share = mean that the provider gets { $p } % of last period's amount instead
prose-interval-end-true = lower bound
prose-interval-end-false = upper bound
prose-uncertainty-cautious = The result counts at its confidence interval's { $which } (Wilson, 95 %): the level must be clearly reached, not only by the point estimate. A result without a number of respondents (or with 0) counts as missing.
prose-uncertainty-benefit-of-doubt = The result counts at its confidence interval's { $which } (Wilson, 95 %): the provider gets the benefit of the doubt. A result without a number of respondents (or with 0) counts as missing.
prose-weight-none = { $name } weighs { $ind } %.
prose-weight-some-a = { $name } weighs { $ind } % inside the area { $name_2 }.
prose-min-respondents = Results with fewer than { $min } respondents { $policy }.
prose-payout-pot = A pot of { $amount } is shared among the providers that qualify, { $key } ({ $unit }). The parts are rounded to öre so that they sum exactly to the pot.
prose-payout-per-volume-unit = Full score pays { $kr_per_unit } per { $unit }; the provider gets its score × the amount × its { $unit_2 }.
prose-payout-percent-of-compensation = Full score pays { $percent } % of the ordinary compensation; the provider gets its score × that.
prose-payout = {" "}(budget-neutral: the nets sum to zero)
prose-payout-withhold = { $withhold_percent } % of every provider's ordinary compensation is withheld. { $payback_percent } % of all that is withheld is paid back to the providers that qualify, in proportion to withheld × score{ $payback_percent_2 }. The net may be negative.
prose-cap = No provider gets more than { $c }.
prose-missing = Results that are missing or impossible { $s }.
prose-areas-missing = {" "}If an area has no results at all, its weight goes to the other areas.
prose-area = { $name } { $weight } %
prose-areas = The indicators are grouped in areas with their own weights: { $list }. An indicator's weight applies inside its area.{ $s }
prose-worse-higher-is-better = below
prose-worse-lower-is-better = above
prose-deduction-amount-percent-of-compensation = { $p } % of the ordinary compensation
prose-deduction = Deduction: when { $name } is { $worse } { $d }, { $amount } is deducted. A missing result deducts nothing.
prose-budget = Budget for the kvalitetspeng: { $b } (before withholding and deductions).
file-error-io = could not read or write the file ({ $e })
file-error-not-found = the file does not exist (or a folder on its path)
file-error-no-permission = you do not have permission to read the file
file-error-mixed-encoding = the file is UTF-8 but byte { $column } of the line (0x{ $byte }) is not valid UTF-8; the file mixes encodings – save it again as UTF-8
file-error-not-regular-file = the path is { $special_file }, not a regular file; nothing was read
file-error-line-too-long = the line is longer than { $limit } bytes, the program's limit for a line; the file is probably not a results file
file-error-too-many-columns = the header has { $found } columns; at most { $limit } are allowed
file-error-too-large = the file is { $size } bytes, more than the limit of { $limit } bytes; nothing was read
file-error-bad-character = character U+{ $code } at position { $position } is not allowed; remove it (ids and names must not hold control characters or invisible ones such as zero-width and direction marks, and ids no spaces other than the ordinary space)
file-error-too-long = the text is { $length } characters long; at most { $limit } are allowed
file-error-missing-column = the column “{ $column }” is missing (accepted headers: { $accepted })
file-error-duplicate-column = the column “{ $column }” appears twice
file-error-field-count = expected { $expected } fields like the header, found { $found }
file-error-number = expected a number: { $e }
file-error-whole-number = expected a whole number ≥ 0, found “{ $text }”
file-error-not-whole-ore = the amount “{ $text }” has fractions of an öre; give it in whole öre (at most two decimals)
file-error-out-of-bounds = the number “{ $text }” exceeds the program's limit of { $max } (in size)
file-error-negative = the number must not be negative, found “{ $text }”
file-error-service-type = expected service type “hemtjänst” or “säbo”, found “{ $text }”
file-error-regi = expected “egen regi” or “privat”, found “{ $text }”
file-error-period = expected a period (YYYY, YYYY-H1, YYYY-Q1 or YYYY-MM), found “{ $text }”
file-error-conflict = the provider has “{ $first }” on line { $first_line } but “{ $found }” here
file-error-duplicate-row = the same provider, indicator and period is already on line { $first_line }
file-error-overlapping-period = the same provider and indicator has a period on line { $first_line } that overlaps this one (e.g. a whole year and one of its months); the result would count twice
file-error-newer-format = the rule file has format { $found } from a newer version; this version reads format { $supported }
file-error-spreadsheet-bomb = the spreadsheet could not be read: the part { $part } unpacks to { $size } bytes from { $packed } ({ $size_2 }:1), far more than a real workbook (at most { $limit }:1); the file is not read
file-error-spreadsheet-too-large = the spreadsheet could not be read: the workbook unpacks to { $total } bytes, more than the limit of { $limit } bytes; the file is not read
file-error-spreadsheet-strings-lie = the spreadsheet could not be read: the shared-strings table claims { $claimed } entries but is only { $size } bytes; the file is broken or tampered with
file-error-cell-beyond-columns = the spreadsheet could not be read: the cell lies beyond column { $last } ({ $limit }), further right than the program reads
file-error-sheet-too-wide = the spreadsheet could not be read: the sheet is { $width } columns wide, more than the program reads ({ $limit })
file-error-spreadsheet = the spreadsheet could not be read: { $m }
file-error-sheet-not-found = the sheet “{ $sheet }” does not exist (available: { $available })
file-error-json = invalid JSON: { $m }
file-error-municipality-code = expected a four-digit municipality code (e.g. “0180”), found “{ $text }”
file-error-year = expected a year (YYYY), found { $text }
file-error-same-post = the same municipality and year are already in { $first }
file-error-kpi-not-in-file = the file has no values of KPI { $kpi } (it has: { $found })
file-error-unknown-id = unknown { $kind } “{ $id }” (not in the mapping)
file-error-mapped-twice = “{ $key }” appears twice in the mapping; each ou, provider id and KPI may appear only once
file-error-more = … and { $count } more errors
file-error-write = could not write the file ({ $e }); nothing was written
file-error-output-is-input = the output is the same file as the input { $input } and would overwrite it; choose another name
file-error-output-twice = the output is the same file as the output { $other }; choose different names
special-file-directory = a folder
special-file-fifo = a named pipe (FIFO)
special-file-device = a device
special-file-socket = a socket
special-file-other = not a regular file
at-column-number = , column { $c }
at-column-name = , column “{ $c }”
# A message already worded where it was found (an input's own located error).
worded = { $text }
lock-error-rules = the rules have errors: { $p }
lock-error-not-an-archive = the file is not a readable locked run (.kvp): { $p }
lock-error-refused = the run cannot be locked: { $p }
lock-error-write = the archive could not be written: { $m }
archive-problem-not-zip = not a zip archive ({ $e })
archive-problem-too-many-members = { $found } files in the archive, at most { $MAX_MEMBERS } are allowed
archive-problem-too-large = the files would take { $total } bytes unpacked, at most { $MAX_TOTAL_BYTES } are allowed
archive-problem-packed = { $name }: { $size } bytes packed in { $packed }, more than { $MAX_RATIO } to one (a zip bomb?)
archive-problem-manifest-too-large = { $MANIFEST } is { $size } bytes, at most { $MAX_MANIFEST_BYTES } are allowed
archive-problem-unreadable = { $name } cannot be unpacked ({ $why })
archive-problem-larger-than-declared = { $name } unpacks to more than the archive declares
archive-problem-twice = { $name } is in the archive twice
archive-problem-no-manifest = { $MANIFEST } is missing
archive-problem-bad-manifest = { $MANIFEST } cannot be read: { $e }
archive-problem-wrong-format = { $MANIFEST } gives the format “{ $found }”, expected “{ $FORMAT }”
archive-problem-newer-format = the archive has format { $found }; this version reads format { $FORMAT_VERSION }: update the program
archive-problem-no-inputs = { $MANIFEST } names no rule file or no results file
archive-problem-not-utf8 = the name is not stored as UTF-8 with the zip format's mark for it, so a zip tool may show another name
archive-problem-bad-character = the name has the character U+{ $code } at position { $position }, which is not allowed (a control or invisible character)
archive-problem-too-long = the name is { $length } characters long, at most { $MAX_MEMBER_NAME_CHARS } are allowed
archive-problem-absolute = the name is an absolute path (it begins with /)
archive-problem-backslash = the name has a backslash (\), a folder separator on Windows
archive-problem-colon = the name has a colon (a drive letter such as C: or a hidden stream on Windows)
archive-problem-bad-component = the name has an empty part, “.” or “..” (it could be unpacked outside its folder)
archive-problem-outside-folders = the name is outside indata/ and utdata/ (allowed: manifest.json, indata/<file>, utdata/<file>)
archive-problem-not-windows-name = Windows cannot make a file of this name (a device name such as CON or NUL, a dot or space at the end, or one of < > " | ? *)
archive-problem-name-with-reason = { $name }: { $why }
archive-problem-same-name = { $name } and { $other } become one file on Windows and macOS (the names differ only in upper and lower case or in how their characters are encoded)
archive-problem-not-a-file = { $name } is not a regular file (a symbolic link, a folder or a device)
archive-problem-member-too-large = { $name } is { $size } bytes unpacked, at most { $limit } are allowed for it
archive-problem-bad-language = { $MANIFEST } gives the language “{ $found }”, expected “sv” or “en”
archive-problem-manifest-bad-character = { $field } in { $MANIFEST }: the character U+{ $code } at position { $position } is not allowed (a control or invisible character)
archive-problem-manifest-too-long = { $field } in { $MANIFEST }: the text is { $length } characters long; at most { $limit } are allowed
archive-problem-inconsistent = the archive holds files its directory does not list, or that overlap ({ $why })
archive-problem-listed-twice = two files are named { $name } (upper and lower case count as the same)
archive-problem-role-twice = { $name } has the same role as { $other } in { $MANIFEST } (a run has one file of each kind)
finding-missing = { $name } is in the manifest but missing from the archive
finding-not-listed = { $name } is in the archive but not in the manifest
finding-changed = { $name } was changed: its SHA-256 does not match the manifest
finding-differs = { $name } does not match a new calculation from the archived inputs
# The columns, separated by ";".
correction-csv-header = provider_id;provider_name;indicator;value_before;value_after;kr_before;kr_after;change_kr
cli-decide-rules-share-no-provider = the rule files { $rules_a } and { $rules_b } compute no provider in common; the comparison would only show everyone as new
cli-decide-rules-share-no-service-type = the rule files { $rules_a } and { $rules_b } share no service type ({ $rules_a }: { $a }; { $rules_b }: { $b }); the comparison would only show everyone as new
ron-error-quoted = `{ $s }`
ron-error-outer-missing-field = the structure
ron-error-missing-struct-field = the field `{ $field }` is missing in { $outer }
ron-error-outer-unknown-field = the structure
ron-error-no-such-struct-field = unknown field `{ $found }` in { $outer } (expected one of { $list })
ron-error-outer-unknown-variant = the field
ron-error-no-such-enum-variant = unknown value `{ $found }` for { $outer } (expected one of { $list })
ron-error-duplicate-struct-field = the field `{ $field }` appears twice
ron-error-expecting = expected a number (e.g. 12.35), found { $found }
ron-error-too-large = the number is too large
ron-error-not-finite = NaN and infinity are not allowed
ron-error-unexpected-char = unexpected character “{ $c }”
ron-error-problem = { $what ->
        [integer-out-of-bounds] the whole number is outside what is allowed (e.g. a negative number where only 0 and up are)
        [integer-digit] a digit that is not allowed in a whole number
        [underscore] an underscore is not allowed in a number here
        [comment] a comment is never closed
        [trailing] text after the end of the rules
        [utf8] the text is not valid UTF-8
        [escape] an invalid escape (\…) in a text
       *[recursion] the structure is nested too deeply
    }
ron-error-other = invalid RON: { $other }
ron-error-expected = expected { $what ->
        [comma] a comma “,”
        [array] an opening bracket “[”
        [array-end] a closing bracket “]”
        [boolean] true or false
        [float] a decimal number
        [integer] a whole number
        [map] an opening brace “{"{"}”
        [map-colon] a colon “:”
        [map-end] a closing brace “{"}"}”
        [struct] an opening parenthesis “(”
        [paren-end] a closing parenthesis “)”
        [string] a text in quotes
        [string-end] a closing quote
        [identifier] a name
        [option] Some(…) or None
        [unit] ()
       *[char] a character in single quotes
    }
# The columns, separated by ";".
compare-csv-header = provider_id;provider_name;service_type;regi;a_kr;b_kr;delta_kr;delta_percent;status_change
report-budget-over = over budget
report-budget-left = left
report-budget = Budget { $budget }: the kvalitetspeng is { $gross } ({ $left } { $over }).
payout-short-pot = pot { $amount } kr, { $key }
payout-short-per-volume-unit = { $kr_per_unit } kr per { $unit }
payout-short-percent-of-compensation = { $percent } %
withhold-short = { $withhold_percent } % withheld, { $payback_percent } % paid back
editor-add-scheme = ➕ Scheme for { $st }
editor-weight-sum = Sum of weights: { $sum } %
editor-weight-sum-inside = inside: { $inside } %
decide-gains-and-losses-only-in = , { $only_in_a } only in the comparison, { $only_in_b } new
decide-gains-and-losses = · { $gains } gain, { $loses } lose, { $unchanged } unchanged{ $only_in }
decide-export-file-name-true = comparison.xlsx
decide-export-file-name-false = sweep.xlsx
payout-csv-header = provider_id;provider_name;service_type;regi;volume;volume_unit;score_percent;status
explanation-csv-header = provider_id;provider_name;service_type;indicator_id;name;value;respondents;status;credit_percent;weight_percent;effective_weight_percent;contribution_points;kronor;reason;exact
cli-within-budget-some-o = within the budget at any level beyond { $o } (at { $level }: total { $total } kr)
cli-within-budget-none = within the budget at level { $level }: total { $total } kr
opened-locked-run-none = Opened the locked run { $name }: verified, every file matches byte for byte
opened-locked-run-some-f = Opened { $name }, but it does not verify: { $f }
import-warning-no-total = { $ou } / { $kpi }: no total row (gender T), counts as missing
import-warning-status = { $ou } / { $kpi }: status “{ $status }”, counts as missing
import-warning-null-value = { $ou } / { $kpi }: value missing (null), counts as missing
import-warning-unknown-kpi = KPI { $kpi } is not in the mapping: { $posts } records skipped
output-problem-symlink = could not write the file: { $words }
output-problem-not-regular = the path is { $special_file }, not a regular file, and is not written over
output-problem-name-too-long = the file name is { $length } bytes long; the file system allows at most { $limit }
output-problem-no-folder = the folder { $dir } does not exist
output-problem-folder-not-writable = the folder { $dir } cannot be written to
output-problem-io = could not write the file ({ $e })
# An output that could not be written: why, and what became of the outputs.
file-error-not-written = { $problem }; { $outcome }
write-outcome = nothing was written
write-outcome-all = none of the files was written ({ $all })
write-outcome-done = { $done } written all the same (the old files could not be put back)
write-outcome-done-left = { $done } written all the same (the old files could not be put back); { $left } not written
between = { $v } { $dir } { $full_at }: full credit
between-none = { $v } does not pass { $zero_at }: no credit (full at { $full_at })
between-part = { $v } between { $zero_at } (0 %) and { $full_at } (100 %): { $credit }

## payout base: withhold with a logistic exchange function (domain::payout::withhold_logistic)
logistic-withhold = Withhold with logistic payback (S-curve)
logistic-midpoint = Midpoint (score in %)
logistic-steepness = Steepness (per percentage point)
logistic-decimals = Decimals of f
problem-logistic-midpoint = the midpoint must be between 0 and 100
problem-logistic-steepness = the steepness must be above 0 and at most 10
problem-logistic-decimals = f can have at most 12 decimals
prose-payout-withhold-logistic = { $withhold_percent } % of every provider's ordinary compensation is withheld. { $payback_percent } % of all that is withheld is paid back to the providers that qualify, in proportion to withheld × f, where f = 1 / (1 + e^(−{ $steepness } × (score in % − { $midpoint }))) rounded to { $decimals } decimals. The net may be negative.
withhold-logistic-short = { $withhold_percent } % withheld, { $payback_percent } % paid back by S-curve (midpoint { $midpoint }, steepness { $steepness })
scheme-basis-withhold-logistic = { $withhold_percent } % of ordinary compensation withheld, { $payback_percent } % paid back by withheld × f(score), logistic with midpoint { $midpoint } and steepness { $steepness }
payout-basis-withhold-logistic = paid back: f(score) = { $f }; { $weight } of { $total_weight } kr (withheld × f) = { $share } % of { $n2 } kr = { $n2_2 } kr
month-name = { $month ->
        [1] January
        [2] February
        [3] March
        [4] April
        [5] May
        [6] June
        [7] July
        [8] August
        [9] September
        [10] October
        [11] November
       *[12] December
    }
time-in-words = { $day } { $month } { $year } at { $hour }:{ $minute }
level-at-or-beyond = Level { $sign }
scoring-short-threshold = threshold { $level }
scoring-short-steps = steps { $steps }
scoring-short-step = { $level } → { $credit } %
scoring-short-linear = linear { $lower }–{ $upper }
scoring-short-relative = relative { $start } – { $full }
scoring-short-achievement = achievement or improvement { $threshold } / { $benchmark } (baseline { $period })
mark-step-credit = { $credit } %
effect-title = Effect of kvalitetspeng on KPI { $kpi } in municipality { $municipality } from { $year }
effect-method = Method: difference in differences against { $n } comparison municipalities; years before the start: { $pre }; years from the start: { $post }
effect-method-synthetic = Method: synthetic control, a weighted mean of { $n } comparison municipalities fitted to the municipality's path before the start; years before the start: { $pre }; years from the start: { $post }
effect-weights = Weights (municipality weight): { $weights }
effect-estimate = Estimated effect: { $effect } (in the KPI's unit, percentage points when the KPI is a share in percent)
effect-interval = 95 % confidence interval: { $low } to { $high }
effect-interval-unbounded = 95 % confidence interval: unbounded (a bounded interval takes at least { $needed } comparison municipalities)
effect-p-value = p-value (placebo test): { $p } ({ $as_large } of { $n } comparison municipalities get an estimate as large or larger when treated as if they paid kvalitetspeng)
effect-pre-fit = Fit before the start: the gap to the comparison municipalities deviates by { $rmse } (RMSE) from its level before the start
effect-pre-fit-none = Fit before the start: cannot be judged from a single year before the start
effect-pre-trend = Trend of the gap before the start: { $slope } per year (p = { $p })
effect-pre-trend-none = Trend of the gap before the start: cannot be judged from fewer than three years before the start
effect-detectable = Smallest effect that could have been detected: ±{ $mde } (a true effect of that size is detected about half the time)
effect-detectable-none = Smallest effect that could have been detected: none, too few comparison municipalities
effect-smallest-p = With { $n } comparison municipalities the smallest possible p-value is 1/{ $n1 } = { $p }.
effect-conclusion-unbounded = Conclusion: with so few comparison municipalities the data can neither show an effect nor rule one out, however large.
effect-conclusion-significant = Conclusion: the change after the start is larger than nearly every comparison municipality's (p = { $p }); effects from { $low } to { $high } are compatible with the data. This speaks for an effect but does not prove it: it assumes parallel trends, that nothing else that began the same year explains the change, and that the comparison municipalities pay no kvalitetspeng.
effect-conclusion-not-significant = Conclusion: the change after the start differs from the comparison municipalities' by no more than chance can explain (p = { $p }). This does not show that the effect is zero: effects from { $low } to { $high } are compatible with the data, and an effect smaller than ±{ $mde } could not have been detected.
effect-warning-pre-trend = Warning: the municipality did not follow the comparison municipalities before the start (p = { $p } for the trend); the parallel-trends assumption is doubtful and the estimate may be biased.
effect-note-dropped = Municipalities that lack a value in some year, left out of the comparison ({ $n }): { $codes }
effect-note-unused-years = Years that fewer than half the possible comparison municipalities have, not used: { $years }
effect-note-unknown-excluded = Municipalities to exclude that the file does not have: { $codes }
effect-note-not-municipalities = Posts of the whole country (0000) and the regions (0001–0025), not municipalities and not compared with: { $n }
effect-note-missing = Posts without a value (null, a status or no total row), skipped: { $n }
effect-not-a-year = --introduced: expected a year (YYYY), found “{ $text }”
effect-error-treated-missing = municipality { $code } has no values of the KPI in the file
effect-error-treated-excluded = municipality { $code } is the one studied and cannot also be excluded (--exclude)
effect-error-no-pre-years = no year before { $introduced } with values for both the municipality and the comparison municipalities (the municipality's first year: { $first }); difference in differences needs at least one year before the start
effect-error-no-post-years = no year from { $introduced } on with values for both the municipality and the comparison municipalities (the municipality's last year: { $last }); difference in differences needs at least one year from the start
effect-error-too-few = { $found } comparison municipalities have values in every year ({ $dropped } lack some year); at least two are needed
effect-providers-title = The providers' paths: { $n } providers, periods { $periods } (payout and results per period, with the rules calculated for each period)
effect-providers-provider = { $id } { $name }: payout { $payouts }
effect-providers-indicator = { $id } (level { $levels }): { $values }
effect-providers-band = Do the providers respond to the levels? Results at most { $band } below the nearest level are compared with results less than { $band } above it, in their change by the next period (in the indicator's direction: positive is an improvement).
effect-providers-below = Just below a level
effect-providers-above = Just above a level
effect-providers-group = { $which }: { $providers } providers, { $results } results, mean distance to the level { $distance }, mean change { $change }
effect-providers-group-empty = { $which }: no results ({ $providers } providers)
effect-providers-too-few = Too few providers to tell: { $below } providers just below and { $above } just above a level; at least { $needed } are needed in each group.
effect-providers-difference = Difference in mean change (below − above): { $difference }; corrected for regression to the mean (slope { $slope } per unit of distance): { $effect }
effect-providers-interval = 95 % confidence interval (bootstrap over providers, { $resamples } resamples): { $low } to { $high }
effect-providers-conclusion-more = Conclusion: providers just below a level improve more by the next period than those just above, more than the distance to the level explains (interval { $low } to { $high }). That speaks for the providers responding to the kvalitetspeng but does not prove it: something else that sets the groups apart may explain it.
effect-providers-conclusion-less = Conclusion: providers just below a level improve less by the next period than those just above (interval { $low } to { $high }). That does not speak for the levels spurring those who miss them.
effect-providers-conclusion-none = Conclusion: the difference cannot be told from zero; responses between { $low } and { $high } are compatible with the data. That does not show that the providers do not respond.
effect-providers-one-period = Only one period: no change by the next period to compare.
effect-providers-no-periods = the results have no period
effect-providers-rules = the rules calculated for the period { $period } have errors: { $problems }
effect-providers-bad-band = --band: expected a positive number (at most 1,000,000) in the indicator's unit, got “{ $text }”
standard-baseline-not-before = the baseline period { $baseline } must lie before the rule file's period: the levels are fixed in advance
standard-min-providers-zero = the fewest providers for the levels from the baseline period must be at least 1
standard-scoring-cannot = this scoring cannot take levels from a baseline period (linear, threshold and achievement or improvement can)
standard-needs-threshold = the levels from the baseline period lack the threshold, which the scoring needs
standard-needs-benchmark = the levels from the baseline period lack the benchmark, which the scoring needs
standard-no-threshold-here = the scoring has no threshold to fix (remove threshold)
standard-no-benchmark-here = the scoring has no benchmark to fix (remove benchmark)
standard-not-frozen = the levels must be fixed from the { $baseline } results before the calculation: run kvalitetspeng standards
standard-level-changed = the level { $level } is not the one fixed from the baseline period ({ $frozen }): run kvalitetspeng standards again or remove the standard
standard-too-few = { $found } providers have a usable result for { $baseline } in { $file }; the levels from the baseline period need at least { $min }
standard-role-threshold = threshold (no credit)
standard-role-benchmark = benchmark (full credit)
standard-rounded = {" "}(rounded from { $exact })
cli-standards-found = { $scheme } / { $indicator }: { $role } { $text }
prose-standard-level = { $level } = { $how } of the { $baseline } results, { $providers } providers
prose-standard = The levels are fixed in advance from the baseline period ({ $file }): { $levels }.
prose-standard-not-frozen = The levels are to be fixed from the { $baseline } results (kvalitetspeng standards) and are not fixed yet.
prose-contract-minimum = The contract already demands { $dir } { $min }.
contract-minimum-not-above = { $name } { $level } is no better than the contract's minimum { $min }: kvalitetspeng pays for what the contract already demands
payout-status-insufficient-data = insufficient data: usable data for { $usable } of { $indicators } indicators, at least { $required } required
problem-min-usable-out-of-range = the least number of indicators with usable data is { $min }, but the scheme has { $indicators } indicators; give a number from 1 to { $indicators }
prose-min-usable = A provider is scored only when at least { $k } of the { $n } indicators have usable results; otherwise the data are insufficient and the provider gets no score and no money (shown apart from a score too low).
payout-status-barred = barred by a finding: { $kind } { $date }
status-score-capped = score capped at { $percent } % by a finding: { $kind } { $date }
warning-unknown-finding-kind = { $provider_id }: the finding “{ $kind }” ({ $date }) has no rule in the scheme and changes nothing
warning-finding-outside-period = { $provider_id }: the finding “{ $kind }” ({ $date }) is dated outside the rule set's period and does not count
prose-gate-bars = A finding of the kind “{ $kind }” dated within the period bars payment.
prose-gate-caps = A finding of the kind “{ $kind }” dated within the period caps the score at { $percent } %.
problem-gate-empty-kind = a rule for findings has no kind
problem-gate-duplicate-kind = the finding “{ $kind }” has more than one rule
problem-gate-cap-out-of-range = the cap for the finding “{ $kind }” is { $value } %, it must be 0–100 %
file-error-bad-date = “{ $text }” is not a date; write YYYY-MM-DD, e.g. 2025-05-12
warning-small-cohort = { $service_type } / { $indicator_id }: the peer cohort “{ $cohort }” has { $peers } usable results (fewer than { $min }), so its relative levels rest on few providers
warning-no-cohort-column = { $service_type }: relative levels are to be computed within each cohort of the results column kohort, but no provider has a cohort (is the column kohort missing, or named otherwise?); all are now compared as one group
prose-cohort-regi = Relative levels are computed within each regi (municipal and private apart).
prose-cohort-column = Relative levels are computed within each peer cohort of the results column kohort (providers without one form a group of their own).
rule-change-min-usable = k of n: { $old } → { $new }
rule-change-cohort = peer cohort: { $old } → { $new }
rule-change-gate-cap = cap on a finding “{ $kind }” { $old } → { $new } %
rule-change-gate = finding “{ $kind }”: { $old } → { $new }
gate-effect-bars = bars the kvalitetspeng
gate-effect-cap = cap { $percent } %
rule-change-contract-minimum = the contract's minimum { $old } → { $new }
rule-change-standard = levels from a baseline period: { $old } → { $new }
rule-change-standard-frozen = the levels from the baseline period frozen again ({ $file })
standard-short = { $levels } of { $baseline }
standard-short-level = { $role }: { $how }
param-min-usable = k of n (fewest indicators with data)
param-gate-cap = cap on a finding “{ $kind }”
editor-standard = Levels from a baseline period
cohort-service-type = the whole service type
cohort-regi = by regi
cohort-column = by cohort (column kohort)
effect-follow-up = Effect follow-up…
effect-follow-up-tooltip = Has the kvalitetspeng changed anything? The municipality against comparison municipalities in Kolada's data, and the providers' paths
effect-follow-up-title = Effect follow-up
effect-municipality-heading = The municipality against the comparison municipalities
effect-kolada-file = Kolada file
effect-choose-kolada = Choose file…
effect-kolada-json = Kolada data (JSON)
effect-kpi = KPI
effect-municipality = Municipality (code)
effect-introduced = Kvalitetspeng from year
effect-exclude = Leave out municipalities
effect-exclude-tooltip = Municipality codes, separated by commas: municipalities that also pay kvalitetspeng and are not to be compared with
effect-method-label = Method
effect-method-did = Difference in differences
effect-method-sc = Synthetic control
effect-estimate-button = Estimate the effect
effect-chart-treated = The municipality
effect-chart-comparison = Comparison
effect-chart-start = Kvalitetspeng begins
effect-chart-year = Year
effect-chart-value = KPI value
effect-providers-heading = The providers
effect-providers-need-periods = The providers' paths are shown when the loaded results have at least two periods.
effect-chart-comparison-note = Comparison: the comparison municipalities' mean per year; with synthetic control their weighted mean, moved to the municipality's level before the start.
effect-providers-paths = Each provider's path
effect-in-the-report = The decision report (File › Decision report) includes this estimate as a section, Effect follow-up.

# Arkiv › Utskick: the same form as the report's (saved rules, the decision's reference)
statements-form-title = Statements to the providers (PDF)
statements-form-intro = The statements are made from the saved rules: each names the rule file, its checksum and the decision's reference.
choose-folder-and-write-statements = Choose a folder and write the statements…
save-rules-and-choose-folder = Save the rules and choose a folder…
statements-folder-name = statements
# An export of rules that are not saved: a draft, with no checksum of a file that does not exist
draft-of-unsaved-rules = DRAFT of rules that are not saved
no-rule-file-no-checksum = none (the rules exist as no file)
exported-as-draft = draft: the rules are not saved, so the export names no rule file
open-kolada-file = Open Kolada data (JSON)
# A results file or a locked run given at start-up that could not be opened
results-file-could-not-be-opened = The results file could not be opened
results-file-open-another-or-continue = The providers' results are not read. Open another results file, or continue without it (the rules without results).
open-another-results-file = Open another results file…
locked-run-could-not-be-opened = The locked run could not be opened
locked-run-open-another-or-continue = The archive is not shown. Open another archive (.kvp), or continue without it.
open-another-locked-run = Open another archive…
continue-without-it = Continue without the file
# Beslutsstöd: the sweep's limit of steps, in words
sweep-steps-limit = 2–50 steps; each step is a whole calculation
# The peer chart of the explanation: axes, series and its caption in words
providers-by-value = providers, in order
peers-earning-credit = earns credit
peers-earning-no-credit = earns no credit
peer-chart-caption = Across the value, up the providers in order; filled points earn credit, hollow ones none, the diamond is this provider. Lines:
advances-percent-out-of-range = the advances' share of the previous payout (percent_of_previous) is { $value } %, it must be 0–100 %
advances-rounds-out-of-range = the advances' number of rounds (rounds) is { $rounds }, it must be 1–{ $max }
advances-note = { $text }
advances-note-total = { $percent } % of the previous payout { $previous } = { $total }, rounded to öre once, { $rounds ->
        [one] in one round
       *[other] in { $rounds } rounds
    }
advances-note-extra-ore = { $extra ->
        [one] round { $which } gets one öre more than the others
       *[other] rounds { $which } get one öre more each than the others
    } (largest remainder) so that the rounds sum exactly
advances-none-no-previous = no previous payout: no advance
advances-none-nothing-before = previous payout { $previous }: no advance
warning-advance-paid-differs = { $provider_id }: paid so far { $paid } differs from the advance plan { $planned }; the settlement is made against what was paid
prose-advances = During the year advances are paid { $rounds ->
        [one] in one round
       *[other] in { $rounds } rounds
    }, in all { $percent } % of the provider's previous payout (column föregående_utbetalning), rounded to öre once and split so that the rounds sum exactly (the first rounds get the öre left over). A provider without a previous payout gets no advance. At year end the final amount is settled against what was paid so far (column utbetalt_hittills).
advances-short = { $percent } % of the previous payout { $rounds ->
        [one] in one round
       *[other] in { $rounds } rounds
    }
advances-short-none = no advances
advances-on = Advances during the year
advances-percent-field = Advances, % of the previous payout
advances-percent-field-tooltip = The advances' total as a share of the provider's previous payout (column föregående_utbetalning), 0–100 %
advances-rounds-field = Advances, number of rounds
rule-change-advances = advances: { $old } → { $new }
settlement-to-pay = Final amount { $final_amount } − paid so far { $paid } = settlement +{ $settlement } to pay
settlement-reclaim = Final amount { $final_amount } − paid so far { $paid } = settlement −{ $settlement } (to reclaim)
settlement-even = Final amount { $final_amount } − paid so far { $paid } = settlement { $settlement }, nothing to settle
advances-csv-header = provider_id;provider_name;service_type;previous_payout_kr;percent;round;amount_kr;note
advances-sum = Total
advances-no-rule = no scheme of the rule set has an advance rule (advances), so there is no advance plan to make
advances-xlsx-too-many-rows = the advance plan has { $rows } rows, more than a worksheet holds ({ $limit }); save it as CSV (.csv) instead
advance-plan-csv = advance-plan.csv
advances-sheet = Advance plan
advances-menu = Advance plan…
advances-menu-tooltip = The advances during the year per provider and round under the rule set's advance rule, as CSV or Excel
# The payout table: columns left out because the window is too narrow
table-columns-hidden = Hidden to fit: { $columns }
table-columns-hidden-tooltip = These columns do not fit in the window now. Each provider’s details are in the explanation (click the row); a wider window or a closed panel shows them in the table.
