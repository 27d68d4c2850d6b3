export {
  cancelPersonalReminder,
  type PersonalReminder,
  personalReminders,
  setPersonalReminder,
} from "./personal.ts";
export { personalReminderMessage } from "./personal-message.ts";
export { allUpcomingReminders, isPersonal, type ListedReminder } from "./upcoming.ts";
