"""The Nu HTML Checker errors that come from Material for MkDocs' own templates, not from our markup.

Each entry: the checker's message, the markup it points at, and why it stays. The HTML test fails on
any other error, and on an entry here that no longer occurs (so this list cannot go stale).
"""
MATERIAL_HTML_ERRORS = [
    {
        "message": "Attribute “autocomplete” is only allowed when the input type is",
        "markup": 'type="checkbox" id="__',
        "why": "base.html puts autocomplete=\"off\" on its hidden checkbox toggles (drawer, search) on "
               "purpose, so Firefox does not restore an open drawer or search when a page is reloaded.",
    },
    {
        "message": "The value of the “for” attribute of the “label” element must be the ID of a non-hidden "
                   "form control.",
        "markup": 'for="__toc"',
        "why": "partials/nav.html labels the table-of-contents toggle on a section's index page "
               "(navigation.indexes), where Material renders no such toggle.",
    },
]
