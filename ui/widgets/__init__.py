"""Reusable input widgets: money, dates, rates and schedules, each speaking the core's types."""
