"""The guided routine in real Chromium. Time is driven with Playwright's clock, never waited for."""
import json
import re

import pytest

from acupoints import load_catalog
from acupoints.language import load_language
from acupoints.routine import steps
from acupoints.routine_page import safety_check
from helpers import DATA_FILE, LOOKS, ROOT, VIEWPORTS, axe_violations, tab_until

# 200 % text, as tests/browser/test_large_text.py makes it: Material's 125 % root doubled.
LARGE_TEXT = "html { font-size: 250% !important; }"
EDITIONS = {"en": "routine/", "hi": "hi/routine/"}


@pytest.fixture
def routine(open_clocked):
    def opener(path="routine/", **options):
        page = open_clocked(path, **options)
        # Material's fades run on the real compositor clock, not Playwright's: without them, what
        # axe and the tests read is the settled state.
        page.add_style_tag(content="*, *::before, *::after { transition: none !important; animation: none !important; }")
        return page

    return opener


def _state(page) -> dict:
    return page.evaluate("""() => ({
        title: document.getElementById('routine-step-title').textContent,
        side: document.querySelector('.routine-side').textContent,
        count: document.querySelector('.routine-countdown').hidden ? null : Number(document.querySelector('.routine-countdown').textContent),
        said: document.querySelector('.routine-announcer').textContent,
        progress: document.querySelector('.routine-progress').textContent,
        done: !document.querySelector('.routine-done').hidden,
        setup: !document.querySelector('.routine-setup').hidden})""")


def _button(page, name: str):
    return page.get_by_role("button", name=name, exact=True)


def _options(page):
    """Open the folded choices (points, hold length, cues)."""
    if page.locator(".routine-options").get_attribute("open") is None:
        page.locator(".routine-options summary").click()


def _start(page, length="short", *, still=False):
    """Choose the hold length, press Start, and begin from the safety check. `still`: from then on the
    page's time moves only when the test moves it (Playwright's clock otherwise also runs in real time,
    and on a loaded machine the real time between two steps of a test ends a hold before its time)."""
    _options(page)
    page.get_by_role("radio", name=f"{length.capitalize()} holds", exact=False).check()
    _button(page, "Start").click()
    _button(page, "I have checked: begin").click()
    if still:
        page.clock.pause_at(page.evaluate("Date.now()") + 1)


@pytest.mark.parametrize("length", ["short", "long"])
def test_every_step_lasts_what_the_data_says(routine, catalog, length):
    page = routine()
    _start(page, length, still=True)
    plan = steps(catalog, length)
    for number, step in enumerate(plan, start=1):
        state = _state(page)
        assert state["progress"] == f"Step {number} of {len(plan)}"
        assert state["title"] == step["heading"] and state["side"] == step["detail"], step
        if step["kind"] == "find":
            assert state["count"] is None
            page.clock.run_for(120_000)  # no countdown while the reader looks for the point
            assert _state(page)["progress"] == state["progress"]
            _button(page, "Ready").click()
            continue
        assert state["count"] == step["seconds"], step
        page.clock.run_for(step["seconds"] * 1000 - 500)
        assert _state(page)["progress"] == state["progress"], f"{step} ended early"
        # Redraws come every quarter second.
        for _ in range(4):
            page.clock.run_for(250)
            after = _state(page)
            if after["done"] or after["progress"] != state["progress"]:
                break
        assert after["done"] or after["progress"] != state["progress"], f"{step} did not end on time"
    assert _state(page)["done"]


def test_pause_stops_the_time_and_resume_goes_on(routine, catalog):
    page = routine()
    _start(page, still=True)
    _button(page, "Ready").click()
    plan = steps(catalog, "short")
    page.clock.run_for(plan[1]["seconds"] * 1000)  # getting ready, into the first hold
    first = plan[2]["seconds"]
    page.clock.run_for(10_300)  # and past the next quarter-second redraw
    assert _state(page)["count"] == first - 10
    _button(page, "Pause").click()
    assert _state(page)["said"] == "Paused."
    page.clock.run_for(600_000)
    assert _state(page)["count"] == first - 10
    resume = _button(page, "Resume")
    assert resume.get_attribute("aria-pressed") == "true"
    resume.click()
    page.clock.run_for(5_000)
    assert _state(page)["count"] == first - 15


