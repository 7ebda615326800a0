"""The frozen app's entry point (PyInstaller runs this file): the `participa` command."""

import sys

from participa_desktop.cli import main

if __name__ == "__main__":
    sys.exit(main())
