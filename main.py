"""Start the Safety Desk desktop app: ``python main.py [--db PATH] [--lang zh_CN|en]``."""

import sys

from safety_desk.cli import main

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
