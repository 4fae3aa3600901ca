"""Jieqing's Qt interface: a thin layer over `vault`."""
