import { createPhotoMenu, onPhotoMenuClick } from './context-menu';

// The toolbar button opens the side panel; the panel does all the work.
chrome.sidePanel.setPanelBehavior({ openPanelOnActionClick: true }).catch(() => undefined);

// "Check this photo with Listo" on images (extension/context-menu.ts says how the picture is read).
chrome.runtime.onInstalled.addListener(() => createPhotoMenu(chrome));
chrome.contextMenus.onClicked.addListener((info, tab) => void onPhotoMenuClick(chrome, info, tab));
