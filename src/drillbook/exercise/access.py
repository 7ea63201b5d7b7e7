"""Join codes and facilitator keys: made from a secure random source, stored only as hashes."""

from __future__ import annotations

import hashlib
import hmac
import secrets

JOIN_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"
"""Letters and digits that cannot be mistaken for one another when read out in a room."""


class AccessDenied(Exception):
    """A code or key that does not open what was asked for."""


def new_join_code() -> str:
    """A join code to show the room, e.g. ``K7QM-3XWD``."""
    chars = "".join(secrets.choice(JOIN_ALPHABET) for _ in range(8))
    return f"{chars[:4]}-{chars[4:]}"


def new_facilitator_key() -> str:
    """A facilitator key, long enough that it cannot be guessed."""
    return secrets.token_urlsafe(18)


def new_seat_token() -> str:
    """A participant's seat token: it gives the seat back, so it is as unguessable as a key."""
    return new_facilitator_key()


def new_id() -> str:
    """An id for an exercise or a participant."""
    return secrets.token_hex(8)


def join_digest(code: str) -> str:
    """The hash a join code is kept under; case, spaces and dashes do not matter."""
    return _sha256("".join(c for c in code.upper() if c.isalnum()))


def key_digest(key: str) -> str:
    """The hash a facilitator key is kept under."""
    return _sha256(key.strip())


def matches(digest: str, stored: str) -> bool:
    """Whether two hashes are equal, compared in constant time."""
    return hmac.compare_digest(digest, stored)


def _sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()
