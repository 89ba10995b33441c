# Kvalitetspeng: every text of the program in this language (see assets/locales/README.md).
# Variables are already-formatted text; Fluent's own number formatting is not used.

## The language itself

language-name = Svenska
language-tag = sv-SE

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

new-rules2 = nya regler
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
total2 = Summa
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
payout-kr2 = Kvalitetspeng (kr)
kvalitetspeng-kr = Kvalitetspeng (kr)
withheld-kr2 = Innehållet (kr)
deductions-kr2 = Avdrag (kr)
net-kr2 = Netto (kr)
paid-so-far-kr2 = Utbetalt hittills (kr)
settlement-kr2 = Avräkning (kr)
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
ordinary-compensation-missing0 = ordinarie ersättning saknas: 0,00 kr
fallback-but-last-periods = reservregel, men förra periodens belopp saknas: 0,00 kr
missing = saknas
result-missing = resultat saknas
no-peer-results = inga jämförbara resultat
left-out-other-weights = utelämnas, övriga vikter räknas om
fallback-rule-applies = reservregeln gäller
gives0-percent = ger 0 %

## the rules in prose

at-least = minst
at-most = högst
or-lower = eller lägre
or-higher = eller högre
of-the-peers-results = av jämförbara utförares resultat
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
places2 = pl.
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
total-kr2 = summa_kr
providers-paid = antal_med_utbetalning
comparison = Jämförelse
sweep = Känslighet

## io::export_xlsx

threshold = tröskel
steps2 = steg
linear = linjär
relative = relativ
achievement-or-improvement2 = nivå eller förbättring
baseline = bas
provider-id = Utförar-id
service-type = Verksamhet
volume-unit = Volymenhet
calculation2 = Beräkning
indicator = Indikator
name = Namn
value2 = Värde
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
all-met2 = alla uppnådda
payout = Utbetalning
missing-data = Saknade data
requirement = Krav
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

total3 = (summa)

## io::report

rules = Regler
results = Resultat
en-gb = sv-SE
summary = Sammanfattning
not-paid = Utan kvalitetspeng:
total4 = Totalt
how-to-read-this = Så läser du underlaget
rules-are-stated-in = Reglerna står i klartext på nästa sida, genererade ur samma regelfil som beräkningen. Därefter följer utbetalningen per utförare och en bilaga som för varje utförare visar hur beloppet räknades, indikator för indikator; kronorna per rad summerar exakt till utförarens belopp. Alla belopp är exakta och avrundade till öre en gång, i sista steget. Sidfoten anger regelfilens och resultatfilens SHA-256: med dem och programmets version kan vem som helst räkna om och få samma belopp.
score2 = Poäng
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
decision-support2 = Beslutsstöd
compare-with2 = Jämför med
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
steps3 = Antal steg
run-the-sweep = Kör känslighetsanalys
export-the-sweep = Exportera känslighetsanalysen…
providers-paid2 = Antal som får ersättning
paid2 = får ersättning
paid3 = Får ersättning
rules-get-errors = reglerna får fel

## ui::detail

provider-is-no-longer = Utföraren finns inte längre i beräkningen.
close = Stäng
close-the-explanation = Stäng förklaringen
level = nivå
lower = nedre
upper = övre
benchmark = riktmärke
others = övriga
this-provider = denna utförare
payout2 = Kvalitetspeng
kvalitetspeng = Kvalitetspeng
net = Netto
paid-so-far = Utbetalt hittills
settlement = Avräkning
to-reclaim = återkrav
to-pay = att betala
per-area = Per område
area2 = område
counts-as = räknas som
wholly-missing = saknas helt
per-indicator = Per indikator
credit2 = · måluppfyllelse
weight2 = · vikt
contribution = · bidrag
credit-per-indicator0 = Måluppfyllelse per indikator (0–100 %), tjocklek = vikt
credit-percent2 = måluppfyllelse %

## ui::editor

remove-the-scheme = Ta bort ersättningsmodellen
new-indicator = Ny indikator
pot-kr = Pott, kr
shared = Fördelas
choose-key = (välj nyckel)
percent-of-compensation2 = Procent av ersättningen
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
net2 = Nettot
floor-at-zero2 = golv vid noll
withholding-and-deductions-do = Innehållande och avdrag gör inte beloppet negativt
weights-count-inside-each = Vikterna räknas inom varje område (se Områden).
locked-sum100-percent = Låst summa 100 %
when-a-weight-changes = När en vikt ändras justeras de övriga i proportion, till hundradels procentenhet, så att summan stannar på 100 %
normalise-weights = Normalisera vikter
scale-the-weights-to = Skala vikterna så att de summerar till 100 %
move-up = ⬆ Flytta upp
remove = 🗑 Ta bort
weight-percent2 = vikt %
add-indicator = ➕ Lägg till indikator
choose-area = (välj område)
weight-percent3 = Vikt, %
weight-inside-the-area = Vikt inom området, %
minimum-respondents = Minsta antal svar
uncertainty95-percent-ci = Osäkerhet (95 % KI)
what-counts-for-a = Vad som räknas för en andel med antal svarande: punktskattningen, eller en gräns i Wilsons 95 % konfidensintervall
level2 = Nivå
lower-level0-percent = Nedre nivå (0 %)
upper-level100-percent = Övre nivå (100 %)
lower-level100-percent = Nedre nivå (100 %)
upper-level0-percent = Övre nivå (0 %)
step = Steg
gives-percent = ger %
remove-the-step = Ta bort steget
step2 = ➕ Steg
n0-percent-at = 0 % vid
n100-percent-at = 100 % vid
percentile = percentil
threshold0-points = Tröskel (0 poäng)
benchmark10-points = Riktmärke (10 poäng)
baseline-period = Basperiod
without-areas-the-indicators = Utan områden väger indikatorerna direkt i modellen. Med områden har varje område en vikt och indikatorerna vikter inom sitt område.
remove-the-area = Ta bort området
area3 = ➕ Område
deduct-when = Avdrag när
amount = Belopp
fixed-amount-kr = fast belopp, kr
remove-the-deduction = Ta bort avdraget
deduction2 = ➕ Avdrag

