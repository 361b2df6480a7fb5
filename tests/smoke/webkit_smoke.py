"""Smoke of QI Involve in WebKitGTK (Safari's engine family), driven by
selenium through WebKitWebDriver. Run by .ci/smoke under xvfb-run.

Prints one line per check: PASS, FAIL (with why) or SKIP (with why), and
NOTE lines for what the engine does and does not support. After a failed
check, NOTE lines say what the page showed (and where its screenshot is),
or, if the page no longer answers, the tail of the driver's log.
Environment: SMOKE_DIST, SMOKE_DIST_V2 (a second build), SMOKE_PORT,
SMOKE_LOG_DIR (for the driver's log and screenshots; /tmp unless given).
"""

import os
import subprocess
import sys
import time

from selenium import webdriver
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.webkitgtk.options import Options
from selenium.webdriver.webkitgtk.service import Service

HERE = os.path.dirname(os.path.abspath(__file__))
PORT = os.environ.get("SMOKE_PORT", "5417")
ROOT = f"http://127.0.0.1:{PORT}/"
HELPERS = open(os.path.join(HERE, "helpers.js"), encoding="utf-8").read()
PIN = "2468"
FFT = "Overall, how was your experience of our service?"
ENGINE = "webkit"


class Check(Exception):
    pass


# What an attempt says, printed once it is over (see `main`).
SAID = []


def say(kind, name, why=""):
    SAID.append(f"{kind} {ENGINE}: {name}{': ' + why if why else ''}")


class BrowserGone(Exception):
    """The browser's page crashed or stopped answering: no check after it
    can run in this browser."""


class Server:
    """The static host; stopping it is how the smoke takes the network away."""

    def __init__(self):
        self.proc = None

    def start(self, dist, port=PORT, host="127.0.0.1"):
        self.stop()
        self.proc = subprocess.Popen(
            [sys.executable, os.path.join(HERE, "serve.py"), dist, port, host],
            stdout=subprocess.PIPE,
            text=True,
        )
        if self.proc.stdout.readline().strip() != "ready":
            raise Check("the static server did not start")

    def stop(self):
        if self.proc:
            self.proc.terminate()
            self.proc.wait()
            self.proc = None


def js(driver, script, *args):
    return driver.execute_script(HELPERS + "\n" + script, *args)


def wait(driver, what, script, *args, timeout=15):
    end = time.time() + timeout
    while time.time() < end:
        try:
            if js(driver, script, *args):
                return
        except Exception:  # the page may be between loads
            pass
        time.sleep(0.2)
    raise Check(f"waited {timeout}s for {what}")


def app_ready(driver):
    try:
        wait(driver, "the app's main navigation", "return __smoke.visible(__smoke.nav())")
    except Check as e:
        no_errors(driver)  # say why, where the page said
        raise e


def no_errors(driver):
    errors = driver.execute_script("return window.__smokeErrors || ['the error listener is missing']")
    if errors:
        raise Check("page errors: " + " | ".join(errors))


def click(driver, name, prefix=False):
    # Waited for, as a person would: since the app draws a screen's parts a
    # task each while it starts, a button can come a moment after the text
    # above it (the kiosk's Exit, after its question, on a loaded machine).
    wait(driver, f"the button {name!r}", "return !!__smoke.button(arguments[0], arguments[1])", name, prefix)
    el = js(driver, "return __smoke.button(arguments[0], arguments[1])", name, prefix)
    if not el:
        raise Check(f"no button {name!r}")
    el.click()


def fill(driver, label, value):
    wait(driver, f"the field {label!r}", "return !!__smoke.field(arguments[0])", label)
    el = js(driver, "return __smoke.field(arguments[0])", label)
    el.clear()
    el.send_keys(value)
    return el


def enter_pin(driver, twice):
    el = fill(driver, "PIN", PIN)
    if twice:
        el = fill(driver, "Enter the PIN again", PIN)
    submit = js(driver, "return __smoke.submitOf(arguments[0])", el)
    if submit:
        submit.click()
    else:
        el.send_keys(Keys.ENTER)


def locked(driver):
    """A lock (kiosk or reader) shows none of the app's navigation."""
    wait(driver, "the app's navigation to go", "return !__smoke.visible(__smoke.nav())")


APIS = ["document.documentElement.requestFullscreen", "navigator.locks", "navigator.storage && navigator.storage.persist", "crypto.subtle"]


def notes(driver, where):
    """Says which of the APIs the kiosk may want this page has."""
    found = [f"{api} {'present' if driver.execute_script('return !!(' + api + ')') else 'MISSING'}" for api in APIS]
    say("NOTE", f"{where}: " + "; ".join(found))


