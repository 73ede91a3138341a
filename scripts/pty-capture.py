#!/usr/bin/env python3
"""Run a full-screen program on a pseudo-terminal, type keys, capture every byte it writes,
and fail unless that output holds only what ncurses itself sends.

    scripts/pty-capture.py [options] -- reader PATH

Checks (any failure exits 1 and says what and where):
  * no OSC, DCS, APC, PM or SOS string (ESC ] / ESC P / ESC _ / ESC ^ / ESC X) at all;
  * every CSI has a final byte ncurses uses, plain numeric parameters, no intermediates, no
    query (device status, attributes, window reports), and cursor addresses inside the window;
  * two-byte escapes only from ncurses' set (charset selection, keypad mode, save/restore,
    index), never RIS (ESC c) or DECALN (ESC # 8);
  * no C0 control but CR, LF, BS, TAB and BEL; valid UTF-8; no C1 control (U+0080-U+009F);
    no bidi embedding/override/isolate character;
  * no planted marker (HOSTILE-..., or the parameter 31337) inside any escape sequence, and no
    --forbid text anywhere;
  * the program exits with the expected code before --timeout, within --max-rss-mb.
Planted markers drawn as plain text (the escape dropped, its printable rest shown) are reported
as warnings, not failures: they cannot act on the terminal.
"""
import argparse
import fcntl
import os
import pty
import re
import select
import signal
import struct
import sys
import termios
import time

# ncurses turns on keypad transmit mode (ESC [?1h ESC =), so cursor keys arrive as ESC O x.
KEYS = {"enter": b"\r", "pgdn": b"\x1b[6~", "pgup": b"\x1b[5~", "down": b"\x1bOB", "up": b"\x1bOA",
        "end": b"\x1bOF", "home": b"\x1bOH", "tab": b"\t", "esc": b"\x1b"}
CSI_FINALS = set("@ABCDEFGHIJKLMPSTXZ`abdefhlmrstu")
TWO_BYTE = set("=>78MEDH")
ALLOWED_C0 = {0x07, 0x08, 0x09, 0x0A, 0x0D}
BIDI = set(range(0x202A, 0x202F)) | set(range(0x2066, 0x206A))
MARKER = re.compile(rb"HOSTILE-[A-Z0-9-]*|31337")


def parse_arguments():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--size", default="80x24", help="COLUMNSxROWS of the pseudo-terminal")
    parser.add_argument("--keys", default="enter,pgdn,pgdn,pgdn,end,q,q",
                        help="comma-separated keys typed once the screen is drawn (enter, pgdn, pgup, down, up, end, home, tab, esc, or a character)")
    parser.add_argument("--timeout", type=float, default=30, help="seconds for the whole run")
    parser.add_argument("--settle", type=float, default=0.12, help="quiet seconds that count as 'drawn'")
    parser.add_argument("--max-rss-mb", type=float, default=0, help="fail when the peak resident memory is larger (0: no limit)")
    parser.add_argument("--expect-exit", type=int, default=0)
    parser.add_argument("--forbid", action="append", default=[], help="text that must not appear anywhere in the output")
    parser.add_argument("--expect", action="append", default=[], help="text that must appear in the output (proves the keys reached the article)")
    parser.add_argument("--env", action="append", default=[], help="NAME=VALUE for the program (NAME= unsets)")
    parser.add_argument("--save", help="write the captured bytes to this file")
    parser.add_argument("command", nargs=argparse.REMAINDER)
    arguments = parser.parse_args()
    if arguments.command and arguments.command[0] == "--":
        arguments.command = arguments.command[1:]
    if not arguments.command:
        parser.error("no command given")
    return arguments


def key_bytes(name):
    return KEYS.get(name, name.encode("utf-8"))


