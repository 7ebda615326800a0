"""The domain: models, the local store, services and validation. No Qt import here."""