def main():
    """Runs every check in one browser. Where that browser's page crashes
    or hangs (seen once in CI, not reproduced here), a new browser runs
    every check again, once, as the later checks build on the earlier:
    what the first browser said is kept, as NOTE lines. A check that fails
    in a browser still answering is a failure, with no second go."""
    server = Server()
    try:
        for attempt in (1, 2):
            gone = checks(server)
            said = SAID[:]
            SAID.clear()
            if gone and attempt == 1:
                for line in said:
                    print(f"NOTE {ENGINE}: first browser: {line}", flush=True)
                print(f"NOTE {ENGINE}: the first browser's page crashed or hung during {gone!r}; every check runs again in a new one", flush=True)
                continue
            for line in said:
                print(line, flush=True)
            return
    finally:
        server.stop()


def checks(server):
    """Runs the checks in a new browser; the name of the check the
    browser was lost in, or None."""
    server.start(os.environ["SMOKE_DIST"])
    options = Options()
    options.binary_location = "/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser"
    options.add_argument("--automation")
    # The driver's log holds the browser's own output too: where a page
    # crashes, it is the only account of why.
    log_path = os.path.join(os.environ.get("SMOKE_LOG_DIR", "/tmp"), f"webkit-driver-{PORT}.log")
    service = Service(executable_path="/usr/bin/WebKitWebDriver", log_output=log_path)
    driver = webdriver.WebKitGTK(options=options, service=service)
    driver.set_script_timeout(20)
    state = {"sw": False, "project": None}

    def step(name, fn):
        try:
            result = fn()
            if isinstance(result, str) and result.startswith("skipped"):
                say("SKIP", name, result)
            else:
                say("PASS", name)
        except Exception as e:  # a failed check, or the driver's own error
            say("FAIL", name, str(e).splitlines()[0] if str(e) else type(e).__name__)
            if not where(log_path):
                raise BrowserGone(name) from e

    def load():
        driver.get(ROOT)
        app_ready(driver)
        no_errors(driver)
        notes(driver, "on localhost")

    def project():
        click(driver, "New project")
        fill(driver, "Project title", f"Smoke in {ENGINE}")
        click(driver, "Create project")
        wait(driver, "the new project", "return __smoke.field('Project title')?.value === arguments[0]", f"Smoke in {ENGINE}")
        state["project"] = driver.current_url
        no_errors(driver)
        driver.refresh()
        app_ready(driver)
        wait(driver, "the project after a reload", "return __smoke.field('Project title')?.value === arguments[0]", f"Smoke in {ENGINE}")
        no_errors(driver)

    def service_worker():
        present = driver.execute_script("return 'serviceWorker' in navigator && !!navigator.serviceWorker")
        if not present:
            say("NOTE", "no navigator.serviceWorker here: the app runs online only")
            no_errors(driver)
            return "skipped: no service workers in this engine (the app showed no error)"
        found = driver.execute_async_script(
            """const done = arguments[arguments.length - 1];
            const t = setTimeout(() => done('no registration after 15s'), 15000);
            navigator.serviceWorker.ready.then(() => {
              const poll = () => navigator.serviceWorker.controller ? done('controls the page') : setTimeout(poll, 100);
              poll();
            }, (e) => done('refused: ' + e));"""
        )
        say("NOTE", f"service worker: {found}")
        no_errors(driver)
        if found != "controls the page":
            raise Check(f"the service worker {found}")
        state["sw"] = True

    def reader():
        driver.get(ROOT + "induction")
        app_ready(driver)
        wait(driver, "the guide's Hand to reader", "return !!__smoke.button('Hand to reader')")
        click(driver, "Hand to reader")
        enter_pin(driver, twice=True)
        locked(driver)
        # The lock's own code is a separate download: its bar is drawn once here.
        wait(driver, "the reader's Exit button", "return !!__smoke.button('Exit', true)")
        driver.get(ROOT)  # a typed link to the projects
        time.sleep(1)
        locked(driver)
        if js(driver, "return __smoke.hasText(arguments[0])", f"Smoke in {ENGINE}"):
            raise Check("the reader can see a project")
        click(driver, "Exit", prefix=True)
        enter_pin(driver, twice=False)
        app_ready(driver)
        # A locked tablet downloads only the lock's code, so the induction
        # guide's own (where leaving the lock goes) arrives now: wait for it
        # before the next step navigates away.
        wait(driver, "the induction guide after the reader lock", "return !!__smoke.button('Hand to reader')")
        no_errors(driver)

    def kiosk():
        if not state["project"]:
            raise Check("no project to start a kiosk from")
        driver.get(state["project"].replace("/project?", "/involvement?"))
        app_ready(driver)
        # The record's kiosk part is a download of its own, drawn when it
        # arrives, which can be after the rest of the record.
        wait(driver, "the record's Start kiosk", "return !!__smoke.button('Start kiosk')")
        click(driver, "Start kiosk")
        enter_pin(driver, twice=True)
        wait(driver, "the kiosk's question", "return __smoke.hasText(arguments[0])", FFT)
        locked(driver)
        driver.refresh()
        wait(driver, "the kiosk after a reload", "return __smoke.hasText(arguments[0])", FFT)
        click(driver, "Exit kiosk")
        enter_pin(driver, twice=False)
        app_ready(driver)
        # As after the reader lock: the record's own code arrives only now.
        wait(driver, "the involvement record after the kiosk", "return !!__smoke.button('Start kiosk')")
        no_errors(driver)

    def offline():
        if not state["sw"]:
            return "skipped: no service worker controls the page, so there is nothing to reload from"
        driver.get(ROOT)
        app_ready(driver)
        server.stop()
        driver.refresh()
        app_ready(driver)
        wait(driver, "the project listed offline", "return __smoke.hasText(arguments[0])", f"Smoke in {ENGINE}")
        driver.get(state["project"])  # a deep link, offline
        wait(driver, "the project offline", "return __smoke.field('Project title')?.value === arguments[0]", f"Smoke in {ENGINE}")
        no_errors(driver)

    def update():
        if not state["sw"]:
            return "skipped: no service worker"
        server.start(os.environ["SMOKE_DIST_V2"])
        driver.get(ROOT)
        app_ready(driver)
        wait(driver, "'A new version is ready'", "return __smoke.hasText('A new version is ready')", timeout=20)
        click(driver, "Reload")
        time.sleep(1)
        app_ready(driver)
        wait(driver, "the banner to go", "return !__smoke.hasText('A new version is ready')")
        caches = driver.execute_async_script(
            "const done = arguments[arguments.length - 1]; caches.keys().then(done, (e) => done(['error ' + e]));"
        )
        if len(caches) != 1:
            raise Check(f"expected only the new cache, found {caches}")
        no_errors(driver)

    def insecure():
        # Not localhost, so not a secure context: no service workers and no
        # Web Crypto, as on a tablet reaching the app over plain http.
        host = os.environ.get("SMOKE_LAN_HOST")
        if not host:
            return "skipped: this machine has no address other than localhost"
        other = Server()
        other.start(os.environ["SMOKE_DIST"], str(int(PORT) + 2), host)
        try:
            driver.get(f"http://{host}:{int(PORT) + 2}/")
            app_ready(driver)
            if driver.execute_script("return !!navigator.serviceWorker"):
                raise Check("expected no service workers at a plain http address")
            click(driver, "New project")
            fill(driver, "Project title", "Made with no service worker")
            click(driver, "Create project")
            wait(driver, "the new project", "return __smoke.field('Project title')?.value === 'Made with no service worker'")
            no_errors(driver)
            notes(driver, "on plain http")
        finally:
            other.stop()

    def where(log_path):
        """After a failure: says what the page was showing, or the log's
        tail if the page no longer answers; whether it answered."""
        try:
            said = driver.execute_script(
                "return [location.href, document.documentElement.className, "
                "(document.querySelector('h1') || {}).textContent, (window.__smokeErrors || []).join(' | ')]"
            )
            say("NOTE", "the page then: url %s; root class %r; h1 %r; errors %r" % tuple(said))
            shot = os.path.join(os.environ.get("SMOKE_LOG_DIR", "/tmp"), f"webkit-failed-{PORT}-{len(SAID)}.png")
            driver.save_screenshot(shot)
            say("NOTE", f"what it showed: {shot}")
            return True
        except Exception as e:
            say("NOTE", f"the page did not answer ({str(e).splitlines()[0] if str(e) else type(e).__name__})")
            with open(log_path, encoding="utf-8", errors="replace") as f:
                for line in f.read().splitlines()[-20:]:
                    say("NOTE", "driver log: " + line)
            return False

    try:
        say("NOTE", "user agent: " + driver.execute_script("return navigator.userAgent"))
        for name, fn in [
            ("loads with no page errors", load),
            ("a new project is there after a reload", project),
            ("service worker registers and controls the page", service_worker),
            ("kiosk: start with a PIN, holds on reload, exit with the PIN", kiosk),
            ("reader lock on the induction guide", reader),
            ("offline reload and deep link with the server stopped", offline),
            ("update prompt for a second build, then only its cache", update),
            ("with no service worker API (plain http, not localhost): works, no error", insecure),
        ]:
            step(name, fn)
        return None
    except BrowserGone as gone:
        return str(gone)
    finally:
        try:
            driver.quit()
        except Exception:  # the browser may be gone already
            pass
        server.stop()


if __name__ == "__main__":
    main()