def test_next_and_back_move_one_step_and_stop_returns_to_the_start(routine):
    page = routine()
    _start(page)
    assert _state(page)["progress"].startswith("Step 1 ")
    _button(page, "Next").click()
    assert _state(page)["progress"].startswith("Step 2 ")
    _button(page, "Next").click()
    assert _state(page)["progress"].startswith("Step 3 ")
    _button(page, "Back").click()
    assert _state(page)["progress"].startswith("Step 2 ")
    _button(page, "Stop").click()
    assert _state(page)["setup"]
    assert page.evaluate("document.activeElement.textContent") == "Start"


def test_the_live_region_announces_step_changes_not_seconds(routine, catalog):
    page = routine()
    _start(page)
    plan = steps(catalog, "short")
    assert _state(page)["said"] == plan[0]["say"]
    _button(page, "Ready").click()
    assert _state(page)["said"] == plan[1]["say"]
    page.clock.run_for(2_000)
    assert _state(page)["said"] == plan[1]["say"]  # unchanged while the seconds count down
    page.clock.run_for(plan[1]["seconds"] * 1000)
    assert _state(page)["said"] == plan[2]["say"]
    assert page.locator(".routine-announcer").get_attribute("aria-live") == "polite"


def _hide_page(page, hidden: bool):
    page.evaluate("""(hidden) => {
        Object.defineProperty(document, 'visibilityState', {value: hidden ? 'hidden' : 'visible', configurable: true});
        document.dispatchEvent(new Event('visibilitychange')); }""", hidden)


def test_a_screen_that_went_off_never_skips_a_side(routine, catalog):
    page = routine()
    _start(page, still=True)
    _button(page, "Ready").click()
    plan = steps(catalog, "short")
    page.clock.run_for(plan[1]["seconds"] * 1000 + 300)  # into the left hand's hold
    assert _state(page)["side"] == plan[2]["detail"]
    _hide_page(page, True)
    page.clock.run_for(60_000)  # the screen is off for a minute: hold, change and second hold pass
    _hide_page(page, False)
    state = _state(page)
    # Back on the step after the one that was interrupted, held at its start, and told why.
    assert state["progress"] == "Step 4 of " + str(len(plan)) and state["title"] == plan[3]["heading"]
    assert state["count"] == plan[3]["seconds"]
    assert _button(page, "Resume").is_visible()
    notice = page.locator(".routine-notice").inner_text()
    assert plan[2]["heading"] in notice and notice in state["said"]
    page.clock.run_for(30_000)
    assert _state(page)["count"] == plan[3]["seconds"]  # waits until the reader goes on


def test_a_tab_slowed_while_visible_still_ends_each_step_on_time(routine, catalog):
    page = routine()
    _start(page, still=True)
    _button(page, "Ready").click()
    plan = steps(catalog, "short")
    # The interval ran at most once while the clock went past getting ready, the first hold and
    # into the switch.
    page.clock.fast_forward((plan[1]["seconds"] + plan[2]["seconds"]) * 1000 + 2_000)
    page.clock.run_for(250)
    state = _state(page)
    assert state["title"] == plan[3]["heading"] and state["count"] == plan[3]["seconds"] - 2


def test_keyboard_alone_runs_the_routine_from_start_to_done(routine):
    page = routine()
    tab_until(page, "(el) => el.textContent === 'Start'", what="Start")
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "routine-check-title"
    for _ in range(20):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.textContent") == "I have checked: begin":
            break
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "routine-step-title"
    page.keyboard.press("Space")  # nothing to pause while finding the point
    for _ in range(100):
        if _state(page)["done"]:
            break
        if _state(page)["count"] is None:
            page.keyboard.press("ArrowRight")  # Ready
        else:
            page.clock.run_for(10_000)
    assert _state(page)["done"]
    assert page.evaluate("document.activeElement.id") == "routine-done-title"


