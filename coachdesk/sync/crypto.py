"""The few cryptographic operations of team sharing, all from libsodium (PyNaCl).

- A member has a signing key (Ed25519) and a box key (X25519); both private keys live only
  inside his encrypted data file (and, for a moment, in his invitation, encrypted with the code).
- A scope has a box key pair per generation. Its public key is in the signed key file, so any
  member allowed to write to the scope can encrypt for it; its private key is sealed to each
  member who may read the scope.
- A bundle's content is encrypted with a fresh random key (XSalsa20-Poly1305), that key is
  sealed to the scope's public key, and the whole file is signed by its author.
"""
from __future__ import annotations

import base64
import json
import secrets

import nacl.exceptions
import nacl.pwhash
import nacl.secret
import nacl.signing
import nacl.utils
from nacl.public import PrivateKey, PublicKey, SealedBox

BadSignature = nacl.exceptions.BadSignatureError
CryptoError = nacl.exceptions.CryptoError


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


def new_signing_key() -> str:
    return b64(bytes(nacl.signing.SigningKey.generate()))


def new_box_key() -> str:
    return b64(bytes(PrivateKey.generate()))


def signing_public(private: str) -> str:
    return b64(bytes(nacl.signing.SigningKey(unb64(private)).verify_key))


def box_public(private: str) -> str:
    return b64(bytes(PrivateKey(unb64(private)).public_key))


def sign(private: str, message: bytes) -> bytes:
    """``message`` with its 64-byte signature in front."""
    return bytes(nacl.signing.SigningKey(unb64(private)).sign(message))


def verify(public: str, signed: bytes) -> bytes:
    """The message, if the signature by ``public`` is right; raises BadSignature otherwise."""
    return nacl.signing.VerifyKey(unb64(public)).verify(signed)


def seal(public: str, data: bytes) -> str:
    return b64(SealedBox(PublicKey(unb64(public))).encrypt(data))


def unseal(private: str, sealed: str) -> bytes:
    return SealedBox(PrivateKey(unb64(private))).decrypt(unb64(sealed))


def encrypt(key: bytes, data: bytes) -> bytes:
    return bytes(nacl.secret.SecretBox(key).encrypt(data))


def decrypt(key: bytes, data: bytes) -> bytes:
    return nacl.secret.SecretBox(key).decrypt(data)


def random_key() -> bytes:
    return nacl.utils.random(nacl.secret.SecretBox.KEY_SIZE)


def canonical(value: object) -> bytes:
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()


def sign_document(private: str, document: dict) -> dict:
    """A JSON document with its signature, as written to the team folder."""
    return {"document": document, "signature": b64(sign(private, canonical(document))[:64])}


def verify_document(public: str, signed: dict) -> dict:
    document = signed["document"]
    nacl.signing.VerifyKey(unb64(public)).verify(canonical(document), unb64(signed["signature"]))
    return document


# --- the one-time code of an invitation -------------------------------------------------

CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I: read aloud or typed without mistakes


def new_code() -> str:
    """Five groups of four characters (100 bits): long enough, and the KDF makes each guess slow."""
    characters = "".join(secrets.choice(CODE_ALPHABET) for _ in range(20))
    return "-".join(characters[i:i + 4] for i in range(0, 20, 4))


def normalise_code(code: str) -> str:
    plain = "".join(c for c in code.upper() if c.isalnum())
    return "-".join(plain[i:i + 4] for i in range(0, len(plain), 4))


def code_key(code: str, salt: bytes) -> bytes:
    """The key of an invitation. The code itself has 100 random bits, so no guessing can find it;
    Argon2id (libsodium's interactive limits, ~0.1 s) makes each guess cost memory as well."""
    return nacl.pwhash.argon2id.kdf(nacl.secret.SecretBox.KEY_SIZE, normalise_code(code).encode(), salt,
                                    opslimit=nacl.pwhash.argon2id.OPSLIMIT_INTERACTIVE,
                                    memlimit=nacl.pwhash.argon2id.MEMLIMIT_INTERACTIVE)


def new_salt() -> bytes:
    return nacl.utils.random(nacl.pwhash.argon2id.SALTBYTES)
