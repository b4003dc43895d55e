"""The desktop app: Qt screens over coachdesk.services. Only this package imports Qt."""