def test_space_pauses_and_arrows_move(routine):
    page = routine()
    _start(page)
    page.keyboard.press("ArrowRight")
    before = _state(page)
    page.evaluate("document.getElementById('routine-step-title').focus()")
    page.keyboard.press("Space")
    assert _state(page)["said"] == "Paused."
    page.clock.run_for(30_000)
    assert _state(page)["count"] == before["count"]
    page.keyboard.press("ArrowLeft")
    assert _state(page)["progress"].startswith("Step 1 ")


def test_left_out_points_are_remembered_and_skipped(routine, catalog):
    page = routine()
    _options(page)
    box = page.get_by_role("checkbox", name="BL52", exact=False)
    box.uncheck()
    page.reload()
    _options(page)
    assert not box.is_checked()
    assert all(page.get_by_role("checkbox", name=code, exact=False).is_checked() for code in ["LI4", "BL23", "GB30", "KI1"])
    _start(page)
    total = len([s for s in steps(catalog, "short") if s["point"] != "BL52"])
    assert _state(page)["progress"] == f"Step 1 of {total}"


def test_nothing_is_left_out_by_default(routine, catalog):
    page = routine()
    boxes = page.locator(".routine-choices input[type=checkbox]")
    assert boxes.count() == len(catalog.routine["steps"]) and all(box.is_checked() for box in boxes.all())


def test_controls_are_buttons_at_least_44_px(routine):
    page = routine(viewport={"width": 320, "height": 640})
    _start(page)
    sizes = page.evaluate("""() => [...document.querySelectorAll('.routine button')]
        .filter((b) => b.offsetParent).map((b) => [b.textContent, b.getBoundingClientRect().width, b.getBoundingClientRect().height])""")
    assert {name for name, *_ in sizes} >= {"Ready", "Back", "Next", "Stop"}
    assert all(w >= 44 and h >= 44 for _, w, h in sizes), sizes


@pytest.mark.parametrize("scheme, size", LOOKS, ids=["-".join(look) for look in LOOKS])
def test_no_axe_violations_in_any_state(routine, scheme, size):
    page = routine(viewport=VIEWPORTS[size], color_scheme=scheme)
    found = {}

    def check(state):
        if violations := axe_violations(page):
            found[state] = violations

    check("start")
    _options(page)
    check("choices")
    _button(page, "Start").click()
    check("safety check")
    _button(page, "I have checked: begin").click()
    _button(page, "Ready").click()
    page.clock.run_for(3_000)
    check("running")
    _button(page, "Pause").click()
    check("paused")
    _button(page, "Stop").click()
    page.evaluate("""() => { const r = document.getElementById('routine');
        for (const s of r.querySelectorAll('section')) s.hidden = !s.matches('.routine-done'); }""")
    check("done")
    assert not found, found


def test_without_javascript_the_steps_are_a_plain_list(browser, site_url, catalog):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(site_url + "routine/")
    items = page.locator(".routine-list ol > li")
    assert items.count() == len(catalog.routine["steps"])
    assert not page.locator(".routine").is_visible()
    for item, entry in zip(items.all(), catalog.routine["steps"]):
        pressed = [entry["together"]] if "together" in entry else entry["sides"]
        assert entry["point"] in item.inner_text() and all(side in item.inner_text() for side in pressed)
    context.close()


@pytest.mark.parametrize("scripts", [False, True], ids=["without JavaScript", "before Start"])
def test_the_plain_list_of_steps_starts_with_every_sign_and_caution(browser, site_url, catalog, scripts):
    """The list is all a reader without the player has, and shows under Start: a reader who presses
    from it has read every warning sign and caution first, and only once on the screen."""
    context = browser.new_context(java_script_enabled=scripts, viewport=VIEWPORTS["phone"])
    page = context.new_page()
    page.goto(site_url + "routine/")
    listed = page.locator(".routine-list")
    before = listed.evaluate("(list) => [...list.children].filter((child) => child.compareDocumentPosition("
                             "list.querySelector('ol')) & Node.DOCUMENT_POSITION_FOLLOWING)"
                             ".map((child) => child.innerText).join(' ')")
    before = re.sub(r"\s+", " ", before)
    for sign in [*catalog.get_help["emergency"]["short"], *catalog.get_help["urgent"]["short"]]:
        assert sign["text"] in before, sign
    for caution in safety_check(catalog):
        assert caution["short"] in before, caution
    screen = re.sub(r"\s+", " ", page.evaluate("document.querySelector('article').innerText"))
    for sign in catalog.get_help["urgent"]["short"]:
        assert screen.count(sign["text"]) == 1, sign
    if scripts:  # once the check is open, the list (and its short form) is out of the way
        page.locator(".routine-start").click()
        assert not listed.is_visible()
    context.close()


