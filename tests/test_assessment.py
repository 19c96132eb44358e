"""The self-assessment and the ownership matrix, outside the browser: the scoring script (run by Node)
on the weights that the generator renders from content/, and what the built pages contain."""

from __future__ import annotations

import html
import json
import re
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest

from conftest import FIXTURE_CONTENT, ROOT, copy_project, run_cli
from roleguide.load import load_guide
from roleguide.render import render_pages
from roleguide.render.assessment import ASSESSMENT_PAGE, BOTH, lean, scoring_data

SCORER = ROOT / "assets" / "javascripts" / "assessment-score.js"
# Node reads {data, answers} on stdin and prints the score; the scorer is the module the site's bundle
# holds (an ES module: assets/package.json says so).
NODE_SCORE = (
    "import(require('node:url').pathToFileURL(process.argv[1]).href).then(({ score }) => {"
    "let input = ''; process.stdin.on('data', d => input += d);"
    "process.stdin.on('end', () => { const {data, answers} = JSON.parse(input);"
    "console.log(JSON.stringify(score(data, answers))); }); });"
)


def node() -> str:
    found = shutil.which("node")
    if found is None:
        pytest.fail("Node.js is missing; install it with: make node", pytrace=False)
    return found


def score(data: dict[str, Any], answers: dict[str, int]) -> dict[str, Any]:
    result = subprocess.run(
        [node(), "-e", NODE_SCORE, str(SCORER)],
        input=json.dumps({"data": data, "answers": answers}),
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(result.stdout)


def rendered_data(page: str) -> dict[str, Any]:
    """The scoring data exactly as the page carries it (JSON in the form's data-rg-scoring attribute)."""
    found = re.search(r'data-rg-scoring="([^"]*)"', page)
    assert found, "the page carries no scoring data"
    return json.loads(html.unescape(found.group(1)))


def texts(page: str, tag: str, css_class: str | None = None) -> list[str]:
    """The visible text of every `tag` element (with exactly that class), tags dropped, entities decoded."""
    attrs = rf'[^>]*class="{re.escape(css_class)}"[^>]*' if css_class else r"[^>]*"
    found = re.findall(rf"<{tag}{attrs}>(.*?)</{tag}>", page, re.S)
    return [" ".join(html.unescape(re.sub(r"<[^>]+>", "", f)).split()) for f in found]


def generated_page(content: Path, tmp_path: Path) -> str:
    """Run the generator on `content`, as a writer would, and read the self-assessment page it wrote."""
    tmp_path.mkdir(parents=True, exist_ok=True)
    docs = tmp_path / "docs"
    assets = str(ROOT / "assets")
    result = run_cli("--content", str(content), "--docs", str(docs), "--assets", assets, "generate", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    return (docs / ASSESSMENT_PAGE).read_text(encoding="utf-8")


GUIDE = load_guide(ROOT / "content")
ROLES = [r.id for r in GUIDE.roles]
DATA = rendered_data(render_pages(GUIDE)[ASSESSMENT_PAGE])


def leaning_answers(role: str) -> dict[str, int]:
    """The highest answer for statements that point to `role`, the lowest for the other role's, the
    middle one for statements that point to both."""
    top = len(GUIDE.assessment.scale)
    answers = {}
    for statement in GUIDE.assessment.statements:
        points_to = lean(statement, ROLES)
        answers[statement.id] = (top + 1) // 2 if points_to == BOTH else top if points_to == role else 1
    return answers


def test_the_page_carries_the_weights_of_content() -> None:
    assert scoring_data(GUIDE) == DATA
    assert [s["id"] for s in DATA["statements"]] == [s.id for s in GUIDE.assessment.statements]
    assert DATA["statements"][0]["weights"] == GUIDE.assessment.statements[0].weights


def test_no_weight_is_written_in_the_scripts() -> None:
    scripts = ROOT / "assets" / "javascripts"
    for path in [scripts / "assessment-score.js", scripts / "assessment.js"]:
        text = path.read_text(encoding="utf-8")
        for statement in GUIDE.assessment.statements:
            assert f'"{statement.id}"' not in text, f"{path.name} names the statement {statement.id}"
        for role in ROLES:
            assert f'"{role}"' not in text, f"{path.name} names the role {role}"


@pytest.mark.parametrize("role", ROLES)
def test_all_answers_leaning_to_a_role_give_that_role(role: str) -> None:
    result = score(DATA, leaning_answers(role))
    assert result["complete"] is True
    assert result["leaning"] == role


def test_a_mixed_set_of_answers_gives_balanced() -> None:
    product, project = leaning_answers("product"), leaning_answers("project")
    # Agree with half of each side: the product statements in the first half, the project ones in the second.
    ids = list(product)
    mixed = {sid: product[sid] if i < len(ids) / 2 else project[sid] for i, sid in enumerate(ids)}
    for answer in [1, 3, 5]:
        assert score(DATA, dict.fromkeys(ids, answer))["leaning"] == "balanced"
    assert score(DATA, {**mixed, **{sid: 5 for sid in ids}})["leaning"] == "balanced"


def test_changing_one_weight_in_content_changes_the_result(tmp_path: Path) -> None:
    """Answers: 'very much me' to the vision statement, 'mostly' to customer feedback, 'partly' to
    the rest. With the vision statement's product weight at 3 that leans to product; at 1 the two
    averages (3.4 and 3.0) are within balanced_within (0.5) of each other."""
    answers = {s.id: 3 for s in GUIDE.assessment.statements} | {"vision": 5, "customer-feedback": 4}
    content = tmp_path / "content"
    shutil.copytree(ROOT / "content", content)
    assert score(rendered_data(generated_page(content, tmp_path / "before")), answers)["leaning"] == "product"

    path = content / "assessment.yml"
    text = path.read_text(encoding="utf-8")
    old = "  - id: vision\n    text: I want to be the one who decides what a product should become, and why.\n"
    old += "    weights: {product: 3, project: 0}\n"
    assert old in text, "content/assessment.yml changed: update this test"
    path.write_text(text.replace(old, old.replace("product: 3", "product: 1")), encoding="utf-8")
    assert score(rendered_data(generated_page(content, tmp_path / "after")), answers)["leaning"] == "balanced"


def test_node_unit_tests_pass() -> None:
    """`make test` runs them too; here they also run under a bare `pytest`."""
    result = subprocess.run([node(), "--test", str(ROOT / "tests" / "js")], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
    assert re.search(r"^# fail 0$", result.stdout, re.M), result.stdout


def test_the_form_has_a_radio_group_per_statement() -> None:
    page = render_pages(GUIDE)[ASSESSMENT_PAGE]
    assert page.count("<fieldset") == len(GUIDE.assessment.statements)
    assert page.count("<legend") == len(GUIDE.assessment.statements)
    for statement in GUIDE.assessment.statements:
        radios = re.findall(rf'<input type="radio" name="{statement.id}" value="(\d)">', page)
        assert radios == [str(i) for i in range(1, len(GUIDE.assessment.scale) + 1)]


@pytest.mark.build
def test_values_show_literally_in_form_result_and_matrix(tmp_path: Path) -> None:
    """Values go through Markdown in some blocks and stay raw HTML in others; both show as typed."""
    project = copy_project(tmp_path / "fixture", content=FIXTURE_CONTENT)
    result = run_cli("build", cwd=project)
    assert result.returncode == 0, result.stderr
    page = (project / "site" / "which-role-fits-you" / "index.html").read_text(encoding="utf-8")
    statement = 'I like 1 < 2 brackets & *stars* and "quotes"'
    assert texts(page, "legend") == [
        f"{i}. {s.text}" for i, s in enumerate(load_guide(FIXTURE_CONTENT).assessment.statements, 1)
    ]
    assert texts(page, "legend")[0] == f"1. {statement}"
    assert texts(page, "span", "rg-checklist__text")[0] == statement
    assert texts(page, "label", "rg-scale__option")[:3] == ["No", "Sort of *", "Yes"]
    assert texts(page, "p", "rg-outcome__heading")[0] == "You lean to *Alpha* & C#"
    matrix = (project / "site" / "ownership" / "index.html").read_text(encoding="utf-8")
    assert texts(matrix, "li", "rg-level rg-level--decides") == ["Decides *: Has the final say & more."]
    assert texts(matrix, "th")[3] == "Vision & *scope*"
