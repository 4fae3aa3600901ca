"""The guided forms, one module per form; each exposes `open_<name>_wizard(parent, vault, …)`.

The rules live in vault.flows; these pages only show them.
"""
