"""``python -m mapapp`` runs the command line."""

import sys

from mapapp.cli import main

sys.exit(main())
