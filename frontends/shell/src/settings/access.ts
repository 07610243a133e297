/** Where the bureau-wide settings live: for now the reminders' channels and what was sent through them. */
export const SETTINGS_PATH = '/settings';

/** Reminder channels are the leaders' to set up; the server refuses every other role. */
export const canManageReminders = (role: string | undefined) => role === 'leader';
