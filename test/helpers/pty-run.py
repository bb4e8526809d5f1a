#!/usr/bin/env python3
"""Runs a command on a pseudo-terminal, for end-to-end tests of the questionnaire.

Usage: pty-run.py COLUMNS ROWS -- COMMAND [ARGS...]

What arrives on this script's stdin is typed on the terminal (keystrokes: "\\r" is Enter, "\\x03"
is Ctrl-C); what the command shows on the terminal (its stdout and stderr) is copied to this
script's stdout. Exits with the command's exit code (128 + N if signal N killed it). Only the
standard library: CI machines have python3 but nothing else to drive a terminal with.
"""
import errno
import fcntl
import os
import pty
import select
import struct
import sys
import termios


def main() -> int:
    if len(sys.argv) < 5 or sys.argv[3] != "--":
        sys.stderr.write(__doc__)
        return 2
    cols, rows, command = int(sys.argv[1]), int(sys.argv[2]), sys.argv[4:]
    pid, master = pty.fork()
    if pid == 0:
        # The child's stdin is its terminal: give it a size before the program asks for one.
        fcntl.ioctl(0, termios.TIOCSWINSZ, struct.pack("HHHH", rows, cols, 0, 0))
        os.execvp(command[0], command)

    stdin = sys.stdin.fileno()
    stdout = sys.stdout.fileno()
    watching = [master, stdin]
    while True:
        try:
            ready, _, _ = select.select(watching, [], [])
        except InterruptedError:
            continue
        if master in ready:
            try:
                data = os.read(master, 65536)
            except OSError as e:
                if e.errno != errno.EIO:  # EIO: the command closed its terminal (it exited)
                    raise
                data = b""
            if not data:
                break
            os.write(stdout, data)
        if stdin in ready:
            keys = os.read(stdin, 65536)
            if keys:
                os.write(master, keys)
            else:
                # No more keystrokes; keep showing the screen until the command exits.
                watching = [master]
    _, status = os.waitpid(pid, 0)
    code = os.waitstatus_to_exitcode(status)
    return 128 - code if code < 0 else code


if __name__ == "__main__":
    sys.exit(main())
