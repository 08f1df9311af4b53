#!/usr/bin/env python3
"""Save-to-reload latency of `dossier serve`.

Starts `dossier serve --port 0` on a dossier, opens the live-reload stream
(`GET /__dossier/events`, server-sent events) the way a browser page does, then saves one
article N times, each save appending a different sentence, and times each save until the
`reload` event arrives. Prints one JSON object: the samples in milliseconds, the median, and
how long the first build took. The article is restored and the server stopped at the end.

Standard library only, so it runs on a fresh machine with python3.
"""

import argparse
import http.client
import json
import os
import queue
import re
import signal
import socket
import statistics
import subprocess
import sys
import threading
import time

SERVING = re.compile(r"Serving .* at (http://([^/:]+):(\d+)/)")


def start_server(binary, root, attempts=2):
    """Runs the server and returns (process, host, port, seconds until it served). A server
    that stops before serving (killed from outside, say) is started once more."""
    for attempt in range(1, attempts + 1):
        start = time.monotonic()
        proc = subprocess.Popen(
            [binary, "serve", "--root", root, "--port", "0"],
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            start_new_session=True,
        )
        said = []
        for line in proc.stdout:
            match = SERVING.search(line)
            if match:
                # Keep draining the output so the server never blocks on a full pipe.
                threading.Thread(target=lambda: [None for _ in proc.stdout], daemon=True).start()
                return proc, match.group(2), int(match.group(3)), time.monotonic() - start
            said.append(line.rstrip())
        status = proc.wait()
        print(
            f"reload.py: attempt {attempt}: the server stopped before serving (exit {status}): "
            + " / ".join(said[-5:]),
            file=sys.stderr,
        )
    raise SystemExit("reload.py: the server never started serving")


def subscribe(host, port):
    """Opens the event stream as a page does; returns the connection and the response."""
    conn = http.client.HTTPConnection(host, port, timeout=None)
    conn.request("GET", "/__dossier/events", headers={"Accept": "text/event-stream"})
    response = conn.getresponse()
    if response.status != 200:
        raise SystemExit(f"reload.py: /__dossier/events answered {response.status}")
    return conn, response


def listen(response, events):
    """Reads the event stream, putting (event name, monotonic time) on `events`."""
    while True:
        try:
            line = response.readline()
        except Exception:  # noqa: BLE001 - the stream closed under us at the end
            line = b""
        if not line:
            events.put(("closed", time.monotonic()))
            return
        text = line.decode("utf-8", "replace").strip()
        if text.startswith("event:"):
            events.put((text[len("event:"):].strip(), time.monotonic()))


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--binary", required=True, help="the dossier binary")
    parser.add_argument("--root", required=True, help="the dossier to serve")
    parser.add_argument("--article", required=True, help="the article file to save")
    parser.add_argument("--saves", type=int, default=20)
    parser.add_argument("--pause", type=float, default=0.3, help="seconds between saves")
    parser.add_argument("--timeout", type=float, default=10.0, help="seconds to wait for a reload")
    args = parser.parse_args()

    with open(args.article, encoding="utf-8") as f:
        original = f.read()
    proc, host, port, first_build = start_server(args.binary, args.root)
    samples = []
    conn = None
    try:
        events = queue.Queue()
        conn, response = subscribe(host, port)
        threading.Thread(target=listen, args=(response, events), daemon=True).start()
        time.sleep(args.pause)
        for i in range(args.saves):
            text = original.rstrip("\n") + f"\n\nThe negotiators met again on day {i + 1} of the round.\n"
            saved = time.monotonic()
            with open(args.article, "w", encoding="utf-8") as f:
                f.write(text)
            while True:
                try:
                    name, at = events.get(timeout=args.timeout)
                except queue.Empty:
                    raise SystemExit(f"reload.py: no reload within {args.timeout} s of save {i + 1}")
                if name == "reload":
                    samples.append((at - saved) * 1000.0)
                    break
                if name in ("build-error", "closed"):
                    raise SystemExit(f"reload.py: save {i + 1} ended in {name!r}")
            time.sleep(args.pause)
            # A late duplicate event would be counted against the next save; drop it.
            while not events.empty():
                events.get_nowait()
    finally:
        with open(args.article, "w", encoding="utf-8") as f:
            f.write(original)
        # The server shuts down gracefully only once open streams are closed.
        if conn is not None and conn.sock is not None:
            conn.sock.shutdown(socket.SHUT_RDWR)
            conn.close()
        os.killpg(proc.pid, signal.SIGINT)
        try:
            proc.wait(timeout=5)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
    json.dump(
        {
            "saves": len(samples),
            "median_ms": round(statistics.median(samples), 1),
            "min_ms": round(min(samples), 1),
            "max_ms": round(max(samples), 1),
            "samples_ms": [round(s, 1) for s in samples],
            "first_build_s": round(first_build, 2),
        },
        sys.stdout,
    )
    print()


if __name__ == "__main__":
    main()
