# Checks an uncaught 'raise ... from ...': the traceback ends with the outer exception.
class ConfigError(Exception):
    pass
def read_port(cfg):
    try:
        return int(cfg["port"])
    except (KeyError, ValueError) as e:
        raise ConfigError("invalid port setting") from e
print(read_port({"port": "8080"}))
print(read_port({"port": "eighty"}))