## ui::locked

verified-every-file-matches = · verifierad: varje fil stämmer byte för byte
does-not-verify-see = · STÄMMER INTE: se problempanelen
lock-the-correction = Fastställ rättelsen
lock-the-run2 = Fastställ körningen
archive-kvp-holds-the = Arkivet (.kvp) innehåller regelfilen och resultatfilen som de lästes, utbetalningen, förklaringen och kontrollsummor. Det kan verifieras med kvalitetspeng verify om flera år.
decisions-reference-eg = Beslutets referens (t.ex. ÄN 2026-03-12 §14)
include-the-decision-report = Ta med beslutsunderlaget (PDF)
choose-file-and-lock = Välj fil och fastställ…
cancel = Avbryt
before = före
after = efter
export-the-correction-csv = Exportera rättelsen (CSV)…
lock-the-correction2 = Fastställ rättelsen…
new-archive-that-names = Ett nytt arkiv som anger vilket det rättar
correction-csv = rattelse.csv

## ui

rules-have-errors-correct = Reglerna har fel: rätta dem innan du exporterar (beloppen i tabellen gäller äldre regler)
payouts-csv = utbetalning.csv
payouts-xlsx = utbetalning.xlsx
explanation-csv = forklaring.csv
rules-have-errors-correct-them = Reglerna har fel: rätta dem först (beloppen i tabellen gäller äldre regler)
decision-report-pdf2 = beslutsunderlag.pdf
no-file-dialog-could = Ingen fildialog kunde visas
desktop-has-no-file = Skrivbordet har ingen tjänst för fildialoger (Linux: installera xdg-desktop-portal med en GTK- eller KDE-del, eller zenity). Skriv filens sökväg här i stället:
path = Sökväg
ok2 = OK
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
period2 = period
rules2 = Regler:
results2 = Resultat:
providers = utförare
values = värden
service2 = Verksamhet:
all = Alla
regi2 = Regi:
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
restore-unsaved-changes = Återställ osparade ändringar?
file2 = Fil
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
withheld2 = Innehållet
deductions2 = Avdrag

## ui::widgets

enter-a-number-e = Skriv ett tal, t.ex. 12,5

## io::report (2)

net3 = netto

## io::locked (2)

en2 = sv
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
prose-steps = { $s } av poängen; det högsta steget som nås räknas.
at-line = , rad { $line }
problems-notes-on-uncertainty = {" "}· { $notes } upplysningar om osäkerhet
problems-survey-uncertainty-levels-that-confidence = ℹ Osäkerhet i brukarundersökningen: { $notes } nivåer där konfidensintervall omsluter nivån
problems-messages = Meddelanden ({ $notifications })
editor-errors = { $n } fel
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
cli-decide-gain-lose-unchanged-only-in = { $gains } får mer, { $loses } får mindre, { $unchanged } oförändrade; { $only_in_a } bara i A, { $only_in_b } bara i B
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
report-providers = { $n } utförare { $w }
report-settlement-against-advances-paid-so = Avräkning mot förskott: utbetalt hittills { $paid }, att reglera { $settle } (+ att betala, − återkrav).
report-compared-with = Jämfört med { $label }
report-total-providers-gain-lose-unchanged = Totalt { $a } → { $b } ({ $delta }). { $gains } utförare får mer, { $loses } mindre, { $unchanged } oförändrat.
report-rules = Reglerna: { $name }
report-payout-per-provider-kr = Utbetalning per utförare (kr), { $period }
report-number-of-providers-per-amount = Antal utförare per beloppsintervall ({ $providers } utförare).
report-correction-of-the-locked-run = Rättelse av den fastställda körningen { $locked_name }
report-only-the-providers-and-indicators = Endast utförare och indikatorer som ändrats visas. Total förändring { $total_delta }; { $providers } utförare berörs.
report-missing-glyphs-provider = beslutsunderlaget har inget typsnitt med { $chars } i utföraren { $id } ”{ $name }”: tecknet visas som en tom ruta (PDF:ens text har det rätta tecknet)
report-missing-glyphs-text = beslutsunderlaget har inget typsnitt med { $chars } i texten ”{ $text }”: tecknet visas som en tom ruta (PDF:ens text har det rätta tecknet)
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
