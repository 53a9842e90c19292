"""Skein's weakref module: weak references and the containers built on them.

Behaves like CPython 3.11's weakref module (same names, methods, messages and results),
written for Skein on top of _weakref, the native module with the reference and proxy types.
finalize objects still alive at exit with atexit set are run by Skein's program runner,
which calls finalize._exitfunc() after joining the threads (where CPython's atexit would).
"""

import sys as _sys
import _thread

from _weakref import (
    getweakrefcount,
    getweakrefs,
    ref,
    proxy,
    CallableProxyType,
    ProxyType,
    ReferenceType,
    _remove_dead_weakref)

from _weakrefset import WeakSet, _IterationGuard

ProxyTypes = (ProxyType, CallableProxyType)

__all__ = ["ref", "proxy", "getweakrefcount", "getweakrefs",
           "WeakKeyDictionary", "ReferenceType", "ProxyType",
           "CallableProxyType", "ProxyTypes", "WeakValueDictionary",
           "WeakSet", "WeakMethod", "finalize"]


class WeakMethod(ref):
    """A weak reference to a bound method that lives as long as both its object and its
    function: calling it rebuilds the bound method, or returns None once either died."""

    __slots__ = "_func_ref", "_meth_type", "_alive", "__weakref__"

    def __new__(cls, meth, callback=None):
        try:
            obj = meth.__self__
            func = meth.__func__
        except AttributeError:
            raise TypeError("argument should be a bound method, not {}"
                            .format(type(meth))) from None

        # One callback for both halves: the first of object and function to die ends the
        # WeakMethod, and the user's callback runs once, with the WeakMethod.
        def on_death(_, callback=callback):
            self = myself()
            if self is not None and self._alive:
                self._alive = False
                if callback is not None:
                    callback(self)

        self = ref.__new__(cls, obj, on_death)
        self._func_ref = ref(func, on_death)
        self._meth_type = type(meth)
        self._alive = True
        myself = ref(self)
        return self

    def __call__(self):
        obj = super().__call__()
        func = self._func_ref()
        if obj is None or func is None:
            return None
        return self._meth_type(func, obj)

    def __eq__(self, other):
        if not isinstance(other, WeakMethod):
            return NotImplemented
        if not (self._alive and other._alive):
            return self is other
        return ref.__eq__(self, other) and self._func_ref == other._func_ref

    def __ne__(self, other):
        if not isinstance(other, WeakMethod):
            return NotImplemented
        if not (self._alive and other._alive):
            return self is not other
        return ref.__ne__(self, other) or self._func_ref != other._func_ref

    __hash__ = ref.__hash__


class KeyedRef(ref):
    """A weak reference that remembers a key: WeakValueDictionary's values are these, so the
    callback of a dying value knows which entry to remove."""

    __slots__ = "key",

    def __new__(type, ob, callback, key):
        self = ref.__new__(type, ob, callback)
        self.key = key
        return self

    def __init__(self, ob, callback, key):
        super().__init__(ob, callback)


def _is_mapping(obj):
    return isinstance(obj, (dict, WeakValueDictionary, WeakKeyDictionary)) or (
        hasattr(obj, "keys") and hasattr(obj, "items") and hasattr(obj, "__getitem__"))