def test_the_routine_sends_nothing_anywhere(routine, site_url):
    page = routine()
    requests = []
    page.on("request", lambda request: requests.append(request.url))
    _start(page)
    _button(page, "Ready").click()
    page.clock.run_for(60_000)
    assert not [url for url in requests if not url.startswith(site_url)]


def _visible_text(page) -> str:
    return page.evaluate("document.querySelector('.routine-player').innerText").replace("\n", " ")


def _to_step(page, code: str):
    """Move on with Next until the player is on point `code`'s find step."""
    for _ in range(60):
        state = _state(page)
        if state["title"].startswith("Find ") and code in state["title"]:
            return
        _button(page, "Next").click()
    raise AssertionError(f"never reached {code}")


@pytest.mark.parametrize("code, caution", [("LI4", "pregnancy-avoid"), ("GB30", "leg-pain"), ("KI1", "pregnancy-ask")])
def test_each_points_cautions_show_at_its_find_step(routine, catalog, code, caution):
    page = routine()
    _start(page)
    _to_step(page, code)
    shown = _visible_text(page)
    for item in catalog.find(code).cautions:
        assert item.words(short=True) in shown or item.words() in shown, item
    assert catalog.cautions[caution].short in shown


def test_bl23_is_one_hold_on_both_sides_after_time_to_lie_down(routine, catalog):
    page = routine()
    _start(page)
    _to_step(page, "BL23")
    entry = next(entry for entry in catalog.routine["steps"] if entry["point"] == "BL23")
    assert "tennis balls" in _visible_text(page)
    _button(page, "Ready").click()
    assert _state(page)["count"] == entry["get_ready_seconds"]
    page.clock.run_for(entry["get_ready_seconds"] * 1000 + 300)
    hold = catalog.find("BL23").hold.min
    assert _state(page)["side"].lower() == entry["together"] and _state(page)["count"] == hold
    page.clock.run_for(hold * 1000 + 300)
    after = [entry["point"] for entry in catalog.routine["steps"]].index("BL23") + 1
    # No second side, no change of sides: the next point's finding.
    assert _state(page)["title"] == f"Find {catalog.find(catalog.routine['steps'][after]['point']).title}"


def test_the_done_screen_shows_the_warning_signs(routine, catalog):
    page = routine()
    _start(page)
    for _ in range(60):
        if _state(page)["done"]:
            break
        _button(page, "Next").click()
    box = page.locator(".routine-done .get-help-now")
    assert box.is_visible() and catalog.get_help["emergency"]["where"] in box.inner_text()


@pytest.mark.parametrize("stored", ['{"leftOut": 5}', '{"leftOut": {}}', '"short"', "[1,2]", "{not json",
                                    '{"leftOut": ["KI1", 7], "length": "forever", "sound": "yes"}'])
def test_stored_choices_of_the_wrong_shape_fall_back_to_the_defaults(routine, catalog, stored):
    page = routine()
    # Under the site's key and the old unscoped one, which the player read before.
    page.evaluate("""(text) => { localStorage.setItem(new URL(__md_scope).pathname + '.routine', text);
        localStorage.setItem('acupressure-routine', text); }""", stored)
    page.reload()
    _options(page)
    assert page.get_by_role("radio", name="Short holds", exact=False).is_checked()
    _start(page)
    assert _state(page)["progress"].startswith("Step 1 of ")


def test_choices_under_the_old_key_are_kept(routine, catalog):
    page = routine()
    page.evaluate("""() => { localStorage.clear();
        localStorage.setItem('acupressure-routine', JSON.stringify({leftOut: ['BL52'], length: 'long'})); }""")
    page.reload()
    _options(page)
    assert not page.get_by_role("checkbox", name="BL52", exact=False).is_checked()
    assert page.get_by_role("radio", name="Long holds", exact=False).is_checked()
    assert page.evaluate("localStorage.getItem('acupressure-routine')") is None
    page.reload()
    _options(page)
    assert not page.get_by_role("checkbox", name="BL52", exact=False).is_checked()


