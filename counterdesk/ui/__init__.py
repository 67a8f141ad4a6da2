"""PySide6 widgets: the clerk's intake desk and the supervisors' desk."""
