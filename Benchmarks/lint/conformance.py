#!/usr/bin/env python3
"""Runs `tandem lint` over the OASIS XLIFF 2.1 test suite and counts how many
valid core files it accepts and how many invalid core files it rejects, with
the reason it gives.

The suite is not in the repository: it is found in $TANDEM_CONFORMANCE/xliff-21
or ../shared/conformance/xliff-21 beside the repository.

    python3 Benchmarks/lint/conformance.py            # builds a release tandem first
    TANDEM_BIN=.build/debug/tandem python3 Benchmarks/lint/conformance.py [-v]
"""
import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
STRUCTURAL = {"parse-error", "xliff-constraint", "file-structure", "duplicate-key"}


def suite():
    for base in (os.environ.get("TANDEM_CONFORMANCE"), os.path.join(os.path.dirname(REPO), "shared", "conformance")):
        if base and os.path.isdir(os.path.join(base, "xliff-21", "test-suite", "core", "valid")):
            return os.path.join(base, "xliff-21", "test-suite", "core")
    return None


def tandem_binary():
    if os.environ.get("TANDEM_BIN"):
        return os.path.abspath(os.environ["TANDEM_BIN"])
    subprocess.run(["swift", "build", "-c", "release", "--scratch-path", ".build-bench", "--product", "tandem"], cwd=REPO, check=True)
    return os.path.join(REPO, ".build-bench", "release", "tandem")


def structural_findings(binary, path):
    result = subprocess.run([binary, "lint", "--format", "json", "--fail-on", "critical", path], capture_output=True, text=True)
    if result.returncode not in (0, 1):
        return [{"check": "error", "message": result.stderr.strip()}]
    return [f for f in json.loads(result.stdout)["findings"] if f["check"] in STRUCTURAL]


def main():
    core = suite()
    if core is None:
        print("the XLIFF 2.1 suite is not here: set TANDEM_CONFORMANCE or put it in ../shared/conformance")
        return 0
    verbose = "-v" in sys.argv
    binary = tandem_binary()
    counts = {}
    for kind in ("valid", "invalid"):
        files = sorted(f for f in os.listdir(os.path.join(core, kind)) if f.endswith(".xlf"))
        good = 0
        for name in files:
            findings = structural_findings(binary, os.path.join(core, kind, name))
            ok = not findings if kind == "valid" else bool(findings)
            good += ok
            if verbose or not ok:
                reason = findings[0]["message"] if findings else "no finding"
                print(f"{'ok  ' if ok else 'FAIL'} {kind}/{name}: {reason}")
        counts[kind] = (good, len(files))
    print("\nXLIFF 2.1 core   accepted/rejected as required")
    print("valid files      %3d of %3d accepted" % counts["valid"])
    print("invalid files    %3d of %3d rejected" % counts["invalid"])
    return 0 if counts["valid"][0] == counts["valid"][1] else 1


if __name__ == "__main__":
    sys.exit(main())
