/**
 * The tools this installation offers. A capability is listed only when its domain code
 * exists; the planner and the models see exactly this set.
 */
import { deleteDataTool, exportDataTool } from "./data-rights-tools.ts";
import { addSkillTool, removeSkillTool, showProfileTool, showSkillsTool, updateSkillTool } from "./skills-tools.ts";
import type { AgentTool } from "./types.ts";

export function agentTools(): AgentTool[] {
  return [
    showProfileTool,
    showSkillsTool,
    addSkillTool,
    updateSkillTool,
    removeSkillTool,
    exportDataTool,
    deleteDataTool,
  ] as AgentTool[];
}
