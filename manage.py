#!/usr/bin/env python
"""Django's manage.py, for those used to it; `kanalvakt` does the same."""
import sys

from kanalvakt.cli import main

if __name__ == "__main__":
    sys.exit(main(["kanalvakt", "manage", *sys.argv[1:]]))
