#!/usr/bin/env python3
"""The mmlock benchmark runner (python3 standard library only). Started by bench/run.

Every compilation is its own `javac` process. Wall time is measured around the process,
CPU time (user + sys) and peak RSS come from os.wait4()'s rusage for exactly that child.
The configurations of one corpus run alternately, one round after another (plain, mmlock,
mmlock-processor, lockchecker; the next round starts one further along), with the same javac options,
class path and -J JVM flags, so that they share the machine's noise.
"""
import argparse
import datetime
import glob
import json
import os
import platform
import random
import shutil
import statistics
import subprocess
import sys
import time

import plot

CONFIGS = ("javac", "mmlock", "mmlock-processor", "lockchecker")
BUDGET = {
    "mixed_ratio": 1.10,
    "dense_ratio": 1.50,
    "share_of_lockchecker": 0.25,
    "scaling": 17.0,
    "rss_ratio": 1.30,
    "patho_seconds": 1.0,
}


def parse_args():
    p = argparse.ArgumentParser(prog="bench/run", description=__doc__.split("\n")[0])
    p.add_argument("--root", required=True, help=argparse.SUPPRESS)
    p.add_argument("--quick", action="store_true",
                   help="smoke run: 40-file corpora, 1 run each; writes bench/out/quick.* only")
    p.add_argument("--sizes", default=os.environ.get("BENCH_SIZES", "100,400,1600"))
    p.add_argument("--kinds", default=os.environ.get("BENCH_KINDS", "dense,mixed"))
    p.add_argument("--seed", type=int, default=int(os.environ.get("BENCH_SEED", "42")))
    p.add_argument("--runs", type=int, default=int(os.environ.get("BENCH_RUNS", "5")),
                   help="runs per configuration for corpora under 1,600 files (default 5)")
    p.add_argument("--runs-small", type=int, default=int(os.environ.get("BENCH_RUNS_SMALL", "0")) or None,
                   help="runs per configuration for corpora under 400 files (default: as --runs); they are "
                        "cheap, and the fixed cost of a compilation weighs most there")
    p.add_argument("--runs-large", type=int, default=int(os.environ.get("BENCH_RUNS_LARGE", "3")),
                   help="runs per configuration for corpora of 1,600 files or more (default 3)")
    p.add_argument("--lock-runs", default=os.environ.get("BENCH_LOCK_RUNS", "100:3,400:1,1600:0"),
                   help="Lock Checker runs per corpus size (it is 5-20x slower than javac); "
                        "SIZE:N,...; a size not listed gets the normal count (default 100:3,400:1,1600:0)")
    p.add_argument("--heap", default=os.environ.get("BENCH_HEAP", "6g"),
                   help="-Xmx of every javac JVM (default 6g)")
    p.add_argument("--patho-runs", type=int, default=5)
    p.add_argument("--no-patho", action="store_true")
    p.add_argument("--no-processor", action="store_true",
                   help="skip the mmlock-processor configuration (mmlock run with -processor)")
    p.add_argument("--out", default=None, help="results directory (default bench/results)")
    p.add_argument("--plot", metavar="RESULTS.json", default=None,
                   help="only draw the plot of an earlier run's results, beside them (RESULTS.png)")
    p.add_argument("--report", metavar="RESULTS.json", default=None,
                   help="only write the table of an earlier run's results again, beside them (RESULTS.md), "
                        "with the intervals computed from its runs")
    p.add_argument("--pool", metavar="RESULTS.json", nargs="+", default=None,
                   help="only pool the rounds of several runs' results and print each corpus's wall-time "
                        "line over all of them (exit 1 when a pooled line fails)")
    return p.parse_args()


def jvm_flags(root):
    with open(os.path.join(root, ".mvn", "jvm.config")) as f:
        return [l.strip() for l in f if l.strip()]


