"""The protocol: a workshop snapshot rendered as the PDF a municipality publishes.

No Qt, no store: callers pass a werkstatt.core.snapshot.WorkshopSnapshot.
"""

from werkstatt.protocol.errors import ExportCancelled, ProtocolError, ProtocolWriteError
from werkstatt.protocol.options import ProtocolOptions

__all__ = ["ExportCancelled", "ProtocolError", "ProtocolOptions", "ProtocolWriteError"]
