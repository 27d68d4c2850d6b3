/**
 * The repositories application tracking works with, plus a way to run several writes
 * as one transaction (an application, its history event and its reminders land
 * together or not at all).
 */
import type { Db } from "../db/types.ts";
import { ApplicationsRepository } from "./applications.ts";
import { RemindersRepository } from "./reminders.ts";

export interface ApplicationRepositories {
  applications: ApplicationsRepository;
  reminders: RemindersRepository;
}

export interface ApplicationStore extends ApplicationRepositories {
  transaction<T>(fn: (repos: ApplicationRepositories) => Promise<T>): Promise<T>;
}

export function createApplicationStore(db: Db): ApplicationStore {
  return {
    applications: new ApplicationsRepository(db),
    reminders: new RemindersRepository(db),
    transaction: (fn) =>
      db.transaction((tx) =>
        fn({ applications: new ApplicationsRepository(tx), reminders: new RemindersRepository(tx) }),
      ),
  };
}
