// The toolbar button opens the side panel; the panel does all the work.
chrome.sidePanel.setPanelBehavior({ openPanelOnActionClick: true }).catch(() => undefined);
