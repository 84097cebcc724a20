#!/usr/bin/env python3
"""Soak test for `posdx diagnose --jsonl`: a long stream with hostile lines, many threads, a small heap.

Checks what a gateway pairing output with input by position relies on:
  * every input line has exactly one output line, at its position;
  * a hostile line gives an error line naming its own line number, a good line the diagnosis its
    response code gives alone (so a line written under the wrong position is caught);
  * peak memory does not grow with the line count (run two sizes and compare).

Usage (from the repository root, after ./posdx has built the command line once):
  tools/stream_soak.py --lines 1000000 --hostile-percent 1 --threads 8 --heap 128m
  tools/stream_soak.py --lines 100000 --lines 1000000          # compare peak memory of two sizes

Prints one summary line per size; exits 1 if any line is lost, extra or out of place.
"""

import argparse
import json
import os
import random
import re
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
POSDX = os.path.join(ROOT, "posdx")

# Good lines: each response code's diagnosis is fixed, so its cause tells which line it answers.
GOOD_CODES = [("UNIONPAY", "51"), ("VISA", "05"), ("UNIONPAY", "01"), ("MASTERCARD", "65"), ("VISA", "54"),
              ("UNIONPAY", "55"), ("ISO8583", "91"), ("UNIONPAY", "14")]


def hostile_lines(rnd):
    """One hostile line, as bytes, of a kind picked at random: what a log collector may pass on."""
    kinds = [
        lambda: b'{"network":"VISA","responseCode":"05","amount":1e9999999999}',
        lambda: b'{"network":"VISA","responseCode":"05","amount":-1E-2147483649,"currency":"USD"}',
        lambda: b'{"network":"VISA","responseCode":"05"',                        # unclosed
        lambda: b'\xff\xfe{"network":"VISA"}',                                     # not UTF-8
        lambda: b'{"network":"VISA","responseCode":"0\xc3"}',                      # truncated UTF-8
        lambda: b'[' * 5000 + b']' * 5000,                                          # deep nesting
        lambda: b'',                                                                 # empty line
        lambda: b'   \t ',                                                           # blank line
        lambda: b'\x00\x1b[2J{"network":"VISA"}',                                   # control bytes
        lambda: b'{"network":"VISA","responseCode":"05","pinBlock":"1234567890ABCDEF"}',
        lambda: b'{"network":"VISA","responseCode":"05","cvv":123}',
        lambda: b'{"network":"VISA","responseCode":"05","track2Data":"4111111111111111=2512"}',
        lambda: b'{"network":"nosuch","responseCode":"05"}',
        lambda: b'{"network":"VISA","responseCode":"05","network":"VISA"}',         # duplicate key
        lambda: b'{"network":"VISA","responseCode":"' + b'7' * 200_000 + b'"}',   # long value
        lambda: b'"just a string"',
        lambda: b'{"network":"VISA","responseCode":"05"} trailing',
        lambda: b'{"network":"VISA","responseCode":"05","terminal":{"latencyMs":1e400}}',
        lambda: b'{"network":"VISA","responseCode":"05","locale":"\xe2\x80\xae"}',
        lambda: b'{"network":"VISA","responseCode":"05","pan":"4111 1111 1111 1111 extra"}',
    ]
    return kinds[rnd.randrange(len(kinds))]()


def generate(path, lines, hostile_percent, seed):
    rnd = random.Random(seed)
    expected = []  # per line: the good line's index into GOOD_CODES, or -1 for hostile
    with open(path, "wb") as f:
        for _ in range(lines):
            if rnd.random() * 100 < hostile_percent:
                f.write(hostile_lines(rnd) + (b"\r\n" if rnd.random() < 0.1 else b"\n"))
                expected.append(-1)
            else:
                k = rnd.randrange(len(GOOD_CODES))
                network, code = GOOD_CODES[k]
                f.write(('{"network":"%s","responseCode":"%s"}\n' % (network, code)).encode())
                expected.append(k)
    return expected


def causes_alone(args, env):
    """Each good line's cause, diagnosed on its own (one thread)."""
    stdin = "".join('{"network":"%s","responseCode":"%s"}\n' % nc for nc in GOOD_CODES)
    out = subprocess.run([args.posdx, "diagnose", "--jsonl", "--threads", "1", "--locale", "en"], input=stdin.encode(),
                         capture_output=True, env=env, check=False).stdout.decode().splitlines()
    return [json.loads(line)["cause"] for line in out]


