/** Volunteer tools of the extension. */
export const tools = {
  'tools.clearSite.title': 'Clear a site\'s data',
  'tools.clearSite.explain': 'Deletes the cache, cookies and saved data of one website in this browser. The person will have to log in to that site again.',
  'tools.clearSite.label': 'Website',
  'tools.clearSite.start': 'Clear…',
  'tools.clearSite.confirm': 'Delete the cache, cookies and saved data of {origin} in this browser? This cannot be undone.',
  'tools.clearSite.yes': 'Yes, delete',
  'tools.clearSite.no': 'Cancel',
  'tools.clearSite.done': 'The data of {origin} was deleted.',
  'tools.clearSite.invalid': 'Write a website address, like cbp.gov.',
  'tools.clearSite.no-permission': 'Listo needs permission to delete site data. Try again and choose Allow.',
  'tools.clearSite.failed': 'The data of {origin} could not be deleted.',
} as const;
