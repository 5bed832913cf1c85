"""audiocast: Swedish local news, read aloud, published as a podcast."""

__version__ = "0.1.0"