def test_a_choice_that_cannot_be_saved_says_so(routine):
    page = routine()
    page.evaluate("() => { Storage.prototype.setItem = () => { throw new DOMException('full', 'QuotaExceededError'); }; }")
    _options(page)
    page.get_by_role("checkbox", name="BL52", exact=False).uncheck()
    assert page.locator(".routine-saved").inner_text().strip()


def test_arrows_typed_in_the_search_box_never_move_the_routine(routine):
    page = routine(viewport=VIEWPORTS["desktop"])
    _start(page)
    before = _state(page)["progress"]
    search = page.locator("input.md-search__input")
    search.click()
    search.type("bl")
    for key in ["ArrowRight", "ArrowRight", "ArrowLeft", "ArrowRight", "Space"]:
        page.keyboard.press(key)
    assert _state(page)["progress"] == before


def test_start_never_submits_the_page_and_says_when_the_script_did_not_start(browser, site_url):
    context = browser.new_context(viewport=VIEWPORTS["phone"])
    context.route("**/routine-player.min.js", lambda route: route.abort())
    page = context.new_page()
    page.goto(site_url + "routine/")
    assert page.locator(".routine-no-script").is_visible()
    assert not page.locator(".routine-start").is_visible()
    page.evaluate("document.querySelector('.routine-start').click()")
    _options(page)
    page.get_by_role("checkbox", name="BL52", exact=False).focus()
    page.keyboard.press("Enter")
    page.wait_for_load_state()
    assert page.url == site_url + "routine/"
    context.close()


def test_start_is_in_the_first_screen_of_a_phone_and_leads_to_the_safety_check(routine, catalog):
    page = routine()  # 390 by 844
    start = page.locator(".routine-start").bounding_box()
    assert start["y"] + start["height"] <= 844, start
    _button(page, "Start").click()
    check = page.locator(".routine-check")
    assert check.is_visible() and check.locator(".get-help-now").is_visible()
    assert "fall or an accident" in check.inner_text()
    assert not page.locator(".routine-player").is_visible()  # no timer before the check
    _button(page, "Back").click()
    assert page.locator(".routine-start").is_visible()


def _markers(page):
    return page.evaluate("""() => [...document.querySelectorAll('.routine-point:not([hidden]) .marker')].map((m) => ({
        pressed: m.classList.contains('marker--pressed'),
        opacity: Number(getComputedStyle(m).opacity),
        radius: m.querySelector('.marker__ring').getBoundingClientRect().width,
        dashed: getComputedStyle(m.querySelector('.marker__ring')).strokeDasharray !== 'none'}))""")


def test_the_figure_shows_which_side_to_press(routine, catalog):
    page = routine()
    _start(page)
    _button(page, "Ready").click()
    page.clock.run_for(steps(catalog, "short")[1]["seconds"] * 1000 + 300)  # the left hand's hold
    left, right = _markers(page)
    assert left["pressed"] and not right["pressed"]
    assert left["radius"] > right["radius"] and right["dashed"] and not left["dashed"]  # shape, not colour alone
    assert right["opacity"] < 0.5 <= left["opacity"]
    _button(page, "Next").click()  # change sides
    left, right = _markers(page)
    assert right["pressed"] and not left["pressed"]
    _to_step(page, "BL23")
    assert all(marker["pressed"] and not marker["dashed"] for marker in _markers(page))  # both balls at once


def test_a_refused_screen_lock_is_told(browser, site_url):
    context = browser.new_context(viewport=VIEWPORTS["phone"])
    context.add_init_script("""Object.defineProperty(navigator, 'wakeLock', {value: {
        request: () => Promise.reject(new DOMException('refused', 'NotAllowedError'))}});""")
    page = context.new_page()
    page.goto(site_url + "routine/")
    _start(page)
    note = page.locator(".routine-awake")
    note.wait_for(state="visible")
    assert "screen" in note.inner_text()
    context.close()


