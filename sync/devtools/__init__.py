"""Tools for testing and measuring sync under bad conditions; not used by the app."""
