"""The pinboard of a cluster phase: scene, view, undo commands and the moderator's panel.

The board is always arranged (core.clustering.arrange): a card's place follows from its
cluster and its position in the card phase, so there is no free position to store and
nothing of the board lives only in the scene.
"""