class WeakValueDictionary:
    """A mapping whose values are held by weak references: an entry disappears when its
    value dies."""

    def __init__(self, other=(), /, **kw):
        # The callback of every value reference; it holds the dictionary only weakly, and
        # takes what it needs as defaults so that it still works late in interpreter exit.
        def remove(wr, selfref=ref(self), _atomic_removal=_remove_dead_weakref):
            self = selfref()
            if self is None:
                return
            if self._iterating:
                self._pending_removals.append(wr.key)
            else:
                # only if the entry still holds this dead reference (a new value may have
                # been stored under the key meanwhile)
                _atomic_removal(self.data, wr.key)

        self._remove = remove
        self._pending_removals = []
        self._iterating = set()
        self.data = {}
        self.update(other, **kw)

    def _commit_removals(self, _atomic_removal=_remove_dead_weakref):
        pending = self._pending_removals
        d = self.data
        while pending:
            _atomic_removal(d, pending.pop())

    def __getitem__(self, key):
        if self._pending_removals:
            self._commit_removals()
        o = self.data[key]()
        if o is None:
            raise KeyError(key)
        return o

    def __delitem__(self, key):
        if self._pending_removals:
            self._commit_removals()
        del self.data[key]

    def __len__(self):
        if self._pending_removals:
            self._commit_removals()
        return len(self.data)

    def __contains__(self, key):
        if self._pending_removals:
            self._commit_removals()
        try:
            o = self.data[key]()
        except KeyError:
            return False
        return o is not None

    def __repr__(self):
        return "<%s at %#x>" % (self.__class__.__name__, id(self))

    def __setitem__(self, key, value):
        if self._pending_removals:
            self._commit_removals()
        self.data[key] = KeyedRef(value, self._remove, key)

    def __eq__(self, other):
        if not _is_mapping(other):
            return NotImplemented
        return dict(self.items()) == dict(other.items())

    def copy(self):
        if self._pending_removals:
            self._commit_removals()
        new = WeakValueDictionary()
        with _IterationGuard(self):
            for key, wr in self.data.items():
                o = wr()
                if o is not None:
                    new[key] = o
        return new

    __copy__ = copy

    def get(self, key, default=None):
        if self._pending_removals:
            self._commit_removals()
        try:
            wr = self.data[key]
        except KeyError:
            return default
        o = wr()
        return default if o is None else o

    def items(self):
        if self._pending_removals:
            self._commit_removals()
        with _IterationGuard(self):
            for k, wr in self.data.items():
                v = wr()
                if v is not None:
                    yield k, v

    def keys(self):
        if self._pending_removals:
            self._commit_removals()
        with _IterationGuard(self):
            for k, wr in self.data.items():
                if wr() is not None:
                    yield k

    __iter__ = keys

    def itervaluerefs(self):
        """The weak references to the values, as an iterator (they may be dead by the time
        they are called)."""
        if self._pending_removals:
            self._commit_removals()
        with _IterationGuard(self):
            yield from self.data.values()

    def valuerefs(self):
        """A list of the weak references to the values."""
        if self._pending_removals:
            self._commit_removals()
        return list(self.data.values())

    def values(self):
        if self._pending_removals:
            self._commit_removals()
        with _IterationGuard(self):
            for wr in self.data.values():
                o = wr()
                if o is not None:
                    yield o

    def popitem(self):
        if self._pending_removals:
            self._commit_removals()
        while True:
            key, wr = self.data.popitem()
            o = wr()
            if o is not None:
                return key, o

    def pop(self, key, *args):
        if self._pending_removals:
            self._commit_removals()
        try:
            o = self.data.pop(key)()
        except KeyError:
            o = None
        if o is not None:
            return o
        if args:
            return args[0]
        raise KeyError(key)

    def setdefault(self, key, default=None):
        try:
            o = self.data[key]()
        except KeyError:
            o = None
        if o is not None:
            return o
        if self._pending_removals:
            self._commit_removals()
        self.data[key] = KeyedRef(default, self._remove, key)
        return default

    def update(self, other=None, /, **kwargs):
        if self._pending_removals:
            self._commit_removals()
        d = self.data
        if other is not None:
            if not hasattr(other, "items"):
                other = dict(other)
            for key, o in other.items():
                d[key] = KeyedRef(o, self._remove, key)
        for key, o in kwargs.items():
            d[key] = KeyedRef(o, self._remove, key)

    def clear(self):
        if self._pending_removals:
            self._commit_removals()
        self.data.clear()

    def __ior__(self, other):
        self.update(other)
        return self

    def __or__(self, other):
        if _is_mapping(other):
            c = self.copy()
            c.update(other)
            return c
        return NotImplemented

    def __ror__(self, other):
        if _is_mapping(other):
            c = self.__class__()
            c.update(other)
            c.update(self)
            return c
        return NotImplemented


