import sys

from safety_desk.cli import main

sys.exit(main())
