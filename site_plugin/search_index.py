"""The search index Material writes, with the other ways readers type its words and the words of the
FAQ's questions in hidden fields (acupoints.search.with_spellings), rewritten in UTF-8
(acupoints.search.utf8_index), half the size of Material's escaped Hindi."""
import json
from pathlib import Path

from acupoints import DataError
from acupoints.search import question_anchors, utf8_index, with_spellings
from acupoints.spellings import load_spellings

from .errors import stop


def rewrite_search_index(config) -> None:
    site = Path(config.site_dir)
    index_file = site / "search" / "search_index.json"
    if not index_file.is_file():  # a site built without Material's search has none
        return
    try:
        spellings = load_spellings(Path(config.config_file_path).parent, config.theme["language"])
    except DataError as error:
        stop(str(error))
    index = json.loads(index_file.read_text(encoding="utf-8"))
    pages = {doc["location"].partition("#")[0] for doc in index["docs"]}
    # use_directory_urls (mkdocs.yml): the page at 'faq/' is faq/index.html.
    questions = {page: question_anchors((site / page / "index.html").read_text(encoding="utf-8"))
                 for page in pages if (site / page / "index.html").is_file()}
    index_file.write_text(utf8_index(json.dumps(with_spellings(index, spellings, questions))), encoding="utf-8")
