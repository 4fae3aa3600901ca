"""Password → 256-bit SQLCipher key, with Argon2id.

The first two bytes of SQLCipher's 16-byte file salt name the KDF profile, so the
parameters can be raised in a later version without a sidecar file; the other 14 bytes
are random. A file whose profile we do not know is refused before any KDF runs.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from dataclasses import dataclass

from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

from vault.errors import UnknownKdfProfileError

SALT_SIZE = 16
KEY_SIZE = 32


@dataclass(frozen=True)
class KdfProfile:
    ident: int  # stored big-endian in salt[0:2]
    memory_kib: int
    iterations: int
    lanes: int


# About 0.5 s on a 2-core machine: the cost an attacker pays per guess. 128 MiB keeps a
# modest laptop comfortable and a backup or restore (which derive keys too) under 200 MiB.
PRODUCTION = KdfProfile(ident=0x4A01, memory_kib=128 * 1024, iterations=5, lanes=4)
# Tests only: a vault made with this profile is protected by nothing but the cipher.
FAST_FOR_TESTS = KdfProfile(ident=0x5401, memory_kib=8, iterations=1, lanes=1)

PROFILES = {p.ident: p for p in (PRODUCTION, FAST_FOR_TESTS)}

# Set by the test suite so that vaults created in subprocesses (CLI, app) use the fast
# profile; never set by users. The packaged app ignores it, and the command line warns.
TEST_PROFILE_ENV = "JIEQING_TEST_FAST_KDF"


def fast_profile_requested() -> bool:
    """Whether new vaults get FAST_FOR_TESTS: the test suite asked, and this is not the
    packaged (frozen) app, which only ever makes strong vaults."""
    return os.environ.get(TEST_PROFILE_ENV) == "1" and not getattr(sys, "frozen", False)


# Told each time a new vault or backup gets FAST_FOR_TESTS (the command line warns).
on_fast_profile: Callable[[], None] | None = None


def default_profile() -> KdfProfile:
    if not fast_profile_requested():
        return PRODUCTION
    if on_fast_profile is not None:
        on_fast_profile()
    return FAST_FOR_TESTS


def new_salt(profile: KdfProfile) -> bytes:
    return profile.ident.to_bytes(2, "big") + os.urandom(SALT_SIZE - 2)


def profile_for_salt(salt: bytes) -> KdfProfile:
    if len(salt) != SALT_SIZE:
        raise UnknownKdfProfileError()
    profile = PROFILES.get(int.from_bytes(salt[:2], "big"))
    if profile is None:
        raise UnknownKdfProfileError()
    return profile


def derive_key(password: str, salt: bytes) -> bytearray:
    """Return the raw key in a bytearray the caller wipes with `wipe` after use."""
    profile = profile_for_salt(salt)
    kdf = Argon2id(
        salt=salt,
        length=KEY_SIZE,
        iterations=profile.iterations,
        lanes=profile.lanes,
        memory_cost=profile.memory_kib,
    )
    return bytearray(kdf.derive(password.encode("utf-8")))


def wipe(buffer: bytearray) -> None:
    buffer[:] = bytes(len(buffer))
