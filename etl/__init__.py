"""Tallyboard ETL: articles in, tidy tables of events and measures out."""
