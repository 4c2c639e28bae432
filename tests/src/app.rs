//! The app as a person sees it: find things by what they show, type into labelled fields, click.
use std::time::{Duration, Instant};

use fantoccini::actions::{InputSource, KeyAction, KeyActions};
use fantoccini::elements::Element;
use fantoccini::{Client, Locator};

const PATIENCE: Duration = Duration::from_secs(10);

/// One run of HRC Planner, driven through WebDriver.
pub struct App {
    pub client: Client,
}

impl App {
    /// Waits for the app frame (or the database problem page, the update of its schema, the
    /// unlock screen of a protected database or the first start's choice) to be shown.
    pub(crate) async fn ready(client: Client) -> App {
        let app = App { client };
        app.wait_for(Locator::Css(
            "nav.sidebar, main.problem, main.update, main.unlock, main.first-start",
        ))
        .await;
        app
    }

    /// The first element matching `locator`, waiting for it to appear; if it never does, the
    /// failure says what the window showed instead.
    pub async fn wait_for(&self, locator: Locator<'_>) -> Element {
        match self
            .client
            .wait()
            .at_most(PATIENCE)
            .for_element(locator)
            .await
        {
            Ok(found) => found,
            Err(e) => panic!("waiting for {locator:?}: {e}\n{}", self.says().await),
        }
    }

    /// What the window says now — its title, its main heading, notices and alerts (40 at most) —
    /// for a failure's message.
    pub async fn says(&self) -> String {
        const SAID: &str = "return [document.title].concat(Array.from(document.querySelectorAll(\
            'h1, [role=alert], [role=status], .notice, .form-error, .field-error'))\
            .map(e => e.tagName.toLowerCase() + ': ' + e.innerText.trim())\
            .filter(t => !t.endsWith(': '))).slice(0, 40).join('\\n');";
        match self.client.execute(SAID, vec![]).await {
            Ok(said) => format!("the window showed:\n{}", said.as_str().unwrap_or_default()),
            Err(e) => format!("(the window could not be read: {e})"),
        }
    }

    /// The element with this CSS selector, waiting for it.
    pub async fn css(&self, selector: &str) -> Element {
        self.wait_for(Locator::Css(selector)).await
    }

    /// How many elements match this CSS selector now.
    pub async fn count(&self, selector: &str) -> usize {
        self.client
            .find_all(Locator::Css(selector))
            .await
            .map(|v| v.len())
            .unwrap_or(0)
    }

    /// Waits (up to 10 s) until `selector` matches `n` elements, and returns how many it matches
    /// then: a click's effect is drawn in the next frame, later under load.
    pub async fn wait_for_count(&self, selector: &str, n: usize) -> usize {
        for _ in 0..100 {
            let found = self.count(selector).await;
            if found == n {
                return found;
            }
            tokio::time::sleep(std::time::Duration::from_millis(100)).await;
        }
        self.count(selector).await
    }

    /// Clicks the first enabled button that reads `text`, brought to the middle of the window first
    /// (the end of a long form may lie under a sticky bar).
    pub async fn click_button(&self, text: &str) {
        let xpath = format!("//button[normalize-space()='{text}' and not(@disabled)]");
        let button = self.wait_for(Locator::XPath(&xpath)).await;
        self.scroll_to(&button).await;
        button
            .click()
            .await
            .unwrap_or_else(|e| panic!("clicking {text:?}: {e}"));
    }

    /// Types `text` into the field whose input has `id` (after clearing it).
    pub async fn type_into(&self, id: &str, text: &str) {
        let input = self.css(&format!("#{id}")).await;
        input.clear().await.expect("clear the field");
        input
            .send_keys(text)
            .await
            .unwrap_or_else(|e| panic!("typing into #{id}: {e}"));
    }

    /// Types a `YYYY-MM-DD` date into a date field day first, as a person in Geneva does
    /// ("18/06/2018"), leaves the field, and checks that it shows the date read ("18 Jun 2018").
    pub async fn type_date(&self, id: &str, iso: &str) {
        let [year, month, day]: [&str; 3] = iso
            .split('-')
            .collect::<Vec<_>>()
            .try_into()
            .unwrap_or_else(|_| panic!("{iso} is not YYYY-MM-DD"));
        let tab = char::from(fantoccini::key::Key::Tab);
        self.type_into(id, &format!("{day}/{month}/{year}{tab}"))
            .await;
        const MONTHS: [&str; 12] = [
            "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
        ];
        let month: usize = month.parse().expect("a month number");
        let shown = format!(
            "{} {} {year}",
            day.trim_start_matches('0'),
            MONTHS[month - 1]
        );
        let value = self.css(&format!("#{id}")).await.prop("value").await;
        assert_eq!(
            value.ok().flatten().as_deref(),
            Some(shown.as_str()),
            "the date field #{id} did not take {iso}"
        );
    }

    /// The visible text of the element with this CSS selector, waiting for it.
    pub async fn text(&self, selector: &str) -> String {
        self.css(selector)
            .await
            .text()
            .await
            .unwrap_or_else(|e| panic!("reading {selector}: {e}"))
    }

    /// Waits until the element with this CSS selector shows `needle` in its text, and returns
    /// that text (the element may be drawn again meanwhile: it is looked up afresh each time).
    pub async fn wait_for_text(&self, selector: &str, needle: &str) -> String {
        self.wait_for_text_where(selector, &format!("{needle:?}"), |t| t.contains(needle))
            .await
    }

