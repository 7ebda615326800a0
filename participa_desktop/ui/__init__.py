"""The Qt desktop app: windows, screens and table models. Only this package imports Qt widgets."""
