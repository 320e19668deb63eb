"""The build's side of the site: what MkDocs needs to run the core's checks (acupoints/), with MkDocs
imports. The hooks in hooks/ and macros.py use it."""
