# Checks class-level state across subclasses via __init_subclass__ and cls attributes.
class Plugin:
    registry = []
    def __init_subclass__(cls, name=None, **kw):
        super().__init_subclass__(**kw)
        cls.plugin_name = name or cls.__name__.lower()
        Plugin.registry.append(cls.plugin_name)
class Alpha(Plugin):
    pass
class Beta(Plugin, name="the-beta"):
    pass
class Gamma(Beta):
    pass
print(Plugin.registry, Gamma.plugin_name, Alpha.plugin_name)
