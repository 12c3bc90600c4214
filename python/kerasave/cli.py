"""The `kerasave` command (also `python -m kerasave`): inspect, verify, diff, convert.

Exit codes: 0 when all is well, 1 when a problem or a difference is found, 2 for a usage
error or an input that cannot be read.
"""

from __future__ import annotations

import argparse
import json
import sys
import time

from kerasave import tools


def _size(n):
    for unit in ("B", "KB", "MB", "GB", "TB"):
        if n < 1024 or unit == "TB":
            return f"{n:.0f} {unit}" if unit == "B" else f"{n:.1f} {unit}"
        n /= 1024


class _Progress:
    """A progress bar on standard error, when it is a terminal and the work is long."""

    def __init__(self, label):
        self.label = label
        self.start = time.monotonic()
        self.shown = False

    def __call__(self, done, total):
        if not sys.stderr.isatty() or time.monotonic() - self.start < 0.5 or not total:
            return
        width = 30
        filled = int(width * done / total)
        bar = "#" * filled + "-" * (width - filled)
        sys.stderr.write(f"\r{self.label} [{bar}] {_size(done)} / {_size(total)}")
        sys.stderr.flush()
        self.shown = True

    def close(self):
        if self.shown:
            sys.stderr.write("\n")


def _table(rows, headers):
    widths = [max(len(str(x)) for x in col) for col in zip(headers, *rows, strict=True)]
    lines = ["  ".join(str(h).ljust(w) for h, w in zip(headers, widths, strict=True)).rstrip()]
    lines.append("  ".join("-" * w for w in widths))
    lines += [
        "  ".join(str(x).ljust(w) for x, w in zip(row, widths, strict=True)).rstrip()
        for row in rows
    ]
    return "\n".join(lines)


def _print_inspect(info):
    print(f"{info['path']}: {info['format']}")
    for key in ("keras_version", "date_saved", "backend"):
        if info[key]:
            print(f"  {key}: {info[key]}")
    if info["model"]:
        print(f"  model: {info['model']['class_name']} '{info['model']['name']}'")
    if info["layers"]:
        print(f"\nlayers ({len(info['layers'])})")
        print(_table([(x["path"], x["class_name"]) for x in info["layers"]], ("path", "class")))
    rows = [
        (t["path"], "x".join(map(str, t["shape"])) or "()", t["dtype"], _size(t["nbytes"]))
        for t in info["tensors"]
    ]
    print(f"\ntensors ({len(rows)})")
    if rows:
        print(_table(rows, ("path", "shape", "dtype", "size")))
    print(
        f"\nparameters: {info['parameters']:,}  optimizer: {info['optimizer_parameters']:,}  "
        f"bytes: {_size(info['bytes'])}"
    )


def _print_verify(report):
    status = "OK" if report["ok"] else "PROBLEMS FOUND"
    print(f"{report['path']}: {report['format']}: {status}")
    print(
        f"  {report['members']} members, {report['tensors']} tensors, {_size(report['bytes'])} read"
    )
    for p in report["problems"]:
        print(f"  problem: {p}")
    for w in report["warnings"]:
        print(f"  warning: {w}")


def _print_diff(d):
    print(f"a: {d['a']}\nb: {d['b']}")
    for p in d["removed"]:
        print(f"- {p}")
    for p in d["added"]:
        print(f"+ {p}")
    for p, c in d["changed"].items():
        if "max_abs_diff" in c:
            print(f"~ {p}: max |a - b| = {c['max_abs_diff']:.6g}")
        else:
            print(f"~ {p}: {c['a']} -> {c['b']}")
    for c in d["config"]:
        print(f"config {c['change']}: {c['path']}: {c['a']!r} -> {c['b']!r}")
    print(f"{d['same']} tensors equal")


def _differs(d):
    return bool(d["added"] or d["removed"] or d["changed"] or d["config"])


def _parser():
    parser = argparse.ArgumentParser(
        prog="kerasave",
        description="Inspect, verify, compare and convert Keras model and weights files "
        "without Keras.",
    )
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("inspect", help="format, layers and tensors, without reading weights")
    p.add_argument("path")
    p.add_argument("--json", action="store_true", help="print JSON")
    p = sub.add_parser("verify", help="check every byte: CRCs, structure, tensors, config")
    p.add_argument("path")
    p.add_argument("--json", action="store_true", help="print JSON")
    p = sub.add_parser("diff", help="tensors added, removed and changed; config differences")
    p.add_argument("a")
    p.add_argument("b")
    p.add_argument("--json", action="store_true", help="print JSON")
    p = sub.add_parser(
        "convert", help="weights to .safetensors or .npz; legacy .h5 <-> .keras (needs Keras)"
    )
    p.add_argument("src")
    p.add_argument("dst")
    p.add_argument("--json", action="store_true", help="print JSON")
    return parser


def main(argv=None):
    """Runs the command line; returns the exit code."""
    args = _parser().parse_args(argv)
    progress = _Progress(args.command)
    try:
        if args.command == "inspect":
            result, code, show = tools.inspect(args.path), 0, _print_inspect
        elif args.command == "verify":
            result = tools.verify(args.path, progress=progress)
            code, show = (0 if result["ok"] else 1), _print_verify
        elif args.command == "diff":
            result = tools.diff(args.a, args.b, progress=progress)
            code, show = (1 if _differs(result) else 0), _print_diff
        else:
            dst = tools.convert(args.src, args.dst, progress=progress)
            result, code = {"src": args.src, "dst": dst}, 0

            def show(r):
                print(f"{r['src']} -> {r['dst']}")
    except tools.ERRORS as e:
        progress.close()
        print(f"kerasave {args.command}: {e}", file=sys.stderr)
        return 2
    progress.close()
    if args.json:
        print(json.dumps(result, indent=1))
    else:
        show(result)
    return code


def run():
    """The console script's entry point."""
    sys.exit(main())
