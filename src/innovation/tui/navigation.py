"""Where a screen asks to go. A screen posts one of these and the app opens the screen it
names, so that screens never import one another to navigate (each knows only the app's
messages) and one place decides how each screen is opened."""

from __future__ import annotations

from textual.message import Message


class OpenArea(Message):
    """An area's screen (read first, then shown: see `open_area`)."""

    def __init__(self, key: str) -> None:
        super().__init__()
        self.key = key


class OpenIdea(Message):
    def __init__(self, key: str) -> None:
        super().__init__()
        self.key = key


class OpenPerson(Message):
    """A person's page: every area they led or sponsored, across rounds."""

    def __init__(self, username: str) -> None:
        super().__init__()
        self.username = username


class OpenRounds(Message):
    pass


class OpenSearch(Message):
    """The search through every idea and lesson."""


class ShowRound(Message):
    """Back to the board, showing one round."""

    def __init__(self, name: str) -> None:
        super().__init__()
        self.name = name
