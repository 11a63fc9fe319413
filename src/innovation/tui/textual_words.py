"""Textual's own words in the person's language: the keys it binds itself (focus, copy, quit,
the command palette), how keys are written, and the palette's commands and prompt. Textual
writes these in English; nothing of it should reach a Swedish screen."""

from __future__ import annotations

from textual.binding import Binding

from innovation.i18n import t

# Textual's own actions, as our help and palette name them.
ACTIONS = {
    "app.focus_next": "key.focus_next",
    "app.focus_previous": "key.focus_previous",
    "focus_next": "key.focus_next",
    "focus_previous": "key.focus_previous",
    "screen.copy_text": "key.copy",
    "quit": "key.quit",
    "app.quit": "key.quit",
    "command_palette": "key.palette",
    "app.command_palette": "key.palette",
    "help_quit": "key.quit",
}
# How a key is written for a person (Textual writes some by their names).
KEYS = {
    "question_mark": "?",
    "slash": "/",
    "escape": "esc",
    "plus": "+",
    "minus": "-",
    "full_stop": ".",
    "comma": ",",
    "space": t("key.space"),
}


def described(binding: Binding) -> str:
    """A binding's description in the person's language (Textual's own translated)."""
    key = ACTIONS.get(binding.action)
    return t(key) if key else binding.description


def key_shown(key: str) -> str:
    return KEYS.get(key, key)


def app_bindings() -> list[Binding]:
    """Textual's app-wide keys, bound again with our words (the same keys override its own)."""
    return [
        Binding("ctrl+q", "quit", t("key.quit"), show=False, priority=True),
        Binding("ctrl+p", "command_palette", t("key.palette"), show=False, priority=True),
    ]


def screen_bindings() -> list[Binding]:
    """Textual's keys on every screen, with our words."""
    return [
        Binding("tab", "app.focus_next", t("key.focus_next"), show=False),
        Binding("shift+tab", "app.focus_previous", t("key.focus_previous"), show=False),
        Binding("ctrl+c,super+c", "screen.copy_text", t("key.copy"), show=False),
    ]
