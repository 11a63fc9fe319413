"""python -m innovation: the same as the innovation command."""

from innovation.cli import main

main()