# A stand-in for the Web Speech API and vibration that records what the page asked for.
_RECORDER = """(voices) => {
    window.__spoken = []; window.__buzzed = [];
    Object.defineProperty(window, 'speechSynthesis', {value: {
        getVoices: () => voices, cancel() {}, addEventListener() {},
        speak: (u) => __spoken.push({text: u.text, lang: u.lang, voice: u.voice ? u.voice.name : null})}});
    window.SpeechSynthesisUtterance = class { constructor(text) { this.text = text; } };
    navigator.vibrate = (pattern) => { __buzzed.push(JSON.stringify(pattern)); return true; };
}"""


def _recording_page(browser, site_url, voices):
    context = browser.new_context(viewport=VIEWPORTS["phone"])
    context.add_init_script(f"({_RECORDER})({json.dumps(voices)})")
    page = context.new_page()
    page.clock.install()
    page.goto(site_url + "routine/")
    return context, page


def test_each_step_is_spoken_in_the_pages_language(browser, site_url, catalog):
    context, page = _recording_page(browser, site_url, [
        {"name": "Online English", "lang": "en-GB", "localService": False},
        {"name": "Device English", "lang": "en-US", "localService": True},
        {"name": "Device French", "lang": "fr-FR", "localService": True}])
    _options(page)
    page.get_by_role("checkbox", name="Say each step aloud").check()
    _start(page)
    _button(page, "Ready").click()
    plan = steps(catalog, "short")
    page.clock.run_for(plan[1]["seconds"] * 1000 + 300)
    spoken = page.evaluate("__spoken")
    assert spoken == [{"text": step["say"], "lang": "en", "voice": "Device English"} for step in plan[:3]]
    page.reload()
    _options(page)
    assert page.get_by_role("checkbox", name="Say each step aloud").is_checked()  # remembered
    context.close()


def test_without_a_voice_for_the_language_the_reader_is_told_and_hears_tones(browser, site_url):
    context, page = _recording_page(browser, site_url, [{"name": "Device French", "lang": "fr-FR", "localService": True}])
    _options(page)
    page.get_by_role("checkbox", name="Say each step aloud").check()
    _start(page)
    assert page.locator(".routine-voice").is_visible() and "no voice" in page.locator(".routine-voice").inner_text()
    assert page.evaluate("__spoken") == []
    context.close()


def test_each_kind_of_change_has_its_own_vibration(browser, site_url, catalog):
    context, page = _recording_page(browser, site_url, [])
    _start(page)
    plan = steps(catalog, "short")
    _button(page, "Ready").click()
    for step in plan[1:5]:
        page.clock.run_for(step["seconds"] * 1000 + 300)
    kinds = [step["kind"] for step in plan[:6]]  # find, ready, hold, switch, hold, find
    buzzed = page.evaluate("__buzzed")
    assert len(buzzed) == len(kinds)
    by_kind = {}
    for kind, pattern in zip(kinds, buzzed):
        by_kind.setdefault(kind, set()).add(pattern)
    assert all(len(patterns) == 1 for patterns in by_kind.values()), by_kind  # the same change, the same pattern
    assert len({next(iter(patterns)) for patterns in by_kind.values()}) == len(by_kind)  # each kind its own
    context.close()


def test_on_a_phone_the_controls_sit_where_a_thumb_reaches(routine):
    page = routine()  # 390 by 844
    _start(page)
    for name in ["Ready", "Back", "Next", "Stop"]:
        box = _button(page, name).bounding_box()
        assert box["y"] >= 844 * 0.75 and box["y"] + box["height"] <= 844, (name, box)
    _button(page, "Ready").click()
    box = _button(page, "Pause").bounding_box()
    assert box["y"] >= 844 * 0.75, box
    colours = page.evaluate("""() => { const b = document.activeElement;
        return [b.textContent, getComputedStyle(b).backgroundColor,
                getComputedStyle(document.querySelector('[data-action=ready]')).backgroundColor]; }""")
    assert colours[0] == "Pause" and colours[1] == colours[2], colours  # focused, yet in its own colour


