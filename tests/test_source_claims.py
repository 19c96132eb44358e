"""The guide says no more than its source article. Each test here guards a claim that content/ once
made and the article does not (issue 17): who has authority over the budget, a "final say", an order of
phases or of career steps, one job per tool, reporting lines, a "decides" where the article gives no
authority (issue 27). The guide also spells as the article does, in American English. `CONTENT` may
point at another copy of content/ (ROLEGUIDE_CONTENT=...), which is how these tests were shown to fail
on the old wording."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest
import yaml

from conftest import ROOT
from roleguide.load import load_guide
from roleguide.render import render_pages

CONTENT = Path(os.environ.get("ROLEGUIDE_CONTENT", ROOT / "content"))
TEMPLATES = ROOT / "scripts" / "roleguide" / "render" / "templates"
GUIDE = load_guide(CONTENT)
FACTS = yaml.safe_load((ROOT / "tests" / "facts.yml").read_text(encoding="utf-8"))

# Wording that claims more than the article: id -> (pattern, what the article says instead).
OVERCLAIMS = {
    "final-say": (r"final (say|word)", "the product manager has the primary authority, the project manager control"),
    "overrule": (r"overrul", "the article ranks neither role above the other"),
    "ladder": (r"ladder|climb|next step|further up|top of the track", "career destinations are parallel options"),
    "reporting-line": (r"\breports? to\b|\band answers? to\b", "the article names no reporting line"),
    "entry-path": (r"where each role comes from", "the article names no way into either role"),
    "phase-order": (r"before the first design", "the article puts the lifecycle work in no order"),
    "hand-offs": (r"hand-?offs?\b", "the project manager plans timelines, resources and risk management"),
    "retirement": (r"idea to retirement", "the article's lifecycle is design, development, testing and launch"),
    "especially": (r"especially in agile", "the collaboration improves outcomes in agile environments"),
    "delays-everything": (r"delays? everything", "a delay on the critical path delays the project's finish"),
}


def _text_files() -> list[Path]:
    """What readers get to see: content/, the page templates and the Material overrides."""
    overrides = (ROOT / "overrides").rglob("*.html")
    return sorted([*CONTENT.rglob("*.yml"), *(p for p in TEMPLATES.iterdir() if p.is_file()), *overrides])


@pytest.mark.parametrize("claim", OVERCLAIMS)
def test_no_wording_claims_more_than_the_article(claim: str) -> None:
    pattern, article = OVERCLAIMS[claim]
    pattern = pattern.replace(" ", r"\s+")  # a phrase may wrap onto the next line of a folded YAML string
    found = []
    for path in _text_files():
        lines = path.read_text(encoding="utf-8").splitlines()
        text = "\n".join("" if line.lstrip().startswith("#") else line for line in lines)  # YAML comments
        for match in re.finditer(pattern, text, re.I):
            number = text.count("\n", 0, match.start()) + 1
            found.append(f"{path}:{number}: {lines[number - 1].strip()}")
    assert not found, f"the article does not say this ({article}):\n" + "\n".join(found)


def test_no_role_decides_the_budget() -> None:
    """The article gives neither role authority over the budget: the project manager works within it,
    tracks it and is measured by keeping to it."""
    budget = next(a for group in GUIDE.ownership.groups for a in group.activities if a.id == "budget")
    assert "decides" not in budget.roles.values(), f"the budget row rates {budget.roles}"
    assert budget.roles["project"] == "contributes", "the project manager answers for staying within budget"
    assert "within budget" in budget.why


def test_the_budget_question_leads_to_a_spot_that_names_budget_and_risks() -> None:
    question = next(q for q in GUIDE.questions.questions if "budget" in q.question.lower())
    answer = question.answer
    assert answer.anchor, question.question
    block = GUIDE.section(answer.page).roles[answer.anchor]
    text = " ".join([block.summary, *block.points]).lower()
    for word in ["budget", "risk", "timeline"]:
        assert word in text, f"{answer.page}#{answer.anchor} does not mention {word!r}: {question.question}"


# Items the article lists together, for one shared purpose or as equal options: no point may give one
# of them a job, or a rank, of its own.
GROUPS = [
    ("tools", "product", "product_tools"),
    ("tools", "project", "project_tools"),
    ("career", "product", "product_titles"),
    ("career", "project", "project_titles"),
]


@pytest.mark.parametrize(("section", "role", "group"), GROUPS, ids=[g for _, _, g in GROUPS])
def test_items_listed_together_are_named_together(section: str, role: str, group: str) -> None:
    block = GUIDE.section(section).roles[role]
    items = FACTS[group]
    for text in [block.summary, *block.points]:
        named = [item for item in items if item.lower() in text.lower()]
        assert not named or named == items, f"{section}#{role} names {named} apart from the rest of {items}: {text}"
    assert any(all(item.lower() in p.lower() for item in items) for p in block.points), f"{section}#{role}: {items}"


# The article's section on decision-making: the only place it gives either role authority.
AUTHORITY_SECTION = "Decision-Making Authority and Ownership"


def _names(title: str, authorities: list[str]) -> list[str]:
    """The authorities a matrix row's title names (each matched from the start of a word)."""
    return [a for a in authorities if re.search(rf"\b{re.escape(a)}", title, re.I)]


