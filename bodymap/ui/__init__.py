"""PySide6 user interface: a thin layer over bodymap.core."""
