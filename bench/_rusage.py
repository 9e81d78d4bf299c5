"""`python -m bench._rusage OUT COMMAND...`: run COMMAND and write its peak RSS and CPU time to OUT.

Linux gives a child the larger of its own peak RSS and that of the process it was forked from,
so a benchmark that holds gigabytes of generated data would see every command it runs as big
as itself. Started from this small process, the command's figures are its own.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys


def main(out: str, command: list[str]) -> int:
    proc = subprocess.Popen(command)
    _, status, usage = os.wait4(proc.pid, 0)
    with open(out, "w", encoding="utf-8") as f:
        json.dump({"rss_mb": usage.ru_maxrss / 1024, "cpu_s": usage.ru_utime + usage.ru_stime}, f)
    return os.waitstatus_to_exitcode(status)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2:]))