class WeakKeyDictionary:
    """A mapping whose keys are held by weak references: an entry disappears when its key
    dies. Keys are looked up by equality of the live objects (a weak reference hashes and
    compares as its referent)."""

    def __init__(self, dict=None):
        self.data = {}

        def remove(k, selfref=ref(self)):
            self = selfref()
            if self is None:
                return
            if self._iterating:
                self._pending_removals.append(k)
            else:
                try:
                    del self.data[k]
                except KeyError:
                    pass

        self._remove = remove
        # dead key references waiting for the end of an iteration
        self._pending_removals = []
        self._iterating = set()
        # True when entries may have gone since _pending_removals was last checked
        self._dirty_len = False
        if dict is not None:
            self.update(dict)

    def _commit_removals(self):
        pending = self._pending_removals
        d = self.data
        while pending:
            try:
                del d[pending.pop()]
            except KeyError:
                pass

    def _scrub_removals(self):
        d = self.data
        self._pending_removals = [k for k in self._pending_removals if k in d]
        self._dirty_len = False

    def __delitem__(self, key):
        self._dirty_len = True
        del self.data[ref(key)]

    def __getitem__(self, key):
        return self.data[ref(key)]

    def __len__(self):
        if self._dirty_len and self._pending_removals:
            # a pending removal whose entry was deleted meanwhile must not count twice
            self._scrub_removals()
        return len(self.data) - len(self._pending_removals)

    def __repr__(self):
        return "<%s at %#x>" % (self.__class__.__name__, id(self))

    def __setitem__(self, key, value):
        self.data[ref(key, self._remove)] = value

    def __eq__(self, other):
        if not _is_mapping(other):
            return NotImplemented
        return dict(self.items()) == dict(other.items())

    def copy(self):
        new = WeakKeyDictionary()
        with _IterationGuard(self):
            for wr, value in self.data.items():
                o = wr()
                if o is not None:
                    new[o] = value
        return new

    __copy__ = copy

    def get(self, key, default=None):
        return self.data.get(ref(key), default)

    def __contains__(self, key):
        try:
            wr = ref(key)
        except TypeError:
            return False
        return wr in self.data

    def items(self):
        with _IterationGuard(self):
            for wr, value in self.data.items():
                key = wr()
                if key is not None:
                    yield key, value

    def keys(self):
        with _IterationGuard(self):
            for wr in self.data:
                obj = wr()
                if obj is not None:
                    yield obj

    __iter__ = keys

    def values(self):
        with _IterationGuard(self):
            for wr, value in self.data.items():
                if wr() is not None:
                    yield value

    def keyrefs(self):
        """A list of the weak references to the keys."""
        return list(self.data)

    def popitem(self):
        self._dirty_len = True
        while True:
            key, value = self.data.popitem()
            o = key()
            if o is not None:
                return o, value

    def pop(self, key, *args):
        self._dirty_len = True
        return self.data.pop(ref(key), *args)

    def setdefault(self, key, default=None):
        return self.data.setdefault(ref(key, self._remove), default)

    def update(self, dict=None, /, **kwargs):
        d = self.data
        if dict is not None:
            if not hasattr(dict, "items"):
                dict = type({})(dict)
            for key, value in dict.items():
                d[ref(key, self._remove)] = value
        if len(kwargs):
            self.update(kwargs)

    def clear(self):
        self._dirty_len = True
        self.data.clear()

    def __ior__(self, other):
        self.update(other)
        return self

    def __or__(self, other):
        if _is_mapping(other):
            c = self.copy()
            c.update(other)
            return c
        return NotImplemented

    def __ror__(self, other):
        if _is_mapping(other):
            c = self.__class__()
            c.update(other)
            c.update(self)
            return c
        return NotImplemented


class _FinalizeInfo:
    __slots__ = ("weakref", "func", "args", "kwargs", "atexit", "index")


