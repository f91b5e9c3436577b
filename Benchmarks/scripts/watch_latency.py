#!/usr/bin/env python3
"""Drop-to-outbox latency of `quire watch`, idle and under load, and burst drain time.

    watch_latency.py QUIRE CORPUS --scratch DIR [--idle 50] [--load-seconds 10] [--rate 50] [--burst 10000]

Every dropped file is a ~30 KB Chinese text made of distinct corpus inputs (so none is an
exact duplicate the daemon would skip), written under a dot-name and renamed into the inbox
(IN_MOVED_TO), as a well-behaved producer does. A poller lists the outbox every millisecond;
a file's latency is from its rename to the first listing that shows its TEI. Prints JSON lines.
"""

import argparse
import json
import os
import shutil
import signal
import statistics
import subprocess
import threading
import time


def percentile(values, p):
    ordered = sorted(values)
    rank = max(1, -(-len(ordered) * p // 100))
    return ordered[int(rank) - 1]


class Poller(threading.Thread):
    def __init__(self, outbox):
        super().__init__(daemon=True)
        self.outbox, self.seen, self.running = outbox, {}, True

    def run(self):
        while self.running:
            stamp = time.perf_counter()
            with os.scandir(self.outbox) as entries:
                for entry in entries:
                    if entry.name.endswith(".tei.xml") and entry.name not in self.seen:
                        self.seen[entry.name] = stamp
            time.sleep(0.001)


def make_payloads(corpus, count, size=30_000):
    names = sorted(n for n in os.listdir(os.path.join(corpus, "input")) if n.endswith("_zh.txt"))
    texts = [open(os.path.join(corpus, "input", n), "rb").read() for n in names]
    payloads, cursor = [], 0
    for i in range(count):
        chunk = bytearray()
        while len(chunk) < size:
            chunk += texts[cursor % len(texts)]
            cursor += 1
        payloads.append(bytes(chunk) + f"\n{i}\n".encode())
    return payloads


def drop(inbox, name, payload):
    temp = os.path.join(inbox, "." + name + ".part")
    with open(temp, "wb") as f:
        f.write(payload)
    os.rename(temp, os.path.join(inbox, name))
    return time.perf_counter()


def wait_for(poller, names, timeout):
    deadline = time.perf_counter() + timeout
    while time.perf_counter() < deadline:
        if all(n.replace(".txt", ".tei.xml") in poller.seen for n in names):
            return True
        time.sleep(0.005)
    return False


def latencies(poller, dropped):
    return [poller.seen[n.replace(".txt", ".tei.xml")] - t for n, t in dropped.items() if n.replace(".txt", ".tei.xml") in poller.seen]


def summary(label, values, expected, **extra):
    ms = [v * 1000 for v in values]
    print(json.dumps({"stage": "watch", "phase": label, "files": expected, "arrived": len(ms),
                      "median_ms": statistics.median(ms) if ms else None,
                      "p99_ms": percentile(ms, 99) if ms else None, **extra}), flush=True)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("quire")
    parser.add_argument("corpus")
    parser.add_argument("--scratch", required=True)
    parser.add_argument("--idle", type=int, default=50)
    parser.add_argument("--load-seconds", type=float, default=10)
    parser.add_argument("--rate", type=float, default=50)
    parser.add_argument("--burst", type=int, default=10000)
    args = parser.parse_args()

    shutil.rmtree(args.scratch, ignore_errors=True)
    inbox, outbox, state = (os.path.join(args.scratch, d) for d in ("Inbox", "Outbox", "state"))
    for d in (inbox, outbox, state):
        os.makedirs(d)
    total = 1 + args.idle + int(args.load_seconds * args.rate) + args.burst
    payloads = iter(make_payloads(args.corpus, total))
    log = open(os.path.join(args.scratch, "watch.log"), "wb")
    daemon = subprocess.Popen([args.quire, "watch", "--inbox", inbox, "--outbox", outbox, "--state", state],
                              cwd=args.scratch, stdout=log, stderr=log)
    poller = Poller(outbox)
    poller.start()
    try:
        drop(inbox, "warmup.txt", next(payloads))
        if not wait_for(poller, ["warmup.txt"], 60):
            print(json.dumps({"stage": "watch", "error": "no output for the warm-up file within 60 s"}))
            return

        dropped = {}
        for i in range(args.idle):
            name = f"idle-{i:05d}.txt"
            dropped[name] = drop(inbox, name, next(payloads))
            wait_for(poller, [name], 30)
            time.sleep(0.05)
        summary("idle", latencies(poller, dropped), args.idle)

        dropped = {}
        interval = 1 / args.rate
        start = time.perf_counter()
        for i in range(int(args.load_seconds * args.rate)):
            target = start + i * interval
            time.sleep(max(0, target - time.perf_counter()))
            name = f"load-{i:05d}.txt"
            dropped[name] = drop(inbox, name, next(payloads))
        wait_for(poller, list(dropped), 300)
        summary(f"load {args.rate:g} files/s", latencies(poller, dropped), len(dropped))

        # Burst: staged beside the inbox (same filesystem), then renamed in as fast as possible.
        staging = os.path.join(args.scratch, "staging")
        os.makedirs(staging)
        names = [f"burst-{i:05d}.txt" for i in range(args.burst)]
        for name in names:
            with open(os.path.join(staging, name), "wb") as f:
                f.write(next(payloads))
        size = sum(os.path.getsize(os.path.join(staging, n)) for n in names)
        start = time.perf_counter()
        for name in names:
            os.rename(os.path.join(staging, name), os.path.join(inbox, name))
        complete = wait_for(poller, names, 1800)
        last = max((poller.seen.get(n.replace(".txt", ".tei.xml"), start) for n in names), default=start)
        drain = last - start
        with open(f"/proc/{daemon.pid}/status") as f:
            hwm = next((line.split()[1] for line in f if line.startswith("VmHWM")), "0")
        print(json.dumps({"stage": "watch", "phase": "burst", "files": args.burst, "complete": complete,
                          "drain_seconds": drain, "files_per_s": args.burst / drain if drain else None,
                          "mb_s": size / 1e6 / drain if drain else None,
                          "daemon_peak_rss_mib": int(hwm) / 1024}), flush=True)
    finally:
        poller.running = False
        daemon.send_signal(signal.SIGTERM)
        try:
            code = daemon.wait(60)
        except subprocess.TimeoutExpired:
            daemon.kill()
            code = "killed"
        print(json.dumps({"stage": "watch", "phase": "sigterm", "exit": code}), flush=True)


if __name__ == "__main__":
    main()
