#!/usr/bin/env python3
"""Benchmark for `quire watch` (issue 6, "Speed"): not a test, a measurement.

Starts the built daemon on temporary folders and reports
  * drop-to-outbox latency for a ~30 KB file (median, p99), idle and under 50 files/s,
  * time to drain a burst of N files (default 10,000),
  * the daemon's peak resident memory (VmHWM).
A file is "dropped" the way an archive would: written elsewhere on the same file system, then
renamed into the inbox. Latency runs from the rename to the TEI file's appearance (polled every
millisecond). Each file gets a unique last line, so exact-duplicate detection never short-cuts.

  scripts/watch-benchmark.py [--quire .build/release/quire] [--burst 10000] [--dedup]
"""
import argparse, os, shutil, statistics, subprocess, sys, tempfile, time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SAMPLE = os.path.join(ROOT, "Tests/QuireServiceTests/Fixtures/sample-utf8.txt")


def percentile(values, fraction):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(fraction * (len(ordered) - 1))))]


class Daemon:
    def __init__(self, quire, workdir, dedup, concurrency):
        self.workdir = workdir
        os.makedirs(os.path.join(workdir, "Config"))
        with open(os.path.join(workdir, "Config/quire.toml"), "w") as config:
            config.write(f"[dedup]\nenabled = {'true' if dedup else 'false'}\n")
            if concurrency:
                config.write(f"[daemon]\nconcurrency = {concurrency}\n")
        self.log = open(os.path.join(workdir, "daemon.log"), "w")
        self.process = subprocess.Popen([quire, "watch", "--log-level", "warning"], cwd=workdir,
                                        stdout=self.log, stderr=self.log)
        self.inbox = os.path.join(workdir, "Inbox")
        self.outbox = os.path.join(workdir, "Outbox")
        self.staging = os.path.join(workdir, "staging")
        os.makedirs(self.staging)
        deadline = time.time() + 30
        while not os.path.isdir(self.outbox) and time.time() < deadline:
            time.sleep(0.01)
        time.sleep(0.2)

    def drop(self, name, body):
        staged = os.path.join(self.staging, name)
        with open(staged, "wb") as handle:
            handle.write(body)
        os.rename(staged, os.path.join(self.inbox, name))
        return time.perf_counter()

    def output(self, name):
        return os.path.join(self.outbox, name[:-4] + ".tei.xml")

    def peak_memory_kib(self):
        with open(f"/proc/{self.process.pid}/status") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
        return 0

    def stop(self):
        self.process.terminate()
        self.process.wait(timeout=120)
        self.log.close()


def body(base, index):
    return base + f"\n第{index}号测试附言。\n".encode()


def wait_for(paths, started, latencies, timeout=120):
    pending = dict(zip(paths, started))
    deadline = time.time() + timeout
    while pending and time.time() < deadline:
        now = time.perf_counter()
        for path in [p for p in pending if os.path.exists(p)]:
            latencies.append((now - pending.pop(path)) * 1000)
        time.sleep(0.001)
    return not pending


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quire", default=os.path.join(ROOT, ".build/release/quire"))
    parser.add_argument("--burst", type=int, default=10000)
    parser.add_argument("--samples", type=int, default=100, help="files per latency measurement")
    parser.add_argument("--dedup", action="store_true", help="keep the duplicate index on")
    parser.add_argument("--concurrency", type=int, default=0)
    args = parser.parse_args()
    args.quire = os.path.abspath(args.quire)
    base = open(SAMPLE, "rb").read()
    workdir = tempfile.mkdtemp(prefix="quire-bench-")
    daemon = Daemon(args.quire, workdir, args.dedup, args.concurrency)
    counter = 0
    try:
        idle = []
        for _ in range(args.samples):
            counter += 1
            name = f"idle-{counter:06d}.txt"
            started = daemon.drop(name, body(base, counter))
            wait_for([daemon.output(name)], [started], idle)
        print(f"idle latency      median {statistics.median(idle):7.1f} ms   p99 {percentile(idle, 0.99):7.1f} ms   (n={len(idle)})")

        loaded, names, starts = [], [], []
        interval = 1 / 50
        next_drop = time.perf_counter()
        for _ in range(args.samples * 2):
            counter += 1
            name = f"load-{counter:06d}.txt"
            while time.perf_counter() < next_drop:
                pass
            starts.append(daemon.drop(name, body(base, counter)))
            names.append(daemon.output(name))
            next_drop += interval
            done = [i for i, path in enumerate(names) if os.path.exists(path)]
            for i in reversed(done):
                loaded.append((time.perf_counter() - starts[i]) * 1000)
                del names[i], starts[i]
        wait_for(names, starts, loaded)
        print(f"50 files/s        median {statistics.median(loaded):7.1f} ms   p99 {percentile(loaded, 0.99):7.1f} ms   (n={len(loaded)})")

        begin = time.perf_counter()
        burst = []
        for _ in range(args.burst):
            counter += 1
            name = f"burst-{counter:06d}.txt"
            daemon.drop(name, body(base, counter))
            burst.append(daemon.output(name))
        dropped = time.perf_counter() - begin
        while any(not os.path.exists(path) for path in burst[-50:]) or len(os.listdir(daemon.inbox)) > 0:
            time.sleep(0.05)
        drained = time.perf_counter() - begin
        print(f"burst of {args.burst}   dropped in {dropped:6.1f} s, drained in {drained:6.1f} s ({args.burst / drained:6.1f} files/s)")
        print(f"peak memory       {daemon.peak_memory_kib() / 1024:7.1f} MiB")
    finally:
        daemon.stop()
        shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
