#!/usr/bin/env python3
"""Run Corpus Review over a corpus on a Dask cluster, with the CLI as the map and reduce steps.

    python3 bench/distributed/driver.py --scheduler tcp://HOST:8786 --cli dist/cli.js --out OUT PATH...

Pipeline (each step is a Dask task that runs `node <cli> …` on whichever worker Dask picks):

  1. map     signatures PATH… --shard i/n            per document: copy band keys + line hashes
  2. reduce  cluster sig-*.jsonl --facts-out facts    copy pairs + clusters; corpus facts
  3. map     check PATH… --shard i/n --facts facts --format jsonl
  4. reduce  merge check-*.jsonl --facts facts        the report a single `check` prints

Only the corpus must be readable by every worker under the same PATH (a shared mount, or a copy at the
same place); everything else travels through Dask as zlib-compressed JSON Lines. Writes OUT/report.jsonl,
OUT/clusters.jsonl, OUT/facts.json and prints timings as one JSON object.
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
import zlib


def run_cli(node, cli, args, cwd, inputs=None, outputs=()):
    """Run the CLI on a worker. `inputs` {name: compressed bytes} are written to a scratch folder; `outputs` are files the command writes there, returned
    compressed with its stdout. An argument "@name" stands for the scratch path of file `name`."""
    with tempfile.TemporaryDirectory(prefix="corpus-review-task-") as scratch:
        names = {}
        for name, blob in (inputs or {}).items():
            path = os.path.join(scratch, name)
            with open(path, "wb") as f:
                f.write(zlib.decompress(blob))
            names[name] = path
        for name in outputs:
            names[name] = os.path.join(scratch, name)
        argv = [node, cli] + [names[a[1:]] if a.startswith("@") and a[1:] in names else a for a in args]
        started = time.time()
        proc = subprocess.run(argv, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        if proc.returncode not in (0, 1):
            raise RuntimeError("%s exited %d: %s" % (" ".join(argv[1:4]), proc.returncode, proc.stderr.decode(errors="replace")[-2000:]))
        result = {"stdout": zlib.compress(proc.stdout, 3), "seconds": time.time() - started, "stderr": proc.stderr.decode(errors="replace")[-2000:]}
        for name in outputs:
            with open(names[name], "rb") as f:
                result[name] = zlib.compress(f.read(), 3)
        return result


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--scheduler", required=True, help="scheduler address (tcp://host:port) or a --scheduler-file path")
    ap.add_argument("--cli", default=os.path.join(os.path.dirname(__file__), "..", "..", "dist", "cli.js"), help="path of dist/cli.js on the workers")
    ap.add_argument("--node", default="node", help="node executable on the workers")
    ap.add_argument("--shards", type=int, default=0, help="number of shards (default: 2 per worker thread)")
    ap.add_argument("--out", required=True, help="output folder (on the driver)")
    ap.add_argument("--cwd", default=os.getcwd(), help="working folder of the CLI on the workers (paths are relative to it)")
    ap.add_argument("--wait-workers", type=int, default=1, help="wait until this many workers have joined")
    ap.add_argument("--timeout", type=float, default=600, help="give up after this many seconds")
    ap.add_argument("paths", nargs="+")
    a = ap.parse_args(argv)

    from distributed import Client  # imported here so --help works without Dask

    t0 = time.time()
    if os.path.exists(a.scheduler):
        client = Client(scheduler_file=a.scheduler, timeout=60)
    else:
        client = Client(a.scheduler, timeout=60)
    try:
        client.wait_for_workers(a.wait_workers, timeout=60)
        info = client.scheduler_info()["workers"]
        threads = sum(w.get("nthreads", 1) for w in info.values())
        shards = a.shards or max(1, 2 * threads)
        cli = os.path.abspath(a.cli)
        os.makedirs(a.out, exist_ok=True)
        timings = {"workers": len(info), "threads": threads, "shards": shards}

        def stage(name, futures):
            started = time.time()
            results = client.gather(futures)
            timings[name] = round(time.time() - started, 3)
            return results

        def submit(args, **kw):
            return client.submit(run_cli, a.node, cli, args, a.cwd, pure=False, **kw)

        base = ["--time-budget", "none"]
        sigs = stage("map_signatures_s", [submit(["signatures", *a.paths, "--shard", "%d/%d" % (i, shards)]) for i in range(shards)])
        inputs = {"sig-%03d.jsonl" % i: r["stdout"] for i, r in enumerate(sigs)}
        (clustered,) = stage("reduce_cluster_s", [submit(["cluster", *("@" + n for n in sorted(inputs)), "--facts-out", "@facts.json"], inputs=inputs, outputs=("facts.json",))])
        facts = clustered["facts.json"]
        checks = stage("map_check_s", [submit(["check", *a.paths, "--shard", "%d/%d" % (i, shards), "--facts", "@facts.json", "--format", "jsonl", "--fail-on", "none", "--workers", "1", *base], inputs={"facts.json": facts}) for i in range(shards)])
        parts = {"check-%03d.jsonl" % i: r["stdout"] for i, r in enumerate(checks)}
        parts["facts.json"] = facts
        (merged,) = stage("reduce_merge_s", [submit(["merge", *("@" + n for n in sorted(parts) if n != "facts.json"), "--facts", "@facts.json", "--fail-on", "none"], inputs=parts)])

        for name, blob in (("report.jsonl", merged["stdout"]), ("clusters.jsonl", clustered["stdout"]), ("facts.json", facts)):
            with open(os.path.join(a.out, name), "wb") as f:
                f.write(zlib.decompress(blob))
        timings["task_seconds_sum"] = round(sum(r["seconds"] for r in sigs + checks + [clustered, merged]), 3)
        timings["total_s"] = round(time.time() - t0, 3)
        print(json.dumps(timings))
        return 0
    finally:
        client.close()


if __name__ == "__main__":
    sys.exit(main())
