//! Svenska: every Swedish text of the program.

use std::fmt::Display;

use rust_decimal::Decimal;

use super::prose::{at_least, kr, level, missing_consequence, n, or_worse, peer_level};
use super::scorers::{num, pct};
use super::{Lang, Word, Words, exact_text, is_column_number, score_text};
use crate::domain::decide::compare::Comparison;
use crate::domain::decide::param::ParamError;
use crate::domain::decide::solve::SolveError;
use crate::domain::decide::sweep::{MAX_STEPS, SweepError};
use crate::domain::decimal::{ParseNumberError, format_number, round_display, serde_decimal};
use crate::domain::exact::Q;
use crate::domain::explanation::*;
use crate::domain::period::PeriodError;
use crate::domain::results::{ImportWarningKind, ServiceType};
use crate::domain::rules::*;
use crate::domain::scorers;
use crate::domain::textcheck::TextProblem;
use crate::domain::validation::{Counted, ProblemMsg};
use crate::io::error::{FileErrorMsg, SpecialFile};
use crate::io::locked::{
    ArchiveProblem, FORMAT, Finding, LockError, MANIFEST, MAX_MANIFEST_BYTES, MAX_MEMBERS,
    MAX_RATIO, MAX_TOTAL_BYTES,
};

/// This file's language, for the texts that word others (a label inside a message).
const LANG: Lang = Lang::Sv;

/// The Swedish texts.
pub(super) struct Sv;

