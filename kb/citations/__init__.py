"""Legal citations: one package for finding, parsing and resolving them.

- ``patterns``: document types, abbreviations and names as data, with examples (no I/O);
- ``model``: ``DocRef``, ``Citation``, ``Target``, ``FoundCitation``, resolutions (frozen dataclasses);
- ``names``: name tables (built-in, and one knowledge base's titles and aliases);
- ``find``: every citation in running text, with exact spans (``find_citations``);
- ``parse``: one citation typed as a query (``parse_citation``);
- ``resolve``: the one ``Resolver`` (number/name indexes + the article → clause → point walk);
- ``labels``: how a document or provision is written back ("Nghị định 59/2023/NĐ-CP").

Import the submodule you need; this file imports nothing, so the pure parts
(``patterns``, ``find``, ``parse``) load without the store.
"""
