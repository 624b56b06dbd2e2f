"""The protocol: a workshop snapshot rendered as the PDF a municipality publishes, or as
a Word file for clients who edit it first.

No Qt, no store: callers pass a werkstatt.core.snapshot.WorkshopSnapshot. builder turns it
into content blocks (content.py; one section function per phase kind in sections/), and
pdf.render_pdf and docx.render_docx lay the same blocks out.
"""

from werkstatt.protocol.errors import ExportCancelled, ProtocolError, ProtocolWriteError
from werkstatt.protocol.options import ProtocolOptions

__all__ = ["ExportCancelled", "ProtocolError", "ProtocolOptions", "ProtocolWriteError"]
