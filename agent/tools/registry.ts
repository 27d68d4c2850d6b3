/**
 * The tools this installation offers. A capability is listed only when its domain code
 * exists; the planner and the models see exactly this set.
 */

import { linkAccountTool } from "./account-tools.ts";
import {
  analyzeFitTool,
  explainGapTool,
  explainScoreTool,
  reanalyzeTool,
  setDreamJobTool,
} from "./analysis-tools.ts";
import { changeApplicationTool } from "./application-change-tool.ts";
import {
  addApplicationTool,
  applicationStatsTool,
  deleteApplicationTool,
  listApplicationsTool,
  updateApplicationStatusTool,
} from "./application-tools.ts";
import { saveBackgroundTool } from "./background-tool.ts";
import { deleteDataTool, exportDataTool } from "./data-rights-tools.ts";
import { correctProfileEntryTool } from "./entry-correction-tool.ts";
import { forgetResumeTool } from "./forget-resume-tool.ts";
import { compareAnalysesTool, listAnalysesTool } from "./history-tools.ts";
import {
  answerQuestionTool,
  bookmarkQuestionTool,
  listBookmarksTool,
  practiceQuestionTool,
  questionsForGapsTool,
  removeBookmarkTool,
  searchQuestionsTool,
} from "./interview-tools.ts";
import { showMoreTool } from "./more-tools.ts";
import { setNameTool } from "./name-tool.ts";
import { practiceRecapTool } from "./practice-recap-tool.ts";
import { setPreferencesTool } from "./preferences-tool.ts";
import { addProfileEntryTool } from "./profile-entry-tool.ts";
import { cancelReminderTool, listRemindersTool, setReminderTool } from "./reminder-tools.ts";
import { readResumeTool } from "./resume-tools.ts";
import { createRoadmapTool, recordProgressTool, showRoadmapTool } from "./roadmap-tools.ts";
import { changeRoleTool } from "./role-change-tool.ts";
import {
  addSkillTool,
  removeSkillTool,
  showProfileTool,
  showSkillsTool,
  updateSkillTool,
} from "./skills-tools.ts";
import type { AgentTool } from "./types.ts";

export function agentTools(): AgentTool[] {
  return [
    readResumeTool,
    showProfileTool,
    showSkillsTool,
    addSkillTool,
    updateSkillTool,
    removeSkillTool,
    addProfileEntryTool,
    saveBackgroundTool,
    changeRoleTool,
    correctProfileEntryTool,
    setNameTool,
    setDreamJobTool,
    analyzeFitTool,
    explainScoreTool,
    explainGapTool,
    reanalyzeTool,
    listAnalysesTool,
    compareAnalysesTool,
    createRoadmapTool,
    showRoadmapTool,
    recordProgressTool,
    exportDataTool,
    linkAccountTool,
    deleteDataTool,
    forgetResumeTool,
    addApplicationTool,
    updateApplicationStatusTool,
    listApplicationsTool,
    showMoreTool,
    applicationStatsTool,
    deleteApplicationTool,
    changeApplicationTool,
    listRemindersTool,
    setReminderTool,
    cancelReminderTool,
    searchQuestionsTool,
    questionsForGapsTool,
    practiceQuestionTool,
    answerQuestionTool,
    practiceRecapTool,
    bookmarkQuestionTool,
    listBookmarksTool,
    removeBookmarkTool,
    setPreferencesTool,
  ] as AgentTool[];
}
