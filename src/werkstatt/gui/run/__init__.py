"""Running the day: the moderator's run view, the shared timer with its gong, the live run
sheet and the projector window. Imported when a workshop first enters run mode."""
