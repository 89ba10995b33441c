#!/usr/bin/env python3
"""Reference implementation of the generated rule set's scoring in pandas, for a side-by-side
timing and a cross-check of the Rust engine (see docs/performance.md).

    cargo run --release -- generate --out-dir /tmp/nat
    python3 bench/reference.py /tmp/nat [payouts.csv from `kvalitetspeng calc --out`]

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


def main():
    folder = sys.argv[1]
    t0 = time.perf_counter()
    rules = json.load(open(f"{folder}/rules.json", encoding="utf-8"))
    df = pd.read_csv(f"{folder}/results.csv", sep=";", decimal=",", encoding="utf-8",
                     dtype={"period": str, "utförar_id": str, "indikator": str})
    df = df.rename(columns={"utförar_id": "pid", "utförare": "name", "verksamhet": "service",
                            "regi": "regi", "volym": "volume", "indikator": "ind",
                            "värde": "value", "antal_svar": "n"})
    providers = df.groupby("pid", sort=True).agg(service=("service", "first"), volume=("volume", "first"))
    year = rules["period"]
    df = df[df["period"].str.startswith(year)]
    has_v = df["value"].notna()
    # Respondents count only where there is a value (as in the engine).
    df = df.assign(n=df["n"].where(has_v))
    df = df.assign(v=df["value"].where(has_v), vn=df["value"] * df["n"],
                   has_v=has_v.astype(int), has_vn=(has_v & df["n"].notna()).astype(int))
    g = df.groupby(["pid", "ind"], sort=False).agg(sum_v=("v", "sum"), cnt_v=("has_v", "sum"),
                                                    sum_vn=("vn", "sum"), sum_n=("n", "sum"), cnt_vn=("has_vn", "sum"))
    all_n = (g["cnt_vn"] == g["cnt_v"]) & (g["sum_n"] > 0)
    g["value"] = np.where(all_n, g["sum_vn"] / g["sum_n"].where(g["sum_n"] > 0), g["sum_v"] / g["cnt_v"].where(g["cnt_v"] > 0))
    g["resp"] = np.where(all_n, g["sum_n"], np.nan)
    g = g.reset_index()

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
    print(f"pandas reference: {len(payouts)} providers, total {total:,.2f} kr, {elapsed:.2f} s")
    if len(sys.argv) > 2:
        rust = pd.read_csv(sys.argv[2], sep=";", decimal=",", encoding="utf-8-sig", dtype={"utförar_id": str})
        diff = (rust.set_index("utförar_id")["kvalitetspeng_kr"] - pd.Series(payouts)).abs()
        print(f"compared with {sys.argv[2]}: max difference {diff.max():.2f} kr, "
              f"{int((diff > 0.005).sum())} providers differ by an öre or more")


if __name__ == "__main__":
    main()
