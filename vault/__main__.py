"""`python -m vault COMMAND …`: the command line without the app."""

import sys

from vault.cli import main

sys.exit(main())
