"""CounterDesk: offline window-intake desk for government service halls."""

__version__ = "0.1.0"
