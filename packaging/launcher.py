"""The bundle's entry point: the same `jieqing` as the installed command (ui.main:main)."""

import sys

from ui.main import main

if __name__ == "__main__":
    sys.exit(main())