impl Words for Sv {
    fn word(&self, w: Word) -> &'static str {
        use Word::*;
        match w {
            // app::commands
            NewRules => "Nya regler",
            OpenRules => "Öppna regler…",
            SaveRules => "Spara regler",
            SaveRulesAs => "Spara regler som…",
            ImportResults => "Importera resultat…",
            ExportPayoutsCsv => "Exportera utbetalning (CSV)…",
            ExportPayoutsExcel => "Exportera utbetalning (Excel)…",
            ExportExplanationCsv => "Exportera förklaring (CSV)…",
            OpenTheSampleMunicipality => "Öppna exempelkommunen",
            Undo => "Ångra",
            Redo => "Gör om",
            RuleEditor => "Regelredigerare",
            ProblemsAndMessages => "Problem och meddelanden",
            DecisionSupport => "Beslutsstöd…",
            CompareWith => "Jämför med…",
            DecisionReportPdf => "Beslutsunderlag (PDF)…",
            LockTheRun => "Fastställ…",
            OpenALockedRun => "Öppna fastställd körning…",
            CorrectWithNewResults => "Rätta med nya resultat…",
            LeaveTheLockedRun => "Lämna den fastställda körningen",
            Quit => "Avsluta",
            StartFromAnEmpty => "Börja med en tom regeluppsättning",
            OpenARuleFile => "Öppna en regelfil (.ron)",
            SaveTheRulesTo => "Spara reglerna i samma fil",
            SaveTheRulesToA => "Spara reglerna i en ny fil",
            ReadTheProvidersResults => "Läs in utförarnas resultat (CSV)",
            PayoutTableAsCsv => "Utbetalningsunderlaget som CSV för Excel",
            WorkbookWithPayoutsExplanation => {
                "Arbetsbok med utbetalning, förklaring, regler och verifikation"
            }
            PerIndicatorExplanationAs => "Förklaringen per indikator som CSV",
            SjovikMunicipalityBuiltIn => "Sjöviks kommun, inbyggt exempel",
            UndoTheLastRule => "Ångra senaste regeländringen",
            RedoTheUndoneEdit => "Gör om den ångrade ändringen",
            ShowOrHideThe => "Visa eller dölj regelredigeraren",
            ShowOrHideTheProblems => "Visa eller dölj problempanelen",
            ComparisonBudgetAndSensitivity => {
                "Jämförelse, budget och känslighetsanalys innan nämnden beslutar"
            }
            ShowTheDifferenceAgainst => {
                "Visa skillnaden mot en annan regelfil (t.ex. förra årets) i tabellen"
            }
            BasisForTheBoard => {
                "Underlaget för nämnden: sammanfattning, reglerna i klartext, utbetalning och förklaring per utförare"
            }
            SaveTheRunAs => {
                "Spara körningen som beslutad: ett arkiv (.kvp) med indata, utdata och kontrollsummor som kan verifieras om flera år"
            }
            OpenAnArchiveKvp => {
                "Öppna ett arkiv (.kvp) skrivskyddat; det verifieras när det öppnas"
            }
            ProviderDisputesAValue => {
                "En utförare bestrider ett värde: räkna med rättade resultat och se bara det som ändras"
            }
            RulesBecomeAnOrdinary => "Reglerna blir ett vanligt, osparat dokument igen",
            CloseTheProgram => "Stäng programmet",
            // app::decide
            RulesAsLastSaved => "reglerna som de senast sparades",
            // app::locked
            RulesHaveErrorsFix => "Reglerna har fel: rätta dem innan du gör beslutsunderlaget",
            DecisionReportWasNot => "Beslutsunderlaget skrevs inte",
            RuleFileChangedOn => {
                "regelfilen har ändrats på disken sedan den öppnades; öppna den igen"
            }
            ResultsFileChangedOn => {
                "resultatfilen har ändrats på disken sedan den importerades; importera den igen"
            }
            ResultsNotReadForThePeriods => {
                "Resultaten kunde inte läsas för de nya perioderna; beräkningen visar de tidigare"
            }
            RulesHaveErrorsFixThem => "Reglerna har fel: rätta dem innan du fastställer",
            NotLocked => "Fastställdes inte",
            CouldNotOpen => "Kunde inte öppna",
            CouldNotImport => "Kunde inte importera",
            NotExported => "Exporterades inte",
            // app::state
            NewRules2 => "nya regler",
            UnsavedRuleEditsRestored => "Osparade regeländringar återställda",
            RulesHaveErrorsFixThemBefore => "Reglerna har fel: rätta dem innan du exporterar",
            Unsaved => " (ej sparad)",
            ThereIsNoComparison => "det finns ingen jämförelse att exportera",
            RunTheSweepFirst => "kör känslighetsanalysen först",
            KrPerUnit => "kr per enhet",
            PercentOfCompensation => "% av ersättningen",
            From => "Från",
            To => "Till",
            // cli::decide
            Error => "fel",
            Wrote => "Skrev",
            Id => "Id",
            Provider => "Utförare",
            Status => "Status",
            CompareNeedsRulesB => {
                "compare behöver --rules-b eller --results-b (det som ska jämföras med)"
            }
            SolveNeedsSchemeHemtjanst => "solve behöver --scheme hemtjanst|sabo (eller --level)",
            ApplyNeedsOutNew => "--apply behöver --out NY.ron",
            Now => "nu",
            Total => "summa",
            WithinTheBudgetAt => "inom budgeten redan vid den lättaste nivån",
            OverTheBudgetEven => "över budgeten även vid den svåraste nivån",
            Value => "värde",
            TotalKr => "summa kr",
            Paid => "betalas",
            // cli::locked
            FingerprintQuoteItIn => "Fingeravtryck (ange i beslutet)",
            LockedRun => "Fastställd körning",
            Locked => "fastställd",
            Decision => "Beslut",
            Corrects => "Rättar",
            Fingerprint => "Fingeravtryck",
            OkEveryFileMatches => {
                "OK: varje fil stämmer med manifestet och varje utdatafil med en ny beräkning, byte för byte."
            }
            Mismatch => "avvikelse",
            LockedRunDoesNot => "den fastställda körningen stämmer inte; rätta inte mot den",
            // cli
            BuiltWithoutTheDesktop => "Byggd utan skrivbordsprogrammet: använd kvalitetspeng calc",
            Rows => "rader",
            CalcNeedsRulesAnd => "calc behöver --rules och --results",
            Warning => "varning",
            Service => "Verksamhet",
            Regi => "Regi",
            Volume => "Volym",
            ScorePercent => "Poäng %",
            Total2 => "Summa",
            GrandTotal => "Summa totalt",
            Credit => "måluppfyllelse",
            Points => "procentenheter",
            // the explanation
            PayoutKr => "kvalitetspeng_kr",
            GrossKr => "kvalitetspeng_kr",
            WithheldKr => "innehållet_kr",
            DeductionsKr => "avdrag_kr",
            NetKr => "netto_kr",
            PaidSoFarKr => "utbetalt_hittills_kr",
            SettlementKr => "avräkning_kr",
            PayoutKr2 => "Kvalitetspeng (kr)",
            KvalitetspengKr => "Kvalitetspeng (kr)",
            WithheldKr2 => "Innehållet (kr)",
            DeductionsKr2 => "Avdrag (kr)",
            NetKr2 => "Netto (kr)",
            PaidSoFarKr2 => "Utbetalt hittills (kr)",
            SettlementKr2 => "Avräkning (kr)",
            Score => "poäng",
            Qualifies => "kvalificerad",
            NoScore => "ingen poäng",
            NotAllIndicatorsMet => "alla indikatorer ej uppnådda",
            Fallback => "reservregel",
            WithheldOrdinaryCompensationMissing => "innehållet, ordinarie ersättning saknas",
            Withheld => "innehållet",
            Deduction => "avdrag",
            Floor => "golv",
            FloorAtZeroThe => "golv vid noll: nettot blir inte negativt",
            OrdinaryCompensationMissing0 => "ordinarie ersättning saknas: 0,00 kr",
            FallbackButLastPeriods => "reservregel, men förra periodens belopp saknas: 0,00 kr",
            Missing => "saknas",
            ResultMissing => "resultat saknas",
            NoPeerResults => "inga jämförbara resultat",
            LeftOutOtherWeights => "utelämnas, övriga vikter räknas om",
            FallbackRuleApplies => "reservregeln gäller",
            Gives0Percent => "ger 0 %",
            // the rules in prose
            AtLeast => "minst",
            AtMost => "högst",
            OrLower => "eller lägre",
            OrHigher => "eller högre",
            OfThePeersResults => "av jämförbara utförares resultat",
            GiveNoCreditBut => "ger ingen poäng men behåller sin vikt",
            DoNotCountThe => "räknas inte; övriga vikter räknas då om",
            EveryIndicatorMustBe => {
                "Alla indikatorer måste vara uppnådda (full poäng) för att få kvalitetspeng."
            }
            NetNeverGoesBelow => "Nettot blir aldrig negativt (golv vid noll).",
            // names of the results' kinds
            HomeCare => "Hemtjänst",
            NursingHome => "Särskilt boende",
            Municipal => "Egen regi",
            Private => "Privat",
            // names of the rules' kinds
            PointEstimate => "punktskattningen",
            LowerBoundPayOnly => "nedre gränsen (betala bara när det är säkert)",
            UpperBoundPayOnly => "övre gränsen (betala bara när det är säkert)",
            LowerBoundBenefitOf => "nedre gränsen (tvivlets fördel)",
            UpperBoundBenefitOf => "övre gränsen (tvivlets fördel)",
            Percent => "procent",
            Count => "antal",
            HigherIsBetter => "högre är bättre",
            LowerIsBetter => "lägre är bättre",
            ThresholdPassFail => "Tröskel (uppnått/ej)",
            Steps => "Steg",
            LinearBetweenLevels => "Linjär mellan nivåer",
            RelativeToPeers => "Relativ mot jämförbara",
            AchievementOrImprovement => "Nivå eller förbättring",
            MeanOfTopDecile => "medel av bästa tiondelen",
            Mean => "medelvärdet",
            ZeroCredit => "Noll måluppfyllelse för saknade",
            LeaveOutAndRe => "Utelämna och räkna om vikterna",
            PerformedHours => "utförda timmar",
            OccupiedBedDays => "belagda dygn",
            Places => "platser",
            H => "tim",
            BedDays => "dygn",
            Places2 => "pl.",
            Hour => "timme",
            BedDay => "belagt dygn",
            Place => "plats",
            FixedPotShared => "Fast pott som delas",
            KronorPerVolumeUnit => "Kronor per volymenhet",
            PercentOfOrdinaryCompensation => "Procent av ordinarie ersättning",
            WithholdAndPayBack => "Innehållande och återbetalning (bonus/malus)",
            EqualParts => "lika delar",
            ByScore => "efter poäng",
            ByVolume => "efter volym",
            ByScoreVolume => "efter poäng × volym",
            // problems in a rule set
            RuleSetHasNo => "regeluppsättningen har ingen ersättningsmodell",
            ServiceTypeHasMore => "verksamheten har mer än en ersättningsmodell",
            SchemeHasNoIndicators => "modellen har inga indikatorer",
            IndicatorHasNoId => "indikatorn saknar id",
            IdIsUsedBy => "id:t används av mer än en indikator",
            IndicatorHasNoName => "indikatorn saknar namn",
            WeightMustNotBe => "vikten får inte vara negativ",
            StepsScoringHasNo => "stegmodellen har inga steg",
            HarderStepMustGive => "ett svårare steg måste ge minst lika mycket som ett lättare",
            StartLevelMustBe => "startnivån måste vara en lägre percentil än nivån för full poäng",
            ThresholdMustBeWorse => {
                "tröskeln måste vara sämre än riktmärket i indikatorns riktning"
            }
            BaselinePeriodMustNot => "basperioden får inte överlappa beräkningsperioden",
            PotMustBeMore => "potten måste vara större än 0 kr",
            PotHasNoSharing => {
                "potten saknar fördelningsnyckel (lika, poäng, volym eller poäng × volym)"
            }
            AmountPerVolumeUnit => "beloppet per volymenhet får inte vara negativt",
            PercentageMustBeBetween => "procentsatsen ska ligga mellan 0 och 100",
            CapMustNotBe => "taket får inte vara negativt",
            MinimumScoreMustBe => "lägsta poäng ska ligga mellan 0 och 100 %",
            FallbackShareMustBe => "reservandelen ska ligga mellan 0 och 100 %",
            MinimumOf0Respondents => {
                "minsta antal svarande 0 betyder ingen gräns: lämna fältet tomt"
            }
            SchemeHasAreasGive => "modellen har områden: ange indikatorns område",
            IndicatorNamesAnArea => "indikatorn anger ett område men modellen har inga områden",
            AreaHasNoId => "området saknar id",
            TwoAreasHaveThe => "två områden har samma id",
            AreaHasNoIndicators => "ett område saknar indikatorer",
            DeductionsPercentageMustBe => "avdragets procentsats ska ligga mellan 0 och 100",
            DeductionsAmountMustBe => "avdragets belopp måste vara större än 0 kr",
            ShareWithheldMustBe => "andelen som innehålls ska ligga mellan 0 och 100 %",
            SharePaidBackMust => "andelen som betalas tillbaka ska ligga mellan 0 och 1 000 %",
            FallbackRuleShareOf => {
                "reservregeln (andel av förra periodens belopp) kan inte kombineras med innehållande; välj noll måluppfyllelse eller omräknade vikter"
            }
            ConfidenceIntervalAppliesOnly => {
                "konfidensintervallet gäller bara andelar (enheten procent)"
            }
            RuleSet => "Regeluppsättning",
            // io::error
            FileIsNotText => "filen är inte text (förväntade UTF-8, UTF-16 eller Windows-1252)",
            TextBeginsOrEnds => {
                "texten börjar eller slutar med mellanslag; ta bort dem (ett id jämförs tecken för tecken)"
            }
            FileIsEmpty => "filen är tom",
            FieldMustNotBe => "fältet får inte vara tomt",
            WorkbookIsEncryptedPassword => {
                "arbetsboken är krypterad (lösenordsskyddad); spara den utan lösenord (Arkiv › Info › Skydda arbetsbok) och försök igen"
            }
            CellHasAFormula => {
                "cellen har en formel men inget sparat resultat (filen sparades av ett program som inte räknar om); öppna och spara den i Excel, eller klistra in värden"
            }
            PostHasMoreThan => {
                "posten har mer än en totalrad (gender ”T”); det går inte att veta vilken som gäller"
            }
            QuoteIsNeverClosed => {
                "ett citattecken (\") stängs aldrig: fältet fortsätter över radslut"
            }
            KoladaDataNeedsA => {
                "Kolada-data behöver en mappningsfil (--mapping) som kopplar ou och KPI till utförare och indikatorer"
            }
            // io::export_csv
            Calculation => "beräkning",
            Ok => "ok",
            MissingInsufficient => "saknas/otillräckligt",
            // io::export_decide
            SameStatus => "oförändrad status",
            NewlyQualified => "ny kvalificerad",
            LostQualification => "förlorar kvalificering",
            OtherStatus => "annan status",
            OnlyInA => "bara i A",
            OnlyInB => "bara i B",
            TotalKr2 => "summa_kr",
            ProvidersPaid => "antal_med_utbetalning",
            Comparison => "Jämförelse",
            Sweep => "Känslighet",
            // io::export_xlsx
            Threshold => "tröskel",
            Steps2 => "steg",
            Linear => "linjär",
            Relative => "relativ",
            AchievementOrImprovement2 => "nivå eller förbättring",
            Baseline => "bas",
            ProviderId => "Utförar-id",
            ServiceType => "Verksamhet",
            VolumeUnit => "Volymenhet",
            Calculation2 => "Beräkning",
            Indicator => "Indikator",
            Name => "Namn",
            Value2 => "Värde",
            Respondents => "Antal svar",
            CreditPercent => "Måluppfyllelse %",
            WeightPercent => "Vikt %",
            EffectiveWeightPercent => "Effektiv vikt %",
            ContributionPoints => "Bidrag (procentenheter)",
            Kronor => "Kronor",
            Reason => "Motivering",
            Municipality => "Kommun",
            Period => "Period",
            Pot => "pott",
            AllMet => ", alla uppnådda",
            AllMet2 => "alla uppnådda",
            Payout => "Utbetalning",
            MissingData => "Saknade data",
            Requirement => "Krav",
            Cap => "Tak per utförare",
            Areas => "Områden",
            Deductions => "Avdrag (vite)",
            FloorAtZero => "Golv vid noll",
            Yes => "ja",
            No => "nej",
            Unit => "Enhet",
            Direction => "Riktning",
            MinRespondents => "Minsta antal svar",
            Scoring => "Poängsättning",
            Source => "Källa",
            Area => "Område",
            Uncertainty => "Osäkerhet",
            // io::locked
            Total3 => "(summa)",
            // io::report
            Rules => "Regler",
            Results => "Resultat",
            EnGb => "sv-SE",
            Summary => "Sammanfattning",
            NotPaid => "Utan kvalitetspeng:",
            Total4 => "Totalt",
            HowToReadThis => "Så läser du underlaget",
            RulesAreStatedIn => {
                "Reglerna står i klartext på nästa sida, genererade ur samma regelfil som beräkningen. Därefter följer utbetalningen per utförare och en bilaga som för varje utförare visar hur beloppet räknades, indikator för indikator; kronorna per rad summerar exakt till utförarens belopp. Alla belopp är exakta och avrundade till öre en gång, i sista steget. Sidfoten anger regelfilens och resultatfilens SHA-256: med dem och programmets version kan vem som helst räkna om och få samma belopp."
            }
            Score2 => "Poäng",
            ChartAmountPerProvider => "Diagram: belopp per utförare, störst först",
            DistributionOfThePayouts => "Fördelning av utbetalningarna",
            AppendixTheExplanationPer => "Bilaga: förklaring per utförare",
            PerProviderHowThe => {
                "Per utförare: hur beloppet räknades, och per indikator resultatet, nivån som nåddes, måluppfyllelsen, vikten och kronorna. Kronorna per rad summerar exakt till utförarens belopp."
            }
            Weight => "vikt",
            // io::rules_ron
            FileEndsTooEarly => "filen tar slut mitt i (saknas en parentes?)",
            // ui::decide
            New => "ny",
            FitToBudget => "Anpassa till budget",
            SetTheHighestRate => {
                "Sätt den högsta satsen (i hela ören eller hundradels procentenheter) som håller budgeten. Kan ångras."
            }
            DecisionSupport2 => "Beslutsstöd",
            CompareWith2 => "Jämför med",
            SavedRules => "Sparade regler",
            ShowWhatTheEdits => "Visa vad ändringarna sedan senaste sparandet gör",
            AnotherRuleFile => "Annan regelfil…",
            CompareWithEG => "Jämför med t.ex. förra årets regler",
            NoComparison => "Ingen jämförelse",
            ExportTheComparison => "Exportera jämförelsen…",
            CsvOrExcelWith => "CSV eller Excel, med verifikation (filer och SHA-256)",
            Sensitivity => "Känslighet",
            VaryOneParameterIn => {
                "Variera en parameter i steg och se kostnad och antal som får ersättning."
            }
            Parameter => "Parameter",
            Steps3 => "Antal steg",
            RunTheSweep => "Kör känslighetsanalys",
            ExportTheSweep => "Exportera känslighetsanalysen…",
            ProvidersPaid2 => "Antal som får ersättning",
            Paid2 => "får ersättning",
            Paid3 => "Får ersättning",
            RulesGetErrors => "reglerna får fel",
            // ui::detail
            ProviderIsNoLonger => "Utföraren finns inte längre i beräkningen.",
            Close => "Stäng",
            CloseTheExplanation => "Stäng förklaringen",
            Level => "nivå",
            Lower => "nedre",
            Upper => "övre",
            Benchmark => "riktmärke",
            Others => "övriga",
            ThisProvider => "denna utförare",
            Payout2 => "Kvalitetspeng",
            Kvalitetspeng => "Kvalitetspeng",
            Net => "Netto",
            PaidSoFar => "Utbetalt hittills",
            Settlement => "Avräkning",
            ToReclaim => "återkrav",
            ToPay => "att betala",
            PerArea => "Per område",
            Area2 => "område",
            CountsAs => "räknas som",
            WhollyMissing => "saknas helt",
            PerIndicator => "Per indikator",
            Credit2 => "· måluppfyllelse",
            Weight2 => "· vikt",
            Contribution => "· bidrag",
            CreditPerIndicator0 => "Måluppfyllelse per indikator (0–100 %), tjocklek = vikt",
            CreditPercent2 => "måluppfyllelse %",
            // ui::editor
            RemoveTheScheme => "Ta bort ersättningsmodellen",
            NewIndicator => "Ny indikator",
            PotKr => "Pott, kr",
            Shared => "Fördelas",
            ChooseKey => "(välj nyckel)",
            PercentOfCompensation2 => "Procent av ersättningen",
            WithheldPercentOfCompensation => "Innehålls, % av ersättningen",
            PaidBackPercentOf => "Betalas tillbaka, % av det innehållna",
            N100PercentBudgetNeutral => {
                "100 % = budgetneutralt: det som innehålls betalas tillbaka efter innehållet × poäng"
            }
            VolumeCountedIn => "Volym räknas i",
            ShareOfLastPeriods => "Andel av förra periodens belopp",
            SharePercent => "Andel, %",
            MinimumScorePercent => "lägsta poäng %",
            AllIndicatorsMet => "alla indikatorer uppnådda",
            CapPerProvider => "Tak per utförare",
            Kr => "kr",
            Budget => "Budget",
            WhatTheSchemeMay => {
                "Vad modellen får kosta: prognosen visas över tabellen och satsen kan anpassas till den. Ändrar inga belopp."
            }
            Net2 => "Nettot",
            FloorAtZero2 => "golv vid noll",
            WithholdingAndDeductionsDo => "Innehållande och avdrag gör inte beloppet negativt",
            WeightsCountInsideEach => "Vikterna räknas inom varje område (se Områden).",
            LockedSum100Percent => "Låst summa 100 %",
            WhenAWeightChanges => {
                "När en vikt ändras justeras de övriga i proportion, till hundradels procentenhet, så att summan stannar på 100 %"
            }
            NormaliseWeights => "Normalisera vikter",
            ScaleTheWeightsTo => "Skala vikterna så att de summerar till 100 %",
            MoveUp => "⬆ Flytta upp",
            Remove => "🗑 Ta bort",
            WeightPercent2 => "vikt %",
            AddIndicator => "➕ Lägg till indikator",
            ChooseArea => "(välj område)",
            WeightPercent3 => "Vikt, %",
            WeightInsideTheArea => "Vikt inom området, %",
            MinimumRespondents => "Minsta antal svar",
            Uncertainty95PercentCi => "Osäkerhet (95 % KI)",
            WhatCountsForA => {
                "Vad som räknas för en andel med antal svarande: punktskattningen, eller en gräns i Wilsons 95 % konfidensintervall"
            }
            Level2 => "Nivå",
            LowerLevel0Percent => "Nedre nivå (0 %)",
            UpperLevel100Percent => "Övre nivå (100 %)",
            LowerLevel100Percent => "Nedre nivå (100 %)",
            UpperLevel0Percent => "Övre nivå (0 %)",
            Step => "Steg",
            GivesPercent => "ger %",
            RemoveTheStep => "Ta bort steget",
            Step2 => "➕ Steg",
            N0PercentAt => "0 % vid",
            N100PercentAt => "100 % vid",
            Percentile => "percentil",
            Threshold0Points => "Tröskel (0 poäng)",
            Benchmark10Points => "Riktmärke (10 poäng)",
            BaselinePeriod => "Basperiod",
            WithoutAreasTheIndicators => {
                "Utan områden väger indikatorerna direkt i modellen. Med områden har varje område en vikt och indikatorerna vikter inom sitt område."
            }
            RemoveTheArea => "Ta bort området",
            Area3 => "➕ Område",
            DeductWhen => "Avdrag när",
            Amount => "Belopp",
            FixedAmountKr => "fast belopp, kr",
            RemoveTheDeduction => "Ta bort avdraget",
            Deduction2 => "➕ Avdrag",
            // ui::locked
            VerifiedEveryFileMatches => "· verifierad: varje fil stämmer byte för byte",
            DoesNotVerifySee => "· STÄMMER INTE: se problempanelen",
            LockTheCorrection => "Fastställ rättelsen",
            LockTheRun2 => "Fastställ körningen",
            ArchiveKvpHoldsThe => {
                "Arkivet (.kvp) innehåller regelfilen och resultatfilen som de lästes, utbetalningen, förklaringen och kontrollsummor. Det kan verifieras med kvalitetspeng verify om flera år."
            }
            DecisionsReferenceEG => "Beslutets referens (t.ex. ÄN 2026-03-12 §14)",
            IncludeTheDecisionReport => "Ta med beslutsunderlaget (PDF)",
            ChooseFileAndLock => "Välj fil och fastställ…",
            Cancel => "Avbryt",
            Before => "före",
            After => "efter",
            ExportTheCorrectionCsv => "Exportera rättelsen (CSV)…",
            LockTheCorrection2 => "Fastställ rättelsen…",
            NewArchiveThatNames => "Ett nytt arkiv som anger vilket det rättar",
            CorrectionCsv => "rattelse.csv",
            // ui
            RulesHaveErrorsCorrect => {
                "Reglerna har fel: rätta dem innan du exporterar (beloppen i tabellen gäller äldre regler)"
            }
            PayoutsCsv => "utbetalning.csv",
            PayoutsXlsx => "utbetalning.xlsx",
            ExplanationCsv => "forklaring.csv",
            RulesHaveErrorsCorrectThem => {
                "Reglerna har fel: rätta dem först (beloppen i tabellen gäller äldre regler)"
            }
            DecisionReportPdf2 => "beslutsunderlag.pdf",
            NoFileDialogCould => "Ingen fildialog kunde visas",
            DesktopHasNoFile => {
                "Skrivbordet har ingen tjänst för fildialoger (Linux: installera xdg-desktop-portal med en GTK- eller KDE-del, eller zenity). Skriv filens sökväg här i stället:"
            }
            Path => "Sökväg",
            Ok2 => "OK",
            UntitledRon => "namnlös.ron",
            File => "Arkiv",
            RecentRuleFiles => "Senaste regelfiler",
            None => "(inga)",
            RecentResultsFiles => "Senaste resultatfiler",
            Edit => "Redigera",
            Decide => "Beslut",
            Help => "Hjälp",
            AboutKvalitetspeng => "Om Kvalitetspeng",
            View => "Visa",
            Language => "Språk",
            Theme => "Tema",
            FollowTheSystem => "Som systemet",
            Light => "Ljust",
            Dark => "Mörkt",
            NewRuleSet => "Ny regeluppsättning",
            Period2 => "period",
            Rules2 => "Regler:",
            Results2 => "Resultat:",
            Providers => "utförare",
            Values => "värden",
            Service2 => "Verksamhet:",
            All => "Alla",
            Regi2 => "Regi:",
            SearchProviders => "Sök utförare…",
            UnsavedChanges => "Osparade ändringar",
            Save => "Spara",
            DontSave => "Spara inte",
            ChooseASheet => "Välj blad",
            FileHasChanged => "Filen har ändrats",
            Overwrite => "Skriv över",
            ExactCalculationAndExplanation => {
                "Exakt beräkning och förklaring av kvalitetspeng för hemtjänst och särskilt boende."
            }
            Graphics => "Grafik",
            Unknown => "(okänd)",
            RuleFormat => "Regelformat",
            SourceCommit => "Källkod (commit)",
            ProgramFileSha256 => "Programfilens SHA-256",
            OpenLogFolder => "Öppna loggmappen",
            RestoreUnsavedChanges => "Återställ osparade ändringar?",
            File2 => "Fil",
            ChangesKeptAt => "Ändringarna sparades",
            RestoreOpensThemAs => {
                "Återställ öppnar dem som osparade ändringar i den filen (inte i den som är öppen nu)."
            }
            Restore => "Återställ",
            DiscardTheChanges => "Kasta ändringarna",
            RulesCloseTheExplanation => "Regler: stäng förklaringen för att visa regelredigeraren",
            // ui::problems
            ShowTheProblemsPanel => "Visa problempanelen",
            DropARonOr => "Dra en .ron- eller .csv-fil hit för att öppna den",
            NoProblemsTheRules => {
                "· inga problem: reglerna är giltiga och alla resultat kunde användas"
            }
            ClearFileErrors => "Rensa filfel",
            Hide => "Dölj",
            HideThePanel => "Dölj panelen",
            ChangesAmounts => "[påverkar belopp]",
            // ui::table
            NoCalculationYet => "Ingen beräkning ännu",
            AddASchemeWith => {
                "Lägg till en ersättningsmodell med indikatorer i regelredigeraren till vänster, eller öppna en regelfil (Ctrl+O)."
            }
            NoProviders => "Inga utförare",
            ImportTheProvidersResults => {
                "Importera utförarnas resultat (Arkiv › Importera resultat, Ctrl+I) eller dra en CSV-fil till fönstret."
            }
            VsComparison => "Δ mot jämförelse",
            Withheld2 => "Innehållet",
            Deductions2 => "Avdrag",
            // ui::widgets
            EnterANumberE => "Skriv ett tal, t.ex. 12,5",
            // io::report (2)
            Net3 => "netto",
            // io::locked (2)
            En2 => "sv",
            CouldNotOpenTheRuleFile => "Kunde inte öppna regelfilen",
            CouldNotSave => "Kunde inte spara",
            CouldNotExport => "Kunde inte exportera",
            CouldNotOpenTheRuleFileToCompare => "Kunde inte öppna regelfilen att jämföra med",
            SpaceInsideTheArea => " inom området",
            // ui (file dialogs)
            RuleFileRon => "Regelfil (RON)",
            ResultsCsvExcelKolada => "Resultat (CSV, Excel, Kolada)",
            ChooseKoladaMapping => "Välj Kolada-mappning (.ron)",
            KoladaMappingRon => "Kolada-mappning (RON)",
            LockedRunKvp => "Fastställd körning (KVP)",
            RulesRon => "regler.ron",
            LockedKvp => "fastställd.kvp",
        }
    }

    fn number(&self, d: Decimal, dp: Option<u32>) -> String {
        format_number(d, dp, true)
    }

    fn number_error(&self, e: &ParseNumberError) -> String {
        match e {
            ParseNumberError::Empty => "tomt värde".into(),
            ParseNumberError::NotANumber(s) => format!("”{s}” är inte ett tal"),
            ParseNumberError::Ambiguous(s) => format!("”{s}” är tvetydigt: både punkt och komma"),
            ParseNumberError::TooLarge(s) => format!("”{s}” är för stort"),
        }
    }

    fn period_error(&self, e: &PeriodError) -> String {
        format!(
            "”{}” är ingen period (förväntat ÅÅÅÅ, ÅÅÅÅ-H1, ÅÅÅÅ-Q1 eller ÅÅÅÅ-MM)",
            e.0
        )
    }

    fn problem(&self, m: &ProblemMsg) -> String {
        let n = |d: &Decimal| self.number(*d, None);
        use ProblemMsg::*;
        match m {
            NewerFormat { found } => format!(
                "regelfilen har format {found}, den här versionen läser format {FORMAT_VERSION}: uppdatera programmet"
            ),
            BadPeriod { text } => {
                format!("”{text}” är ingen period (ÅÅÅÅ, ÅÅÅÅ-H1, ÅÅÅÅ-Q1 eller ÅÅÅÅ-MM)")
            }
            NoSchemes => self.word(Word::RuleSetHasNo).into(),
            DuplicateScheme => self.word(Word::ServiceTypeHasMore).into(),
            NoIndicators => self.word(Word::SchemeHasNoIndicators).into(),
            EmptyId => self.word(Word::IndicatorHasNoId).into(),
            DuplicateId => self.word(Word::IdIsUsedBy).into(),
            EmptyName => self.word(Word::IndicatorHasNoName).into(),
            NegativeWeight => self.word(Word::WeightMustNotBe).into(),
            WeightsNotHundred { sum } => {
                format!("vikterna summerar till {} %, ska vara 100 %", n(sum))
            }
            LowerAboveUpper { lower, upper } => format!(
                "nedre nivån {} måste vara lägre än övre nivån {}",
                n(lower),
                n(upper)
            ),
            BadText(TextProblem::BadCharacter { code, position }) => {
                format!(
                    "otillåtet tecken U+{code:04X} på plats {position} (styrtecken, osynligt tecken eller annat mellanslag än vanligt); ta bort det"
                )
            }
            BadText(TextProblem::TooLong { length, limit }) => {
                format!("texten är {length} tecken lång; högst {limit} tecken är tillåtna")
            }
            NotWholeOre { value } => format!(
                "beloppet {} har delar av ett öre; ange det i hela ören (högst två decimaler)",
                n(value)
            ),
            OutOfBounds { value, max } => format!(
                "{} ligger utanför det tillåtna intervallet (högst {} till beloppet)",
                n(value),
                n(max)
            ),
            PercentOutOfRange { value } => {
                format!("nivån {} ligger utanför 0–100 %", n(value))
            }
            NoSteps => self.word(Word::StepsScoringHasNo).into(),
            StepCreditOutOfRange { credit } => {
                format!(
                    "stegets måluppfyllelse {} % ligger utanför 0–100 %",
                    n(credit)
                )
            }
            StepCreditsNotRising => self.word(Word::HarderStepMustGive).into(),
            DuplicateStepLevel { level } => {
                format!("nivån {} finns i mer än ett steg", n(level))
            }
            PercentileOutOfRange { value } => {
                format!("percentilen {} ligger utanför 0–100", n(value))
            }
            RelativeStartNotBelowFull => self.word(Word::StartLevelMustBe).into(),
            ThresholdNotWorseThanBenchmark => self.word(Word::ThresholdMustBeWorse).into(),
            BadBaselinePeriod { text } => format!(
                "basperioden ”{text}” är ingen period (ÅÅÅÅ, ÅÅÅÅ-H1, ÅÅÅÅ-Q1 eller ÅÅÅÅ-MM)"
            ),
            BaselineIsPeriod => self.word(Word::BaselinePeriodMustNot).into(),
            PotNotPositive => self.word(Word::PotMustBeMore).into(),
            PotWithoutKey => self.word(Word::PotHasNoSharing).into(),
            NegativeRate => self.word(Word::AmountPerVolumeUnit).into(),
            CompensationPercentOutOfRange => self.word(Word::PercentageMustBeBetween).into(),
            NegativeCap => self.word(Word::CapMustNotBe).into(),
            MinScoreOutOfRange => self.word(Word::MinimumScoreMustBe).into(),
            FallbackOutOfRange => self.word(Word::FallbackShareMustBe).into(),
            ZeroMinRespondents => self.word(Word::MinimumOf0Respondents).into(),
            UnknownArea { id } => {
                format!("området ”{id}” finns inte i modellen")
            }
            NoArea => self.word(Word::SchemeHasAreasGive).into(),
            AreaWithoutAreas => self.word(Word::IndicatorNamesAnArea).into(),
            EmptyAreaId => self.word(Word::AreaHasNoId).into(),
            DuplicateArea => self.word(Word::TwoAreasHaveThe).into(),
            AreaWithoutIndicators => self.word(Word::AreaHasNoIndicators).into(),
            AreaWeightsNotHundred { sum } => {
                format!(
                    "områdenas vikter summerar till {} %, ska vara 100 %",
                    n(sum)
                )
            }
            WeightsInAreaNotHundred { area, sum } => format!(
                "vikterna inom området ”{area}” summerar till {} %, ska vara 100 %",
                n(sum)
            ),
            DeductionUnknownIndicator { id } => {
                format!("avdraget gäller indikatorn ”{id}”, som inte finns i modellen")
            }
            DeductionPercentOutOfRange => self.word(Word::DeductionsPercentageMustBe).into(),
            DeductionNotPositive => self.word(Word::DeductionsAmountMustBe).into(),
            WithholdPercentOutOfRange => self.word(Word::ShareWithheldMustBe).into(),
            PaybackPercentOutOfRange => self.word(Word::SharePaidBackMust).into(),
            FallbackWithWithhold => self.word(Word::FallbackRuleShareOf).into(),
            TooMany { what, found, limit } => format!(
                "{found} {}, högst {limit} är tillåtna",
                match what {
                    Counted::Indicators => "indikatorer",
                    Counted::Steps => "steg",
                    Counted::Areas => "områden",
                    Counted::Deductions => "avdrag",
                }
            ),
            UncertaintyNeedsShare => self.word(Word::ConfidenceIntervalAppliesOnly).into(),
        }
    }

    fn param_error(&self, e: &ParamError) -> String {
        match e {
            ParamError::Syntax { path } => format!(
                "parametern ”{path}” går inte att läsa; skriv t.ex. hemtjanst.rate, hemtjanst.ht_helhet.level eller sabo.sb_smarta.weight"
            ),
            ParamError::NoScheme { path } => {
                format!(
                    "parametern ”{path}”: reglerna har ingen ersättningsmodell för den verksamheten"
                )
            }
            ParamError::NoIndicator { path, id } => {
                format!(
                    "parametern ”{path}”: indikatorn ”{id}” finns inte i den ersättningsmodellen"
                )
            }
            ParamError::NotForScoring { path } => {
                format!("parametern ”{path}” finns inte för indikatorns poängsättning")
            }
            ParamError::BadValue { path, value } => {
                format!("värdet {value} går inte att använda för ”{path}”")
            }
        }
    }

    fn solve_error(&self, e: &SolveError) -> String {
        let kr = |d: &Decimal| self.number(*d, Some(2));
        match e {
                SolveError::NoScheme(st) => {
                    format!("reglerna har ingen ersättningsmodell för {}", st.label(LANG))
                }
                SolveError::Invalid(p) => format!(
                    "reglerna har fel: {}",
                    p.iter().map(|p| p.text(LANG)).collect::<Vec<_>>().join("; ")
                ),
                SolveError::Param(p) => p.text(LANG),
                SolveError::Pot => "modellen betalar ur en pott: summan är potten, det finns ingen sats att räkna fram (ändra pottens belopp i stället)".into(),
                SolveError::Withhold => "modellen innehåller och betalar tillbaka: summan är den andel av det innehållna som betalas tillbaka, det finns ingen sats att räkna fram".into(),
                SolveError::NegativeBudget(b) => format!("budgeten får inte vara negativ, fick {}", kr(b)),
                SolveError::BelowFixed { fixed } => format!(
                    "redan reservregelns belopp ({} kr) är över budgeten, oavsett sats",
                    kr(fixed)
                ),
                SolveError::NothingToScale => "ingen utförares belopp beror på satsen (ingen kvalificerar sig, eller volymen/ersättningen är noll)".into(),
                SolveError::AboveHighestRate { rate, total } => format!(
                    "även den högsta tillåtna satsen ({}) ger bara {} kr, inom budgeten",
                    self.number(*rate, None),
                    kr(total)
                ),
                SolveError::Unbounded { total } => format!(
                    "alla utförare når taket: summan blir högst {} kr och håller budgeten vid vilken sats som helst",
                    kr(total)
                ),
        }
    }

    fn sweep_error(&self, e: &SweepError) -> String {
        match e {
            SweepError::Param(p) => p.text(LANG),
            SweepError::Steps { steps } => {
                format!("antalet steg måste vara 2–{MAX_STEPS}, fick {steps}")
            }
            SweepError::Range => "från och till måste vara olika".into(),
        }
    }

    fn warning(&self, e: &Warning) -> String {
        let n2 = |d: &Decimal| self.number(*d, Some(2));
        match e {
            Warning::UnknownIndicator {
                id,
                rows,
                first_line,
            } => format!(
                "indikatorn ”{id}” finns inte i reglerna: {rows} rader ignoreras (första på rad {first_line})"
            ),

            Warning::NoScheme {
                provider_id,
                service_type,
            } => format!(
                "utföraren {provider_id} ({}) har ingen ersättningsmodell i reglerna och får inget",
                service_type.label(LANG)
            ),
            Warning::NoResultsInPeriod { period } => {
                format!("inga resultat för perioden {period}")
            }
            Warning::MissingCompensation { provider_id } => {
                format!("utföraren {provider_id} saknar ordinarie ersättning: får 0 kr")
            }
            Warning::MissingPreviousPayout { provider_id } => format!(
                "utföraren {provider_id} saknar förra periodens belopp: reservregeln ger 0 kr"
            ),

            Warning::ValueOutOfRange {
                provider_id,
                indicator_id,
                value,
                line,
            } => format!(
                "rad {line}: {provider_id} / {indicator_id}: värdet {} är orimligt och räknas som saknat",
                num(value, 4, LANG)
            ),

            Warning::PotNotFullyPaid {
                service_type,
                unpaid,
            } => format!(
                "{}: {} kr av potten betalas inte ut (ingen kvalificerad eller alla når taket)",
                service_type.label(LANG),
                n2(unpaid)
            ),
            Warning::FallbackExceedsPot { service_type } => format!(
                "{}: reservbeloppen är större än potten och har skalats ned",
                service_type.label(LANG)
            ),

            Warning::IntervalStraddlesLevel {
                service_type,
                indicator_id,
                level,
                count,
                providers,
            } => {
                let mut list = providers.join(", ");
                if *count > providers.len() {
                    list.push_str(&format!(" och {} till", count - providers.len()));
                }
                let l = self.number(*level, None);
                format!(
                    "{} / {indicator_id}: {count} utförare har ett 95 % konfidensintervall som omsluter nivån {l}, så slumpen i urvalet avgör vilken sida de hamnar på: {list}",
                    service_type.label(LANG),
                )
            }
            Warning::DeductionWithoutCompensation { provider_id } => format!(
                "utföraren {provider_id} saknar ordinarie ersättning: avdraget i procent blir 0 kr"
            ),
        }
    }

    fn payout_status(&self, e: &PayoutStatus) -> String {
        let n = |d: &Decimal| self.number(*d, None);
        match e {
            PayoutStatus::Paid => self.word(Word::Qualifies).into(),
            PayoutStatus::ZeroScore => self.word(Word::NoScore).into(),
            PayoutStatus::BelowMinimumScore { min_percent } => {
                format!("under lägsta poäng {} %", n(min_percent))
            }
            PayoutStatus::NotAllIndicatorsMet => self.word(Word::NotAllIndicatorsMet).into(),
            PayoutStatus::Fallback { percent, .. } => {
                format!("reservregel: {} % av förra periodens belopp", n(percent))
            }
        }
    }

    fn scheme_basis(&self, e: &SchemeBasis, unit: VolumeUnit) -> String {
        let n2 = |d: &Decimal| self.number(*d, Some(2));
        let n = |d: &Decimal| self.number(*d, None);
        match e {
            SchemeBasis::Pot { amount, key } => {
                format!("pott {} kr, {}", n2(amount), key.label(LANG))
            }
            SchemeBasis::PerVolumeUnit { kr_per_unit } => {
                format!(
                    "{} kr per {} × {}",
                    n2(kr_per_unit),
                    unit.singular(LANG),
                    self.word(Word::Score)
                )
            }
            SchemeBasis::PercentOfCompensation { percent } => {
                format!("{} % av ordinarie ersättning × poäng", n(percent))
            }

            SchemeBasis::Withhold {
                withhold_percent,
                payback_percent,
            } => format!(
                "{} % av ordinarie ersättning innehålls, {} % betalas tillbaka efter innehållet × poäng",
                n(withhold_percent),
                n(payback_percent)
            ),
        }
    }

    fn adjustments(&self, e: &SchemeSummary) -> String {
        let kr = |d: &Decimal| format!("{} kr", self.number(*d, Some(2)));
        format!(
            "kvalitetspeng {} − innehållet {} − avdrag {}",
            kr(&e.gross_total),
            kr(&e.withheld_total),
            kr(&e.deducted_total)
        )
    }

    fn withheld_row(&self, withhold_percent: &Decimal, compensation: &Option<Decimal>) -> String {
        let n2 = |d: &Decimal| self.number(*d, Some(2));
        let n = |d: &Decimal| self.number(*d, None);
        match compensation {
            Some(c) => format!(
                "innehållet, {} % av ordinarie ersättning {} kr",
                n(withhold_percent),
                n2(c)
            ),
            None => LANG
                .word(Word::WithheldOrdinaryCompensationMissing)
                .to_string(),
        }
    }

    fn payout_basis(&self, e: &ProviderResult) -> String {
        let n2 = |d: &Decimal| self.number(*d, Some(2));
        let n = |d: &Decimal| self.number(round_display(*d, 4).normalize(), None);
        let score = score_text(&e.score, LANG);
        let unit = e.volume_unit.singular(LANG);
        let gross = &e.gross;
        match &e.basis {
            ProviderBasis::None => {
                format!("{}: {} kr", e.status.text(LANG), n2(&Decimal::ZERO))
            }

            ProviderBasis::Withhold {
                payback,
                weight,
                total_weight,
                ..
            } => format!(
                "återbetalning: andel {} av {} (innehållet × poäng) av {} kr = {} kr",
                exact_text(weight, LANG),
                exact_text(total_weight, LANG),
                n2(payback),
                n2(gross)
            ),
            ProviderBasis::PerVolumeUnit { kr_per_unit } => format!(
                "poäng {score} × {} kr per {unit} × {} = {} kr",
                n2(kr_per_unit),
                n(&e.volume),
                n2(gross)
            ),

            ProviderBasis::PercentOfCompensation {
                percent,
                compensation,
            } => match compensation {
                Some(c) => format!(
                    "{} {score} × {} % × {} kr = {} kr",
                    self.word(Word::Score),
                    n(percent),
                    n2(c),
                    n2(gross)
                ),
                None => self.word(Word::OrdinaryCompensationMissing0).into(),
            },

            ProviderBasis::Pot {
                shared,
                key,
                weight,
                total_weight,
                ..
            } => format!(
                "andel {} av {} ({}) av {} kr = {} kr",
                exact_text(weight, LANG),
                exact_text(total_weight, LANG),
                key.label(LANG),
                n2(shared),
                n2(gross)
            ),

            ProviderBasis::Fallback {
                percent,
                previous_payout,
            } => match previous_payout {
                Some(p) => format!(
                    "{}: {} % × {} kr = {} kr",
                    self.word(Word::Fallback),
                    n(percent),
                    n2(p),
                    n2(gross)
                ),
                None => self.word(Word::FallbackButLastPeriods).into(),
            },
        }
    }

    fn capped(&self, cap: &Decimal) -> String {
        let n2 = |d: &Decimal| self.number(*d, Some(2));
        format!(" (begränsat av taket {} kr)", n2(cap))
    }

    fn net_note(&self, net: &Decimal) -> String {
        let n2 = |d: &Decimal| self.number(*d, Some(2));
        format!("; netto {} kr", n2(net))
    }

    fn deduction_amount(&self, rule: &DeductionAmount) -> String {
        let n = |d: &Decimal| self.number(*d, None);
        match rule {
            DeductionAmount::PercentOfCompensation(p) => {
                format!("{} % av ordinarie ersättning", n(p))
            }
            DeductionAmount::Fixed(a) => {
                format!("{} kr", self.number(*a, Some(2)))
            }
        }
    }

    fn deduction(&self, e: &DeductionResult, value: &str) -> String {
        let level = self.number(e.level, None);
        let rule = self.deduction_amount(&e.amount_rule);
        if e.applied {
            format!(
                "avdrag (vite): {} {value} {} {}: {rule}",
                e.indicator_name,
                e.direction.worse_sign(),
                level
            )
        } else {
            format!(
                "inget avdrag: {} {value}, avdrag om sämre än {}",
                e.indicator_name, level
            )
        }
    }

    fn interval(&self, lo: Decimal, hi: Decimal, respondents: u32) -> String {
        let f = |d: Decimal| self.number(d, Some(2));
        format!("95 % KI {}–{} %, n = {respondents}", f(lo), f(hi))
    }

    fn interval_end_counts(&self, e: super::IntervalEnd<'_>) -> String {
        let which = if e.lower {
            "nedre gränsen"
        } else {
            "övre gränsen"
        };
        let exactness = if e.exact {
            "jämförd exakt".to_string()
        } else {
            format!(
                "räknad på {} decimaler",
                crate::domain::survey::SCORED_END_DECIMALS
            )
        };
        format!(
            "{} % ({}); {which} {} % räknas ({exactness}): {}",
            e.point,
            e.interval,
            self.number(e.end, Some(2)),
            e.base
        )
    }

    fn respondents_missing_counts(&self, u: Uncertainty, base: &str) -> String {
        match u {
            Uncertainty::BenefitOfDoubt => {
                format!("antal svarande saknas, så punktskattningen räknas: {base}")
            }
            _ => format!("antal svarande saknas, så intervallets sämsta gräns räknas: {base}"),
        }
    }

    fn data_status(&self, status: DataStatus, respondents: Option<u32>, v: &str) -> Option<String> {
        match status {
            DataStatus::Ok => None,
            DataStatus::Missing => Some(self.word(Word::ResultMissing).to_string()),
            DataStatus::TooFewRespondents { min } => Some(format!(
                "{} svarande, minst {min} krävs",
                respondents.unwrap_or(0)
            )),
            DataStatus::RespondentsUnknown { min } => {
                Some(format!("antal svarande saknas, minst {min} krävs"))
            }
            DataStatus::OutOfRange => {
                Some(format!("värdet {v} ligger utanför det möjliga intervallet"))
            }
            DataStatus::NoPeers => Some(self.word(Word::NoPeerResults).to_string()),
        }
    }

    fn how(&self, how: &scorers::How, v: &str, credit: &Q, dir: Direction) -> String {
        let n = |q: &Q| num(q, 2, LANG);
        let d = |d: &Decimal| num(&(*d).into(), 2, LANG);
        let sign = dir.at_or_beyond_sign();
        match how {
            scorers::How::Threshold(h) => {
                let l = d(&h.level);
                if h.met {
                    format!("{v} {sign} {l}: uppnått")
                } else {
                    format!("{v} {} {l}: ej uppnått", dir.worse_sign())
                }
            }
            scorers::How::Steps(h) => {
                let mut s = match &h.reached {
                    Some(r) => format!(
                        "{v} {sign} {}: steget ger {} %",
                        d(&r.level),
                        d(&r.credit_percent)
                    ),
                    None => format!("{v}: inget steg nått"),
                };
                if let Some(nx) = &h.next {
                    s.push_str(&format!(
                        " (nästa steg {} ger {} %)",
                        d(&nx.level),
                        d(&nx.credit_percent)
                    ));
                }
                s
            }
            scorers::How::Linear(h) => {
                self.between(v, &h.zero_at.into(), &h.full_at.into(), credit, dir)
            }
            scorers::How::Relative(h) => format!(
                "{}; nivåerna från {} jämförbara utförare",
                self.between(v, &h.zero_at, &h.full_at, credit, dir),
                h.peers
            ),
            scorers::How::AchievementOrImprovement(h) => {
                let pts = |q: &Q| self.number(q.round_dp(2), Some(2));
                let a = pts(&h.achievement_points);
                match (&h.improvement_points, &h.baseline) {
                    (Some(i), Some(b)) => format!(
                        "nivåpoäng {a} av 10, förbättringspoäng {} av 9 (från {}); den högsta räknas",
                        pts(i),
                        n(b)
                    ),
                    (None, Some(b)) => {
                        format!(
                            "nivåpoäng {a} av 10; basvärdet {} når redan riktmärket",
                            n(b)
                        )
                    }
                    (_, None) => format!("nivåpoäng {a} av 10; inget basvärde för förbättring"),
                }
            }
        }
    }

    fn percentile(&self, p: Decimal) -> String {
        format!("{}:e percentilen", self.number(p, None))
    }

    fn fallback_share(&self, percent: Decimal) -> String {
        format!("{} % av förra periodens belopp", self.number(percent, None))
    }

    fn indicator_location(&self, id: &str) -> String {
        format!("indikator ”{id}”")
    }

    fn prose_min_score(&self, m: Decimal) -> String {
        format!(
            "Minst {} % poäng krävs för att få kvalitetspeng.",
            n(m, LANG)
        )
    }

    fn prose_threshold(&self, l: &Decimal, u: Unit, dir: Direction) -> String {
        format!(
            "Full poäng vid {} {}, annars ingen poäng.",
            at_least(dir, LANG),
            level(*l, u, LANG)
        )
    }

    fn prose_step(&self, s: &Step, u: Unit, dir: Direction) -> String {
        format!(
            "{} {} ger {} %",
            at_least(dir, LANG),
            level(s.level, u, LANG),
            n(s.credit_percent, LANG)
        )
    }

    fn prose_steps(&self, s: &str) -> String {
        format!("{s} av poängen; det högsta steget som nås räknas.")
    }

    fn prose_linear(&self, full: Decimal, zero: Decimal, u: Unit, dir: Direction) -> String {
        format!(
            "Full poäng vid {} {}, ingen poäng vid {} {}, linjärt däremellan.",
            at_least(dir, LANG),
            level(full, u, LANG),
            level(zero, u, LANG),
            or_worse(dir, LANG)
        )
    }

    fn prose_relative(&self, start: &PeerLevel, full: &PeerLevel) -> String {
        format!(
            "Ingen poäng vid {}, full poäng vid {}, linjärt däremellan (nivåerna räknas fram ur periodens resultat).",
            peer_level(start, LANG),
            peer_level(full, LANG)
        )
    }

    fn prose_achievement(
        &self,
        threshold: &Decimal,
        benchmark: &Decimal,
        baseline_period: &str,
        u: Unit,
    ) -> String {
        format!(
            "Det bästa av nivåpoäng (0 vid {}, 10 vid {}) och förbättringspoäng (0–9 från utförarens eget resultat {baseline_period} upp till {}) räknas, som andel av 10.",
            level(*threshold, u, LANG),
            level(*benchmark, u, LANG),
            level(*benchmark, u, LANG)
        )
    }

    fn prose_fallback_share(&self, p: &Decimal) -> String {
        format!(
            "gör att utföraren i stället får {} % av förra periodens belopp",
            n(*p, LANG)
        )
    }

    fn prose_interval_end(&self, lower: bool) -> &'static str {
        match lower {
            true => "nedre gräns",
            false => "övre gräns",
        }
    }

    fn prose_uncertainty(&self, ind: &Indicator, which: &str) -> Option<String> {
        match ind.uncertainty {
            Uncertainty::Estimate => None,
            Uncertainty::Cautious => Some(format!(
                "Resultatet räknas på konfidensintervallets {which} (Wilson, 95 %): nivån ska vara säkert nådd, inte bara i punktskattningen."
            )),
            Uncertainty::BenefitOfDoubt => Some(format!(
                "Resultatet räknas på konfidensintervallets {which} (Wilson, 95 %): utföraren får tvivlets fördel."
            )),
        }
    }

    fn prose_weight(&self, ind: &Indicator, area: Option<&Area>) -> String {
        match area {
            None => format!("{} väger {} %.", ind.name, n(ind.weight, LANG)),
            Some(a) => format!(
                "{} väger {} % inom området {}.",
                ind.name,
                n(ind.weight, LANG),
                a.name
            ),
        }
    }

    fn prose_min_respondents(&self, min: u32, policy: &MissingDataPolicy) -> String {
        format!(
            " Resultat med färre än {min} svar {}.",
            missing_consequence(policy, LANG)
        )
    }

    fn prose_payout(&self, s: &Scheme, unit: VolumeUnit) -> String {
        match &s.payout {
            PayoutBase::Pot { amount, key } => format!(
                "En pott på {} delas mellan de utförare som kvalificerar sig, {} ({}). Delarna avrundas till öre så att de summerar exakt till potten.",
                kr(*amount, LANG),
                key.map_or("", |k| k.label(LANG)),
                unit.label(LANG)
            ),
            PayoutBase::PerVolumeUnit { kr_per_unit } => format!(
                "Full poäng ger {} per {}; utföraren får sin poäng × beloppet × sina {}.",
                kr(*kr_per_unit, LANG),
                unit.singular(LANG),
                unit.label(LANG)
            ),
            PayoutBase::PercentOfCompensation { percent } => format!(
                "Full poäng ger {} % av den ordinarie ersättningen; utföraren får sin poäng × det.",
                n(*percent, LANG)
            ),

            PayoutBase::Withhold {
                withhold_percent,
                payback_percent,
            } => format!(
                "{} % av varje utförares ordinarie ersättning innehålls. {} % av allt som innehålls betalas tillbaka till de utförare som kvalificerar sig, i proportion till innehållet × poäng{}. Nettot kan bli negativt.",
                n(*withhold_percent, LANG),
                n(*payback_percent, LANG),
                if *payback_percent == Decimal::ONE_HUNDRED {
                    " (budgetneutralt: summan av nettot är noll)"
                } else {
                    ""
                }
            ),
        }
    }

    fn prose_cap(&self, c: Decimal) -> String {
        format!("Ingen utförare får mer än {}.", kr(c, LANG))
    }

    fn prose_missing(&self, s: &Scheme) -> String {
        format!(
            "Resultat som saknas eller är orimliga {}.",
            missing_consequence(&s.missing_data, LANG)
        )
    }

    fn prose_areas(&self, list: &[String], s: &Scheme) -> String {
        format!(
            "Indikatorerna är grupperade i områden med egna vikter: {}. En indikators vikt gäller inom dess område.{}",
            list.join(", "),
            if s.missing_data == MissingDataPolicy::Renormalize {
                " Saknas alla resultat i ett område fördelas dess vikt på de övriga områdena."
            } else {
                ""
            }
        )
    }

    fn prose_worse(&self, dir: Direction) -> &'static str {
        match dir {
            Direction::HigherIsBetter => "under",
            Direction::LowerIsBetter => "över",
        }
    }

    fn prose_deduction_amount(&self, d: &Deduction) -> String {
        match &d.amount {
            DeductionAmount::PercentOfCompensation(p) => {
                format!("{} % av den ordinarie ersättningen", n(*p, LANG))
            }
            DeductionAmount::Fixed(a) => kr(*a, LANG),
        }
    }

    fn prose_deduction(
        &self,
        name: &str,
        worse: &str,
        amount: &str,
        d: &Deduction,
        unit: Unit,
    ) -> String {
        format!(
            "Avdrag (vite): när {name} är {worse} {} dras {amount} av.",
            level(d.level, unit, LANG)
        )
    }

    fn prose_budget(&self, b: Decimal) -> String {
        format!(
            "Budget för kvalitetspengen: {} (före innehållande och avdrag).",
            kr(b, LANG)
        )
    }

    fn file_error(&self, e: &FileErrorMsg) -> String {
        use FileErrorMsg::*;
        match e {
            Io(e) => format!("kunde inte läsa eller skriva filen ({e})"),
            NotText => self.word(Word::FileIsNotText).into(),
            MixedEncoding { byte, column } => format!(
                "filen är UTF-8 men byte {column} på raden (0x{byte:02X}) är inte giltig UTF-8; filen blandar teckenkodningar – spara den på nytt som UTF-8"
            ),
            NotRegularFile { kind } => {
                format!(
                    "sökvägen är {}, inte en vanlig fil; ingenting lästes",
                    self.special_file(*kind)
                )
            }
            LineTooLong { limit } => format!(
                "raden är längre än {} byte, programmets gräns för en rad; filen är troligen inte en resultatfil",
                crate::words::number::group_thousands(*limit as u64, LANG)
            ),
            TooManyColumns { found, limit } => {
                format!("rubrikraden har {found} kolumner; högst {limit} är tillåtna")
            }
            TooLarge { size, limit } => format!(
                "filen är {} byte, mer än gränsen {} byte; ingenting lästes",
                crate::words::number::group_thousands(*size, LANG),
                crate::words::number::group_thousands(*limit, LANG)
            ),
            BadCharacter { code, position } => format!(
                "otillåtet tecken U+{code:04X} på plats {position}; ta bort det (id och namn får inte innehålla styrtecken, osynliga tecken som nollbredds- och riktningstecken, och id inga andra mellanslag än vanligt mellanslag)"
            ),
            SurroundingSpace => self.word(Word::TextBeginsOrEnds).into(),
            TooLong { length, limit } => {
                format!("texten är {length} tecken lång; högst {limit} tecken är tillåtna")
            }
            Empty => self.word(Word::FileIsEmpty).into(),
            MissingColumn { column, accepted } => format!(
                "kolumnen ”{column}” saknas (godtagna rubriker: {})",
                accepted.join(", ")
            ),
            DuplicateColumn { column } => {
                format!("kolumnen ”{column}” finns två gånger")
            }
            FieldCount { expected, found } => {
                format!("förväntade {expected} fält som rubrikraden, fick {found}")
            }
            EmptyField => self.word(Word::FieldMustNotBe).into(),
            Number(e) => format!("förväntade ett tal: {}", e.text(LANG)),
            WholeNumber { text } => format!("förväntade ett heltal ≥ 0, fick ”{text}”"),
            OutOfBounds { text, max } => format!(
                "talet ”{text}” är större än programmets gräns {} (till beloppet)",
                self.number(*max, None)
            ),
            Negative { text } => format!("talet får inte vara negativt, fick ”{text}”"),
            ServiceType { text } => {
                format!("förväntade verksamhet ”hemtjänst” eller ”säbo”, fick ”{text}”")
            }
            Regi { text } => {
                format!("förväntade regi ”egen regi” eller ”privat”, fick ”{text}”")
            }
            Period { text } => format!(
                "förväntade en period (ÅÅÅÅ, ÅÅÅÅ-H1, ÅÅÅÅ-Q1 eller ÅÅÅÅ-MM), fick ”{text}”"
            ),

            Conflict {
                first_line,
                first,
                found,
            } => format!("utföraren har ”{first}” på rad {first_line} men ”{found}” här"),
            DuplicateRow { first_line } => {
                format!("samma utförare, indikator och period finns redan på rad {first_line}")
            }
            OverlappingPeriod { first_line } => format!(
                "samma utförare och indikator har på rad {first_line} en period som överlappar den här (t.ex. ett helt år och en av dess månader); resultatet skulle räknas två gånger"
            ),
            Ron(e) => self.ron_error(e),
            NewerFormat { found, supported } => format!(
                "regelfilen har format {found} från en nyare version; den här versionen läser format {supported}"
            ),
            SpreadsheetBomb {
                part,
                size,
                packed,
                limit,
            } => format!(
                "kalkylbladet kunde inte läsas: delen {part} packas upp till {size} byte från {packed} ({}:1), långt mer än ett riktigt kalkylblad (högst {limit}:1); filen läses inte",
                size / packed
            ),
            SpreadsheetTooLarge { total, limit } => format!(
                "kalkylbladet kunde inte läsas: arbetsboken packas upp till {total} byte, mer än gränsen {limit} byte; filen läses inte"
            ),
            SpreadsheetStringsLie { claimed, size } => format!(
                "kalkylbladet kunde inte läsas: tabellen med delade texter påstår {claimed} poster men är bara {size} byte; filen är trasig eller manipulerad"
            ),
            CellBeyondColumns { last, limit } => format!(
                "kalkylbladet kunde inte läsas: cellen ligger bortom kolumn {last} ({limit}), längre till höger än programmet läser"
            ),
            SheetTooWide { width, limit } => format!(
                "kalkylbladet kunde inte läsas: bladet är {width} kolumner brett, fler än programmet läser ({limit})"
            ),
            Spreadsheet(m) => format!("kalkylbladet kunde inte läsas: {m}"),
            Encrypted => self.word(Word::WorkbookIsEncryptedPassword).into(),
            FormulaWithoutValue => self.word(Word::CellHasAFormula).into(),
            SheetNotFound { sheet, available } => format!(
                "bladet ”{sheet}” finns inte (finns: {})",
                available.join(", ")
            ),
            Json(m) => format!("ogiltig JSON: {m}"),
            UnknownId { kind, id } => {
                format!("okänt {kind} ”{id}” (saknas i mappningen)")
            }
            MappedTwice { key } => format!(
                "”{key}” finns två gånger i mappningen; varje ou, utförar-id och KPI får bara förekomma en gång"
            ),
            TwoTotals => self.word(Word::PostHasMoreThan).into(),
            UnclosedQuote => self.word(Word::QuoteIsNeverClosed).into(),
            MappingNeeded => self.word(Word::KoladaDataNeedsA).into(),
            More { count } => format!("… och {count} fel till"),
            SymlinkRefused(path) => format!(
                "kunde inte skriva filen: {}; inget skrevs",
                self.symlink_refused(path)
            ),
            ChangedOnDisk(what) => self.word(what.word()).into(),
            Write(e) => format!("kunde inte skriva filen ({e}); inget skrevs"),
            OutputIsInput { input } => format!(
                "utdatafilen är samma fil som indatafilen {input} och skulle skriva över den; välj ett annat namn"
            ),
            OutputTwice { other } => {
                format!("utdatafilen är samma fil som utdatafilen {other}; välj olika namn")
            }
        }
    }

    fn special_file(&self, kind: SpecialFile) -> &'static str {
        match kind {
            SpecialFile::Directory => "en mapp",
            SpecialFile::Fifo => "en namngiven pipe (FIFO)",
            SpecialFile::Device => "en enhet",
            SpecialFile::Socket => "en socket",
            SpecialFile::Other => "inte en vanlig fil",
        }
    }

    fn at_line(&self, line: usize) -> String {
        format!(", rad {line}")
    }

    fn at_column(&self, c: &str) -> String {
        if is_column_number(c) {
            format!(", kolumn {c}")
        } else {
            format!(", kolumn ”{c}”")
        }
    }

    fn lock_error(&self, e: &LockError) -> String {
        match e {
            LockError::Input(m) => m.clone(),
            LockError::Rules(p) => format!("reglerna har fel: {}", p.join("; ")),
            LockError::NotAnArchive(p) => {
                format!(
                    "filen är ingen läsbar fastställd körning (.kvp): {}",
                    p.text(LANG)
                )
            }
            LockError::Write(m) => format!("arkivet kunde inte skrivas: {m}"),
        }
    }

    fn archive_problem(&self, e: &ArchiveProblem) -> String {
        use ArchiveProblem::*;
        match e {
            NotZip(e) => format!("inget zip-arkiv ({e})"),
            TooManyMembers { found } => {
                format!("{found} filer i arkivet, högst {MAX_MEMBERS} är tillåtna")
            }
            TooLarge { total } => format!(
                "filerna skulle ta {total} byte uppackade, högst {MAX_TOTAL_BYTES} är tillåtna"
            ),
            Packed { name, size, packed } => format!(
                "{name}: {size} byte packade i {packed}, mer än {MAX_RATIO} till en (en zip-bomb?)"
            ),
            ManifestTooLarge { size } => {
                format!("{MANIFEST} är {size} byte, högst {MAX_MANIFEST_BYTES} är tillåtna")
            }
            Unreadable { name, why } => format!("{name} kan inte packas upp ({why})"),
            LargerThanDeclared { name } => {
                format!("{name} packas upp till mer än arkivet anger")
            }
            Twice { name } => format!("{name} finns två gånger i arkivet"),
            NoManifest => format!("{MANIFEST} saknas"),
            BadManifest(e) => format!("{MANIFEST} kan inte läsas: {e}"),
            WrongFormat { found } => {
                format!("{MANIFEST} anger formatet ”{found}”, förväntade ”{FORMAT}”")
            }
            NewerFormat { found } => format!(
                "arkivet har format {found}, den här versionen läser format {FORMAT_VERSION}: uppdatera programmet"
            ),
            NoInputs => {
                format!("{MANIFEST} anger ingen regelfil eller ingen resultatfil")
            }
        }
    }

    fn finding(&self, e: &Finding) -> String {
        match e {
            Finding::Missing { name } => {
                format!("{name} finns i manifestet men saknas i arkivet")
            }
            Finding::NotListed { name } => {
                format!("{name} finns i arkivet men inte i manifestet")
            }
            Finding::Changed { name } => {
                format!("{name} har ändrats: SHA-256 stämmer inte med manifestet")
            }
            Finding::Differs { name } => {
                format!("{name} stämmer inte med en ny beräkning ur de arkiverade indata")
            }
            Finding::Unusable { message } => message.clone(),
        }
    }

    fn correction_csv_header(&self) -> [&'static str; 8] {
        [
            "utförar_id",
            "utförare",
            "indikator",
            "före_värde",
            "efter_värde",
            "före_kr",
            "efter_kr",
            "förändring_kr",
        ]
    }

    // ui::problems

    fn problems_notes_on_uncertainty(&self, notes: &dyn Display) -> String {
        format!(" · {notes} upplysningar om osäkerhet")
    }

    fn problems_survey_uncertainty_levels_that_confidence(&self, notes: &dyn Display) -> String {
        format!(
            "ℹ Osäkerhet i brukarundersökningen: {notes} nivåer där konfidensintervall omsluter nivån"
        )
    }

    fn problems_messages(&self, notifications: &dyn Display) -> String {
        format!("Meddelanden ({notifications})")
    }

    // ui::editor

    fn editor_errors(&self, n: &dyn Display) -> String {
        format!("{n} fel")
    }

    fn editor_rate_label(&self, unit: &dyn Display) -> String {
        format!("Kr per {unit} vid full poäng")
    }

    fn editor_areas(&self, areas: &dyn Display) -> String {
        format!("Områden ({areas})")
    }

    fn editor_area(&self, n: &dyn Display) -> String {
        format!("Område {n}")
    }

    fn editor_deductions(&self, deductions: &dyn Display) -> String {
        format!("Avdrag (vite) ({deductions})")
    }

    // ui::decide

    fn ui_decide_compared_with(&self, label: &dyn Display) -> String {
        format!("Jämfört med {label}:")
    }

    fn ui_decide_over_the_budget_by(&self, budget: &dyn Display, over: &dyn Display) -> String {
        format!("⚠ över budgeten {budget} med {over}")
    }

    fn ui_decide_within_budget(&self, budget: &dyn Display, left: &dyn Display) -> String {
        format!("inom budgeten {budget} ({left} kvar)")
    }

    fn ui_decide_total_kr_against(&self, param: &dyn Display) -> String {
        format!("Summa (kr) mot {param}")
    }

    // ui

    fn ui_unknown_file_type_expected_ron(&self, p: &dyn Display) -> String {
        format!("{p}: okänd filtyp (förväntade .ron, .csv eller .kvp)")
    }

    fn ui_rules_in_have_changes_that(&self, rules_label: &dyn Display) -> String {
        format!(
            "Reglerna i {rules_label} har ändringar som inte är sparade. Vill du spara dem först?"
        )
    }

    fn ui_has_several_sheets_which_one(&self, path: &dyn Display) -> String {
        format!("{path} har flera blad. Vilket har resultaten?")
    }

    fn ui_was_saved_by_someone_else(&self, path: &dyn Display) -> String {
        format!(
            "{path} har sparats av någon annan efter att du öppnade den. Skriv över den med dina regler?"
        )
    }

    fn ui_no_file_never_saved(&self, rules_label: &dyn Display) -> String {
        format!("{rules_label} (ingen fil, aldrig sparad)")
    }

    fn ui_program_ended_with_unsaved_changes(&self, name: &dyn Display) -> String {
        format!("Programmet avslutades med osparade ändringar i regeluppsättningen ”{name}”.")
    }

    // ui::detail

    fn detail_all_providers_results_against_the(&self, values: &dyn Display) -> String {
        format!("Alla {values} utförares resultat mot nivåerna")
    }

    // ui::table

    fn table_rules_have_errors_see_the(&self, n: &dyn Display) -> String {
        format!(
            "⚠ Reglerna har {n} fel (se regelredigeraren och problempanelen). Beloppen nedan gäller de senast giltiga reglerna."
        )
    }

    fn table_of_providers_are_paid(
        &self,
        paid_providers: &dyn Display,
        providers: &dyn Display,
    ) -> String {
        format!("{paid_providers} av {providers} utförare får ersättning")
    }

    fn table_filtered_providers(&self, rows: &dyn Display, shown: &dyn Display) -> String {
        format!("urval: {rows} utförare, {shown}")
    }

    fn table_providers(&self, providers: &dyn Display) -> String {
        format!("{providers} utförare")
    }

    fn table_paid_so_far(&self, paid: &dyn Display) -> String {
        format!("utbetalt hittills {paid}")
    }

    // ui::locked

    fn ui_locked_locked_run_read_only(&self, name: &dyn Display) -> String {
        format!("🔒 Fastställd körning {name} (skrivskyddad)")
    }

    fn ui_locked_locked(&self, locked_at: &dyn Display) -> String {
        format!("· fastställd {locked_at}")
    }

    fn ui_locked_amounts_below_are_the_correction(
        &self,
        name: &dyn Display,
        providers: &dyn Display,
    ) -> String {
        format!(
            "Beloppen nedan är rättelsen med {name}: {providers} utförare ändras (se fönstret Rättelse)."
        )
    }

    fn ui_locked_correction_against(&self, locked_name: &dyn Display) -> String {
        format!("Rättelse mot {locked_name}")
    }

    fn ui_locked_providers_change_in_total_kr(
        &self,
        providers: &dyn Display,
        total_delta: &dyn Display,
        name: &dyn Display,
    ) -> String {
        format!("{providers} utförare ändras, totalt {total_delta} kr. Resultat: {name}.")
    }

    // app::state

    fn state_opened(&self, path: &dyn Display) -> String {
        format!("Öppnade {path}")
    }

    fn state_imported_providers_results(
        &self,
        path: &dyn Display,
        n: &dyn Display,
        rows: &dyn Display,
    ) -> String {
        format!("Importerade {path}: {n} utförare, {rows} resultat")
    }

    fn state_saved(&self, path: &dyn Display) -> String {
        format!("Sparade {path}")
    }

    fn state_exported(&self, path: &dyn Display) -> String {
        format!("Exporterade {path}")
    }

    fn state_has_errors_and_cannot_be(&self, path: &dyn Display, n: &dyn Display) -> String {
        format!("{path} har {n} fel och kan inte jämföras med")
    }

    fn state_rate_applied(
        &self,
        service_type: &dyn Display,
        rate: &dyn Display,
        total: &dyn Display,
        budget: &dyn Display,
        unit: &dyn Display,
    ) -> String {
        format!(
            "{service_type}: satsen är nu {rate} {unit} (summa {total} kr inom budgeten {budget} kr)"
        )
    }

    // app::locked

    fn app_locked_writing_the_decision_report(&self, name: &dyn Display) -> String {
        format!("Skriver beslutsunderlaget {name}")
    }

    fn app_locked_wrote_the_decision_report(&self, name: &dyn Display) -> String {
        format!("Skrev beslutsunderlaget {name}")
    }

    fn app_locked_locking(&self, name: &dyn Display) -> String {
        format!("Fastställer {name}")
    }

    fn app_locked_corrected_results_providers_change_against(
        &self,
        providers: &dyn Display,
        name: &dyn Display,
    ) -> String {
        format!("Rättade resultat: {providers} utförare ändras mot {name}")
    }

    fn app_locked_exported(&self, path: &dyn Display) -> String {
        format!("Exporterade {path}")
    }

    // cli::decide

    fn cli_decide_command_needs(&self, what: &dyn Display) -> String {
        format!("kommandot behöver {what}")
    }

    fn cli_decide_gain_lose_unchanged_only_in(
        &self,
        gains: &dyn Display,
        loses: &dyn Display,
        unchanged: &dyn Display,
        only_in_a: &dyn Display,
        only_in_b: &dyn Display,
    ) -> String {
        format!(
            "{gains} får mer, {loses} får mindre, {unchanged} oförändrade; {only_in_a} bara i A, {only_in_b} bara i B"
        )
    }

    fn cli_decide_and_share_no_provider_the(
        &self,
        results_a: &dyn Display,
        results_b: &dyn Display,
    ) -> String {
        format!(
            "{results_a} och {results_b} har ingen utförare gemensam; jämförelsen skulle bara visa att alla är nya"
        )
    }

    fn cli_decide_unknown_scheme_write_hemtjanst_or(&self, s: &dyn Display) -> String {
        format!("okänd verksamhet ”{s}”; skriv hemtjanst eller sabo")
    }

    fn cli_bad_number(&self, problem: &dyn Display, option: &dyn Display) -> String {
        format!("{option}: {problem}")
    }

    fn cli_decide_over_the_budget_up_to(&self, l: &dyn Display, t: &dyn Display) -> String {
        format!("över budgeten till och med nivå {l}: summa {t} kr")
    }

    // cli::locked

    fn cli_locked_other_version(
        &self,
        program_version: &dyn Display,
        this_version: &dyn Display,
    ) -> String {
        format!(
            "obs: körningen fastställdes med Kvalitetspeng {program_version}, detta är {this_version}; en annan version kan räkna eller skriva annorlunda"
        )
    }

    fn cli_locked_providers_change_in_total_kr(
        &self,
        providers: &dyn Display,
        total_delta: &dyn Display,
    ) -> String {
        format!("{providers} utförare ändras, totalt {total_delta} kr")
    }

    // io::report

    fn report_document_title(&self, period: &dyn Display) -> String {
        format!("Beslutsunderlag kvalitetspeng {period}")
    }

    fn report_page_of_kvalitetspeng(
        &self,
        municipality: &dyn Display,
        rule_set_name: &dyn Display,
        app_version: &dyn Display,
        k: &dyn Display,
        n: &dyn Display,
    ) -> String {
        format!("Sida {k} av {n} · {municipality} · {rule_set_name} · Kvalitetspeng {app_version}")
    }

    fn report_title(&self, period: &dyn Display) -> String {
        format!("Beslutsunderlag: kvalitetspeng {period}")
    }

    fn report_calculated_with_kvalitetspeng_from_and(
        &self,
        calculated_at: &dyn Display,
        app_version: &dyn Display,
        rules_file: &dyn Display,
        results_file: &dyn Display,
    ) -> String {
        format!(
            "Beräknad {calculated_at} med Kvalitetspeng {app_version} ur {rules_file} och {results_file}."
        )
    }

    fn report_of_providers_are_paid(
        &self,
        paid_providers: &dyn Display,
        providers: &dyn Display,
        text: &dyn Display,
    ) -> String {
        format!("{paid_providers} av {providers} utförare får kvalitetspeng. {text}.")
    }

    fn report_providers(&self, n: &dyn Display, w: &dyn Display) -> String {
        format!("{n} utförare {w}")
    }

    fn report_settlement_against_advances_paid_so(
        &self,
        paid: &dyn Display,
        settle: &dyn Display,
    ) -> String {
        format!(
            "Avräkning mot förskott: utbetalt hittills {paid}, att reglera {settle} (+ att betala, − återkrav)."
        )
    }

    fn report_compared_with(&self, label: &dyn Display) -> String {
        format!("Jämfört med {label}")
    }

    fn report_total_providers_gain_lose_unchanged(
        &self,
        a: &dyn Display,
        b: &dyn Display,
        delta: &dyn Display,
        gains: &dyn Display,
        loses: &dyn Display,
        unchanged: &dyn Display,
    ) -> String {
        format!(
            "Totalt {a} → {b} ({delta}). {gains} utförare får mer, {loses} mindre, {unchanged} oförändrat."
        )
    }

    fn report_rules(&self, name: &dyn Display) -> String {
        format!("Reglerna: {name}")
    }

    fn report_payout_per_provider_kr(&self, period: &dyn Display) -> String {
        format!("Utbetalning per utförare (kr), {period}")
    }

    fn report_number_of_providers_per_amount(&self, providers: &dyn Display) -> String {
        format!("Antal utförare per beloppsintervall ({providers} utförare).")
    }

    fn report_correction_of_the_locked_run(&self, locked_name: &dyn Display) -> String {
        format!("Rättelse av den fastställda körningen {locked_name}")
    }

    fn report_only_the_providers_and_indicators(
        &self,
        total_delta: &dyn Display,
        providers: &dyn Display,
    ) -> String {
        format!(
            "Endast utförare och indikatorer som ändrats visas. Total förändring {total_delta}; {providers} utförare berörs."
        )
    }

    fn ron_error(&self, e: &ron::Error) -> String {
        use ron::Error as E;
        let list = |v: &[&str]| {
            v.iter()
                .map(|s| format!("`{s}`"))
                .collect::<Vec<_>>()
                .join(", ")
        };
        match e {
            E::MissingStructField { field, outer } => format!(
                "fältet `{field}` saknas i {}",
                outer.as_deref().unwrap_or("strukturen")
            ),

            E::NoSuchStructField {
                expected,
                found,
                outer,
            } => format!(
                "okänt fält `{found}` i {} (förväntade något av {})",
                outer.as_deref().unwrap_or("strukturen"),
                list(expected)
            ),

            E::NoSuchEnumVariant {
                expected,
                found,
                outer,
            } => format!(
                "okänt värde `{found}` för {} (förväntade något av {})",
                outer.as_deref().unwrap_or("fältet"),
                list(expected)
            ),
            E::DuplicateStructField { field, .. } => {
                format!("fältet `{field}` finns två gånger")
            }
            E::Eof => self.word(Word::FileEndsTooEarly).into(),
            E::InvalidValueForType { expected, found } if expected == serde_decimal::EXPECTING => {
                format!("förväntade ett tal (t.ex. 12.35), fann {found}")
            }
            E::Message(m) if m == serde_decimal::TOO_LARGE => "talet är för stort".into(),
            E::Message(m) if m == serde_decimal::NOT_FINITE => {
                "NaN och oändligt är inte tillåtna".into()
            }
            E::Message(m) => m.clone(),
            other => format!("ogiltig RON: {other}"),
        }
    }

    fn import_failed(&self, errors: usize) -> String {
        format!("Importen misslyckades ({errors} fel), inget ändrades")
    }

    fn problems_summary(&self, errors: usize, warnings: usize, file_errors: usize) -> String {
        format!("{errors} fel i reglerna · {warnings} varningar · {file_errors} filfel")
    }

    fn edit_number(&self, d: Decimal) -> String {
        // A space between thousands (`3 600 000`), read back exactly.
        format_number(d.normalize(), None, true)
    }

    fn compare_csv_header(&self) -> [&'static str; 9] {
        [
            "utförar_id",
            "utförare",
            "verksamhet",
            "regi",
            "a_kr",
            "b_kr",
            "skillnad_kr",
            "skillnad_procent",
            "statusändring",
        ]
    }

    fn report_budget(&self, budget: &str, gross: &str, left: &str, over: bool) -> String {
        format!(
            "Budget {budget}: kvalitetspengen är {gross} ({left} {}).",
            if over { "över budget" } else { "kvar" }
        )
    }

    fn withhold_short(&self, withhold_percent: Decimal, payback_percent: Decimal) -> String {
        format!(
            "{} % innehålls, {} % betalas tillbaka",
            self.number(withhold_percent, None),
            self.number(payback_percent, None)
        )
    }

    fn editor_add_scheme(&self, st: ServiceType) -> String {
        format!("➕ Ersättningsmodell för {}", st.label(LANG).to_lowercase())
    }

    fn editor_weight_sum(&self, sum: Decimal) -> String {
        format!("Summa vikter: {} %", self.number(sum.normalize(), None))
    }

    fn editor_weight_sum_inside(&self, inside: Decimal) -> String {
        format!("inom: {} %", self.number(inside.normalize(), None))
    }

    fn decide_gains_and_losses(&self, c: &Comparison) -> String {
        format!(
            "· {} får mer, {} får mindre, {} oförändrade{}",
            c.gains,
            c.loses,
            c.unchanged,
            if c.only_in_a + c.only_in_b > 0 {
                format!(", {} bara i jämförelsen, {} nya", c.only_in_a, c.only_in_b)
            } else {
                String::new()
            }
        )
    }

    fn decide_export_file_name(&self, comparison: bool) -> &'static str {
        match comparison {
            true => "jamforelse.xlsx",
            false => "kanslighet.xlsx",
        }
    }

    fn locked_notice(&self, name: &dyn Display, fp: &dyn Display) -> String {
        format!("Fastställde {name}; fingeravtryck (ange i beslutet): {fp}")
    }

    fn payout_csv_header(&self) -> &'static str {
        "utförar_id;utförare;verksamhet;regi;volym;volymenhet;poäng_procent;status"
    }

    fn explanation_csv_header(&self) -> &'static str {
        {
            "utförar_id;utförare;verksamhet;indikator;namn;värde;antal_svar;status;måluppfyllelse_procent;vikt_procent;effektiv_vikt_procent;bidrag_procentenheter;kronor;motivering"
        }
    }

    fn cli_within_budget(&self, over: Option<&str>, level: &str, total: &str) -> String {
        match over {
            Some(o) => {
                format!("inom budgeten vid varje nivå bortom {o} (vid {level}: summa {total} kr)")
            }
            None => format!("inom budgeten vid nivå {level}: summa {total} kr"),
        }
    }

    // cli::decide

    fn cli_solve_summary(
        &self,
        service_type: &dyn Display,
        budget: &dyn Display,
        current_rate: &dyn Display,
        current_total: &dyn Display,
        rate: &dyn Display,
        total: &dyn Display,
        next_rate: &dyn Display,
        next_total: &dyn Display,
        unit: &dyn Display,
        exact: &dyn Display,
    ) -> String {
        format!(
            "{service_type}: budget {budget} kr\nnu: {current_rate} {unit}, summa {current_total} kr\nexakt sats: {exact} {unit}\nhögsta sats inom budget: {rate} {unit}, summa {total} kr ({next_rate} {unit} skulle kosta {next_total} kr)"
        )
    }

    fn opened_locked_run(&self, name: &str, findings: Option<&str>) -> String {
        match findings {
            None => format!(
                "Öppnade den fastställda körningen {name}: verifierad, varje fil stämmer byte för byte"
            ),
            Some(f) => format!("Öppnade {name}, men den stämmer inte: {f}"),
        }
    }

    fn plain_number(&self, d: Decimal, dp: u32) -> String {
        format_number(d, Some(dp), false)
    }

    fn at_post(&self, post: usize) -> String {
        format!(", post {post}")
    }

    fn import_warning(&self, k: &ImportWarningKind) -> String {
        match k {
            ImportWarningKind::NoTotal { ou, kpi } => {
                format!("{ou} / {kpi}: ingen totalrad (gender T), räknas som saknat")
            }
            ImportWarningKind::Status { ou, kpi, status } => {
                format!("{ou} / {kpi}: status ”{status}”, räknas som saknat")
            }
            ImportWarningKind::NullValue { ou, kpi } => {
                format!("{ou} / {kpi}: värde saknas (null), räknas som saknat")
            }
            ImportWarningKind::UnknownKpi { kpi, posts } => {
                format!("KPI {kpi} finns inte i mappningen: {posts} poster hoppas över")
            }
        }
    }

    fn window_failed(&self, e: &dyn Display) -> String {
        format!("Fönstret avslutades med ett fel: {e}")
    }

    fn renderer_failed(&self, renderer: &dyn Display, e: &dyn Display) -> String {
        format!("Grafiken ({renderer}) kunde inte starta: {e}; provar nästa")
    }

    fn window_could_not_start(&self, failures: &str) -> String {
        format!("Kunde inte starta fönstret: {failures}")
    }

    fn log_folder_not_opened(&self, dir: &dyn Display, e: &dyn Display) -> String {
        format!("Loggmappen {dir} kunde inte öppnas i filhanteraren: {e}")
    }

    fn no_log_folder(&self) -> String {
        "Det finns ingen mapp för användarens data här (hemkatalogen saknas), så ingen logg skrivs"
            .into()
    }

    fn symlink_refused(&self, path: &str) -> String {
        format!("{path} är en symbolisk länk; skriv till filen den pekar på i stället")
    }
}

impl Sv {
    /// Where `v` lies between the two levels (linear and relative scoring).
    fn between(&self, v: &str, zero_at: &Q, full_at: &Q, credit: &Q, dir: Direction) -> String {
        let n = |q: &Q| num(q, 2, LANG);
        if *credit == Q::ONE {
            format!("{v} {} {}: full poäng", dir.at_or_beyond_sign(), n(full_at))
        } else if credit.is_zero() {
            format!(
                "{v} når inte {}: ingen poäng (full vid {})",
                n(zero_at),
                n(full_at)
            )
        } else {
            format!(
                "{v} mellan {} (0 %) och {} (100 %): {}",
                n(zero_at),
                n(full_at),
                pct(credit, LANG)
            )
        }
    }
}