def run(lines, args, env, causes):
    with tempfile.TemporaryDirectory(prefix="posdx-soak-") as tmp:
        source = os.path.join(tmp, "in.jsonl")
        expected = generate(source, lines, args.hostile_percent, args.seed)
        gc_log = os.path.join(tmp, "gc.log")
        run_env = dict(env)
        run_env["JAVA_OPTS"] = "-Xmx%s -XX:+UseSerialGC -Xlog:gc:file=%s" % (args.heap, gc_log)
        lost = extra = misplaced = diagnosed = errors = outputs = 0
        started = time.monotonic()
        # The output is checked as it streams: a million diagnoses would fill gigabytes on disk.
        with open(source, "rb") as fin:
            proc = subprocess.Popen(["/usr/bin/time", "-f", "%M", args.posdx, "diagnose", "--jsonl", "--locale", "en",
                                     "--threads", str(args.threads)],
                                    stdin=fin, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=run_env)
            for raw in proc.stdout:
                outputs += 1
                if outputs > lines:
                    extra += 1
                    continue
                number = outputs
                try:
                    obj = json.loads(raw)
                except ValueError:
                    misplaced += 1
                    continue
                want = expected[number - 1]
                if "error" in obj:
                    errors += 1
                    if want != -1 or obj["error"].get("line") != number:
                        misplaced += 1
                else:
                    diagnosed += 1
                    if want == -1 or obj.get("cause") != causes[want]:
                        misplaced += 1
            stderr = proc.stderr.read().decode(errors="replace").strip().splitlines()
            proc.wait()
        seconds = time.monotonic() - started
        lost = max(0, lines - outputs)
        peak_rss_kb = int(stderr[-1]) if stderr and stderr[-1].isdigit() else -1
        gc_text = open(gc_log).read() if os.path.exists(gc_log) else ""
        heap_after = [int(m.group(1)) for m in re.finditer(r"->(\d+)M\(", gc_text)]
        # After a full collection only live objects remain: the figure that must not grow with lines.
        live_after_full = [int(m.group(1)) for m in re.finditer(r"Pause Full.*?->(\d+)M\(", gc_text)]
        hostile = sum(1 for e in expected if e == -1)
        return {
            "lines": lines, "hostile": hostile, "threads": args.threads, "heap": args.heap,
            "exit": proc.returncode, "outputs": outputs, "diagnosed": diagnosed, "errors": errors,
            "lost": lost, "extra": extra, "misplaced": misplaced,
            "seconds": round(seconds, 1), "peak_rss_mib": round(peak_rss_kb / 1024, 1),
            "gc_count": len(heap_after), "max_heap_after_gc_mib": max(heap_after) if heap_after else -1,
            "median_heap_after_gc_mib": sorted(heap_after)[len(heap_after) // 2] if heap_after else -1,
            "full_gcs": len(live_after_full), "max_live_after_full_gc_mib": max(live_after_full) if live_after_full else -1,
            "stderr": [s for s in stderr[:-1] if s][:3],
        }


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--lines", type=int, action="append", help="input lines (repeat to compare sizes)")
    parser.add_argument("--hostile-percent", type=float, default=1.0)
    parser.add_argument("--threads", type=int, default=8)
    parser.add_argument("--heap", default="128m")
    parser.add_argument("--seed", type=int, default=20261205)
    parser.add_argument("--posdx", default=POSDX, help="the launcher to run (default: the repository's ./posdx)")
    args = parser.parse_args()
    sizes = args.lines or [1_000_000]
    env = dict(os.environ)
    env["POSDX_NO_BUILD"] = env.get("POSDX_NO_BUILD", "1")
    causes = causes_alone(args, env)
    if len(causes) != len(GOOD_CODES):
        sys.exit("posdx did not diagnose the reference lines; build it first with ./posdx --version")
    failed = False
    for lines in sizes:
        result = run(lines, args, env, causes)
        print(json.dumps(result), flush=True)
        failed |= result["lost"] or result["extra"] or result["misplaced"] or result["outputs"] != lines
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
