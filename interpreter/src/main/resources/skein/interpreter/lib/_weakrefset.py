"""Skein's _weakrefset: WeakSet, a set that holds its elements by weak reference.

Behaves like CPython 3.11's _weakrefset (same names, methods and results), written for
Skein on top of _weakref.
"""

from _weakref import ref

__all__ = ['WeakSet']


class _IterationGuard:
    """Marks a weak container as being iterated over.

    While at least one guard is active, the callbacks of dying elements do not change the
    container (which would break the running iteration): they queue the dead reference in
    the container's _pending_removals, and the last guard to leave applies them. The guard
    holds the container weakly, so an abandoned iteration does not keep it alive.
    """

    __slots__ = ('weakcontainer',)

    def __init__(self, weakcontainer):
        self.weakcontainer = ref(weakcontainer)

    def __enter__(self):
        container = self.weakcontainer()
        if container is not None:
            container._iterating.add(self)
        return self

    def __exit__(self, exc_type, exc, tb):
        container = self.weakcontainer()
        if container is None:
            return
        active = container._iterating
        active.remove(self)
        if not active:
            container._commit_removals()


class WeakSet:
    """A set of objects held by weak references: an element disappears when it dies."""

    def __init__(self, data=None):
        # self.data holds weak references whose callback is _remove; the callback knows the
        # set only weakly too, so a dead WeakSet is not kept alive by its elements.
        self.data = set()

        def _remove(item, selfref=ref(self)):
            self = selfref()
            if self is None:
                return
            if self._iterating:
                self._pending_removals.append(item)
            else:
                self.data.discard(item)

        self._remove = _remove
        self._pending_removals = []
        self._iterating = set()
        if data is not None:
            self.update(data)

    def _commit_removals(self):
        pending = self._pending_removals
        discard = self.data.discard
        while pending:
            discard(pending.pop())

    def __iter__(self):
        with _IterationGuard(self):
            for r in self.data:
                item = r()
                if item is not None:
                    yield item

    def __len__(self):
        return len(self.data) - len(self._pending_removals)

    def __contains__(self, item):
        try:
            r = ref(item)
        except TypeError:
            return False
        return r in self.data

    def __repr__(self):
        return repr(self.data)

    def add(self, item):
        if self._pending_removals:
            self._commit_removals()
        self.data.add(ref(item, self._remove))

    def clear(self):
        if self._pending_removals:
            self._commit_removals()
        self.data.clear()

    def copy(self):
        return self.__class__(self)

    def pop(self):
        if self._pending_removals:
            self._commit_removals()
        while True:
            try:
                r = self.data.pop()
            except KeyError:
                raise KeyError('pop from empty WeakSet') from None
            item = r()
            if item is not None:
                return item

    def remove(self, item):
        if self._pending_removals:
            self._commit_removals()
        self.data.remove(ref(item))

    def discard(self, item):
        if self._pending_removals:
            self._commit_removals()
        self.data.discard(ref(item))

    def update(self, other):
        if self._pending_removals:
            self._commit_removals()
        for element in other:
            self.add(element)

    def __ior__(self, other):
        self.update(other)
        return self

    def difference(self, other):
        result = self.copy()
        result.difference_update(other)
        return result

    __sub__ = difference

    def difference_update(self, other):
        self.__isub__(other)

    def __isub__(self, other):
        if self._pending_removals:
            self._commit_removals()
        if self is other:
            self.data.clear()
        else:
            self.data.difference_update([ref(item) for item in other])
        return self

    def intersection(self, other):
        return self.__class__([item for item in other if item in self])

    __and__ = intersection

    def intersection_update(self, other):
        self.__iand__(other)

    def __iand__(self, other):
        if self._pending_removals:
            self._commit_removals()
        self.data.intersection_update([ref(item) for item in other])
        return self

    def issubset(self, other):
        return self.data.issubset([ref(item) for item in other])

    __le__ = issubset

    def __lt__(self, other):
        return self.data < set([ref(item) for item in other])

    def issuperset(self, other):
        return self.data.issuperset([ref(item) for item in other])

    __ge__ = issuperset

    def __gt__(self, other):
        return self.data > set([ref(item) for item in other])

    def __eq__(self, other):
        if not isinstance(other, self.__class__):
            return NotImplemented
        return self.data == set([ref(item) for item in other])

    def symmetric_difference(self, other):
        result = self.copy()
        result.symmetric_difference_update(other)
        return result

    __xor__ = symmetric_difference

    def symmetric_difference_update(self, other):
        self.__ixor__(other)

    def __ixor__(self, other):
        if self._pending_removals:
            self._commit_removals()
        if self is other:
            self.data.clear()
        else:
            self.data.symmetric_difference_update([ref(item, self._remove) for item in other])
        return self

    def union(self, other):
        result = self.__class__(self)
        result.update(other)
        return result

    __or__ = union

    def isdisjoint(self, other):
        return len(self.intersection(other)) == 0
