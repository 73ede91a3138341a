#!/usr/bin/env python3
"""Runs the real `reader` binary on a pseudo-terminal and counts the bytes it writes.

Usage: pty-bytes.py READER CORPUS [--cols 100] [--rows 30] [--samples 5] [--compare-keys KEYS]

Prints one JSON object:
  first_paint_s      seconds from spawn until the list has been drawn (the end of the first burst
                     of output, bursts being separated by 50 ms of silence)
  first_paint_bytes  bytes of that first frame
  open_bytes         bytes after Enter opens the first article
  line_bytes         bytes after each `j` (one-line scroll) in the article view
  page_bytes         bytes after each space (page down) in the article view; `b` (page up)
                     follows each one, uncounted, so every sample moves a whole page
  compare_*          the same in the side-by-side view, when --compare-keys says how to reach it
Each key's output is read until the program has been silent for --quiet seconds.
"""
import argparse, fcntl, json, os, select, signal, struct, subprocess, sys, tempfile, termios, time


def read_burst(fd, quiet, limit, first_timeout=None):
    """Bytes written until `quiet` seconds pass with no output (or `limit` seconds in all);
    returns (bytes, time of the last byte or None)."""
    data = bytearray()
    last = None
    start = time.monotonic()
    while True:
        now = time.monotonic()
        if now - start > limit:
            break
        wait = quiet if data else (first_timeout if first_timeout is not None else quiet)
        ready, _, _ = select.select([fd], [], [], wait)
        if not ready:
            break
        try:
            chunk = os.read(fd, 65536)
        except OSError:
            break
        if not chunk:
            break
        data += chunk
        last = time.monotonic()
    return bytes(data), last


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("reader")
    parser.add_argument("corpus")
    parser.add_argument("--cols", type=int, default=100)
    parser.add_argument("--rows", type=int, default=30)
    parser.add_argument("--samples", type=int, default=5)
    parser.add_argument("--quiet", type=float, default=0.3)
    parser.add_argument("--settle", type=float, default=1.5, help="quiet seconds to wait for after the first paint")
    parser.add_argument("--startup-timeout", type=float, default=900)
    parser.add_argument("--compare-keys", default="", help="keys that open the side-by-side view from the article view")
    parser.add_argument("--open-keys", default="\r", help="keys that open an article from the list")
    args = parser.parse_args()

    master, slave = os.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", args.rows, args.cols, 0, 0))
    home = tempfile.mkdtemp(prefix="reader-pty-")
    env = dict(os.environ, TERM="xterm-256color", LANG="C.UTF-8", LC_ALL="C.UTF-8", HOME=home,
               XDG_CONFIG_HOME=home + "/config", XDG_STATE_HOME=home + "/state", XDG_DATA_HOME=home + "/data")
    env.pop("NO_COLOR", None)
    start = time.monotonic()
    child = subprocess.Popen([args.reader, "open", args.corpus], stdin=slave, stdout=slave, stderr=subprocess.DEVNULL,
                             env=env, start_new_session=True, close_fds=True)
    os.close(slave)
    result = {"cols": args.cols, "rows": args.rows, "term": "xterm-256color"}
    try:
        frame, last = read_burst(master, 0.05, args.startup_timeout, first_timeout=args.startup_timeout)
        if last is None:
            print(json.dumps({"error": "the reader wrote nothing (exit status %s)" % child.poll()}))
            return 0
        result["first_paint_s"] = last - start
        result["first_paint_bytes"] = len(frame)
        if args.settle > 0:
            # Let background work (story grouping, annotation) finish and repaint before keys.
            read_burst(master, args.settle, 120)

        def press(keys):
            os.write(master, keys.encode())
            data, _ = read_burst(master, args.quiet, 30)
            return len(data)

        def pages():
            # Page down then back up, so every sample moves a full page however long the text is.
            samples = []
            for _ in range(args.samples):
                samples.append(press(" "))
                press("b")
            return samples

        result["open_bytes"] = press(args.open_keys)
        result["line_bytes"] = [press("j") for _ in range(args.samples)]
        press("g")
        result["page_bytes"] = pages()
        if args.compare_keys:
            press("g")
            result["compare_open_bytes"] = press(args.compare_keys)
            result["compare_line_bytes"] = [press("j") for _ in range(args.samples)]
            press("g")
            result["compare_page_bytes"] = pages()
        os.write(master, b"Q")
        try:
            child.wait(timeout=10)
        except subprocess.TimeoutExpired:
            child.kill()
            child.wait()
        result["exit_status"] = child.returncode
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
        os.close(master)
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
