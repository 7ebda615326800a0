"""A bare PySide6 window: the floor for Participa+'s start-up time and size.

`benchmarks/build_bench.py` builds this with the same spec and options as the app
(`PARTICIPA_BARE_WINDOW=1 pyinstaller packaging/participa.spec`) and times both from launch
to the same moment: the main window exposed on screen, announced on stdout with the same
marker as `participa --smoke` (then it exits 0). Both are maximized and both poll for
exposure every 5 ms.
"""

import sys
import time

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

SHOWN_MARKER = "VENTANA-MOSTRADA"  # the same as participa_desktop.ui.smoke.SHOWN_MARKER


def main() -> int:
    started = time.monotonic()
    app = QApplication(sys.argv)
    window = QMainWindow()
    window.setCentralWidget(QLabel("Participa+", window))
    window.showMaximized()  # as the app's window on a start with no remembered place

    def poll() -> None:
        handle = window.windowHandle()
        if handle is None or not handle.isExposed():
            QTimer.singleShot(5, poll)  # the app's smoke check polls as often
            return
        print(f"{SHOWN_MARKER} ventana mostrada en {time.monotonic() - started:.2f} s",
              flush=True)
        window.close()
        app.quit()

    poll()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
