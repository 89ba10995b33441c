#!/usr/bin/env python3
"""Reference implementations of the generated rule set's scoring, for a side-by-side timing
and a cross-check of the Rust engine (see docs/performance.md). The import and the
aggregation of the period's observations per provider × indicator (respondent-weighted
mean when every row has respondents, else the plain mean) are done by the chosen engine —
pandas, polars or DuckDB — and the scoring of the aggregated cells (100 000 at 1.2 M rows) by
the same numpy code for all three.

    cargo run --release -- generate --out-dir /tmp/nat
    python3 bench/reference.py /tmp/nat [payouts.csv from `kvalitetspeng calc --out`] [--engine pandas|polars|duckdb|floor]

`--engine floor` only parses every column of the file with polars (the floor of any import).
Floats, not exact decimals: amounts are compared with the Rust output to the öre.
"""
import json
import math
import sys
import time

import numpy as np
import pandas as pd


def scoring_credit(values, scoring, direction):
    kind, p = next(iter(scoring.items()))
    higher = direction == "HigherIsBetter"
    if kind == "Threshold":
        met = values >= p["level"] if higher else values <= p["level"]
        return met.astype(float)
    if kind == "Linear":
        zero, full = (p["lower"], p["upper"]) if higher else (p["upper"], p["lower"])
        return ((values - zero) / (full - zero)).clip(0, 1)
    if kind == "Steps":
        credit = np.zeros(len(values))
        for s in p["steps"]:
            reached = values >= s["level"] if higher else values <= s["level"]
            credit = np.where(reached, np.maximum(credit, s["credit_percent"] / 100), credit)
        return pd.Series(credit, index=values.index)
    raise ValueError(kind)


def peer_level(level, worst_to_best):
    n = len(worst_to_best)
    if level == "Mean":
        return worst_to_best.mean()
    if level == "TopDecileMean":
        k = max(1, math.ceil(n / 10))
        return worst_to_best[n - k:].mean()
    pct = level["Percentile"] / 100
    pos = pct * (n - 1)
    lo = int(math.floor(pos))
    hi = min(lo + 1, n - 1)
    return worst_to_best[lo] + (worst_to_best[hi] - worst_to_best[lo]) * (pos - lo)


COLUMNS = {"utförar_id": "pid", "utförare": "name", "verksamhet": "service",
           "regi": "regi", "volym": "volume", "indikator": "ind",
           "värde": "value", "antal_svar": "n"}


def aggregate_pandas(folder, year):
    df = pd.read_csv(f"{folder}/results.csv", sep=";", decimal=",", encoding="utf-8",
                     dtype={"period": str, "utförar_id": str, "indikator": str})
    df = df.rename(columns=COLUMNS)
    providers = df.groupby("pid", sort=True).agg(service=("service", "first"), volume=("volume", "first"))
    df = df[df["period"].str.startswith(year)]
    has_v = df["value"].notna()
    # Respondents count only where there is a value (as in the engine).
    df = df.assign(n=df["n"].where(has_v))
    df = df.assign(v=df["value"].where(has_v), vn=df["value"] * df["n"],
                   has_v=has_v.astype(int), has_vn=(has_v & df["n"].notna()).astype(int))
    g = df.groupby(["pid", "ind"], sort=False).agg(sum_v=("v", "sum"), cnt_v=("has_v", "sum"),
                                                    sum_vn=("vn", "sum"), sum_n=("n", "sum"), cnt_vn=("has_vn", "sum"))
    return providers, g.reset_index()


