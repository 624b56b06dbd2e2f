"""Photos of flipcharts, pinboards and tablecloths in the run view: the strip under the
phase's working area, the import off the GUI thread, and the photo on the projector."""
