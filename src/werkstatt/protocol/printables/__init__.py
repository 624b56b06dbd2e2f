"""Printouts for the day itself (A4/A3 PDFs, reportlab, no Qt): a World Café's route
cards, table cards and seating plan (world_cafe), an Open Space's agenda wall and report
forms (open_space). Like the protocol they speak the workshop's language and show names
only where the moderator chose so. Import the modules themselves."""