class Session:
    """The program on a pty: its pid, the master side, and everything it wrote so far."""

    def __init__(self, command, columns, rows, environment):
        self.output = bytearray()
        self.exit_status = None
        self.rusage = None
        pid, master = pty.fork()
        if pid == 0:
            fcntl.ioctl(0, termios.TIOCSWINSZ, struct.pack("HHHH", rows, columns, 0, 0))
            try:
                os.execvpe(command[0], command, environment)
            finally:
                os._exit(127)
        self.pid, self.master = pid, master
        self.started = time.monotonic()

    def pump(self, seconds):
        """Reads output for up to `seconds`; returns True when something arrived."""
        got = False
        deadline = time.monotonic() + seconds
        while True:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                return got
            ready, _, _ = select.select([self.master], [], [], remaining)
            if not ready:
                return got
            try:
                chunk = os.read(self.master, 65536)
            except OSError:
                chunk = b""
            if not chunk:
                self.reap(block=True)
                return got
            self.output.extend(chunk)
            got = True

    def settle(self, quiet, limit):
        """Reads until the output has been quiet for `quiet` seconds (at most `limit`)."""
        deadline = time.monotonic() + limit
        while time.monotonic() < deadline and self.exit_status is None:
            if not self.pump(quiet) and self.output:
                return

    def reap(self, block):
        if self.exit_status is not None:
            return True
        pid, status, usage = os.wait4(self.pid, 0 if block else os.WNOHANG)
        if pid == 0:
            return False
        self.exit_status, self.rusage = status, usage
        self.seconds = time.monotonic() - self.started
        return True

    def type(self, data):
        try:
            os.write(self.master, data)
        except OSError:
            pass

    def finish(self, deadline):
        """Waits for the exit until `deadline`; kills the program and returns False on a hang."""
        while time.monotonic() < deadline:
            if self.reap(block=False):
                self.pump(0.05)
                return True
            self.pump(0.05)
        os.kill(self.pid, signal.SIGKILL)
        self.reap(block=True)
        return False


def check(output, columns, rows, forbidden):
    """Returns (failures, warnings) for the captured bytes."""
    failures, warnings = [], []
    text_runs = bytearray()
    i, n = 0, len(output)

    def fail(message, at):
        context = bytes(output[max(0, at - 20):at + 40])
        failures.append(f"byte {at}: {message}: {context!r}")

    while i < n and len(failures) < 20:
        byte = output[i]
        if byte == 0x1B:
            if i + 1 >= n:
                fail("escape at the very end", i)
                break
            follower = chr(output[i + 1])
            if follower == "[":
                j = i + 2
                while j < n and 0x30 <= output[j] <= 0x3F:
                    j += 1
                parameters = bytes(output[i + 2:j]).decode("latin-1")
                k = j
                while k < n and 0x20 <= output[k] <= 0x2F:
                    k += 1
                if k >= n:
                    fail("unterminated CSI", i)
                    break
                final = chr(output[k])
                sequence = bytes(output[i:k + 1])
                if k != j:
                    fail("CSI with intermediate bytes", i)
                elif final not in CSI_FINALS:
                    fail(f"CSI final {final!r} is not one ncurses sends", i)
                elif not re.fullmatch(r"[?>]?[0-9;]*", parameters):
                    fail("CSI with non-numeric parameters", i)
                elif MARKER.search(sequence):
                    fail("planted marker inside a CSI", i)
                elif final == "t" and parameters not in ("22;0;0", "23;0;0", "22;0", "23;0"):
                    fail("window manipulation CSI", i)
                elif final in "Hf" and parameters:
                    numbers = [int(p) if p else 1 for p in parameters.split(";")]
                    if numbers[0] > rows or (len(numbers) > 1 and numbers[1] > columns):
                        fail(f"cursor address outside the {columns}x{rows} window", i)
                elif final == "r" and parameters and any(int(p) > rows for p in parameters.split(";") if p):
                    fail("scroll region outside the window", i)
                i = k + 1
                continue
            if follower in "]P_^X":
                names = {"]": "OSC", "P": "DCS", "_": "APC", "^": "PM", "X": "SOS"}
                fail(f"{names[follower]} string", i)
                i += 2
                continue
            if follower in "()" and i + 2 < n and chr(output[i + 2]) in "B0":
                i += 3
                continue
            if follower in TWO_BYTE:
                i += 2
                continue
            fail(f"escape {follower!r} that ncurses does not send", i)
            i += 2
            continue
        if byte < 0x20 or byte == 0x7F:
            if byte not in ALLOWED_C0:
                fail(f"control byte 0x{byte:02x}", i)
            i += 1
            continue
        start = i
        while i < n and output[i] != 0x1B and output[i] >= 0x20 and output[i] != 0x7F:
            i += 1
        run = bytes(output[start:i])
        try:
            decoded = run.decode("utf-8")
        except UnicodeDecodeError as error:
            fail("invalid UTF-8", start + error.start)
            decoded = run.decode("utf-8", "replace")
        for offset, character in enumerate(decoded):
            value = ord(character)
            if 0x80 <= value <= 0x9F:
                fail(f"C1 control U+{value:04X}", start)
                break
            if value in BIDI:
                fail(f"bidi control U+{value:04X}", start)
                break
        text_runs.extend(run)
    for marker in sorted(set(MARKER.findall(bytes(text_runs)))):
        if marker.startswith(b"HOSTILE"):
            warnings.append(f"planted marker drawn as plain text: {marker.decode()}")
    for text in forbidden:
        if text.encode("utf-8") in output:
            failures.append(f"forbidden text appears in the output: {text!r}")
    return failures, warnings


