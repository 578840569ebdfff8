#!/usr/bin/env python3
"""Where mmlock's time goes: compiles one generated corpus with javac + mmlock under Java Flight
Recorder (execution samples every 2 ms by default, deep stacks) and aggregates the samples of javac's main
thread: by phase (javac's own work vs the checker's parts), and the hottest methods (self time and
inclusive time in org.mmlock and org.checkerframework). python3 stdlib + the JDK's `jfr` tool.

usage: bench/profile [KIND [FILES]]    (default: dense 400)
env:   MMLOCK_SAMPLE_MS (default 2): sampling period; MMLOCK_JFC: a settings file of your own
"""
import collections
import json
import os
import re
import shutil
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import bench  # noqa: E402

# Phases: the first rule (in this order) that matches any frame of a sample decides its phase.
PHASES = [
    ("mmlock: exit checks and rules after a fixpoint with loops (MethodAnalyzer.exits, LastSeen)",
     ("org.mmlock.checker.MethodAnalyzer.exits", "org.mmlock.checker.LastSeen.")),
    ("mmlock: CFG construction (CFGBuilder)", "org.checkerframework.dataflow.cfg.builder."),
    ("mmlock: dataflow fixpoint (ForwardAnalysisImpl + LockTransfer/LockStore, rules watching)",
     "org.checkerframework.dataflow.analysis."),
    ("mmlock: rules and reporting (org.mmlock.checker.rules)", "org.mmlock.checker.rules."),
    ("mmlock: relevance pre-scan", "org.mmlock.checker.Relevance."),
    ("mmlock: contract model (annotations → contracts)", "org.mmlock.checker.model."),
    ("mmlock: other checker code", "org.mmlock."),
    ("Checker Framework: other (CFG queries, worklist order)", "org.checkerframework."),
]
JAVAC = [
    ("javac: parse", "com.sun.tools.javac.parser."),
    ("javac: attribute (Attr/Resolve/Infer)", "com.sun.tools.javac.comp.Attr"),
    ("javac: attribute (Attr/Resolve/Infer)", "com.sun.tools.javac.comp.Resolve"),
    ("javac: attribute (Attr/Resolve/Infer)", "com.sun.tools.javac.comp.Infer"),
    ("javac: flow", "com.sun.tools.javac.comp.Flow"),
    ("javac: desugar (Lower/TransTypes)", "com.sun.tools.javac.comp.Lower"),
    ("javac: desugar (Lower/TransTypes)", "com.sun.tools.javac.comp.TransTypes"),
    ("javac: generate (Gen/ClassWriter)", "com.sun.tools.javac.jvm."),
    ("javac: enter/complete symbols", "com.sun.tools.javac.comp."),
    ("javac: class reading / file manager", "com.sun.tools.javac.file."),
    ("javac: annotation processing setup", "com.sun.tools.javac.processing."),
]


def frame_name(fr):
    m = fr["method"]
    return m["type"]["name"].replace("/", ".") + "." + m["name"]


def phase(frames):
    """frames: innermost first. The checker phase wins when any frame is checker code."""
    names = [frame_name(f) for f in frames]
    for label, prefix in PHASES:
        if any(n.startswith(prefix) for n in names):
            return label
    for label, prefix in JAVAC:
        if any(n.startswith(prefix) for n in names):
            return label
    return "other (JDK, class loading, JIT-compiled stubs)"


def sampling_settings(outdir, period_ms):
    """The JDK's own `profile` settings, sampling Java code every period_ms (its default is 10-20 ms,
    too coarse for one compilation), written next to the recording."""
    java_home = os.path.dirname(os.path.dirname(os.path.realpath(shutil.which("javac"))))
    with open(os.path.join(java_home, "lib", "jfr", "profile.jfc")) as f:
        text = f.read()
    text = re.sub(r'(<event name="jdk.ExecutionSample">.*?<setting name="period"[^>]*>)[^<]*(</setting>)',
                  r"\g<1>%d ms\2" % period_ms, text, flags=re.S)
    path = os.path.join(outdir, "profile-%dms.jfc" % period_ms)
    with open(path, "w") as f:
        f.write(text)
    return path


