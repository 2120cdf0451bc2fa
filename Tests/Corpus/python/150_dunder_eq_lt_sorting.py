class Version:
    def __init__(self, major, minor):
        self.major, self.minor = major, minor
    def __eq__(self, other):
        return (self.major, self.minor) == (other.major, other.minor)
    def __lt__(self, other):
        return (self.major, self.minor) < (other.major, other.minor)
    def __repr__(self):
        return f"v{self.major}.{self.minor}"
versions = [Version(1, 10), Version(1, 2), Version(0, 9), Version(1, 2)]
print(sorted(versions))
print(max(versions), min(versions))
print(Version(1, 2) == Version(1, 2), Version(1, 2) != Version(1, 3))
print(Version(2, 0) > Version(1, 9))
print(versions.count(Version(1, 2)), versions.index(Version(1, 2)))
