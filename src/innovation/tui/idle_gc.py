"""Full garbage collections when the user pauses, not in the middle of a key press.

A full collection walks every object the program holds; with a national workspace loaded that
took 30–180 ms, and CPython starts one whenever enough objects have outlived the younger
generations, that is, in the middle of whatever the user just pressed. While the UI runs,
the oldest generation is collected here instead: after a second without input, or at the latest
every FORCED_AFTER seconds. Young collections stay automatic (they take well under a
millisecond). Objects alive after the first pause are frozen out of the collector's walk.
"""

from __future__ import annotations

import gc
from time import monotonic

IDLE_AFTER = 1.0  # seconds without a key or a click
FORCED_AFTER = 60.0  # a full collection at least this often, busy or not
CHECK_EVERY = 0.5
# CPython's own trigger for the oldest generation: this many collections of the middle one.
PENDING = 10
NEVER = 1 << 30


class IdleCollector:
    def __init__(self) -> None:
        self.last_input = monotonic()
        self.last_full = monotonic()
        self.frozen = False
        self.thresholds = gc.get_threshold()

    def start(self) -> None:
        young, middle, _ = self.thresholds
        gc.set_threshold(young, middle, NEVER)

    def stop(self) -> None:
        gc.set_threshold(*self.thresholds)
        if self.frozen:
            gc.unfreeze()  # what was frozen is the collector's again once the UI is gone
            self.frozen = False

    def touched(self) -> None:
        self.last_input = monotonic()

    def paused_for(self, seconds: float) -> bool:
        """Whether the person has pressed no key and clicked nowhere for `seconds`."""
        return monotonic() - self.last_input >= seconds

    def tick(self) -> None:
        now = monotonic()
        idle = now - self.last_input >= IDLE_AFTER
        if (idle and gc.get_count()[2] >= PENDING) or now - self.last_full >= FORCED_AFTER:
            gc.collect()
            self.last_full = now
            if not self.frozen:
                # What survives the first collection is mostly the program itself and its
                # first screen: later collections need not walk it again.
                gc.freeze()
                self.frozen = True