def test_the_offline_notices_never_cover_the_players_controls(routine):
    page = routine()
    page.evaluate("document.querySelectorAll('[data-offline-notice]').forEach((n) => { n.hidden = false; })")
    _start(page)
    for name in ["Ready", "Back", "Next", "Stop"]:
        box = _button(page, name).bounding_box()
        hit = page.evaluate("([x, y]) => document.elementFromPoint(x, y)?.textContent.trim()",
                            [box["x"] + box["width"] / 2, box["y"] + box["height"] / 2])
        assert hit == name, (name, hit)
    _button(page, "Stop").click()
    assert page.locator("#offline-ready").is_visible()  # shown again once the routine is over


def test_the_countdown_can_be_read_by_a_screen_reader_without_announcing_each_second(routine):
    page = routine()
    _start(page)
    _button(page, "Ready").click()
    countdown = page.locator(".routine-countdown")
    assert countdown.get_attribute("aria-hidden") is None and countdown.get_attribute("role") == "timer"
    assert countdown.get_attribute("aria-live") in (None, "off")


def test_the_keys_hint_is_not_shown_on_a_touch_phone(routine):
    page = routine(has_touch=True, is_mobile=True)
    _start(page)
    assert page.evaluate("matchMedia('(pointer: coarse)').matches")
    assert not page.locator(".routine-keys").is_visible()
    assert routine(viewport=VIEWPORTS["desktop"]).locator(".routine-keys").count() == 1


def test_nothing_covers_the_steps_progress_line(routine):
    page = routine()
    _start(page)
    page.mouse.wheel(0, 400)
    page.mouse.wheel(0, -300)  # scrolling up is what brings Material's "Back to top" out
    _button(page, "Next").click()
    assert not page.locator(".md-top").is_visible()


# ---- The safety check: Begin on its first screen; once read, a short form on one screen.

@pytest.fixture(scope="module")
def catalogs(catalog):
    """The data in each edition's words."""
    return {"en": catalog, "hi": load_catalog(DATA_FILE, shown_as="data/points.json", language=load_language(ROOT, "hi"))}


def _words(locator) -> str:
    return re.sub(r"\s+", " ", locator.inner_text())


def _begin_from_the_check(page):
    page.locator(".routine-start").click()
    page.locator("[data-action=begin]").click()
    page.locator("[data-action=stop]").click()


def _box(page, selector: str) -> dict:
    box = page.locator(selector).bounding_box()
    return {"top": box["y"], "bottom": box["y"] + box["height"]}


@pytest.mark.parametrize("large", [False, True], ids=["default text", "200 % text"])
@pytest.mark.parametrize("edition", EDITIONS)
def test_begin_is_on_the_first_screen_of_the_check_after_every_sign_and_caution(routine, catalogs, edition, large):
    page = routine(EDITIONS[edition])
    if large:
        page.add_style_tag(content=LARGE_TEXT)
    page.locator(".routine-start").click()
    begin = _box(page, "[data-action=begin]")
    assert 0 <= begin["top"] and begin["bottom"] <= 844, begin
    # The first time, the check is there in full, before Begin in reading order.
    catalog = catalogs[edition]
    full = page.locator(".routine-check__full")
    assert full.is_visible() and not page.locator(".routine-check .routine-check__short").is_visible()
    assert full.evaluate("(full) => Boolean(full.compareDocumentPosition(document.querySelector('[data-action=begin]')) "
                         "& Node.DOCUMENT_POSITION_FOLLOWING)")
    text = _words(full)
    for sign in [*catalog.get_help["emergency"]["short"], *catalog.get_help["urgent"]["short"]]:
        assert sign["text"] in text, sign
    for caution in safety_check(catalog):
        assert caution["text"] in text, caution


