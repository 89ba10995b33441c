# Kvalitetspeng: every text of the program in this language (see assets/locales/README.md).
# Variables are already-formatted text; Fluent's own number formatting is not used.

## The language itself

language-name = Svenska
language-tag = sv-SE

## How numbers are written (one formatter for every language: words::texts::number)

number-decimal-sign = ,
number-group-separator = {" "}
# The minus sign of numbers people read (edit fields and exported number columns keep "-",
# which programs and spreadsheets read back).
number-minus-sign = −
number-edit-group-separator = {" "}

## Fixed texts (words::Word), grouped by the module that shows them


## app::commands

new-rules = Nya regler
open-rules = Öppna regler…
save-rules = Spara regler
save-rules-as = Spara regler som…
import-results = Importera resultat…
export-payouts-csv = Exportera utbetalning (CSV)…
export-payouts-excel = Exportera utbetalning (Excel)…
export-explanation-csv = Exportera förklaring (CSV)…
open-the-sample-municipality = Öppna exempelkommunen
undo = Ångra
redo = Gör om
rule-editor = Regelredigerare
problems-and-messages = Problem och meddelanden
decision-support = Beslutsstöd…
compare-with = Jämför med…
decision-report-pdf = Beslutsunderlag (PDF)…
lock-the-run = Fastställ…
open-a-locked-run = Öppna fastställd körning…
correct-with-new-results = Rätta med nya resultat…
leave-the-locked-run = Lämna den fastställda körningen
quit = Avsluta
start-from-an-empty = Börja med en tom regeluppsättning
open-a-rule-file = Öppna en regelfil (.ron)
save-the-rules-to = Spara reglerna i samma fil
save-the-rules-to-a = Spara reglerna i en ny fil
read-the-providers-results = Läs in utförarnas resultat (CSV)
payout-table-as-csv = Utbetalningsunderlaget som CSV för Excel
workbook-with-payouts-explanation = Arbetsbok med utbetalning, förklaring, regler och verifikation
per-indicator-explanation-as = Förklaringen per indikator som CSV
sjovik-municipality-built-in = Sjöviks kommun, inbyggt exempel
undo-the-last-rule = Ångra senaste regeländringen
redo-the-undone-edit = Gör om den ångrade ändringen
show-or-hide-the = Visa eller dölj regelredigeraren
show-or-hide-the-problems = Visa eller dölj problempanelen
comparison-budget-and-sensitivity = Jämförelse, budget och känslighetsanalys innan nämnden beslutar
show-the-difference-against = Visa skillnaden mot en annan regelfil (t.ex. förra årets) i tabellen
basis-for-the-board = Underlaget för nämnden: sammanfattning, reglerna i klartext, utbetalning och förklaring per utförare
save-the-run-as = Spara körningen som beslutad: ett arkiv (.kvp) med indata, utdata och kontrollsummor som kan verifieras om flera år
open-an-archive-kvp = Öppna ett arkiv (.kvp) skrivskyddat; det verifieras när det öppnas
provider-disputes-a-value = En utförare bestrider ett värde: räkna med rättade resultat och se bara det som ändras
rules-become-an-ordinary = Reglerna blir ett vanligt, osparat dokument igen
close-the-program = Stäng programmet

## app::decide

rules-as-last-saved = reglerna som de senast sparades

## app::locked

rules-have-errors-fix = Reglerna har fel: rätta dem innan du gör beslutsunderlaget
decision-report-was-not = Beslutsunderlaget skrevs inte
rule-file-changed-on = regelfilen har ändrats på disken sedan den öppnades; öppna den igen
results-file-changed-on = resultatfilen har ändrats på disken sedan den importerades; importera den igen
results-not-read-for-the-periods = Resultaten kunde inte läsas för de nya perioderna; beräkningen visar de tidigare
rules-have-errors-fix-them = Reglerna har fel: rätta dem innan du fastställer
not-locked = Fastställdes inte
could-not-open = Kunde inte öppna
could-not-import = Kunde inte importera
not-exported = Exporterades inte

## app::state

new-rules-name = nya regler
unsaved-rule-edits-restored = Osparade regeländringar återställda
rules-have-errors-fix-them-before = Reglerna har fel: rätta dem innan du exporterar
unsaved = {" (ej sparad)"}
there-is-no-comparison = det finns ingen jämförelse att exportera
run-the-sweep-first = kör känslighetsanalysen först
kr-per-unit = kr per enhet
percent-of-compensation = % av ersättningen
from = Från
to = Till

## cli::decide

error = fel
wrote = Skrev
id = Id
provider = Utförare
status = Status
compare-needs-rules-b = compare behöver --rules-b eller --results-b (det som ska jämföras med)
solve-needs-scheme-hemtjanst = solve behöver --scheme hemtjanst|sabo (eller --level)
apply-needs-out-new = --apply behöver --out NY.ron
now = nu
total = summa
within-the-budget-at = inom budgeten redan vid den lättaste nivån
over-the-budget-even = över budgeten även vid den svåraste nivån
value = värde
total-kr = summa kr
paid = betalas

## cli::locked

fingerprint-quote-it-in = Fingeravtryck (ange i beslutet)
locked-run = Fastställd körning
locked = fastställd
decision = Beslut
corrects = Rättar
fingerprint = Fingeravtryck
ok-every-file-matches = OK: varje fil stämmer med manifestet och varje utdatafil med en ny beräkning, byte för byte.
mismatch = avvikelse
locked-run-does-not = den fastställda körningen stämmer inte; rätta inte mot den

## cli

built-without-the-desktop = Byggd utan skrivbordsprogrammet: använd kvalitetspeng calc
rows = rader
calc-needs-rules-and = calc behöver --rules och --results
warning = varning
service = Verksamhet
regi = Regi
volume = Volym
score-percent = Poäng %
total-heading = Summa
grand-total = Summa totalt
credit = måluppfyllelse
points = procentenheter

## the explanation

payout-kr = kvalitetspeng_kr
gross-kr = kvalitetspeng_kr
withheld-kr = innehållet_kr
deductions-kr = avdrag_kr
net-kr = netto_kr
paid-so-far-kr = utbetalt_hittills_kr
settlement-kr = avräkning_kr
payout-kr-label = Kvalitetspeng (kr)
kvalitetspeng-kr = Kvalitetspeng (kr)
withheld-kr-label = Innehållet (kr)
deductions-kr-label = Avdrag (kr)
net-kr-label = Netto (kr)
paid-so-far-kr-label = Utbetalt hittills (kr)
settlement-kr-label = Avräkning (kr)
score = poäng
qualifies = kvalificerad
no-score = ingen poäng
not-all-indicators-met = alla indikatorer ej uppnådda
fallback = reservregel
withheld-ordinary-compensation-missing = innehållet, ordinarie ersättning saknas
withheld = innehållet
deduction = avdrag
floor = golv
floor-at-zero-the = golv vid noll: nettot blir inte negativt
ordinary-compensation-missing-zero = ordinarie ersättning saknas: 0,00 kr
fallback-but-last-periods = reservregel, men förra periodens belopp saknas: 0,00 kr
missing = saknas
result-missing = resultat saknas
no-peer-results = inga jämförbara resultat
left-out-other-weights = utelämnas, övriga vikter räknas om
fallback-rule-applies = reservregeln gäller
gives0-percent = ger 0 %
remainder-ore-provider = inkl. 1 öre som blev över vid delningen i hela ören: största resten får det (vid lika rest den som står först)
remainder-ore-indicator = inkl. 1 öre som blev över när beloppet delades på indikatorerna: största resten får det (vid lika rest den som står först)
exact-values = exakt
exact-score = poäng { $score } (som bråk av 1)
exact-share = andel { $weight } av { $total_weight }
exact-indicator = måluppfyllelse { $credit }; effektiv vikt { $weight }; bidrag { $contribution } (som bråk av 1)

## the rules in prose

at-least = minst
at-most = högst
or-lower = eller lägre
or-higher = eller högre
peer-of-peers = { $peer } av jämförbara utförares resultat
give-no-credit-but = ger ingen poäng men behåller sin vikt
do-not-count-the = räknas inte; övriga vikter räknas då om
every-indicator-must-be = Alla indikatorer måste vara uppnådda (full poäng) för att få kvalitetspeng.
net-never-goes-below = Nettot blir aldrig negativt (golv vid noll).

## names of the results' kinds

home-care = Hemtjänst
nursing-home = Särskilt boende
municipal = Egen regi
private = Privat

## names of the rules' kinds

point-estimate = punktskattningen
lower-bound-pay-only = nedre gränsen (betala bara när det är säkert)
upper-bound-pay-only = övre gränsen (betala bara när det är säkert)
lower-bound-benefit-of = nedre gränsen (tvivlets fördel)
upper-bound-benefit-of = övre gränsen (tvivlets fördel)
percent = procent
count = antal
higher-is-better = högre är bättre
lower-is-better = lägre är bättre
threshold-pass-fail = Tröskel (uppnått/ej)
steps = Steg
linear-between-levels = Linjär mellan nivåer
relative-to-peers = Relativ mot jämförbara
achievement-or-improvement = Nivå eller förbättring
mean-of-top-decile = medel av bästa tiondelen
mean = medelvärdet
zero-credit = Noll måluppfyllelse för saknade
leave-out-and-re = Utelämna och räkna om vikterna
performed-hours = utförda timmar
occupied-bed-days = belagda dygn
places = platser
h = tim
bed-days = dygn
places-short = pl.
hour = timme
bed-day = belagt dygn
place = plats
fixed-pot-shared = Fast pott som delas
kronor-per-volume-unit = Kronor per volymenhet
percent-of-ordinary-compensation = Procent av ordinarie ersättning
withhold-and-pay-back = Innehållande och återbetalning (bonus/malus)
equal-parts = lika delar
by-score = efter poäng
by-volume = efter volym
by-score-volume = efter poäng × volym

## problems in a rule set

rule-set-has-no = regeluppsättningen har ingen ersättningsmodell
service-type-has-more = verksamheten har mer än en ersättningsmodell
scheme-has-no-indicators = modellen har inga indikatorer
indicator-has-no-id = indikatorn saknar id
id-is-used-by = id:t används av mer än en indikator
indicator-has-no-name = indikatorn saknar namn
weight-must-not-be = vikten får inte vara negativ
steps-scoring-has-no = stegmodellen har inga steg
harder-step-must-give = ett svårare steg måste ge minst lika mycket som ett lättare
start-level-must-be = startnivån måste vara en lägre percentil än nivån för full poäng
threshold-must-be-worse = tröskeln måste vara sämre än riktmärket i indikatorns riktning
baseline-period-must-not = basperioden får inte överlappa beräkningsperioden
pot-must-be-more = potten måste vara större än 0 kr
pot-has-no-sharing = potten saknar fördelningsnyckel (lika, poäng, volym eller poäng × volym)
amount-per-volume-unit = beloppet per volymenhet får inte vara negativt
percentage-must-be-between = procentsatsen ska ligga mellan 0 och 100
cap-must-not-be = taket får inte vara negativt
minimum-score-must-be = lägsta poäng ska ligga mellan 0 och 100 %
fallback-share-must-be = reservandelen ska ligga mellan 0 och 100 %
minimum-of0-respondents = minsta antal svarande 0 betyder ingen gräns: lämna fältet tomt
scheme-has-areas-give = modellen har områden: ange indikatorns område
indicator-names-an-area = indikatorn anger ett område men modellen har inga områden
area-has-no-id = området saknar id
two-areas-have-the = två områden har samma id
area-has-no-indicators = ett område saknar indikatorer
deductions-percentage-must-be = avdragets procentsats ska ligga mellan 0 och 100
deductions-amount-must-be = avdragets belopp måste vara större än 0 kr
share-withheld-must-be = andelen som innehålls ska ligga mellan 0 och 100 %
share-paid-back-must = andelen som betalas tillbaka ska ligga mellan 0 och 1 000 %
fallback-rule-share-of = reservregeln (andel av förra periodens belopp) kan inte kombineras med innehållande; välj noll måluppfyllelse eller omräknade vikter
confidence-interval-applies-only = konfidensintervallet gäller bara andelar (enheten procent)
rule-set = Regeluppsättning

