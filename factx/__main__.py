"""``python -m factx``: the same as the ``factx`` command."""

from .cli import main

raise SystemExit(main())