def main():
    kind = sys.argv[1] if len(sys.argv) > 1 else "dense"
    files = int(sys.argv[2]) if len(sys.argv) > 2 else 400
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    setup = bench.Setup(root, "6g")
    d = os.path.join(root, "bench", "out", "profile-%s-%d" % (kind, files))
    bench.generate(setup, kind, files, 42, d)
    jfr = os.path.join(d, "mmlock.jfr")
    settings = os.environ.get("MMLOCK_JFC") or sampling_settings(d, int(os.environ.get("MMLOCK_SAMPLE_MS", "2")))
    extra = ["-J-XX:StartFlightRecording=filename=%s,settings=%s" % (jfr, settings),
             "-J-XX:FlightRecorderOptions:stackdepth=2048"]
    cmd = setup.commands["mmlock"]
    setup.commands["mmlock"] = cmd[:1] + extra + cmd[1:]
    r = bench.compile_once_allow_notes(setup, "mmlock", d)
    out = subprocess.run(["jfr", "print", "--json", "--stack-depth", "512", "--events", "jdk.ExecutionSample", jfr],
                         capture_output=True, text=True, check=True).stdout
    events = json.loads(out)["recording"]["events"]
    samples = [e["values"]["stackTrace"]["frames"] for e in events
               if e["values"].get("sampledThread", {}).get("javaName") == "main" and e["values"].get("stackTrace")]
    total = len(samples)
    phases = collections.Counter(phase(s) for s in samples)
    self_hot = collections.Counter()
    incl = collections.Counter()
    for s in samples:
        self_hot[frame_name(s[0])] += 1
        seen = set()
        for f in s:
            n = frame_name(f)
            if n.startswith(("org.mmlock", "org.checkerframework")) and n not in seen:
                seen.add(n)
                incl[n] += 1
    report = {"corpus": "%s-%d" % (kind, files), "wall_s": r["wall_s"], "cpu_s": r["cpu_s"], "samples_main": total,
              "phases": [(k, v, round(100.0 * v / total, 1)) for k, v in phases.most_common()],
              "self_top": [(k, v, round(100.0 * v / total, 1)) for k, v in self_hot.most_common(25)],
              "inclusive_top": [(k, v, round(100.0 * v / total, 1)) for k, v in incl.most_common(40)]}
    checker = sum(v for k, v in phases.items() if k.startswith(("mmlock", "Checker Framework")))
    report["checker_share"] = round(100.0 * checker / total, 1)
    lines = ["# Where mmlock's time goes — javac + mmlock on %s (JFR, main thread)" % report["corpus"], "",
             "Wall %.2f s, CPU %.2f s, %d execution samples of javac's main thread (JFR settings `%s`;"
             " the recording itself adds a little). Samples with a checker frame: %.1f %%."
             % (r["wall_s"], r["cpu_s"], total, os.path.basename(settings), report["checker_share"]), "",
             "## By phase", "", "| phase | samples | share |", "|---|---:|---:|"]
    lines += ["| %s | %d | %.1f %% |" % p for p in report["phases"]]
    lines += ["", "## Hottest methods, inclusive (checker and framework frames)", "", "| method | samples | share |",
              "|---|---:|---:|"]
    lines += ["| `%s` | %d | %.1f %% |" % p for p in report["inclusive_top"]]
    lines += ["", "## Hottest methods, self time (any code)", "", "| method | samples | share |", "|---|---:|---:|"]
    lines += ["| `%s` | %d | %.1f %% |" % p for p in report["self_top"]]
    lines.append("")
    res = os.path.join(root, "bench", "results")
    os.makedirs(res, exist_ok=True)
    with open(os.path.join(res, "profile.md"), "w") as f:
        f.write("\n".join(lines))
    with open(os.path.join(res, "profile.json"), "w") as f:
        json.dump(report, f, indent=1)
    print("\n".join(lines))


if __name__ == "__main__":
    main()
