class ConfigError(Exception):
    pass
def load(settings, key):
    try:
        return settings[key]
    except KeyError as e:
        raise ConfigError(f"missing setting {key!r}") from e
try:
    load({"lr": 0.1}, "epochs")
except ConfigError as e:
    print(e)
    print(type(e.__cause__).__name__, e.__cause__)
print(load({"lr": 0.1}, "lr"))
load({}, "batch_size")
