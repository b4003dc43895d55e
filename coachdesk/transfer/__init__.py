"""Import from and export to spreadsheets: a core layer beside documents (never Qt).

readers (CSV/.xlsx/.xls/.ods, bounded) -> mapping (headers to fields, BSN skipped) ->
plan (the preview, judged by the services' own checks) -> commit (one transaction, an
undoable batch); errorfile writes the rows to fix; export writes any list and the templates.
"""