def main():
    arguments = parse_arguments()
    columns, rows = (int(part) for part in arguments.size.lower().split("x"))
    environment = dict(os.environ)
    environment.setdefault("TERM", "xterm-256color")
    environment["LANG"] = environment.get("LANG") or "C.UTF-8"
    for assignment in arguments.env:
        name, _, value = assignment.partition("=")
        if value:
            environment[name] = value
        else:
            environment.pop(name, None)
    deadline = time.monotonic() + arguments.timeout
    session = Session(arguments.command, columns, rows, environment)
    session.settle(arguments.settle, max(0.1, deadline - time.monotonic()))
    for name in [key for key in arguments.keys.split(",") if key]:
        if session.exit_status is not None or time.monotonic() >= deadline:
            break
        session.type(key_bytes(name))
        session.settle(arguments.settle, max(0.1, min(10, deadline - time.monotonic())))
    exited = session.finish(deadline)
    if arguments.save:
        with open(arguments.save, "wb") as file:
            file.write(session.output)

    failures, warnings = check(session.output, columns, rows, arguments.forbid)
    for text in arguments.expect:
        if text.encode("utf-8") not in session.output:
            failures.append(f"expected text never drawn: {text!r}")
    status = session.exit_status
    if not exited:
        failures.append(f"did not exit within {arguments.timeout:g} s (killed)")
    elif os.WIFSIGNALED(status):
        failures.append(f"killed by signal {os.WTERMSIG(status)}")
    elif os.WEXITSTATUS(status) != arguments.expect_exit:
        failures.append(f"exit code {os.WEXITSTATUS(status)}, expected {arguments.expect_exit}")
    peak = session.rusage.ru_maxrss / 1024 if session.rusage else 0
    if arguments.max_rss_mb and peak > arguments.max_rss_mb:
        failures.append(f"peak memory {peak:.0f} MB over the {arguments.max_rss_mb:g} MB limit")
    seconds = getattr(session, "seconds", arguments.timeout)
    print(f"pty-capture: {' '.join(arguments.command[1:])}: {len(session.output)} bytes, "
          f"{seconds:.2f} s, peak {peak:.0f} MB, {len(failures)} failure(s)")
    for warning in warnings:
        print(f"  warning: {warning}")
    for failure in failures:
        print(f"  FAIL: {failure}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
