"""The main window's screens, in navigation order, and their extra shortcuts.

Importing this module imports every screen and, under them, the database and report
libraries: the heaviest part of starting the app. `MainWindow` imports it only when its
data file is open, and the launcher imports it off the GUI thread while the file opens and
the window is already on screen.
"""

from __future__ import annotations

from .agreements_screen import AgreementsScreen
from .attendance_screen import AttendanceScreen
from .home_screen import HomeScreen
from .registry.implementations_screen import ImplementationsScreen
from .registry.organizations_screen import OrganizationsScreen
from .registry.people_screen import PeopleScreen
from .registry.territories_screen import TerritoriesScreen
from .results_screen import ResultsScreen
from .review_screen import ReviewScreen
from .screen import Screen
from .sync_screen import SyncScreen
from .workshops_screen import WorkshopsScreen

#: The screens in navigation order; each takes the AppContext.
SCREENS: list[type[Screen]] = [
    HomeScreen,
    WorkshopsScreen,
    AttendanceScreen,
    AgreementsScreen,
    PeopleScreen,
    OrganizationsScreen,
    ImplementationsScreen,
    TerritoriesScreen,
    SyncScreen,
    ReviewScreen,
    ResultsScreen,
]
#: Shortcuts of the screens after the tenth (the first ten take Ctrl+1 … Ctrl+9, Ctrl+0).
MORE_SHORTCUTS = {ResultsScreen.key: "Ctrl+R"}
