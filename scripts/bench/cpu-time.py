# python3 scripts/bench/cpu-time.py N 'cmd' 'cmd' ...
#
# CPU time (user + system) of each command, median of N interleaved runs, NODE_EXTRA_CA_CERTS unset; the
# first command is the floor (use `exec node -e 0`). On a machine other jobs load, wall time measures the
# queue for the CPU more than the program; CPU time is what the program itself spent. Used for the figures
# in README.md, "Performance", next to npm run bench's wall times.
import os, resource, subprocess, sys, time

n = int(sys.argv[1])
cmds = sys.argv[2:]
env = dict(os.environ)
env.pop('NODE_EXTRA_CA_CERTS', None)
cpu = {c: [] for c in cmds}
wall = {c: [] for c in cmds}
for r in range(n + 1):  # round 0 warms the file cache and is dropped
    for c in cmds:
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        subprocess.run(c, shell=True, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        if r:
            cpu[c].append((after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime) * 1000)
            wall[c].append((time.perf_counter() - start) * 1000)

def median(xs):
    s = sorted(xs)
    return s[len(s) // 2] if len(s) % 2 else (s[len(s) // 2 - 1] + s[len(s) // 2]) / 2

floor = median(cpu[cmds[0]])
print(f"{'cpu ms':>8} {'over floor':>10} {'wall ms':>8}  command (median of {n}; load average {os.getloadavg()[0]:.1f})")
for c in cmds:
    print(f"{median(cpu[c]):8.1f} {median(cpu[c]) - floor:+10.1f} {median(wall[c]):8.1f}  {c}")