class Setup:
    def __init__(self, root, heap):
        self.root = root
        target = os.path.join(root, "checker", "target")
        self.checker_jar = os.path.join(target, "mmlock-checker-0.1.0-SNAPSHOT.jar")
        self.lib = sorted(glob.glob(os.path.join(target, "lib", "*.jar")))
        libmap = {os.path.basename(j): j for j in self.lib}
        self.annotations = os.path.join(root, "annotations", "target", "mmlock-annotations-0.1.0-SNAPSHOT.jar")
        if not os.path.exists(self.annotations):
            self.annotations = libmap["mmlock-annotations-0.1.0-SNAPSHOT.jar"]
        cf = [libmap[n] for n in ("checker-4.4.0.jar", "checker-qual-4.4.0.jar", "checker-util-4.4.0.jar") if n in libmap]
        self.checker_qual = libmap["checker-qual-4.4.0.jar"]
        self.flags = jvm_flags(root)
        jflags = ["-J" + f for f in self.flags] + ["-J-Xmx" + heap]
        # The compiled code's class path is the same for all three (the Lock Checker needs
        # checker-qual on it; plain javac and mmlock do not mind).
        self.classpath = os.pathsep.join([self.annotations, self.checker_qual])
        common = ["javac"] + jflags + ["-Xmaxerrs", "100000", "-cp", self.classpath]
        self.commands = {
            "javac": common,
            # mmlock as a javac plugin (the README's recommended setup) ...
            "mmlock": common + ["-processorpath", os.pathsep.join([self.checker_jar] + self.lib),
                                "-Xplugin:MmLock"],
            # ... and as an annotation processor: the same checks, plus javac's processing rounds.
            "mmlock-processor": common + ["-processorpath", os.pathsep.join([self.checker_jar] + self.lib),
                                          "-processor", "org.mmlock.checker.MmLockChecker"],
            "lockchecker": common + ["-processorpath", os.pathsep.join(cf),
                                     "-processor", "org.checkerframework.checker.lock.LockChecker"],
        }
        self.java_cp = os.pathsep.join([self.checker_jar] + self.lib)


