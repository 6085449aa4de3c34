"""The map in a real browser (headless Chromium, network off): markers, slider, popups.

Skipped, with the reason, where Chromium, chromedriver or selenium cannot be had; `make test`
installs Debian's chromium and chromium-driver when it runs as root.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from mapper.pipeline import build_maps

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
DRIVER = shutil.which("chromedriver") or "/usr/bin/chromedriver"

ARTICLES = {
    "a.txt": "---\ndate: 2016-08-13\nsource: Levant Wire\n---\nSDF takes Manbij\n\n"
             "Kurdish-led forces captured Manbij from the Islamic State on Friday, the Syrian "
             "Observatory for Human Rights said.\n",
    "b.txt": "---\ndate: 2016-08-14\nsource: Border Monitor\n---\nManbij falls\n\n"
             "The Syrian Democratic Forces seized Manbij from ISIS on Friday, residents said. "
             "Turkish forces shelled Jarablus.\n",
    "c.txt": "---\ndate: 2016-10-02\nsource: Euphrates Daily\n---\nIS retakes Manbij\n\n"
             "Islamic State fighters recaptured Manbij from the SDF on Saturday, the Observatory "
             "said. Turkish forces captured Jarablus from the Islamic State on Sunday.\n",
}


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    webdriver = pytest.importorskip("selenium.webdriver", reason="selenium is not installed")
    from selenium.webdriver.chrome.service import Service

    if not (Path(CHROMIUM).exists() and Path(DRIVER).exists()):
        pytest.skip(f"Chromium or chromedriver not installed ({CHROMIUM}, {DRIVER}): "
                    "run 'apt-get install chromium chromium-driver' as root")
    options = webdriver.ChromeOptions()
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update",
                 "--host-resolver-rules=MAP * ~NOTFOUND", "--proxy-server=http://127.0.0.1:9",
                 "--window-size=1200,800"):
        options.add_argument(flag)
    options.binary_location = CHROMIUM
    driver = webdriver.Chrome(service=Service(DRIVER), options=options)
    yield driver
    driver.quit()


@pytest.fixture(scope="module")
def map_page(tmp_path_factory: pytest.TempPathFactory, browser: Any) -> Any:
    articles = tmp_path_factory.mktemp("articles")
    for name, text in ARTICLES.items():
        (articles / name).write_text(text, encoding="utf-8")
    out = tmp_path_factory.mktemp("out")
    build_maps([articles], out, offline=True, progress=False)
    browser.get((out / "map.html").as_uri())
    browser.implicitly_wait(2)
    return browser


def place_colour(driver: Any, place: str) -> str:
    """The fill colour of the marker whose tooltip names ``place``."""
    return str(driver.execute_script(
        "return window.mapperMarkers.filter(m => m.getTooltip()._content(m).textContent "
        "=== arguments[0])[0].options.fillColor", place))


def popup_text(driver: Any, place: str) -> str:
    """The text of the popup of the marker whose tooltip names ``place``, once opened."""
    driver.execute_script(
        "window.mapperMarkers.forEach(m => { if (m.getTooltip()._content(m).textContent "
        "=== arguments[0]) m.openPopup(); });", place)
    return str(driver.execute_script(
        "return document.querySelector('.leaflet-popup-content').textContent"))


def set_slider(driver: Any, index: int) -> None:
    driver.execute_script(
        "var s = document.getElementById('mapper-range'); s.value = arguments[0];"
        "s.dispatchEvent(new Event('input'));", index)


def test_markers_render_with_no_network(map_page: Any) -> None:
    assert map_page.execute_script("return window.mapperMarkers.length") == 2
    assert map_page.execute_script("return document.querySelectorAll('.leaflet-overlay-pane "
                                   "path, .leaflet-overlay-pane canvas').length") > 0


def test_moving_the_slider_changes_the_holder_colour(map_page: Any) -> None:
    dates = map_page.execute_script("return document.getElementById('mapper-range').max")
    set_slider(map_page, 1)
    early = place_colour(map_page, "Manbij")
    set_slider(map_page, int(dates))
    late = place_colour(map_page, "Manbij")
    assert early != late
    assert map_page.find_element("id", "mapper-date").text > "2016-09"


def test_popup_lists_the_history_and_merged_sources(map_page: Any) -> None:
    text = popup_text(map_page, "Manbij")
    assert "Levant Wire" in text and "Border Monitor" in text and "Euphrates Daily" in text
    assert "Kurdish-led forces captured Manbij" in text


CORPUS = Path(__file__).parent.parent / "examples" / "corpus"


@pytest.fixture(scope="module")
def corpus_page(tmp_path_factory: pytest.TempPathFactory, browser: Any) -> Any:
    out = tmp_path_factory.mktemp("corpus")
    build_maps([CORPUS], out, offline=True, progress=False)
    browser.get((out / "map.html").as_uri())
    return browser


def test_corpus_slider_follows_al_rai_changing_hands(corpus_page: Any) -> None:
    dates = corpus_page.execute_script("return +document.getElementById('mapper-range').max")
    labels = []
    colours = []
    for index in range(int(dates) + 1):
        set_slider(corpus_page, index)
        labels.append(corpus_page.find_element("id", "mapper-date").text)
        colours.append(place_colour(corpus_page, "Ar Rā‘ī"))
    changes = [labels[i] for i in range(1, len(colours)) if colours[i] != colours[i - 1]]
    assert {"2016-04-07", "2016-04-11", "2016-08-16"} <= set(changes)


def test_corpus_popup_shows_the_merged_sources_of_jarablus(corpus_page: Any) -> None:
    text = popup_text(corpus_page, "Jarābulus")
    assert all(s in text for s in ("Ankara Desk", "Euphrates Daily", "Levant Wire"))
