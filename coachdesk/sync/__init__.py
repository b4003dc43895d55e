"""Team sharing: change records, hybrid logical clocks, signed and encrypted change bundles in a shared folder.

A layer between storage and services: it may import domain and storage; services may
import it; it never imports ui, cli or documents. See docs/SYNC.md.
"""
