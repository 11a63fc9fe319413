"""Plain data classes that cost a command nothing to define. `class View(Plain): a: int` with
`b: str = ""` behaves as a dataclass (a constructor by field, equality and a repr by value;
frozen=True makes it read-only and hashable), and the type checker reads it as one.

Why not dataclasses: on Python 3.11, importing it imports inspect (and with it ast, dis and
tokenize), 20–30 ms of every command's start, and each @dataclass compiles its methods when
the class is defined, another 0.3 ms a class for classes most commands never make. A Plain
class compiles its constructor the first time one is made, so a command pays only for what
it builds. An instance keeps exactly its fields, in order, in its __dict__: that is what JSON
output writes."""

from __future__ import annotations

from typing import Any, ClassVar, TypeVar, dataclass_transform, overload

T = TypeVar("T")
P = TypeVar("P", bound="Plain")


class _Missing:
    __slots__ = ()

    def __repr__(self) -> str:
        return "MISSING"


MISSING: Any = _Missing()


class Factory:
    """A field's default made anew for each instance (field(default_factory=list))."""

    __slots__ = ("make",)

    def __init__(self, make: Any) -> None:
        self.make = make


@overload
def field(*, default_factory: type[T]) -> T: ...
@overload
def field(*, default_factory: Any) -> Any: ...
def field(*, default_factory: Any) -> Any:
    """A default made by calling default_factory for each instance."""
    return Factory(default_factory)


class FrozenError(AttributeError):
    """A field of a frozen Plain instance was assigned."""


@dataclass_transform(field_specifiers=(field,))
class Plain:
    """Subclass with annotated fields (defaults after the fields without one); `frozen=True` in
    the class statement makes instances read-only and hashable, as a frozen dataclass."""

    __slots__ = ()
    _fields: ClassVar[tuple[str, ...]] = ()
    _defaults: ClassVar[dict[str, Any]] = {}
    _frozen: ClassVar[bool] = False

    def __init_subclass__(cls, *, frozen: bool = False, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        defaults = dict(cls._defaults)
        own = []
        for name, kind in cls.__dict__.get("__annotations__", {}).items():
            if isinstance(kind, str) and kind.startswith("ClassVar"):
                continue
            own.append(name)
            if name in cls.__dict__:
                defaults[name] = cls.__dict__[name]
                if isinstance(defaults[name], Factory):
                    delattr(cls, name)
            elif defaults:
                raise TypeError(f"{cls.__name__}.{name}: a field without a default follows one")
        cls._fields = cls._fields + tuple(n for n in own if n not in cls._fields)
        cls._defaults = defaults
        cls._frozen = frozen or cls._frozen
        if "__init__" not in cls.__dict__:
            cls.__init__ = Plain.__init__  # type: ignore[method-assign]
        cls.__hash__ = Plain._hash if cls._frozen else None  # type: ignore[assignment]

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        # The first instance of a class compiles the class's own constructor, then uses it.
        kind = type(self)
        init = _compile_init(kind)
        kind.__init__ = init  # type: ignore[method-assign]
        init(self, *args, **kwargs)

    def __setattr__(self, name: str, value: Any) -> None:
        if self._frozen:
            raise FrozenError(f"cannot assign to field {name!r}")
        object.__setattr__(self, name, value)

    def __delattr__(self, name: str) -> None:
        if self._frozen:
            raise FrozenError(f"cannot delete field {name!r}")
        object.__delattr__(self, name)

    def _values(self) -> tuple[Any, ...]:
        own = self.__dict__
        return tuple(own[name] for name in self._fields)

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return self._values() == other._values()

    def _hash(self) -> int:
        return hash(self._values())

    def __repr__(self) -> str:
        own = self.__dict__
        shown = ", ".join(f"{name}={own[name]!r}" for name in self._fields)
        return f"{type(self).__name__}({shown})"


def _compile_init(kind: type[Plain]) -> Any:
    names = kind._fields
    defaults = kind._defaults
    scope: dict[str, Any] = {"MISSING": MISSING}
    params, body = [], []
    for name in names:
        if name not in defaults:
            params.append(name)
        elif isinstance(defaults[name], Factory):
            scope[f"_f_{name}"] = defaults[name].make
            params.append(f"{name}=MISSING")
            body.append(f"  if {name} is MISSING: {name} = _f_{name}()")
        else:
            scope[f"_d_{name}"] = defaults[name]
            params.append(f"{name}=_d_{name}")
    values = ", ".join(f"{name!r}: {name}" for name in names)
    body.append(f"  self.__dict__.update({{{values}}})")
    source = f"def __init__(self, {', '.join(params)}):\n" + "\n".join(body)
    exec(source, scope)
    init = scope["__init__"]
    init.__qualname__ = f"{kind.__qualname__}.__init__"
    return init


def fields_of(value: Any) -> tuple[str, ...] | None:
    """The field names of a Plain instance or a dataclass, in order; None for anything else."""
    if isinstance(value, Plain):
        return value._fields
    dataclass = getattr(value, "__dataclass_fields__", None)
    return None if dataclass is None else tuple(dataclass)


def replace(value: P, **changes: Any) -> P:
    """A copy of a Plain instance with some fields changed."""
    own = value.__dict__
    unknown = set(changes) - set(value._fields)
    if unknown:
        raise TypeError(f"{type(value).__name__} has no field {sorted(unknown)[0]!r}")
    return type(value)(**{name: changes.get(name, own[name]) for name in value._fields})