def aggregate_polars(folder, year):
    import polars as pl
    df = pl.read_csv(f"{folder}/results.csv", separator=";", decimal_comma=True,
                     schema_overrides={"period": pl.Utf8, "utförar_id": pl.Utf8, "indikator": pl.Utf8,
                                       "volym": pl.Float64, "värde": pl.Float64, "antal_svar": pl.Float64})
    df = df.rename(COLUMNS)
    providers = (df.group_by("pid").agg(pl.col("service").drop_nulls().first(),
                                        pl.col("volume").drop_nulls().first())
                 .sort("pid").to_pandas().set_index("pid"))
    df = df.filter(pl.col("period").str.starts_with(year))
    has_v = pl.col("value").is_not_null()
    n = pl.when(has_v).then(pl.col("n"))
    g = df.group_by(["pid", "ind"]).agg(
        sum_v=pl.col("value").sum(), cnt_v=has_v.cast(pl.Int64).sum(),
        sum_vn=(pl.col("value") * n).sum(), sum_n=n.sum(),
        cnt_vn=(has_v & pl.col("n").is_not_null()).cast(pl.Int64).sum())
    return providers, g.to_pandas()


def aggregate_duckdb(folder, year):
    import duckdb
    con = duckdb.connect()
    con.execute(f"""CREATE TABLE r AS SELECT * FROM read_csv('{folder}/results.csv', delim=';',
        decimal_separator=',', header=true, types={{'period': 'VARCHAR', 'utförar_id': 'VARCHAR',
        'indikator': 'VARCHAR', 'volym': 'DOUBLE', 'värde': 'DOUBLE', 'antal_svar': 'DOUBLE'}})""")
    providers = con.execute("""SELECT "utförar_id" AS pid, first("verksamhet" ORDER BY rowid) FILTER (WHERE "verksamhet" IS NOT NULL) AS service,
        first("volym" ORDER BY rowid) FILTER (WHERE "volym" IS NOT NULL) AS volume FROM r GROUP BY 1 ORDER BY 1""").df().set_index("pid")
    g = con.execute(f"""SELECT "utförar_id" AS pid, "indikator" AS ind,
        sum("värde") AS sum_v, count("värde") AS cnt_v,
        sum(CASE WHEN "värde" IS NOT NULL THEN "värde" * "antal_svar" END) AS sum_vn,
        sum(CASE WHEN "värde" IS NOT NULL THEN "antal_svar" END) AS sum_n,
        count(CASE WHEN "värde" IS NOT NULL AND "antal_svar" IS NOT NULL THEN 1 END) AS cnt_vn
        FROM r WHERE starts_with(period, '{year}') GROUP BY 1, 2""").df()
    return providers, g


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--engine")]
    engine = next((a.split("=", 1)[1] for a in sys.argv[1:] if a.startswith("--engine=")), "pandas")
    if "--engine" in sys.argv:
        engine = sys.argv[sys.argv.index("--engine") + 1]
        args = [a for a in args if a != engine]
    folder = args[0]
    t0 = time.perf_counter()
    rules = json.load(open(f"{folder}/rules.json", encoding="utf-8"))
    year = rules["period"]
    if engine == "floor":
        import polars as pl
        df = pl.read_csv(f"{folder}/results.csv", separator=";", decimal_comma=True)
        print(f"floor (polars parses every column): {df.height} rows, {time.perf_counter() - t0:.2f} s")
        return
    providers, g = {"pandas": aggregate_pandas, "polars": aggregate_polars,
                    "duckdb": aggregate_duckdb}[engine](folder, year)
    for c in ["sum_v", "cnt_v", "sum_vn", "sum_n", "cnt_vn"]:
        g[c] = g[c].astype(float).fillna(0.0)
    all_n = (g["cnt_vn"] == g["cnt_v"]) & (g["sum_n"] > 0)
    g["value"] = np.where(all_n, g["sum_vn"] / g["sum_n"].where(g["sum_n"] > 0), g["sum_v"] / g["cnt_v"].where(g["cnt_v"] > 0))
    # Float sums depend on their order (pandas sums in file order, polars and DuckDB in their
    # own): a mean that is exactly at a level (12 months at 90,0) may come out 89,999…: the
    # means are rounded to 9 decimals, far below the data's 1/120 steps. (The engine is exact.)
    g["value"] = g["value"].round(9)
    g["resp"] = np.where(all_n, g["sum_n"], np.nan)

    payouts = {}
    for scheme in rules["schemes"]:
        st = {"Hemtjanst": "hemtjänst", "Sabo": "säbo"}[scheme["service_type"]]
        members = providers[providers["service"] == st]
        inds = scheme["indicators"]
        ids = [i["id"] for i in inds]
        cells = g[g["ind"].isin(ids) & g["pid"].isin(members.index)]
        table = pd.DataFrame(index=members.index)
        ok_cols, credit_cols = [], []
        for ind in inds:
            c = cells[cells["ind"] == ind["id"]].set_index("pid")
            v = c["value"].reindex(members.index)
            n = c["resp"].reindex(members.index)
            ok = v.notna()
            if ind["unit"] == "Percent":
                ok &= (v >= 0) & (v <= 100)
            if ind.get("min_respondents"):
                ok &= n.notna() & (n >= ind["min_respondents"])
            kind = next(iter(ind["scoring"]))
            if kind == "Relative":
                peers = np.sort(v[ok].to_numpy())
                if ind["direction"] == "LowerIsBetter":
                    peers = peers[::-1]
                p = ind["scoring"]["Relative"]
                zero, full = peer_level(p["start"], peers), peer_level(p["full"], peers)
                credit = ((v - zero) / (full - zero)).clip(0, 1) if full != zero else (v >= full).astype(float)
            else:
                credit = scoring_credit(v, ind["scoring"], ind["direction"])
            table[f"ok_{ind['id']}"] = ok
            table[f"cr_{ind['id']}"] = credit.where(ok, 0.0).fillna(0.0)
        weights = np.array([i["weight"] for i in inds], dtype=float)
        ok_m = table[[f"ok_{i}" for i in ids]].to_numpy()
        cr_m = table[[f"cr_{i}" for i in ids]].to_numpy()
        counted = (ok_m * weights).sum(axis=1) if scheme["missing_data"] == "Renormalize" else np.full(len(table), 100.0)
        eff = np.where(ok_m | (scheme["missing_data"] != "Renormalize"), weights, 0) / np.where(counted > 0, counted, 1)[:, None]
        score = (cr_m * eff).sum(axis=1)
        minimum = (scheme.get("qualification") or {}).get("min_score_percent") or 0
        paid = (score > 0) & (score * 100 >= minimum)
        volume = members["volume"].to_numpy(dtype=float)
        base = scheme["payout"]
        if "PerVolumeUnit" in base:
            amount = np.where(paid, score * base["PerVolumeUnit"]["kr_per_unit"] * volume, 0.0)
            ore = np.floor(amount * 100 + 0.5)
        else:
            pot = base["Pot"]["amount"]
            w = np.where(paid, score * volume, 0.0)
            exact = pot * 100 * w / w.sum()
            ore = np.floor(exact)
            left = int(round(pot * 100 - ore.sum()))
            order = np.lexsort((np.arange(len(w)), -(exact - ore)))
            ore[order[:left]] += 1
        for pid, o in zip(members.index, ore):
            payouts[pid] = o / 100
        print(f"  {st}: {int(paid.sum())} of {len(paid)} paid, {ore.sum() / 100:,.2f} kr")
    elapsed = time.perf_counter() - t0
    total = sum(payouts.values())
    print(f"{engine} reference: {len(payouts)} providers, total {total:,.2f} kr, {elapsed:.2f} s")
    if len(args) > 1:
        rust = pd.read_csv(args[1], sep=";", decimal=",", encoding="utf-8-sig", dtype={"utförar_id": str})
        diff = (rust.set_index("utförar_id")["kvalitetspeng_kr"] - pd.Series(payouts)).abs()
        print(f"compared with {args[1]}: max difference {diff.max():.2f} kr, "
              f"{int((diff > 0.005).sum())} providers differ by an öre or more")


if __name__ == "__main__":
    main()