    /// Waits until the text of the element with this CSS selector passes `ok` (`what` says what
    /// is awaited, for the failure message), and returns that text.
    pub async fn wait_for_text_where(
        &self,
        selector: &str,
        what: &str,
        ok: impl Fn(&str) -> bool,
    ) -> String {
        let deadline = Instant::now() + PATIENCE;
        loop {
            let text = match self.client.find(Locator::Css(selector)).await {
                Ok(element) => element.text().await.unwrap_or_default(),
                Err(_) => String::new(),
            };
            if ok(&text) {
                return text;
            }
            assert!(
                Instant::now() < deadline,
                "waiting for {selector} to show {what}; it shows {text:?}"
            );
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    /// Opens a section from the sidebar by its label ("Key issues") and waits for it to be the
    /// current one.
    pub async fn open_section(&self, label: &str) {
        let button = format!(
            "//nav[contains(concat(' ', normalize-space(@class), ' '), ' sidebar ')]//button[normalize-space()='{label}'"
        );
        self.wait_for(Locator::XPath(&format!(
            "{button} and not(@aria-disabled)]"
        )))
        .await
        .click()
        .await
        .unwrap_or_else(|e| panic!("opening {label:?} from the sidebar: {e}"));
        self.wait_for(Locator::XPath(&format!(
            "{button} and @aria-current='page']"
        )))
        .await;
    }

    /// Scrolls an element to the middle of the window, as a person brings what they work on
    /// into view (out of the way of sticky bars along the edges).
    pub async fn scroll_to(&self, element: &Element) {
        let element = serde_json::to_value(element).expect("an element reference");
        self.client
            .execute(
                "arguments[0].scrollIntoView({ block: 'center', inline: 'nearest' });",
                vec![element],
            )
            .await
            .unwrap_or_else(|e| panic!("scrolling to an element: {e}"));
    }

    /// Chooses, in the menu whose `select` has `id`, the option whose text contains `label`
    /// ("Item 4 ·", "General debate"), as a person picks it from the list.
    pub async fn choose(&self, id: &str, label: &str) {
        let xpath = format!("//select[@id='{id}']/option[contains(normalize-space(.), '{label}')]");
        let option = self.wait_for(Locator::XPath(&xpath)).await;
        self.scroll_to(&self.css(&format!("#{id}")).await).await;
        option
            .click()
            .await
            .unwrap_or_else(|e| panic!("choosing {label:?} in #{id}: {e:?}"));
        let chosen = self
            .client
            .execute(
                "const s = document.getElementById(arguments[0]); return s.options[s.selectedIndex].text;",
                vec![id.into()],
            )
            .await
            .unwrap_or_else(|e| panic!("reading #{id}: {e}"));
        assert!(
            chosen.as_str().is_some_and(|t| t.contains(label)),
            "#{id} did not take {label:?}: it shows {chosen}"
        );
    }

    /// Presses one key (a character, or a `fantoccini::key::Key` as a char) wherever the keyboard
    /// focus is.
    pub async fn press(&self, key: char) {
        let keys = KeyActions::new("keyboard".into())
            .then(KeyAction::Down { value: key })
            .then(KeyAction::Up { value: key });
        self.client
            .perform_actions(keys)
            .await
            .unwrap_or_else(|e| panic!("pressing {key:?}: {e}"));
    }

    /// Presses a key with Ctrl held (Ctrl+K), wherever the keyboard focus is.
    pub async fn press_ctrl(&self, key: char) {
        let control: char = fantoccini::key::Key::Control.into();
        let keys = KeyActions::new("keyboard".into())
            .then(KeyAction::Down { value: control })
            .then(KeyAction::Down { value: key })
            .then(KeyAction::Up { value: key })
            .then(KeyAction::Up { value: control });
        self.client
            .perform_actions(keys)
            .await
            .unwrap_or_else(|e| panic!("pressing Ctrl+{key}: {e}"));
    }

    /// Presses a key with Ctrl and Shift held (Ctrl+Shift+N), wherever the keyboard focus is.
    pub async fn press_ctrl_shift(&self, key: char) {
        let control: char = fantoccini::key::Key::Control.into();
        let shift: char = fantoccini::key::Key::Shift.into();
        let keys = KeyActions::new("keyboard".into())
            .then(KeyAction::Down { value: control })
            .then(KeyAction::Down { value: shift })
            .then(KeyAction::Down { value: key })
            .then(KeyAction::Up { value: key })
            .then(KeyAction::Up { value: shift })
            .then(KeyAction::Up { value: control });
        self.client
            .perform_actions(keys)
            .await
            .unwrap_or_else(|e| panic!("pressing Ctrl+Shift+{key}: {e}"));
    }

    /// Types `text` key by key into whatever has the keyboard focus, as a person types.
    pub async fn type_keys(&self, text: &str) {
        let mut keys = KeyActions::new("keyboard".into());
        for c in text.chars() {
            keys = keys
                .then(KeyAction::Down { value: c })
                .then(KeyAction::Up { value: c });
        }
        self.client
            .perform_actions(keys)
            .await
            .unwrap_or_else(|e| panic!("typing {text:?}: {e}"));
    }

    /// Saves what the window shows, for looking at a failure.
    pub async fn screenshot(&self, path: &std::path::Path) {
        let png = self.client.screenshot().await.expect("a screenshot");
        std::fs::write(path, png).expect("write the screenshot");
    }

    /// Ends the WebDriver session, which closes the app.
    pub async fn close(self) {
        self.client.close().await.expect("close the app");
    }
}
