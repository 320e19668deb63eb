"""What the build checks beyond the data: the settings in mkdocs.yml, each page's file before MkDocs
reads it (encoding, front matter), and each page as built. Each problem is one line naming the file
and where to fix it; the hooks in hooks/ run these checks and stop the build."""
