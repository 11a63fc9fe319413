"""Typed rows that cost nothing to define: a tuple whose fields are named by the class's
annotations, read by position.

typing.NamedTuple makes each class by compiling code for it (half a millisecond to a
millisecond each); the store defines forty row types and a command imports a dozen of them,
which was a tenth of a command's start. A Record subclass is made in microseconds, and the
type checker reads it as a frozen dataclass (its fields in order, its constructor positional).
"""

from __future__ import annotations

from operator import itemgetter
from typing import Any, ClassVar, dataclass_transform


@dataclass_transform(frozen_default=True)
class Record(tuple[Any, ...]):
    """Subclass with annotated fields, nothing else: `class Link(Record): id: int; hash: str`.
    Made from the values in field order (`Link(3, "ab…")`, or `Link(*row)`); equal to the
    plain tuple of its values."""

    __slots__ = ()
    _fields: ClassVar[tuple[str, ...]] = ()

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        own = tuple(cls.__dict__.get("__annotations__", {}))
        cls._fields = cls._fields + own
        for i, name in enumerate(cls._fields):
            setattr(cls, name, property(itemgetter(i)))

    def __new__(cls, *values: Any) -> Any:
        if len(values) != len(cls._fields):
            raise TypeError(f"{cls.__name__} takes {len(cls._fields)} values, not {len(values)}")
        return tuple.__new__(cls, values)

    def __repr__(self) -> str:
        shown = ", ".join(f"{n}={v!r}" for n, v in zip(self._fields, self, strict=True))
        return f"{type(self).__name__}({shown})"
