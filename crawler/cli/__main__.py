"""`python -m crawler.cli`: the `unionwatch` command."""

from crawler.cli import main

main()
