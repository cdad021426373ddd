"""``python -m twentyten`` is the ``twentyten`` command."""

from twentyten.cli import main

main()
