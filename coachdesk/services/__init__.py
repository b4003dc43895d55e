"""The rules of CoachDesk, over a SQLAlchemy session and without Qt.

Every function takes the session and the acting user (an ``Actor``) first, so
that what a user may see and change is decided here and not only in screens.
Callers commit: a service that raises has written nothing that will be kept.
"""