@pytest.mark.parametrize("edition", EDITIONS)
def test_once_read_the_check_is_a_short_form_on_one_screen_with_every_sign_and_caution(routine, catalogs, edition):
    page = routine(EDITIONS[edition])
    _begin_from_the_check(page)
    page.reload()
    page.locator(".routine-start").click()
    short, full, more = page.locator(".routine-check .routine-check__short"), page.locator(".routine-check__full"), page.locator(
        "[data-action=full-check]")
    assert short.is_visible() and not full.is_visible()
    # One screen: from the title to Begin, nothing of the short form under the bar at the bottom.
    title, form, bar = _box(page, ".routine-check__head"), _box(page, ".routine-check .routine-check__short"), _box(
        page, ".routine-check__controls")
    assert 0 <= title["top"] and form["bottom"] <= bar["top"] and bar["bottom"] <= 844, (title, form, bar)
    catalog = catalogs[edition]
    text = _words(short)
    for sign in [*catalog.get_help["emergency"]["short"], *catalog.get_help["urgent"]["short"]]:
        assert sign["text"] in text, sign
    for entry in catalog.get_help["emergency"]["numbers"]:
        assert f"{entry['place']} {entry['number']}" in text, entry
    for caution in safety_check(catalog):
        assert caution["title"] in text and caution["short"] in text, caution
    # The full check is one tap away, and says whether it is open.
    assert more.get_attribute("aria-expanded") == "false"
    more.click()
    assert full.is_visible() and more.get_attribute("aria-expanded") == "true"
    assert page.locator(".routine-check .get-help-now").is_visible()


def test_the_keyboard_reaches_the_full_check_then_begin_from_the_short_form(routine):
    page = routine()
    _begin_from_the_check(page)
    page.locator(".routine-start").focus()
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "routine-check-title"
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.dataset.action") == "full-check"
    tab_until(page, "(el) => el.dataset.action === 'begin'", limit=20, what="Begin")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.dataset.action") == "setup"


def test_a_check_that_cannot_be_remembered_still_begins_and_shows_in_full_next_time(routine):
    page = routine()
    page.evaluate("() => { Storage.prototype.setItem = () => { throw new DOMException('full', 'QuotaExceededError'); }; }")
    _begin_from_the_check(page)  # Begin worked: the player ran, and Stop took the reader back
    assert page.locator(".routine-setup").is_visible()
    page.locator(".routine-start").click()
    assert page.locator(".routine-check__full").is_visible() and not page.locator(".routine-check .routine-check__short").is_visible()


# ---- 200 % text: the player's bar covers nothing the reader follows.

_COVERED_JS = """() => {
  const player = document.querySelector('.routine-player');
  const centre = (element) => { const box = element.getBoundingClientRect(); return [box.left + box.width / 2, box.top + box.height / 2]; };
  const hit = (element, target = element) => { const at = document.elementFromPoint(...centre(target)); return at !== null && element.contains(at); };
  const panel = player.querySelector('.routine-point:not([hidden])');
  const lit = [...panel.querySelectorAll('.marker--pressed')];
  return {
    covered: [
      ...['#routine-step-title', '.routine-side', '.routine-countdown'].filter((s) => !hit(player.querySelector(s))),
      ...(lit.length && lit.every((marker) => hit(marker, marker.querySelector('.marker__dot'))) ? [] : ['the side pressed']),
    ],
    buttons: [...player.querySelectorAll('.routine-controls button')].filter((b) => !b.hidden)
      .map((b) => [b.textContent, Math.round(b.getBoundingClientRect().width), Math.round(b.getBoundingClientRect().height)]),
  };
}"""


@pytest.mark.parametrize("edition", EDITIONS)
def test_at_200_percent_text_the_bar_covers_no_countdown_words_or_side_in_any_timed_step(routine, catalog, edition):
    page = routine(EDITIONS[edition])
    page.add_style_tag(content=LARGE_TEXT)
    page.locator(".routine-start").click()
    page.locator("[data-action=begin]").click()
    timed = [step for step in steps(catalog, "short") if step["kind"] != "find"]
    covered, small, seen = [], [], 0
    while not page.locator(".routine-done").is_visible():
        if page.locator(".routine-countdown").is_visible():
            seen += 1
            found = page.evaluate(_COVERED_JS)
            step = page.locator(".routine-progress").inner_text()
            if found["covered"]:
                covered.append((step, found["covered"]))
            small += [(step, button) for button in found["buttons"] if min(button[1:]) < 44]
        page.locator("[data-action=next]").click()
    assert seen == len(timed)
    assert not covered, covered
    assert not small, small
