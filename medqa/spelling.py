"""English typo repair shared by retrieval (query reading) and the answerability gate.

A misspelt word is repaired to a known word one edit away, found through a table of one-letter deletions of the
known words: a missing letter is a deletion of the right word; a wrong or extra letter or a swap shares one
deletion with it. A correctly spelled dictionary word only becomes another form of itself (its British spelling,
a past form's stem, an irregular form), never a different word one consonant away.
"""

from __future__ import annotations

from collections.abc import Container, Iterable, Mapping


def deletion_table(words: Iterable[str]) -> dict[str, str]:
    """Each one-letter deletion of an alphabetic known word of 4+ letters -> that word (the first in sorted order)."""
    deletions: dict[str, str] = {}
    for word in sorted(set(words)):
        if word.isalpha() and len(word) >= 4:
            for i in range(len(word)):
                deletions.setdefault(word[:i] + word[i + 1 :], word)
    return deletions


def repair_spelling(word: str, known: Container[str], deletions: Mapping[str, str]) -> str | None:
    """The known word a lower-case `word` is a misspelling of, or None when none is one edit away.

    `known` holds the known forms a dictionary word may become directly; `deletions` comes from `deletion_table`.
    Callers decide which words are worth repairing (length, stopwords, words already known).
    """
    from medqa.retrieval import is_dictionary_word, is_spelling_variant

    dictionary = is_dictionary_word(word)  # correctly spelled: only another form of it is taken (forgot -> forget)
    for candidate in [word] + [word[:i] + word[i + 1 :] for i in range(len(word))]:
        if dictionary and candidate in known and is_spelling_variant(word, candidate):
            return candidate
        match = deletions.get(candidate)
        if match and abs(len(match) - len(word)) <= 1 and (not dictionary or is_spelling_variant(word, match)):
            return match
    return None