## io::error

file-is-not-text = filen är inte text (förväntade UTF-8, UTF-16 eller Windows-1252)
text-begins-or-ends = texten börjar eller slutar med mellanslag; ta bort dem (ett id jämförs tecken för tecken)
file-is-empty = filen är tom
field-must-not-be = fältet får inte vara tomt
workbook-is-encrypted-password = arbetsboken är krypterad (lösenordsskyddad); spara den utan lösenord (Arkiv › Info › Skydda arbetsbok) och försök igen
cell-has-a-formula = cellen har en formel men inget sparat resultat (filen sparades av ett program som inte räknar om); öppna och spara den i Excel, eller klistra in värden
post-has-more-than = posten har mer än en totalrad (gender ”T”); det går inte att veta vilken som gäller
quote-is-never-closed = ett citattecken (") stängs aldrig: fältet fortsätter över radslut
kolada-data-needs-a = Kolada-data behöver en mappningsfil (--mapping) som kopplar ou och KPI till utförare och indikatorer

## io::export_csv

calculation = beräkning
ok = ok
missing-insufficient = saknas/otillräckligt

## io::export_decide

same-status = oförändrad status
newly-qualified = ny kvalificerad
lost-qualification = förlorar kvalificering
other-status = annan status
only-in-a = bara i A
only-in-b = bara i B
total-kr-column = summa_kr
providers-paid = antal_med_utbetalning
comparison = Jämförelse
sweep = Känslighet

## io::export_xlsx

threshold = tröskel
baseline = bas
provider-id = Utförar-id
service-type = Verksamhet
volume-unit = Volymenhet
calculation-sheet = Beräkning
indicator = Indikator
name = Namn
value-heading = Värde
respondents = Antal svar
credit-percent = Måluppfyllelse %
weight-percent = Vikt %
effective-weight-percent = Effektiv vikt %
contribution-points = Bidrag (procentenheter)
kronor = Kronor
reason = Motivering
municipality = Kommun
period = Period
pot = pott
all-met = , alla uppnådda
all-met-short = alla uppnådda
payout = Utbetalning
missing-data = Saknade data
requirement = Krav
min-usable-indicators = Minsta antal indikatorer med data
finding-kind = Tillsynsfynd (slag)
bars-payment = spärrar utbetalning
caps-score-percent = tak för poängen, %
add-finding-rule = + Regel för tillsynsfynd
peer-cohort = Jämförelsegrupp (relativa nivåer)
contract-minimum = Avtalets miniminivå
cap = Tak per utförare
areas = Områden
deductions = Avdrag (vite)
floor-at-zero = Golv vid noll
yes = ja
no = nej
unit = Enhet
direction = Riktning
min-respondents = Minsta antal svar
scoring = Poängsättning
source = Källa
area = Område
uncertainty = Osäkerhet

## io::locked

total-in-parentheses = (summa)

## io::report

rules = Regler
results = Resultat
summary = Sammanfattning
not-paid = Utan kvalitetspeng:
total-row = Totalt
how-to-read-this = Så läser du underlaget
rules-are-stated-in = Reglerna står i klartext på nästa sida, genererade ur samma regelfil som beräkningen. Därefter följer utbetalningen per utförare och en bilaga som för varje utförare visar hur beloppet räknades, indikator för indikator; kronorna per rad summerar exakt till utförarens belopp. Alla belopp är exakta och avrundade till öre en gång, i sista steget. Sidfoten anger regelfilens och resultatfilens SHA-256: med dem och programmets version kan vem som helst räkna om och få samma belopp.
score-heading = Poäng
chart-amount-per-provider = Diagram: belopp per utförare, störst först
distribution-of-the-payouts = Fördelning av utbetalningarna
appendix-the-explanation-per = Bilaga: förklaring per utförare
per-provider-how-the = Per utförare: hur beloppet räknades, och per indikator resultatet, nivån som nåddes, måluppfyllelsen, vikten och kronorna. Kronorna per rad summerar exakt till utförarens belopp.
weight = vikt

## io::rules_ron

file-ends-too-early = filen tar slut mitt i (saknas en parentes?)

## ui::decide

new = ny
fit-to-budget = Anpassa till budget
set-the-highest-rate = Sätt den högsta satsen (i hela ören eller hundradels procentenheter) som håller budgeten. Kan ångras.
decision-support-title = Beslutsstöd
compare-with-title = Jämför med
saved-rules = Sparade regler
show-what-the-edits = Visa vad ändringarna sedan senaste sparandet gör
another-rule-file = Annan regelfil…
compare-with-eg = Jämför med t.ex. förra årets regler
no-comparison = Ingen jämförelse
export-the-comparison = Exportera jämförelsen…
csv-or-excel-with = CSV eller Excel, med verifikation (filer och SHA-256)
sensitivity = Känslighet
vary-one-parameter-in = Variera en parameter i steg och se kostnad och antal som får ersättning.
parameter = Parameter
sweep-steps = Antal steg
run-the-sweep = Kör känslighetsanalys
export-the-sweep = Exportera känslighetsanalysen…
providers-paid-heading = Antal som får ersättning
paid-note = får ersättning
paid-heading = Får ersättning
rules-get-errors = reglerna får fel

## ui::detail

provider-is-no-longer = Utföraren finns inte längre i beräkningen.
close = Stäng
close-the-explanation = Stäng förklaringen
level = nivå
lower = nedre
upper = övre
benchmark = riktmärke
this-provider = denna utförare
payout-heading = Kvalitetspeng
kvalitetspeng = Kvalitetspeng
net = Netto
paid-so-far = Utbetalt hittills
settlement = Avräkning
to-reclaim = återkrav
to-pay = att betala
per-area = Per område
area-inline = område
counts-as = räknas som
wholly-missing = saknas helt
per-indicator = Per indikator
credit-suffix = · måluppfyllelse
weight-suffix = · vikt
contribution = · bidrag
credit-per-indicator-chart = Måluppfyllelse per indikator (0–100 %), tjocklek = vikt
credit-percent-axis = måluppfyllelse %

## ui::editor

remove-the-scheme = Ta bort ersättningsmodellen
new-indicator = Ny indikator
pot-kr = Pott, kr
shared = Fördelas
choose-key = (välj nyckel)
percent-of-compensation-option = Procent av ersättningen
withheld-percent-of-compensation = Innehålls, % av ersättningen
paid-back-percent-of = Betalas tillbaka, % av det innehållna
n100-percent-budget-neutral = 100 % = budgetneutralt: det som innehålls betalas tillbaka efter innehållet × poäng
volume-counted-in = Volym räknas i
share-of-last-periods = Andel av förra periodens belopp
share-percent = Andel, %
minimum-score-percent = lägsta poäng %
all-indicators-met = alla indikatorer uppnådda
cap-per-provider = Tak per utförare
kr = kr
budget = Budget
what-the-scheme-may = Vad modellen får kosta: prognosen visas över tabellen och satsen kan anpassas till den. Ändrar inga belopp.
the-net = Nettot
floor-at-zero-inline = golv vid noll
withholding-and-deductions-do = Innehållande och avdrag gör inte beloppet negativt
weights-count-inside-each = Vikterna räknas inom varje område (se Områden).
locked-sum100-percent = Låst summa 100 %
when-a-weight-changes = När en vikt ändras justeras de övriga i proportion, till hundradels procentenhet, så att summan stannar på 100 %
normalise-weights = Normalisera vikter
scale-the-weights-to = Skala vikterna så att de summerar till 100 %
move-up = ⬆ Flytta upp
remove = 🗑 Ta bort
weight-percent-inline = vikt %
add-indicator = ➕ Lägg till indikator
choose-area = (välj område)
weight-percent-field = Vikt, %
weight-inside-the-area = Vikt inom området, %
minimum-respondents = Minsta antal svar
uncertainty95-percent-ci = Osäkerhet (95 % KI)
what-counts-for-a = Vad som räknas för en andel med antal svarande: punktskattningen, eller en gräns i Wilsons 95 % konfidensintervall
lower-level0-percent = Nedre nivå (0 %)
upper-level100-percent = Övre nivå (100 %)
lower-level100-percent = Nedre nivå (100 %)
upper-level0-percent = Övre nivå (0 %)
step = Steg
gives-percent = ger %
remove-the-step = Ta bort steget
add-step = ➕ Steg
n0-percent-at = 0 % vid
n100-percent-at = 100 % vid
percentile = percentil
threshold0-points = Tröskel (0 poäng)
benchmark10-points = Riktmärke (10 poäng)
baseline-period = Basperiod
without-areas-the-indicators = Utan områden väger indikatorerna direkt i modellen. Med områden har varje område en vikt och indikatorerna vikter inom sitt område.
remove-the-area = Ta bort området
add-area = ➕ Område
deduct-when = Avdrag när
amount = Belopp
fixed-amount-kr = fast belopp, kr
remove-the-deduction = Ta bort avdraget
add-deduction = ➕ Avdrag

## ui::locked

verified-every-file-matches = · verifierad: varje fil stämmer byte för byte
does-not-verify-see = · STÄMMER INTE: se problempanelen
lock-the-correction = Fastställ rättelsen
lock-the-run-title = Fastställ körningen
archive-kvp-holds-the = Arkivet (.kvp) innehåller regelfilen och resultatfilen som de lästes, utbetalningen, förklaringen och kontrollsummor. Det kan verifieras med kvalitetspeng verify om flera år.
decisions-reference-eg = Beslutets referens (t.ex. ÄN 2026-03-12 §14)
include-the-decision-report = Ta med beslutsunderlaget (PDF)
choose-file-and-lock = Välj fil och fastställ…
report-form-title = Beslutsunderlag (PDF)
report-form-intro = Beslutsunderlaget görs från de sparade reglerna: det namnger regelfilen och dess kontrollsumma.
rules-not-saved-saved-first = ⚠ Reglerna är inte sparade. De sparas först, så att underlaget och arkivet pekar på en regelfil som finns.
save-rules-and-choose-file = Spara reglerna och välj fil…
choose-file-and-write-report = Välj fil och skriv underlaget…
save-the-rules-first = Spara reglerna först: beslutsunderlag och fastställda körningar görs bara från sparade regler
rule-file-could-not-be-opened = Regelfilen kunde inte öppnas
nothing-calculated-open-another = Inget har räknats. Öppna en annan regelfil, eller börja med exempelkommunen (en påhittad kommun).
open-another-rule-file = Öppna en annan regelfil…
rules-have-an-error-to-fix = Reglerna har ett fel som måste rättas innan något kan räknas:
comments-would-be-lost = Kommentarer i regelfilen går förlorade
comments-would-be-lost-text = Regelfilen har kommentarer inne bland reglerna (t.ex. vid en indikator). Programmet skriver reglerna på nytt från deras värden: kommentarerna överst i filen behålls, de inne bland reglerna går förlorade. Flytta det som ska sparas till kommentarerna överst, eller spara ändå. Den förra filen sparas som .bak.
save-anyway = Spara ändå
getting-started = Kom igång…
getting-started-title = Kom igång
guide-what-to-load = Vad du laddar
guide-what-to-load-text = Regler: en regelfil (.ron) med ersättningsmodellerna, indikatorerna, vikterna och nivåerna (Arkiv › Öppna regler). Resultat: indikatorernas utfall per utförare som CSV, Excel eller Kolada-JSON (Arkiv › Importera resultat). Utan egna filer visas exempelkommunen Sjövik, som är påhittad.
guide-how-a-krona = Hur en krona räknas
guide-how-a-krona-text = Varje indikator ger utföraren en andel av full poäng efter sin poängsättning (t.ex. en tröskel: nivån uppnådd ger full poäng). Andelarna vägs med vikterna, som summerar till 100 %, till utförarens poäng. Ersättningen är poängen gånger satsen och volymen (t.ex. 91,26 % × 8,50 kr per timme × 47 000 timmar = 364 572,04 kr); en pott delas efter poäng × volym. Allt räknas exakt och avrundas en gång, till hela ören. Klicka på en utförare för hela förklaringen.
guide-shortcuts = Kortkommandon
guide-documentation = Dokumentation
guide-documentation-text = Regelfilens format, beslutsstöd, beslutsunderlaget och effektutvärdering beskrivs i programmets dokumentation (docs/rule-file.md, docs/decide.md, docs/report.md, docs/effect.md). Kommandoraden: kvalitetspeng --help.
sample-is-fictional = · Exempel: en påhittad kommun med påhittade resultat
sample-is-fictional-tooltip = Sjöviks kommun finns inte. Öppna era egna regler (Arkiv › Öppna regler) och importera era resultat (Arkiv › Importera resultat).
undo-and-more = (och { $n } till)
param-rate = sats
param-min-score = lägsta poäng
param-cap = tak per utförare
param-fallback = andel vid saknade data
param-weight = vikt
param-level = nivå
param-lower = nedre nivå
param-upper = övre nivå
param-threshold = tröskel
param-benchmark = jämförelsenivå
param-start = startnivå
param-full = nivå för full poäng
param-min-respondents = minsta antal svar
param-step-level = steg { $k } · nivå
param-step-credit = steg { $k } · poäng
param-name = { $scheme } · { $field }
param-name-indicator = { $scheme } · { $indicator } · { $field }
cancel = Avbryt
before = före
after = efter
export-the-correction-csv = Exportera rättelsen (CSV)…
lock-the-correction-button = Fastställ rättelsen…
new-archive-that-names = Ett nytt arkiv som anger vilket det rättar
correction-csv = rattelse.csv

## ui

rules-have-errors-correct = Reglerna har fel: rätta dem innan du exporterar (beloppen i tabellen gäller äldre regler)
payouts-csv = utbetalning.csv
payouts-xlsx = utbetalning.xlsx
explanation-csv = forklaring.csv
rules-have-errors-correct-them = Reglerna har fel: rätta dem först (beloppen i tabellen gäller äldre regler)
decision-report-file-name = beslutsunderlag.pdf
no-file-dialog-could = Ingen fildialog kunde visas
desktop-has-no-file = Skrivbordet har ingen tjänst för fildialoger (Linux: installera xdg-desktop-portal med en GTK- eller KDE-del, eller zenity). Skriv filens sökväg här i stället:
path = Sökväg
ok-button = OK
untitled-ron = namnlös.ron
file = Arkiv
recent-rule-files = Senaste regelfiler
none = (inga)
recent-results-files = Senaste resultatfiler
edit = Redigera
decide = Beslut
help = Hjälp
about-kvalitetspeng = Om Kvalitetspeng
view = Visa
language = Språk
theme = Tema
follow-the-system = Som systemet
light = Ljust
dark = Mörkt
new-rule-set = Ny regeluppsättning
period-inline = period
rules-label = Regler:
results-label = Resultat:
providers = utförare
values = värden
service-label = Verksamhet:
all = Alla
regi-label = Regi:
search-providers = Sök utförare…
unsaved-changes = Osparade ändringar
save = Spara
dont-save = Spara inte
choose-a-sheet = Välj blad
file-has-changed = Filen har ändrats
overwrite = Skriv över
exact-calculation-and-explanation = Exakt beräkning och förklaring av kvalitetspeng för hemtjänst och särskilt boende.
graphics = Grafik
unknown = (okänd)
rule-format = Regelformat
source-commit = Källkod (commit)
program-file-sha256 = Programfilens SHA-256
open-log-folder = Öppna loggmappen
restore-unsaved-changes = Återställ osparade ändringar?
file-label = Fil
changes-kept-at = Ändringarna sparades
restore-opens-them-as = Återställ öppnar dem som osparade ändringar i den filen (inte i den som är öppen nu).
restore = Återställ
discard-the-changes = Kasta ändringarna
rules-close-the-explanation = Regler: stäng förklaringen för att visa regelredigeraren

## ui::problems

show-the-problems-panel = Visa problempanelen
drop-a-ron-or = Dra en .ron- eller .csv-fil hit för att öppna den
no-problems-the-rules = · inga problem: reglerna är giltiga och alla resultat kunde användas
clear-file-errors = Rensa filfel
hide = Dölj
hide-the-panel = Dölj panelen
changes-amounts = {"[påverkar belopp]"}

## ui::table

no-calculation-yet = Ingen beräkning ännu
add-a-scheme-with = Lägg till en ersättningsmodell med indikatorer i regelredigeraren till vänster, eller öppna en regelfil (Ctrl+O).
no-providers = Inga utförare
import-the-providers-results = Importera utförarnas resultat (Arkiv › Importera resultat, Ctrl+I) eller dra en CSV-fil till fönstret.
vs-comparison = Δ mot jämförelse
withheld-heading = Innehållet
deductions-heading = Avdrag

## ui::widgets

enter-a-number-e = Skriv ett tal, t.ex. 12,5

## io::report (2)

net-inline = netto

## io::locked (2)

could-not-open-the-rule-file = Kunde inte öppna regelfilen
could-not-save = Kunde inte spara
could-not-export = Kunde inte exportera
could-not-open-the-rule-file-to-compare = Kunde inte öppna regelfilen att jämföra med
space-inside-the-area = {" inom området"}

## ui (file dialogs)

rule-file-ron = Regelfil (RON)
results-csv-excel-kolada = Resultat (CSV, Excel, Kolada)
choose-kolada-mapping = Välj Kolada-mappning (.ron)
kolada-mapping-ron = Kolada-mappning (RON)
locked-run-kvp = Fastställd körning (KVP)
rules-ron = regler.ron
locked-kvp = fastställd.kvp

## Messages with values (words::messages)

indicator-location = indikator ”{ $id }”
area-location = område ”{ $id }”
area-location-nth = område nr { $n }
deduction-location = avdrag för ”{ $id }”
deduction-location-nth = avdrag nr { $n }
gate-location = tillsyn ”{ $id }”
gate-location-nth = tillsyn nr { $n }
prose-steps = { $s } av poängen; det högsta steget som nås räknas.
at-line = , rad { $line }
# A rule problem and where it is: `Hemtjänst › indikator ”a”: …`, or with its file and place `r.ron, rad 3, kolumn 7: …`.
rule-problem = { $at }: { $text }
problems-notes-on-uncertainty = {" "}· { $notes } upplysningar om osäkerhet
problems-survey-uncertainty-levels-that-confidence = ℹ Osäkerhet i brukarundersökningen: { $notes } nivåer där konfidensintervall omsluter nivån
problems-messages = Meddelanden ({ $notifications })
editor-errors = { $n } fel
editor-indicator-removed = Tog bort indikatorn ”{ $name }”
editor-rate-label = Kr per { $unit } vid full poäng
editor-areas = Områden ({ $areas })
editor-area = Område { $n }
editor-deductions = Avdrag (vite) ({ $deductions })
ui-decide-compared-with = Jämfört med { $label }:
ui-decide-over-the-budget-by = ⚠ över budgeten { $budget } med { $over }
ui-decide-within-budget = inom budgeten { $budget } ({ $left } kvar)
ui-decide-total-kr-against = Summa (kr) mot { $param }
ui-unknown-file-type-expected-ron = { $p }: okänd filtyp (förväntade .ron, .csv eller .kvp)
ui-rules-in-have-changes-that = Reglerna i { $rules_label } har ändringar som inte är sparade. Vill du spara dem först?
ui-has-several-sheets-which-one = { $path } har flera blad. Vilket har resultaten?
ui-was-saved-by-someone-else = { $path } har sparats av någon annan efter att du öppnade den. Skriv över den med dina regler?
ui-no-file-never-saved = { $rules_label } (ingen fil, aldrig sparad)
ui-program-ended-with-unsaved-changes = Programmet avslutades med osparade ändringar i regeluppsättningen ”{ $name }”.
detail-all-providers-results-against-the = Alla { $values } utförares resultat mot nivåerna
table-rules-have-errors-see-the = ⚠ Reglerna har { $n } fel (se regelredigeraren och problempanelen). Beloppen nedan gäller de senast giltiga reglerna.
table-of-providers-are-paid = { $paid_providers } av { $providers } utförare får ersättning
table-filtered-providers = urval: { $rows } utförare, { $shown }
table-providers = { $providers } utförare
table-paid-so-far = utbetalt hittills { $paid }
ui-locked-locked-run-read-only = 🔒 Fastställd körning { $name } (skrivskyddad)
ui-locked-locked = · fastställd { $locked_at }
ui-locked-amounts-below-are-the-correction = Beloppen nedan är rättelsen med { $name }: { $providers } utförare ändras (se fönstret Rättelse).
ui-locked-correction-against = Rättelse mot { $locked_name }
ui-locked-providers-change-in-total-kr = { $providers } utförare ändras, totalt { $total_delta } kr. Resultat: { $name }.
state-opened = Öppnade { $path }
state-imported-providers-results = Importerade { $path }: { $n } utförare, { $rows } resultat
state-saved = Sparade { $path }
state-exported = Exporterade { $path }
state-has-errors-and-cannot-be = { $path } har { $n } fel och kan inte jämföras med
state-rate-applied = { $service_type }: satsen är nu { $rate } { $unit } (summa { $total } kr inom budgeten { $budget } kr)
app-locked-writing-the-decision-report = Skriver beslutsunderlaget { $name }
app-locked-wrote-the-decision-report = Skrev beslutsunderlaget { $name }
app-locked-locking = Fastställer { $name }
app-locked-corrected-results-providers-change-against = Rättade resultat: { $providers } utförare ändras mot { $name }
app-locked-exported = Exporterade { $path }
cli-decide-command-needs = kommandot behöver { $what }
cli-decide-gain-lose-unchanged-only-in = { $gains } får mer, { $loses } får mindre, { $unchanged } { $unchanged ->
        [one] är oförändrad
       *[other] är oförändrade
    }; { $only_in_a } bara i A, { $only_in_b } bara i B
cli-sweep-steps = --steps tar ett heltal 2–{ $max } (antalet värden), fick ”{ $got }”
cli-decide-and-share-no-provider-the = { $results_a } och { $results_b } har ingen utförare gemensam; jämförelsen skulle bara visa att alla är nya
cli-decide-unknown-scheme-write-hemtjanst-or = okänd verksamhet ”{ $s }”; skriv hemtjanst eller sabo
cli-bad-number = { $option }: { $problem }
cli-decide-over-the-budget-up-to = över budgeten till och med nivå { $l }: summa { $t } kr
cli-locked-other-version = obs: körningen fastställdes med Kvalitetspeng { $program_version }, detta är { $this_version }; en annan version kan räkna eller skriva annorlunda
cli-locked-providers-change-in-total-kr = { $providers } utförare ändras, totalt { $total_delta } kr
report-document-title = Beslutsunderlag kvalitetspeng { $period }
report-page-of-kvalitetspeng = Sida { $k } av { $n } · { $municipality } · { $rule_set_name } · Kvalitetspeng { $app_version }
report-title = Beslutsunderlag: kvalitetspeng { $period }
report-calculated-with-kvalitetspeng-from-and = Beräknad { $calculated_at } med Kvalitetspeng { $app_version } ur { $rules_file } och { $results_file }.
report-of-providers-are-paid = { $paid_providers } av { $providers } utförare får kvalitetspeng. { $text }.
report-providers = { $n } utförare { $status ->
        [zero-score] fick ingen poäng
        [below-minimum] nådde inte lägsta poäng, { $min } %
        [not-all-met] nådde inte alla indikatorer
       *[other] { $w }
    }
report-settlement-against-advances-paid-so = Avräkning mot förskott: utbetalt hittills { $paid }, att reglera { $settle } (+ att betala, − återkrav).
report-warnings = Att observera i beräkningen
report-uncertainty-notes = Osäkerhet i brukarundersökningen: { $notes } nivåer där konfidensintervall omsluter nivån:
report-compared-with = Jämfört med { $label }
report-total-providers-gain-lose-unchanged = Totalt { $a } → { $b } ({ $delta }). { $gains } utförare får mer, { $loses } får mindre och { $unchanged } { $unchanged ->
        [one] är oförändrad
       *[other] är oförändrade
    }.
report-rules = Reglerna: { $name }
report-payout-per-provider-kr = Utbetalning per utförare (kr), { $period }
report-number-of-providers-per-amount = Antal utförare per beloppsintervall ({ $providers } utförare).
report-correction-of-the-locked-run = Rättelse av den fastställda körningen { $locked_name }
report-only-the-providers-and-indicators = Endast utförare och indikatorer som ändrats visas. Total förändring { $total_delta }; { $providers } utförare berörs.
report-missing-glyphs-provider = beslutsunderlaget har inget typsnitt med { $chars } i utföraren { $id } ”{ $name }”: tecknet visas som en tom ruta (PDF:ens text har det rätta tecknet)
report-missing-glyphs-text = beslutsunderlaget har inget typsnitt med { $chars } i texten ”{ $text }”: tecknet visas som en tom ruta (PDF:ens text har det rätta tecknet)
rule-change-name = namn ”{ $old }” → ”{ $new }”
rule-change-municipality = kommun ”{ $old }” → ”{ $new }”
rule-change-period = period { $old } → { $new }
rule-change-scheme-added = ny verksamhet: { $new }
rule-change-scheme-removed = verksamheten tas bort
rule-change-rate = sats { $old } → { $new } kr
rule-change-pot = pott { $old } → { $new } kr
rule-change-percent = andel av ersättningen { $old } → { $new } %
rule-change-withhold = innehållen andel { $old } → { $new } %
rule-change-payback = återbetalning { $old } → { $new } %
rule-change-field = { $label } { $old } → { $new }
rule-change-payout = utbetalning: { $old } → { $new }
rule-change-min-score = lägsta poäng { $old } → { $new }
rule-change-all-met = alla indikatorer måste ge full poäng: { $old } → { $new }
rule-change-cap = tak per utförare { $old } → { $new }
rule-change-budget = budget { $old } → { $new }
rule-change-missing-data = saknade resultat: { $old } → { $new }
rule-change-areas = områden: { $old } → { $new }
rule-change-deductions = antal viten { $old } → { $new }
rule-change-floor = nettot stannar vid noll: { $old } → { $new }
rule-change-indicator-added = ny indikator, vikt { $weight } %: { $scoring }
rule-change-indicator-removed = indikatorn tas bort
rule-change-weight = vikt { $old } → { $new } %
rule-change-scoring = poäng: { $old } → { $new }
rule-change-min-respondents = minsta antal svarande { $old } → { $new }
rule-change-uncertainty = osäkerhet: { $old } → { $new }
rule-change-yes = ja
rule-change-no = nej
rule-change-place-indicator = { $scheme } › { $name }
report-rule-changes = Regeländringar: { $a } → { $b }
report-no-rule-changes = Reglerna är desamma; skillnaderna kommer av resultaten.
report-per-provider = Per utförare
report-status-change = { $before } → { $after }
report-continued = { $name } (forts.)
app-writing-statements = Skriver utskicken i { $dir }…
app-wrote-statements = Skrev { $n } utskick (ett per utförare) i { $dir }
app-statements-not-written = Utskicken skrevs inte
statements-menu = Utskick…
statements-tooltip = En PDF per utförare med dess utfall, att skicka innan utbetalningen: välj en mapp
statement-title = Utfall kvalitetspeng { $period }: { $name }
statement-intro = { $municipality } meddelar här ert utfall av kvalitetspeng innan det betalas ut: poäng, belopp och varje indikator, beräknat med reglerna nedan.
statement-indicators = Indikatorer
statement-value = värde { $value }
statement-respondents = { $n } svarande
statement-level = { $level }
statement-credit = poängandel { $credit } % × vikt { $weight } % = { $points } poäng
statement-rules = Reglerna för { $name }
statement-corrections-heading = Rättelser
statement-corrections = Är något i underlaget fel? Skicka rättelser till { $to } senast { $by }.
statement-no-corrections = Är något i underlaget fel? Kontakta kommunen snarast; regelfilen anger ingen sista dag för rättelser.
import-failed = Importen misslyckades ({ $errors } fel), inget ändrades
problems-summary = { $errors } fel i reglerna · { $warnings } varningar · { $file_errors } filfel
locked-notice = Fastställde { $name }; fingeravtryck (ange i beslutet): { $fp }
cli-solve-summary =
    { $service_type }: budget { $budget } kr
    nu: { $current_rate } { $unit }, summa { $current_total } kr
    exakt sats: { $exact } { $unit }
    högsta sats inom budget: { $rate } { $unit }, summa { $total } kr ({ $next_rate } { $unit } skulle kosta { $next_total } kr)
at-post = , post { $post }
window-failed = Fönstret avslutades med ett fel: { $e }
renderer-failed = Grafiken ({ $renderer }) kunde inte starta: { $e }; provar nästa
window-could-not-start = Kunde inte starta fönstret: { $failures }
symlink-refused = { $path } är en symbolisk länk; skriv till filen den pekar på i stället
log-folder-not-opened = Loggmappen { $dir } kunde inte öppnas i filhanteraren: { $e }
no-log-folder = Det finns ingen mapp för användarens data här (hemkatalogen saknas), så ingen logg skrivs

## Messages of words::texts

number-error-empty = tomt värde
number-error-not-a-number = ”{ $s }” är inte ett tal
number-error-ambiguous = ”{ $s }” är tvetydigt: både punkt och komma
number-error-too-large = ”{ $s }” är för stort
period-error = ”{ $e }” är ingen period (förväntat ÅÅÅÅ, ÅÅÅÅ-H1, ÅÅÅÅ-Q1 eller ÅÅÅÅ-MM)
problem-newer-format = regelfilen har format { $found }, den här versionen läser format { $FORMAT_VERSION }: uppdatera programmet
problem-bad-period = ”{ $text }” är ingen period (ÅÅÅÅ, ÅÅÅÅ-H1, ÅÅÅÅ-Q1 eller ÅÅÅÅ-MM)
problem-bad-corrections-date = corrections: ”{ $text }” är inget datum; skriv sista dagen för rättelser som ÅÅÅÅ-MM-DD, t.ex. 2027-02-15
problem-empty-corrections-to = corrections: ange vart rättelser skickas (to), t.ex. en e-postadress
problem-weights-not-hundred = vikterna summerar till { $sum } %, ska vara 100 %
problem-lower-above-upper = nedre nivån { $lower } måste vara lägre än övre nivån { $upper }
problem-bad-character = otillåtet tecken U+{ $code } på plats { $position } (styrtecken, osynligt tecken eller annat mellanslag än vanligt); ta bort det
problem-too-long = texten är { $length } tecken lång; högst { $limit } tecken är tillåtna
problem-not-whole-ore = beloppet { $value } har delar av ett öre; ange det i hela ören (högst två decimaler)
problem-out-of-bounds = { $value } ligger utanför det tillåtna intervallet (högst { $max } till beloppet)
problem-percent-out-of-range = nivån { $value } ligger utanför 0–100 %
problem-step-credit-out-of-range = stegets måluppfyllelse { $credit } % ligger utanför 0–100 %
problem-duplicate-step-level = nivån { $value } finns i mer än ett steg
problem-percentile-out-of-range = percentilen { $value } ligger utanför 0–100
problem-bad-baseline-period = basperioden ”{ $text }” är ingen period (ÅÅÅÅ, ÅÅÅÅ-H1, ÅÅÅÅ-Q1 eller ÅÅÅÅ-MM)
problem-unknown-area = området ”{ $id }” finns inte i modellen
problem-area-weights-not-hundred = områdenas vikter summerar till { $sum } %, ska vara 100 %
problem-weights-in-area-not-hundred = vikterna inom området ”{ $area }” summerar till { $sum } %, ska vara 100 %
problem-deduction-unknown-indicator = avdraget gäller indikatorn ”{ $id }”, som inte finns i modellen
problem-indicators = indikatorer
problem-steps = steg
problem-areas = områden
problem-deductions = avdrag
problem-gates = regler för tillsynsfynd
problem-too-many = { $found } { $what }, högst { $limit } är tillåtna
param-error-syntax = parametern ”{ $path }” går inte att läsa; skriv t.ex. hemtjanst.rate, hemtjanst.ht_helhet.level eller sabo.sb_smarta.weight
param-error-no-scheme = parametern ”{ $path }”: reglerna har ingen ersättningsmodell för den verksamheten
param-error-no-indicator = parametern ”{ $path }”: indikatorn ”{ $id }” finns inte i den ersättningsmodellen
param-error-not-for-scoring = parametern ”{ $path }” finns inte för indikatorns poängsättning
param-error-bad-value = värdet { $value } går inte att använda för ”{ $path }”
param-error-gate-bars = parametern ”{ $path }”: tillsynsfyndet ”{ $kind }” har inget tak: det spärrar utbetalning
param-error-no-gate = parametern ”{ $path }”: det finns ingen regel för tillsynsfynd nummer { $k } (räknat från 0); ersättningsmodellen har { $gates } sådana regler
solve-error-no-scheme = reglerna har ingen ersättningsmodell för { $st }
solve-error-invalid = reglerna har fel: { $p }
solve-error-pot = modellen betalar ur en pott: summan är potten, det finns ingen sats att räkna fram (ändra pottens belopp i stället)
solve-error-withhold = modellen innehåller och betalar tillbaka: summan är den andel av det innehållna som betalas tillbaka, det finns ingen sats att räkna fram
solve-error-negative-budget = budgeten får inte vara negativ, fick { $b }
solve-error-below-fixed = redan reservregelns belopp ({ $fixed } kr) är över budgeten, oavsett sats
solve-error-nothing-to-scale = ingen utförares belopp beror på satsen (ingen kvalificerar sig, eller volymen/ersättningen är noll)
solve-error-above-highest-rate = även den högsta tillåtna satsen ({ $rate }) ger bara { $total } kr, inom budgeten
solve-error-unbounded = alla utförare når taket: summan blir högst { $total } kr och håller budgeten vid vilken sats som helst
sweep-error-steps = antalet steg måste vara 2–{ $MAX_STEPS }, fick { $steps }
sweep-error-range = från och till måste vara olika
sweep-error-too-large = från och till får vara högst { $limit } till beloppet: inget värde i ett regelverk kan vara större
sweep-error-not-whole-steps = ”{ $path }” tar bara heltal, men { $steps } steg från { $from } till { $to } ger { $value }; välj { $whole } steg så blir varje värde ett heltal
sweep-error-not-whole-ends = ”{ $path }” tar bara heltal, men från { $from } till { $to } ger { $value }; ange heltal som från- och tillvärde
warning-unknown-indicator = indikatorn ”{ $id }” finns inte i reglerna: { $rows } rader ignoreras (första på rad { $first_line })
warning-no-scheme = utföraren { $provider_id } ({ $service_type }) har ingen ersättningsmodell i reglerna och får inget
warning-no-results-in-period = inga resultat för perioden { $period }
warning-missing-compensation = utföraren { $provider_id } saknar ordinarie ersättning: får 0 kr
warning-missing-previous-payout = utföraren { $provider_id } saknar förra periodens belopp: reservregeln ger 0 kr
warning-value-out-of-range = rad { $line }: { $provider_id } / { $indicator_id }: värdet { $value } är orimligt och räknas som saknat
warning-pot-not-fully-paid = { $service_type }: { $n2 } kr av potten betalas inte ut (ingen kvalificerad eller alla når taket)
warning-fallback-exceeds-pot = { $service_type }: reservbeloppen är större än potten och har skalats ned
warning-interval-straddles-more = {" "}och { $count } till
warning-interval-straddles-level = { $service_type } / { $indicator_id }: { $count } utförare har ett 95 % konfidensintervall som omsluter nivån { $l }, så slumpen i urvalet avgör vilken sida de hamnar på: { $list }{ $more }
warning-deduction-without-compensation = utföraren { $provider_id } saknar ordinarie ersättning: avdraget i procent blir 0 kr
payout-status-below-minimum-score = under lägsta poäng { $min_percent } %
payout-status-fallback = reservregel: { $percent } % av förra periodens belopp
scheme-basis-pot = pott { $n2 } kr, { $key }
scheme-basis-per-volume-unit = { $n2 } kr per { $unit } × { $word }
scheme-basis-percent-of-compensation = { $percent } % av ordinarie ersättning × poäng
scheme-basis-withhold = { $withhold_percent } % av ordinarie ersättning innehålls, { $payback_percent } % betalas tillbaka efter innehållet × poäng
adjustments = { $d } kr
adjustments-by-row = kvalitetspeng { $gross } − innehållet { $withheld } − avdrag { $deducted }
withheld-row-some-c = innehållet, { $withhold_percent } % av ordinarie ersättning { $n2 } kr
payout-basis-provider-basis = { $e }: { $n2 } kr
payout-basis-withhold = återbetalning: { $weight } av { $total_weight } kr (innehållet × poäng) = { $share } % av { $n2 } kr = { $n2_2 } kr
payout-basis-per-volume-unit = poäng { $score } × { $n2 } kr per { $unit } × { $e } = { $n2_2 } kr
payout-basis-some-c = { $word } { $score } × { $percent } % × { $n2 } kr = { $n2_2 } kr
payout-basis-pot = { $weight } av { $total_weight } { $key ->
        [equal] lika delar
        [credit] poäng
        [volume] { $unit ->
            [hour] timmar
            [bed-day] vårddygn
           *[place] platser
        }
       *[credit-volume] { $unit ->
            [hour] poängtimmar
            [bed-day] poängvårddygn
           *[place] poängplatser
        }
    } = { $share } % av potten { $n2 } kr = { $n2_2 } kr
payout-basis-some-p = { $word }: { $percent } % × { $n2 } kr = { $n2_2 } kr
capped = {" "}(begränsat av taket { $n2 } kr)
net-note = ; netto { $n2 } kr
deduction-amount-percent-of-compensation = { $p } % av ordinarie ersättning
deduction-amount-fixed = { $a } kr
deduction-applied = avdrag (vite): { $indicator_name } { $value } { $worse } { $level }: { $rule }
deduction-missing = {" "}räknas som saknat ({ $why })
deduction-not-applied-no-result = inget avdrag: { $indicator_name } saknas; ett saknat resultat ger inget avdrag
deduction-not-applied-missing = inget avdrag: { $indicator_name } { $shown }{ $why }; ett saknat resultat ger inget avdrag
deduction-not-applied = inget avdrag: { $indicator_name } { $value }, avdrag om sämre än { $level }
interval = 95 % KI { $f }–{ $f_2 } %, n = { $respondents }
interval-end-lower = nedre gränsen
interval-end-upper = övre gränsen
interval-end-compared-exactly = jämförd exakt
interval-end-computed-to = räknad på { $decimals } decimaler
interval-end-counts = { $point } % ({ $interval }); { $which } { $end } % räknas ({ $exactness }): { $base }
data-status-too-few-respondents = { $respondents } svarande, minst { $min } krävs
data-status-respondents-unknown = antal svarande saknas, minst { $min } krävs
data-status-out-of-range = värdet { $v } ligger utanför det möjliga intervallet
data-status-no-respondents = antal svarande saknas eller är 0, och intervallregeln kräver svarande
how-threshold = { $v } { $sign } { $l }: uppnått
how-threshold-not-met = { $v } { $dir } { $l }: ej uppnått
how-steps-reached = { $v } { $sign } { $level }: steget ger { $credit } %{ $next }
how-steps-none = { $v }: inget steg nått{ $next }
how-steps-next = {" "}(nästa steg { $level } ger { $credit } %)
how-relative = { $between }; nivåerna från { $peers } jämförbara utförare
how-achievement-improvement = nivåpoäng { $a } av 10, förbättringspoäng { $pts } av 9 (från { $b }); den högsta räknas
how-achievement-baseline-met = nivåpoäng { $a } av 10; basvärdet { $b } når redan riktmärket
how-achievement-no-baseline = nivåpoäng { $a } av 10; inget basvärde för förbättring
percentile-as-text = { $p }:e percentilen
fallback-share = { $percent } % av förra periodens belopp
prose-min-score = Minst { $m } % poäng krävs för att få kvalitetspeng.
prose-threshold = Full poäng vid { $dir } { $l }, annars ingen poäng.
prose-step = { $dir } { $s } ger { $s_2 } %
prose-linear = Full poäng vid { $dir } { $full }, ingen poäng vid { $zero } { $dir_2 }, linjärt däremellan.
prose-relative = Ingen poäng vid { $start }, full poäng vid { $full }, linjärt däremellan (nivåerna räknas fram ur periodens resultat).
prose-achievement = Det bästa av nivåpoäng (0 vid { $threshold }, 10 vid { $benchmark }) och förbättringspoäng (0–9 från utförarens eget resultat { $baseline_period } upp till { $benchmark_2 }) räknas, som andel av 10.
prose-fallback-share = gör att utföraren i stället får { $p } % av förra periodens belopp
prose-interval-end-true = nedre gräns
prose-interval-end-false = övre gräns
prose-uncertainty-cautious = Resultatet räknas på konfidensintervallets { $which } (Wilson, 95 %): nivån ska vara säkert nådd, inte bara i punktskattningen. Ett resultat utan antal svarande (eller med 0) räknas som saknat.
prose-uncertainty-benefit-of-doubt = Resultatet räknas på konfidensintervallets { $which } (Wilson, 95 %): utföraren får tvivlets fördel. Ett resultat utan antal svarande (eller med 0) räknas som saknat.
prose-weight-none = { $name } väger { $ind } %.
prose-weight-some-a = { $name } väger { $ind } % inom området { $name_2 }.
prose-min-respondents = Resultat med färre än { $min } svar { $policy }.
prose-payout-pot = En pott på { $amount } delas mellan de utförare som kvalificerar sig, { $key } ({ $unit }). Delarna avrundas till öre så att de summerar exakt till potten.
prose-payout-per-volume-unit = Full poäng ger { $kr_per_unit } per { $unit }; utföraren får sin poäng × beloppet × sina { $unit_2 }.
prose-payout-percent-of-compensation = Full poäng ger { $percent } % av den ordinarie ersättningen; utföraren får sin poäng × det.
prose-payout = {" "}(budgetneutralt: summan av nettot är noll)
prose-payout-withhold = { $withhold_percent } % av varje utförares ordinarie ersättning innehålls. { $payback_percent } % av allt som innehålls betalas tillbaka till de utförare som kvalificerar sig, i proportion till innehållet × poäng{ $payback_percent_2 }. Nettot kan bli negativt.
prose-cap = Ingen utförare får mer än { $c }.
prose-missing = Resultat som saknas eller är orimliga { $s }.
prose-areas-missing = {" "}Saknas alla resultat i ett område fördelas dess vikt på de övriga områdena.
prose-area = { $name } { $weight } %
prose-areas = Indikatorerna är grupperade i områden med egna vikter: { $list }. En indikators vikt gäller inom dess område.{ $s }
prose-worse-higher-is-better = under
prose-worse-lower-is-better = över
prose-deduction-amount-percent-of-compensation = { $p } % av den ordinarie ersättningen
prose-deduction = Avdrag (vite): när { $name } är { $worse } { $d } dras { $amount } av. Ett saknat resultat ger inget avdrag.
prose-budget = Budget för kvalitetspengen: { $b } (före innehållande och avdrag).
file-error-io = kunde inte läsa eller skriva filen ({ $e })
file-error-not-found = filen finns inte (eller en mapp i sökvägen)
file-error-no-permission = du har inte behörighet att läsa filen
file-error-mixed-encoding = filen är UTF-8 men byte { $column } på raden (0x{ $byte }) är inte giltig UTF-8; filen blandar teckenkodningar – spara den på nytt som UTF-8
file-error-not-regular-file = sökvägen är { $special_file }, inte en vanlig fil; ingenting lästes
file-error-line-too-long = raden är längre än { $limit } byte, programmets gräns för en rad; filen är troligen inte en resultatfil
file-error-too-many-columns = rubrikraden har { $found } kolumner; högst { $limit } är tillåtna
file-error-too-large = filen är { $size } byte, mer än gränsen { $limit } byte; ingenting lästes
file-error-bad-character = otillåtet tecken U+{ $code } på plats { $position }; ta bort det (id och namn får inte innehålla styrtecken, osynliga tecken som nollbredds- och riktningstecken, och id inga andra mellanslag än vanligt mellanslag)
file-error-too-long = texten är { $length } tecken lång; högst { $limit } tecken är tillåtna
file-error-missing-column = kolumnen ”{ $column }” saknas (godtagna rubriker: { $accepted })
file-error-duplicate-column = kolumnen ”{ $column }” finns två gånger
file-error-field-count = förväntade { $expected } fält som rubrikraden, fick { $found }
file-error-number = förväntade ett tal: { $e }
file-error-whole-number = förväntade ett heltal ≥ 0, fick ”{ $text }”
file-error-not-whole-ore = beloppet ”{ $text }” har delar av ett öre; ange det i hela ören (högst två decimaler)
file-error-out-of-bounds = talet ”{ $text }” är större än programmets gräns { $max } (till beloppet)
file-error-negative = talet får inte vara negativt, fick ”{ $text }”
file-error-service-type = förväntade verksamhet ”hemtjänst” eller ”säbo”, fick ”{ $text }”
file-error-regi = förväntade regi ”egen regi” eller ”privat”, fick ”{ $text }”
file-error-period = förväntade en period (ÅÅÅÅ, ÅÅÅÅ-H1, ÅÅÅÅ-Q1 eller ÅÅÅÅ-MM), fick ”{ $text }”
file-error-conflict = utföraren har ”{ $first }” på rad { $first_line } men ”{ $found }” här
file-error-duplicate-row = samma utförare, indikator och period finns redan på rad { $first_line }
file-error-overlapping-period = samma utförare och indikator har på rad { $first_line } en period som överlappar den här (t.ex. ett helt år och en av dess månader); resultatet skulle räknas två gånger
file-error-newer-format = regelfilen har format { $found } från en nyare version; den här versionen läser format { $supported }
file-error-spreadsheet-bomb = kalkylbladet kunde inte läsas: delen { $part } packas upp till { $size } byte från { $packed } ({ $size_2 }:1), långt mer än ett riktigt kalkylblad (högst { $limit }:1); filen läses inte
file-error-spreadsheet-too-large = kalkylbladet kunde inte läsas: arbetsboken packas upp till { $total } byte, mer än gränsen { $limit } byte; filen läses inte
file-error-spreadsheet-strings-lie = kalkylbladet kunde inte läsas: tabellen med delade texter påstår { $claimed } poster men är bara { $size } byte; filen är trasig eller manipulerad
file-error-cell-beyond-columns = kalkylbladet kunde inte läsas: cellen ligger bortom kolumn { $last } ({ $limit }), längre till höger än programmet läser
file-error-sheet-too-wide = kalkylbladet kunde inte läsas: bladet är { $width } kolumner brett, fler än programmet läser ({ $limit })
file-error-spreadsheet = kalkylbladet kunde inte läsas: { $m }
file-error-sheet-not-found = bladet ”{ $sheet }” finns inte (finns: { $available })
file-error-json = ogiltig JSON: { $m }
file-error-municipality-code = förväntade en kommunkod med fyra siffror (t.ex. ”0180”), fick ”{ $text }”
file-error-year = förväntade ett år (ÅÅÅÅ), fick { $text }
file-error-same-post = samma kommun och år finns redan i { $first }
file-error-kpi-not-in-file = filen har inga värden för KPI { $kpi } (den har: { $found })
file-error-unknown-id = okänt { $kind } ”{ $id }” (saknas i mappningen)
file-error-mapped-twice = ”{ $key }” finns två gånger i mappningen; varje ou, utförar-id och KPI får bara förekomma en gång
file-error-more = … och { $count } fel till
file-error-write = kunde inte skriva filen ({ $e }); inget skrevs
file-error-output-is-input = utdatafilen är samma fil som indatafilen { $input } och skulle skriva över den; välj ett annat namn
file-error-output-twice = utdatafilen är samma fil som utdatafilen { $other }; välj olika namn
special-file-directory = en mapp
special-file-fifo = en namngiven pipe (FIFO)
special-file-device = en enhet
special-file-socket = en socket
special-file-other = inte en vanlig fil
at-column-number = , kolumn { $c }
at-column-name = , kolumn ”{ $c }”
# A message already worded where it was found (an input's own located error).
worded = { $text }
lock-error-rules = reglerna har fel: { $p }
lock-error-not-an-archive = filen är ingen läsbar fastställd körning (.kvp): { $p }
lock-error-refused = körningen kan inte fastställas: { $p }
lock-error-write = arkivet kunde inte skrivas: { $m }
archive-problem-not-zip = inget zip-arkiv ({ $e })
archive-problem-too-many-members = { $found } filer i arkivet, högst { $MAX_MEMBERS } är tillåtna
archive-problem-too-large = filerna skulle ta { $total } byte uppackade, högst { $MAX_TOTAL_BYTES } är tillåtna
archive-problem-packed = { $name }: { $size } byte packade i { $packed }, mer än { $MAX_RATIO } till en (en zip-bomb?)
archive-problem-manifest-too-large = { $MANIFEST } är { $size } byte, högst { $MAX_MANIFEST_BYTES } är tillåtna
archive-problem-unreadable = { $name } kan inte packas upp ({ $why })
archive-problem-larger-than-declared = { $name } packas upp till mer än arkivet anger
archive-problem-twice = { $name } finns två gånger i arkivet
archive-problem-no-manifest = { $MANIFEST } saknas
archive-problem-bad-manifest = { $MANIFEST } kan inte läsas: { $e }
archive-problem-wrong-format = { $MANIFEST } anger formatet ”{ $found }”, förväntade ”{ $FORMAT }”
archive-problem-newer-format = arkivet har format { $found }, den här versionen läser format { $FORMAT_VERSION }: uppdatera programmet
archive-problem-no-inputs = { $MANIFEST } anger ingen regelfil eller ingen resultatfil
archive-problem-not-utf8 = namnet är inte lagrat som UTF-8 med zip-formatets märkning för det, så ett zip-verktyg kan visa ett annat namn
archive-problem-bad-character = namnet har det otillåtna tecknet U+{ $code } på plats { $position } (styrtecken eller osynligt tecken)
archive-problem-too-long = namnet är { $length } tecken långt, högst { $MAX_MEMBER_NAME_CHARS } är tillåtna
archive-problem-absolute = namnet är en absolut sökväg (börjar med /)
archive-problem-backslash = namnet har ett omvänt snedstreck (\), en mappavgränsare i Windows
archive-problem-colon = namnet har ett kolon (en enhetsbokstav som C: eller en dold ström i Windows)
archive-problem-bad-component = namnet har en tom del, ”.” eller ”..” (det kan packas upp utanför sin mapp)
archive-problem-outside-folders = namnet ligger utanför indata/ och utdata/ (tillåtna: manifest.json, indata/<fil>, utdata/<fil>)
archive-problem-not-windows-name = namnet kan inte skapas i Windows (ett enhetsnamn som CON eller NUL, en punkt eller ett blanksteg sist, eller något av < > " | ? *)
archive-problem-name-with-reason = { $name }: { $why }
archive-problem-same-name = { $name } och { $other } blir samma fil i Windows och macOS (namnen skiljer sig bara i stora och små bokstäver eller i hur tecknen är kodade)
archive-problem-not-a-file = { $name } är ingen vanlig fil (en symbolisk länk, en mapp eller en enhet)
archive-problem-member-too-large = { $name } är { $size } byte uppackad, högst { $limit } är tillåtna för den
archive-problem-bad-language = { $MANIFEST } anger språket ”{ $found }”, förväntade ”sv” eller ”en”
archive-problem-manifest-bad-character = { $field } i { $MANIFEST }: otillåtet tecken U+{ $code } på plats { $position } (styrtecken eller osynligt tecken)
archive-problem-manifest-too-long = { $field } i { $MANIFEST }: texten är { $length } tecken lång; högst { $limit } tecken är tillåtna
archive-problem-inconsistent = arkivet har filer som dess katalog inte listar, eller som överlappar ({ $why })
archive-problem-listed-twice = två filer heter { $name } (stora och små bokstäver räknas lika)
archive-problem-role-twice = { $name } har samma roll som { $other } i { $MANIFEST } (en körning har en fil av varje slag)
finding-missing = { $name } finns i manifestet men saknas i arkivet
finding-not-listed = { $name } finns i arkivet men inte i manifestet
finding-changed = { $name } har ändrats: SHA-256 stämmer inte med manifestet
finding-differs = { $name } stämmer inte med en ny beräkning ur de arkiverade indata
# The columns, separated by ";".
correction-csv-header = utförar_id;utförare;indikator;före_värde;efter_värde;före_kr;efter_kr;förändring_kr
cli-decide-rules-share-no-provider = regelfilerna { $rules_a } och { $rules_b } beräknar ingen utförare gemensam; jämförelsen skulle bara visa att alla är nya
cli-decide-rules-share-no-service-type = regelfilerna { $rules_a } och { $rules_b } har ingen verksamhet gemensam ({ $rules_a }: { $a }; { $rules_b }: { $b }); jämförelsen skulle bara visa att alla är nya
ron-error-quoted = `{ $s }`
ron-error-outer-missing-field = strukturen
ron-error-missing-struct-field = fältet `{ $field }` saknas i { $outer }
ron-error-outer-unknown-field = strukturen
ron-error-no-such-struct-field = okänt fält `{ $found }` i { $outer } (förväntade något av { $list })
ron-error-outer-unknown-variant = fältet
ron-error-no-such-enum-variant = okänt värde `{ $found }` för { $outer } (förväntade något av { $list })
ron-error-duplicate-struct-field = fältet `{ $field }` finns två gånger
ron-error-expecting = förväntade ett tal (t.ex. 12.35), fann { $found }
ron-error-too-large = talet är för stort
ron-error-not-finite = NaN och oändligt är inte tillåtna
ron-error-unexpected-char = oväntat tecken ”{ $c }”
ron-error-problem = { $what ->
        [integer-out-of-bounds] heltalet ligger utanför det tillåtna (t.ex. ett negativt tal där bara 0 och uppåt går)
        [integer-digit] otillåten siffra i ett heltal
        [underscore] understreck är inte tillåtet i ett tal här
        [comment] en kommentar avslutas aldrig
        [trailing] text efter regelverkets slut
        [utf8] texten är inte giltig UTF-8
        [escape] ogiltig teckenkod (\…) i en text
       *[recursion] strukturen är för djupt nästlad
    }
ron-error-other = ogiltig RON: { $other }
ron-error-expected = förväntade { $what ->
        [comma] ett kommatecken ”,”
        [array] en öppnande hakparentes ”[”
        [array-end] en avslutande hakparentes ”]”
        [boolean] true eller false
        [float] ett decimaltal
        [integer] ett heltal
        [map] en öppnande klammerparentes ”{"{"}”
        [map-colon] ett kolon ”:”
        [map-end] en avslutande klammerparentes ”{"}"}”
        [struct] en öppnande parentes ”(”
        [paren-end] en avslutande parentes ”)”
        [string] en text inom citattecken
        [string-end] ett avslutande citattecken
        [identifier] ett namn
        [option] Some(…) eller None
        [unit] ()
       *[char] ett tecken inom apostrofer
    }
# The columns, separated by ";".
compare-csv-header = utförar_id;utförare;verksamhet;regi;a_kr;b_kr;skillnad_kr;skillnad_procent;statusändring
report-budget-over = över budget
report-budget-left = kvar
report-budget = Budget { $budget }: kvalitetspengen är { $gross } ({ $left } { $over }).
payout-short-pot = pott { $amount } kr, { $key }
payout-short-per-volume-unit = { $kr_per_unit } kr per { $unit }
payout-short-percent-of-compensation = { $percent } %
withhold-short = { $withhold_percent } % innehålls, { $payback_percent } % betalas tillbaka
editor-add-scheme = ➕ Ersättningsmodell för { $st }
editor-weight-sum = Summa vikter: { $sum } %
editor-weight-sum-inside = inom: { $inside } %
decide-gains-and-losses-only-in = , { $only_in_a } bara i jämförelsen, { $only_in_b } nya
decide-gains-and-losses = · { $gains } får mer, { $loses } får mindre, { $unchanged } { $unchanged ->
        [one] är oförändrad
       *[other] är oförändrade
    }{ $only_in }
decide-export-file-name-true = jamforelse.xlsx
decide-export-file-name-false = kanslighet.xlsx
payout-csv-header = utförar_id;utförare;verksamhet;regi;volym;volymenhet;poäng_procent;status
explanation-csv-header = utförar_id;utförare;verksamhet;indikator;namn;värde;antal_svar;status;måluppfyllelse_procent;vikt_procent;effektiv_vikt_procent;bidrag_procentenheter;kronor;motivering;exakt
cli-within-budget-some-o = inom budgeten vid varje nivå bortom { $o } (vid { $level }: summa { $total } kr)
cli-within-budget-none = inom budgeten vid nivå { $level }: summa { $total } kr
opened-locked-run-none = Öppnade den fastställda körningen { $name }: verifierad, varje fil stämmer byte för byte
opened-locked-run-some-f = Öppnade { $name }, men den stämmer inte: { $f }
import-warning-no-total = { $ou } / { $kpi }: ingen totalrad (gender T), räknas som saknat
import-warning-status = { $ou } / { $kpi }: status ”{ $status }”, räknas som saknat
import-warning-null-value = { $ou } / { $kpi }: värde saknas (null), räknas som saknat
import-warning-unknown-kpi = KPI { $kpi } finns inte i mappningen: { $posts } poster hoppas över
output-problem-symlink = kunde inte skriva filen: { $words }
output-problem-not-regular = sökvägen är { $special_file }, inte en vanlig fil, och skrivs inte över
output-problem-name-too-long = filnamnet är { $length } byte långt; filsystemet tillåter högst { $limit }
output-problem-no-folder = mappen { $dir } finns inte
output-problem-folder-not-writable = mappen { $dir } går inte att skriva i
output-problem-io = kunde inte skriva filen ({ $e })
# An output that could not be written: why, and what became of the outputs.
file-error-not-written = { $problem }; { $outcome }
write-outcome = inget skrevs
write-outcome-all = ingen av filerna skrevs ({ $all })
write-outcome-done = { $done } skrevs ändå (de gamla filerna kunde inte läggas tillbaka)
write-outcome-done-left = { $done } skrevs ändå (de gamla filerna kunde inte läggas tillbaka); { $left } skrevs inte
between = { $v } { $dir } { $full_at }: full poäng
between-none = { $v } når inte { $zero_at }: ingen poäng (full vid { $full_at })
between-part = { $v } mellan { $zero_at } (0 %) och { $full_at } (100 %): { $credit }

## payout base: withhold with a logistic exchange function (domain::payout::withhold_logistic)
logistic-withhold = Innehållande med logistisk återbetalning (S-kurva)
logistic-midpoint = Mittpunkt (poäng i %)
logistic-steepness = Branthet (per procentenhet)
logistic-decimals = Decimaler i f
problem-logistic-midpoint = mittpunkten ska ligga mellan 0 och 100
problem-logistic-steepness = brantheten ska vara större än 0 och högst 10
problem-logistic-decimals = f kan ges med högst 12 decimaler
prose-payout-withhold-logistic = { $withhold_percent } % av varje utförares ordinarie ersättning innehålls. { $payback_percent } % av allt som innehålls betalas tillbaka till de utförare som kvalificerar sig, i proportion till innehållet × f, där f = 1 / (1 + e^(−{ $steepness } × (poäng i % − { $midpoint }))) avrundat till { $decimals } decimaler. Nettot kan bli negativt.
withhold-logistic-short = { $withhold_percent } % innehålls, { $payback_percent } % betalas tillbaka efter S-kurva (mittpunkt { $midpoint }, branthet { $steepness })
scheme-basis-withhold-logistic = { $withhold_percent } % av ordinarie ersättning innehålls, { $payback_percent } % betalas tillbaka efter innehållet × f(poäng), logistisk med mittpunkt { $midpoint } och branthet { $steepness }
payout-basis-withhold-logistic = återbetalning: f(poäng) = { $f }; { $weight } av { $total_weight } kr (innehållet × f) = { $share } % av { $n2 } kr = { $n2_2 } kr
month-name = { $month ->
        [1] januari
        [2] februari
        [3] mars
        [4] april
        [5] maj
        [6] juni
        [7] juli
        [8] augusti
        [9] september
        [10] oktober
        [11] november
       *[12] december
    }
time-in-words = { $day } { $month } { $year } kl. { $hour }.{ $minute }
level-at-or-beyond = Nivå { $sign }
scoring-short-threshold = tröskel { $level }
scoring-short-steps = steg { $steps }
scoring-short-step = { $level } → { $credit } %
scoring-short-linear = linjär { $lower }–{ $upper }
scoring-short-relative = relativ { $start } – { $full }
scoring-short-achievement = nivå eller förbättring { $threshold } / { $benchmark } (bas { $period })
mark-step-credit = { $credit } %
effect-title = Effekt av kvalitetspeng på KPI { $kpi } i kommun { $municipality } från { $year }
effect-method = Metod: skillnad i skillnader mot { $n } jämförelsekommuner; år före start: { $pre }; år från start: { $post }
effect-method-synthetic = Metod: syntetisk kontroll, ett viktat medel av { $n } jämförelsekommuner anpassat till kommunens utveckling före start; år före start: { $pre }; år från start: { $post }
effect-weights = Vikter (kommun vikt): { $weights }
effect-estimate = Skattad effekt: { $effect } (i KPI:ns enhet, procentenheter när KPI:n är en andel i procent)
effect-interval = 95 % konfidensintervall: { $low } till { $high }
effect-interval-unbounded = 95 % konfidensintervall: obegränsat (ett begränsat intervall kräver minst { $needed } jämförelsekommuner)
effect-p-value = p-värde (placebotest): { $p } ({ $as_large } av { $n } jämförelsekommuner får en lika stor eller större skattning när de behandlas som om de hade kvalitetspeng)
effect-pre-fit = Anpassning före start: skillnaden mot jämförelsekommunerna avviker med { $rmse } (RMSE) från sin nivå före start
effect-pre-fit-none = Anpassning före start: kan inte bedömas med ett enda år före start
effect-pre-trend = Trend i skillnaden före start: { $slope } per år (p = { $p })
effect-pre-trend-none = Trend i skillnaden före start: kan inte bedömas med färre än tre år före start
effect-detectable = Minsta effekt som hade kunnat upptäckas: ±{ $mde } (en sann effekt av den storleken upptäcks ungefär varannan gång)
effect-detectable-none = Minsta effekt som hade kunnat upptäckas: ingen, för få jämförelsekommuner
effect-smallest-p = Med { $n } jämförelsekommuner är det minsta möjliga p-värdet 1/{ $n1 } = { $p }.
effect-conclusion-unbounded = Slutsats: med så få jämförelsekommuner kan data varken visa en effekt eller utesluta någon, hur stor den än är.
effect-conclusion-significant = Slutsats: förändringen efter start är större än nästan alla jämförelsekommuners (p = { $p }); effekter mellan { $low } och { $high } är förenliga med data. Det talar för en effekt men bevisar den inte: det förutsätter parallella trender, att inget annat som började samma år förklarar förändringen och att jämförelsekommunerna inte har kvalitetspeng.
effect-conclusion-not-significant = Slutsats: förändringen efter start skiljer sig inte från jämförelsekommunernas mer än slumpen kan förklara (p = { $p }). Det visar inte att effekten är noll: effekter mellan { $low } och { $high } är förenliga med data, och en effekt mindre än ±{ $mde } hade inte kunnat upptäckas.
effect-warning-pre-trend = Varning: kommunen följde inte jämförelsekommunerna före start (p = { $p } för trenden); antagandet om parallella trender är tveksamt och skattningen kan vara skev.
effect-note-dropped = Kommuner som saknar värde något av åren och inte är med i jämförelsen ({ $n }): { $codes }
effect-note-unused-years = År som färre än hälften av de möjliga jämförelsekommunerna har, och som inte används: { $years }
effect-note-unknown-excluded = Kommuner att utesluta som inte finns i filen: { $codes }
effect-note-not-municipalities = Poster för riket (0000) och regionerna (0001–0025), som inte är kommuner och inte jämförs med: { $n }
effect-note-missing = Poster utan värde (null, en status eller ingen totalrad) som hoppades över: { $n }
effect-not-a-year = --introduced: förväntade ett år (ÅÅÅÅ), fick ”{ $text }”
effect-error-treated-missing = kommun { $code } har inga värden för KPI:n i filen
effect-error-treated-excluded = kommun { $code } undersöks och kan inte samtidigt uteslutas (--exclude)
effect-error-no-pre-years = inga år före { $introduced } med värden för både kommunen och jämförelsekommunerna (kommunens första år: { $first }); skillnad i skillnader behöver minst ett år före start
effect-error-no-post-years = inga år från { $introduced } med värden för både kommunen och jämförelsekommunerna (kommunens sista år: { $last }); skillnad i skillnader behöver minst ett år från start
effect-error-too-few = { $found } jämförelsekommuner har värden alla år ({ $dropped } saknar något år); det behövs minst två
effect-providers-title = Utförarnas utveckling: { $n } utförare, perioder { $periods } (utbetalning och resultat per period, med reglerna räknade för varje period)
effect-providers-provider = { $id } { $name }: utbetalning { $payouts }
effect-providers-indicator = { $id } (nivå { $levels }): { $values }
effect-providers-band = Svarar utförarna på nivåerna? Resultat högst { $band } under närmaste nivå jämförs med resultat mindre än { $band } över den, i förändringen till nästa period (i indikatorns riktning: positivt är en förbättring).
effect-providers-below = Strax under en nivå
effect-providers-above = Strax över en nivå
effect-providers-group = { $which }: { $providers } utförare, { $results } resultat, medelavstånd till nivån { $distance }, medelförändring { $change }
effect-providers-group-empty = { $which }: inga resultat ({ $providers } utförare)
effect-providers-too-few = För få utförare för att avgöra: { $below } utförare strax under och { $above } strax över en nivå; det behövs minst { $needed } i varje grupp.
effect-providers-difference = Skillnad i medelförändring (under − över): { $difference }; rättad för återgång mot medelvärdet (lutning { $slope } per enhet avstånd): { $effect }
effect-providers-interval = 95 % konfidensintervall (bootstrap över utförare, { $resamples } dragningar): { $low } till { $high }
effect-providers-conclusion-more = Slutsats: utförare strax under en nivå förbättrar sig mer till nästa period än de strax över, mer än avståndet till nivån förklarar (intervall { $low } till { $high }). Det talar för att utförarna svarar på kvalitetspengen men bevisar det inte: något annat som skiljer grupperna kan förklara det.
effect-providers-conclusion-less = Slutsats: utförare strax under en nivå förbättrar sig mindre till nästa period än de strax över (intervall { $low } till { $high }). Det talar inte för att nivåerna sporrar dem som inte når dem.
effect-providers-conclusion-none = Slutsats: skillnaden kan inte skiljas från noll; svar mellan { $low } och { $high } är förenliga med data. Det visar inte att utförarna inte svarar.
effect-providers-one-period = Bara en period: ingen förändring till nästa period att jämföra.
effect-providers-no-periods = resultaten har ingen period
effect-providers-rules = reglerna räknade för perioden { $period } har fel: { $problems }
effect-providers-bad-band = --band: förväntade ett positivt tal (högst 1 000 000) i indikatorns enhet, fick ”{ $text }”
standard-baseline-not-before = basperioden { $baseline } ska ligga före regelfilens period: nivåerna fastställs i förväg
standard-min-providers-zero = minsta antal utförare för nivåerna ur basperioden ska vara minst 1
standard-scoring-cannot = poängsättningen kan inte få nivåer ur en basperiod (det kan linjär, tröskel och nivå eller förbättring)
standard-needs-threshold = nivåerna ur basperioden saknar tröskeln (threshold), som poängsättningen behöver
standard-needs-benchmark = nivåerna ur basperioden saknar riktmärket (benchmark), som poängsättningen behöver
standard-no-threshold-here = poängsättningen har ingen tröskel att fastställa (ta bort threshold)
standard-no-benchmark-here = poängsättningen har inget riktmärke att fastställa (ta bort benchmark)
standard-not-frozen = nivåerna ska fastställas ur { $baseline } års resultat innan beräkningen: kör kvalitetspeng standards
standard-level-changed = nivån { $level } är inte den som fastställdes ur basperioden ({ $frozen }): kör kvalitetspeng standards igen eller ta bort standard
standard-too-few = { $found } utförare har ett användbart resultat { $baseline } i { $file }; nivåerna ur basperioden kräver minst { $min }
standard-role-threshold = tröskel (ingen poäng)
standard-role-benchmark = riktmärke (full poäng)
standard-rounded = {" "}(avrundat från { $exact })
cli-standards-found = { $scheme } / { $indicator }: { $role } { $text }
prose-standard-level = { $level } = { $how } av { $baseline } års resultat, { $providers } utförare
prose-standard = Nivåerna är fastställda i förväg ur basperioden ({ $file }): { $levels }.
prose-standard-not-frozen = Nivåerna ska fastställas ur { $baseline } års resultat (kvalitetspeng standards) och är ännu inte fastställda.
prose-contract-minimum = Avtalet kräver redan { $dir } { $min }.
contract-minimum-not-above = { $name } { $level } är inte bättre än avtalets miniminivå { $min }: kvalitetspeng betalas för det avtalet redan kräver
payout-status-insufficient-data = otillräckligt underlag: användbara data för { $usable } av { $indicators } indikatorer, minst { $required } krävs
problem-min-usable-out-of-range = minsta antal indikatorer med användbara data är { $min }, men ersättningsmodellen har { $indicators } indikatorer; ange ett tal från 1 till { $indicators }
prose-min-usable = En utförare får poäng bara när minst { $k } av de { $n } indikatorerna har användbara resultat; annars är underlaget otillräckligt och utföraren får ingen poäng och inget belopp (redovisas skilt från för låg poäng).
payout-status-barred = spärrad av tillsyn: { $kind } { $date }
status-score-capped = poängen begränsad till { $percent } % av tillsyn: { $kind } { $date }
warning-unknown-finding-kind = { $provider_id }: tillsynsfyndet ”{ $kind }” ({ $date }) har ingen regel i ersättningsmodellen och påverkar inget
warning-finding-outside-period = { $provider_id }: tillsynsfyndet ”{ $kind }” ({ $date }) ligger utanför regelverkets period och räknas inte
prose-gate-bars = Ett tillsynsfynd av slaget ”{ $kind }” daterat inom perioden ger ingen kvalitetspeng.
prose-gate-caps = Ett tillsynsfynd av slaget ”{ $kind }” daterat inom perioden begränsar poängen till högst { $percent } %.
problem-gate-empty-kind = en regel för tillsynsfynd saknar slag (kind)
problem-gate-duplicate-kind = tillsynsfyndet ”{ $kind }” har mer än en regel
problem-gate-cap-out-of-range = taket för tillsynsfyndet ”{ $kind }” är { $value } %, det måste vara 0–100 %
file-error-bad-date = ”{ $text }” är inget datum; skriv ÅÅÅÅ-MM-DD, t.ex. 2025-05-12
warning-small-cohort = { $service_type } / { $indicator_id }: jämförelsegruppen ”{ $cohort }” har { $peers } användbara resultat (färre än { $min }), så dess relativa nivåer vilar på få utförare
warning-no-cohort-column = { $service_type }: relativa nivåer ska räknas inom varje kohort i resultatens kolumn kohort, men ingen utförare har en kohort (saknas kolumnen kohort, eller heter den något annat?); alla jämförs nu som en grupp
prose-cohort-regi = Relativa nivåer räknas inom varje regi (egen regi för sig, privat för sig).
prose-cohort-column = Relativa nivåer räknas inom varje jämförelsegrupp i resultatens kolumn kohort (utförare utan kohort bildar en egen grupp).
rule-change-min-usable = k av n: { $old } → { $new }
rule-change-cohort = jämförelsegrupp: { $old } → { $new }
rule-change-gate-cap = tak vid tillsyn ”{ $kind }” { $old } → { $new } %
rule-change-gate = tillsynsfynd ”{ $kind }”: { $old } → { $new }
gate-effect-bars = spärrar kvalitetspengen
gate-effect-cap = tak { $percent } %
rule-change-contract-minimum = avtalets miniminivå { $old } → { $new }
rule-change-standard = nivåer ur basperiod: { $old } → { $new }
rule-change-standard-frozen = nivåerna ur basperioden fastställda på nytt ({ $file })
standard-short = { $levels } ur { $baseline }
standard-short-level = { $role }: { $how }
param-min-usable = k av n (minsta antal indikatorer med data)
param-gate-cap = tak vid tillsyn ”{ $kind }”
editor-standard = Nivåer ur basperiod
cohort-service-type = hela verksamheten
cohort-regi = per regi
cohort-column = per kohort (kolumnen kohort)
effect-follow-up = Effektuppföljning…
effect-follow-up-tooltip = Har kvalitetspengen förändrat något? Kommunen mot jämförelsekommuner i Koladas data, och utförarnas utveckling
effect-follow-up-title = Effektuppföljning
effect-municipality-heading = Kommunen mot jämförelsekommunerna
effect-kolada-file = Kolada-fil
effect-choose-kolada = Välj fil…
effect-kolada-json = Kolada-data (JSON)
effect-kpi = KPI
effect-municipality = Kommun (kod)
effect-introduced = Kvalitetspeng från år
effect-exclude = Uteslut kommuner
effect-exclude-tooltip = Kommunkoder, åtskilda med komma: kommuner som också har kvalitetspeng och inte ska jämföras med
effect-method-label = Metod
effect-method-did = Skillnad i skillnader
effect-method-sc = Syntetisk kontroll
effect-estimate-button = Skatta effekten
effect-chart-treated = Kommunen
effect-chart-comparison = Jämförelse
effect-chart-start = Kvalitetspengen börjar
effect-chart-year = År
effect-chart-value = KPI-värde
effect-providers-heading = Utförarna
effect-providers-need-periods = Utförarnas utveckling visas när de inlästa resultaten har minst två perioder.
effect-chart-comparison-note = Jämförelse: jämförelsekommunernas medelvärde per år; med syntetisk kontroll deras viktade medel, flyttat till kommunens nivå före start.
effect-providers-paths = Varje utförares utveckling
effect-in-the-report = Beslutsunderlaget (Arkiv › Beslutsunderlag) tar med den här skattningen som ett avsnitt, Effektuppföljning.

# Arkiv › Utskick: the same form as the report's (saved rules, the decision's reference)
statements-form-title = Utskick till utförarna (PDF)
statements-form-intro = Utskicken görs från de sparade reglerna: varje brev namnger regelfilen, dess kontrollsumma och beslutets referens.
choose-folder-and-write-statements = Välj mapp och skriv utskicken…
save-rules-and-choose-folder = Spara reglerna och välj mapp…
statements-folder-name = utskick
# An export of rules that are not saved: a draft, with no checksum of a file that does not exist
draft-of-unsaved-rules = UTKAST av regler som inte är sparade
no-rule-file-no-checksum = ingen (reglerna finns inte som fil)
exported-as-draft = utkast: reglerna är inte sparade, så exporten pekar inte på någon regelfil
open-kolada-file = Öppna Kolada-data (JSON)
# A results file or a locked run given at start-up that could not be opened
results-file-could-not-be-opened = Resultatfilen kunde inte öppnas
results-file-open-another-or-continue = Utförarnas resultat är inte inlästa. Öppna en annan resultatfil, eller fortsätt utan den (reglerna utan resultat).
open-another-results-file = Öppna en annan resultatfil…
locked-run-could-not-be-opened = Det fastställda arkivet kunde inte öppnas
locked-run-open-another-or-continue = Arkivet visas inte. Öppna ett annat arkiv (.kvp), eller fortsätt utan det.
open-another-locked-run = Öppna ett annat arkiv…
continue-without-it = Fortsätt utan filen
# Beslutsstöd: the sweep's limit of steps, in words
sweep-steps-limit = 2–50 steg; varje steg är en hel beräkning
# The peer chart of the explanation: axes, series and its caption in words
providers-by-value = utförare, i ordning
peers-earning-credit = ger poäng
peers-earning-no-credit = ger ingen poäng
peer-chart-caption = Vågrätt värdet, lodrätt utförarna i ordning; fyllda punkter ger poäng, ofyllda ingen, romben är denna utförare. Linjer:
advances-percent-out-of-range = förskottets andel av föregående utbetalning (percent_of_previous) är { $value } %, den måste vara 0–100 %
advances-rounds-out-of-range = förskottets antal omgångar (rounds) är { $rounds }, det måste vara 1–{ $max }
advances-note = { $text }
advances-note-total = { $percent } % av föregående utbetalning { $previous } = { $total }, avrundat till öre en gång, { $rounds ->
        [one] i en omgång
       *[other] i { $rounds } omgångar
    }
advances-note-extra-ore = { $extra ->
        [one] omgång { $which } får ett öre mer än de övriga
       *[other] omgångarna { $which } får var sitt öre mer än de övriga
    } (största rest) så att omgångarna summerar exakt
advances-none-no-previous = ingen föregående utbetalning: inget förskott
advances-none-nothing-before = föregående utbetalning { $previous }: inget förskott
warning-advance-paid-differs = { $provider_id }: utbetalt hittills { $paid } skiljer sig från förskottsplanen { $planned }; avräkningen görs mot det som betalats
prose-advances = Under året betalas förskott { $rounds ->
        [one] i en omgång
       *[other] i { $rounds } omgångar
    }, sammanlagt { $percent } % av utförarens föregående utbetalning (kolumnen föregående_utbetalning), avrundat till öre en gång och fördelat så att omgångarna summerar exakt (de första omgångarna får de ören som blir över). En utförare utan föregående utbetalning får inget förskott. Vid årets slut avräknas det slutliga beloppet mot det som betalats hittills (kolumnen utbetalt_hittills).
advances-short = { $percent } % av föregående utbetalning { $rounds ->
        [one] i en omgång
       *[other] i { $rounds } omgångar
    }
advances-short-none = inga förskott
advances-on = Förskott under året
advances-percent-field = Förskott, % av föregående utbetalning
advances-percent-field-tooltip = Förskottens summa som andel av utförarens föregående utbetalning (kolumnen föregående_utbetalning), 0–100 %
advances-rounds-field = Förskott, antal omgångar
rule-change-advances = förskott: { $old } → { $new }
settlement-to-pay = Slutligt belopp { $final_amount } − utbetalt hittills { $paid } = avräkning +{ $settlement } att betala
settlement-reclaim = Slutligt belopp { $final_amount } − utbetalt hittills { $paid } = avräkning −{ $settlement } (återkrav)
settlement-even = Slutligt belopp { $final_amount } − utbetalt hittills { $paid } = avräkning { $settlement }, inget att reglera
advances-csv-header = utförar_id;utförare;verksamhet;föregående_utbetalning_kr;procent;omgång;belopp_kr;anmärkning
advances-sum = Summa
advances-no-rule = inget schema i regelverket har en förskottsregel (advances), så det finns ingen förskottsplan att göra
advances-xlsx-too-many-rows = förskottsplanen har { $rows } rader, fler än ett kalkylblad rymmer ({ $limit }); spara den som CSV (.csv) i stället
advance-plan-csv = forskottsplan.csv
advances-sheet = Förskottsplan
advances-menu = Förskottsplan…
advances-menu-tooltip = Förskotten under året per utförare och omgång enligt regelverkets förskottsregel, som CSV eller Excel
# The payout table: columns left out because the window is too narrow
table-columns-hidden = Dolda för att få plats: { $columns }
table-columns-hidden-tooltip = Kolumnerna får inte plats i fönstret just nu. Varje utförares uppgifter står i förklaringen (klicka på raden); ett bredare fönster eller en stängd panel visar dem i tabellen.
