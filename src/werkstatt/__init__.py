"""Werkstatt: guide a moderator through participation workshops and publish the protocol."""

__version__ = "0.1.0"
APP_NAME = "Werkstatt"
