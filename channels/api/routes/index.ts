/** Every REST route, in matching order (fixed paths before their `{id}` siblings). */
import type { AnyRoute } from "../route.ts";
import { applicationRoutes } from "./applications.ts";
import { eligibilityRoutes } from "./eligibility.ts";
import { interviewRoutes } from "./interviews.ts";
import { preferenceRoutes } from "./preferences.ts";
import { profileRoutes } from "./profiles.ts";
import { reminderRoutes } from "./reminders.ts";
import { resumeRoutes } from "./resumes.ts";
import { roadmapRoutes } from "./roadmaps.ts";
import { skillRoutes } from "./skills.ts";
import { userRoutes } from "./users.ts";

export const apiRoutes: AnyRoute[] = [
  ...userRoutes,
  ...eligibilityRoutes,
  ...profileRoutes,
  ...resumeRoutes,
  ...skillRoutes,
  ...roadmapRoutes,
  ...applicationRoutes,
  ...reminderRoutes,
  ...interviewRoutes,
  ...preferenceRoutes,
];
