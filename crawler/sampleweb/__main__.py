"""Serve the sample web until interrupted: python -m crawler.sampleweb [--port N] [--registry-out FILE]
[--faults [NAME,...]] [--faults-only]."""

from __future__ import annotations

import argparse
import signal
import sys
import threading
from pathlib import Path

from . import SampleWeb, generate
from .faults import FAULTS, FaultWeb


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m crawler.sampleweb", description=__doc__)
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument(
        "--port", type=int, default=0, help="first port; portals take N, N+1, ... (0: free ports)"
    )
    parser.add_argument(
        "--registry-out", type=Path, help="write a registry TOML of the portals here"
    )
    parser.add_argument(
        "--slow-delay", type=float, default=1.0, help="seconds the slow portal waits per response"
    )
    parser.add_argument(
        "--generate",
        nargs=2,
        type=int,
        metavar=("PORTALS", "ARTICLES"),
        help="serve a generated web",
    )
    parser.add_argument("--seed", default="0", help="seed of the generated web")
    parser.add_argument(
        "--faults", nargs="?", const="all", metavar="NAME,...",
        help="add fault portals (all, or the named ones: " + ", ".join(FAULTS) + ")",
    )
    parser.add_argument("--faults-only", action="store_true", help="serve the fault portals alone")
    parser.add_argument(
        "--retry-after", type=float, default=1.0, help="seconds the rate-limited fault portal asks for"
    )
    parser.add_argument("--verbose", action="store_true", help="log every request to stderr")
    args = parser.parse_args(argv)

    options = dict(
        host=args.host, base_port=args.port, slow_delay=args.slow_delay, verbose=args.verbose
    )
    if args.faults or args.faults_only:
        names = None if args.faults in (None, "all") else args.faults.split(",")
        try:
            web = FaultWeb(names, bundled=not args.faults_only, retry_after=args.retry_after, **options)
        except ValueError as err:
            print(f"sampleweb: {err}", file=sys.stderr)
            return 2
    elif args.generate:
        web = generate(*args.generate, seed=args.seed, **options)
    else:
        web = SampleWeb(**options)
    try:
        web.start()
    except OSError as err:
        print(
            f"sampleweb: cannot listen on {args.host}:{args.port}: {err.strerror}", file=sys.stderr
        )
        return 1
    try:
        if args.registry_out:
            args.registry_out.write_text(web.registry_toml(), encoding="utf-8")
        for portal in web.portals:
            print(f"{portal.id:28} {portal.family:10} {portal.kind:7} {portal.listing_urls[0]}")
        print("Serving; press Ctrl-C to stop.", flush=True)
        stop = threading.Event()
        signal.signal(signal.SIGTERM, lambda *_: stop.set())
        try:
            stop.wait()
        except KeyboardInterrupt:
            pass
    finally:
        web.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