def run_once(cmd, cwd):
    """One process: (wall s, cpu s, peak RSS MB, exit status, output)."""
    t0 = time.perf_counter()
    p = subprocess.Popen(cmd, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    out = p.stdout.read()
    _, status, ru = os.wait4(p.pid, 0)
    wall = time.perf_counter() - t0
    p.returncode = os.waitstatus_to_exitcode(status)
    return wall, ru.ru_utime + ru.ru_stime, ru.ru_maxrss / 1024.0, p.returncode, out.decode("utf-8", "replace")


def compile_once(setup, config, corpus_dir, extra=None):
    classes = os.path.join(corpus_dir, "classes-" + config)
    shutil.rmtree(classes, ignore_errors=True)
    os.makedirs(classes)
    cmd = setup.commands[config] + ["-d", classes] + (extra or []) + ["@sources.txt"]
    wall, cpu, rss, rc, out = run_once(cmd, corpus_dir)
    shutil.rmtree(classes, ignore_errors=True)
    if rc != 0 or out.strip():
        sys.stderr.write("bench: %s on %s: exit %d\n%s\n" % (config, corpus_dir, rc, out[:4000]))
        raise SystemExit(1)
    return {"wall_s": round(wall, 3), "cpu_s": round(cpu, 3), "rss_mb": round(rss, 1)}


def compile_once_allow_notes(setup, config, corpus_dir):
    """As compile_once, but JVM notes (e.g. JFR's start message) on the output are fine."""
    classes = os.path.join(corpus_dir, "classes-" + config)
    shutil.rmtree(classes, ignore_errors=True)
    os.makedirs(classes)
    wall, cpu, rss, rc, out = run_once(setup.commands[config] + ["-d", classes, "@sources.txt"], corpus_dir)
    shutil.rmtree(classes, ignore_errors=True)
    if rc != 0 or "error:" in out:
        sys.stderr.write(out[:4000])
        raise SystemExit(1)
    return {"wall_s": round(wall, 3), "cpu_s": round(cpu, 3), "rss_mb": round(rss, 1)}


def generate(setup, kind, files, seed, outdir):
    out = subprocess.run(["java", "-cp", setup.java_cp, "org.mmlock.checker.bench.CorpusGenerator",
                          kind, str(files), str(seed), outdir], check=True, capture_output=True, text=True)
    return json.loads(out.stdout)


def lock_runs_for(spec, size, default):
    for part in spec.split(","):
        if ":" in part:
            s, n = part.split(":")
            if int(s) == size:
                return int(n)
    return default


def median(xs):
    return statistics.median(xs) if xs else None


def summarise(runs):
    if not runs:
        return None
    return {
        "runs": len(runs),
        "wall_s": round(median([r["wall_s"] for r in runs]), 3),
        "cpu_s": round(median([r["cpu_s"] for r in runs]), 3),
        "rss_mb": round(median([r["rss_mb"] for r in runs]), 1),
        "rss_max_mb": round(max(r["rss_mb"] for r in runs), 1),
        "wall_min_s": round(min(r["wall_s"] for r in runs), 3),
        "wall_max_s": round(max(r["wall_s"] for r in runs), 3),
        "all": runs,
    }


def ratio(a, b):
    return round(a / b, 3) if a is not None and b else None


INTERVAL = 0.90
RESAMPLES = 2000


def interval(results, config, key, label, seed):
    """The 90 % interval of median(config) / median(javac) for one measure, by resampling the
    rounds with replacement (a round keeps its runs together: they shared the machine's state).
    Seeded from the corpus and the bench seed, so the same runs give the same interval."""
    a, b = results[config], results["javac"]
    n = min(len(a), len(b))
    if n < 2:
        return None
    rng = random.Random("%s:%s:%s:%d" % (label, config, key, seed))
    ratios = []
    for _ in range(RESAMPLES):
        pick = [rng.randrange(n) for _ in range(n)]
        ratios.append(statistics.median(a[i][key] for i in pick) / statistics.median(b[i][key] for i in pick))
    ratios.sort()
    tail = (1 - INTERVAL) / 2
    return [round(ratios[int(tail * RESAMPLES)], 3), round(ratios[int((1 - tail) * RESAMPLES) - 1], 3)]


def ratios(row, seed):
    """Ratios to plain javac of one corpus's row, from its runs (`all`): medians, paired, intervals."""
    s = row["configs"]
    base = s["javac"]
    results = {c: s[c]["all"] for c in CONFIGS if s[c]}
    label = "%s-%d" % (row["kind"], row["files"])
    for c in ("mmlock", "mmlock-processor", "lockchecker"):
        if s[c]:
            s[c]["wall_ratio"] = ratio(s[c]["wall_s"], base["wall_s"])
            s[c]["cpu_ratio"] = ratio(s[c]["cpu_s"], base["cpu_s"])
            s[c]["rss_ratio"] = ratio(s[c]["rss_mb"], base["rss_mb"])
            s[c]["overhead_s"] = round(s[c]["wall_s"] - base["wall_s"], 3)
            # Each run beside the javac run of its round (the machine's state drifts during a
            # corpus): the median and the range of those ratios show how much one run can say.
            pairs = [a["wall_s"] / b["wall_s"] for a, b in zip(results[c], results["javac"])]
            s[c]["wall_ratio_paired"] = round(median(pairs), 3)
            s[c]["wall_ratio_paired_min"] = round(min(pairs), 3)
            s[c]["wall_ratio_paired_max"] = round(max(pairs), 3)
    if s["mmlock"]:
        s["mmlock"]["wall_ratio_interval"] = interval(results, "mmlock", "wall_s", label, seed)
        s["mmlock"]["rss_ratio_interval"] = interval(results, "mmlock", "rss_mb", label, seed)
    if s["lockchecker"]:
        lo = s["lockchecker"]["overhead_s"]
        row["mmlock_share_of_lockchecker_overhead"] = round(s["mmlock"]["overhead_s"] / lo, 3) if lo > 0 else None
    return row


def bench_corpus(setup, kind, size, runs, lock_runs, seed, outroot, log, processor=True):
    d = os.path.join(outroot, "%s-%d" % (kind, size))
    manifest = generate(setup, kind, size, seed, d)
    log("%s-%d: %d files, %d lines, %d methods (%d touch the mm API); %d runs, Lock Checker %d"
        % (kind, size, manifest["files"], manifest["lines"], manifest["methods"], manifest["mm_methods"], runs, lock_runs))
    compile_once(setup, "javac", d)  # warm the file cache; not counted
    results = {c: [] for c in CONFIGS}
    def count(c):
        return lock_runs if c == "lockchecker" else 0 if c == "mmlock-processor" and not processor else runs
    for i in range(max(runs, lock_runs)):
        # The round's configurations, their order rotated by one each round: none always runs
        # first, or always right after another one (after the largest memory user, say).
        active = [c for c in CONFIGS if i < count(c)]
        k = i % len(active)
        for c in active[k:] + active[:k]:
            r = compile_once(setup, c, d)
            results[c].append(r)
            log("  run %d %-11s wall %7.2f s  cpu %7.2f s  rss %6.0f MB" % (i + 1, c, r["wall_s"], r["cpu_s"], r["rss_mb"]))
    s = {c: summarise(results[c]) for c in CONFIGS}
    return ratios({"kind": kind, "files": size, "manifest": manifest, "configs": s}, seed)


def patho(setup, runs, outroot, log):
    d = os.path.join(outroot, "pathological")
    subprocess.run(["java", "-cp", setup.java_cp, "org.mmlock.checker.bench.CorpusGenerator", "pathological", d],
                   check=True, capture_output=True)
    files = ["src/bench/patho/Branches200.java", "src/bench/patho/Nested30.java"]
    warm = subprocess.run(["java"] + setup.flags + ["-cp", setup.java_cp, "org.mmlock.checker.bench.PathologicalTimer",
                           setup.classpath, str(runs)] + [os.path.join(d, f) for f in files],
                          check=True, capture_output=True, text=True)
    warm = {w["file"]: w for w in json.loads(warm.stdout)}
    out = []
    for f in files:
        name = os.path.basename(f)
        single = os.path.join(d, "one-" + name[:-5])
        os.makedirs(single, exist_ok=True)
        with open(os.path.join(single, "sources.txt"), "w") as sf:
            sf.write(os.path.join(d, f) + "\n")
        cold = {"javac": [], "mmlock": []}
        for _ in range(runs):
            for c in ("javac", "mmlock"):
                cold[c].append(compile_once(setup, c, single)["wall_s"])
        w = warm[name]
        row = {
            "file": name,
            "cold_javac_s": round(median(cold["javac"]), 3),
            "cold_mmlock_s": round(median(cold["mmlock"]), 3),
            "cold_difference_s": round(median(cold["mmlock"]) - median(cold["javac"]), 3),
            "warm_checker_s": w["warm_checker_s"],
            "warm_javac_s": w["warm_plain_s"],
            "warm_mmlock_s": w["warm_mmlock_s"],
        }
        row["pass"] = row["warm_checker_s"] < BUDGET["patho_seconds"] and row["cold_difference_s"] < BUDGET["patho_seconds"]
        log("%s: checker %.3f s warm (in-process, median of %d); cold process %.2f s vs javac %.2f s (+%.2f s)"
            % (name, row["warm_checker_s"], runs, row["cold_mmlock_s"], row["cold_javac_s"], row["cold_difference_s"]))
        out.append(row)
    return out


def wall_limit(kind):
    return BUDGET["dense_ratio"] if kind == "dense" else BUDGET["mixed_ratio"]


def budget_lines(rows, patho_rows):
    lines = []
    by = {(r["kind"], r["files"]): r for r in rows}
    for r in rows:
        m = r["configs"]["mmlock"]
        limit = wall_limit(r["kind"])
        lines.append({"line": "%s-%d: mmlock wall ≤ %.2f× javac" % (r["kind"], r["files"], limit),
                      "value": m["wall_ratio"], "limit": limit, "pass": m["wall_ratio"] <= limit,
                      "interval": m.get("wall_ratio_interval")})
    for r in rows:
        share = r.get("mmlock_share_of_lockchecker_overhead")
        if share is not None:
            lines.append({"line": "%s-%d: mmlock overhead ≤ ¼ of the Lock Checker's" % (r["kind"], r["files"]),
                          "value": share, "limit": BUDGET["share_of_lockchecker"],
                          "pass": share <= BUDGET["share_of_lockchecker"]})
    for kind in sorted({r["kind"] for r in rows}):
        small, large = by.get((kind, 100)), by.get((kind, 1600))
        if small and large:
            for c in ("javac", "mmlock"):
                sc = ratio(large["configs"][c]["wall_s"], small["configs"][c]["wall_s"])
                lines.append({"line": "%s: %s wall 1,600 files ≤ %g× 100 files" % (kind, c, BUDGET["scaling"]),
                              "value": sc, "limit": BUDGET["scaling"], "pass": sc <= BUDGET["scaling"]})
    for r in rows:
        m = r["configs"]["mmlock"]
        lines.append({"line": "%s-%d: mmlock peak RSS ≤ %.1f× javac" % (r["kind"], r["files"], BUDGET["rss_ratio"]),
                      "value": m["rss_ratio"], "limit": BUDGET["rss_ratio"], "pass": m["rss_ratio"] <= BUDGET["rss_ratio"],
                      "interval": m.get("rss_ratio_interval")})
    for p in patho_rows:
        lines.append({"line": "%s: checked in < 1 s" % p["file"],
                      "value": max(p["warm_checker_s"], p["cold_difference_s"]), "limit": BUDGET["patho_seconds"],
                      "pass": p["pass"]})
    return lines


def pool(reports):
    """Each corpus's mmlock wall line over the rounds of several runs together (a round keeps its
    runs: they shared the machine's state). One run's median moves by more than the distance
    between a mixed line and its limit; the rounds of several runs say more.

    Each run's walls are first divided by that run's plain-javac median, so the pool compares
    ratios to javac in the same run, as the budget does. Pooling raw seconds would mix runs made
    at different machine speeds: the pooled medians then come from different runs, and adding a
    run could move the pooled ratio the other way from its own (it did: see bench/README.md)."""
    reports = sorted(reports, key=lambda rep: rep["date"])
    out = ["| corpus | runs: ratio of medians | rounds | pooled: ratio of medians | 90 % interval "
           "| pooled: median of paired ratios | limit | |",
           "|---|---|---:|---:|---:|---:|---:|---|"]
    ok = True
    keys = [(r["kind"], r["files"]) for r in reports[0]["corpora"]]
    for kind, files in keys:
        rows = [r for rep in reports for r in rep["corpora"] if (r["kind"], r["files"]) == (kind, files)]
        if len(rows) < len(reports) or any(not r["configs"]["mmlock"] for r in rows):
            continue
        results = {"javac": [], "mmlock": []}
        each = []
        for r in rows:
            j, m = r["configs"]["javac"]["all"], r["configs"]["mmlock"]["all"]
            n = min(len(j), len(m))
            base = median([x["wall_s"] for x in j])
            results["javac"] += [{"wall_s": x["wall_s"] / base} for x in j[:n]]
            results["mmlock"] += [{"wall_s": x["wall_s"] / base} for x in m[:n]]
            each.append("%.3f" % (median([x["wall_s"] for x in m]) / base))
        walls = {c: [x["wall_s"] for x in results[c]] for c in results}
        pooled = median(walls["mmlock"]) / median(walls["javac"])
        paired = median([a / b for a, b in zip(walls["mmlock"], walls["javac"])])
        label = "%s-%d" % (kind, files)
        iv = interval(results, "mmlock", "wall_s", label, reports[0]["seed"])
        limit = wall_limit(kind)
        ok = ok and pooled <= limit
        out.append("| %s | %s | %d | %.3f | %s | %.3f | %.2f | %s |" % (
            label, " / ".join(each), len(walls["javac"]), pooled, "%.3f–%.3f" % tuple(iv) if iv else "—", paired, limit,
            "pass" if pooled <= limit else "**FAIL**"))
    commits = ", ".join("`%s` (%s)" % (rep["environment"]["commit"], rep["date"]) for rep in reports)
    return ("Pooled runs: %s\n\nEach run's walls are divided by its own plain-javac median before they are pooled.\n\n%s\n"
            % (commits, "\n".join(out)), ok)


def fmt(x, unit="", digits=2):
    return "—" if x is None else ("%.*f%s" % (digits, x, unit))


def markdown(report):
    env = report["environment"]
    out = []
    out.append("# mmlock benchmark — %s" % report["date"])
    out.append("")
    out.append("Machine: %s, %d cores, %s. Checker at `%s`. Seed %d; heap `-Xmx%s` for every javac; "
               "runs per configuration: %s. Medians over the runs; ratios are to plain javac **in the same run**."
               % (env["platform"], env["cpus"], env["java"], env["commit"], report["seed"], report["heap"], report["runs_note"]))
    out.append("")
    out.append("| corpus | files | lines | mm methods | config | runs | wall (s) | CPU (s) | peak RSS (MB) | wall × javac | CPU × javac | RSS × javac | mmlock overhead / Lock Checker overhead |")
    out.append("|---|---:|---:|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|")
    for r in report["corpora"]:
        man = r["manifest"]
        for c in CONFIGS:
            s = r["configs"][c]
            if s is None:
                why = "`--lock-runs`" if c == "lockchecker" else "`--no-processor`"
                out.append("| %s | %d | %d | %d/%d | %s | 0 | not run (%s) | | | | | | |"
                           % (r["kind"], r["files"], man["lines"], man["mm_methods"], man["methods"], c, why))
                continue
            share = r.get("mmlock_share_of_lockchecker_overhead") if c == "mmlock" else None
            out.append("| %s | %d | %d | %d/%d | %s | %d | %s | %s | %s | %s | %s | %s | %s |" % (
                r["kind"], r["files"], man["lines"], man["mm_methods"], man["methods"], c, s["runs"],
                fmt(s["wall_s"]), fmt(s["cpu_s"]), fmt(s["rss_mb"], digits=0),
                fmt(s.get("wall_ratio", 1.0), "×"), fmt(s.get("cpu_ratio", 1.0), "×"), fmt(s.get("rss_ratio", 1.0), "×"),
                fmt(share, digits=3) if share is not None else ""))
    out.append("")
    out.append("Paired: each mmlock run's wall time over that of the plain javac run of the same round "
               "(the rounds alternate the configurations); the median of those ratios, and their range. "
               "The budget is judged on the medians above; this shows how far one run can move.")
    out.append("")
    out.append("| corpus | files | mmlock: median of paired ratios | lowest | highest |")
    out.append("|---|---:|---:|---:|---:|")
    for r in report["corpora"]:
        m = r["configs"]["mmlock"]
        if m and "wall_ratio_paired" in m:
            out.append("| %s | %d | %s | %s | %s |" % (r["kind"], r["files"], fmt(m["wall_ratio_paired"], "×", 3),
                                                    fmt(m["wall_ratio_paired_min"], "×", 3),
                                                    fmt(m["wall_ratio_paired_max"], "×", 3)))
    if report["scaling"]:
        out.append("")
        out.append("Scaling, median wall of the 1,600-file corpus / the 100-file one (files × 16):")
        out.append("")
        out.append("| corpus | javac | mmlock | Lock Checker |")
        out.append("|---|---:|---:|---:|")
        for kind, sc in sorted(report["scaling"].items()):
            out.append("| %s | %s | %s | %s |" % (kind, fmt(sc.get("javac"), "×"), fmt(sc.get("mmlock"), "×"),
                                                 fmt(sc.get("lockchecker"), "×")))
    if report["pathological"]:
        out.append("")
        out.append("Pathological methods (checker time = javac + mmlock minus plain javac on the same file):")
        out.append("")
        out.append("| file | checker, warm in-process (s) | cold process: javac (s) | cold: javac + mmlock (s) | cold difference (s) | < 1 s |")
        out.append("|---|---:|---:|---:|---:|---|")
        for p in report["pathological"]:
            out.append("| %s | %.3f | %.2f | %.2f | %.2f | %s |" % (p["file"], p["warm_checker_s"], p["cold_javac_s"],
                                                                   p["cold_mmlock_s"], p["cold_difference_s"],
                                                                   "pass" if p["pass"] else "**FAIL**"))
    out.append("")
    out.append("Budget (issue 4). Each line is judged on the medians, as the issue says. The interval is where "
               "%d %% of the ratios fall when the rounds of that corpus are drawn again with replacement "
               "(%d draws, seeded): a line whose interval holds its limit is within this machine's noise, "
               "and another run may turn it either way." % (round(INTERVAL * 100), RESAMPLES))
    out.append("")
    out.append("| line | measured | %d %% interval | limit | | |" % round(INTERVAL * 100))
    out.append("|---|---:|---:|---:|---|---|")
    for b in report["budget"]:
        iv = b.get("interval")
        noise = iv is not None and iv[0] <= b["limit"] < iv[1]
        out.append("| %s | %s | %s | %s | %s | %s |" % (
            b["line"], fmt(b["value"], digits=3), "%.3f–%.3f" % tuple(iv) if iv else "",
            b["limit"], "pass" if b["pass"] else "**FAIL**", "within noise" if noise else ""))
    out.append("")
    out.append("Reproduce: `%s` (about %d min on this machine). Raw runs: `%s`."
               % (report["command"], max(1, round(report["elapsed_s"] / 60)), report["json_name"]))
    out.append("")
    return "\n".join(out)


def load(name):
    """An earlier run's results, or exit 2 with a one-line message."""
    try:
        with open(name) as f:
            report = json.load(f)
        report["corpora"]
        return report
    except (OSError, ValueError, KeyError, TypeError) as e:
        sys.stderr.write("bench: cannot read %s as a run's results: %s\n" % (name, e))
        sys.exit(2)


def main():
    a = parse_args()
    if a.plot:
        report = load(a.plot)
        png = os.path.splitext(a.plot)[0] + ".png"
        plot.write(report, png)
        print(png)
        return 0
    if a.report:
        report = load(a.report)
        for r in report["corpora"]:
            ratios(r, report["seed"])
        report["budget"] = budget_lines(report["corpora"], report["pathological"])
        md = markdown(report)
        with open(os.path.splitext(a.report)[0] + ".md", "w") as f:
            f.write(md)
        print(md)
        return 0
    if a.pool:
        md, ok = pool([load(name) for name in a.pool])
        print(md, end="")
        return 0 if ok else 1
    root = a.root
    setup = Setup(root, a.heap)
    outroot = os.path.join(root, "bench", "out")
    os.makedirs(outroot, exist_ok=True)
    if a.quick:
        sizes, runs, runs_small, runs_large, lock_spec = [40], 1, 1, 1, "40:1"
        results_dir, stem = outroot, "quick"
        a.patho_runs = 2
    else:
        sizes = [int(s) for s in a.sizes.split(",")]
        runs, runs_small, runs_large, lock_spec = a.runs, a.runs_small or a.runs, a.runs_large, a.lock_runs
        results_dir, stem = a.out or os.path.join(root, "bench", "results"), "latest"
    os.makedirs(results_dir, exist_ok=True)
    kinds = a.kinds.split(",")
    t0 = time.time()

    def log(msg):
        sys.stderr.write("[%6.0fs] %s\n" % (time.time() - t0, msg))
        sys.stderr.flush()

    rows = []
    for size in sizes:
        for kind in kinds:
            n = runs_large if size >= 1600 else runs if size >= 400 else runs_small
            rows.append(bench_corpus(setup, kind, size, n, lock_runs_for(lock_spec, size, n), a.seed, outroot, log,
                                     processor=not a.no_processor))
    patho_rows = [] if a.no_patho else patho(setup, a.patho_runs, outroot, log)

    scaling = {}
    for kind in kinds:
        by = {r["files"]: r for r in rows if r["kind"] == kind}
        lo, hi = by.get(min(sizes)), by.get(max(sizes))
        if lo and hi and lo is not hi:
            scaling[kind] = {c: ratio(hi["configs"][c]["wall_s"], lo["configs"][c]["wall_s"])
                             for c in CONFIGS if hi["configs"][c] and lo["configs"][c]}
    try:
        commit = subprocess.run(["git", "-C", root, "rev-parse", "--short", "HEAD"], capture_output=True,
                                text=True).stdout.strip() or "unknown"
    except OSError:
        commit = "unknown"
    java = subprocess.run(["java", "-version"], capture_output=True, text=True).stderr.splitlines()[0]
    cmd = " ".join(["bench/run"] + sys.argv[3:])
    report = {
        "date": datetime.datetime.now().strftime("%Y-%m-%d %H:%M"),
        "environment": {"platform": platform.platform(), "cpus": os.cpu_count(), "java": java, "commit": commit},
        "seed": a.seed, "heap": a.heap,
        "runs_note": ("%d (100/400 files)" % runs if runs_small == runs
                      else "%d (100 files), %d (400 files)" % (runs_small, runs))
                     + ", %d (1,600 files); Lock Checker %s" % (runs_large, lock_spec)
                     if not a.quick else "1 (quick)",
        "budget_limits": BUDGET,
        "commands": setup.commands,
        "corpora": rows, "scaling": scaling, "pathological": patho_rows,
        "budget": budget_lines(rows, patho_rows),
        "command": cmd, "json_name": stem + ".json",
    }
    report["elapsed_s"] = round(time.time() - t0, 1)
    with open(os.path.join(results_dir, stem + ".json"), "w") as f:
        json.dump(report, f, indent=1, ensure_ascii=False)
        f.write("\n")
    md = markdown(report)
    with open(os.path.join(results_dir, stem + ".md"), "w") as f:
        f.write(md)
    plot.write(report, os.path.join(results_dir, stem + ".png"))
    print(md)
    return 0 if all(b["pass"] for b in report["budget"]) else 1


if __name__ == "__main__":
    sys.exit(main())
