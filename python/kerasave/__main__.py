"""`python -m kerasave`: the `kerasave` command."""

from kerasave.cli import run

run()
