"""The sync client: enrolment, push and pull against the central server, headless and
UI-agnostic (progress by callback, cancel by flag); the desktop app runs it in a worker."""