class finalize:
    """Calls func(*args, **kwargs) when obj dies, at most once.

    A finalize object lives as long as its obj (the registry holds it), whether or not the
    program keeps it. It is the callback of a weak reference to obj; calling it runs func
    early, after which it is dead. Those still alive at exit run then, newest first, unless
    their atexit attribute was set false.
    """

    __slots__ = ()
    # every live finalizer -> its _FinalizeInfo
    _registry = {}
    _shutdown = False
    _counter = [0]
    _counter_lock = _thread.allocate_lock()
    # set when the registry gains an entry (the exit loop then looks again)
    _dirty = False
    _registered_with_atexit = False

    def __init__(self, obj, func, /, *args, **kwargs):
        if not finalize._registered_with_atexit:
            finalize._registered_with_atexit = True
            try:
                import atexit
            except ImportError:
                pass  # Skein: the program runner calls _exitfunc itself
            else:
                atexit.register(self._exitfunc)
        info = _FinalizeInfo()
        info.weakref = ref(obj, self)
        info.func = func
        info.args = args
        info.kwargs = kwargs or None
        info.atexit = True
        with finalize._counter_lock:
            info.index = finalize._counter[0]
            finalize._counter[0] += 1
        self._registry[self] = info
        finalize._dirty = True

    def __call__(self, _=None):
        """If alive, call func and return its result; the finalizer is dead afterwards."""
        info = self._registry.pop(self, None)
        if info and not self._shutdown:
            return info.func(*info.args, **(info.kwargs or {}))

    def detach(self):
        """If alive, kill the finalizer without calling func and return
        (obj, func, args, kwargs); else None."""
        info = self._registry.get(self)
        obj = info and info.weakref()
        if obj is not None and self._registry.pop(self, None):
            return (obj, info.func, info.args, info.kwargs or {})

    def peek(self):
        """If alive, return (obj, func, args, kwargs); else None."""
        info = self._registry.get(self)
        obj = info and info.weakref()
        if obj is not None:
            return (obj, info.func, info.args, info.kwargs or {})

    @property
    def alive(self):
        """Whether the finalizer is alive."""
        return self in self._registry

    @property
    def atexit(self):
        """Whether the finalizer runs at exit if still alive."""
        info = self._registry.get(self)
        return bool(info) and info.atexit

    @atexit.setter
    def atexit(self, value):
        info = self._registry.get(self)
        if info:
            info.atexit = bool(value)

    def __repr__(self):
        info = self._registry.get(self)
        obj = info and info.weakref()
        if obj is None:
            return '<%s object at %#x; dead>' % (type(self).__name__, id(self))
        return '<%s object at %#x; for %r at %#x>' % (
            type(self).__name__, id(self), type(obj).__name__, id(obj))

    @classmethod
    def _select_for_exit(cls):
        # the finalizers to run at exit, oldest first (the exit loop pops from the end)
        chosen = [(i.index, f) for (f, i) in list(cls._registry.items()) if i.atexit]
        chosen.sort(key=lambda pair: pair[0])
        return [f for (_, f) in chosen]

    @classmethod
    def _exitfunc(cls):
        # Called once at exit (by the runner, as CPython's atexit would). A finalizer may make
        # new finalizers: the registry is looked at again whenever it gained one.
        try:
            pending = None
            while cls._registry:
                if pending is None or finalize._dirty:
                    pending = cls._select_for_exit()
                    finalize._dirty = False
                if not pending:
                    break
                f = pending.pop()
                try:
                    f()
                except Exception as e:
                    _print_exception(e)
        finally:
            finalize._shutdown = True


def _print_exception(e):
    # CPython calls sys.excepthook here: the traceback on stderr, and the exit carries on.
    # Skein's sys has no excepthook; its _weakref prints the traceback instead.
    try:
        from _weakref import _print_exception as show
    except ImportError:
        _sys.excepthook(type(e), e, e.__traceback__)
    else:
        show(e)
