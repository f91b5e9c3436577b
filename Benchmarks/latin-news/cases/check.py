#!/usr/bin/env python3
"""Runs the audit's minimal cases (hyphen.json, blocks.json: [class, name, input, expected]) through
the quire binary and prints pass/FAIL with what Quire gave. usage: check.py FILE.json [--quire BIN]"""
import subprocess, tempfile, pathlib, os, sys, json
HERE = pathlib.Path(__file__).resolve().parent
ROOT = HERE.parent.parent.parent
QUIRE = sys.argv[sys.argv.index("--quire") + 1] if "--quire" in sys.argv else "/tmp/quire-audit"
READING = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "scripts", "reading.py")

def run(text):
    d = pathlib.Path(tempfile.mkdtemp(prefix="latin-news-case-"))
    (d / "c.txt").write_text(text, encoding="utf-8")
    env = dict(os.environ, QUIRE_DATA_DIR=str(ROOT / "Sources/QuireText/Resources"))
    subprocess.run([QUIRE, "clean", str(d / "c.txt"), "-o", str(d / "o"), "--state", str(d / "s")],
                   capture_output=True, env=env, check=True)
    out = subprocess.run([sys.executable, READING, str(d / "o/c.tei.xml")], capture_output=True, text=True, check=True).stdout
    subprocess.run(["rm", "-rf", str(d)])
    return "\n".join(l for l in out.split("\n") if l.strip() and l.strip() != "----")

if __name__ == "__main__":
    for cls, name, inp, exp in json.load(open(sys.argv[1], encoding="utf-8")):
        got = run(inp)
        print(("FAIL" if got != exp else "pass"), cls, "|", name)
        if got != exp:
            print("   got:", repr(got))
