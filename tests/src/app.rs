//! The app as a person sees it: find things by what they show, type into labelled fields, click.
use std::time::Duration;

use fantoccini::elements::Element;
use fantoccini::{Client, Locator};

const PATIENCE: Duration = Duration::from_secs(10);

/// One run of HRC Planner, driven through WebDriver.
pub struct App {
    pub client: Client,
}

impl App {
    /// Waits for the app frame (or the database problem page) to be shown.
    pub(crate) async fn ready(client: Client) -> App {
        let app = App { client };
        app.wait_for(Locator::Css("nav.sidebar, main.problem"))
            .await;
        app
    }

    /// The first element matching `locator`, waiting for it to appear.
    pub async fn wait_for(&self, locator: Locator<'_>) -> Element {
        self.client
            .wait()
            .at_most(PATIENCE)
            .for_element(locator)
            .await
            .unwrap_or_else(|e| panic!("waiting for {locator:?}: {e}"))
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

    /// Clicks the first enabled button that reads `text`.
    pub async fn click_button(&self, text: &str) {
        let xpath = format!("//button[normalize-space()='{text}' and not(@disabled)]");
        self.wait_for(Locator::XPath(&xpath))
            .await
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

    /// Types a `YYYY-MM-DD` date into a date field the way a person does in the harness's
    /// locale (en_US: "06/18/2018", the slashes moving on to the next part), and checks that the
    /// field took it.
    pub async fn type_date(&self, id: &str, iso: &str) {
        let [year, month, day]: [&str; 3] = iso
            .split('-')
            .collect::<Vec<_>>()
            .try_into()
            .unwrap_or_else(|_| panic!("{iso} is not YYYY-MM-DD"));
        self.type_into(id, &format!("{month}/{day}/{year}")).await;
        let value = self.css(&format!("#{id}")).await.prop("value").await;
        assert_eq!(
            value.ok().flatten().as_deref(),
            Some(iso),
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
