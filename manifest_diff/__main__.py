import sys

from manifest_diff.cli import main

sys.exit(main())
