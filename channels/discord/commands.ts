/**
 * The slash commands: `/careercraft analyze|roadmap|applications|questions`. Each is a
 * shortcut for something the person could type, so it becomes that message and goes
 * through the same conversation (one agent, whichever door). Registered once per
 * application by `careercraft discord register-commands` (Discord keeps them).
 */
import {
  ApplicationCommandOptionType,
  ApplicationIntegrationType,
  InteractionContextType,
  type REST,
  type RESTPutAPIApplicationCommandsJSONBody,
  Routes,
} from "discord.js";

export const COMMAND_NAME = "careercraft";

/** What each subcommand says on the person's behalf; `job` fills in for analyze. */
const SUBCOMMANDS = {
  analyze: {
    description: "Am I a fit for my dream job? (FIT or UNFIT, with the gaps)",
    say: (job?: string) => (job ? `am I a fit for ${job}?` : "am I a fit for my dream job?"),
  },
  roadmap: {
    description: "My week-by-week roadmap (tick items with the buttons)",
    say: () => "show my roadmap",
  },
  applications: { description: "The jobs I applied to and their status", say: () => "show my applications" },
  questions: {
    description: "Interview questions for my dream job",
    say: () => "give me interview questions",
  },
} as const;

export type Subcommand = keyof typeof SUBCOMMANDS;

export const COMMANDS: RESTPutAPIApplicationCommandsJSONBody = [
  {
    name: COMMAND_NAME,
    description: "Your career agent: fit analysis, roadmap, applications, interview practice",
    integration_types: [ApplicationIntegrationType.GuildInstall, ApplicationIntegrationType.UserInstall],
    contexts: [InteractionContextType.Guild, InteractionContextType.BotDM],
    options: Object.entries(SUBCOMMANDS).map(([name, sub]) => ({
      type: ApplicationCommandOptionType.Subcommand,
      name,
      description: sub.description,
      ...(name === "analyze"
        ? {
            options: [
              {
                type: ApplicationCommandOptionType.String,
                name: "job",
                description: "A job title (default: your dream job)",
                required: false,
                max_length: 120,
              },
            ],
          }
        : {}),
    })),
  },
];

/** The message a subcommand stands for, or undefined for one we do not know. */
export function commandText(subcommand: string, job?: string | null): string | undefined {
  if (!(subcommand in SUBCOMMANDS)) return undefined;
  return SUBCOMMANDS[subcommand as Subcommand].say(job?.trim() || undefined);
}

/** Replaces the application's global commands with ours; returns how many Discord now has. */
export async function registerCommands(rest: REST, applicationId: string): Promise<number> {
  const saved = (await rest.put(Routes.applicationCommands(applicationId), { body: COMMANDS })) as unknown[];
  return saved.length;
}