@pytest.mark.parametrize("role", [r.id for r in GUIDE.roles])
def test_a_role_decides_only_what_the_article_puts_under_its_authority(role: str) -> None:
    """Every "decides" of the ownership matrix is one of the decision facts of the article (tests/facts.yml,
    `<role>_authority`), named in the row's title and sourced from the guide's block on that role's
    authority; a skill, a duty or a deliverable is at most "contributes"."""
    assert AUTHORITY_SECTION in FACTS["sections"]
    authorities = FACTS[f"{role}_authority"]
    section = next(s for s in GUIDE.sections if s.title == AUTHORITY_SECTION)
    block = section.roles[role]
    stated = " ".join([block.summary, *block.points, *block.facts])
    unstated = [a for a in authorities if not _names(stated, [a])]
    assert not unstated, f"{section.id}#{role} does not state the authority over {unstated}"
    rows = [a for group in GUIDE.ownership.groups for a in group.activities if a.roles[role] == "decides"]
    untied = [f"{a.id} ({a.title})" for a in rows if not _names(a.title, authorities)]
    assert not untied, f"{role} decides rows that name none of the article's authorities {authorities}: {untied}"
    elsewhere = [a.id for a in rows if (a.source.section, a.source.anchor) != (section.id, role)]
    assert not elsewhere, f"rows {role} decides must cite {section.id}#{role}, where the guide states it: {elsewhere}"
    dropped = [a for a in authorities if not any(_names(row.title, [a]) for row in rows)]
    assert not dropped, f"the article gives {role} authority over {dropped}, which no row lets it decide"


# The article writes American English, and so does the guide. The British forms it refuses, as patterns
# (whole words, any case), each with what to write instead.
_IZE_STEMS = (
    "author|capital|categor|character|critic|custom|emphas|final|initial|maxim|memor|minim|normal|optim|organ|"
    "personal|priorit|real|recogn|special|standard|summar|util|visual"
)
BRITISH = {
    rf"(?:{_IZE_STEMS})is(?:e|es|ed|ing|ation|ations)": "-ize, -ization (prioritize, specializes)",
    r"analys(?:e|ed|ing)": "analyze, analyzed, analyzing",
    r"(?:arm|behavi|col|endeav|fav|flav|harb|hon|hum|lab|neighb|rum|sav|vig)our(?:s|ed|ing|ite|ites|able|ful)?": "-or",
    r"(?:calib|cent|fib|lit|met|somb|spect|theat)re[sd]?": "-er (center, meter)",
    r"programmes?": "program",
    r"licences?": "license",
    r"practis(?:e|es|ed|ing)": "practice, practiced (the verb too)",
    r"(?:defen|offen|preten)ce": "defense, offense, pretense",
    r"judgements?": "judgment",
    r"catalogues?": "catalog",
    r"(?:cancel|channel|dial|equal|fuel|label|level|model|signal|total|travel)l(?:ed|ing|er|ers)": "one l (labeled)",
    r"fulfil(?:s|ment)?|enrol(?:s|ment)?": "fulfill, enroll",
    r"grey|whilst|amongst|learnt|spelt|ageing": "gray, while, among, learned, spelled, aging",
}


def _reader_texts() -> dict[str, str]:
    """What readers see, by file: every page, picture and copied ad the generator writes, and the
    Material overrides. Ids are taken out: they are addresses (kept stable), not words."""
    texts = {path: str(text) for path, text in render_pages(GUIDE).items() if not isinstance(text, bytes)}
    texts |= {str(p.relative_to(ROOT)): p.read_text(encoding="utf-8") for p in (ROOT / "overrides").rglob("*.html")}
    ids = {anchor for anchors in GUIDE.anchors().values() for anchor in anchors} | set(GUIDE.anchors())
    id_pattern = re.compile("|".join(re.escape(i) for i in sorted(ids, key=len, reverse=True) if "-" in i))
    return {path: id_pattern.sub("", text) for path, text in texts.items()}


def test_the_guide_spells_as_the_article_does() -> None:
    found = []
    for path, text in sorted(_reader_texts().items()):
        for pattern, american in BRITISH.items():
            for match in re.finditer(rf"\b(?:{pattern})\b", text, re.I):
                line = text.count("\n", 0, match.start()) + 1
                found.append(f"{path}:{line}: {match.group(0)!r}: write {american}")
    assert not found, "British spelling; the article writes American English:\n" + "\n".join(found)


def test_the_goal_row_links_to_where_the_guide_states_each_goal() -> None:
    """The comparison's "Goal" row (one of the article's own rows) explains itself by a link to a section:
    that section's block for each role must state the role's goal, in the row's own words."""
    goal = next(a for a in GUIDE.comparison.aspects if a.title == "Goal")
    section = GUIDE.section(goal.section)
    for role, cells in GUIDE.cells(goal).items():
        block = section.roles[role]
        stated = " ".join([block.summary, *block.points]).casefold()
        missing = [cell for cell in cells if cell.casefold() not in stated]
        assert not missing, f"the Goal row links to {section.id}, whose {role} block does not state {missing}"
    assert [g for g in FACTS["goals"] if any(g in " ".join(c) for c in GUIDE.cells(goal).values())] == FACTS["goals"]


def test_the_guide_passes_on_the_caveat_of_its_source() -> None:
    """The article says its information is general and not guaranteed to be complete; where the guide
    names its source (the home page's "Where the facts come from"), it says so too, in its own words."""
    caveat = GUIDE.site.source.disclaimer.casefold()
    assert "general information" in caveat and "complete" in caveat, GUIDE.site.source.disclaimer
    home = render_pages(GUIDE)["index.md"]
    assert isinstance(home, str) and GUIDE.site.source.title in home
    assert " ".join(GUIDE.site.source.disclaimer.split()) in " ".join(home.split())
